"""Clock and time zone faults (issue #16): the clocks going forward (29 March 2026) and back
(25 October 2026) in Europe/London, the PC clock jumping back an hour or forward a day, and a
laptop taken to New York. Streaks, reminders, missed doses, review dates and the per-day log
summary stay right. Every clock is injected (`at=`, `now=`, `zone=`, `today=`); the product
defaults are untouched."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.medicine import DoseStatus, Medicine
from planner.domain.plan import CarePlan
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.services import doses
from planner.services.reviews import next_review
from planner.services.schedule import due_between, occurrences
from planner.services.streaks import current_streak
from planner.services.today import today
from planner.vault import Vault

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SPRING = date(2026, 3, 29)  # 01:00 GMT -> 02:00 BST
AUTUMN = date(2026, 10, 25)  # 02:00 BST -> 01:00 GMT


def _tracker(vault: Vault) -> Tracker:
    return vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.NUMERIC,
                                       unit="/10"))


def _log_daily(vault: Vault, tracker: Tracker, first: date, last: date, at: time) -> int:
    day, entries = first, []
    while day <= last:
        entries.append(LogEntry(tracker_id=tracker.id,
                                at=datetime.combine(day, at, tzinfo=LONDON), value=5.0))
        day += timedelta(days=1)
    return vault.logs.add_many(entries)


@pytest.mark.parametrize("change", [SPRING, AUTUMN], ids=["clocks-forward", "clocks-back"])
@pytest.mark.parametrize("at", [time(0, 30), time(23, 30)], ids=["just-after-midnight",
                                                                  "just-before-midnight"])
def test_a_streak_runs_on_across_the_clocks_changing(vault: Vault, change: date, at: time
                                                     ) -> None:
    tracker = _tracker(vault)
    first, last = change - timedelta(days=6), change + timedelta(days=6)
    _log_daily(vault, tracker, first, last, at)
    noon = datetime.combine(last, time(12), tzinfo=LONDON)
    # At noon on the last day its 23:30 entry is still to come: the streak ends yesterday.
    expected = 13 if at < time(12) else 12
    assert current_streak(vault, tracker.id, noon) == expected
    # The PC clock jumps back an hour, or forward a day (yesterday still counts), or two.
    assert current_streak(vault, tracker.id, noon - timedelta(hours=1)) == expected
    assert current_streak(vault, tracker.id, noon + timedelta(days=1)) == 13
    assert current_streak(vault, tracker.id, noon + timedelta(days=2)) == 0
    # today() of this PC in London says the same.
    shown = today(vault, noon)
    assert [t.streak for t in shown.trackers] == [expected]
    assert shown.day == last


def test_the_per_day_summary_matches_the_entries_across_both_changes(vault: Vault) -> None:
    tracker = _tracker(vault)
    for change in (SPRING, AUTUMN):
        for at in (time(0, 30), time(1, 30), time(23, 30)):  # 01:30 twice in autumn
            _log_daily(vault, tracker, change - timedelta(days=2), change + timedelta(days=2),
                       at)
    assert vault.logs.check_days() == []
    local_days = {
        (e.at.astimezone(LONDON).date() - date(1970, 1, 1)).days
        for e in vault.logs.iterate()
    }
    offset = int(LONDON.utcoffset(datetime(2026, 10, 27)).total_seconds() * 1000)  # type: ignore[union-attr]
    counted = vault.logs.days_logged(tracker.id, datetime(2026, 10, 25, 1, tzinfo=UTC),
                                     datetime(2026, 10, 28, tzinfo=UTC), offset)
    assert counted <= local_days


def test_missed_doses_across_the_changes_a_jump_back_and_a_trip(vault: Vault) -> None:
    med = Medicine(name="Metformin", times=(time(1, 30), time(8)), started=date(2026, 1, 1))
    vault.medicines.save(med, added=datetime(2026, 3, 20, tzinfo=UTC))
    # Spring: 01:30 does not exist on 29 March; it is due once (at 01:30 GMT = 02:30 BST).
    evening = datetime(2026, 3, 29, 22, tzinfo=LONDON)
    first = doses.mark_missed(vault, evening, zone=LONDON)
    assert first == 2 * 7  # the last seven days (23..29 March), each dose once
    # The clock jumps back an hour, then forward a day: nothing marked twice, the next day's
    # doses marked once.
    assert doses.mark_missed(vault, evening - timedelta(hours=1), zone=LONDON) == 0
    assert doses.mark_missed(vault, evening + timedelta(days=1), zone=LONDON) == 2
    assert doses.mark_missed(vault, evening + timedelta(days=1), zone=LONDON) == 0
    # The laptop goes to New York: the same wall-clock doses are not marked again.
    assert doses.mark_missed(vault, evening + timedelta(days=1), zone=NEW_YORK) == 0
    slots = [d.due.astimezone(LONDON).strftime("%m-%d %H:%M") for d in vault.doses.all()]
    assert len(slots) == len(set(slots)) == first + 2
    assert all(d.status is DoseStatus.MISSED for d in vault.doses.all())
    # Autumn: 01:30 happens twice on 25 October; the dose is due (and missed) once.
    autumn_night = datetime(2026, 10, 25, 22, tzinfo=LONDON)
    marked = doses.mark_missed(vault, autumn_night, zone=LONDON)
    due_that_day = [d for d in doses.doses_on(vault, AUTUMN, LONDON)]
    assert [d.due.strftime("%H:%M") for d in due_that_day] == ["01:30", "08:00"]
    assert marked == 2 * 7  # the last seven days, each dose once
    assert all(d.status is DoseStatus.MISSED for d in due_that_day)


def test_reminders_fire_at_the_same_wall_clock_time_and_once(vault: Vault) -> None:
    reminder = Reminder(title="Walk", at=time(8),
                        recurrence=Recurrence(frequency=Frequency.DAILY, start=date(2026, 1, 1)))
    for change in (SPRING, AUTUMN):
        fired = occurrences(reminder, change - timedelta(days=1), 3)
        assert [t.time() for t in fired] == [time(8)] * 3
        # Announced once between 07:59 and 08:01 local, whatever the offset that day.
        before = datetime.combine(change, time(7, 59))
        assert due_between([reminder], before, before + timedelta(minutes=2)) == [reminder]
        # The clock jumps back an hour after it fired: the next hour does not fire it again.
        after = datetime.combine(change, time(8, 1))
        assert due_between([reminder], after, after + timedelta(hours=1)) == []


def test_the_review_date_counts_local_days(vault: Vault) -> None:
    vault.plans.save(CarePlan(what_matters=("Family",), review_date=AUTUMN))
    # 23:30 on 24 October in London: the review is tomorrow.
    late = datetime(2026, 10, 24, 23, 30, tzinfo=LONDON)
    review = next_review(vault, late.date())
    assert review is not None and review.days_left == 1
    assert today(vault, late).review is not None
    assert today(vault, late).review.days_left == 1  # type: ignore[union-attr]
    # Across the change the next day is 25 hours long, and still one day.
    assert next_review(vault, AUTUMN).days_left == 0  # type: ignore[union-attr]
    # Taken to New York the same instant is still the 24th there: one day.
    assert next_review(vault, late.astimezone(NEW_YORK).date()).days_left == 1  # type: ignore[union-attr]
