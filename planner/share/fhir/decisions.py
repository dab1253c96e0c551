"""Decisions (issue #25, NICE NG197) as **CarePlan** resources (UK Core CarePlan profile).

Why a CarePlan: FHIR R4 has no "decision" resource, and what shared decision making produces
is a plan of care chosen between options, which is what a CarePlan records; a GP system
that shows care plans shows it with no new code. The mapping:

- `category`: the app's kind code `shared-decision` (`base.KIND_SYSTEM`), so the care plan
  reader (`care_plan.py`) passes it by and this module reads it.
- `status` `draft` and `intent` `proposal` while the decision is open (options under
  discussion); `active` and `plan` once decided. `title` the question; `created` the day
  written down; `subject` the Patient.
- Each **option** is an `activity.detail` (`description` its title; `status` `not-started`
  while open, then `scheduled` for the option chosen and `cancelled` for the others), with its
  id, benefits, risks, "what it would mean for what matters to me" and whether it is "not
  doing anything for now" in an `option` extension, since `detail` has no fields for them.
- Each **linked appointment** is an `activity.reference` to the Appointment, the reference
  R4 allows there (the Appointment itself is in the same Bundle, `appointments.py`).
- Conversation notes are `note` Annotations (`time`, `authorString` with whom, `text`).
- The "What matters to me" items it touches, the decision aid (title and address), the
  leaning and how sure the person is, the outcome (the option, when, with whom) and each
  appointment's collaboRATE answers travel in extensions under the app's namespace, so a
  round trip gives back exactly what was written. collaboRATE is not written as a
  QuestionnaireResponse: it has no LOINC code and no FHIR Questionnaire of its authors', and
  its answers belong to one appointment inside this decision, which an extension keeps
  together.

`TYPES` is empty: CarePlan is the care plan family's type (its code checks cover these
resources too); this family reads the CarePlans that carry its kind.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.decision import Decision
from planner.share.fhir.base import (
    BASE,
    DECISION_KIND,
    UK_CORE,
    Reading,
    Writing,
    _ref,
    _sub,
    has_kind,
    kind_category,
)
from planner.share.fhir.checks import (
    _Bad,
    _date,
    _extensions,
    _list,
    _obj,
    _opt_text,
    _ref_id,
    _text,
    _uuid,
)

TYPES: tuple[str, ...] = ()
VALUE_SETS: dict[str, frozenset[str]] = {}
PROFILE = f"{UK_CORE}CarePlan"
EXT = f"{BASE}/StructureDefinition/decision-"
EXT_MATTERS, EXT_AID, EXT_LEANING = f"{EXT}what-matters", f"{EXT}aid", f"{EXT}leaning"
EXT_OUTCOME, EXT_COLLABORATE, EXT_OPTION = f"{EXT}outcome", f"{EXT}collaborate", f"{EXT}option"
EXT_EFFECT = f"{EXT}option-effect"


def _values(ext: dict[str, Any]) -> dict[str, Any]:
    """A complex extension's parts by name (the value of each)."""
    found: dict[str, Any] = {}
    for inner in _list(ext.get("extension"), "extension"):
        inner = _obj(inner, "an extension")
        for key, value in inner.items():
            if key.startswith("value"):
                found[_text(inner.get("url"), "an extension url")] = value
    return found


def _option_ext(option: Any) -> dict[str, Any]:
    ext = _sub(EXT_OPTION, [
        ("id", "valueString", str(option.id)),
        ("benefits", "valueString", option.benefits),
        ("risks", "valueString", option.risks),
        ("nothing", "valueBoolean", option.is_nothing),
    ])
    ext["extension"] += [
        _sub(EXT_EFFECT, [("item", "valueString", e.what_matters),
                          ("meaning", "valueString", e.meaning)])
        for e in option.effects
    ]
    return ext


def care_plan(d: Decision, pid: UUID) -> dict[str, Any]:
    chosen = d.outcome.option_id if d.outcome else None
    extensions: list[dict[str, Any]] = [
        {"url": EXT_MATTERS, "valueString": item} for item in d.what_matters]
    if d.aid_title or d.aid_url:
        extensions.append(_sub(EXT_AID, [("title", "valueString", d.aid_title),
                                         ("url", "valueUrl", d.aid_url)]))
    if d.leaning_id is not None or d.certainty is not None:
        extensions.append(_sub(EXT_LEANING, [
            ("option", "valueString", str(d.leaning_id) if d.leaning_id else None),
            ("certainty", "valueCode", d.certainty.value if d.certainty else None)]))
    if d.outcome is not None:
        extensions.append(_sub(EXT_OUTCOME, [
            ("option", "valueString", str(d.outcome.option_id)),
            ("decidedOn", "valueDate", d.outcome.decided_on.isoformat()),
            ("withWhom", "valueString", d.outcome.with_whom),
            ("note", "valueString", d.outcome.note)]))
    for c in d.collaborate:
        extensions.append(_sub(EXT_COLLABORATE, [
            ("on", "valueDate", c.on.isoformat()),
            ("appointment", "valueReference",
             _ref(c.appointment_id) if c.appointment_id else None),
            ("understand", "valueInteger", c.understand),
            ("listen", "valueInteger", c.listen),
            ("include", "valueInteger", c.include)]))
    activities: list[dict[str, Any]] = []
    for option in d.options:
        status = "not-started" if chosen is None else (
            "scheduled" if option.id == chosen else "cancelled")
        activities.append({"detail": {"extension": [_option_ext(option)], "status": status,
                                      "description": option.title}})
    activities += [{"reference": _ref(a)} for a in d.appointment_ids]
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": str(d.id),
        "meta": {"profile": [PROFILE]},
        "extension": extensions,
        "status": "draft" if d.is_open else "active",
        "intent": "proposal" if d.is_open else "plan",
        "category": [kind_category(DECISION_KIND, "Decision I am making")],
        "title": d.question,
        "subject": _ref(pid),
        "created": d.created_on.isoformat(),
        "activity": activities,
    }
    if not extensions:
        del resource["extension"]
    if d.notes:
        resource["note"] = [
            {**({"authorString": n.with_whom} if n.with_whom else {}),
             "time": n.on.isoformat(), "text": n.text} for n in d.notes]
    return resource


