"""MedicationStatement (UK Core): the person's medicines, written and read (#13).

The medicine as coded where the person gave a dm+d or SNOMED CT id (dm+d, https://dmd.nhs.uk,
for ids in the NHS dm+d namespace 1000001; SNOMED CT otherwise), as the person's own name
otherwise (`text`); status `stopped` (with `statusReason`), `completed` once the course has
ended, else `active`; `effectivePeriod`; a `dosage` with plain `text` and a `timing` (times of
day, days of the week, bounds), or `asNeededBoolean`. What FHIR has no field for (strength,
form, stock) travels in an extension under the app's namespace. Ids are checked with the same
rule as the app's forms (partition and Verhoeff check digit, `planner.domain.codes`).
"""

from __future__ import annotations

from datetime import date, time
from typing import Any
from uuid import UUID

from planner.domain.medicine import Medicine, MedicineForm
from planner.share.fhir.base import (
    BASE,
    DAYS,
    UK_CORE,
    Reading,
    Writing,
    _concept,
    _ref,
    _sub,
)
from planner.share.fhir.checks import (
    DMD,
    SNOMED,
    CodeCheck,
    _Bad,
    _code_in,
    _date,
    _list,
    _obj,
    _opt_text,
    _read_concept,
    _sub_values,
    _text,
    _uuid,
    each,
    node,
)

TYPES = ("MedicationStatement",)
PROFILES = {"MedicationStatement": f"{UK_CORE}MedicationStatement"}


DMD_NAMESPACE = "1000001"  # the NHS dm+d extension's namespace identifier
EXT_MEDICINE = f"{BASE}/StructureDefinition/medicine"


VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-medication-statement-status.html
    "MedicationStatement.status": frozenset({
        "active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
        "unknown", "not-taken",
    }),
}


def medicine_system(concept_id: str) -> str:
    """dm+d for ids minted in the NHS dm+d namespace (partition 10, namespace 1000001), SNOMED
    CT for the rest (core SNOMED CT ids, which dm+d also uses for many VTMs and VMPs)."""
    if concept_id[-3:-1] == "10" and concept_id[-10:-3] == DMD_NAMESPACE:
        return DMD
    return SNOMED


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


def write(out: Writing) -> None:
    today = out.now.date()
    out.resources += [medication_statement(m, out.pid, today) for m in out.snapshot.medicines]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["MedicationStatement"]:
        inp.add("medicines", inp.read("MedicationStatement", n, inp.about_patient(
            "subject", read_medication_statement, resource)))


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    """Value sets, and SNOMED CT / dm+d ids by partition and check digit."""
    check = CodeCheck(n, resource, VALUE_SETS)
    check.listed("MedicationStatement.status", resource.get("status"))
    check.concept_ids(resource.get("medicationCodeableConcept"))
    for dosage in each(resource.get("dosage")):
        repeat = node(node(node(dosage).get("timing")).get("repeat"))
        for day in each(repeat.get("dayOfWeek")):
            if day not in DAYS:
                check.problems.append(f"{check.where}: '{str(day)[:10]}' is not an allowed "
                                      "Timing.repeat.dayOfWeek")
    return check.problems
