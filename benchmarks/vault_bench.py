"""Rows about the vault: unlock, saving, bulk import, range queries, charts, memory, and
how unlock and range queries grow with the size of the vault."""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks import data
from benchmarks.harness import Row, median, ms, p99, probe, say, timed
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.services.charts import chart_data
from planner.services.today import today
from planner.vault import Profiles, Vault
from planner.vault.logs import LogFilter
from planner.vault.migrations import MIGRATIONS
from planner.vault.store import CACHE_KIB, _statements

GROWTH_SIZES = (10_000, 100_000, 1_000_000)
UNLOCK_SIZE = 200_000
IMPORT_SIZE = 100_000
FLAT_LIMIT = 3.0  # 1M vs 10k: a linear cost would be 100x; flat or logarithmic stays near 1x


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="hp-bench-"))


def unlock_and_dashboard(built: data.BuiltVault) -> float:
    """Seconds from passphrase to the Today screen's data: KDF, open, dashboard."""
    def run() -> None:
        vault = built.unlock()
        try:
            today(vault, data.NOW)
        finally:
            vault.lock()
    return timed(run)


def bench_unlock(rows: list[Row]) -> None:
    say("unlock with ten years of data vs an empty vault (product KDF) ...")
    full = data.vault(UNLOCK_SIZE, data.PRODUCT_KDF)
    empty = data.empty_vault(data.PRODUCT_KDF)
    unlock_and_dashboard(full)  # first read from disk into the OS cache, for both
    unlock_and_dashboard(empty)
    with_data: list[float] = []
    without: list[float] = []
    for _ in range(7):
        with_data.append(unlock_and_dashboard(full))
        without.append(unlock_and_dashboard(empty))
    delta = median(with_data) - median(without)
    rows.append(Row(
        "unlock (KDF + open + dashboard), 10 years / 200,000 entries, minus empty vault",
        ms(delta), "<= 150 ms", delta <= 0.150,
        f"{ms(median(with_data))} vs {ms(median(without))} (Argon2id 64 MiB, t=3, p=4)",
        delta * 1000, "ms",
    ))


def bench_save(rows: list[Row]) -> None:
    say("saving one log entry, durable ...")
    work = _scratch()
    try:
        built = data.vault(UNLOCK_SIZE).copy_to(work / "v")
        vault = built.unlock()
        weight = vault.trackers.by_key("weight")
        at = datetime(2026, 1, 1, 7, tzinfo=UTC)
        entries = [LogEntry(tracker_id=weight.id, at=at + timedelta(hours=i), value=80.0)
                   for i in range(320)]
        times = [timed(lambda e=e: vault.logs.add(e)) for e in entries]  # type: ignore[misc]
        vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    worst = p99(times[20:])  # the first few warm the page cache
    rows.append(Row(
        "save one log entry, durable (p99 of 300)", ms(worst), "<= 10 ms", worst <= 0.010,
        f"median {ms(median(times[20:]))}; WAL, synchronous=FULL: fsync per save",
        worst * 1000, "ms",
    ))


def import_entries(trackers: list[Tracker], count: int) -> list[LogEntry]:
    """`count` entries round-robin over `trackers`, oldest first: how a backup reads back."""
    rng = random.Random(count)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    return [
        LogEntry.model_construct(
            id=uuid.UUID(int=rng.getrandbits(128), version=4),
            tracker_id=trackers[i % len(trackers)].id,
            at=start + timedelta(minutes=53 * i),
            value=float(rng.randint(0, 10)), text=None, note="",
        )
        for i in range(count)
    ]


def _import_trackers() -> list[Tracker]:
    return [Tracker(id=uuid.UUID(int=i + 1, version=4), key=f"t{i}", label=f"Tracker {i}",
                    kind=TrackerKind.SCALE) for i in range(6)]


def _ours(entries: list[LogEntry], trackers: list[Tracker]) -> float:
    work = _scratch()
    try:
        profiles = Profiles(work, kdf=data.CHEAP_KDF)
        created, _ = profiles.create(data.NAME, data.PASSPHRASE)
        for tracker in trackers:
            created.trackers.save(tracker)
        created.lock()
        vault = profiles.unlock(data.NAME, data.PASSPHRASE)  # as after a restart
        seconds = timed(lambda: vault.logs.add_many(entries))
        vault.lock()
        return seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)


