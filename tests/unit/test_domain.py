"""Domain rules a person meets in forms and imports: clear refusals, sensible lifecycles."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest
from pydantic import ValidationError

from planner.domain.goal import Direction, Goal, GoalStatus, Measure
from planner.domain.person import Person, nhs_number_is_valid
from planner.domain.plan import Action, CarePlan, Supporter, plan_changes
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.tracker import LogEntry, Tracker, TrackerKind

TODAY = date(2026, 11, 24)


def test_goal_due_before_start_is_refused_with_a_plain_message() -> None:
    with pytest.raises(ValidationError, match="due date is before the start date"):
        Goal(title="Walk", start=TODAY, due=TODAY - timedelta(days=1))


def test_goal_lifecycle_allows_sensible_moves_only() -> None:
    goal = Goal(title="Walk", start=TODAY, status=GoalStatus.PROPOSED)
    active = goal.moved_to(GoalStatus.ACTIVE)
    paused = active.moved_to(GoalStatus.ON_HOLD)
    done = paused.moved_to(GoalStatus.ACTIVE).moved_to(GoalStatus.COMPLETED)
    assert done.status is GoalStatus.COMPLETED
    with pytest.raises(ValueError, match="cannot go from cancelled to completed"):
        goal.moved_to(GoalStatus.CANCELLED).moved_to(GoalStatus.COMPLETED)
    with pytest.raises(ValueError, match="cannot go from proposed to on-hold"):
        goal.moved_to(GoalStatus.ON_HOLD)


def test_measure_direction() -> None:
    steps = Measure(tracker_id=uuid4(), target=7000, direction=Direction.AT_LEAST)
    weight = Measure(tracker_id=uuid4(), target=85, direction=Direction.AT_MOST)
    assert steps.met_by(7000) and not steps.met_by(6999)
    assert weight.met_by(84.9) and not weight.met_by(85.1)


def test_models_refuse_silent_coercion_and_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        Goal.model_validate({"title": "x", "start": TODAY, "nhs_number": "1"})
    with pytest.raises(ValidationError):
        LogEntry(tracker_id=uuid4(), value="7")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="time zone"):
        LogEntry(tracker_id=uuid4(), value=7.0, at=datetime(2026, 1, 1))


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        (TrackerKind.NUMERIC, "82.5", (82.5, None)),
        (TrackerKind.NUMERIC, "7,500", (7500.0, None)),
        (TrackerKind.SCALE, "7", (7.0, None)),
        (TrackerKind.YES_NO, "Yes", (1.0, None)),
        (TrackerKind.YES_NO, "n", (0.0, None)),
        (TrackerKind.TEXT, " Slept well ", (None, "Slept well")),
    ],
)
def test_tracker_understands_what_people_type(kind, typed, expected) -> None:
    tracker = Tracker(key="t", label="T", kind=kind, unit="kg" if kind == "numeric" else "")
    assert tracker.parse(typed) == expected


@pytest.mark.parametrize(
    ("kind", "typed", "message"),
    [
        (TrackerKind.SCALE, "11", "whole number from 0 to 10"),
        (TrackerKind.SCALE, "6.5", "whole number from 0 to 10"),
        (TrackerKind.YES_NO, "maybe", "answer yes or no"),
        (TrackerKind.NUMERIC, "heavy", "is not a number"),
        (TrackerKind.NUMERIC, "inf", "real number"),
        (TrackerKind.NUMERIC, "400", "above the highest allowed"),
        (TrackerKind.TEXT, "   ", "write something"),
    ],
)
def test_tracker_refuses_what_does_not_fit(kind, typed, message) -> None:
    tracker = Tracker(
        key="t",
        label="T",
        kind=kind,
        unit="kg" if kind == "numeric" else "",
        maximum=350 if kind == "numeric" else None,
    )
    with pytest.raises(ValueError, match=message):
        tracker.parse(typed)


def test_a_number_tracker_needs_a_unit() -> None:
    with pytest.raises(ValidationError, match="needs a unit"):
        Tracker(key="weight", label="Weight", kind=TrackerKind.NUMERIC)


def test_nhs_number_check_digit() -> None:
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert Person(display_name="Sam", nhs_number="943 476 5919").nhs_number == "9434765919"
    with pytest.raises(ValidationError, match="not a valid NHS number"):
        Person(display_name="Sam", nhs_number="1234567890")


def test_weekly_recurrence_on_chosen_days_every_other_week() -> None:
    rule = Recurrence(
        frequency=Frequency.WEEKLY, interval=2, weekdays=(1, 3), start=date(2026, 11, 2)
    )  # a Monday
    hits = [
        d for d in (date(2026, 11, 2) + timedelta(days=i) for i in range(28)) if rule.occurs_on(d)
    ]
    assert hits == [date(2026, 11, 3), date(2026, 11, 5), date(2026, 11, 17), date(2026, 11, 19)]


def test_monthly_recurrence_on_the_31st_falls_on_the_last_day() -> None:
    rule = Recurrence(frequency=Frequency.MONTHLY, start=date(2026, 1, 31))
    assert rule.occurs_on(date(2026, 2, 28))
    assert rule.occurs_on(date(2026, 4, 30))
    assert not rule.occurs_on(date(2026, 4, 29))


def test_plan_changes_names_the_sections_that_differ() -> None:
    old = CarePlan(what_matters=("Family",), actions=(Action(text="Walk"),))
    new = old.edit(supporters=(Supporter(name="Priya"),), review_date=TODAY)
    assert plan_changes(old, new) == ["Who supports me", "Review date"]
    assert plan_changes(old, old) == []


def test_edit_revalidates() -> None:
    goal = Goal(title="Walk", start=TODAY)
    with pytest.raises(ValidationError):
        goal.edit(title="")
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    assert goal.edit(created_at=stamp).created_at == stamp
