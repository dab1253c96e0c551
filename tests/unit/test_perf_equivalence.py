"""Faster paths give the same answers as the plain ones they replaced (issue #6).

* `current_streak` walks back one index seek per day instead of reading a year of entries at a
  time; compared with that older algorithm on random histories, time zones and clock times.
* `downsample` finds buckets by bisection and extremes with built-in min/max; compared with the
  straightforward loop, including ties, repeated times and a single spike.
* `add_many` builds rows with one tracker lookup per tracker; what it stores reads back the same.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from uuid import UUID

import pytest

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import InputError
from planner.services.charts import chart_data, downsample, downsample_chunks
from planner.services.streaks import current_streak
from planner.vault import Vault
from planner.vault.logs import LogFilter


def _streak_by_year_windows(vault: Vault, tracker_id: UUID, at: datetime) -> int:
    """The algorithm `current_streak` used before: the set of logged days a year at a time."""
    offset = at.utcoffset() or timedelta(0)
    offset_ms = int(offset.total_seconds() * 1000)
    today = (int(at.timestamp() * 1000) + offset_ms) // 86_400_000
    streak = 0
    end = at + timedelta(seconds=1)
    day: int | None = None
    while True:
        start = end - timedelta(days=366)
        days = vault.logs.days_logged(tracker_id, start, end, offset_ms)
        if day is None:
            day = today if today in days else today - 1
        while day in days:
            streak += 1
            day -= 1
        if not days or day * 86_400_000 - offset_ms >= start.timestamp() * 1000:
            return streak
        end = start


def _downsample_loop(points: list[tuple[int, float]], max_points: int) -> list[tuple[int, float]]:
    """The loop `downsample` used before."""
    if len(points) <= max_points or max_points < 4:
        return points
    buckets = max_points // 2
    first, last = points[0][0], points[-1][0]
    width = (last - first) / buckets or 1
    out: list[tuple[int, float]] = []
    lo: tuple[int, float] | None = None
    hi: tuple[int, float] | None = None
    current = 0
    for point in points:
        index = min(int((point[0] - first) / width), buckets - 1)
        if index != current and lo is not None and hi is not None:
            out.extend(sorted({lo, hi}))
            lo = hi = None
        current = index
        if lo is None or point[1] < lo[1]:
            lo = point
        if hi is None or point[1] > hi[1]:
            hi = point
    if lo is not None and hi is not None:
        out.extend(sorted({lo, hi}))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_streak_by_day_seeks_equals_the_year_window_algorithm(vault: Vault, seed: int) -> None:
    rng = random.Random(seed)
    tracker = vault.trackers.save(Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC,
                                          unit="steps"))
    now = datetime(2026, 6, 15, 23, 40, tzinfo=UTC)
    entries = []
    day = now - timedelta(days=900)
    while day < now + timedelta(days=2):  # a few in the future too: they must not count
        if rng.random() < 0.97:  # long runs with the odd gap
            for _ in range(rng.choice([1, 1, 2, 5])):
                # Near midnight on purpose: the local day depends on the UTC offset.
                at = day.replace(hour=rng.choice([0, 1, 12, 22, 23]), minute=rng.randint(0, 59))
                entries.append(LogEntry(tracker_id=tracker.id, at=at, value=1.0))
        day += timedelta(days=1)
    vault.logs.add_many(entries)
    zones = [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5)),
             timezone(timedelta(hours=5, minutes=30))]
    for zone in zones:
        for back in (0, 1, 3, 40, 400):
            at = (now - timedelta(days=back, hours=rng.randint(0, 23))).astimezone(zone)
            assert current_streak(vault, tracker.id, at) == _streak_by_year_windows(
                vault, tracker.id, at
            ), (zone, back)


def test_a_streak_longer_than_a_year_is_counted_whole(vault: Vault) -> None:
    tracker = vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE))
    now = datetime(2026, 1, 10, 20, tzinfo=UTC)
    vault.logs.add_many(
        LogEntry(tracker_id=tracker.id, at=now - timedelta(days=d), value=5.0) for d in range(800)
    )
    assert current_streak(vault, tracker.id, now) == 800
    assert current_streak(vault, tracker.id, now + timedelta(days=1)) == 800  # yesterday counts
    assert current_streak(vault, tracker.id, now + timedelta(days=2)) == 0


def test_downsample_by_bisection_equals_the_loop() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        t = 0
        points = []
        for _ in range(rng.randint(0, 300)):
            t += rng.choice([0, 0, 1, 7, 3_600_000, 86_400_000, rng.randint(0, 10**9)])
            points.append((t, float(rng.choice([1, 2, 3, rng.random()]))))
        max_points = rng.randint(0, 50)
        assert downsample(points, max_points) == _downsample_loop(points, max_points)


def test_downsampling_keeps_a_single_spike() -> None:
    points = [(i * 60_000, 70.0) for i in range(100_000)]
    points[54_321] = (points[54_321][0], 190.0)
    shown = downsample(points, 600)
    assert len(shown) <= 600
    assert (54_321 * 60_000, 190.0) in shown


def test_add_many_stores_what_was_given_and_refuses_a_bad_value(vault: Vault) -> None:
    weight = vault.trackers.save(Tracker(key="weight", label="Weight", kind=TrackerKind.NUMERIC,
                                         unit="kg", minimum=20, maximum=350))
    mood = vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE))
    base = datetime(1969, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC)  # before the epoch too
    given = [
        LogEntry(tracker_id=weight.id if i % 2 else mood.id,
                 at=base + timedelta(days=i, microseconds=i * 1_234),
                 value=80.5 + i if i % 2 else float(i % 10), note=f"n{i}")
        for i in range(50)
    ]
    assert vault.logs.add_many(given) == 50
    back = {e.id: e for e in vault.logs.find(LogFilter())}
    for entry in given:
        got = back[entry.id]
        assert (got.tracker_id, got.value, got.note) == (entry.tracker_id, entry.value, entry.note)
        # Stored to the millisecond, floored, as codec.to_ms does.
        assert got.at == entry.at.replace(microsecond=entry.at.microsecond // 1000 * 1000)
    with pytest.raises(ValueError, match="whole number"):  # as before: the tracker's words
        vault.logs.add_many([LogEntry(tracker_id=mood.id, at=base, value=11.0)])
    with pytest.raises(InputError):
        vault.logs.add_many([LogEntry(tracker_id=UUID(int=7), at=base, value=1.0)])
    assert vault.logs.count() == 50


def test_downsampling_in_chunks_equals_downsampling_the_whole() -> None:
    rng = random.Random(12)
    for _ in range(500):
        t = 0
        points = []
        for _ in range(rng.randint(1, 400)):
            t += rng.choice([0, 1, 60_000, rng.randint(0, 10**8)])
            points.append((t, float(rng.choice([1, 2, rng.random()]))))
        max_points = rng.randint(0, 60)
        size = rng.randint(1, 50)
        chunks = [points[i:i + size] for i in range(0, len(points), size)]
        assert downsample_chunks(chunks, points[0][0], points[-1][0], max_points) == downsample(
            points, max_points
        )


def test_chart_data_reads_in_chunks_what_the_series_holds(vault: Vault) -> None:
    rate = vault.trackers.save(Tracker(key="heart-rate", label="Heart rate",
                                       kind=TrackerKind.NUMERIC, unit="bpm"))
    rng = random.Random(4)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    vault.logs.add_many(
        LogEntry(tracker_id=rate.id, at=start + timedelta(minutes=7 * i),
                 value=float(rng.randint(50, 120)))
        for i in range(45_000)
    )
    for window in ((None, None), (start + timedelta(days=30), start + timedelta(days=90))):
        series = vault.logs.series(rate.id, *window)
        shown = chart_data(vault, rate.id, *window, max_points=400)
        assert shown.total == len(series)
        assert shown.points == downsample(series, 400)
    empty = chart_data(vault, rate.id, start - timedelta(days=9), start - timedelta(days=8))
    assert (empty.points, empty.total) == ([], 0)
