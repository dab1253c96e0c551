"""Goal: what the person is working towards, written and read.

A goal measured by a tracker carries the tracker's code and the target as a range's low (at
least) or high (at most) end; when it was created travels in an extension, so a round trip
gives back exactly what was written.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID

from planner.domain.base import now as utc_now
from planner.domain.goal import Direction, Goal, GoalStatus, Measure
from planner.domain.tracker import Tracker
from planner.errors import shown
from planner.share.fhir.base import BASE, Reading, Writing, _full_time, _ref
from planner.share.fhir.carers import author_in, carer_ref
from planner.share.fhir.checks import (
    CodeCheck,
    _Bad,
    _code_in,
    _codings,
    _date,
    _datetime,
    _ext_value,
    _list,
    _number,
    _obj,
    _opt_text,
    _text,
    _uuid,
    each,
    node,
)
from planner.share.fhir.trackers import _quantity, tracker_concept

TYPES = ("Goal",)
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-goal-status.html
    "Goal.lifecycleStatus": frozenset({
        "proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
        "entered-in-error", "rejected",
    }),
}


EXT_CREATED = f"{BASE}/StructureDefinition/created"


def _goal(goal: Goal, trackers: dict[UUID, Tracker], pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Goal",
        "id": str(goal.id),
        "meta": {"lastUpdated": _full_time(goal.updated_at)},
        "extension": [{"url": EXT_CREATED, "valueDateTime": _full_time(goal.created_at)}],
        "lifecycleStatus": goal.status.value,
        "description": {"text": goal.title},
        "subject": _ref(pid),
        "startDate": goal.start.isoformat(),
    }
    target: dict[str, Any] = {}
    if goal.measure is not None and goal.measure.tracker_id in trackers:
        tracker = trackers[goal.measure.tracker_id]
        end = "low" if goal.measure.direction is Direction.AT_LEAST else "high"
        target["measure"] = tracker_concept(tracker)
        target["detailRange"] = {end: _quantity(goal.measure.target, tracker.unit)}
    if goal.due is not None:
        target["dueDate"] = goal.due.isoformat()
    if target:
        resource["target"] = [target]
    if goal.why:
        resource["note"] = [{"text": goal.why}]
    if goal.author:
        resource["expressedBy"] = carer_ref(pid, goal.author)
    return resource


_GOAL_STATUS = {
    "proposed": GoalStatus.PROPOSED, "planned": GoalStatus.PROPOSED,
    "accepted": GoalStatus.ACTIVE, "active": GoalStatus.ACTIVE, "on-hold": GoalStatus.ON_HOLD,
    "completed": GoalStatus.COMPLETED, "cancelled": GoalStatus.CANCELLED,
    "rejected": GoalStatus.CANCELLED,
}


def _read_goal(resource: dict[str, Any], ctx: Reading) -> Goal:
    ctx.check_subject(resource)
    status = resource.get("lifecycleStatus")
    if not _code_in(status, _GOAL_STATUS):
        raise _Bad(f"the goal status '{shown(status, 20)}' is not one the planner uses")
    description = _obj(resource.get("description"), "the description")
    title = description.get("text") or next(
        (c.get("display") for c in _codings(description) if c.get("display")), None)
    if resource.get("startDate") is None:
        raise _Bad("the goal has no start date")
    measure = None
    due = None
    for target in _list(resource.get("target"), "target"):
        target = _obj(target, "target")
        if target.get("dueDate") is not None:
            due = _date(target["dueDate"], "the due date")
        if target.get("measure") is not None:
            tracker = ctx.tracker_for(target["measure"])
            span = _obj(target.get("detailRange") or {}, "detailRange")
            if span.get("low") is not None:
                low = _obj(span["low"], "low").get("value")
                measure = Measure(tracker_id=tracker.id, target=_number(low, "the target"),
                                  direction=Direction.AT_LEAST)
            elif span.get("high") is not None:
                high = _obj(span["high"], "high").get("value")
                measure = Measure(tracker_id=tracker.id, target=_number(high, "the target"),
                                  direction=Direction.AT_MOST)
    notes = [_opt_text(_obj(n, "a note").get("text"), "a note")
             for n in _list(resource.get("note"), "note")]
    meta = _obj(resource.get("meta") or {}, "meta")
    created = _ext_value(resource, EXT_CREATED, "valueDateTime")
    updated = meta.get("lastUpdated")
    return Goal(
        id=_uuid("Goal", resource.get("id")),
        title=_text(title, "the goal's title"),
        why="\n\n".join(n for n in notes if n),
        measure=measure,
        start=_date(resource["startDate"], "the start date"),
        due=due,
        status=_GOAL_STATUS[status],
        created_at=_datetime(created, "the created time") if created else utc_now(),
        updated_at=_datetime(updated, "the updated time") if updated else utc_now(),
        author=author_in(ctx, resource.get("expressedBy")),
    )


def write(out: Writing) -> None:
    trackers = {t.id: t for t in out.snapshot.trackers}
    out.resources += [_goal(g, trackers, out.pid) for g in out.snapshot.goals]


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["Goal"]:
        inp.add("goals", inp.read("Goal", n, partial(_read_goal, resource, inp)))


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    check.expect("Goal.lifecycleStatus", resource.get("lifecycleStatus"))
    for target in each(resource.get("target")):
        check.loinc_codes(node(target).get("measure"))
    return check.problems
