"""Services over a real vault: what is due, progress, streaks, plan versions, charts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from planner.domain.goal import Direction, Goal, Measure
from planner.domain.plan import Action, CarePlan
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.services.charts import chart_data, downsample
from planner.services.progress import goal_progress
from planner.services.schedule import due_between
from planner.services.streaks import current_streak
from planner.services.today import today
from planner.vault.logs import LogFilter

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _steps(vault) -> Tracker:
    return vault.trackers.save(
        Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC, unit="steps")
    )


def test_streak_counts_days_in_a_row_and_forgives_today(vault) -> None:
    steps = _steps(vault)
    for days_ago in (1, 2, 3, 5):
        vault.logs.add(
            LogEntry(tracker_id=steps.id, value=5000.0, at=NOW - timedelta(days=days_ago))
        )
    assert current_streak(vault, steps.id, NOW) == 3  # yesterday, 2 and 3 days ago
    vault.logs.add(LogEntry(tracker_id=steps.id, value=5000.0, at=NOW - timedelta(hours=1)))
    assert current_streak(vault, steps.id, NOW) == 4


def test_long_streaks_are_not_capped(vault) -> None:
    steps = _steps(vault)
    vault.logs.add_many(
        LogEntry(tracker_id=steps.id, value=1.0, at=NOW - timedelta(days=d)) for d in range(900)
    )
    assert current_streak(vault, steps.id, NOW) == 900


def test_streaks_of_several_trackers_ask_each_days_clock_once(vault) -> None:
    """Today counts every tracker's streak over the same days, in London time; each day's UTC
    offset is worked out once (ten years of daily logs asked it ~37,000 times for 7 trackers,
    ~50 ms of unlocking, issue #22) and the streaks still run on across the clock changes."""
    from zoneinfo import ZoneInfo

    from planner.services import streaks

    london = ZoneInfo("Europe/London")
    trackers = [_steps(vault), vault.trackers.save(
        Tracker(key="water", label="Water", kind=TrackerKind.NUMERIC, unit="glasses"))]
    for tracker in trackers:
        vault.logs.add_many(LogEntry(tracker_id=tracker.id, value=1.0,
                                     at=NOW - timedelta(days=d)) for d in range(800))
    streaks._offset_ms.cache_clear()
    assert [current_streak(vault, t.id, NOW, london) for t in trackers] == [800, 800]
    assert streaks._offset_ms.cache_info().misses <= 800 + 2


def test_goal_progress_from_the_linked_tracker(vault) -> None:
    steps = _steps(vault)
    goal = vault.goals.save(
        Goal(
            title="Walk",
            start=date(2026, 11, 1),
            measure=Measure(tracker_id=steps.id, target=7000, direction=Direction.AT_LEAST),
        )
    )
    vault.logs.add(LogEntry(tracker_id=steps.id, value=3000.0, at=NOW - timedelta(days=10)))
    vault.logs.add(LogEntry(tracker_id=steps.id, value=5000.0, at=NOW - timedelta(days=1)))
    progress = goal_progress(vault, goal, NOW)
    assert progress is not None
    assert (progress.first, progress.latest, progress.met) == (3000.0, 5000.0, False)
    assert progress.fraction == 0.5
    vault.logs.add(LogEntry(tracker_id=steps.id, value=7200.0, at=NOW - timedelta(hours=2)))
    done = goal_progress(vault, goal, NOW)
    assert done is not None and done.met and done.days_met_last_week == 1


def test_today_lists_actions_and_reminders_due_today(vault) -> None:
    daily = Recurrence(frequency=Frequency.DAILY, start=date(2026, 1, 1))
    mondays = Recurrence(frequency=Frequency.WEEKLY, weekdays=(0,), start=date(2026, 1, 1))
    vault.plans.save(
        CarePlan(
            actions=(
                Action(text="Stretch", recurrence=daily),
                Action(text="Swim", recurrence=mondays),
            ),
            review_date=date(2026, 12, 1),
        )
    )
    vault.reminders.save(Reminder(title="Tablets", at=time(8), recurrence=daily))
    info = today(vault, NOW)  # a Tuesday
    assert [(d.kind, d.title) for d in info.due if d.kind != "check-in"] == [
        ("action", "Stretch"),
        ("reminder", "Tablets"),
    ]
    assert info.review is not None and info.review.days_left == 7


def test_every_save_of_the_plan_keeps_the_previous_version(vault) -> None:
    first = vault.plans.save(CarePlan(what_matters=("Family",)), agreed_with="Dr Khan")
    second = vault.plans.save(first.plan.edit(what_matters=("Family", "Garden")))
    assert [v.version for v in vault.plans.history()] == [1, 2]
    assert vault.plans.version(1).plan.what_matters == ("Family",)
    assert vault.plans.version(1).agreed_with == "Dr Khan"
    assert vault.plans.current() == second


def test_undo_a_deleted_log_entry_restores_it_exactly(vault) -> None:
    steps = _steps(vault)
    entry = vault.logs.add(LogEntry(tracker_id=steps.id, value=4321.0, at=NOW, note="park"))
    removed = vault.logs.delete(entry.id)
    assert vault.logs.count() == 0
    vault.logs.add(removed)
    assert vault.logs.get(entry.id) == entry


def test_bulk_add_is_all_or_nothing(vault) -> None:
    steps = _steps(vault)
    good = LogEntry(tracker_id=steps.id, value=1.0, at=NOW)
    dup = good.model_copy()  # same id twice: the second insert fails
    with pytest.raises(Exception, match="UNIQUE"):
        vault.logs.add_many([good, dup])
    assert vault.logs.count() == 0


def test_range_query_and_chart_downsampling_keep_spikes(vault) -> None:
    steps = _steps(vault)
    start = NOW - timedelta(days=3650)
    entries = [
        LogEntry(tracker_id=steps.id, value=5000.0, at=start + timedelta(days=i))
        for i in range(3650)
    ]
    entries[1234] = entries[1234].edit(value=40000.0)  # one unusual day
    vault.logs.add_many(entries)
    month = vault.logs.find(LogFilter(steps.id, NOW - timedelta(days=30), NOW))
    assert len(month) == 30
    data = chart_data(vault, steps.id, None, None, max_points=200)
    assert data.total == 3650 and len(data.points) <= 200
    assert max(v for _, v in data.points) == 40000.0
    assert downsample([(1, 1.0)], 200) == [(1, 1.0)]


def test_reminders_due_in_a_window(vault) -> None:
    daily = Recurrence(frequency=Frequency.DAILY, start=date(2026, 1, 1))
    pills = Reminder(title="Tablets", at=time(8), recurrence=daily)
    walk = Reminder(title="Walk", at=time(14), recurrence=daily)
    later = datetime(2026, 11, 24, 8, 5)
    assert due_between([pills, walk], datetime(2026, 11, 24, 7, 55), later) == [pills]
    assert due_between([pills.edit(enabled=False)], datetime(2026, 11, 24, 7, 55), later) == []
