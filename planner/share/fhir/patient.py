"""The Patient: who the Bundle is about, written and read.

The person's chosen name, NHS number (system https://fhir.nhs.uk/Id/nhs-number), date of
birth and borough. The Patient id is kept across devices (see `bulk.patient_id`), so a GP
system that has seen one export recognises the next. Every other resource's subject points
here, so the reader learns first which references mean this person.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.person import Person, nhs_number_is_valid
from planner.share.fhir.base import Reading, Writing
from planner.share.fhir.checks import (
    CodeCheck,
    _date,
    _list,
    _obj,
    _opt_text,
    _text,
    _uuid,
    each,
    node,
)

TYPES = ("Patient",)
VALUE_SETS: dict[str, frozenset[str]] = {}


NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"


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


def write(out: Writing) -> None:
    out.patient = _patient(out.snapshot.person, out.pid, out.nhs_number, out.date_of_birth)
    out.resources.append(out.patient)


def read(inp: Reading) -> None:
    patients = inp.grouped["Patient"]
    if len(patients) > 1:
        inp.problems.add(f"entry {patients[1][0]} (Patient)",
                         "the file is about more than one person")
    for n, resource in patients[:1]:
        found = inp.read("Patient", n, partial(_read_person, resource))
        if found is not None:
            inp.person, inp.pid = found
            inp.patient_refs = {f"urn:uuid:{inp.pid}", f"Patient/{resource.get('id')}"}
            full_url = next((e.get("fullUrl") for e in inp.entries if isinstance(e, dict)
                             and e.get("resource") is resource), None)
            if isinstance(full_url, str):
                inp.patient_refs.add(full_url)


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    for ident in each(resource.get("identifier")):
        ident = node(ident)
        if ident.get("system") == NHS_NUMBER_SYSTEM and not nhs_number_is_valid(
            str(ident.get("value"))
        ):
            check.problems.append(f"{check.where}: the NHS number is not valid")
    return check.problems
