"""Benchmark vaults: a person's ten years of logs at a chosen size, built once and cached.

Every vault holds the same person (the demo profile's plan, goals, reminders, questionnaires and
its last two years of six trackers), plus eight more years of daily mood and medication before
that, so the dashboard has ten-year streaks to walk whatever the size. A "heart rate" tracker, as
a wearable would feed it, takes up the rest of the entries spread evenly over the ten years. So
the vaults differ in size, not in shape: a 30-day range of weight holds the same entries in the
10,000-entry vault as in the 1,000,000-entry one, which is what lets the growth rows say whether
cost follows the size of the vault (it must not) rather than the size of the answer.

Vaults are built with cheap Argon2id parameters unless `kdf` says otherwise and kept under
benchmarks/.cache/ keyed by size, KDF and schema version, so a rerun starts in seconds.
"""

from __future__ import annotations

import json
import random
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from planner import demo
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.vault import KdfParams, Profiles, Vault
from planner.vault.migrations import LATEST

CACHE = Path(__file__).resolve().parent / ".cache"
CHEAP_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
PRODUCT_KDF = KdfParams()  # the product floor: 64 MiB, 3 passes, 4 lanes (no calibration)
PASSPHRASE = "benchmark passphrase"
NAME = "Bench"
YEARS = 10
END = date(2025, 12, 31)  # the data's "today"; fixed so cached vaults never go stale
NOW = datetime(2025, 12, 31, 21, 30, tzinfo=UTC)  # the dashboard's "now" on END
FIRST = END - timedelta(days=round(YEARS * 365.25) - 1)
BUILDER_VERSION = 1  # bump when the shape of the data changes, to rebuild cached vaults
BATCH = 50_000


@dataclass(frozen=True)
class BuiltVault:
    """A cached data folder holding one profile, and how to open it."""

    folder: Path
    size: int
    kdf: KdfParams

    def profiles(self, folder: Path | None = None) -> Profiles:
        return Profiles(folder or self.folder, kdf=self.kdf)

    def unlock(self, folder: Path | None = None) -> Vault:
        return self.profiles(folder).unlock(NAME, PASSPHRASE)

    def copy_to(self, target: Path) -> BuiltVault:
        """A private copy (tests that write must not change the cached vault)."""
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.folder, target)
        return BuiltVault(target, self.size, self.kdf)


def _key(size: int, kdf: KdfParams) -> str:
    tag = "product" if kdf == PRODUCT_KDF else f"m{kdf.memory_kib}t{kdf.time_cost}"
    return f"vault-{size}-{tag}-s{LATEST}-b{BUILDER_VERSION}"


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _history(trackers: dict[str, Tracker], rng: random.Random, budget: int) -> Iterator[LogEntry]:
    """Daily mood and medication for the eight years before the demo's two, oldest first."""
    demo_start = END - timedelta(days=demo.DAYS - 1)
    day = FIRST
    made = 0
    while day < demo_start and made + 2 <= budget:
        base = datetime(day.year, day.month, day.day, tzinfo=UTC)
        yield LogEntry.model_construct(
            id=_uuid(rng), tracker_id=trackers["medication"].id,
            at=base + timedelta(hours=8, minutes=rng.randint(0, 40)),
            value=1.0 if rng.random() < 0.93 else 0.0, text=None, note="",
        )
        yield LogEntry.model_construct(
            id=_uuid(rng), tracker_id=trackers["mood"].id,
            at=base + timedelta(hours=20, minutes=rng.randint(0, 40)),
            value=float(min(10, max(0, round(rng.gauss(5.5, 1.5))))), text=None, note="",
        )
        made += 2
        day += timedelta(days=1)


def _heart_rate(tracker: Tracker, rng: random.Random, count: int) -> Iterator[LogEntry]:
    """`count` readings spread evenly over the ten years, oldest first."""
    if count <= 0:
        return
    start = datetime(FIRST.year, FIRST.month, FIRST.day, tzinfo=UTC)
    span = (NOW - timedelta(hours=1) - start) / count
    for i in range(count):
        yield LogEntry.model_construct(
            id=_uuid(rng), tracker_id=tracker.id, at=start + span * i,
            value=float(round(rng.gauss(72, 9))) if rng.random() > 0.0005 else 180.0,
            text=None, note="",
        )


HEART_RATE = Tracker(
    id=uuid.UUID("6f1e9a52-4c1b-4d7e-9a43-0b8c7d2e5f10"), key="heart-rate", label="Heart rate",
    kind=TrackerKind.NUMERIC, unit="bpm", minimum=20, maximum=250,
)


def populate(vault: Vault, size: int, progress: bool = False) -> None:
    """Fill an empty vault with exactly `size` log entries (at least the demo's two years)."""
    demo.populate(vault, today=END)
    have = vault.logs.count()
    if size < have:
        raise ValueError(f"a benchmark vault holds at least the demo's {have} entries")
    trackers = {t.key: t for t in vault.trackers.all()}
    vault.trackers.save(HEART_RATE)
    rng = random.Random(size)
    remaining = size - have
    history = list(_history(trackers, rng, remaining))
    _add(vault, history, progress, size)
    _add(vault, _heart_rate(HEART_RATE, rng, remaining - len(history)), progress, size)
    assert vault.logs.count() == size


def _add(vault: Vault, entries: Iterator[LogEntry] | list[LogEntry], progress: bool,
         size: int) -> None:
    batch: list[LogEntry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) == BATCH:
            vault.logs.add_many(batch)
            batch = []
            if progress:
                print(f"    ... {vault.logs.count():,} of {size:,} entries", flush=True)
    if batch:
        vault.logs.add_many(batch)


def vault(size: int, kdf: KdfParams = CHEAP_KDF, *, log: bool = True) -> BuiltVault:
    """The cached vault of `size` entries, built on first use."""
    folder = CACHE / _key(size, kdf)
    marker = folder / "built.json"
    if marker.exists():
        return BuiltVault(folder, size, kdf)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if log:
        print(f"  building a {size:,}-entry vault (cached in {folder.relative_to(CACHE.parent)})",
              flush=True)
    started = time.perf_counter()
    opened, _code = Profiles(folder, kdf=kdf).create(NAME, PASSPHRASE)
    try:
        populate(opened, size, progress=log and size > BATCH)
        opened.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        opened.lock()
    marker.write_text(json.dumps({"size": size, "seconds": time.perf_counter() - started}))
    return BuiltVault(folder, size, kdf)


def empty_vault(kdf: KdfParams = CHEAP_KDF) -> BuiltVault:
    """A profile with nothing in it: the reference for unlock and memory."""
    folder = CACHE / f"empty-{_key(0, kdf)}"
    if not (folder / "built.json").exists():
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        Profiles(folder, kdf=kdf).create(NAME, PASSPHRASE)[0].lock()
        (folder / "built.json").write_text("{}")
    return BuiltVault(folder, 0, kdf)
