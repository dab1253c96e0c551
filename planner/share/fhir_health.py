"""FHIR R4 for issue #13: medicines, allergies, conditions and appointments, written and read.

One resource family per pair of functions, writer beside reader, the shape DESIGN.md asks
`planner/share/fhir/` to take; `fhir.py` (the Bundle) calls these when it writes and reads.

- MedicationStatement (UK Core): the medicine as coded where the person gave a dm+d or SNOMED CT
  id (dm+d, https://dmd.nhs.uk, for ids in the NHS dm+d namespace 1000001; SNOMED CT otherwise),
  as the person's own name otherwise (`text`); status `stopped` (with `statusReason`),
  `completed` once the course has ended, else `active`; `effectivePeriod`; a `dosage` with
  plain `text` and a `timing` (times of day, days of the week, bounds), or `asNeededBoolean`.
- AllergyIntolerance (UK Core): type allergy or intolerance, the substance, the reaction's
  manifestation as text and its severity. A reaction with a severity but no words says so with
  the `data-absent-reason` extension rather than inventing words.
- Condition (UK Core): a problem-list item, clinicalStatus active or resolved, onset, code.
- Appointment (UK Core): booked, fulfilled (it is over) or cancelled; start and end; the
  patient and the clinician (as text) as participants, the place as a Location participant by
  name; notes afterwards in `comment`.
- The rest of the health summary (communication needs, the carer's name, "about me", emergency
  contacts) goes on the Patient: contacts as `Patient.contact`, the words in extensions.

What FHIR has no field for (strength, form, stock, questions to ask, follow-ups) travels in
extensions under the app's namespace, so a round trip gives back exactly what was written.
SNOMED CT and dm+d ids are checked by `check_codes` with the same rule as the app's forms
(partition and Verhoeff check digit, `planner.domain.codes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.appointment import Appointment
from planner.domain.codes import check_concept_id
from planner.domain.medicine import Medicine, MedicineForm
from planner.domain.summary import (
    Allergy,
    AllergySeverity,
    Condition,
    EmergencyContact,
    HealthSummary,
)
from planner.share.fhir import (
    BASE,
    DAYS,
    _Bad,
    _code_in,
    _codings,
    _date,
    _datetime,
    _ext_value,
    _extensions,
    _full_time,
    _list,
    _obj,
    _opt_text,
    _ref,
    _sub,
    _sub_values,
    _text,
    _uuid,
)

UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"
PROFILES = {
    "MedicationStatement": f"{UK_CORE}MedicationStatement",
    "AllergyIntolerance": f"{UK_CORE}AllergyIntolerance",
    "Condition": f"{UK_CORE}Condition",
    "Appointment": f"{UK_CORE}Appointment",
}
SNOMED = "http://snomed.info/sct"
DMD = "https://dmd.nhs.uk"
DMD_NAMESPACE = "1000001"  # the NHS dm+d extension's namespace identifier
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"

EXT_MEDICINE = f"{BASE}/StructureDefinition/medicine"
EXT_QUESTION = f"{BASE}/StructureDefinition/appointment-question"
EXT_FOLLOW_UP = f"{BASE}/StructureDefinition/appointment-follow-up"
EXT_COMMUNICATION = f"{BASE}/StructureDefinition/communication-needs"
EXT_CARER = f"{BASE}/StructureDefinition/carer"
EXT_ABOUT_ME = f"{BASE}/StructureDefinition/about-me"

KNOWN_TYPES = tuple(PROFILES)

# The R4 value sets of the codes written here (checked by `check_codes` and the tests).
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-medication-statement-status.html
    "MedicationStatement.status": frozenset({
        "active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
        "unknown", "not-taken",
    }),
    # http://hl7.org/fhir/R4/valueset-allergyintolerance-clinical.html
    "AllergyIntolerance.clinicalStatus": frozenset({"active", "inactive", "resolved"}),
    # http://hl7.org/fhir/R4/valueset-allergy-intolerance-type.html
    "AllergyIntolerance.type": frozenset({"allergy", "intolerance"}),
    # http://hl7.org/fhir/R4/valueset-reaction-event-severity.html
    "AllergyIntolerance.reaction.severity": frozenset({"mild", "moderate", "severe"}),
    # http://hl7.org/fhir/R4/valueset-condition-clinical.html
    "Condition.clinicalStatus": frozenset({
        "active", "recurrence", "relapse", "inactive", "remission", "resolved",
    }),
    # http://hl7.org/fhir/R4/valueset-condition-category.html
    "Condition.category": frozenset({"problem-list-item", "encounter-diagnosis"}),
    # http://hl7.org/fhir/R4/valueset-appointmentstatus.html
    "Appointment.status": frozenset({
        "proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
        "entered-in-error", "checked-in", "waitlist",
    }),
    # http://hl7.org/fhir/R4/valueset-participationstatus.html
    "Appointment.participant.status": frozenset({
        "accepted", "declined", "tentative", "needs-action",
    }),
}


# -- codes ----------------------------------------------------------------------------------


def medicine_system(concept_id: str) -> str:
    """dm+d for ids minted in the NHS dm+d namespace (partition 10, namespace 1000001), SNOMED
    CT for the rest (core SNOMED CT ids, which dm+d also uses for many VTMs and VMPs)."""
    if concept_id[-3:-1] == "10" and concept_id[-10:-3] == DMD_NAMESPACE:
        return DMD
    return SNOMED


def _concept(concept_id: str | None, text: str, system: str = SNOMED) -> dict[str, Any]:
    concept: dict[str, Any] = {}
    if concept_id:
        concept["coding"] = [{"system": system, "code": concept_id}]
    concept["text"] = text
    return concept


def _read_concept(value: object, what: str) -> tuple[str, str | None]:
    """(text, concept id) from a CodeableConcept: the text, else a coding's display."""
    concept = _obj(value, what)
    codings = _codings(concept)
    concept_id = next((_text(c.get("code"), "a code") for c in codings
                       if c.get("system") in (SNOMED, DMD)), None)
    text = concept.get("text") or next((c.get("display") for c in codings
                                        if c.get("display")), None)
    if text is None:
        raise _Bad(f"{what} has no text or display the planner can show")
    if concept_id is not None:
        concept_id = check_concept_id(concept_id)
    return _text(text, what), concept_id


