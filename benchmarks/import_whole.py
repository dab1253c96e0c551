"""The whole CSV import on a big vault, core only (no window): check (the preview's dry run)
then add, as the Share screen runs them (issue #22).

    python -m benchmarks.import_whole [--size 1000000] [--rows 100000] [--runs 3]

The CSV is the app's own export format (planner.share.csv's columns, UTF-8 with a BOM, CRLF),
100,000 new entries of four trackers over the last year. Each run imports into a fresh copy of
the cached benchmark vault; prints check, add and the whole import in seconds, and the medians,
with the CPU time the process used (user + system: on a shared, loaded machine it moves far less
than the wall clock).
"""

from __future__ import annotations

import argparse
import csv as stdcsv
import io
import random
import shutil
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import data
from planner.share import csv as share_csv
from planner.share import files as share


def make_csv(path: Path, trackers: dict[str, object], rows: int) -> None:
    """`rows` new entries (fresh random ids) in the export's format, oldest first."""
    rng = random.Random(rows)
    start = data.NOW - timedelta(days=365)
    step = timedelta(days=365) / rows
    kinds = [("heart-rate", lambda: float(round(rng.gauss(72, 9)))),
             ("steps", lambda: float(rng.randint(500, 20_000))),
             ("mood", lambda: float(rng.randint(0, 10))),
             ("weight", lambda: round(rng.uniform(60, 90), 1))]
    buffer = io.StringIO(newline="")
    writer = stdcsv.writer(buffer, lineterminator="\r\n")
    writer.writerow(share_csv.HEADER)
    for i in range(rows):
        key, value = kinds[0] if i % 4 else kinds[1 + (i // 4) % 3]
        tracker = trackers[key]
        at: datetime = (start + step * i).astimezone(UTC)
        writer.writerow([
            str(uuid.UUID(int=rng.getrandbits(128), version=4)), key,
            share_csv.format_time(at, UTC), share_csv.format_number(value()),
            tracker.unit, "", "",  # type: ignore[attr-defined]
        ])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def io_bytes() -> int:
    """Bytes this process had the kernel read from and write to storage (Linux), 0 elsewhere."""
    try:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    except OSError:
        return 0
    return int(fields["read_bytes"]) + int(fields["write_bytes"])


def one_run(built: data.BuiltVault, csv_path: Path, scratch: Path) -> tuple[float, float, float]:
    copy = built.copy_to(scratch / "vault")
    vault = copy.unlock()
    try:
        cpu = time.process_time()
        io = io_bytes()
        started = time.perf_counter()
        checked = share.check_file(vault, csv_path)
        middle = time.perf_counter()
        if getattr(checked, "checked", None) is not None:  # the add reuses the preview's work
            result = share.import_file(vault, csv_path, previewed=checked)
        else:
            result = share.import_file(vault, csv_path)
        ended = time.perf_counter()
        cpu = time.process_time() - cpu
        print(f"  storage read + written: {(io_bytes() - io) / 2**20:,.0f} MiB", flush=True)
        assert result.counts["log entries"] > 0
        return middle - started, ended - middle, cpu
    finally:
        vault.lock()
        shutil.rmtree(scratch / "vault")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    built = data.vault(args.size)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        csv_path = scratch / "entries.csv"
        vault = built.copy_to(scratch / "vault").unlock()  # never open the cached one
        try:
            trackers = {t.key: t for t in vault.trackers.all(include_archived=True)}
        finally:
            vault.lock()
            shutil.rmtree(scratch / "vault")
        make_csv(csv_path, trackers, args.rows)
        checks, adds, cpus = [], [], []
        for run in range(args.runs):
            check, add, cpu = one_run(built, csv_path, scratch)
            checks.append(check)
            adds.append(add)
            cpus.append(cpu)
            print(f"run {run + 1}: check {check:.2f} s  add {add:.2f} s  "
                  f"whole {check + add:.2f} s  (CPU {cpu:.2f} s)", flush=True)
        print(f"median: check {statistics.median(checks):.2f} s  add "
              f"{statistics.median(adds):.2f} s  whole "
              f"{statistics.median([c + a for c, a in zip(checks, adds, strict=True)]):.2f} s  "
              f"(CPU {statistics.median(cpus):.2f} s)")


if __name__ == "__main__":
    main()
