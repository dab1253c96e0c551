"""FHIR for personalised care (#25) on real vaults: decisions as UK Core CarePlans (kind
shared-decision) and treatment referrals as UK Core ServiceRequests (kind treatment-referral),
valid by fhir.resources R4B, beside the care plan and the social-prescribing referral without
being mistaken for them, and read back exactly."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from planner.domain.appointment import Appointment
from planner.domain.decision import (
    Certainty,
    Collaborate,
    ConversationNote,
    Decision,
    DecisionOption,
    DecisionOutcome,
    OptionEffect,
)
from planner.domain.plan import CarePlan
from planner.domain.social import ReferredBy, SocialReferral
from planner.domain.treatment import TreatmentReferral
from planner.share import fhir
from planner.vault import KdfParams, Profiles, Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


def _fill(vault: Vault) -> tuple[list[Decision], list[TreatmentReferral]]:
    vault.plans.save(CarePlan(what_matters=("Walking my dog every day", "Seeing my grandson")))
    vault.referrals.save(SocialReferral(referred_by=ReferredBy.GP, referred_on=date(2026, 1, 2)))
    appt = Appointment(at=datetime(2026, 2, 3, 10, 30, tzinfo=UTC), what_for="Knee clinic")
    vault.appointments.save(appt)
    knee = DecisionOption(title="Knee replacement", benefits="Less pain", risks="Infection",
                          effects=(OptionEffect(what_matters="Walking my dog every day",
                                                meaning="Not for six weeks, then further"),))
    open_one = Decision(
        question="Should I have a knee replacement?", created_on=date(2026, 1, 5),
        what_matters=("Walking my dog every day",),
        options=(knee, DecisionOption(title="Physiotherapy first"),
                 DecisionOption(title="Steroid injection", risks="Short relief")),
        aid_title="Knee osteoarthritis: making a decision about knee osteoarthritis",
        aid_url="https://www.nice.org.uk/guidance/ng226/resources",
        leaning_id=knee.id, certainty=Certainty.FAIRLY_SURE,
        notes=(ConversationNote(on=date(2026, 1, 20), with_whom="Dr Okafor",
                                text="Said the wait is about 30 weeks"),),
        appointment_ids=(appt.id,),
    )
    statin = DecisionOption(title="Take a statin")
    done = Decision(
        question="Should I take a statin?", created_on=date(2025, 10, 1),
        options=(statin,),
        outcome=DecisionOutcome(option_id=statin.id, decided_on=date(2025, 11, 4),
                                with_whom="Practice pharmacist"),
        collaborate=(Collaborate(on=date(2025, 11, 4), appointment_id=appt.id, understand=9,
                                 listen=8, include=9),),
    )
    decisions = [open_one, done]
    for d in decisions:
        vault.decisions.save(d)
    referrals = [
        TreatmentReferral(what_for="Knee pain: orthopaedics", referred_by="Dr Okafor",
                          referred_on=date(2026, 1, 10), clock_start=date(2026, 1, 14),
                          choices_offered=("Homerton", "Royal London"), provider="Homerton",
                          why_chosen="On my bus route", booking_ref="123456789012",
                          appointment_dates=(date(2026, 3, 2),), notes="Bring scans"),
        TreatmentReferral(what_for="Cataract", referred_on=date(2025, 6, 1),
                          treatment_started_on=date(2025, 9, 1)),
    ]
    for r in referrals:
        vault.treatment_referrals.save(r)
    return decisions, referrals


def _of(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_decisions_and_treatment_referrals_in_the_export(vault: Vault) -> None:
    _fill(vault)
    bundle = fhir.export_bundle(vault)
    Bundle.model_validate(bundle)  # structure, R4B
    assert fhir.check_codes(bundle) == []
    plans = _of(bundle, "CarePlan")
    assert len(plans) == 3  # the care plan and two decisions
    knee = next(p for p in plans if p.get("title") == "Should I have a knee replacement?")
    assert (knee["status"], knee["intent"]) == ("draft", "proposal")
    assert knee["meta"]["profile"] == [
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan"]
    assert [a["detail"]["description"] for a in knee["activity"][:4]] == [
        "Knee replacement", "Physiotherapy first", "Steroid injection",
        "Not doing anything for now"]
    assert knee["activity"][4]["reference"]["reference"].startswith("urn:uuid:")
    assert knee["note"] == [{"authorString": "Dr Okafor", "time": "2026-01-20",
                             "text": "Said the wait is about 30 weeks"}]
    statin = next(p for p in plans if p.get("title") == "Should I take a statin?")
    assert (statin["status"], statin["intent"]) == ("active", "plan")
    assert [a["detail"]["status"] for a in statin["activity"]] == ["scheduled", "cancelled"]
    requests = _of(bundle, "ServiceRequest")
    assert len(requests) == 3
    ortho = next(r for r in requests if r["code"].get("text") == "Knee pain: orthopaedics")
    assert ortho["identifier"] == [{"system": "https://fhir.nhs.uk/Id/UBRN",
                                    "value": "123456789012"}]
    assert ortho["occurrencePeriod"] == {"start": "2026-01-14"}
    assert ortho["category"][0]["coding"][0]["code"] == "3457005"
    assert ortho["performer"] == [{"display": "Homerton"}]


def test_they_round_trip_and_stay_apart_from_the_plan_and_social_referrals(
    vault: Vault, tmp_path: Path
) -> None:
    decisions, referrals = _fill(vault)
    out = tmp_path / "me.json"
    fhir.write_fhir(vault, out)
    snapshot, _ = fhir.parse_bundle(json.loads(out.read_bytes()), [])
    assert sorted(snapshot.decisions, key=lambda d: d.question) == sorted(
        decisions, key=lambda d: d.question)
    assert sorted(snapshot.treatment_referrals, key=lambda r: r.what_for) == sorted(
        referrals, key=lambda r: r.what_for)
    assert len(snapshot.plan_versions) == 1 and len(snapshot.referrals) == 1
    profiles = Profiles(tmp_path / "other", kdf=CHEAP)
    other, _ = profiles.create("Other", "other pass")
    with other:
        fhir.import_fhir(other, out)
        assert {d.id for d in other.decisions.all()} == {d.id for d in decisions}
        assert other.treatment_referrals.all() == sorted(
            referrals, key=lambda r: r.referred_on, reverse=True)
        again = fhir.export_bundle(other)
        assert _of(again, "CarePlan")[1:] == _of(fhir.export_bundle(vault), "CarePlan")[1:]


def test_a_decision_without_its_nothing_option_in_the_file_gets_it_back(vault: Vault) -> None:
    decisions, _ = _fill(vault)
    bundle = fhir.export_bundle(vault)
    for plan in _of(bundle, "CarePlan"):
        if plan.get("title") == "Should I have a knee replacement?":
            plan["activity"] = [a for a in plan["activity"]
                                if a.get("detail", {}).get("description")
                                != "Not doing anything for now"]
    snapshot, _ = fhir.parse_bundle(bundle, [])
    knee = next(d for d in snapshot.decisions if d.id == decisions[0].id)
    assert knee.nothing == decisions[0].nothing