def _status(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def _status_code(value: object, system: str, what: str) -> str | None:
    for coding in _codings(value):
        if coding.get("system") == system:
            return _text(coding.get("code"), what)
    return None


# -- MedicationStatement -------------------------------------------------------------------


def _clock(at: time) -> str:
    return at.strftime("%H:%M:%S")


def dosage_text(medicine: Medicine) -> str:
    """"1 tablet at 08:00 and 20:00, every day" in plain words, for a reader without the app."""
    dose = medicine.dose or "As directed"
    if medicine.as_needed:
        return f"{dose}, when needed"
    times = [t.strftime("%H:%M") for t in sorted(medicine.times)]
    when = times[0] if len(times) == 1 else f"{', '.join(times[:-1])} and {times[-1]}"
    days = ("every day" if not medicine.weekdays else
            "on " + ", ".join(DAYS[d].capitalize() for d in sorted(medicine.weekdays)))
    return f"{dose} at {when}, {days}"


def medication_statement(medicine: Medicine, pid: UUID, today: date) -> dict[str, Any]:
    if medicine.stopped is not None:
        status = "stopped"
    elif medicine.course_end is not None and medicine.course_end < today:
        status = "completed"
    else:
        status = "active"
    period = {"start": medicine.started.isoformat()}
    end = medicine.stopped or medicine.course_end
    if end is not None:
        period["end"] = end.isoformat()
    extra = _sub(EXT_MEDICINE, [
        ("strength", "valueString", medicine.strength),
        ("form", "valueCode", medicine.form.value),
        ("dose", "valueString", medicine.dose),
        ("prescriber", "valueString", medicine.prescriber),
        ("courseEnd", "valueDate", medicine.course_end.isoformat()
         if medicine.course_end else None),
        ("stock", "valueInteger", medicine.stock),
        ("refillAt", "valueInteger", medicine.refill_at),
    ])
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": str(medicine.id),
        "meta": {"profile": [PROFILES["MedicationStatement"]]},
        "extension": [extra],
        "status": status,
    }
    if medicine.stopped is not None and medicine.stop_reason:
        resource["statusReason"] = [{"text": medicine.stop_reason}]
    resource["medicationCodeableConcept"] = _concept(
        medicine.concept_id, medicine.name,
        medicine_system(medicine.concept_id) if medicine.concept_id else SNOMED)
    resource["subject"] = _ref(pid)
    resource["effectivePeriod"] = period
    if medicine.prescriber:
        resource["informationSource"] = {"display": medicine.prescriber}
    if medicine.reason:
        resource["reasonCode"] = [{"text": medicine.reason}]
    dosage: dict[str, Any] = {"text": dosage_text(medicine)}
    if medicine.as_needed:
        dosage["asNeededBoolean"] = True
    else:
        repeat: dict[str, Any] = {
            "boundsPeriod": period,
            "frequency": len(medicine.times),
            "period": 1,
            "periodUnit": "d",
            "timeOfDay": [_clock(t) for t in sorted(medicine.times)],
        }
        if medicine.weekdays:
            repeat["dayOfWeek"] = [DAYS[d] for d in sorted(medicine.weekdays)]
        dosage["timing"] = {"repeat": repeat}
    resource["dosage"] = [dosage]
    return resource


