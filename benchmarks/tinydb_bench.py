"""Rows against TinyDB 4, the JSON-file store personal health record apps often start on.

Two workloads, the same data on both sides:

- **batch**: 10,000 entries inserted in one batch, then 100 sliding 30-day queries of one
  tracker: what an import followed by browsing costs.
- **a person's**: two years of history (4,000 entries) already in each store, then 300
  entries saved one at a time, each durable before the next (ours: `vault.logs.add`, one
  transaction, WAL with synchronous=FULL, so an fsync per save; TinyDB: `insert`, whose
  JSONStorage flushes and fsyncs its file on every write, with a flush and an `os.fsync` of our
  own added should an installed TinyDB not do so), then 100 sliding 30-day queries of one
  tracker.
  This is how the app is used day to day, and where a store that rewrites one JSON file per
  write falls behind as the history grows.

Both sides open their store afresh after the history is in (as after a restart), and the
clock runs only around the saves and the queries.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import data
from benchmarks.harness import Row, median, ms, say, timed
from benchmarks.vault_bench import _import_trackers, import_entries
from planner.domain.tracker import LogEntry, Tracker
from planner.vault import Profiles, Vault
from planner.vault.logs import LogFilter

HISTORY = 4_000  # two years of a person's six trackers, ~5.5 entries a day
SAVES = 300
QUERIES = 100
TARGET = 20.0  # TinyDB's time over ours
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
START = datetime(2024, 1, 1, 7, tzinfo=UTC)
STEP = timedelta(days=730) / HISTORY  # history and new saves keep the same pace


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="hp-bench-tinydb-"))


def person_entries(trackers: list[Tracker]) -> tuple[list[LogEntry], list[LogEntry]]:
    """Two years of history and the 300 entries a person then saves, round-robin over the
    trackers, whole numbers 0-10 (every tracker here is a 0-10 scale)."""
    rng = random.Random(HISTORY)
    made = [
        LogEntry.model_construct(
            id=uuid.UUID(int=rng.getrandbits(128), version=4),
            tracker_id=trackers[i % len(trackers)].id, at=START + STEP * i,
            value=float(rng.randint(0, 10)), text=None, note="",
        )
        for i in range(HISTORY + SAVES)
    ]
    return made[:HISTORY], made[HISTORY:]


def windows(last: datetime) -> list[tuple[datetime, datetime]]:
    """100 30-day windows ending at `last` (inclusive), sliding back a day each: no answer is
    reused by either side's cache."""
    return [(last + timedelta(milliseconds=1) - timedelta(days=i + 30),
             last + timedelta(milliseconds=1) - timedelta(days=i)) for i in range(QUERIES)]


