"""The window rows of issue #22: what a person feels, measured through the real main window.

Each row runs in fresh processes (`python -m benchmarks.window_runs ROW FOLDER`, one
QApplication each, so rows do not disturb one another) over a private copy of the
1,000,000-entry benchmark vault (bench KDF: cheap Argon2id, so unlock is the app's work and not
the KDF's). The window is built as a double-click builds it (`ui.app.build_shell`: the real
Session, TaskRunner, preferences, idle lock and reminders) and driven as a person would drive
it; see benchmarks/window_kit.py for the clocks:

- a figure runs from the click (or key) to the end of the paint that shows the result *with
  its data*: every job the click started, and every follow-up load those start, has finished;
- the gap is the longest time the event loop was kept from running (a 5 ms timer's longest
  interval, minus 5 ms) during the action: the window was frozen that long.

The re-key row (issue #24) takes a carer's access back in Settings: the whole vault is copied
under a new data key in the task runner while the window shows a progress bar.
"""

from __future__ import annotations

import csv
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import data
from benchmarks.harness import ROOT, Row, median, ms, python_env, say

SIZE = 1_000_000
TRIES = 20  # medians and p95 over this many
TYPING_TRIES = 100  # p99 needs a hundred
PDF_TRIES = 5
IMPORT_ROWS = 100_000
IMPORT_RUNS = 3
SYNC_ITEMS = 10_000
SYNC_RUNS = 3
GAP_TARGET = 0.050


def percentile(values: list[float], q: float) -> float:
    """Nearest rank: the 95th percentile of 20 values is the 19th smallest."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q * len(ordered) / 100)) - 1]


@contextmanager
def _scratch() -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix="hp-window-"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _copy(built: data.BuiltVault, work: Path, name: str = "v") -> Path:
    return built.copy_to(work / name).folder


def run(row: str, folder: Path, arg: str = "", *, tries: int = TRIES,
        timeout: float = 1800) -> dict[str, Any]:
    """One window measurement in a fresh interpreter; its last stdout line is JSON."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.window_runs", row, str(folder), arg,
         "--tries", str(tries)],
        cwd=ROOT, env=python_env(), capture_output=True, text=True, timeout=timeout, check=False,
    )
    if done.returncode != 0:
        said = [line for line in done.stderr.splitlines()
                if line.strip() and "propagateSizeHints" not in line]  # offscreen Qt's noise
        last = said[-1] if said else f"exit code {done.returncode}"
        raise RuntimeError(f"window run {row} failed: {last}\n" + "\n".join(said[-40:]))
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _gap_note(gaps: list[float]) -> str:
    return f"longest event-loop gap median {ms(median(gaps))}, worst {ms(max(gaps))}"


def _ok_gap(gaps: list[float]) -> bool:
    """A gap over 50 ms on the median try fails the row; single worse tries on this shared
    2-core machine are reported as the worst, not judged."""
    return median(gaps) <= GAP_TARGET


# -- rows ----------------------------------------------------------------------------------


def bench_today(rows: list[Row]) -> None:
    say(f"window: unlock -> Today painted with its data, {TRIES} fresh processes ...")
    built = data.vault(SIZE)
    with _scratch() as work:
        folder = _copy(built, work)
        run("today", folder)  # compiles the bytecode cache and warms the OS file cache
        found = [run("today", folder) for _ in range(TRIES)]
    seconds = [r["seconds"] for r in found]
    gaps = [r["gap"] for r in found]
    figure = median(seconds)
    rows.append(Row(
        "unlock -> Today painted with its data, 1,000,000 entries (bench KDF), median of 20",
        ms(figure), "<= 300 ms, no gap > 50 ms", figure <= 0.300 and _ok_gap(gaps),
        f"{_gap_note(gaps)}; first unlock of a fresh app each; a second unlock in the same "
        f"process {ms(median([r['again'] for r in found]))} "
        f"(gap {ms(median([r['again_gap'] for r in found]))})",
        figure * 1000, "ms",
        {"seconds": seconds, "gaps": gaps, "again": [r["again"] for r in found]},
    ))


def _switch_row(rows: list[Row], row: str, what: str) -> None:
    with _scratch() as work:
        result = run(row, _copy(data.vault(SIZE), work))
    seconds = [t["seconds"] for t in result["tries"]]
    gaps = [t["gap"] for t in result["tries"]]
    figure = percentile(seconds, 95)
    rows.append(Row(
        what, ms(figure), "<= 100 ms p95", figure <= 0.100,
        f"median {ms(median(seconds))}; {_gap_note(gaps)}; first time "
        f"{ms(result['first']['seconds'])} (not counted)",
        figure * 1000, "ms", {"seconds": seconds, "gaps": gaps, "first": result["first"]},
    ))


def bench_switch(rows: list[Row]) -> None:
    say("window: switch to Share and back after the data changed ...")
    _switch_row(rows, "switch", "switch to Share and back after the data changed, p95 of 20")