def _read_time(value: object) -> time:
    text = _text(value, "a time of day")
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise _Bad(f"'{text[:20]}' is not a time of day like 08:00:00") from None


def read_medication_statement(resource: dict[str, Any]) -> Medicine:
    status = resource.get("status")
    if not _code_in(status, VALUE_SETS["MedicationStatement.status"]):
        raise _Bad("the status is not a MedicationStatement status")
    name, concept_id = _read_concept(resource.get("medicationCodeableConcept"), "the medicine")
    period = _obj(resource.get("effectivePeriod") or {}, "effectivePeriod")
    if period.get("start") is None:
        raise _Bad("it does not say when the medicine was started")
    extra = _sub_values(resource, EXT_MEDICINE) or {}
    stopped = reason = None
    if status == "stopped":
        stopped = _date(period.get("end"), "the stop date") if period.get("end") else None
        reasons = _list(resource.get("statusReason"), "statusReason")
        reason = _opt_text(_obj(reasons[0], "statusReason").get("text"), "the reason") \
            if reasons else ""
    course_end = extra.get("courseEnd")
    dosages = _list(resource.get("dosage"), "dosage")
    dosage = _obj(dosages[0], "dosage") if dosages else {}
    as_needed = dosage.get("asNeededBoolean") is True
    times: list[time] = []
    weekdays: list[int] = []
    if not as_needed and dosage.get("timing") is not None:
        repeat = _obj(_obj(dosage["timing"], "timing").get("repeat") or {}, "the repeat")
        times = [_read_time(t) for t in _list(repeat.get("timeOfDay"), "timeOfDay")]
        for day in _list(repeat.get("dayOfWeek"), "dayOfWeek"):
            if not _code_in(day, DAYS):
                raise _Bad(f"'{str(day)[:10]}' is not a day of the week")
            weekdays.append(DAYS.index(day))
    reasons_for = _list(resource.get("reasonCode"), "reasonCode")
    form = extra.get("form", MedicineForm.OTHER.value)
    if not _code_in(form, {f.value for f in MedicineForm}):
        raise _Bad("the form of the medicine is not one the planner knows")
    source = resource.get("informationSource")
    prescriber = extra.get("prescriber")
    if prescriber is None and source is not None:
        prescriber = _obj(source, "informationSource").get("display")
    return Medicine(
        id=_uuid("MedicationStatement", resource.get("id")),
        name=name,
        strength=_opt_text(extra.get("strength"), "the strength"),
        form=MedicineForm(form),
        dose=_opt_text(extra.get("dose"), "the dose"),
        times=tuple(times),
        weekdays=tuple(weekdays),
        as_needed=as_needed,
        reason=_opt_text(_obj(reasons_for[0], "reasonCode").get("text"), "the reason")
        if reasons_for else "",
        prescriber=_opt_text(prescriber, "the prescriber"),
        started=_date(period["start"], "the start date"),
        course_end=_date(course_end, "the course end") if course_end is not None else None,
        stopped=stopped,
        stop_reason=reason or "",
        concept_id=concept_id,
        stock=_whole(extra.get("stock"), "the stock"),
        refill_at=_whole(extra.get("refillAt"), "the refill level"),
    )


def _whole(value: object, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"{what} should be a whole number")
    return value


# -- AllergyIntolerance --------------------------------------------------------------------


def allergy_intolerance(allergy: Allergy, pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "AllergyIntolerance",
        "id": str(allergy.id),
        "meta": {"profile": [PROFILES["AllergyIntolerance"]]},
        "clinicalStatus": _status(ALLERGY_CLINICAL, "active"),
        "type": "intolerance" if allergy.intolerance else "allergy",
        "code": _concept(allergy.concept_id, allergy.substance),
        "patient": _ref(pid),
    }
    if allergy.reaction or allergy.severity is not None:
        manifestation: dict[str, Any] = (
            {"text": allergy.reaction} if allergy.reaction
            else {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]})
        reaction: dict[str, Any] = {"manifestation": [manifestation]}
        if allergy.severity is not None:
            reaction["severity"] = allergy.severity.value
        resource["reaction"] = [reaction]
    return resource


