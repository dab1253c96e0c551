"""FHIR R4 Bundle out and in: structure (fhir.resources R4B), code lists, and round trips."""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sharekit import content

from planner.errors import InvalidFile
from planner.share import fhir
from planner.vault import Vault
from planner.vault.bulk import read_all
from planner.vault.logs import LogFilter

# The published R4 value sets, typed in here from hl7.org/fhir/R4 (not copied from fhir.py),
# so a slip in the module's table fails a test instead of being trusted.
PUBLISHED = {
    "Bundle.type": {"document", "message", "transaction", "transaction-response", "batch",
                    "batch-response", "history", "searchset", "collection"},
    "Goal.lifecycleStatus": {"proposed", "planned", "accepted", "active", "on-hold",
                             "completed", "cancelled", "entered-in-error", "rejected"},
    "CarePlan.status": {"draft", "active", "on-hold", "revoked", "completed",
                        "entered-in-error", "unknown"},
    "CarePlan.intent": {"proposal", "plan", "order", "option"},
    "CarePlan.activity.detail.status": {"not-started", "scheduled", "in-progress", "on-hold",
                                        "completed", "cancelled", "stopped", "unknown",
                                        "entered-in-error"},
    "Observation.status": {"registered", "preliminary", "final", "amended", "corrected",
                           "cancelled", "entered-in-error", "unknown"},
    "Observation.category": {"social-history", "vital-signs", "imaging", "laboratory",
                             "procedure", "survey", "exam", "therapy", "activity"},
    "QuestionnaireResponse.status": {"in-progress", "completed", "amended",
                                     "entered-in-error", "stopped"},
    "Timing.repeat.periodUnit": {"s", "min", "h", "d", "wk", "mo", "a"},
    "Timing.repeat.dayOfWeek": {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
    "ContactPoint.system": {"phone", "fax", "email", "pager", "url", "sms", "other"},
}


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def used_codes(bundle: dict[str, Any]) -> dict[str, set[str]]:
    """Every coded value in the bundle, gathered independently of fhir.check_codes."""
    found: dict[str, set[str]] = {k: set() for k in PUBLISHED}
    found["Bundle.type"].add(bundle["type"])
    for entry in bundle["entry"]:
        r = entry["resource"]
        kind = r["resourceType"]
        if kind == "Goal":
            found["Goal.lifecycleStatus"].add(r["lifecycleStatus"])
        elif kind == "CarePlan":
            found["CarePlan.status"].add(r["status"])
            found["CarePlan.intent"].add(r["intent"])
            # A decision's linked appointment is an activity.reference, with no detail (#25).
            for activity in r.get("activity", []):
                if "detail" not in activity:
                    continue
                detail = activity["detail"]
                found["CarePlan.activity.detail.status"].add(detail["status"])
                repeat = detail.get("scheduledTiming", {}).get("repeat", {})
                if "periodUnit" in repeat:
                    found["Timing.repeat.periodUnit"].add(repeat["periodUnit"])
                found["Timing.repeat.dayOfWeek"].update(repeat.get("dayOfWeek", []))
            for inner in r.get("contained", []):
                found["ContactPoint.system"].update(t["system"] for t in inner.get("telecom", []))
        elif kind == "Observation":
            found["Observation.status"].add(r["status"])
            for category in r.get("category", []):
                found["Observation.category"].update(c["code"] for c in category["coding"])
        elif kind == "QuestionnaireResponse":
            found["QuestionnaireResponse.status"].add(r["status"])
    return found


@pytest.fixture
def bundle(demo: Vault) -> dict[str, Any]:
    return fhir.export_bundle(demo)


def test_the_module_code_lists_match_the_published_value_sets() -> None:
    for name, codes in PUBLISHED.items():
        assert fhir.VALUE_SETS[name] == codes, name


def test_export_validates_against_fhir_r4b(bundle: dict[str, Any]) -> None:
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    kinds = Counter(e.resource.__resource_type__ for e in parsed.entry)
    assert kinds["Patient"] == 1
    # CarePlans: the plan's two versions and the demo's two decisions (#25).
    assert kinds["Goal"] == 3 and kinds["CarePlan"] == 4 and kinds["QuestionnaireResponse"] == 11
    assert kinds["ObservationDefinition"] == 6


def test_every_code_used_is_in_its_value_set(bundle: dict[str, Any]) -> None:
    for name, codes in used_codes(bundle).items():
        assert codes <= PUBLISHED[name], (name, codes - PUBLISHED[name])
    assert fhir.check_codes(bundle) == []
    # and the checker does catch a wrong one
    broken = copy.deepcopy(bundle)
    resources(broken, "Goal")[0]["lifecycleStatus"] = "finished"
    resources(broken, "Observation")[0]["status"] = "done"
    problems = fhir.check_codes(broken)
    assert len(problems) == 2 and "Goal.lifecycleStatus" in problems[0]


def test_patient_carries_the_nhs_number_and_careplan_the_uk_core_profile(
    bundle: dict[str, Any], demo: Vault
) -> None:
    (patient,) = resources(bundle, "Patient")
    assert patient["identifier"] == [{"system": "https://fhir.nhs.uk/Id/nhs-number",
                                      "value": "9990000018"}]
    assert patient["birthDate"] == "1961-04-12"
    assert patient["id"] == str(demo.profile_id)
    every = resources(bundle, "CarePlan")
    assert all(p["meta"]["profile"] == [fhir.UK_CORE_CAREPLAN] for p in every)
    plans = [p for p in every if "category" not in p]  # the others are decisions (#25)
    assert len(every) - len(plans) == 2
    assert [p["status"] for p in plans] == ["revoked", "active"]
    current = plans[-1]
    assert current["intent"] == "plan"
    assert len(current["activity"]) == 5  # three of my own, two community services
    members = current["contained"][0]["participant"]
    assert [m["member"]["display"] for m in members] == ["Priya Shah", "Nurse Grace Owusu",
                                                         "Tom Green"]


def test_the_nhs_number_and_date_of_birth_can_be_left_out(demo: Vault) -> None:
    bundle = fhir.export_bundle(demo, nhs_number=False, date_of_birth=False)
    (patient,) = resources(bundle, "Patient")
    assert "identifier" not in patient and "birthDate" not in patient
    assert patient["name"] == [{"text": "Sam Taylor (demo)"}]
    assert "9990000018" not in json.dumps(bundle) and "1961-04-12" not in json.dumps(bundle)
    Bundle.model_validate(bundle)


def test_one_observation_per_log_entry_with_loinc_and_ucum(
    bundle: dict[str, Any], demo: Vault
) -> None:
    observations = [o for o in resources(bundle, "Observation") if "derivedFrom" not in o]
    assert len(observations) == demo.logs.count()
    by_code: dict[str, dict[str, Any]] = {}
    for o in observations:
        for coding in o["code"]["coding"]:
            if coding["system"] == fhir.LOINC:
                by_code.setdefault(coding["code"], o)
    assert set(by_code) == {"29463-7", "55423-8", "93832-4"}
    weight = by_code["29463-7"]["valueQuantity"]
    assert weight["system"] == "http://unitsofmeasure.org" and weight["code"] == "kg"
    assert by_code["29463-7"]["category"][0]["coding"][0]["code"] == "vital-signs"
    assert by_code["55423-8"]["valueQuantity"]["code"] == "{steps}"
    assert by_code["93832-4"]["valueQuantity"]["code"] == "h"
    # trackers without LOINC get the app's own text code
    mood = next(o for o in observations if o["code"]["text"] == "Mood")
    assert mood["code"]["coding"] == [{"system": fhir.TRACKER_SYSTEM, "code": "mood",
                                       "display": "Mood"}]
    assert isinstance(mood["valueInteger"], int)
    tablets = next(o for o in observations if o["code"]["text"] == "Took my tablets")
    assert isinstance(tablets["valueBoolean"], bool)
    assert all(datetime.fromisoformat(o["effectiveDateTime"]).tzinfo for o in observations)


def test_questionnaire_responses_use_loinc_panels(bundle: dict[str, Any]) -> None:
    responses = resources(bundle, "QuestionnaireResponse")
    phq9 = [r for r in responses if r["questionnaire"] == "http://loinc.org/q/44249-1"]
    gad7 = [r for r in responses if r["questionnaire"] == "http://loinc.org/q/69737-5"]
    assert len(phq9) == 4 and len(gad7) == 4
    assert [i["linkId"] for i in phq9[0]["item"]] == [f"phq9_{n}" for n in range(1, 10)]
    answer = phq9[0]["item"][0]["answer"][0]["valueCoding"]
    assert answer["system"] == fhir.LOINC and answer["code"].startswith("LA")
    totals = [o for o in resources(bundle, "Observation") if "derivedFrom" in o]
    assert {o["code"]["coding"][0]["code"] for o in totals} == {"44261-6", "70274-6"}


def test_full_urls_are_the_domain_ids_and_unique_per_version(bundle: dict[str, Any]) -> None:
    keys = Counter((e["fullUrl"], e["resource"].get("meta", {}).get("versionId"))
                   for e in bundle["entry"])
    assert max(keys.values()) == 1
    for entry in bundle["entry"]:
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"


def test_period_limits_observations(demo: Vault) -> None:
    end = datetime.now(UTC)
    start = end - timedelta(days=30)
    bundle = fhir.export_bundle(demo, start, end)
    observations = [o for o in resources(bundle, "Observation") if "derivedFrom" not in o]
    assert len(observations) == demo.logs.count(LogFilter(start=start, end=end))
    assert all(start <= datetime.fromisoformat(o["effectiveDateTime"]) < end
               for o in observations)


def test_round_trip_export_import_export_gives_the_same_resources(
    demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    first = fhir.export_bundle(demo)
    path = tmp_path / "out" / "health.json"
    fhir.write_fhir(demo, path)
    result = fhir.import_fhir(blank, path)
    assert result.counts["log entries"] == demo.logs.count()
    second = fhir.export_bundle(blank)
    assert first["entry"] == second["entry"]
    before, after = read_all(demo), read_all(blank)
    for part in ("person", "patient_id", "trackers", "log_entries", "goals", "plan_versions",
                 "questionnaires"):
        assert getattr(before, part) == getattr(after, part), part


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    """Issue #23: what the profile holds already is left out and counted, not refused (the
    counts and the edited-copy conflict are tested in test_import_twice.py)."""
    path = tmp_path / "health.json"
    fhir.write_fhir(demo, path)
    first = fhir.import_fhir(blank, path)
    before = content(blank)
    again = fhir.import_fhir(blank, path)
    assert not any(again.counts.values())
    # Trackers are matched by name, so they are this profile's own the second time.
    assert again.skipped == {k: n for k, n in first.counts.items() if n and k != "trackers"}
    assert content(blank) == before


def test_observations_merge_into_existing_trackers_by_name(
    demo: Vault, tmp_path: Path
) -> None:
    """A FHIR file from another device (other tracker ids, same names) adds to this profile's
    trackers instead of making a second "weight"."""
    bundle = fhir.export_bundle(demo)
    for entry in bundle["entry"]:
        r = entry["resource"]
        if r["resourceType"] == "ObservationDefinition":
            r["id"] = "3f2b1c9e-0000-4000-8000-" + r["id"][-12:]
            entry["fullUrl"] = f"urn:uuid:{r['id']}"
    keep = [e for e in bundle["entry"] if e["resource"]["resourceType"] in
            ("Patient", "ObservationDefinition")]
    new_obs = copy.deepcopy(next(e for e in bundle["entry"]
                                 if e["resource"]["resourceType"] == "Observation"
                                 and "derivedFrom" not in e["resource"]))
    new_obs["resource"]["id"] = "0d6f5a8e-1111-4222-8333-444455556666"
    new_obs["fullUrl"] = "urn:uuid:0d6f5a8e-1111-4222-8333-444455556666"
    bundle["entry"] = [*keep, new_obs]
    path = tmp_path / "phone.json"
    path.write_text(json.dumps(bundle), "utf-8")
    trackers_before = demo.trackers.all(include_archived=True)
    count = demo.logs.count()
    result = fhir.import_fhir(demo, path)
    assert result.counts["log entries"] == 1 and result.counts["trackers"] == 0
    assert demo.trackers.all(include_archived=True) == trackers_before
    assert demo.logs.count() == count + 1


def test_foreign_ids_become_stable_uuids(blank: Vault, tmp_path: Path) -> None:
    from planner.domain.tracker import Tracker, TrackerKind

    blank.trackers.save(Tracker(key="weight", label="Weight", kind=TrackerKind.NUMERIC,
                                unit="kg", loinc="29463-7"))
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "Observation/w1", "resource": {
            "resourceType": "Observation", "id": "w1", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]},
            "effectiveDateTime": "2026-01-05T08:00:00Z",
            "valueQuantity": {"value": 80.5, "unit": "kg", "system": "http://unitsofmeasure.org",
                              "code": "kg"}}}]}
    path = tmp_path / "gp.json"
    path.write_text(json.dumps(bundle), "utf-8")
    fhir.import_fhir(blank, path)
    (entry,) = blank.logs.find()
    assert entry.value == 80.5
    again = fhir.import_fhir(blank, path)  # same foreign id -> same UUID -> already here
    assert again.counts["log entries"] == 0 and again.skipped == {"log entries": 1}
    assert blank.logs.find() == [entry]


