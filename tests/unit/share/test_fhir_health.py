"""FHIR for medicines, allergies, conditions and appointments (#13), on domain objects:
structure by fhir.resources R4B, codes by the published value sets and the Verhoeff check,
and every writer read back by its reader."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any
from uuid import uuid4

import pytest
from fhir.resources.R4B.bundle import Bundle

from planner.domain.appointment import Appointment
from planner.domain.medicine import Medicine, MedicineForm
from planner.domain.summary import (
    Allergy,
    AllergySeverity,
    Condition,
    EmergencyContact,
    HealthSummary,
)
from planner.share import fhir
from planner.share.fhir import appointments, medicines, patient_summary, summary
from planner.share.fhir.base import Reading
from planner.share.fhir.bundle import check_entry
from planner.share.fhir.checks import _Bad
from planner.share.importing import Problems

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PID = uuid4()

# Typed in from hl7.org/fhir/R4 (not copied from the module).
PUBLISHED = {
    "MedicationStatement.status": {"active", "completed", "entered-in-error", "intended",
                                   "stopped", "on-hold", "unknown", "not-taken"},
    "AllergyIntolerance.clinicalStatus": {"active", "inactive", "resolved"},
    "AllergyIntolerance.type": {"allergy", "intolerance"},
    "AllergyIntolerance.reaction.severity": {"mild", "moderate", "severe"},
    "Condition.clinicalStatus": {"active", "recurrence", "relapse", "inactive", "remission",
                                 "resolved"},
    "Condition.category": {"problem-list-item", "encounter-diagnosis"},
    "Appointment.status": {"proposed", "pending", "booked", "arrived", "fulfilled",
                           "cancelled", "noshow", "entered-in-error", "checked-in", "waitlist"},
    "Appointment.participant.status": {"accepted", "declined", "tentative", "needs-action"},
}

MEDICINES = [
    Medicine(name="Metformin", strength="500 mg", dose="1 tablet", times=(time(8), time(18)),
             reason="Type 2 diabetes", prescriber="Dr Okafor", started=date(2024, 5, 1),
             concept_id="322236009", stock=40, refill_at=10),
    Medicine(name="My water tablet", form=MedicineForm.TABLET, dose="1 tablet",
             times=(time(7, 30),), weekdays=(0, 2, 4), started=date(2025, 1, 6),
             concept_id="39720311000001101"),
    Medicine(name="Salbutamol inhaler", form=MedicineForm.INHALER, dose="2 puffs",
             as_needed=True, started=date(2023, 2, 1)),
    Medicine(name="Amoxicillin", strength="250 mg", form=MedicineForm.CAPSULE, dose="1 capsule",
             times=(time(8), time(14), time(20)), started=date(2026, 1, 2),
             course_end=date(2026, 1, 8)),
    Medicine(name="Simvastatin", strength="20 mg", times=(time(21),), started=date(2022, 1, 1),
             stopped=date(2025, 11, 3), stop_reason="Muscle aches; changed to atorvastatin"),
]
SUMMARY = HealthSummary(
    conditions=(
        Condition(name="Type 2 diabetes", onset=date(2019, 6, 1), concept_id="44054006"),
        Condition(name="Broken wrist", onset=date(2021, 2, 1), resolved=True,
                  note="Healed, some stiffness"),
    ),
    allergies=(
        Allergy(substance="Penicillin", reaction="rash and swelling of the face",
                severity=AllergySeverity.SEVERE, concept_id="764146007"),
        Allergy(substance="Lactose", intolerance=True),
        Allergy(substance="Plasters", severity=AllergySeverity.MILD),
    ),
    communication_needs="Large print, please",
    carer="Priya Taylor",
    about_me="I get anxious in waiting rooms.",
    contacts=(EmergencyContact(name="Priya Taylor", relationship="daughter",
                               phone="07700 900123"),
              EmergencyContact(name="Tom Green")),
)
APPOINTMENTS = [
    Appointment(at=NOW + timedelta(days=7), what_for="Diabetes review",
                with_whom="Practice nurse", where="Bow Health Centre",
                questions=("Can I stop the water tablet?", "Is my HbA1c better?")),
    Appointment(at=NOW - timedelta(days=30), duration=timedelta(minutes=10),
                what_for="Blood test", notes="All fine", follow_ups=("Book a review",)),
    Appointment(at=NOW + timedelta(days=2), what_for="Eye screening", cancelled=True),
]


def patient() -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "Patient", "id": str(PID),
                                "name": [{"text": "Sam Taylor"}]}
    patient_summary.add_summary_to_patient(resource, SUMMARY)
    return resource


def health_resources() -> list[dict[str, Any]]:
    """The #13 families' resources, in the order the Bundle writes them."""
    return [*(medicines.medication_statement(m, PID, NOW.date()) for m in MEDICINES),
            *(summary.allergy_intolerance(a, PID) for a in SUMMARY.allergies),
            *(summary.condition(c, PID) for c in SUMMARY.conditions),
            *(appointments.appointment(a, PID, NOW) for a in APPOINTMENTS)]


def read_health(grouped: dict[str, list[tuple[int, dict[str, Any]]]], read: Any,
                patient_refs: set[str]) -> SimpleNamespace:
    """The #13 families' readers, as the Bundle runs them."""
    found = Reading(grouped=grouped, read=read, problems=Problems(), patient_refs=patient_refs)
    for family in (medicines, summary, appointments, patient_summary):
        family.read(found)
    return SimpleNamespace(medicines=found.found.get("medicines", []),
                           appointments=found.found.get("appointments", []),
                           summary=lambda: HealthSummary(**found.summary))


def bundle() -> dict[str, Any]:
    resources = [patient(), *health_resources()]
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]}


