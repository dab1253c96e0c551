"""ServiceRequest (UK Core), for issue #14: the social-prescribing referral, written and
read; and for the link worker's Bundle, the services chosen and the sessions gone to.

- The referral is a **ServiceRequest** (UK Core ServiceRequest profile) coded with SNOMED CT
  871731000000106 "referral to social prescribing service": status `active`, or `completed`
  once the referral is closed (with `occurrencePeriod` from the referral to its end); intent
  `order` when someone else referred the person, `plan` when they referred themself;
  `authoredOn` the day of the referral; `requester` the referrer by name (the Patient for a
  self-referral); `performer` the link worker by name, with the supporter's id as an
  identifier so a round trip links it to the plan's supporter again; `reasonCode.text` the
  reason in the person's words; `note` the "what matters to me" conversation. Who referred,
  and the check-in weeks, travel in extensions under the app's namespace, so a round trip
  gives back exactly what was written. It goes in the main export Bundle and is read back by
  the import.
- Only for the link worker's Bundle (`planner/share/link_worker.py`), not read back:
  each **chosen service** is a ServiceRequest too (intent `plan`, `basedOn` the referral, the
  directory service's id as an identifier, its weekly timing from the plan's action), because
  it is a request for a service on the person's behalf and sits under the referral; and each
  **session** is an **Observation** (category social-history, `valueBoolean` went or not,
  the reason for not going as a component, `basedOn` the chosen service). Not an Encounter:
  an Encounter is an interaction with a healthcare provider, needs a class and a service
  provider we do not know, and a walking group is neither; what we have is the person's own
  record of whether they went, which is what an Observation says.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.codes import check_concept_id
from planner.domain.plan import Action, Supporter
from planner.domain.social import (
    SOCIAL_PRESCRIBING_REFERRAL,
    Attendance,
    ChosenService,
    ReferredBy,
    SocialReferral,
)
from planner.share.fhir.base import (
    BASE,
    OBSERVATION_CATEGORY,
    TREATMENT_KIND,
    UK_CORE,
    Reading,
    Writing,
    _ref,
    has_kind,
)
from planner.share.fhir.care_plan import _timing
from planner.share.fhir.checks import (
    SNOMED,
    _Bad,
    _code_in,
    _codings,
    _date,
    _ext_value,
    _extensions,
    _list,
    _obj,
    _opt_text,
    _uuid,
)

TYPES = ("ServiceRequest",)


PROFILES = {"ServiceRequest": f"{UK_CORE}ServiceRequest"}
OBSERVATION_PROFILE = f"{UK_CORE}Observation"
EXT_REFERRED_BY = f"{BASE}/StructureDefinition/referred-by"
EXT_CHECKIN_WEEK = f"{BASE}/StructureDefinition/checkin-week"
EXT_SERVICE = f"{BASE}/StructureDefinition/chosen-service"
SUPPORTER_ID = "urn:ietf:rfc:3986"  # identifier system for the supporter's urn:uuid
DIRECTORY_SERVICE = f"{BASE}/directory-service"  # identifier system for directory ids
SOCIAL_CODES = f"{BASE}/CodeSystem/social-prescribing"
# The R4 value sets of the codes written here (checked by `check_codes` and the tests).
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-request-status.html
    "ServiceRequest.status": frozenset({
        "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown",
    }),
    # http://hl7.org/fhir/R4/valueset-request-intent.html
    "ServiceRequest.intent": frozenset({
        "proposal", "plan", "directive", "order", "original-order", "reflex-order",
        "filler-order", "instance-order", "option",
    }),
}
_REFERRER = {
    ReferredBy.GP: "GP",
    ReferredBy.LINK_WORKER: "Link worker",
    ReferredBy.OTHER: "Someone else",
}


def _referral_code() -> dict[str, Any]:
    return {
        "coding": [{"system": SNOMED, "code": SOCIAL_PRESCRIBING_REFERRAL,
                    "display": "Referral to social prescribing service"}],
        "text": "Referral to social prescribing service",
    }


# -- the referral -----------------------------------------------------------------------------


def service_request(
    referral: SocialReferral, pid: UUID, supporters: dict[UUID, Supporter]
) -> dict[str, Any]:
    """The referral as a UK Core ServiceRequest; `supporters` (the plan's, by id) names the
    link worker."""
    extensions: list[dict[str, Any]] = [
        {"url": EXT_REFERRED_BY, "valueCode": referral.referred_by.value}]
    extensions += [{"url": EXT_CHECKIN_WEEK, "valueInteger": w} for w in referral.checkin_weeks]
    resource: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "id": str(referral.id),
        "meta": {"profile": [PROFILES["ServiceRequest"]]},
        "extension": extensions,
        "status": "completed" if referral.closed_on is not None else "active",
        "intent": "plan" if referral.referred_by is ReferredBy.SELF else "order",
        "code": _referral_code(),
        "subject": _ref(pid),
    }
    if referral.closed_on is not None:
        resource["occurrencePeriod"] = {"start": referral.referred_on.isoformat(),
                                        "end": referral.closed_on.isoformat()}
    resource["authoredOn"] = referral.referred_on.isoformat()
    if referral.referred_by is ReferredBy.SELF:
        resource["requester"] = _ref(pid)
    else:
        resource["requester"] = {
            "display": referral.referrer_name or _REFERRER[referral.referred_by]}
    if referral.link_worker_id is not None:
        worker = supporters.get(referral.link_worker_id)
        performer: dict[str, Any] = {
            "identifier": {"system": SUPPORTER_ID, "value": f"urn:uuid:{referral.link_worker_id}"}}
        if worker is not None:
            performer["display"] = worker.name
        resource["performer"] = [performer]
    if referral.reason:
        resource["reasonCode"] = [{"text": referral.reason}]
    if referral.what_matters:
        resource["note"] = [{"text": referral.what_matters}]
    return resource


def is_referral(resource: dict[str, Any]) -> bool:
    return any(
        c.get("system") == SNOMED and c.get("code") == SOCIAL_PRESCRIBING_REFERRAL
        for c in _codings(resource.get("code"))
    )


def read_service_request(resource: dict[str, Any], patient_refs: set[str]) -> SocialReferral:
    """A social-prescribing referral back from its ServiceRequest."""
    if not is_referral(resource):
        raise _Bad("the planner reads social-prescribing referrals (SNOMED CT "
                   f"{SOCIAL_PRESCRIBING_REFERRAL}) only")
    subject = resource.get("subject")
    if subject is not None and patient_refs and not _code_in(
        _obj(subject, "the subject").get("reference"), patient_refs
    ):
        raise _Bad("this is about a different person than the rest of the file")
    requester = resource.get("requester")
    requester = _obj(requester, "the requester") if requester is not None else {}
    by_self = _code_in(requester.get("reference"), patient_refs) if patient_refs else False
    code = _ext_value(resource, EXT_REFERRED_BY, "valueCode")
    if _code_in(code, {r.value for r in ReferredBy}):
        referred_by = ReferredBy(code)
    else:
        referred_by = ReferredBy.SELF if by_self else ReferredBy.OTHER
    referrer = "" if by_self else _opt_text(requester.get("display"), "the requester's name")
    if referrer == _REFERRER.get(referred_by):
        referrer = ""  # written for a referrer with no name
    link_worker: UUID | None = None
    for performer in _list(resource.get("performer"), "performer")[:1]:
        ident = _obj(performer, "the performer").get("identifier")
        value = _obj(ident, "an identifier").get("value") if ident is not None else None
        if isinstance(value, str) and value.startswith("urn:uuid:"):
            link_worker = _uuid("RelatedPerson", value.removeprefix("urn:uuid:"))
    reasons = [_opt_text(_obj(r, "a reason").get("text"), "a reason")
               for r in _list(resource.get("reasonCode"), "reasonCode")]
    notes = [_opt_text(_obj(n, "a note").get("text"), "a note")
             for n in _list(resource.get("note"), "note")]
    weeks = [e.get("valueInteger") for e in _extensions(resource, EXT_CHECKIN_WEEK)]
    if not all(isinstance(w, int) and not isinstance(w, bool) for w in weeks):
        raise _Bad("a check-in week should be a whole number")
    closed: date | None = None
    if resource.get("status") in ("completed", "revoked"):
        period = resource.get("occurrencePeriod")
        end = _obj(period, "the period").get("end") if period is not None else None
        closed = _date(end, "the end") if end is not None else None
    started = _date(resource.get("authoredOn"), "the referral date")
    if resource.get("status") in ("completed", "revoked") and closed is None:
        closed = started
    fields: dict[str, Any] = {
        "id": _uuid("ServiceRequest", resource.get("id")),
        "referred_by": referred_by,
        "referrer_name": referrer,
        "referred_on": started,
        "link_worker_id": link_worker,
        "reason": "\n\n".join(r for r in reasons if r),
        "what_matters": "\n\n".join(n for n in notes if n),
        "closed_on": closed,
    }
    if weeks:
        fields["checkin_weeks"] = tuple(weeks)
    return SocialReferral(**fields)


def write(out: Writing) -> None:
    """The referrals go in the main export Bundle."""
    supporters = (s for v in out.snapshot.plan_versions for s in v.plan.supporters)
    by_id = {s.id: s for s in supporters}
    out.resources += [service_request(r, out.pid, by_id) for r in out.snapshot.referrals]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["ServiceRequest"]:
        if has_kind(resource, TREATMENT_KIND):
            continue  # a treatment referral (fhir/treatment.py)
        inp.add("referrals", inp.read(
            "ServiceRequest", n, partial(read_service_request, resource, inp.patient_refs)))


# -- for the link worker: chosen services and sessions ---------------------------------------


def chosen_service_request(
    chosen: ChosenService, action: Action | None, pid: UUID, closed: bool = False
) -> dict[str, Any]:
    """A chosen service as a ServiceRequest under its referral (intent plan)."""
    resource: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "id": str(chosen.id),
        "meta": {"profile": [PROFILES["ServiceRequest"]]},
        "identifier": [{"system": DIRECTORY_SERVICE, "value": chosen.service_id}],
    }
    extra = [
        {"url": name, "valueString": value}
        for name, value in (("category", chosen.category), ("borough", chosen.borough))
        if value
    ]
    if extra:
        resource["extension"] = [{"url": EXT_SERVICE, "extension": extra}]
    if chosen.referral_id is not None:
        resource["basedOn"] = [_ref(chosen.referral_id)]
    resource.update({
        "status": "completed" if closed else "active",
        "intent": "plan",
        "code": {"text": chosen.name},
        "subject": _ref(pid),
    })
    if action is not None and action.recurrence is not None:
        resource["occurrenceTiming"] = _timing(action.recurrence)
    resource["authoredOn"] = chosen.added_on.isoformat()
    if chosen.category:
        resource["category"] = [{"text": chosen.category}]
    return resource


def attendance_observation(
    record: Attendance, chosen: ChosenService, pid: UUID
) -> dict[str, Any]:
    """One session, as the person recorded it: went (true) or not this time (false)."""
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": str(record.id),
        "meta": {"profile": [OBSERVATION_PROFILE]},
        "basedOn": [_ref(chosen.id)],
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "social-history",
                                  "display": "Social History"}]}],
        "code": {"coding": [{"system": SOCIAL_CODES, "code": "attended",
                             "display": "Went to the session"}],
                 "text": f"Went to {chosen.name}"},
        "subject": _ref(pid),
        "effectiveDateTime": record.on.isoformat(),
        "performer": [_ref(pid)],
        "valueBoolean": record.attended,
    }
    if record.reason is not None:
        resource["component"] = [{
            "code": {"coding": [{"system": SOCIAL_CODES, "code": "missed-reason"}],
                     "text": "Why not this time"},
            "valueCodeableConcept": {
                "coding": [{"system": SOCIAL_CODES, "code": record.reason.value}],
                "text": record.reason.value.replace("-", " ")},
        }]
    if record.note:
        resource["note"] = [{"text": record.note}]
    return resource


# -- code checks ----------------------------------------------------------------------------


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    """Problems with the codes of one #14 resource (entry `n`). [] when every code is right."""
    kind = resource.get("resourceType")
    where = f"entry {n} ({kind})"
    problems: list[str] = []
    for value_set in ("ServiceRequest.status", "ServiceRequest.intent"):
        value = resource.get(value_set.split(".")[1])
        if value is not None and not _code_in(value, VALUE_SETS[value_set]):
            problems.append(f"{where}: '{str(value)[:40]}' is not an allowed {value_set}")
    code = resource.get("code")
    codings = code.get("coding") if isinstance(code, dict) else None
    for coding in codings if isinstance(codings, list) else []:
        if isinstance(coding, dict) and coding.get("system") == SNOMED:
            try:
                check_concept_id(str(coding.get("code")))
            except ValueError as exc:
                problems.append(f"{where}: '{str(coding.get('code'))[:20]}': {exc}")
    return problems
