"""The per-day summary (log_days, migration 5) that streaks and long charts read (issue #6).

It is derived data, so every way entries change must keep it equal to what the entries say:
migrating an older vault, adding, importing, restoring, editing, deleting and undoing. Each test
uses a real SQLCipher vault on disk and compares the table with a recount of the entries, and
checks what a person would see: a ten-year chart's extremes, a streak.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.services.charts import chart_data, downsample_days
from planner.services.streaks import current_streak
from planner.vault import Vault
from planner.vault.bulk import insert_all, read_all, replace_all
from planner.vault.keys import new_data_key
from planner.vault.logs import DAY_MS, LogFilter, summarise
from planner.vault.snapshot import Snapshot
from planner.vault.store import Store

NOW = datetime(2026, 3, 10, 21, 0, tzinfo=UTC)
TRACKER_BODY = (
    '{{"id": "{id}", "key": "{key}", "label": "{key}", "kind": "{kind}"{unit}}}'
)


def _stored(vault: Vault) -> dict[int, tuple[Any, ...]]:
    rows = vault.store.query(
        "SELECT k, entries, first_at, last_at, valued, low, low_at, high, high_at FROM log_days"
    )
    return {r[0]: tuple(r) for r in rows}


def _recounted(vault: Vault) -> dict[int, tuple[Any, ...]]:
    rows = vault.store.query("SELECT id, tracker, at, value, text, note FROM log_entries")
    return {day[0]: day for day in summarise(rows)}


def assert_days_match_entries(vault: Vault) -> None:
    """log_days holds exactly one right row per tracker and UTC day with entries."""
    stored, recounted = _stored(vault), _recounted(vault)
    assert stored.keys() == recounted.keys()
    for key, want in recounted.items():
        assert stored[key] == want


def _heart_rate(vault: Vault) -> Tracker:
    return vault.trackers.save(Tracker(key="heart-rate", label="Heart rate",
                                       kind=TrackerKind.NUMERIC, unit="bpm"))


def _readings(tracker: Tracker, days: int, per_day: int, seed: int) -> list[LogEntry]:
    rng = random.Random(seed)
    start = NOW - timedelta(days=days)
    step = timedelta(days=1) / per_day
    return [
        LogEntry(tracker_id=tracker.id, at=start + step * i,
                 value=float(rng.choice([60, 61, 70, 70, 72, 85])))
        for i in range(days * per_day)
    ]


def test_a_schema_4_vault_gets_a_correct_summary_when_migrated(tmp_path) -> None:
    path = tmp_path / "vault.db"
    key = new_data_key()
    old = Store(path, key, create=True, schema=4)
    rng = random.Random(5)
    trackers = [("weight", "numeric", ', "unit": "kg"'), ("mood", "scale", ""),
                ("diary", "text", "")]
    entries: list[tuple[bytes, int, int, float | None, str | None]] = []
    base = -3 * DAY_MS + 5  # a few days before 1970 too: days are floored, not truncated
    for n, (_name, kind, _unit) in enumerate(trackers, start=1):
        for i in range(400):
            at = base + i * rng.choice([1, 3_600_000, 7 * 3_600_000])
            if kind == "text":
                entries.append((uuid.uuid4().bytes, n, at, None, "a note"))
            else:
                entries.append((uuid.uuid4().bytes, n, at, float(rng.choice([1, 2, 2, 9])), None))
    with old.transaction() as c:
        for n, (name, kind, unit) in enumerate(trackers, start=1):
            c.execute("INSERT INTO trackers(id, key, body) VALUES (?, ?, ?)",
                      (str(uuid.UUID(int=n)), name,
                       TRACKER_BODY.format(id=uuid.UUID(int=n), key=name, kind=kind, unit=unit)))
        c.executemany("INSERT INTO log_entries(id, tracker, at, value, text) VALUES (?,?,?,?,?)",
                      entries)
    old.close()

    vault = Vault(uuid.uuid4(), "Old", path, bytearray(key))
    try:
        assert vault.store.schema_version >= 5
        assert_days_match_entries(vault)
        assert len(_stored(vault)) > 3 * 20
        # What the summary is for reads the same as the entries themselves say.
        weight = vault.trackers.by_key("weight")
        series = vault.logs.series(weight.id)
        lows = {d[0]: d[2] for d in vault.logs.day_extremes(weight.id)}
        for day in lows:
            values = [v for at, v in series if at // DAY_MS == day]
            assert lows[day] == min(values)
        assert vault.verify() == []
    finally:
        vault.lock()
    assert list(tmp_path.glob("vault.db.before-v5.bak"))


def test_adding_editing_deleting_and_undoing_keep_the_summary_right(vault: Vault) -> None:
    rate = _heart_rate(vault)
    entries = _readings(rate, days=40, per_day=30, seed=1)
    vault.logs.add_many(entries)
    assert_days_match_entries(vault)
    rng = random.Random(2)
    for entry in rng.sample(entries, 60):  # deletes, some of them a day's extreme
        vault.logs.delete(entry.id)
    assert_days_match_entries(vault)
    left = {e.id for e in vault.logs.find(LogFilter(rate.id))}
    for entry in rng.sample([e for e in entries if e.id in left], 40):
        moved = entry.model_copy(update={"at": entry.at - timedelta(days=rng.randint(0, 3)),
                                         "value": float(rng.randint(40, 120))})
        vault.logs.update(moved)  # a value and a day both change
    assert_days_match_entries(vault)
    one = vault.logs.add(LogEntry(tracker_id=rate.id, at=NOW - timedelta(hours=3), value=55.0))
    assert_days_match_entries(vault)
    undo = vault.logs.delete(one.id)
    vault.logs.add(undo)
    assert_days_match_entries(vault)


def test_a_deleted_spike_leaves_the_ten_year_chart_and_undo_brings_it_back(vault: Vault) -> None:
    rate = _heart_rate(vault)
    entries = _readings(rate, days=3650, per_day=4, seed=3)
    spike = entries[7_000].model_copy(update={"value": 190.0})
    low = entries[9_000].model_copy(update={"value": 31.0})
    entries[7_000], entries[9_000] = spike, low
    vault.logs.add_many(entries)

    shown = chart_data(vault, rate.id, None, None)
    assert shown.total == len(entries)
    assert len(shown.points) <= 600
    assert (int(spike.at.timestamp() * 1000), 190.0) in shown.points
    assert (int(low.at.timestamp() * 1000), 31.0) in shown.points

    removed = vault.logs.delete(spike.id)
    shown = chart_data(vault, rate.id, None, None)
    assert max(v for _, v in shown.points) == 85.0
    assert shown.total == len(entries) - 1

    vault.logs.add(removed)  # undo
    shown = chart_data(vault, rate.id, None, None)
    assert (int(spike.at.timestamp() * 1000), 190.0) in shown.points

    corrected = low.model_copy(update={"value": 60.0})  # a mistyped reading, corrected
    vault.logs.update(corrected)
    assert min(v for _, v in chart_data(vault, rate.id, None, None).points) == 60.0


def test_the_long_chart_keeps_every_bucket_extreme_of_the_readings(vault: Vault) -> None:
    """Day buckets show, per bucket, exactly the lowest and highest reading in it."""
    rate = _heart_rate(vault)
    vault.logs.add_many(_readings(rate, days=2000, per_day=9, seed=4))
    for window in ((None, None),
                   (NOW - timedelta(days=1500, hours=5), NOW - timedelta(days=100, hours=17))):
        series = vault.logs.series(rate.id, *window)
        shown = chart_data(vault, rate.id, *window)
        assert shown.total == len(series)
        assert len(shown.points) <= 600
        first_day = series[0][0] // DAY_MS
        per = -(-(series[-1][0] // DAY_MS - first_day + 1) // 300)
        buckets: dict[int, list[tuple[int, float]]] = {}
        for point in series:
            buckets.setdefault((point[0] // DAY_MS - first_day) // per, []).append(point)
        expected: list[tuple[int, float]] = []
        for index in sorted(buckets):
            points = buckets[index]
            lowest = min(points, key=lambda p: p[1])  # the earliest of equal values
            highest = max(points, key=lambda p: p[1])
            expected.extend(sorted({lowest, highest}))
        assert shown.points == expected
    assert downsample_days([], 0, 3) == []


def test_a_short_chart_still_shows_every_reading_or_the_exact_downsampling(vault: Vault) -> None:
    rate = _heart_rate(vault)
    vault.logs.add_many(_readings(rate, days=3000, per_day=1, seed=6)[-500:])
    shown = chart_data(vault, rate.id, None, None)
    assert shown.points == vault.logs.series(rate.id)  # 500 points: all of them, as they are


def test_streaks_after_an_import_and_a_restore(vault: Vault) -> None:
    mood = vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE))
    vault.logs.add_many(LogEntry(tracker_id=mood.id, at=NOW - timedelta(days=d), value=5.0)
                        for d in range(10, 30))
    assert current_streak(vault, mood.id, NOW) == 0
    # An import fills the gap: the streak now runs through it.
    imported = Snapshot(log_entries=tuple(
        LogEntry(tracker_id=mood.id, at=NOW - timedelta(days=d, hours=1), value=6.0)
        for d in range(0, 10)
    ))
    insert_all(vault, imported)
    assert_days_match_entries(vault)
    assert current_streak(vault, mood.id, NOW) == 30

    snapshot = read_all(vault)
    shorter = snapshot.model_copy(update={"log_entries": tuple(
        e for e in snapshot.log_entries if e.at > NOW - timedelta(days=5))})
    replace_all(vault, shorter)
    assert_days_match_entries(vault)
    assert current_streak(vault, mood.id, NOW) == 5
    replace_all(vault, snapshot)
    assert_days_match_entries(vault)
    assert current_streak(vault, mood.id, NOW) == 30


@pytest.mark.parametrize("hours", [0, 1, -5, 5.5, 13, -11])
def test_streak_near_midnight_in_any_time_zone(vault: Vault, hours: float) -> None:
    """Entries at 00:10 and 23:50 local time: the summary's UTC days must give local days."""
    zone = timezone(timedelta(hours=hours))
    steps = vault.trackers.save(Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC,
                                        unit="steps"))
    now = datetime(2026, 3, 10, 12, 0, tzinfo=zone)
    local_midnight = now.replace(hour=0, minute=0)
    entries = []
    for d in range(1, 8):
        minute = 10 if d % 2 else 23 * 60 + 50
        entries.append(LogEntry(tracker_id=steps.id,
                                at=local_midnight - timedelta(days=d, minutes=-minute),
                                value=1.0))
    later_today = LogEntry(tracker_id=steps.id, at=now + timedelta(hours=2), value=1.0)
    vault.logs.add_many([*entries, later_today])
    assert current_streak(vault, steps.id, now) == 7  # today's entry is still to come
    assert current_streak(vault, steps.id, now + timedelta(hours=3)) == 8
    vault.logs.delete(entries[2].id)  # three days ago
    assert current_streak(vault, steps.id, now) == 2


