"""Observation: one per log entry in the chosen period, written and read.

With the LOINC code where the tracker has one (body weight 29463-7, steps 55423-8, ...) and
UCUM units. They go last in the Bundle (a year of a wearable is 20,000 of them), streamed from
the vault rather than built up in a snapshot. The questionnaires' total scores are
Observations too (written by `questionnaires`); they are skipped here on import because they
are recomputed from their QuestionnaireResponse.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import shown
from planner.share.fhir.base import BASE, OBSERVATION_CATEGORY, Reading, Writing
from planner.share.fhir.carers import author_in, carer_ref
from planner.share.fhir.checks import (
    CodeCheck,
    _Bad,
    _datetime,
    _ext_value,
    _list,
    _number,
    _obj,
    _opt_text,
    _text,
    _uuid,
    codings,
    each,
    ucum,
)
from planner.share.fhir.trackers import _quantity, tracker_concept
from planner.vault.logs import LogFilter

TYPES = ("Observation",)
VALUE_SETS: dict[str, frozenset[str]] = {
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
}


EXT_ENTRY_TEXT = f"{BASE}/StructureDefinition/entry-text"
VITAL_SIGNS = frozenset({"29463-7", "8480-6", "8462-4", "8867-4", "8310-5", "8302-2",
                         "39156-5", "2708-6", "9279-1"})
ACTIVITY = frozenset({"55423-8", "93832-4"})


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

    def __init__(self, pid: UUID, authors: dict[bytes, str] | None = None) -> None:
        self.pid = pid
        self.subject = f"urn:uuid:{pid}"
        self.authors = authors or {}
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
        author = self.authors.get(entry_id)
        if author is not None:
            resource["performer"] = [carer_ref(self.pid, author)]
        return resource


def _read_observation(resource: dict[str, Any], ctx: Reading) -> LogEntry:
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
        author=author_in(ctx, resource.get("performer")),
    )


def write(out: Writing) -> None:
    """The period's entries, streamed after every other resource."""

    def stream() -> Iterator[dict[str, Any]]:
        observations = _ObservationMaker(out.pid, out.vault.logs.authors())
        for tracker, row in out.vault.logs.iterate_rows(LogFilter(start=out.start, end=out.end)):
            yield observations.make(tracker, row)

    out.later.append(stream())


def read(inp: Reading) -> None:
    skipped = 0
    for n, resource in inp.grouped["Observation"]:
        if resource.get("derivedFrom") is not None:
            continue  # a questionnaire's total score: recomputed from the response
        if resource.get("status") in ("entered-in-error", "cancelled"):
            skipped += 1
            continue
        inp.add("log_entries",
                inp.read("Observation", n, partial(_read_observation, resource, inp)))
    if skipped:
        inp.notes.append(f"{skipped:,} observations marked as mistakes were left out.")


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    check.expect("Observation.status", resource.get("status"))
    for category in each(resource.get("category")):
        for coding in codings(category):
            if coding.get("system") == OBSERVATION_CATEGORY:
                check.expect("Observation.category", coding.get("code"))
    check.loinc_codes(resource.get("code"))
    check.quantity(resource.get("valueQuantity"))
    return check.problems
