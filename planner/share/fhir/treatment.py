"""Treatment referrals (issue #25) as **ServiceRequest** resources (UK Core ServiceRequest).

A referral for consultant-led treatment is a request for a service on the person's behalf,
which is what a ServiceRequest is; it is kept apart from the social-prescribing referral
(`social.py`) by its category: SNOMED CT 3457005 "Patient referral" and the app's kind code
`treatment-referral` (`base.KIND_SYSTEM`), which the social reader passes by.

- `status` `active` while waiting, `completed` once treatment started; `intent` `order`.
- `code.text` what it is for; `authoredOn` the day of the referral; `requester` who
  referred, by name; `performer` the provider chosen, by name.
- `identifier` the NHS e-Referral Service booking reference (UBRN) under
  `https://fhir.nhs.uk/Id/UBRN`, the system NHS England's e-RS FHIR API uses.
- `occurrencePeriod` the 18-week clock: `start` the day it started, `end` the day
  treatment started.
- The choices offered, why the provider was chosen and the appointment dates travel in
  extensions under the app's namespace; `note` holds the person's notes.

`TYPES` is empty: ServiceRequest is the social family's type (its code checks cover these
resources too); this family reads the ServiceRequests that carry its kind.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.treatment import TreatmentReferral
from planner.share.fhir.base import (
    BASE,
    TREATMENT_KIND,
    UK_CORE,
    Reading,
    Writing,
    _ref,
    has_kind,
    kind_category,
)
from planner.share.fhir.checks import (
    SNOMED,
    _date,
    _extensions,
    _list,
    _obj,
    _opt_text,
    _text,
    _uuid,
)

TYPES: tuple[str, ...] = ()
VALUE_SETS: dict[str, frozenset[str]] = {}
PROFILE = f"{UK_CORE}ServiceRequest"
UBRN_SYSTEM = "https://fhir.nhs.uk/Id/UBRN"
PATIENT_REFERRAL = "3457005"  # SNOMED CT: patient referral (procedure)
EXT_OFFERED = f"{BASE}/StructureDefinition/treatment-choice-offered"
EXT_WHY = f"{BASE}/StructureDefinition/treatment-why-chosen"
EXT_APPOINTMENT = f"{BASE}/StructureDefinition/treatment-appointment-date"


def service_request(r: TreatmentReferral, pid: UUID) -> dict[str, Any]:
    extensions: list[dict[str, Any]] = [
        {"url": EXT_OFFERED, "valueString": c} for c in r.choices_offered]
    if r.why_chosen:
        extensions.append({"url": EXT_WHY, "valueString": r.why_chosen})
    extensions += [{"url": EXT_APPOINTMENT, "valueDate": d.isoformat()}
                   for d in r.appointment_dates]
    resource: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "id": str(r.id),
        "meta": {"profile": [PROFILE]},
    }
    if extensions:
        resource["extension"] = extensions
    if r.booking_ref:
        resource["identifier"] = [{"system": UBRN_SYSTEM, "value": r.booking_ref}]
    resource.update({
        "status": "completed" if r.treatment_started_on else "active",
        "intent": "order",
        "category": [
            {"coding": [{"system": SNOMED, "code": PATIENT_REFERRAL,
                         "display": "Patient referral"}]},
            kind_category(TREATMENT_KIND, "Referral for treatment"),
        ],
        "code": {"text": r.what_for},
        "subject": _ref(pid),
        "occurrencePeriod": {
            "start": r.starts.isoformat(),
            **({"end": r.treatment_started_on.isoformat()} if r.treatment_started_on else {}),
        },
        "authoredOn": r.referred_on.isoformat(),
    })
    if r.referred_by:
        resource["requester"] = {"display": r.referred_by}
    if r.provider:
        resource["performer"] = [{"display": r.provider}]
    if r.notes:
        resource["note"] = [{"text": r.notes}]
    return resource


def read_service_request(resource: dict[str, Any], ctx: Reading) -> TreatmentReferral:
    ctx.check_subject(resource)
    referred_on = _date(resource.get("authoredOn"), "the referral date")
    period = _obj(resource.get("occurrencePeriod") or {}, "the wait")
    start = _date(period["start"], "the wait's start") if "start" in period else referred_on
    ubrn = None
    for ident in _list(resource.get("identifier"), "identifier"):
        ident = _obj(ident, "an identifier")
        if ident.get("system") == UBRN_SYSTEM:
            ubrn = _text(ident.get("value"), "the booking reference")
    requester = _obj(resource.get("requester") or {}, "the requester")
    performers = [_obj(p, "a performer") for p in _list(resource.get("performer"), "performer")]
    why = [e.get("valueString") for e in _extensions(resource, EXT_WHY)]
    return TreatmentReferral(
        id=_uuid("ServiceRequest", resource.get("id")),
        what_for=_text(_obj(resource.get("code"), "the code").get("text"), "what it is for"),
        referred_by=_opt_text(requester.get("display"), "who referred"),
        referred_on=referred_on,
        clock_start=None if start == referred_on else start,
        choices_offered=tuple(_text(e.get("valueString"), "a choice offered")
                              for e in _extensions(resource, EXT_OFFERED)),
        provider=_opt_text(performers[0].get("display"), "the provider") if performers else "",
        why_chosen=_opt_text(why[0], "why chosen") if why else "",
        booking_ref=ubrn,
        appointment_dates=tuple(_date(e.get("valueDate"), "an appointment date")
                                for e in _extensions(resource, EXT_APPOINTMENT)),
        treatment_started_on=_date(period["end"], "the day treatment started")
        if "end" in period else None,
        notes="\n\n".join(_opt_text(_obj(n, "a note").get("text"), "a note")
                          for n in _list(resource.get("note"), "note")),
    )


def write(out: Writing) -> None:
    out.resources += [service_request(r, out.pid) for r in out.snapshot.treatment_referrals]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped.get("ServiceRequest", []):
        if has_kind(resource, TREATMENT_KIND):
            inp.add("treatment_referrals", inp.read(
                "ServiceRequest", n, partial(read_service_request, resource, inp)))


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    """The social family checks ServiceRequest codes (see the module); nothing more here."""
    return []