def read_allergy_intolerance(resource: dict[str, Any]) -> Allergy:
    kind = resource.get("type", "allergy")
    if not _code_in(kind, VALUE_SETS["AllergyIntolerance.type"]):
        raise _Bad("the type is neither allergy nor intolerance")
    substance, concept_id = _read_concept(resource.get("code"), "the substance")
    reaction_text = ""
    severity = None
    reactions = _list(resource.get("reaction"), "reaction")
    if reactions:
        reaction = _obj(reactions[0], "reaction")
        words = [_obj(m, "manifestation").get("text")
                 for m in _list(reaction.get("manifestation"), "manifestation")]
        reaction_text = ", ".join(_text(w, "the reaction") for w in words if w is not None)
        raw = reaction.get("severity")
        if raw is not None:
            if not _code_in(raw, {s.value for s in AllergySeverity}):
                raise _Bad("the severity is not mild, moderate or severe")
            severity = AllergySeverity(raw)
    return Allergy(
        id=_uuid("AllergyIntolerance", resource.get("id")),
        substance=substance,
        reaction=reaction_text,
        severity=severity,
        intolerance=kind == "intolerance",
        concept_id=concept_id,
    )


# -- Condition ----------------------------------------------------------------------------


def condition(item: Condition, pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "id": str(item.id),
        "meta": {"profile": [PROFILES["Condition"]]},
        "clinicalStatus": _status(CONDITION_CLINICAL,
                                  "resolved" if item.resolved else "active"),
        "category": [_status(CONDITION_CATEGORY, "problem-list-item")],
        "code": _concept(item.concept_id, item.name),
        "subject": _ref(pid),
    }
    if item.onset is not None:
        resource["onsetDateTime"] = item.onset.isoformat()
    if item.note:
        resource["note"] = [{"text": item.note}]
    return resource


def read_condition(resource: dict[str, Any]) -> Condition:
    name, concept_id = _read_concept(resource.get("code"), "the condition")
    status = _status_code(resource.get("clinicalStatus"), CONDITION_CLINICAL,
                          "the clinical status")
    onset = resource.get("onsetDateTime")
    notes = [_opt_text(_obj(n, "a note").get("text"), "a note")
             for n in _list(resource.get("note"), "note")]
    return Condition(
        id=_uuid("Condition", resource.get("id")),
        name=name,
        onset=_date(onset, "the onset") if onset is not None else None,
        concept_id=concept_id,
        note="\n\n".join(n for n in notes if n),
        resolved=status in ("resolved", "inactive", "remission"),
    )


# -- Appointment --------------------------------------------------------------------------


def appointment(item: Appointment, pid: UUID, now: datetime) -> dict[str, Any]:
    if item.cancelled:
        status = "cancelled"
    elif item.ends <= now:
        status = "fulfilled"
    else:
        status = "booked"
    extensions = [{"url": EXT_QUESTION, "valueString": q} for q in item.questions]
    extensions += [{"url": EXT_FOLLOW_UP, "valueString": f} for f in item.follow_ups]
    resource: dict[str, Any] = {
        "resourceType": "Appointment",
        "id": str(item.id),
        "meta": {"profile": [PROFILES["Appointment"]]},
    }
    if extensions:
        resource["extension"] = extensions
    resource.update({
        "status": status,
        "description": item.what_for,
        "start": _full_time(item.at),
        "end": _full_time(item.ends),
    })
    if item.notes:
        resource["comment"] = item.notes
    participants: list[dict[str, Any]] = [{"actor": _ref(pid), "status": "accepted"}]
    if item.with_whom:
        participants.append({"actor": {"display": item.with_whom}, "status": "accepted"})
    if item.where:
        participants.append({"actor": {"type": "Location", "display": item.where},
                             "status": "accepted"})
    resource["participant"] = participants
    return resource