def bench_logview(rows: list[Row]) -> None:
    say("window: switch to Logs after the data changed ...")
    _switch_row(rows, "logview", "switch to Logs after the data changed, p95 of 20")


def bench_typing(rows: list[Row]) -> None:
    say("window: type a value on Today, Enter -> saved value shown ...")
    with _scratch() as work:
        result = run("typing", _copy(data.vault(SIZE), work), tries=TYPING_TRIES)
    seconds = [t["seconds"] for t in result["tries"]]
    figure = percentile(seconds, 99)
    rows.append(Row(
        f"type a value on Today, Enter -> saved value shown, p99 of {TYPING_TRIES}",
        ms(figure), "<= 50 ms p99", figure <= 0.050,
        f"median {ms(median(seconds))}; {_gap_note([t['gap'] for t in result['tries']])}",
        figure * 1000, "ms", {"seconds": seconds},
    ))


def bench_pdf(rows: list[Row]) -> None:
    say("window: GP summary PDF, the last year, event-loop gaps ...")
    with _scratch() as work:
        result = run("pdfgap", _copy(data.vault(SIZE), work), str(work / "summary.pdf"),
                     tries=PDF_TRIES)
    gaps = [t["gap"] for t in result["tries"]]
    seconds = [t["seconds"] for t in result["tries"]]
    figure = median(gaps)
    rows.append(Row(
        f"GP summary PDF (last year), longest event-loop gap, median of {PDF_TRIES}",
        ms(figure), "<= 50 ms", figure <= GAP_TARGET,
        f"click to saved {ms(median(seconds))}; worst gap {ms(max(gaps))}; "
        f"{median([t['gaps_over_50ms'] for t in result['tries']]):.0f} gaps over 50 ms",
        figure * 1000, "ms", {"gaps": gaps, "seconds": seconds},
    ))


def _import_csv() -> Path:
    """100,000 entries of the vault's own trackers as the app's CSV (cached): heart rate,
    weight and mood, ten years, new ids."""
    path = data.CACHE / f"import-{IMPORT_ROWS}-b{data.BUILDER_VERSION}.csv"
    if path.exists():
        return path
    rng = random.Random(IMPORT_ROWS)
    start = datetime(2016, 1, 1, 0, 7, tzinfo=UTC)
    kinds = (("heart-rate", "bpm", lambda: str(rng.randint(50, 120))),
             ("weight", "kg", lambda: f"{rng.uniform(60, 90):.1f}"),
             ("mood", "", lambda: str(rng.randint(0, 10))))
    partial = path.with_suffix(".part")
    partial.parent.mkdir(parents=True, exist_ok=True)
    with partial.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["id", "tracker", "at", "value", "unit", "text", "note"])
        for i in range(IMPORT_ROWS):
            key, unit, value = kinds[i % len(kinds)]
            at = start + timedelta(minutes=53 * i)
            writer.writerow([str(uuid.UUID(int=rng.getrandbits(128), version=4)), key,
                             at.isoformat(timespec="seconds"), value(), unit, "", ""])
    partial.replace(path)
    return path


