"""ObservationDefinition: one per tracker (what the person measures, its unit and range).

FHIR R4 Observations cannot point at a definition, so each Observation carries the tracker's
short name as a coding in the app's own code system (`tracker_concept`); the definitions let a
round trip rebuild trackers that have no entries in the chosen period. Read before anything
that names a tracker, so goals and observations can find the file's new trackers.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.tracker import Tracker, TrackerKind
from planner.share.fhir.base import BASE, TRACKER_SYSTEM, Reading, Writing
from planner.share.fhir.checks import (
    LOINC,
    UCUM,
    CodeCheck,
    _Bad,
    _code_in,
    _codings,
    _ext_value,
    _list,
    _number,
    _obj,
    _opt_text,
    _text,
    _uuid,
    each,
    loinc_is_valid,
    node,
    ucum,
)

TYPES = ("ObservationDefinition",)
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-permitted-data-type.html
    "ObservationDefinition.permittedDataType": frozenset({
        "Quantity", "CodeableConcept", "string", "boolean", "integer", "Range", "Ratio",
        "SampledData", "time", "dateTime", "Period",
    }),
    # http://hl7.org/fhir/R4/valueset-observation-range-category.html
    "ObservationDefinition.qualifiedInterval.category": frozenset({
        "reference", "critical", "absolute",
    }),
}


EXT_ARCHIVED = f"{BASE}/StructureDefinition/tracker-archived"
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
DATA_TYPES = {
    TrackerKind.NUMERIC: "Quantity",
    TrackerKind.SCALE: "integer",
    TrackerKind.YES_NO: "boolean",
    TrackerKind.TEXT: "string",
}


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


def write(out: Writing) -> None:
    out.resources += [_definition(t) for t in out.snapshot.trackers]


def read(inp: Reading) -> None:
    """The file's trackers: a tracker this profile already has (by name) is used instead."""
    by_key = inp.trackers_by_key = {t.key: t for t in inp.existing_trackers}
    by_id = {t.id: t for t in inp.existing_trackers}
    new_trackers: dict[UUID, Tracker] = inp.new_trackers
    for n, resource in inp.grouped["ObservationDefinition"]:
        tracker = inp.read("ObservationDefinition", n, partial(_read_tracker, resource))
        if tracker is None:
            continue
        have = by_key.get(tracker.key)
        if have is not None:
            if have.kind is not tracker.kind:
                inp.problems.add(f"entry {n} (ObservationDefinition)",
                                 f"this profile's tracker '{tracker.key}' holds a different "
                                 "kind of value")
            continue  # the profile's own tracker with this name is used
        if tracker.id in by_id or tracker.id in new_trackers:
            inp.problems.add(f"entry {n} (ObservationDefinition)", "the same tracker id is "
                             "used for two trackers")
            continue
        new_trackers[tracker.id] = tracker
        by_key[tracker.key] = tracker


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    for data_type in each(resource.get("permittedDataType")):
        check.expect("ObservationDefinition.permittedDataType", data_type)
    for interval in each(resource.get("qualifiedInterval")):
        interval = node(interval)
        check.expect("ObservationDefinition.qualifiedInterval.category",
                     interval.get("category"))
        span = node(interval.get("range"))
        check.quantity(span.get("low"))
        check.quantity(span.get("high"))
    check.loinc_codes(resource.get("code"))
    return check.problems
