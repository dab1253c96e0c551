"""The rest of the health summary, on the Patient: written and read (#13).

Communication needs, the carer's name and "about me" in extensions under the app's namespace,
emergency contacts as `Patient.contact`.

The ticked communication support (#23) goes two ways. A British Sign Language interpreter is a
language need, and FHIR has a place for those: `Patient.communication` with the BCP 47 code
`bfi` (British Sign Language) and the core `patient-interpreterRequired` extension, which any
GP system reads. Easy read, large print and someone to come along have no element of their own
in R4 (NHS England's Reasonable Adjustment Flag is a Spine-only Flag profile with its own
code system, not for a file a person carries), so every ticked need is also listed in a
repeating `communication-support` extension with the app's code, which is what this reader
takes back; the free text stays in `communication-needs`. Its own module (and its own place in
`bundle.FAMILIES`) because the Bundle reads it after the appointments, as it always has, so a
file's problems are listed in the same order.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from planner.domain.summary import CommunicationNeed, EmergencyContact, HealthSummary
from planner.share.fhir.base import BASE, Reading, Writing
from planner.share.fhir.checks import _ext_value, _list, _obj, _opt_text, _text

TYPES: tuple[str, ...] = ()  # it reads the Patient, which `patient` groups and checks
VALUE_SETS: dict[str, frozenset[str]] = {}


EXT_COMMUNICATION = f"{BASE}/StructureDefinition/communication-needs"
EXT_CARER = f"{BASE}/StructureDefinition/carer"
EXT_ABOUT_ME = f"{BASE}/StructureDefinition/about-me"
EXT_SUPPORT = f"{BASE}/StructureDefinition/communication-support"
EXT_INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
BSL = {"system": "urn:ietf:bcp:47", "code": "bfi", "display": "British Sign Language"}


def _support(patient: dict[str, Any], summary: HealthSummary) -> None:
    """The ticked communication support (see the module docstring)."""
    if not summary.communication_support:
        return
    patient["extension"] = [*patient.get("extension", []), *(
        {"url": EXT_SUPPORT, "valueCode": need.value} for need in summary.communication_support
    )]
    if CommunicationNeed.BSL_INTERPRETER in summary.communication_support:
        patient["extension"].append({"url": EXT_INTERPRETER, "valueBoolean": True})
        patient["communication"] = [*patient.get("communication", []), {
            "language": {"coding": [BSL], "text": BSL["display"]}, "preferred": True,
        }]


def _read_support(patient: dict[str, Any]) -> tuple[CommunicationNeed, ...]:
    needs: list[CommunicationNeed] = []
    for ext in _list(patient.get("extension"), "extension"):
        ext = _obj(ext, "an extension")
        if ext.get("url") != EXT_SUPPORT:
            continue
        code = _text(ext.get("valueCode"), "a communication need")
        try:
            need = CommunicationNeed(code)
        except ValueError:
            raise ValueError(f"{code!r} is not a communication need this app knows") from None
        if need not in needs:
            needs.append(need)
    return tuple(needs)


def add_summary_to_patient(patient: dict[str, Any], summary: HealthSummary) -> None:
    extensions = [{"url": url, "valueString": text} for url, text in (
        (EXT_COMMUNICATION, summary.communication_needs),
        (EXT_CARER, summary.carer),
        (EXT_ABOUT_ME, summary.about_me),
    ) if text]
    if extensions:
        patient["extension"] = [*patient.get("extension", []), *extensions]
    _support(patient, summary)
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
    support = _read_support(patient)
    if support:
        found["communication_support"] = support
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
