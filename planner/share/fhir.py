"""FHIR R4 (4.0.1) JSON: a `collection` Bundle out, and the same Bundle back in.

What goes in the Bundle, and why:

- Patient: the person's chosen name, NHS number (system https://fhir.nhs.uk/Id/nhs-number),
  date of birth and borough. The Patient id is kept across devices (see `bulk.patient_id`), so a
  GP system that has seen one export recognises the next.
- ObservationDefinition: one per tracker (what the person measures, its unit and range). FHIR R4
  Observations cannot point at a definition, so each Observation carries the tracker's short name
  as a coding in the app's own code system; the definition lets a round trip rebuild trackers that
  have no entries in the chosen period.
- Observation: one per log entry in the chosen period, with the LOINC code where the tracker has
  one (body weight 29463-7, steps 55423-8, ...), UCUM units, and the questionnaires' total scores
  (derived from their QuestionnaireResponse, skipped on import because they are recomputed).
- Goal, CarePlan (UK Core CarePlan profile; every saved version, the current one `active` and
  earlier ones `revoked`, sharing a fullUrl with distinct meta.versionId as FHIR's bdl-7 allows),
  QuestionnaireResponse (PHQ-9 panel 44249-1, GAD-7 69737-5, ONS4 as the app's own).
- MedicationStatement, AllergyIntolerance, Condition and Appointment (UK Core profiles), and the
  rest of the health summary on the Patient: written and read by `fhir_health.py`, which is
  shaped as one module of the `share/fhir/` package DESIGN.md asks for.
- ServiceRequest (UK Core): the social-prescribing referral, SNOMED CT 871731000000106,
  written and read by `fhir_social.py` (#14).

The fhir.resources library checks structure but not codes, so `VALUE_SETS` lists every code the
app writes and `check_codes` checks a Bundle against them; imports run it too. Things FHIR has no
place for (what matters, the crisis plan, who the plan was agreed with) travel in extensions under
`BASE`, so the app reads back exactly what it wrote.

Ids are the domain ids: fullUrl is `urn:uuid:<id>`, so export, import and export again give the
same resources. Ids that are not UUIDs (from other systems) become stable name-based UUIDs, so a
second import of the same file is refused as a duplicate instead of doubling every entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeGuard
from uuid import UUID, uuid4, uuid5

import orjson
from pydantic import ValidationError

from planner.atomic import atomic_write
from planner.domain.base import now as utc_now
from planner.domain.goal import Direction, Goal, GoalStatus, Measure
from planner.domain.person import Person, nhs_number_is_valid
from planner.domain.plan import Action, CarePlan, Contingency, PlanVersion, Supporter
from planner.domain.questionnaire import Instrument, QuestionnaireResponse
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import InvalidFile, shown
from planner.instruments import (
    AnswerError,
    all_instruments,
    load_instrument,
    score_response,
    validate_response,
)
from planner.share.importing import (
    ImportResult,
    Problems,
    decode_utf8,
    describe_error,
    file_name,
    finite,
    read_limited,
    write_snapshot,
)
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.vault.bulk import Snapshot, patient_id, read_all
from planner.vault.logs import LogFilter
from planner.vault.vault import Vault

# -- systems, profiles and extensions ------------------------------------------------------

BASE = "https://health-planner.example/fhir"  # the app's own namespace (no public server)
TRACKER_SYSTEM = f"{BASE}/CodeSystem/tracker"
NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
UK_CORE_CAREPLAN = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

EXT_ARCHIVED = f"{BASE}/StructureDefinition/tracker-archived"
EXT_CREATED = f"{BASE}/StructureDefinition/created"
EXT_WHAT_MATTERS = f"{BASE}/StructureDefinition/what-matters"
EXT_CONTINGENCY = f"{BASE}/StructureDefinition/contingency"
EXT_REVIEW_DATE = f"{BASE}/StructureDefinition/review-date"
EXT_PLAN_VERSION = f"{BASE}/StructureDefinition/plan-version"
EXT_SUPPORTER_NOTES = f"{BASE}/StructureDefinition/supporter-notes"
EXT_DUE = f"{BASE}/StructureDefinition/action-due"
# The community-directory service a plan action is for (social prescribing, #14).
EXT_SERVICE = f"{BASE}/StructureDefinition/action-community-service"
EXT_ENTRY_TEXT = f"{BASE}/StructureDefinition/entry-text"
EXT_NOTE = f"{BASE}/StructureDefinition/note"

# Stable name-based ids for things the app makes up (score Observations, foreign ids).
NAMESPACE = UUID("4f1d8f63-8a0e-4d53-9a57-2b9f0c3e7a11")

# -- the code lists we write (checked by `check_codes` and the tests) -----------------------

VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-bundle-type.html
    "Bundle.type": frozenset({
        "document", "message", "transaction", "transaction-response", "batch",
        "batch-response", "history", "searchset", "collection",
    }),
    # http://hl7.org/fhir/R4/valueset-goal-status.html
    "Goal.lifecycleStatus": frozenset({
        "proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
        "entered-in-error", "rejected",
    }),
    # http://hl7.org/fhir/R4/valueset-request-status.html
    "CarePlan.status": frozenset({
        "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown",
    }),
    # http://hl7.org/fhir/R4/valueset-care-plan-intent.html
    "CarePlan.intent": frozenset({"proposal", "plan", "order", "option"}),
    # http://hl7.org/fhir/R4/valueset-care-plan-activity-status.html
    "CarePlan.activity.detail.status": frozenset({
        "not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled",
        "stopped", "unknown", "entered-in-error",
    }),
    # http://hl7.org/fhir/R4/valueset-observation-status.html
    "Observation.status": frozenset({
        "registered", "preliminary", "final", "amended", "corrected", "cancelled",
        "entered-in-error", "unknown",
    }),
    # http://hl7.org/fhir/R4/valueset-observation-category.html
    "Observation.category": frozenset({
        "social-history", "vital-signs", "imaging", "laboratory", "procedure", "survey",
        "exam", "therapy", "activity",
    }),
    # http://hl7.org/fhir/R4/valueset-questionnaire-answers-status.html
    "QuestionnaireResponse.status": frozenset({
        "in-progress", "completed", "amended", "entered-in-error", "stopped",
    }),
    # http://hl7.org/fhir/R4/valueset-permitted-data-type.html
    "ObservationDefinition.permittedDataType": frozenset({
        "Quantity", "CodeableConcept", "string", "boolean", "integer", "Range", "Ratio",
        "SampledData", "time", "dateTime", "Period",
    }),
    # http://hl7.org/fhir/R4/valueset-observation-range-category.html
    "ObservationDefinition.qualifiedInterval.category": frozenset({
        "reference", "critical", "absolute",
    }),
    # http://hl7.org/fhir/R4/valueset-units-of-time.html
    "Timing.repeat.periodUnit": frozenset({"s", "min", "h", "d", "wk", "mo", "a"}),
    # http://hl7.org/fhir/R4/valueset-days-of-week.html
    "Timing.repeat.dayOfWeek": frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"}),
    # http://hl7.org/fhir/R4/valueset-contact-point-system.html
    "ContactPoint.system": frozenset({"phone", "fax", "email", "pager", "url", "sms", "other"}),
}

# LOINC codes the app knows by name (trackers and questionnaires); others pass if well formed.
LOINC_NAMES: dict[str, str] = {
    "29463-7": "Body weight",
    "8480-6": "Systolic blood pressure",
    "8462-4": "Diastolic blood pressure",
    "8867-4": "Heart rate",
    "55423-8": "Number of steps in unspecified time Pedometer",
    "93832-4": "Sleep duration",
    "8310-5": "Body temperature",
    "8302-2": "Body height",
    "39156-5": "Body mass index (BMI) [Ratio]",
    "2708-6": "Oxygen saturation in Arterial blood",
    "9279-1": "Respiratory rate",
}
VITAL_SIGNS = frozenset({"29463-7", "8480-6", "8462-4", "8867-4", "8310-5", "8302-2",
                         "39156-5", "2708-6", "9279-1"})
ACTIVITY = frozenset({"55423-8", "93832-4"})

# Units people type, as UCUM codes (http://unitsofmeasure.org). Unknown units go out as plain
# text without a code, which FHIR allows, rather than as a wrong code.
UCUM_UNITS: dict[str, str] = {
    "kg": "kg", "g": "g", "lb": "[lb_av]", "lbs": "[lb_av]", "cm": "cm", "m": "m",
    "km": "km", "mm": "mm", "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "min": "min", "mins": "min", "minute": "min", "minutes": "min", "s": "s",
    "seconds": "s", "steps": "{steps}", "mmhg": "mm[Hg]", "bpm": "/min",
    "beats/min": "/min", "beats per minute": "/min", "/min": "/min", "°c": "Cel",
    "cel": "Cel", "%": "%", "l": "L", "litres": "L", "liters": "L", "ml": "mL",
    "kcal": "kcal", "mmol/l": "mmol/L", "mg/dl": "mg/dL", "score": "{score}",
    "kg/m2": "kg/m2",
}
UCUM_CODES = frozenset(UCUM_UNITS.values())

PERIOD_UNITS = {Frequency.DAILY: "d", Frequency.WEEKLY: "wk", Frequency.MONTHLY: "mo"}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DATA_TYPES = {
    TrackerKind.NUMERIC: "Quantity",
    TrackerKind.SCALE: "integer",
    TrackerKind.YES_NO: "boolean",
    TrackerKind.TEXT: "string",
}
KNOWN_TYPES = ("Patient", "ObservationDefinition", "Goal", "CarePlan", "Observation",
               "QuestionnaireResponse", "MedicationStatement", "AllergyIntolerance", "Condition",
               "Appointment", "ServiceRequest")

_LOINC_FORMAT = re.compile(r"^(LA|LP|LL)?\d{1,8}-\d$")


def loinc_is_valid(code: str) -> bool:
    """Well formed, and for plain LOINC codes the mod-10 check digit matches (catches typos)."""
    if not _LOINC_FORMAT.match(code):
        return False
    if code[:2].isalpha():
        return True  # answer and part codes: format only
    digits = [int(d) for d in code.replace("-", "")]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def ucum(unit: str) -> str | None:
    return UCUM_UNITS.get(unit.strip().lower())


def questionnaire_url(instrument: Instrument) -> str:
    """The canonical a QuestionnaireResponse points to: LOINC's form URL where one exists."""
    if instrument.loinc:
        return f"http://loinc.org/q/{instrument.loinc}"
    return f"{BASE}/Questionnaire/{instrument.code}"


