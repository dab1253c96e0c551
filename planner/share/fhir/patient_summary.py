"""The rest of the health summary, on the Patient: written and read (#13).

Communication needs, the carer's name and "about me" in extensions under the app's namespace,
emergency contacts as `Patient.contact`. Its own module (and its own place in
`bundle.FAMILIES`) because the Bundle reads it after the appointments, as it always has, so a
file's problems are listed in the same order.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from planner.domain.summary import EmergencyContact, HealthSummary
from planner.share.fhir.base import BASE, Reading, Writing
from planner.share.fhir.checks import _ext_value, _list, _obj, _opt_text, _text

TYPES: tuple[str, ...] = ()  # it reads the Patient, which `patient` groups and checks
VALUE_SETS: dict[str, frozenset[str]] = {}


EXT_COMMUNICATION = f"{BASE}/StructureDefinition/communication-needs"
EXT_CARER = f"{BASE}/StructureDefinition/carer"
EXT_ABOUT_ME = f"{BASE}/StructureDefinition/about-me"


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


def write(out: Writing) -> None:
    if out.snapshot.summary is not None:
        add_summary_to_patient(out.patient, out.snapshot.summary)


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["Patient"][:1]:
        fields = inp.read("Patient", n, partial(read_summary_from_patient, resource))
        if fields:
            inp.summary.update(fields)


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    return []