def test_chart_labels_describe_every_reading_on_both_paths(vault: Vault) -> None:
    """low, high, latest and total are those of the whole window, long or short."""
    rate = _heart_rate(vault)
    vault.logs.add_many(_readings(rate, days=2500, per_day=6, seed=8))
    for window in ((None, None), (NOW - timedelta(days=40), None),
                   (NOW - timedelta(days=2000, hours=3), NOW - timedelta(days=3, hours=2))):
        series = vault.logs.series(rate.id, *window)
        shown = chart_data(vault, rate.id, *window)
        values = [v for _, v in series]
        assert (shown.total, shown.low, shown.high, shown.latest) == (
            len(series), min(values), max(values), series[-1])


def test_batches_into_the_same_days_combine_like_one_batch(vault: Vault) -> None:
    """Equal values in a later batch but at an earlier time become the day's extreme time."""
    rate = _heart_rate(vault)
    rng = random.Random(9)
    everything = _readings(rate, days=30, per_day=24, seed=9)
    rng.shuffle(everything)
    for start in range(0, len(everything), 97):  # batches that each touch many stored days
        vault.logs.add_many(everything[start:start + 97])
        assert_days_match_entries(vault)
    text = vault.trackers.save(Tracker(key="diary", label="Diary", kind=TrackerKind.TEXT))
    vault.logs.add_many(LogEntry(tracker_id=text.id, at=NOW - timedelta(hours=h), text="ok")
                        for h in range(0, 72, 5))
    vault.logs.add(LogEntry(tracker_id=text.id, at=NOW - timedelta(hours=1), text="more"))
    assert_days_match_entries(vault)