def _ref(uuid: UUID) -> dict[str, str]:
    return {"reference": f"urn:uuid:{uuid}"}


def _instant(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


def _full_time(at: datetime) -> str:
    """Microseconds kept where the domain has them, so goal and plan times round-trip."""
    return at.astimezone(UTC).isoformat()


# -- export -------------------------------------------------------------------------------


def tracker_concept(tracker: Tracker) -> dict[str, Any]:
    """LOINC (when the tracker has a well-formed code) plus the app's own tracker code."""
    codings: list[dict[str, str]] = []
    if tracker.loinc and loinc_is_valid(tracker.loinc):
        coding = {"system": LOINC, "code": tracker.loinc}
        if tracker.loinc in LOINC_NAMES:
            coding["display"] = LOINC_NAMES[tracker.loinc]
        codings.append(coding)
    codings.append({"system": TRACKER_SYSTEM, "code": tracker.key, "display": tracker.label})
    return {"coding": codings, "text": tracker.label}


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value}
    if unit:
        quantity["unit"] = unit
        code = ucum(unit)
        if code:
            quantity.update(system=UCUM, code=code)
    return quantity


def _patient(person: Person | None, pid: UUID, nhs_number: bool, date_of_birth: bool
             ) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "Patient", "id": str(pid)}
    if person is None:
        return resource
    if person.nhs_number and nhs_number:
        resource["identifier"] = [{"system": NHS_NUMBER_SYSTEM, "value": person.nhs_number}]
    resource["name"] = [{"text": person.display_name}]
    if person.date_of_birth and date_of_birth:
        resource["birthDate"] = person.date_of_birth.isoformat()
    if person.borough:
        resource["address"] = [{"district": person.borough, "country": "GB"}]
    return resource


def _definition(tracker: Tracker) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "ObservationDefinition",
        "id": str(tracker.id),
        "identifier": [{"system": TRACKER_SYSTEM, "value": tracker.key}],
        "code": tracker_concept(tracker),
        "permittedDataType": [DATA_TYPES[tracker.kind]],
    }
    if tracker.archived:
        resource["extension"] = [{"url": EXT_ARCHIVED, "valueBoolean": True}]
    if tracker.unit:
        unit: dict[str, Any] = {"text": tracker.unit}
        code = ucum(tracker.unit)
        if code:
            unit["coding"] = [{"system": UCUM, "code": code}]
        resource["quantitativeDetails"] = {"unit": unit}
    if tracker.minimum is not None or tracker.maximum is not None:
        span: dict[str, Any] = {}
        if tracker.minimum is not None:
            span["low"] = _quantity(tracker.minimum, tracker.unit)
        if tracker.maximum is not None:
            span["high"] = _quantity(tracker.maximum, tracker.unit)
        resource["qualifiedInterval"] = [{"category": "absolute", "range": span}]
    return resource


def _category(tracker: Tracker) -> list[dict[str, Any]]:
    if tracker.loinc in VITAL_SIGNS:
        code, display = "vital-signs", "Vital Signs"
    elif tracker.loinc in ACTIVITY or tracker.unit.lower() in ("steps", "hours"):
        code, display = "activity", "Activity"
    elif tracker.kind is not TrackerKind.NUMERIC:
        code, display = "survey", "Survey"
    else:
        return []
    return [{"coding": [{"system": OBSERVATION_CATEGORY, "code": code, "display": display}]}]


