"""Gentle streaks: how many days in a row a tracker was logged, ending today or yesterday.

Yesterday still counts so that a streak does not look broken at breakfast; a missed day ends it
without fuss (the UI words it kindly).
"""

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from uuid import UUID

from planner.vault.vault import Vault

_EPOCH = date(1970, 1, 1)


def current_streak(
    vault: Vault, tracker_id: UUID, at: datetime | None = None, zone: tzinfo | None = None
) -> int:
    """Days in a row with an entry, ending today or yesterday, in `zone` (default: `at`'s own
    zone, UTC when `at` is not given). With a zone that has daylight-saving rules (a ZoneInfo)
    each day is counted with its own UTC offset, so a streak runs on across the clocks going
    forward or back; a fixed offset counts every day with that one offset."""
    at = at or datetime.now(UTC)
    zone = zone or at.tzinfo or UTC
    today = at.astimezone(zone).date()
    end = at + timedelta(seconds=1)
    # Counted back from today, or from yesterday when today has nothing yet.
    return _run(vault, tracker_id, today, end, zone) or _run(
        vault, tracker_id, today - timedelta(days=1), end, zone
    )


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


# Each day's offset is asked up to three times per tracker (is it a changing day, the day
# after, the run's), and Today asks every tracker's streak over the same days: ten years of
# daily logging took ~37,000 asks and ~50 ms of the dashboard (`make bench`, unlock row).
@lru_cache(maxsize=16_384)
def _offset_ms(day: date, zone: tzinfo) -> int:
    """The UTC offset at the start of `day`."""
    offset = _midnight(day, zone).utcoffset() or timedelta(0)
    return int(offset.total_seconds() * 1000)


def _changes(day: date, zone: tzinfo) -> bool:
    """The clocks change during `day` (a 23- or 25-hour day)."""
    return _offset_ms(day, zone) != _offset_ms(day + timedelta(days=1), zone)


def _run(vault: Vault, tracker_id: UUID, day: date, end: datetime, zone: tzinfo) -> int:
    """Logged days in a row back from `day`. The vault counts a run of days under one UTC
    offset (`logged_run`). A day on which the clocks change is asked on its own, between its
    two midnights; the walk then goes on under the offset before the change."""
    total = 0
    one = timedelta(days=1)
    while True:
        if _changes(day, zone):
            start, stop = _midnight(day, zone), min(_midnight(day + one, zone), end)
            if stop <= start or not vault.logs.days_logged(tracker_id, start, stop):
                return total
            total += 1
            day -= one
            continue
        offset = _offset_ms(day, zone)
        run = vault.logs.logged_run(tracker_id, (day - _EPOCH).days, end, offset)
        same = 0  # days back from `day` counted right under this offset, up to one past the run
        while (
            same <= run
            and not _changes(day - same * one, zone)
            and _offset_ms(day - same * one, zone) == offset
        ):
            same += 1
        if run < same:
            return total + run
        total += same
        day -= same * one