def test_loinc_check_digit() -> None:
    for good in ("29463-7", "8480-6", "8462-4", "8867-4", "55423-8", "93832-4", "44249-1",
                 "69737-5", "44261-6", "LA6568-5"):
        assert fhir.loinc_is_valid(good), good
    for bad in ("29463-8", "8480-1", "abc", "", "1234567890-1"):
        assert not fhir.loinc_is_valid(bad), bad


def test_a_patient_only_bundle_is_fine_and_a_non_bundle_is_not(blank: Vault,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:5b0d7c64-56a4-4a4f-a2a3-3f1f6d6b8c55", "resource": {
            "resourceType": "Patient", "id": "5b0d7c64-56a4-4a4f-a2a3-3f1f6d6b8c55",
            "name": [{"given": ["Ann"], "family": "Lee"}]}}]}), "utf-8")
    fhir.import_fhir(blank, path)
    person = blank.person.get()
    assert person is not None and person.display_name == "Ann Lee"
    path.write_text(json.dumps({"resourceType": "Patient"}), "utf-8")
    with pytest.raises(InvalidFile):
        fhir.import_fhir(blank, path)


def test_ons4_round_trips_with_plain_integer_answers(demo: Vault, blank: Vault,
                                                     tmp_path: Path) -> None:
    from planner.domain.questionnaire import QuestionnaireResponse

    response = QuestionnaireResponse(
        instrument="ONS4", completed_at=datetime(2026, 1, 2, 10, tzinfo=UTC),
        answers={"life_satisfaction": 7, "worthwhile": 8, "happiness": 5, "anxiety": 2},
        note="A good week")
    demo.questionnaires.save(response)
    bundle = fhir.export_bundle(demo)
    (ons4,) = [r for r in resources(bundle, "QuestionnaireResponse")
               if r["id"] == str(response.id)]
    assert ons4["questionnaire"] == f"{fhir.BASE}/Questionnaire/ONS4"
    assert ons4["item"][0] == {"linkId": "life_satisfaction", "text": ons4["item"][0]["text"],
                               "answer": [{"valueInteger": 7}]}
    Bundle.model_validate(bundle)
    path = tmp_path / "ons4.json"
    fhir.write_fhir(demo, path)
    fhir.import_fhir(blank, path)
    assert response in blank.questionnaires.all("ONS4")  # the demo has its own ONS4 too


def test_a_full_profile_keeps_its_own_details_and_identity(demo: Vault, blank: Vault,
                                                           tmp_path: Path) -> None:
    from planner.domain.person import Person
    from planner.vault.bulk import patient_id

    blank.person.save(Person(display_name="Ann"))
    own = patient_id(blank)
    path = tmp_path / "demo.json"
    fhir.write_fhir(demo, path)
    result = fhir.import_fhir(blank, path)
    assert "kept" in " ".join(result.notes)
    assert blank.person.get() == Person(display_name="Ann")
    assert patient_id(blank) == own