class _ObservationMaker:
    """Observations of one export. What is the same for every entry of a tracker (its code,
    category and unit) is worked out once per tracker, and each entry is read as its raw row:
    a year of a wearable is 20,000 Observations, and building a LogEntry and looking the codes
    up again for each was most of the export. Every resource still gets its own dicts."""

    def __init__(self, pid: UUID) -> None:
        self.subject = f"urn:uuid:{pid}"
        self.known: dict[int, tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]]] = {}

    def _parts(self, tracker: Tracker, number: int) -> tuple[
        list[dict[str, Any]], dict[str, Any], dict[str, Any]
    ]:
        found = self.known.get(number)
        if found is None:
            unit = _quantity(0.0, tracker.unit)
            del unit["value"]
            found = self.known[number] = (_category(tracker), tracker_concept(tracker), unit)
        return found

    def make(self, tracker: Tracker, row: tuple[Any, ...]) -> dict[str, Any]:
        entry_id, number, ms, value, text, note = row
        category, concept, unit = self._parts(tracker, number)
        resource: dict[str, Any] = {"resourceType": "Observation", "id": str(UUID(bytes=entry_id)),
                                    "status": "final"}
        if category:
            resource["category"] = [{"coding": [dict(c) for c in category[0]["coding"]]}]
        resource["code"] = {"coding": [dict(c) for c in concept["coding"]],
                            "text": concept["text"]}
        resource["subject"] = {"reference": self.subject}
        resource["effectiveDateTime"] = datetime.fromtimestamp(ms / 1000, UTC).isoformat(
            timespec="milliseconds")
        if tracker.kind is TrackerKind.TEXT:
            resource["valueString"] = text or ""
        elif value is not None:
            if tracker.kind is TrackerKind.YES_NO:
                resource["valueBoolean"] = value >= 0.5
            elif tracker.kind is TrackerKind.SCALE:
                resource["valueInteger"] = int(value)
            else:
                resource["valueQuantity"] = {"value": value, **unit}
            if text:
                resource["extension"] = [{"url": EXT_ENTRY_TEXT, "valueString": text}]
        if note:
            resource["note"] = [{"text": note}]
        return resource


def _goal(goal: Goal, trackers: dict[UUID, Tracker], pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Goal",
        "id": str(goal.id),
        "meta": {"lastUpdated": _full_time(goal.updated_at)},
        "extension": [{"url": EXT_CREATED, "valueDateTime": _full_time(goal.created_at)}],
        "lifecycleStatus": goal.status.value,
        "description": {"text": goal.title},
        "subject": _ref(pid),
        "startDate": goal.start.isoformat(),
    }
    target: dict[str, Any] = {}
    if goal.measure is not None and goal.measure.tracker_id in trackers:
        tracker = trackers[goal.measure.tracker_id]
        end = "low" if goal.measure.direction is Direction.AT_LEAST else "high"
        target["measure"] = tracker_concept(tracker)
        target["detailRange"] = {end: _quantity(goal.measure.target, tracker.unit)}
    if goal.due is not None:
        target["dueDate"] = goal.due.isoformat()
    if target:
        resource["target"] = [target]
    if goal.why:
        resource["note"] = [{"text": goal.why}]
    return resource


def _timing(recurrence: Recurrence) -> dict[str, Any]:
    bounds: dict[str, str] = {"start": recurrence.start.isoformat()}
    if recurrence.until is not None:
        bounds["end"] = recurrence.until.isoformat()
    repeat: dict[str, Any] = {
        "boundsPeriod": bounds,
        "frequency": 1,
        "period": recurrence.interval,
        "periodUnit": PERIOD_UNITS[recurrence.frequency],
    }
    if recurrence.weekdays:
        repeat["dayOfWeek"] = [DAYS[d] for d in recurrence.weekdays]
    return {"repeat": repeat}


def _activity(action: Action) -> dict[str, Any]:
    status = "completed" if action.done else (
        "scheduled" if action.recurrence or action.due else "not-started")
    detail: dict[str, Any] = {"status": status, "description": action.text}
    if action.goal_id is not None:
        detail["goal"] = [_ref(action.goal_id)]
    if action.recurrence is not None:
        detail["scheduledTiming"] = _timing(action.recurrence)
        if action.due is not None:
            detail["extension"] = [{"url": EXT_DUE, "valueDate": action.due.isoformat()}]
    elif action.due is not None:
        detail["scheduledPeriod"] = {"end": action.due.isoformat()}
    if action.who:
        detail["performer"] = [{"display": action.who}]
    if action.service_id is not None:
        detail.setdefault("extension", []).append(
            {"url": EXT_SERVICE, "valueString": action.service_id})
    return {"id": str(action.id), "detail": detail}


def _related_person(supporter: Supporter, pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "RelatedPerson",
        "id": str(supporter.id),
        "patient": _ref(pid),
        "name": [{"text": supporter.name}],
    }
    if supporter.notes:
        resource["extension"] = [{"url": EXT_SUPPORTER_NOTES, "valueString": supporter.notes}]
    if supporter.role:
        resource["relationship"] = [{"text": supporter.role}]
    telecom = [{"system": s, "value": v} for s, v in (("phone", supporter.phone),
                                                      ("email", supporter.email)) if v]
    if telecom:
        resource["telecom"] = telecom
    return resource


def _sub(url: str, pairs: Iterable[tuple[str, str, Any]]) -> dict[str, Any]:
    """A complex extension from (name, value type, value); empty values are left out."""
    return {"url": url, "extension": [{"url": name, kind: value}
                                      for name, kind, value in pairs if value not in ("", None)]}


def _care_plan(version: PlanVersion, current: bool, pid: UUID) -> dict[str, Any]:
    plan = version.plan
    c = plan.contingency
    extensions: list[dict[str, Any]] = [
        {"url": EXT_WHAT_MATTERS, "valueString": text} for text in plan.what_matters
    ]
    extensions.append(_sub(EXT_CONTINGENCY, [
        ("warningSigns", "valueString", c.warning_signs),
        ("whatIDo", "valueString", c.what_i_do),
        ("whoToContact", "valueString", c.who_to_contact),
        ("crisisNumbers", "valueString", c.crisis_numbers),
    ]))
    if plan.review_date is not None:
        extensions.append({"url": EXT_REVIEW_DATE, "valueDate": plan.review_date.isoformat()})
    extensions.append(_sub(EXT_PLAN_VERSION, [
        ("agreedWith", "valueString", version.agreed_with),
        ("agreedOn", "valueDate", version.agreed_on.isoformat() if version.agreed_on else None),
        ("changeNote", "valueString", version.change_note),
    ]))
    # A complex extension with nothing in it is not allowed (ext-1), so drop empty ones.
    extensions = [e for e in extensions
                  if e.get("extension") or any(k.startswith("value") for k in e)]
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": str(plan.id),
        "meta": {
            "versionId": str(version.version),
            "lastUpdated": _full_time(version.saved_at),
            "profile": [UK_CORE_CAREPLAN],
        },
        "extension": extensions,
        "status": "active" if current else "revoked",
        "intent": "plan",
        "title": plan.title,
        "subject": _ref(pid),
    }
    if plan.what_matters:
        resource["description"] = "What matters to me: " + "; ".join(plan.what_matters)
    if plan.coordinator:
        resource["author"] = {"display": plan.coordinator}
    if plan.supporters:
        resource["contained"] = [
            {
                "resourceType": "CareTeam",
                "id": "team",
                "subject": _ref(pid),
                "participant": [
                    {"member": {"reference": f"#{s.id}", "display": s.name},
                     **({"role": [{"text": s.role}]} if s.role else {})}
                    for s in plan.supporters
                ],
            },
            *(_related_person(s, pid) for s in plan.supporters),
        ]
        resource["careTeam"] = [{"reference": "#team"}]
    if plan.goal_ids:
        resource["goal"] = [_ref(g) for g in plan.goal_ids]
    if plan.actions:
        resource["activity"] = [_activity(a) for a in plan.actions]
    return resource