def _option_id(raw: object) -> UUID:
    try:
        return UUID(_text(raw, "an option's id"))
    except ValueError:
        raise _Bad("an option's id is not one the planner wrote") from None


def read_care_plan(resource: dict[str, Any], ctx: Reading) -> Decision:
    ctx.check_subject(resource)
    options: list[dict[str, Any]] = []
    appointments: list[UUID] = []
    for activity in _list(resource.get("activity"), "activity"):
        activity = _obj(activity, "an activity")
        if "reference" in activity:
            appointments.append(_ref_id(activity["reference"], "Appointment"))
            continue
        detail = _obj(activity.get("detail"), "an activity's detail")
        found = _extensions(detail, EXT_OPTION)
        parts = _values(found[0]) if found else {}
        effects = [_values(e) for e in (_extensions(found[0], EXT_EFFECT) if found else [])]
        option: dict[str, Any] = {
            "title": _text(detail.get("description"), "an option"),
            "benefits": _opt_text(parts.get("benefits"), "benefits"),
            "risks": _opt_text(parts.get("risks"), "risks"),
            "is_nothing": parts.get("nothing") is True,
            "effects": tuple({"what_matters": _text(e.get("item"), "an item"),
                              "meaning": _opt_text(e.get("meaning"), "a meaning")}
                             for e in effects),
        }
        if "id" in parts:
            option["id"] = _option_id(parts["id"])
        options.append(option)
    fields: dict[str, Any] = {
        "id": _uuid("CarePlan", resource.get("id")),
        "question": _text(resource.get("title"), "the question"),
        "created_on": _date(resource.get("created"), "the day it was written down"),
        "options": tuple(options),
        "what_matters": tuple(_text(e.get("valueString"), "a 'what matters' item")
                              for e in _extensions(resource, EXT_MATTERS)),
        "appointment_ids": tuple(appointments),
        "notes": tuple(
            {"on": _date(n.get("time"), "a note's day"),
             "with_whom": _opt_text(n.get("authorString"), "with whom"),
             "text": _opt_text(n.get("text"), "a note")}
            for n in (_obj(x, "a note") for x in _list(resource.get("note"), "note"))),
    }
    for ext in _extensions(resource, EXT_AID)[:1]:
        aid = _values(ext)
        fields["aid_title"] = _opt_text(aid.get("title"), "the aid's title")
        fields["aid_url"] = _opt_text(aid.get("url"), "the aid's address")
    for ext in _extensions(resource, EXT_LEANING)[:1]:
        leaning = _values(ext)
        if leaning.get("option") is not None:
            fields["leaning_id"] = _option_id(leaning["option"])
        if leaning.get("certainty") is not None:
            fields["certainty"] = _text(leaning["certainty"], "how sure")
    for ext in _extensions(resource, EXT_OUTCOME)[:1]:
        outcome = _values(ext)
        fields["outcome"] = {
            "option_id": _option_id(outcome.get("option")),
            "decided_on": _date(outcome.get("decidedOn"), "the day decided"),
            "with_whom": _opt_text(outcome.get("withWhom"), "with whom"),
            "note": _opt_text(outcome.get("note"), "the outcome's note")}
    fields["collaborate"] = tuple(_collaborate(_values(e))
                                  for e in _extensions(resource, EXT_COLLABORATE))
    return Decision.model_validate_json(_as_json(fields))


def _collaborate(parts: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {"on": _date(parts.get("on"), "the collaboRATE day")}
    if parts.get("appointment") is not None:
        found["appointment_id"] = _ref_id(parts["appointment"], "Appointment")
    for item in ("understand", "listen", "include"):
        value = parts.get(item)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad("a collaboRATE answer should be a whole number from 0 to 9")
        found[item] = value
    return found


def _as_json(fields: dict[str, Any]) -> str:
    """Validated as JSON (ids and dates as text), the way the vault reads bodies back."""
    return json.dumps(fields, default=str)


def write(out: Writing) -> None:
    out.resources += [care_plan(d, out.pid) for d in out.snapshot.decisions]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped.get("CarePlan", []):
        if has_kind(resource, DECISION_KIND):
            inp.add("decisions", inp.read("CarePlan", n, partial(read_care_plan, resource, inp)))


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    """The care plan family checks CarePlan codes (see the module); nothing more here."""
    return []
