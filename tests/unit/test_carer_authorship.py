"""Who entered what (issue #24): every write in a carer's manage session names the carer, the
access log counts what the session changed (never contents), and authorship and carers survive
a backup and its restore, on real vaults."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from uuid import uuid4

from planner.domain.appointment import Appointment
from planner.domain.goal import Goal
from planner.domain.medicine import Medicine
from planner.domain.plan import CarePlan
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.instruments.scoring import load_instrument
from planner.share.backup import make_backup, open_backup, restore_as_new
from planner.vault import KdfParams, Profiles, Vault
from planner.vault.access import Access

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _carer_writes(v: Vault) -> None:
    weight = v.trackers.by_key("weight")
    medicine = v.medicines.all()[0]
    v.logs.add(LogEntry(tracker_id=weight.id, at=WHEN, value=71.0))
    v.goals.save(Goal(title="Walk to the shop", start=date(2026, 12, 1)))
    v.plans.save(CarePlan(what_matters=("Seeing my grandchildren",)))
    v.questionnaires.save(QuestionnaireResponse(
        instrument="GAD7", completed_at=WHEN,
        answers={item.id: 0 for item in load_instrument("GAD7").items}))
    v.appointments.save(Appointment(what_for="Blood test", at=WHEN + timedelta(days=3)))
    v.doses.take(medicine, WHEN.replace(hour=8), WHEN)


def _authors(v: Vault) -> dict[str, list[str | None]]:
    return {
        "log": [e.author for e in v.logs.find()],
        "goals": [g.author for g in v.goals.all()],
        "plans": [p.author for p in v.plans.history()],
        "check-ins": [r.author for r in v.questionnaires.all()],
        "appointments": [a.author for a in v.appointments.all()],
        "doses": [d.author for d in v.doses.between(WHEN - timedelta(days=1),
                                                    WHEN + timedelta(days=1))],
    }


def _amira_and_sam(profiles: Profiles) -> tuple[Access, Vault]:
    amira, _ = profiles.create("Amira", "amira pass")
    amira.trackers.save(Tracker(key="weight", label="Weight", kind=TrackerKind.NUMERIC,
                                unit="kg"))
    amira.medicines.save(Medicine(name="Amlodipine", times=(time(8, 0),),
                                  started=date(2026, 11, 1)), added=WHEN - timedelta(days=30))
    amira.logs.add(LogEntry(tracker_id=amira.trackers.by_key("weight").id,
                            at=WHEN - timedelta(days=1), value=70.0))
    sam, _ = profiles.create("Sam", "sam pass")
    access = Access(profiles)
    access.grant(amira, "Sam", "manage")
    amira.lock()
    opened = access.open_for(sam, "Amira")
    _carer_writes(opened)
    opened.lock()
    sam.lock()
    return access, profiles.unlock("Amira", "amira pass")


def test_every_write_in_a_carer_session_names_the_carer(profiles: Profiles) -> None:
    access, amira = _amira_and_sam(profiles)
    assert _authors(amira) == {
        "log": ["Sam", None],  # newest first: Sam's, then Amira's own
        "goals": ["Sam"], "plans": ["Sam"], "check-ins": ["Sam"],
        "appointments": ["Sam"], "doses": ["Sam"],
    }
    (session,) = access.access_log(amira)
    assert (session.carer, session.level) == ("Sam", "manage")
    assert session.changes == {"log entries": 1, "goals": 1, "plan versions": 1,
                               "check-ins": 1, "appointments": 1, "doses": 1}
    assert session.last > session.started  # the time of its last change
    # what the person saves herself names nobody
    amira.goals.save(Goal(title="Sleep by eleven", start=date(2026, 12, 2)))
    assert sorted(g.author or "" for g in amira.goals.all()) == ["", "Sam"]
    amira.lock()


def test_authorship_and_carers_survive_backup_and_restore(profiles: Profiles) -> None:
    access, amira = _amira_and_sam(profiles)
    before = _authors(amira)
    data = make_backup(amira, "backup pass", kdf=CHEAP)
    amira.lock()
    contents = open_backup(data, "backup pass")
    assert [(c.carer_name, c.level) for c in contents.carers] == [("Sam", "manage")]
    restored, _ = restore_as_new(profiles, contents, "Amira restored", "new pass")
    assert _authors(restored) == before
    restored.lock()
    # the restored profile keeps its carer: Sam opens it with his own passphrase
    sam = profiles.unlock("Sam", "sam pass")
    names = [c.name for c in access.cared_for(access.carer_key(sam))]
    assert names == ["Amira", "Amira restored"]
    through_sam = access.open_for(sam, "Amira restored")
    assert [e.value for e in through_sam.logs.find()] == [71.0, 70.0]
    through_sam.lock()
    sam.lock()


def test_fhir_export_names_the_carer_and_import_keeps_it(profiles: Profiles, tmp_path) -> None:
    from fhir.resources.R4B.bundle import Bundle

    from planner.share import fhir

    _access, amira = _amira_and_sam(profiles)
    bundle = fhir.export_bundle(amira)
    Bundle.model_validate(bundle)  # structure, R4B: RelatedPerson and the references to it
    assert fhir.check_codes(bundle) == []
    resources = [e["resource"] for e in bundle["entry"]]
    (carer,) = [r for r in resources if r["resourceType"] == "RelatedPerson"]
    assert (carer["name"], carer["relationship"]) == ([{"text": "Sam"}], [{"text": "Carer"}])
    ref = {"reference": f"urn:uuid:{carer['id']}", "display": "Sam"}
    observations = [r for r in resources if r["resourceType"] == "Observation"
                    and "derivedFrom" not in r]
    assert sorted(str(r.get("performer")) for r in observations) == sorted(
        [str([ref]), "None"])
    assert [r.get("expressedBy") for r in resources if r["resourceType"] == "Goal"] == [ref]
    assert [r.get("author") for r in resources
            if r["resourceType"] == "QuestionnaireResponse"] == [ref]
    assert [r.get("contributor") for r in resources if r["resourceType"] == "CarePlan"] == [
        [ref]]
    (visit,) = [r for r in resources if r["resourceType"] == "Appointment"]
    assert [p for p in visit["participant"] if p["actor"] == ref] == [{
        "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                        "v3-ParticipationType", "code": "AUT",
                              "display": "author"}]}],
        "actor": ref, "required": "information-only", "status": "accepted"}]
    path = tmp_path / "amira.json"
    fhir.write_fhir(amira, path)
    amira.lock()
    blank, _ = profiles.create("Blank", "blank pass")
    fhir.import_fhir(blank, path)
    assert [e.author for e in blank.logs.find()] == ["Sam", None]
    assert [g.author for g in blank.goals.all()] == ["Sam"]
    assert [r.author for r in blank.questionnaires.all()] == ["Sam"]
    assert [v.author for v in blank.plans.history()] == ["Sam"]
    assert [(a.author, a.with_whom) for a in blank.appointments.all()] == [("Sam", "")]
    blank.lock()


def test_the_gp_summary_names_who_keeps_the_record(profiles: Profiles) -> None:
    from planner.share import report

    _access, amira = _amira_and_sam(profiles)
    until = amira_grant_end(profiles)
    html = report.build_report(amira)
    assert "Record kept with" in html
    assert f"Sam (carer, can see and change it, until {report_date(until)})" in html
    amira.lock()


def amira_grant_end(profiles: Profiles) -> date:
    (grant,) = Access(profiles).grants("Amira")
    return grant.until


def report_date(day: date) -> str:
    from planner.share.report.formatting import long_date

    return long_date(day)


def test_a_backup_with_a_damaged_carer_key_is_refused_whole() -> None:
    import pytest
    from pydantic import ValidationError

    from planner.vault.carers import CarerRecord

    with pytest.raises(ValidationError, match="carer's key is not readable"):
        CarerRecord(carer_id=uuid4(),
                    carer_name="Sam", carer_public="AAAA", level="view",
                    until=date(2027, 1, 1), created_at=WHEN)
