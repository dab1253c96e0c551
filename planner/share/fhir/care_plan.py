"""CarePlan (UK Core CarePlan profile) and its actions and supporters, written and read.

Every saved version goes out, the current one `active` and earlier ones `revoked`, sharing a
fullUrl with distinct meta.versionId as FHIR's bdl-7 allows. Actions are activities (their
repeats as a Timing), supporters contained RelatedPersons in a contained CareTeam. Things FHIR
has no place for (what matters, the crisis plan, who the plan was agreed with) travel in
extensions under `BASE`, so the app reads back exactly what it wrote.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID, uuid4

from planner.domain.base import now as utc_now
from planner.domain.plan import Action, CarePlan, Contingency, PlanVersion, Supporter
from planner.domain.recurrence import Frequency, Recurrence
from planner.errors import shown
from planner.share.fhir.base import (
    BASE,
    DAYS,
    DECISION_KIND,
    Reading,
    Writing,
    _full_time,
    _ref,
    _sub,
    has_kind,
)
from planner.share.fhir.carers import author_in, carer_ref
from planner.share.fhir.checks import (
    CodeCheck,
    _Bad,
    _code_in,
    _date,
    _datetime,
    _ext_value,
    _extensions,
    _list,
    _obj,
    _opt_text,
    _ref_id,
    _sub_values,
    _text,
    _uuid,
    each,
    node,
)

TYPES = ("CarePlan",)
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-request-status.html
    "CarePlan.status": frozenset({
        "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown",
    }),
    # http://hl7.org/fhir/R4/valueset-care-plan-intent.html
    "CarePlan.intent": frozenset({"proposal", "plan", "order", "option"}),
    # http://hl7.org/fhir/R4/valueset-care-plan-activity-status.html
    "CarePlan.activity.detail.status": frozenset({
        "not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled",
        "stopped", "unknown", "entered-in-error",
    }),
}


UK_CORE_CAREPLAN = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan"
EXT_WHAT_MATTERS = f"{BASE}/StructureDefinition/what-matters"
EXT_CONTINGENCY = f"{BASE}/StructureDefinition/contingency"
EXT_REVIEW_DATE = f"{BASE}/StructureDefinition/review-date"
EXT_PLAN_VERSION = f"{BASE}/StructureDefinition/plan-version"
EXT_SUPPORTER_NOTES = f"{BASE}/StructureDefinition/supporter-notes"
EXT_DUE = f"{BASE}/StructureDefinition/action-due"
# The community-directory service a plan action is for (social prescribing, #14).
EXT_SERVICE = f"{BASE}/StructureDefinition/action-community-service"
PERIOD_UNITS = {Frequency.DAILY: "d", Frequency.WEEKLY: "wk", Frequency.MONTHLY: "mo"}


def _timing(recurrence: Recurrence) -> dict[str, Any]:
    bounds: dict[str, str] = {"start": recurrence.start.isoformat()}
    if recurrence.until is not None:
        bounds["end"] = recurrence.until.isoformat()
    repeat: dict[str, Any] = {
        "boundsPeriod": bounds,
        "frequency": 1,
        "period": recurrence.interval,
        "periodUnit": PERIOD_UNITS[recurrence.frequency],
    }
    if recurrence.weekdays:
        repeat["dayOfWeek"] = [DAYS[d] for d in recurrence.weekdays]
    return {"repeat": repeat}


def _activity(action: Action) -> dict[str, Any]:
    status = "completed" if action.done else (
        "scheduled" if action.recurrence or action.due else "not-started")
    detail: dict[str, Any] = {"status": status, "description": action.text}
    if action.goal_id is not None:
        detail["goal"] = [_ref(action.goal_id)]
    if action.recurrence is not None:
        detail["scheduledTiming"] = _timing(action.recurrence)
        if action.due is not None:
            detail["extension"] = [{"url": EXT_DUE, "valueDate": action.due.isoformat()}]
    elif action.due is not None:
        detail["scheduledPeriod"] = {"end": action.due.isoformat()}
    if action.who:
        detail["performer"] = [{"display": action.who}]
    if action.service_id is not None:
        detail.setdefault("extension", []).append(
            {"url": EXT_SERVICE, "valueString": action.service_id})
    return {"id": str(action.id), "detail": detail}


def _related_person(supporter: Supporter, pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "RelatedPerson",
        "id": str(supporter.id),
        "patient": _ref(pid),
        "name": [{"text": supporter.name}],
    }
    if supporter.notes:
        resource["extension"] = [{"url": EXT_SUPPORTER_NOTES, "valueString": supporter.notes}]
    if supporter.role:
        resource["relationship"] = [{"text": supporter.role}]
    telecom = [{"system": s, "value": v} for s, v in (("phone", supporter.phone),
                                                      ("email", supporter.email)) if v]
    if telecom:
        resource["telecom"] = telecom
    return resource


def _care_plan(version: PlanVersion, current: bool, pid: UUID) -> dict[str, Any]:
    plan = version.plan
    c = plan.contingency
    extensions: list[dict[str, Any]] = [
        {"url": EXT_WHAT_MATTERS, "valueString": text} for text in plan.what_matters
    ]
    extensions.append(_sub(EXT_CONTINGENCY, [
        ("warningSigns", "valueString", c.warning_signs),
        ("whatIDo", "valueString", c.what_i_do),
        ("whoToContact", "valueString", c.who_to_contact),
        ("crisisNumbers", "valueString", c.crisis_numbers),
    ]))
    if plan.review_date is not None:
        extensions.append({"url": EXT_REVIEW_DATE, "valueDate": plan.review_date.isoformat()})
    extensions.append(_sub(EXT_PLAN_VERSION, [
        ("agreedWith", "valueString", version.agreed_with),
        ("agreedOn", "valueDate", version.agreed_on.isoformat() if version.agreed_on else None),
        ("changeNote", "valueString", version.change_note),
    ]))
    # A complex extension with nothing in it is not allowed (ext-1), so drop empty ones.
    extensions = [e for e in extensions
                  if e.get("extension") or any(k.startswith("value") for k in e)]
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": str(plan.id),
        "meta": {
            "versionId": str(version.version),
            "lastUpdated": _full_time(version.saved_at),
            "profile": [UK_CORE_CAREPLAN],
        },
        "extension": extensions,
        "status": "active" if current else "revoked",
        "intent": "plan",
        "title": plan.title,
        "subject": _ref(pid),
    }
    if plan.what_matters:
        resource["description"] = "What matters to me: " + "; ".join(plan.what_matters)
    if plan.coordinator:
        resource["author"] = {"display": plan.coordinator}
    if version.author:  # the carer who saved this version (issue #24)
        resource["contributor"] = [carer_ref(pid, version.author)]
    if plan.supporters:
        resource["contained"] = [
            {
                "resourceType": "CareTeam",
                "id": "team",
                "subject": _ref(pid),
                "participant": [
                    {"member": {"reference": f"#{s.id}", "display": s.name},
                     **({"role": [{"text": s.role}]} if s.role else {})}
                    for s in plan.supporters
                ],
            },
            *(_related_person(s, pid) for s in plan.supporters),
        ]
        resource["careTeam"] = [{"reference": "#team"}]
    if plan.goal_ids:
        resource["goal"] = [_ref(g) for g in plan.goal_ids]
    if plan.actions:
        resource["activity"] = [_activity(a) for a in plan.actions]
    return resource


def _read_recurrence(value: object) -> Recurrence:
    repeat = _obj(_obj(value, "scheduledTiming").get("repeat"), "the repeat")
    units = {v: k for k, v in PERIOD_UNITS.items()}
    unit = repeat.get("periodUnit")
    if not _code_in(unit, units):
        raise _Bad("the repeat is not daily, weekly or monthly")
    period = repeat.get("period", 1)
    if isinstance(period, bool) or not isinstance(period, int | float) or period != int(period):
        raise _Bad("the repeat interval should be a whole number")
    bounds = _obj(repeat.get("boundsPeriod"), "the repeat's dates")
    days = []
    for day in _list(repeat.get("dayOfWeek"), "dayOfWeek"):
        if day not in DAYS:
            raise _Bad(f"'{shown(day, 10)}' is not a day of the week")
        days.append(DAYS.index(day))
    return Recurrence(
        frequency=units[unit],
        interval=int(period),
        weekdays=tuple(days),
        start=_date(bounds.get("start"), "the repeat's start date"),
        until=_date(bounds["end"], "the repeat's end date") if bounds.get("end") else None,
    )


def _read_action(activity: dict[str, Any]) -> Action | None:
    detail = activity.get("detail")
    if detail is None:
        return None  # a reference to another resource: not something the app made
    detail = _obj(detail, "detail")
    recurrence = None
    due = None
    if detail.get("scheduledTiming") is not None:
        recurrence = _read_recurrence(detail["scheduledTiming"])
        extra = _ext_value(detail, EXT_DUE, "valueDate")
        due = _date(extra, "the due date") if extra is not None else None
    elif detail.get("scheduledPeriod") is not None:
        end = _obj(detail["scheduledPeriod"], "scheduledPeriod").get("end")
        due = _date(end, "the due date") if end is not None else None
    goals = _list(detail.get("goal"), "goal")
    performers = _list(detail.get("performer"), "performer")
    raw_id = activity.get("id")
    service = _ext_value(detail, EXT_SERVICE, "valueString")
    return Action(
        id=_uuid("Action", raw_id) if raw_id is not None else uuid4(),
        text=_text(detail.get("description"), "the action's text"),
        goal_id=_ref_id(goals[0], "Goal") if goals else None,
        recurrence=recurrence,
        due=due,
        who=_opt_text(_obj(performers[0], "performer").get("display"), "who")
        if performers else "",
        done=detail.get("status") == "completed",
        service_id=_opt_text(service, "the community service") if service is not None else None,
    )


def _read_supporters(resource: dict[str, Any]) -> tuple[Supporter, ...]:
    people: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for inner in _list(resource.get("contained"), "contained"):
        inner = _obj(inner, "a contained resource")
        if inner.get("resourceType") == "RelatedPerson":
            people[_text(inner.get("id"), "the supporter's id")] = inner
        elif inner.get("resourceType") == "CareTeam":
            for member in _list(inner.get("participant"), "participant"):
                ref = _obj(_obj(member, "participant").get("member"), "member").get("reference")
                order.append(_text(ref, "a member").removeprefix("#"))
    supporters = []
    for local_id in order or list(people):
        person = people.get(local_id)
        if person is None:
            raise _Bad("a supporter in the care team is missing")
        names = _list(person.get("name"), "name")
        phone = email = ""
        for point in _list(person.get("telecom"), "telecom"):
            point = _obj(point, "telecom")
            if point.get("system") == "phone":
                phone = _text(point.get("value"), "a phone number")
            elif point.get("system") == "email":
                email = _text(point.get("value"), "an email address")
        roles = _list(person.get("relationship"), "relationship")
        notes = _ext_value(person, EXT_SUPPORTER_NOTES, "valueString")
        supporters.append(Supporter(
            id=_uuid("RelatedPerson", local_id),
            name=_text(_obj(names[0], "a name").get("text") if names else None,
                       "the supporter's name"),
            role=_opt_text(_obj(roles[0], "relationship").get("text"), "the role")
            if roles else "",
            phone=phone,
            email=email,
            notes=_opt_text(notes, "the notes"),
        ))
    return tuple(supporters)


def _read_plan(resource: dict[str, Any], ctx: Reading) -> PlanVersion:
    ctx.check_subject(resource)
    meta = _obj(resource.get("meta") or {}, "meta")
    version_text = meta.get("versionId", "1")
    if not isinstance(version_text, str) or not version_text.isdigit() or int(version_text) < 1:
        raise _Bad("the plan's version should be a whole number from 1")
    contingency = _sub_values(resource, EXT_CONTINGENCY)
    what = [_text(e.get("valueString"), "what matters")
            for e in _extensions(resource, EXT_WHAT_MATTERS)]
    review = _ext_value(resource, EXT_REVIEW_DATE, "valueDate")
    agreed = _sub_values(resource, EXT_PLAN_VERSION) or {}
    actions = [_read_action(_obj(a, "activity"))
               for a in _list(resource.get("activity"), "activity")]
    author = resource.get("author")
    plan = CarePlan(
        id=_uuid("CarePlan", resource.get("id")),
        title=_text(resource.get("title", "My care and support plan"), "the plan's title"),
        what_matters=tuple(what),
        goal_ids=tuple(_ref_id(g, "Goal") for g in _list(resource.get("goal"), "goal")),
        actions=tuple(a for a in actions if a is not None),
        supporters=_read_supporters(resource),
        contingency=Contingency(
            warning_signs=_opt_text(contingency.get("warningSigns"), "warning signs"),
            what_i_do=_opt_text(contingency.get("whatIDo"), "what I do"),
            who_to_contact=_opt_text(contingency.get("whoToContact"), "who to contact"),
            crisis_numbers=_opt_text(contingency.get("crisisNumbers"), "crisis numbers"),
        ) if contingency is not None else Contingency(),
        review_date=_date(review, "the review date") if review is not None else None,
        coordinator=_opt_text(_obj(author, "author").get("display"), "the coordinator")
        if author is not None else "",
    )
    saved = meta.get("lastUpdated")
    agreed_on = agreed.get("agreedOn")
    return PlanVersion(
        plan=plan,
        version=int(version_text),
        saved_at=_datetime(saved, "the time it was saved") if saved else utc_now(),
        agreed_with=_opt_text(agreed.get("agreedWith"), "agreed with"),
        agreed_on=_date(agreed_on, "the date it was agreed") if agreed_on else None,
        change_note=_opt_text(agreed.get("changeNote"), "the change note"),
        author=author_in(ctx, resource.get("contributor")),
    )


def write(out: Writing) -> None:
    versions = out.snapshot.plan_versions
    last = len(versions) - 1
    out.resources += [_care_plan(v, i == last, out.pid) for i, v in enumerate(versions)]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["CarePlan"]:
        if has_kind(resource, DECISION_KIND):
            continue  # a decision (fhir/decisions.py)
        inp.add("plan_versions", inp.read("CarePlan", n, partial(_read_plan, resource, inp)))


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    check.expect("CarePlan.status", resource.get("status"))
    check.expect("CarePlan.intent", resource.get("intent"))
    for activity in each(resource.get("activity")):
        detail = node(node(activity).get("detail"))
        if detail:
            check.expect("CarePlan.activity.detail.status", detail.get("status"))
            check.timing(detail.get("scheduledTiming"))
    for inner in each(resource.get("contained")):
        for point in each(node(inner).get("telecom")):
            check.expect("ContactPoint.system", node(point).get("system"))
    return check.problems
