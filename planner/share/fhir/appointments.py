"""Appointment (UK Core): the person's appointments, written and read (#13).

Booked, fulfilled (it is over) or cancelled; start and end; the patient and the clinician (as
text) as participants, the place as a Location participant by name; notes afterwards in
`comment`. The questions to ask and the follow-ups travel in extensions under the app's
namespace, so a round trip gives back exactly what was written.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.appointment import Appointment
from planner.share.fhir.base import BASE, UK_CORE, Reading, Writing, _full_time, _ref
from planner.share.fhir.carers import carer_ref
from planner.share.fhir.checks import (
    CodeCheck,
    _Bad,
    _code_in,
    _datetime,
    _extensions,
    _list,
    _obj,
    _opt_text,
    _text,
    _uuid,
    each,
    node,
)

TYPES = ("Appointment",)
PROFILES = {"Appointment": f"{UK_CORE}Appointment"}


EXT_QUESTION = f"{BASE}/StructureDefinition/appointment-question"
EXT_FOLLOW_UP = f"{BASE}/StructureDefinition/appointment-follow-up"
# HL7 v3 ParticipationType "AUT" (author): the participant who wrote the appointment down.
AUTHOR = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                      "code": "AUT", "display": "author"}]}


VALUE_SETS: dict[str, frozenset[str]] = {
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
    if item.author:  # the carer who wrote it down (#24): there for the record, not the visit
        participants.append({"type": [AUTHOR], "actor": carer_ref(pid, item.author),
                             "required": "information-only", "status": "accepted"})
    resource["participant"] = participants
    return resource


def read_appointment(resource: dict[str, Any], patient_refs: set[str],
                     carers: dict[str, str] | None = None) -> Appointment:
    """`carers`: the file's RelatedPerson references -> carer names (read before this)."""
    status = resource.get("status")
    if not _code_in(status, VALUE_SETS["Appointment.status"]):
        raise _Bad("the status is not an Appointment status")
    start = _datetime(resource.get("start"), "the start")
    end = _datetime(resource.get("end"), "the end") if resource.get("end") else None
    with_whom = where = ""
    author: str | None = None
    for participant in _list(resource.get("participant"), "participant"):
        actor = _obj(_obj(participant, "participant").get("actor") or {}, "actor")
        reference = actor.get("reference")
        if reference is not None and carers and str(reference) in carers:
            author = carers[str(reference)]
            continue
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
        author=author,
        **fields,
    )


def write(out: Writing) -> None:
    out.resources += [appointment(a, out.pid, out.now) for a in out.snapshot.appointments]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["Appointment"]:
        inp.add("appointments", inp.read(
            "Appointment", n, partial(read_appointment, resource, inp.patient_refs,
                                      inp.carers)))


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    check.listed("Appointment.status", resource.get("status"))
    for participant in each(resource.get("participant")):
        check.listed("Appointment.participant.status", node(participant).get("status"))
    return check.problems