def of(made: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in made["entry"] if e["resource"]["resourceType"] == kind]


def test_value_sets_match_the_published_ones() -> None:
    for name, codes in PUBLISHED.items():
        assert fhir.VALUE_SETS[name] == codes, name


def test_the_resources_validate_against_fhir_r4b_with_uk_core_profiles() -> None:
    made = bundle()
    parsed = Bundle.model_validate(made)
    kinds = [e.resource.__resource_type__ for e in parsed.entry]
    assert kinds.count("MedicationStatement") == 5 and kinds.count("Appointment") == 3
    assert kinds.count("AllergyIntolerance") == 3 and kinds.count("Condition") == 2
    for entry in made["entry"][1:]:
        resource = entry["resource"]
        assert resource["meta"]["profile"] == [
            f"https://fhir.hl7.org.uk/StructureDefinition/UKCore-{resource['resourceType']}"]


def test_every_code_is_allowed_and_concept_ids_pass_verhoeff() -> None:
    made = bundle()
    for n, entry in enumerate(made["entry"], start=1):
        assert check_entry(n, entry["resource"]) == []
    broken = copy.deepcopy(made)
    statement = of(broken, "MedicationStatement")[0]
    statement["status"] = "taking"
    statement["medicationCodeableConcept"]["coding"][0]["code"] = "322236008"  # one digit off
    of(broken, "AllergyIntolerance")[0]["reaction"][0]["severity"] = "awful"
    of(broken, "Appointment")[0]["status"] = "done"
    problems = [p for n, e in enumerate(broken["entry"], start=1)
                for p in check_entry(n, e["resource"])]
    assert len(problems) == 4, problems
    assert any("check digit" in p for p in problems)
    assert any("MedicationStatement.status" in p for p in problems)


def test_medication_statements_say_status_coding_dosage_and_why_stopped() -> None:
    metformin, water, inhaler, course, statin = of(bundle(), "MedicationStatement")
    assert metformin["status"] == "active"
    assert metformin["medicationCodeableConcept"] == {
        "coding": [{"system": "http://snomed.info/sct", "code": "322236009"}],
        "text": "Metformin"}
    assert water["medicationCodeableConcept"]["coding"][0]["system"] == "https://dmd.nhs.uk"
    assert "coding" not in inhaler["medicationCodeableConcept"]
    assert inhaler["dosage"][0] == {"text": "2 puffs, when needed", "asNeededBoolean": True}
    assert metformin["dosage"][0]["text"] == "1 tablet at 08:00 and 18:00, every day"
    assert metformin["dosage"][0]["timing"]["repeat"]["timeOfDay"] == ["08:00:00", "18:00:00"]
    assert water["dosage"][0]["timing"]["repeat"]["dayOfWeek"] == ["mon", "wed", "fri"]
    assert metformin["reasonCode"] == [{"text": "Type 2 diabetes"}]
    assert course["status"] == "completed"
    assert course["effectivePeriod"] == {"start": "2026-01-02", "end": "2026-01-08"}
    assert statin["status"] == "stopped"
    assert statin["statusReason"] == [{"text": "Muscle aches; changed to atorvastatin"}]
    assert statin["effectivePeriod"]["end"] == "2025-11-03"


def test_allergies_conditions_and_appointments_carry_what_a_clinician_reads() -> None:
    made = bundle()
    penicillin, lactose, plasters = of(made, "AllergyIntolerance")
    assert penicillin["type"] == "allergy" and lactose["type"] == "intolerance"
    assert penicillin["reaction"] == [{"manifestation": [{"text": "rash and swelling of the face"}],
                                       "severity": "severe"}]
    assert "reaction" not in lactose
    assert plasters["reaction"][0]["manifestation"][0]["extension"][0]["valueCode"] == "unknown"
    diabetes, wrist = of(made, "Condition")
    assert diabetes["clinicalStatus"]["coding"][0]["code"] == "active"
    assert wrist["clinicalStatus"]["coding"][0]["code"] == "resolved"
    assert diabetes["onsetDateTime"] == "2019-06-01"
    review, blood, eyes = of(made, "Appointment")
    assert [review["status"], blood["status"], eyes["status"]] == [
        "booked", "fulfilled", "cancelled"]
    assert review["participant"][0]["actor"] == {"reference": f"urn:uuid:{PID}"}
    assert {"display": "Practice nurse"} in [p["actor"] for p in review["participant"]]
    assert blood["comment"] == "All fine"


def test_every_resource_reads_back_as_it_was_written() -> None:
    made = bundle()
    grouped: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for n, entry in enumerate(made["entry"], start=1):
        grouped.setdefault(entry["resource"]["resourceType"], []).append((n, entry["resource"]))
    problems: list[str] = []

    def read(kind: str, n: int, reader: Any) -> Any:
        try:
            return reader()
        except ValueError as exc:
            problems.append(f"{n} {kind}: {exc}")
            return None

    part = read_health(grouped, read, {f"urn:uuid:{PID}"})
    assert problems == []
    assert part.medicines == MEDICINES
    assert part.appointments == APPOINTMENTS
    assert part.summary() == SUMMARY


def test_a_resource_about_someone_else_or_with_a_bad_code_is_refused() -> None:
    made = bundle()
    statement = copy.deepcopy(of(made, "MedicationStatement")[0])
    statement["medicationCodeableConcept"]["coding"][0]["code"] = "322236008"
    with pytest.raises(ValueError, match="check digit"):
        medicines.read_medication_statement(statement)
    appointment = copy.deepcopy(of(made, "Appointment")[0])
    appointment["participant"][0]["actor"]["reference"] = f"urn:uuid:{uuid4()}"
    with pytest.raises(_Bad, match="different person"):
        appointments.read_appointment(appointment, {f"urn:uuid:{PID}"})