def read_appointment(resource: dict[str, Any], patient_refs: set[str]) -> Appointment:
    status = resource.get("status")
    if not _code_in(status, VALUE_SETS["Appointment.status"]):
        raise _Bad("the status is not an Appointment status")
    start = _datetime(resource.get("start"), "the start")
    end = _datetime(resource.get("end"), "the end") if resource.get("end") else None
    with_whom = where = ""
    for participant in _list(resource.get("participant"), "participant"):
        actor = _obj(_obj(participant, "participant").get("actor") or {}, "actor")
        reference = actor.get("reference")
        if reference is not None:
            if patient_refs and not _code_in(reference, patient_refs):
                raise _Bad("this is about a different person than the rest of the file")
            continue
        if actor.get("type") == "Location":
            where = _opt_text(actor.get("display"), "the place")
        else:
            with_whom = _opt_text(actor.get("display"), "who it is with")
    fields: dict[str, Any] = {}
    if end is not None:
        fields["duration"] = end - start
    return Appointment(
        id=_uuid("Appointment", resource.get("id")),
        at=start,
        what_for=_text(resource.get("description"), "what it is for"),
        with_whom=with_whom,
        where=where,
        questions=tuple(_text(e.get("valueString"), "a question")
                        for e in _extensions(resource, EXT_QUESTION)),
        notes=_opt_text(resource.get("comment"), "the notes"),
        follow_ups=tuple(_text(e.get("valueString"), "a follow-up")
                         for e in _extensions(resource, EXT_FOLLOW_UP)),
        cancelled=status == "cancelled",
        **fields,
    )


# -- the rest of the summary, on the Patient ------------------------------------------------


def add_summary_to_patient(patient: dict[str, Any], summary: HealthSummary) -> None:
    extensions = [{"url": url, "valueString": text} for url, text in (
        (EXT_COMMUNICATION, summary.communication_needs),
        (EXT_CARER, summary.carer),
        (EXT_ABOUT_ME, summary.about_me),
    ) if text]
    if extensions:
        patient["extension"] = [*patient.get("extension", []), *extensions]
    contacts = []
    for person in summary.contacts:
        contact: dict[str, Any] = {}
        if person.relationship:
            contact["relationship"] = [{"text": person.relationship}]
        contact["name"] = {"text": person.name}
        if person.phone:
            contact["telecom"] = [{"system": "phone", "value": person.phone}]
        contacts.append(contact)
    if contacts:
        patient["contact"] = contacts


def read_summary_from_patient(patient: dict[str, Any]) -> dict[str, Any]:
    """The summary's fields the Patient carries (for `HealthSummary(**...)`)."""
    found: dict[str, Any] = {}
    for key, url in (("communication_needs", EXT_COMMUNICATION), ("carer", EXT_CARER),
                     ("about_me", EXT_ABOUT_ME)):
        value = _ext_value(patient, url, "valueString")
        if value is not None:
            found[key] = _text(value, key.replace("_", " "))
    contacts = []
    for contact in _list(patient.get("contact"), "contact"):
        contact = _obj(contact, "a contact")
        relationships = _list(contact.get("relationship"), "relationship")
        phone = ""
        for point in _list(contact.get("telecom"), "telecom"):
            point = _obj(point, "telecom")
            if point.get("system") == "phone":
                phone = _text(point.get("value"), "a phone number")
        contacts.append(EmergencyContact(
            name=_text(_obj(contact.get("name") or {}, "name").get("text"), "the contact's name"),
            relationship=_opt_text(_obj(relationships[0], "relationship").get("text"),
                                   "the relationship") if relationships else "",
            phone=phone,
        ))
    if contacts:
        found["contacts"] = tuple(contacts)
    return found


# -- the Bundle's side ----------------------------------------------------------------------


def health_resources(
    medicines: Iterable[Medicine], appointments: Iterable[Appointment],
    summary: HealthSummary | None, pid: UUID, now: datetime,
) -> list[dict[str, Any]]:
    """Every #13 resource of a profile, in the order a reader meets them in the Bundle."""
    today = now.date()
    out = [medication_statement(m, pid, today) for m in medicines]
    if summary is not None:
        out += [allergy_intolerance(a, pid) for a in summary.allergies]
        out += [condition(c, pid) for c in summary.conditions]
    out += [appointment(a, pid, now) for a in appointments]
    return out


@dataclass
class HealthPart:
    """What a Bundle's #13 resources read back as."""

    medicines: list[Medicine] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    allergies: list[Allergy] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    patient_fields: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> HealthSummary | None:
        """The summary, or None when the file carries none of it."""
        if not (self.allergies or self.conditions or self.patient_fields):
            return None
        return HealthSummary(conditions=tuple(self.conditions),
                             allergies=tuple(self.allergies), **self.patient_fields)