def _questionnaire_response(response: QuestionnaireResponse, pid: UUID) -> dict[str, Any]:
    instrument = load_instrument(response.instrument)
    items = []
    for item in instrument.items:
        if item.id not in response.answers:
            continue
        value = response.answers[item.id]
        option = next((o for o in item.options if o.value == value), None)
        answer: dict[str, Any]
        if option is not None and option.loinc:
            answer = {"valueCoding": {"system": LOINC, "code": option.loinc,
                                      "display": option.label}}
        else:
            answer = {"valueInteger": value}
        items.append({"linkId": item.id, "text": item.text, "answer": [answer]})
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": str(response.id),
        "questionnaire": questionnaire_url(instrument),
        "status": "completed",
        "subject": _ref(pid),
        "authored": _full_time(response.completed_at),
        "item": items,
    }
    if response.note:
        resource["extension"] = [{"url": EXT_NOTE, "valueString": response.note}]
    return resource


def score_id(response: QuestionnaireResponse) -> UUID:
    return uuid5(NAMESPACE, f"{response.id}/total")


def _score_observation(response: QuestionnaireResponse, pid: UUID) -> dict[str, Any] | None:
    """The total score as its own Observation, which is what GP systems chart and search."""
    instrument = load_instrument(response.instrument)
    result = score_response(response)
    if result.total is None or not instrument.total_loinc:
        return None
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": str(score_id(response)),
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey",
                                  "display": "Survey"}]}],
        "code": {"coding": [{"system": LOINC, "code": instrument.total_loinc}],
                 "text": f"{instrument.title} total score"},
        "subject": _ref(pid),
        "effectiveDateTime": _full_time(response.completed_at),
        "valueInteger": result.total,
        "derivedFrom": [_ref(response.id)],
    }
    if result.band is not None:
        resource["interpretation"] = [{"text": result.band.label}]
    return resource


