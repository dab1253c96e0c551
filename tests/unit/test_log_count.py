"""Counting log entries (the Logs screen's "N entries") from the per-day summary (issue #22).

`count(*)` over a million entries read and decrypted the whole time index on every Logs reload
(~60-100 ms in the worker, on the path to the screen painted with its data). Whole days are
counted from log_days; the entries themselves are read only for a day the window cuts through.
These tests keep the count exact for any filter and guard that the whole-history count reads no
entry.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.vault import Vault
from planner.vault.logs import LogFilter

NOW = datetime(2026, 3, 10, 21, 0, tzinfo=UTC)


def _trackers(vault: Vault) -> list[Tracker]:
    return [
        vault.trackers.save(Tracker(key="heart-rate", label="Heart rate",
                                    kind=TrackerKind.NUMERIC, unit="bpm")),
        vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE)),
    ]


def _fill(vault: Vault, trackers: list[Tracker]) -> None:
    rng = random.Random(22)
    entries = [
        LogEntry(tracker_id=rng.choice(trackers).id, value=float(rng.randint(1, 9)),
                 at=NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 40)))
        for _ in range(600)
    ]
    vault.logs.add_many(entries)


def _recount(vault: Vault, filt: LogFilter) -> int:
    return len(vault.logs.find(filt))


def test_the_count_is_exact_for_any_tracker_and_window(vault: Vault) -> None:
    trackers = _trackers(vault)
    _fill(vault, trackers)
    rng = random.Random(7)
    filters = [LogFilter()] + [LogFilter(tracker_id=t.id) for t in trackers]
    for _ in range(60):
        start = NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 42))
        end = start + timedelta(minutes=rng.choice([0, 7, 60 * 20, 60 * 24, 60 * 24 * 3 + 5,
                                                    60 * 24 * 30]))
        filters.append(LogFilter(
            tracker_id=rng.choice([None, *(t.id for t in trackers)]),
            start=rng.choice([start, None]),
            end=rng.choice([end, None]),
        ))
    for filt in filters:
        assert vault.logs.count(filt) == _recount(vault, filt), filt


def test_counting_every_entry_reads_no_entry(vault: Vault) -> None:
    """The whole history, or one tracker's, is counted from log_days alone."""
    trackers = _trackers(vault)
    _fill(vault, trackers)
    read: set[str] = set()

    def authorizer(action: int, table: str | None, *_rest: object) -> int:
        if action == 20 and table:  # SQLITE_READ of a column of `table`
            read.add(table)
        return 0  # SQLITE_OK

    conn = vault.store.conn
    conn.set_authorizer(authorizer)
    try:
        everything = vault.logs.count()
        mood = vault.logs.count(LogFilter(tracker_id=trackers[1].id))
    finally:
        conn.set_authorizer(None)
    assert everything == 600
    assert 0 < mood < 600
    assert "log_entries" not in read
    assert "log_days" in read