def read_health(
    grouped: dict[str, list[tuple[int, dict[str, Any]]]],
    read: Callable[[str, int, Callable[[], Any]], Any],
    patient_refs: set[str],
) -> HealthPart:
    """Read the #13 resources of `grouped` (resource type -> [(entry number, resource)])
    through the Bundle reader's `read`, which collects each entry's problem."""
    part = HealthPart()

    def subject(resource: dict[str, Any], key: str) -> None:
        ref = resource.get(key)
        if ref is not None and patient_refs and not _code_in(
            _obj(ref, key).get("reference"), patient_refs
        ):
            raise _Bad("this is about a different person than the rest of the file")

    def checked(key: str, reader: Callable[[dict[str, Any]], Any], resource: dict[str, Any]
                ) -> Callable[[], Any]:
        def run() -> Any:
            subject(resource, key)
            return reader(resource)
        return run

    for n, resource in grouped.get("MedicationStatement", []):
        found = read("MedicationStatement", n,
                     checked("subject", read_medication_statement, resource))
        if found is not None:
            part.medicines.append(found)
    for n, resource in grouped.get("AllergyIntolerance", []):
        found = read("AllergyIntolerance", n,
                     checked("patient", read_allergy_intolerance, resource))
        if found is not None:
            part.allergies.append(found)
    for n, resource in grouped.get("Condition", []):
        found = read("Condition", n, checked("subject", read_condition, resource))
        if found is not None:
            part.conditions.append(found)
    for n, resource in grouped.get("Appointment", []):
        found = read("Appointment", n, partial(read_appointment, resource, patient_refs))
        if found is not None:
            part.appointments.append(found)
    for n, resource in grouped.get("Patient", [])[:1]:
        fields = read("Patient", n, partial(read_summary_from_patient, resource))
        if fields:
            part.patient_fields = fields
    return part


# -- code checks ----------------------------------------------------------------------------


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    """Problems with the codes of one #13 resource (entry `n`): value sets, SNOMED CT / dm+d
    ids by partition and check digit. [] when every code is right."""
    kind = resource.get("resourceType")
    where = f"entry {n} ({kind})"
    problems: list[str] = []

    def expect(value_set: str, value: object) -> None:
        if value is not None and not (isinstance(value, str)
                                      and value in VALUE_SETS[value_set]):
            problems.append(f"{where}: '{str(value)[:40]}' is not an allowed {value_set}")

    def node(value: object) -> dict[str, Any]:
        return value if isinstance(value, dict) else {}

    def each(value: object) -> list[Any]:
        return value if isinstance(value, list) else []

    def codings(value: object) -> list[dict[str, Any]]:
        return [node(c) for c in each(node(value).get("coding"))]

    def concept_ids(value: object) -> None:
        for coding in codings(value):
            if coding.get("system") in (SNOMED, DMD):
                try:
                    check_concept_id(str(coding.get("code")))
                except ValueError as exc:
                    problems.append(f"{where}: '{str(coding.get('code'))[:20]}': {exc}")

    def status(value_set: str, value: object, system: str) -> None:
        for coding in codings(value):
            if coding.get("system") == system:
                expect(value_set, coding.get("code"))

    if kind == "MedicationStatement":
        expect("MedicationStatement.status", resource.get("status"))
        concept_ids(resource.get("medicationCodeableConcept"))
        for dosage in each(resource.get("dosage")):
            repeat = node(node(node(dosage).get("timing")).get("repeat"))
            for day in each(repeat.get("dayOfWeek")):
                if day not in DAYS:
                    problems.append(f"{where}: '{str(day)[:10]}' is not an allowed "
                                    "Timing.repeat.dayOfWeek")
    elif kind == "AllergyIntolerance":
        status("AllergyIntolerance.clinicalStatus", resource.get("clinicalStatus"),
               ALLERGY_CLINICAL)
        expect("AllergyIntolerance.type", resource.get("type"))
        concept_ids(resource.get("code"))
        for reaction in each(resource.get("reaction")):
            expect("AllergyIntolerance.reaction.severity", node(reaction).get("severity"))
    elif kind == "Condition":
        status("Condition.clinicalStatus", resource.get("clinicalStatus"), CONDITION_CLINICAL)
        for category in each(resource.get("category")):
            status("Condition.category", category, CONDITION_CATEGORY)
        concept_ids(resource.get("code"))
    elif kind == "Appointment":
        expect("Appointment.status", resource.get("status"))
        for participant in each(resource.get("participant")):
            expect("Appointment.participant.status", node(participant).get("status"))
    return problems