# The key and pragmas `Store` opens every vault with (store.py), for the raw reference.
RAW_KEY = "PRAGMA key = \"x'" + "5a" * 32 + "'\""
STORE_PRAGMAS = ("cipher_memory_security = ON", "journal_mode = WAL", "synchronous = FULL",
                 "temp_store = MEMORY", "foreign_keys = ON", f"cache_size = -{CACHE_KIB}")


def _reference(entries: list[LogEntry], trackers: list[Tracker], *, cipher: bool) -> float:
    """The same inserts without our code: the migrations' schema, the same pragmas, the rows
    built from the same entries, one `executemany` in one transaction.

    `cipher`: raw SQLCipher keyed the way `Store` keys a vault, with every pragma `Store` sets
    (cipher_memory_security ON among them) and no statement cache, as `Store` connects; this
    is the reference the row's target is about, since our code cannot be faster than the
    library under it. Without `cipher`: stdlib sqlite3 with the same pragmas less the cipher
    ones, which the row reports as context only (no encryption, no locked memory).
    """
    work = _scratch()
    try:
        pragmas: tuple[str, ...] = STORE_PRAGMAS
        if cipher:
            conn: Any = sqlcipher3.connect(str(work / "p.db"), isolation_level=None,
                                           cached_statements=0)
            conn.execute(RAW_KEY)
        else:
            conn = sqlite3.connect(str(work / "p.db"), isolation_level=None)
            pragmas = tuple(p for p in STORE_PRAGMAS if not p.startswith("cipher"))
        for pragma in pragmas:
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN")
        for _n, sql in MIGRATIONS:
            for statement in _statements(sql):
                conn.execute(statement)
        conn.executemany("INSERT INTO trackers(id, key, body) VALUES (?, ?, ?)",
                         [(str(t.id), t.key, t.model_dump_json()) for t in trackers])
        conn.execute("COMMIT")
        numbers = {uuid.UUID(i): n for n, i in conn.execute("SELECT n, id FROM trackers")}
        epoch = datetime(1970, 1, 1, tzinfo=UTC)

        def insert() -> None:
            rows = []
            for e in entries:  # add_many's integer maths, so neither side is handicapped
                delta = e.at - epoch
                rows.append((e.id.bytes, numbers[e.tracker_id],
                             (delta.days * 86_400 + delta.seconds) * 1000
                             + delta.microseconds // 1000, e.value, e.text, e.note))
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO log_entries(id, tracker, at, value, text, note) "
                             "VALUES (?, ?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")

        seconds = timed(insert)
        conn.close()
        return seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_import(rows: list[Row]) -> None:
    say("add_many of 100,000 entries vs raw SQLCipher with the same settings ...")
    trackers = _import_trackers()
    entries = import_entries(trackers, IMPORT_SIZE)
    ours: list[float] = []
    raw: list[float] = []
    plain: list[float] = []
    for _ in range(5):
        raw.append(_reference(entries, trackers, cipher=True))
        ours.append(_ours(entries, trackers))
        plain.append(_reference(entries, trackers, cipher=False))
    ratio = median(ours) / median(raw)
    rows.append(Row(
        "add_many of 100,000 entries vs raw SQLCipher, same settings, schema and inserts",
        f"{ratio:.2f}x", "<= 1.15x", ratio <= 1.15,
        f"{ms(median(ours))} vs {ms(median(raw))} (both cipher_memory_security ON); context: "
        f"plain sqlite3 {ms(median(plain))} ({median(ours) / median(plain):.2f}x)",
        ratio, "x", {"ours_s": median(ours), "raw_sqlcipher_s": median(raw),
                     "plain_sqlite3_s": median(plain)},
    ))


def _range(vault: Vault, tracker: Tracker, runs: int = 200) -> float:
    """Median seconds for a 30-day window of one tracker (as full entries, for the log view),
    the window sliding back a day each run so no answer is reused."""
    times = []
    for i in range(runs):
        end = data.NOW - timedelta(days=i % 60)
        window = LogFilter(tracker.id, end - timedelta(days=30), end)
        times.append(timed(lambda w=window: vault.logs.find(w)))  # type: ignore[misc]
    return median(times)


def bench_growth(rows: list[Row], growth: dict[str, Any]) -> None:
    say("range query and unlock at 10k, 100k and 1M entries ...")
    ranges: dict[int, float] = {}
    unlocks: dict[int, float] = {}
    counts: dict[int, int] = {}
    for size in GROWTH_SIZES:
        built = data.vault(size)
        unlock_and_dashboard(built)
        unlocks[size] = median([unlock_and_dashboard(built) for _ in range(5)])
        vault = built.unlock()
        weight = vault.trackers.by_key("weight")
        counts[size] = len(vault.logs.find(LogFilter(weight.id, data.NOW - timedelta(days=30),
                                                     data.NOW)))
        ranges[size] = _range(vault, weight)
        vault.lock()
    big = GROWTH_SIZES[-1]
    rows.append(Row(
        "30-day range of one tracker, 1,000,000-entry vault", ms(ranges[big]), "<= 5 ms",
        ranges[big] <= 0.005, f"{counts[big]} entries as LogEntry objects (the log view)",
        ranges[big] * 1000, "ms",
    ))
    for name, figures in (("range query", ranges), ("unlock (cheap KDF) + dashboard", unlocks)):
        ratio = figures[big] / figures[GROWTH_SIZES[0]]
        steps = ", ".join(f"{size:,}: {ms(figures[size])}" for size in GROWTH_SIZES)
        rows.append(Row(
            f"growth of {name}, 10k -> 100k -> 1M entries", f"{ratio:.2f}x at 1M",
            f"flat or log (<= {FLAT_LIMIT:.0f}x)", ratio <= FLAT_LIMIT, steps, ratio, "x",
        ))
        growth[name] = {str(size): figures[size] for size in GROWTH_SIZES}


def bench_charts(rows: list[Row]) -> None:
    say("chart data for ten years of one tracker ...")
    vault = data.vault(UNLOCK_SIZE).unlock()
    try:
        for key, what in (("mood", "daily mood, 3,652 entries"),
                          ("heart-rate", "a wearable's heart rate, ~190,000 entries")):
            tracker = vault.trackers.by_key(key)
            chart_data(vault, tracker.id, None, None)
            figure = median([timed(partial(chart_data, vault, tracker.id, None, None))
                             for _ in range(7)])
            shown = chart_data(vault, tracker.id, None, None)
            rows.append(Row(
                f"chart data, 10 years of one tracker ({what})", ms(figure), "<= 50 ms",
                figure <= 0.050, f"{shown.total:,} entries -> {len(shown.points)} points, "
                "each bucket's min and max kept", figure * 1000, "ms",
            ))
    finally:
        vault.lock()


def bench_memory(rows: list[Row]) -> None:
    say("peak memory, 1,000,000-entry vault vs empty (fresh processes) ...")
    big = data.vault(GROWTH_SIZES[-1])
    empty = data.empty_vault()
    full_kib = median([probe("memory", str(big.folder))["peak_kib"] for _ in range(3)])
    empty_kib = median([probe("memory", str(empty.folder))["peak_kib"] for _ in range(3)])
    ratio = full_kib / empty_kib
    rows.append(Row(
        "peak memory, 1,000,000-entry vault open vs empty vault", f"{ratio:.2f}x", "<= 1.5x",
        ratio <= 1.5, f"{full_kib / 1024:.0f} MiB vs {empty_kib / 1024:.0f} MiB peak RSS: "
        "unlock, dashboard, 10-year charts, 30-day range", ratio, "x",
    ))


def memory_probe(folder: Path) -> int:
    """In a fresh process: open the vault, do what the first screens do; peak RSS in KiB.

    VmHWM from /proc, not getrusage: ru_maxrss survives exec, so a child forked from this big
    benchmark process would report the parent's size.
    """
    vault = Profiles(folder, kdf=data.CHEAP_KDF).unlock(data.NAME, data.PASSPHRASE)
    today(vault, data.NOW)
    for tracker in vault.trackers.all():
        chart_data(vault, tracker.id, None, None)
        vault.logs.find(LogFilter(tracker.id, data.NOW - timedelta(days=30), data.NOW))
    vault.lock()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource  # not Linux: the best there is

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def run(rows: list[Row], growth: dict[str, Any], only: Callable[[str], bool]) -> None:
    for name, step in (("unlock", bench_unlock), ("save", bench_save),
                       ("import", bench_import), ("charts", bench_charts),
                       ("memory", bench_memory)):
        if only(name):
            step(rows)
    if only("growth"):
        bench_growth(rows, growth)