def bench_import(rows: list[Row]) -> None:
    say(f"window: import {IMPORT_ROWS:,} entries from CSV through Share and back up ...")
    source = _import_csv()
    found: list[dict[str, Any]] = []
    for _ in range(IMPORT_RUNS):
        with _scratch() as work:
            built = data.vault(SIZE).copy_to(work / "v")
            found.append(run("csvimport", built.folder, str(source), timeout=3600))
            vault = built.unlock()
            count = vault.logs.count()
            vault.lock()
        if count != SIZE + IMPORT_ROWS:
            raise RuntimeError(f"the import left {count:,} entries: {found[-1]['summary']}")
    seconds = [r["seconds"] for r in found]
    gaps = [r["gap"] for r in found]
    figure = median(seconds)
    middle = sorted(found, key=lambda r: r["seconds"])[len(found) // 2]
    rows.append(Row(
        f"import {IMPORT_ROWS:,} entries from CSV into the 1,000,000-entry vault, whole "
        f"(read, checked, added, screens reloaded), median of {IMPORT_RUNS}",
        ms(figure), "<= 3 s, no gap > 50 ms", figure <= 3.0 and _ok_gap(gaps),
        f"check {ms(middle['check'])} + add {ms(middle['add'])}; {_gap_note(gaps)}; "
        f"{middle['gaps_over_50ms']} gaps over 50 ms; through the Share screen's Import tab",
        figure * 1000, "ms", {"runs": found},
    ))


def _queued_vault() -> data.BuiltVault:
    """The 1,000,000-entry vault that agreed to send feedback, with 10,000 items queued."""
    from planner.vault.migrations import LATEST
    from sync import consent, outbox

    folder = data.CACHE / f"window-queued-{SIZE}-{SYNC_ITEMS}-s{LATEST}-b{data.BUILDER_VERSION}"
    built = data.BuiltVault(folder, SIZE, data.CHEAP_KDF)
    if (folder / "built.json").exists():
        return built
    say(f"  queueing {SYNC_ITEMS:,} contributions in a copy of the {SIZE:,}-entry vault")
    data.vault(SIZE).copy_to(folder)
    (folder / "built.json").unlink(missing_ok=True)
    services = json.loads((ROOT / "endpoint" / "seed" / "services.json").read_text("utf-8"))
    ids = [doc["id"] for doc in services["services"]]
    rng = random.Random(5)
    ratings = ("very_good", "good", "neither", "poor", "very_poor", "dont_know")
    vault = built.unlock()
    try:
        consent.record(vault, "feedback", "given")
        for _ in range(SYNC_ITEMS):
            outbox.queue_feedback(vault, rng.choice(ids), rng.choice(ratings))
        vault.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()
    (folder / "built.json").write_text("{}")
    return built


def bench_taking_part(rows: list[Row]) -> None:
    say(f"window: open Taking part with {SYNC_ITEMS:,} items queued ...")
    with _scratch() as work:
        result = run("takingpart", _copy(_queued_vault(), work))
    seconds = [t["seconds"] for t in result["tries"]]
    figure = median(seconds)
    rows.append(Row(
        f"open Taking part with {SYNC_ITEMS:,} items queued, median of {TRIES}", ms(figure),
        "<= 100 ms", figure <= 0.100,
        f"p95 {ms(percentile(seconds, 95))}; {_gap_note([t['gap'] for t in result['tries']])}",
        figure * 1000, "ms", {"seconds": seconds},
    ))


def bench_sync(rows: list[Row]) -> None:
    say(f"window: sync {SYNC_ITEMS:,} queued items with the window open ...")
    from benchmarks.sync_bench import endpoint
    from sync import outbox, state

    found: list[dict[str, Any]] = []
    for _ in range(SYNC_RUNS):
        with _scratch() as work, endpoint(work / "endpoint.db") as url:
            built = _queued_vault().copy_to(work / "v")
            vault = built.unlock()
            state.set_endpoint(vault, url)  # what the Settings screen's server address does
            vault.lock()
            started = time.perf_counter()
            result = run("syncgap", built.folder, timeout=3600)
            result["wall"] = time.perf_counter() - started
            vault = built.unlock()
            left = len(outbox.pending(vault))
            vault.lock()
            if left:
                raise RuntimeError(f"{left:,} items still queued after the sync: "
                                   f"{result.get('banner', '')}")
            found.append(result)
    gaps = [r["gap"] for r in found]
    figure = median(gaps)
    rows.append(Row(
        f"sync {SYNC_ITEMS:,} queued items with the window open, longest event-loop gap, "
        f"median of {SYNC_RUNS}", ms(figure), "<= 50 ms", figure <= GAP_TARGET,
        f"click to the screen reloaded {ms(median([r['seconds'] for r in found]))}; worst gap "
        f"{ms(max(gaps))}; {median([r['gaps_over_50ms'] for r in found]):.0f} gaps over "
        "50 ms; to `python -m endpoint` on SQLite",
        figure * 1000, "ms", {"runs": found},
    ))


REKEY_RUNS = 1  # a re-key of the 1M vault takes long; one run, as its figure is its own time
CARER = "Carer"


def _granted(built: data.BuiltVault) -> data.BuiltVault:
    """`built` with a carer profile beside it that was given manage access (what the person
    does in Settings before they ever take it back)."""
    from planner.vault.access import Access

    profiles = built.profiles()
    carer, _code = profiles.create(CARER, data.PASSPHRASE + " carer")
    try:
        Access(profiles).carer_key(carer).wipe()
    finally:
        carer.lock()
    vault = built.unlock()
    try:
        Access(profiles).grant(vault, CARER, "manage")
    finally:
        vault.lock()
    return built


def bench_rekey(rows: list[Row]) -> None:
    say(f"window: take a carer's access back, re-keying the {SIZE:,}-entry vault ...")
    found: list[dict[str, Any]] = []
    for _ in range(REKEY_RUNS):
        with _scratch() as work:
            built = _granted(data.vault(SIZE).copy_to(work / "v"))
            found.append(run("rekey", built.folder, CARER, timeout=3600))
            vault = built.unlock()  # the passphrase opens the new key, with every entry
            count = vault.logs.count()
            vault.lock()
        if count != SIZE:
            raise RuntimeError(f"the re-key left {count:,} entries: {found[-1]['banner']}")
    seconds = [r["seconds"] for r in found]
    gaps = [r["gap"] for r in found]
    figure = median(seconds)
    rows.append(Row(
        f"take a carer's access back: re-key the {SIZE:,}-entry vault through Settings, "
        "longest event-loop gap", ms(median(gaps)), "<= 50 ms", _ok_gap(gaps),
        f"click to the screen reloaded {ms(figure)}; worst gap {ms(max(gaps))}; "
        f"{median([r['gaps_over_50ms'] for r in found]):.0f} gaps over 50 ms; progress bar "
        f"moved {found[0]['progress_steps']} times; entries all there after",
        median(gaps) * 1000, "ms", {"runs": found},
    ))