def _doc(e: LogEntry) -> dict[str, Any]:
    delta = e.at - EPOCH
    return {"id": str(e.id), "tracker": str(e.tracker_id),
            "at": (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000,
            "value": e.value, "text": e.text, "note": e.note}


def _at_ms(at: datetime) -> int:
    return (at - EPOCH) // timedelta(milliseconds=1)


def tinydb_syncs() -> bool:
    """Whether TinyDB's JSONStorage flushes and fsyncs its file in every write itself (it has
    since TinyDB 3.x, msiemens/tinydb#208). Then each insert is already durable when it
    returns, and a second fsync of our own would only charge TinyDB for a sync that finds
    nothing to write but the file times its `truncate` touched; otherwise we add one."""
    import inspect

    from tinydb.storages import JSONStorage

    return "os.fsync" in inspect.getsource(JSONStorage.write)


def _tinydb_searches(table: Any, tracker: Tracker,
                     spans: list[tuple[datetime, datetime]]) -> list[int]:
    from tinydb import Query

    entry = Query()
    found = []
    for start, end in spans:
        found.append(len(table.search((entry.tracker == str(tracker.id))
                                      & (entry.at >= _at_ms(start)) & (entry.at < _at_ms(end)))))
    return found


def _our_searches(vault: Vault, tracker: Tracker,
                  spans: list[tuple[datetime, datetime]]) -> list[int]:
    return [len(vault.logs.find(LogFilter(tracker.id, start, end))) for start, end in spans]


# -- the batch workload ---------------------------------------------------------------------

def _tinydb_batch(entries: list[LogEntry], tracker: Tracker) -> float:
    from tinydb import TinyDB

    work = _scratch()
    try:
        spans = windows(max(e.at for e in entries))

        def run() -> None:
            db = TinyDB(work / "t.json")
            table = db.table("log_entries")
            table.insert_multiple(_doc(e) for e in entries)
            _tinydb_searches(table, tracker, spans)
            db.close()
        return timed(run)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _our_batch(entries: list[LogEntry], trackers: list[Tracker]) -> float:
    work = _scratch()
    try:
        profiles = Profiles(work, kdf=data.CHEAP_KDF)
        vault, _ = profiles.create(data.NAME, data.PASSPHRASE)
        for tracker in trackers:
            vault.trackers.save(tracker)
        spans = windows(max(e.at for e in entries))

        def run() -> None:
            vault.logs.add_many(entries)
            _our_searches(vault, trackers[0], spans)
        seconds = timed(run)
        vault.lock()
        return seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_batch(rows: list[Row]) -> None:
    trackers = _import_trackers()
    entries = import_entries(trackers, 10_000)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(3):
        ours.append(_our_batch(entries, trackers))
        theirs.append(_tinydb_batch(entries, trackers[0]))
    ratio = median(theirs) / median(ours)
    rows.append(Row(
        "log workload vs TinyDB, batch (10,000 inserts at once, then 100 30-day range queries)",
        f"{ratio:.0f}x faster", "reported", None,
        f"{ms(median(ours))} vs {ms(median(theirs))}; both insert in one batch, encrypted vs "
        "plain JSON", ratio, "x",
    ))


# -- a person's workload --------------------------------------------------------------------

def _tinydb_person(history: list[LogEntry], saves: list[LogEntry], tracker: Tracker,
                   spans: list[tuple[datetime, datetime]]) -> tuple[float, float, list[int]]:
    """(seconds for the saves, seconds for the queries, entries each query found)."""
    from tinydb import TinyDB

    work = _scratch()
    try:
        path = work / "t.json"
        db = TinyDB(path)
        db.table("log_entries").insert_multiple(_doc(e) for e in history)
        db.close()
        db = TinyDB(path)  # as after a restart
        table = db.table("log_entries")
        handle = getattr(db.storage, "_handle")  # noqa: B009 - JSONStorage's open file
        docs = [_doc(e) for e in saves]
        sync = not tinydb_syncs()

        def save_all() -> None:
            for doc in docs:
                table.insert(doc)
                if sync:  # durable before the next save, as ours is
                    handle.flush()
                    os.fsync(handle.fileno())
        saving = timed(save_all)
        found: list[int] = []
        querying = timed(lambda: found.extend(_tinydb_searches(table, tracker, spans)))
        db.close()
        return saving, querying, found
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _our_person(history: list[LogEntry], saves: list[LogEntry], trackers: list[Tracker],
                spans: list[tuple[datetime, datetime]]) -> tuple[float, float, list[int]]:
    work = _scratch()
    try:
        profiles = Profiles(work, kdf=data.CHEAP_KDF)
        vault, _ = profiles.create(data.NAME, data.PASSPHRASE)
        for tracker in trackers:
            vault.trackers.save(tracker)
        vault.logs.add_many(history)
        vault.lock()
        vault = profiles.unlock(data.NAME, data.PASSPHRASE)  # as after a restart
        add: Callable[[LogEntry], LogEntry] = vault.logs.add

        def save_all() -> None:
            for entry in saves:
                add(entry)  # one transaction each: WAL, synchronous=FULL
        saving = timed(save_all)
        found: list[int] = []
        querying = timed(lambda: found.extend(_our_searches(vault, trackers[0], spans)))
        vault.lock()
        return saving, querying, found
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_person(rows: list[Row]) -> None:
    trackers = _import_trackers()
    history, saves = person_entries(trackers)
    spans = windows(saves[-1].at)
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for _ in range(3):
        our_save, our_query, our_found = _our_person(history, saves, trackers, spans)
        their_save, their_query, their_found = _tinydb_person(history, saves, trackers[0], spans)
        if our_found != their_found:
            raise RuntimeError("TinyDB and the vault found different entries")
        ours.append((our_save, our_query))
        theirs.append((their_save, their_query))
    our_total = median([s + q for s, q in ours])
    their_total = median([s + q for s, q in theirs])
    ratio = their_total / our_total
    rows.append(Row(
        "log workload vs TinyDB, a person's (4,000 entries of history, 300 durable saves one "
        "at a time, then 100 30-day range queries)",
        f"{ratio:.0f}x faster", f">= {TARGET:.0f}x faster", ratio >= TARGET,
        f"{ms(our_total)} vs {ms(their_total)}: saves {ms(median([s for s, _ in ours]))} vs "
        f"{ms(median([s for s, _ in theirs]))}, queries {ms(median([q for _, q in ours]))} vs "
        f"{ms(median([q for _, q in theirs]))}; fsync per save on both sides, encrypted vs "
        "plain JSON", ratio, "x",
        {"ours_s": our_total, "tinydb_s": their_total,
         "found_per_query": median([float(n) for n in our_found])},
    ))


def bench_tinydb(rows: list[Row]) -> None:
    say("the same log workloads on TinyDB ...")
    try:
        import tinydb  # noqa: F401
    except ImportError:
        for what in ("batch", "a person's"):
            rows.append(Row(f"log workload vs TinyDB, {what}", "not measured",
                            f">= {TARGET:.0f}x faster", None,
                            "tinydb is not installed: .venv/bin/pip install tinydb"))
        return
    bench_batch(rows)
    bench_person(rows)
