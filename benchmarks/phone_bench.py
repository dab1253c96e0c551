"""The Apple Health row of `make bench` (#19): a generated export read streaming, time and peak
memory, memory flat in file size.

`write_export(path, size)` writes an export.xml of about `size` bytes shaped like a real one
(steps from a phone and a watch every three minutes, heart rate, active energy, a weight in lb
and a night's sleep a day: about 560 KB a day, so 1 GB holds five years, as a watch wearer's
export does; the reader's memory grows with the number of days, not with the bytes).
`measure(path)` reads it in a fresh interpreter (the same reader the import uses,
`apple_health.read_export`) and returns seconds and peak memory from VmHWM in /proc/self/status
(not ru_maxrss: Linux carries it across fork and exec, so a child of a big process would report
its parent). tests/unit/share/test_apple_health_memory.py uses both at
50 MB; the bench row generates 1 GB (HEALTH_PLANNER_BENCH_APPLE_MB sets another size).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.harness import ROOT, Row, python_env, say

MB = 1024 * 1024
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
    "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n"
    "<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n"
    '<HealthData locale="en_GB">\n <ExportDate value="2024-01-03 09:00:00 +0000"/>\n'
)


def _date(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S +0000")


def _rec(kind: str, source: str, unit: str, at: datetime, value: str) -> str:
    return (f' <Record type="HKQuantityTypeIdentifier{kind}" sourceName="{source}" '
            f'sourceVersion="17.2" device="&lt;&lt;HKDevice: 0x0&gt;, name:{source}&gt;" '
            f'unit="{unit}" creationDate="{_date(at)}" startDate="{_date(at)}" '
            f'endDate="{_date(at + timedelta(minutes=10))}" value="{value}"/>\n')


def write_export(path: Path, size: int) -> int:
    """An export.xml of about `size` bytes; returns the number of records written."""
    at = datetime(2015, 1, 1, tzinfo=UTC)
    written = 0
    records = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        while written < size:
            chunk = []
            for n in range(480):  # a day, every three minutes
                moment = at + timedelta(minutes=3 * n)
                chunk.append(_rec("StepCount", "iPhone", "count", moment, str(50 + n % 40)))
                chunk.append(_rec("StepCount", "Apple Watch", "count", moment, str(60 + n % 30)))
                chunk.append(_rec("HeartRate", "Apple Watch", "count/min", moment,
                                  str(60 + n % 25)))
                chunk.append(_rec("ActiveEnergyBurned", "Apple Watch", "kcal", moment, "3.5"))
            chunk.append(_rec("BodyMass", "Scale", "lb", at + timedelta(hours=7), "176.4"))
            chunk.append(
                ' <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Apple Watch" '
                f'startDate="{_date(at - timedelta(hours=1))}" '
                f'endDate="{_date(at + timedelta(hours=6))}" '
                'value="HKCategoryValueSleepAnalysisAsleepCore"/>\n')
            text = "".join(chunk)
            out.write(text)
            written += len(text)
            records += len(chunk)
            at += timedelta(days=1)
        out.write("</HealthData>\n")
    return records


PROBE = """
import json, sys, time
from pathlib import Path
from planner.share import apple_health
from planner.share.limits import DEFAULT_LIMITS
began = time.perf_counter()
days, problems = apple_health.read_export(Path(sys.argv[1]), DEFAULT_LIMITS)
seconds = time.perf_counter() - began
hwm = next(int(l.split()[1]) for l in Path("/proc/self/status").read_text().splitlines()
           if l.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "peak_kib": hwm, "days": len(days.days),
                  "problems": problems.total}))
"""


def measure(path: Path) -> dict[str, Any]:
    """Read `path` in a fresh interpreter: seconds, peak KiB (VmHWM), days, problems."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=ROOT, env=python_env(),
                          capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_apple_health(rows: list[Row]) -> None:
    """A generated 1 GB export (time, peak memory) against a 10 MB one (memory flat)."""
    size_mb = int(os.environ.get("HEALTH_PLANNER_BENCH_APPLE_MB", "1024"))
    cache = ROOT / "benchmarks" / ".cache"
    cache.mkdir(parents=True, exist_ok=True)
    small, big = cache / "apple-10mb.xml", cache / f"apple-{size_mb}mb.xml"
    for path, mb in ((small, 10), (big, size_mb)):
        if not path.exists() or path.stat().st_size < mb * MB:
            say(f"writing a {mb:,} MB Apple Health export ...")
            write_export(path, mb * MB)
    say(f"reading the {size_mb:,} MB Apple Health export (fresh process) ...")
    little = measure(small)
    large = measure(big)
    ratio = large["peak_kib"] / little["peak_kib"]
    rows.append(Row(
        f"Apple Health export, {size_mb:,} MB, read streaming", f"{large['seconds']:.0f} s",
        "memory flat: peak <= 1.2x a 10 MB export's", ratio <= 1.2,
        f"peak {large['peak_kib'] / 1024:.0f} MiB (10 MB export: "
        f"{little['peak_kib'] / 1024:.0f} MiB); {large['seconds'] / size_mb * 1024:.0f} s per GB",
        large["seconds"], "s", {"peak_kib": large["peak_kib"], "small_peak_kib":
                                little["peak_kib"], "size_mb": size_mb},
    ))