def export_bundle(
    vault: Vault,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    at: datetime | None = None,
    nhs_number: bool = True,
    date_of_birth: bool = True,
) -> dict[str, Any]:
    """The whole profile as a FHIR collection Bundle; Observations only from [start, end).
    The NHS number and date of birth are left out when the person unticks them, as in the
    printed summary: the same choice holds for both files made for the GP."""
    from planner.share import fhir_health, fhir_social  # read this module's helpers

    snapshot = read_all(vault, with_logs=False)  # entries are streamed below, period only
    pid = patient_id(vault)
    trackers = {t.id: t for t in snapshot.trackers}
    stamp = _instant(at or utc_now())
    resources: list[dict[str, Any]] = [
        _patient(snapshot.person, pid, nhs_number, date_of_birth)]
    resources += [_definition(t) for t in snapshot.trackers]
    resources += [_goal(g, trackers, pid) for g in snapshot.goals]
    last = len(snapshot.plan_versions) - 1
    resources += [_care_plan(v, i == last, pid) for i, v in enumerate(snapshot.plan_versions)]
    for response in snapshot.questionnaires:
        resources.append(_questionnaire_response(response, pid))
        total = _score_observation(response, pid)
        if total is not None:
            resources.append(total)
    if snapshot.summary is not None:
        fhir_health.add_summary_to_patient(resources[0], snapshot.summary)
    resources += fhir_health.health_resources(
        snapshot.medicines, snapshot.appointments, snapshot.summary, pid, at or utc_now())
    resources += fhir_social.social_resources(
        snapshot.referrals, (s for v in snapshot.plan_versions for s in v.plan.supporters), pid)
    observations = _ObservationMaker(pid)
    for tracker, row in vault.logs.iterate_rows(LogFilter(start=start, end=end)):
        resources.append(observations.make(tracker, row))
    return {
        "resourceType": "Bundle",
        "id": str(uuid4()),
        "meta": {"lastUpdated": stamp},
        "type": "collection",
        "timestamp": stamp,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON, by orjson: byte for byte what `json.dumps(..., ensure_ascii=False,
    separators=(",", ":"))` writes, eight times faster (135 -> 17 ms for a year of a
    wearable's 21,000 resources, a seventh of the GP export's one-second budget)."""
    return orjson.dumps(bundle)


def write_fhir(
    vault: Vault,
    out: Path,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    nhs_number: bool = True,
    date_of_birth: bool = True,
) -> int:
    """Write atomically; returns the number of resources."""
    bundle = export_bundle(
        vault, start, end, nhs_number=nhs_number, date_of_birth=date_of_birth)
    atomic_write(out, bundle_bytes(bundle))
    return len(bundle["entry"])


# -- code checks --------------------------------------------------------------------------


def check_codes(bundle: dict[str, Any]) -> list[str]:
    """Every coded value the app uses, checked against `VALUE_SETS` (the library does not).

    Returns problems as "entry N (Type): ..." strings; [] when every code is allowed.
    """
    from planner.share import fhir_health, fhir_social

    problems: list[str] = []

    def allowed(value: object, codes: Collection[Any]) -> bool:
        # A list or object where a code belongs is not a code (and is unhashable: no TypeError).
        return not isinstance(value, (list, dict)) and value in codes

    def expect(where: str, value_set: str, value: object) -> None:
        if value is not None and not allowed(value, VALUE_SETS[value_set]):
            problems.append(f"{where}: '{shown(value)}' is not an allowed {value_set}")

    def each(value: object) -> list[Any]:
        return value if isinstance(value, list) else []

    def node(value: object) -> dict[str, Any]:
        return value if isinstance(value, dict) else {}

    def codings(concept: object) -> list[dict[str, Any]]:
        return [c for c in each(node(concept).get("coding")) if isinstance(c, dict)]

    def loinc_codes(where: str, concept: object) -> None:
        for coding in codings(concept):
            if coding.get("system") == LOINC and not loinc_is_valid(str(coding.get("code"))):
                problems.append(f"{where}: '{shown(coding.get('code'), 20)}' is not a LOINC code")

    def quantity(where: str, value: object) -> None:
        q = node(value)
        if q.get("system") == UCUM and not allowed(q.get("code"), UCUM_CODES):
            problems.append(f"{where}: '{shown(q.get('code'), 20)}' is not a UCUM unit we use")

    def timing(where: str, value: object) -> None:
        repeat = node(node(value).get("repeat"))
        expect(where, "Timing.repeat.periodUnit", repeat.get("periodUnit"))
        for day in each(repeat.get("dayOfWeek")):
            expect(where, "Timing.repeat.dayOfWeek", day)

    expect("the bundle", "Bundle.type", bundle.get("type"))
    for n, entry in enumerate(each(bundle.get("entry")), start=1):
        resource = node(node(entry).get("resource"))
        kind = resource.get("resourceType")
        where = f"entry {n} ({kind})"
        if kind == "Patient":
            for ident in each(resource.get("identifier")):
                ident = node(ident)
                if ident.get("system") == NHS_NUMBER_SYSTEM and not nhs_number_is_valid(
                    str(ident.get("value"))
                ):
                    problems.append(f"{where}: the NHS number is not valid")
        elif kind == "Goal":
            expect(where, "Goal.lifecycleStatus", resource.get("lifecycleStatus"))
            for target in each(resource.get("target")):
                loinc_codes(where, node(target).get("measure"))
        elif kind == "CarePlan":
            expect(where, "CarePlan.status", resource.get("status"))
            expect(where, "CarePlan.intent", resource.get("intent"))
            for activity in each(resource.get("activity")):
                detail = node(node(activity).get("detail"))
                if detail:
                    expect(where, "CarePlan.activity.detail.status", detail.get("status"))
                    timing(where, detail.get("scheduledTiming"))
            for inner in each(resource.get("contained")):
                for point in each(node(inner).get("telecom")):
                    expect(where, "ContactPoint.system", node(point).get("system"))
        elif kind == "Observation":
            expect(where, "Observation.status", resource.get("status"))
            for category in each(resource.get("category")):
                for coding in codings(category):
                    if coding.get("system") == OBSERVATION_CATEGORY:
                        expect(where, "Observation.category", coding.get("code"))
            loinc_codes(where, resource.get("code"))
            quantity(where, resource.get("valueQuantity"))
        elif kind == "ObservationDefinition":
            for data_type in each(resource.get("permittedDataType")):
                expect(where, "ObservationDefinition.permittedDataType", data_type)
            for interval in each(resource.get("qualifiedInterval")):
                interval = node(interval)
                expect(where, "ObservationDefinition.qualifiedInterval.category",
                       interval.get("category"))
                span = node(interval.get("range"))
                quantity(where, span.get("low"))
                quantity(where, span.get("high"))
            loinc_codes(where, resource.get("code"))
        elif kind == "QuestionnaireResponse":
            expect(where, "QuestionnaireResponse.status", resource.get("status"))
            for item in each(resource.get("item")):
                for answer in each(node(item).get("answer")):
                    coding = node(node(answer).get("valueCoding"))
                    if coding.get("system") == LOINC and not loinc_is_valid(
                        str(coding.get("code"))
                    ):
                        problems.append(f"{where}: '{shown(coding.get('code'), 20)}' is not a "
                                        "LOINC answer code")
        elif kind in fhir_health.KNOWN_TYPES:
            problems += fhir_health.check_codes(n, resource)
        elif kind in fhir_social.KNOWN_TYPES:
            problems += fhir_social.check_codes(n, resource)
    return problems


# -- import -------------------------------------------------------------------------------


class _Bad(ValueError):
    """One resource cannot be read; the message is for the person."""


def _obj(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{what} should be a JSON object")
    return value


def _list(value: object, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{what} should be a list")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise _Bad(f"{what} should be text")
    return value


def _opt_text(value: object, what: str) -> str:
    return "" if value is None else _text(value, what)


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"{what} should be a number")
    try:
        return finite(float(value))
    except (ValueError, OverflowError):  # NaN, or an integer too big for a float
        raise _Bad(f"{what} must be a real number") from None


def _date(value: object, what: str) -> date:
    text = _text(value, what)
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{what} '{shown(text, 30)}' is not a date like 2026-03-01") from None


def _datetime(value: object, what: str) -> datetime:
    text = _text(value, what)
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{what} '{shown(text)}' is not a date and time") from None
    if "T" not in text or at.tzinfo is None:
        raise _Bad(f"{what} has no time zone; write it like 2026-03-01T08:30:00Z")
    try:
        return at.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:00-05:00 is past the last moment Python knows
        raise _Bad(f"{what} '{shown(text)}' is too far in the past or future") from None


def _code_in(value: object, table: Collection[Any]) -> TypeGuard[str]:
    """Membership for a value read from the file: a list or object is never a code (and would
    raise TypeError in a dict or set lookup)."""
    return isinstance(value, str) and value in table


def _uuid(resource_type: str, raw: object) -> UUID:
    """Our ids are UUIDs; anyone else's become a stable UUID named after them."""
    text = _text(raw, "the id")
    try:
        return UUID(text)
    except ValueError:
        return uuid5(NAMESPACE, f"{resource_type}/{text}")


def _ref_id(value: object, resource_type: str) -> UUID:
    text = _text(_obj(value, "a reference").get("reference"), "a reference")
    if text.startswith("urn:uuid:"):
        return _uuid(resource_type, text.removeprefix("urn:uuid:"))
    kind, _, raw = text.rpartition("/")
    if kind.split("/")[-1] != resource_type:
        raise _Bad(f"a reference should point to a {resource_type}")
    return _uuid(resource_type, raw)


def _extensions(resource: dict[str, Any], url: str) -> list[dict[str, Any]]:
    return [_obj(e, "an extension") for e in _list(resource.get("extension"), "extension")
            if isinstance(e, dict) and e.get("url") == url]


def _ext_value(resource: dict[str, Any], url: str, kind: str) -> Any:
    found = _extensions(resource, url)
    return found[0].get(kind) if found else None


def _sub_values(resource: dict[str, Any], url: str) -> dict[str, Any] | None:
    found = _extensions(resource, url)
    if not found:
        return None
    values: dict[str, Any] = {}
    for inner in _list(found[0].get("extension"), "extension"):
        inner = _obj(inner, "an extension")
        for key, value in inner.items():
            if key.startswith("value"):
                values[_text(inner.get("url"), "an extension url")] = value
    return values


def _codings(concept: object) -> list[dict[str, Any]]:
    if concept is None:
        return []
    return [_obj(c, "a coding") for c in _list(_obj(concept, "a code").get("coding"), "coding")]


@dataclass
class _Context:
    """What the reader knows while it goes through the entries."""

    trackers_by_key: dict[str, Tracker]
    new_trackers: dict[UUID, Tracker]
    patient_refs: set[str]

    def tracker_for(self, concept: object) -> Tracker:
        codings = _codings(concept)
        for coding in codings:
            if coding.get("system") == TRACKER_SYSTEM:
                key = _text(coding.get("code"), "the tracker code")
                if key in self.trackers_by_key:
                    return self.trackers_by_key[key]
                raise _Bad(f"there is no tracker called '{shown(key)}'")
        for coding in codings:
            if coding.get("system") == LOINC:
                for tracker in self.trackers_by_key.values():
                    if tracker.loinc and tracker.loinc == coding.get("code"):
                        return tracker
        raise _Bad("the planner has no tracker for this kind of measurement")

    def check_subject(self, resource: dict[str, Any]) -> None:
        subject = resource.get("subject")
        if subject is None:
            return
        reference = _obj(subject, "subject").get("reference")
        if self.patient_refs and not _code_in(reference, self.patient_refs):
            raise _Bad("this is about a different person than the rest of the file")


def _read_person(resource: dict[str, Any]) -> tuple[Person | None, UUID]:
    pid = _uuid("Patient", resource.get("id"))
    names = _list(resource.get("name"), "name")
    if not names:
        return None, pid
    first = _obj(names[0], "a name")
    display = first.get("text")
    if display is None:
        given = " ".join(_text(g, "a given name") for g in _list(first.get("given"), "given"))
        display = f"{given} {_opt_text(first.get('family'), 'the family name')}".strip()
    nhs = None
    for ident in _list(resource.get("identifier"), "identifier"):
        ident = _obj(ident, "an identifier")
        if ident.get("system") == NHS_NUMBER_SYSTEM:
            nhs = _text(ident.get("value"), "the NHS number")
    borough = None
    for address in _list(resource.get("address"), "address"):
        borough = _obj(address, "an address").get("district") or borough
    born = resource.get("birthDate")
    return Person(
        display_name=_text(display, "the name"),
        nhs_number=nhs,
        date_of_birth=_date(born, "the date of birth") if born is not None else None,
        borough=_opt_text(borough, "the district") or None,
    ), pid


def _read_tracker(resource: dict[str, Any]) -> Tracker:
    tracker_code = next(
        (c for c in _codings(resource.get("code")) if c.get("system") == TRACKER_SYSTEM), None
    )
    if tracker_code is None:
        raise _Bad("it does not say which tracker it defines")
    loinc = next((c.get("code") for c in _codings(resource.get("code"))
                  if c.get("system") == LOINC), None)
    types = _list(resource.get("permittedDataType"), "permittedDataType")
    kinds = {v: k for k, v in DATA_TYPES.items()}
    if len(types) != 1 or not _code_in(types[0], kinds):
        raise _Bad("the kind of value it holds is not one the planner knows")
    unit = ""
    details = resource.get("quantitativeDetails")
    if details is not None:
        unit = _opt_text(_obj(_obj(details, "quantitativeDetails").get("unit") or {},
                              "unit").get("text"), "the unit")
    low = high = None
    for interval in _list(resource.get("qualifiedInterval"), "qualifiedInterval"):
        interval = _obj(interval, "qualifiedInterval")
        if interval.get("category") == "absolute":
            span = _obj(interval.get("range") or {}, "range")
            if span.get("low") is not None:
                low = _number(_obj(span["low"], "low").get("value"), "the lowest value")
            if span.get("high") is not None:
                high = _number(_obj(span["high"], "high").get("value"), "the highest value")
    archived = _ext_value(resource, EXT_ARCHIVED, "valueBoolean") is True
    return Tracker(
        id=_uuid("ObservationDefinition", resource.get("id")),
        key=_text(tracker_code.get("code"), "the tracker name"),
        label=_text(tracker_code.get("display") or _obj(resource.get("code"), "code").get("text"),
                    "the tracker label"),
        kind=kinds[types[0]],
        unit=unit,
        minimum=low,
        maximum=high,
        loinc=_text(loinc, "the LOINC code") if loinc is not None else None,
        archived=archived,
    )


def _read_observation(resource: dict[str, Any], ctx: _Context) -> LogEntry:
    ctx.check_subject(resource)
    tracker = ctx.tracker_for(resource.get("code"))
    when = resource.get("effectiveDateTime", resource.get("effectiveInstant"))
    if when is None:
        raise _Bad("it does not say when it was measured")
    at = _datetime(when, "the time")
    value: float | None = None
    text: str | None = None
    kind = tracker.kind
    if "valueQuantity" in resource and kind in (TrackerKind.NUMERIC, TrackerKind.SCALE):
        quantity = _obj(resource["valueQuantity"], "valueQuantity")
        value = _number(quantity.get("value"), "the value")
        unit = quantity.get("unit")
        code = quantity.get("code")
        if kind is TrackerKind.NUMERIC and tracker.unit and (unit or code) and not (
            (unit is not None and str(unit).lower() == tracker.unit.lower())
            or (code is not None and code == ucum(tracker.unit))
        ):
            raise _Bad(f"{tracker.label} is in {tracker.unit}, but this says "
                       f"{shown(unit or code, 20)}")
    elif "valueInteger" in resource and kind in (TrackerKind.SCALE, TrackerKind.NUMERIC,
                                                  TrackerKind.YES_NO):
        value = _number(resource["valueInteger"], "the value")
    elif "valueBoolean" in resource and kind is TrackerKind.YES_NO:
        flag = resource["valueBoolean"]
        if not isinstance(flag, bool):
            raise _Bad("the yes/no value should be true or false")
        value = 1.0 if flag else 0.0
    elif "valueString" in resource and kind is TrackerKind.TEXT:
        text = _text(resource["valueString"], "the text")
    else:
        raise _Bad(f"its value does not fit the tracker {tracker.label}")
    if value is not None:
        try:
            tracker.check_value(value)
        except ValueError as exc:
            raise _Bad(str(exc)) from None
        extra = _ext_value(resource, EXT_ENTRY_TEXT, "valueString")
        text = _text(extra, "the text") if extra is not None else None
    notes = [_opt_text(_obj(n, "a note").get("text"), "a note")
             for n in _list(resource.get("note"), "note")]
    return LogEntry(
        id=_uuid("Observation", resource.get("id")),
        tracker_id=tracker.id,
        at=at,
        value=value,
        text=text,
        note="\n\n".join(n for n in notes if n),
    )


_GOAL_STATUS = {
    "proposed": GoalStatus.PROPOSED, "planned": GoalStatus.PROPOSED,
    "accepted": GoalStatus.ACTIVE, "active": GoalStatus.ACTIVE, "on-hold": GoalStatus.ON_HOLD,
    "completed": GoalStatus.COMPLETED, "cancelled": GoalStatus.CANCELLED,
    "rejected": GoalStatus.CANCELLED,
}


def _read_goal(resource: dict[str, Any], ctx: _Context) -> Goal:
    ctx.check_subject(resource)
    status = resource.get("lifecycleStatus")
    if not _code_in(status, _GOAL_STATUS):
        raise _Bad(f"the goal status '{shown(status, 20)}' is not one the planner uses")
    description = _obj(resource.get("description"), "the description")
    title = description.get("text") or next(
        (c.get("display") for c in _codings(description) if c.get("display")), None)
    if resource.get("startDate") is None:
        raise _Bad("the goal has no start date")
    measure = None
    due = None
    for target in _list(resource.get("target"), "target"):
        target = _obj(target, "target")
        if target.get("dueDate") is not None:
            due = _date(target["dueDate"], "the due date")
        if target.get("measure") is not None:
            tracker = ctx.tracker_for(target["measure"])
            span = _obj(target.get("detailRange") or {}, "detailRange")
            if span.get("low") is not None:
                low = _obj(span["low"], "low").get("value")
                measure = Measure(tracker_id=tracker.id, target=_number(low, "the target"),
                                  direction=Direction.AT_LEAST)
            elif span.get("high") is not None:
                high = _obj(span["high"], "high").get("value")
                measure = Measure(tracker_id=tracker.id, target=_number(high, "the target"),
                                  direction=Direction.AT_MOST)
    notes = [_opt_text(_obj(n, "a note").get("text"), "a note")
             for n in _list(resource.get("note"), "note")]
    meta = _obj(resource.get("meta") or {}, "meta")
    created = _ext_value(resource, EXT_CREATED, "valueDateTime")
    updated = meta.get("lastUpdated")
    return Goal(
        id=_uuid("Goal", resource.get("id")),
        title=_text(title, "the goal's title"),
        why="\n\n".join(n for n in notes if n),
        measure=measure,
        start=_date(resource["startDate"], "the start date"),
        due=due,
        status=_GOAL_STATUS[status],
        created_at=_datetime(created, "the created time") if created else utc_now(),
        updated_at=_datetime(updated, "the updated time") if updated else utc_now(),
    )


def _read_recurrence(value: object) -> Recurrence:
    repeat = _obj(_obj(value, "scheduledTiming").get("repeat"), "the repeat")
    units = {v: k for k, v in PERIOD_UNITS.items()}
    unit = repeat.get("periodUnit")
    if not _code_in(unit, units):
        raise _Bad("the repeat is not daily, weekly or monthly")
    period = repeat.get("period", 1)
    if isinstance(period, bool) or not isinstance(period, int | float) or period != int(period):
        raise _Bad("the repeat interval should be a whole number")
    bounds = _obj(repeat.get("boundsPeriod"), "the repeat's dates")
    days = []
    for day in _list(repeat.get("dayOfWeek"), "dayOfWeek"):
        if day not in DAYS:
            raise _Bad(f"'{shown(day, 10)}' is not a day of the week")
        days.append(DAYS.index(day))
    return Recurrence(
        frequency=units[unit],
        interval=int(period),
        weekdays=tuple(days),
        start=_date(bounds.get("start"), "the repeat's start date"),
        until=_date(bounds["end"], "the repeat's end date") if bounds.get("end") else None,
    )


def _read_action(activity: dict[str, Any]) -> Action | None:
    detail = activity.get("detail")
    if detail is None:
        return None  # a reference to another resource: not something the app made
    detail = _obj(detail, "detail")
    recurrence = None
    due = None
    if detail.get("scheduledTiming") is not None:
        recurrence = _read_recurrence(detail["scheduledTiming"])
        extra = _ext_value(detail, EXT_DUE, "valueDate")
        due = _date(extra, "the due date") if extra is not None else None
    elif detail.get("scheduledPeriod") is not None:
        end = _obj(detail["scheduledPeriod"], "scheduledPeriod").get("end")
        due = _date(end, "the due date") if end is not None else None
    goals = _list(detail.get("goal"), "goal")
    performers = _list(detail.get("performer"), "performer")
    raw_id = activity.get("id")
    service = _ext_value(detail, EXT_SERVICE, "valueString")
    return Action(
        id=_uuid("Action", raw_id) if raw_id is not None else uuid4(),
        text=_text(detail.get("description"), "the action's text"),
        goal_id=_ref_id(goals[0], "Goal") if goals else None,
        recurrence=recurrence,
        due=due,
        who=_opt_text(_obj(performers[0], "performer").get("display"), "who")
        if performers else "",
        done=detail.get("status") == "completed",
        service_id=_opt_text(service, "the community service") if service is not None else None,
    )


def _read_supporters(resource: dict[str, Any]) -> tuple[Supporter, ...]:
    people: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for inner in _list(resource.get("contained"), "contained"):
        inner = _obj(inner, "a contained resource")
        if inner.get("resourceType") == "RelatedPerson":
            people[_text(inner.get("id"), "the supporter's id")] = inner
        elif inner.get("resourceType") == "CareTeam":
            for member in _list(inner.get("participant"), "participant"):
                ref = _obj(_obj(member, "participant").get("member"), "member").get("reference")
                order.append(_text(ref, "a member").removeprefix("#"))
    supporters = []
    for local_id in order or list(people):
        person = people.get(local_id)
        if person is None:
            raise _Bad("a supporter in the care team is missing")
        names = _list(person.get("name"), "name")
        phone = email = ""
        for point in _list(person.get("telecom"), "telecom"):
            point = _obj(point, "telecom")
            if point.get("system") == "phone":
                phone = _text(point.get("value"), "a phone number")
            elif point.get("system") == "email":
                email = _text(point.get("value"), "an email address")
        roles = _list(person.get("relationship"), "relationship")
        notes = _ext_value(person, EXT_SUPPORTER_NOTES, "valueString")
        supporters.append(Supporter(
            id=_uuid("RelatedPerson", local_id),
            name=_text(_obj(names[0], "a name").get("text") if names else None,
                       "the supporter's name"),
            role=_opt_text(_obj(roles[0], "relationship").get("text"), "the role")
            if roles else "",
            phone=phone,
            email=email,
            notes=_opt_text(notes, "the notes"),
        ))
    return tuple(supporters)


def _read_plan(resource: dict[str, Any], ctx: _Context) -> PlanVersion:
    ctx.check_subject(resource)
    meta = _obj(resource.get("meta") or {}, "meta")
    version_text = meta.get("versionId", "1")
    if not isinstance(version_text, str) or not version_text.isdigit() or int(version_text) < 1:
        raise _Bad("the plan's version should be a whole number from 1")
    contingency = _sub_values(resource, EXT_CONTINGENCY)
    what = [_text(e.get("valueString"), "what matters")
            for e in _extensions(resource, EXT_WHAT_MATTERS)]
    review = _ext_value(resource, EXT_REVIEW_DATE, "valueDate")
    agreed = _sub_values(resource, EXT_PLAN_VERSION) or {}
    actions = [_read_action(_obj(a, "activity"))
               for a in _list(resource.get("activity"), "activity")]
    author = resource.get("author")
    plan = CarePlan(
        id=_uuid("CarePlan", resource.get("id")),
        title=_text(resource.get("title", "My care and support plan"), "the plan's title"),
        what_matters=tuple(what),
        goal_ids=tuple(_ref_id(g, "Goal") for g in _list(resource.get("goal"), "goal")),
        actions=tuple(a for a in actions if a is not None),
        supporters=_read_supporters(resource),
        contingency=Contingency(
            warning_signs=_opt_text(contingency.get("warningSigns"), "warning signs"),
            what_i_do=_opt_text(contingency.get("whatIDo"), "what I do"),
            who_to_contact=_opt_text(contingency.get("whoToContact"), "who to contact"),
            crisis_numbers=_opt_text(contingency.get("crisisNumbers"), "crisis numbers"),
        ) if contingency is not None else Contingency(),
        review_date=_date(review, "the review date") if review is not None else None,
        coordinator=_opt_text(_obj(author, "author").get("display"), "the coordinator")
        if author is not None else "",
    )
    saved = meta.get("lastUpdated")
    agreed_on = agreed.get("agreedOn")
    return PlanVersion(
        plan=plan,
        version=int(version_text),
        saved_at=_datetime(saved, "the time it was saved") if saved else utc_now(),
        agreed_with=_opt_text(agreed.get("agreedWith"), "agreed with"),
        agreed_on=_date(agreed_on, "the date it was agreed") if agreed_on else None,
        change_note=_opt_text(agreed.get("changeNote"), "the change note"),
    )


def _instrument_for(url: object) -> Instrument:
    wanted = _text(url, "the questionnaire").split("|")[0]
    for instrument in all_instruments():
        if wanted == questionnaire_url(instrument):
            return instrument
    raise _Bad("the planner does not know this questionnaire")


def _read_response(resource: dict[str, Any], ctx: _Context) -> QuestionnaireResponse:
    ctx.check_subject(resource)
    instrument = _instrument_for(resource.get("questionnaire"))
    answers: dict[str, int] = {}
    for item in _list(resource.get("item"), "item"):
        item = _obj(item, "an item")
        link = _text(item.get("linkId"), "the question's linkId")
        try:
            question = instrument.item(link)
        except KeyError:
            raise _Bad(f"{instrument.code} has no question '{shown(link)}'") from None
        given = _list(item.get("answer"), "answer")
        if len(given) != 1:
            raise _Bad(f"question '{shown(link)}' should have one answer")
        answer = _obj(given[0], "an answer")
        if "valueCoding" in answer:
            code = _obj(answer["valueCoding"], "valueCoding").get("code")
            option = next((o for o in question.options if o.loinc and o.loinc == code), None)
            if option is None:
                raise _Bad(f"the answer to question '{shown(link)}' is not one of its choices")
            answers[link] = option.value
        elif "valueInteger" in answer:
            raw = answer["valueInteger"]
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise _Bad(f"the answer to question '{shown(link)}' should be a whole number")
            answers[link] = raw
        else:
            raise _Bad(f"the answer to question '{shown(link)}' is not one the planner reads")
    note = _ext_value(resource, EXT_NOTE, "valueString")
    return QuestionnaireResponse(
        id=_uuid("QuestionnaireResponse", resource.get("id")),
        instrument=instrument.code,
        completed_at=_datetime(resource.get("authored"), "the time it was filled in"),
        answers=answers,
        note=_opt_text(note, "the note"),
    )


def _load_json(text: str, name: str) -> Any:
    def no_constants(token: str) -> None:
        raise _Bad(f"'{name}' contains {token}, which is not a number.")

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                raise _Bad(f"'{name}' has the field '{shown(key)}' twice in one place.")
            found[key] = value
        return found

    try:
        return json.loads(text, parse_constant=no_constants, object_pairs_hook=no_repeats)
    except json.JSONDecodeError as exc:
        raise InvalidFile(
            f"'{name}' is not a complete JSON file (line {exc.lineno}, column {exc.colno})."
        ) from None
    except _Bad as exc:
        raise InvalidFile(str(exc)) from None
    except RecursionError:
        raise InvalidFile(f"'{name}' is nested too deeply to be a FHIR file.") from None
    except ValueError:  # an integer of more than 4,300 digits (Python's conversion limit)
        raise InvalidFile(f"'{name}' has a number too long to be a FHIR value.") from None


def parse_bundle(
    bundle: object,
    existing_trackers: list[Tracker],
    name: str = "the file",
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Snapshot, list[str]]:
    """A Bundle as a snapshot ready for `insert_all`, plus notes for the person.

    Every entry is read before anything is returned; problems are collected as "entry N (Type):
    ..." and raised together as ValidationFailed, so the person can fix them in one go.
    """
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise InvalidFile(f"'{name}' is not a FHIR Bundle.")
    if bundle.get("type") != "collection":
        raise InvalidFile(f"'{name}' is a FHIR '{shown(bundle.get('type'), 20)}' Bundle; the "
                          "planner reads the 'collection' Bundles it makes.")
    entries = bundle.get("entry", [])
    if not isinstance(entries, list):
        raise InvalidFile(f"'{name}' is not a FHIR Bundle the planner can read.")
    if len(entries) > limits.max_rows:
        raise InvalidFile(f"'{name}' has more than {limits.max_rows:,} entries. Export a "
                          "shorter period and try again.")
    problems = Problems(limits)
    for problem in check_codes(bundle):
        where, _, message = problem.partition(": ")
        problems.add(where, message)

    grouped: dict[str, list[tuple[int, dict[str, Any]]]] = {k: [] for k in KNOWN_TYPES}
    seen_urls: dict[tuple[str, str], int] = {}
    for n, entry in enumerate(entries, start=1):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            problems.add(f"entry {n}", "has no resource")
            continue
        kind = resource.get("resourceType")
        if not isinstance(kind, str) or kind not in grouped:  # a list or object is no type
            problems.add(f"entry {n}", f"the planner cannot read a '{shown(kind, 30)}'")
            continue
        url = str(entry.get("fullUrl") or f"{kind}/{resource.get('id')}")
        meta = resource.get("meta")
        version = str(meta.get("versionId", "")) if isinstance(meta, dict) else ""
        if (url, version) in seen_urls:
            problems.add(f"entry {n} ({kind})",
                         f"repeats entry {seen_urls[(url, version)]} (the same id twice)")
            continue
        seen_urls[(url, version)] = n
        grouped[str(kind)].append((n, resource))

    def read(kind: str, n: int, reader: Callable[[], Any]) -> Any:
        try:
            return reader()
        except _Bad as exc:
            problems.add(f"entry {n} ({kind})", str(exc))
        except ValidationError as exc:
            problems.add(f"entry {n} ({kind})", describe_error(exc))
        except ValueError as exc:  # domain validators and answer checks
            problems.add(f"entry {n} ({kind})", str(exc))
        return None

    person: Person | None = None
    pid: UUID | None = None
    patient_refs: set[str] = set()
    patients = grouped["Patient"]
    if len(patients) > 1:
        problems.add(f"entry {patients[1][0]} (Patient)", "the file is about more than one person")
    for n, resource in patients[:1]:
        found = read("Patient", n, partial(_read_person, resource))
        if found is not None:
            person, pid = found
            patient_refs = {f"urn:uuid:{pid}", f"Patient/{resource.get('id')}"}
            full_url = next((e.get("fullUrl") for e in entries if isinstance(e, dict)
                             and e.get("resource") is resource), None)
            if isinstance(full_url, str):
                patient_refs.add(full_url)

    notes: list[str] = []
    by_key = {t.key: t for t in existing_trackers}
    by_id = {t.id: t for t in existing_trackers}
    new_trackers: dict[UUID, Tracker] = {}
    for n, resource in grouped["ObservationDefinition"]:
        tracker = read("ObservationDefinition", n, partial(_read_tracker, resource))
        if tracker is None:
            continue
        have = by_key.get(tracker.key)
        if have is not None:
            if have.kind is not tracker.kind:
                problems.add(f"entry {n} (ObservationDefinition)",
                             f"this profile's tracker '{tracker.key}' holds a different kind "
                             "of value")
            continue  # the profile's own tracker with this name is used
        if tracker.id in by_id or tracker.id in new_trackers:
            problems.add(f"entry {n} (ObservationDefinition)", "the same tracker id is "
                         "used for two trackers")
            continue
        new_trackers[tracker.id] = tracker
        by_key[tracker.key] = tracker
    ctx = _Context(by_key, new_trackers, patient_refs)

    goals = [read("Goal", n, partial(_read_goal, r, ctx)) for n, r in grouped["Goal"]]
    plans = [read("CarePlan", n, partial(_read_plan, r, ctx)) for n, r in grouped["CarePlan"]]
    responses = []
    for n, resource in grouped["QuestionnaireResponse"]:
        response = read("QuestionnaireResponse", n, partial(_read_response, resource, ctx))
        if response is not None:
            try:
                validate_response(response)
            except AnswerError as exc:
                problems.add(f"entry {n} (QuestionnaireResponse)", str(exc))
                continue
        responses.append(response)
    entries_out = []
    skipped = 0
    for n, resource in grouped["Observation"]:
        if resource.get("derivedFrom") is not None:
            continue  # a questionnaire's total score: recomputed from the response
        if resource.get("status") in ("entered-in-error", "cancelled"):
            skipped += 1
            continue
        entries_out.append(read("Observation", n, partial(_read_observation, resource, ctx)))
    if skipped:
        notes.append(f"{skipped:,} observations marked as mistakes were left out.")
    from planner.share import fhir_health, fhir_social

    health = fhir_health.read_health(grouped, read, patient_refs)
    referrals = fhir_social.read_social(grouped, read, patient_refs)
    problems.raise_if_any(f"'{name}'")
    snapshot = Snapshot(
        person=person,
        patient_id=pid,
        trackers=tuple(new_trackers.values()),
        log_entries=tuple(e for e in entries_out if e is not None),
        goals=tuple(g for g in goals if g is not None),
        plan_versions=tuple(p for p in plans if p is not None),
        questionnaires=tuple(q for q in responses if q is not None),
        medicines=tuple(health.medicines),
        appointments=tuple(health.appointments),
        summary=health.summary(),
        referrals=tuple(referrals),
    )
    return snapshot, notes


def read_bundle_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> Any:
    name = file_name(path)
    text = decode_utf8(read_limited(path, limits.max_file_bytes, limits), name, JSON_ADVICE)
    return _load_json(text, name)


JSON_ADVICE = "A FHIR file is JSON saved as UTF-8: export it again from where it was made."


def import_fhir(vault: Vault, path: Path, limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Read and check the whole Bundle, then add it in one transaction (or nothing)."""
    bundle = read_bundle_file(path, limits)
    snapshot, notes = parse_bundle(
        bundle, vault.trackers.all(include_archived=True), file_name(path), limits
    )
    if vault.person.get() is not None and snapshot.person is not None:
        notes.append("Your own details in this profile were kept.")
    return write_snapshot(vault, snapshot, "FHIR", notes)
