"""What every benchmark row shares: timing, the table, results.json, the machine.

A row is one figure with its target. Figures are medians of repeated runs (p99 where the target
says p99); ratios are measured against their reference in the same run, interleaved where that
is cheap, so a busy machine slows both sides alike.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.json"


@dataclass
class Row:
    """One line of the table. `passed` is None for rows that only report (or were not run)."""

    what: str
    figure: str
    target: str
    passed: bool | None
    note: str = ""
    value: float | None = None  # the figure as a number, in `unit`, for results.json
    unit: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    key: str = ""  # the short name of the step that measured it (`python -m benchmarks KEY`)

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "-"}[self.passed]


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes (perf_counter)."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    return statistics.median(values)


def p99(values: list[float]) -> float:
    """The 99th percentile, nearest rank: with 300 samples, the 297th smallest."""
    ordered = sorted(values)
    rank = max(1, -(-99 * len(ordered) // 100))  # ceil(0.99 n)
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def say(text: str) -> None:
    """Progress on stderr-like stdout, flushed, so a slow step never looks like a hang."""
    print(text, flush=True)


def python_env() -> dict[str, str]:
    """Environment for child interpreters: Qt offscreen, no stray passphrase or data folder."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("HEALTH_PLANNER_PASSPHRASE", "HEALTH_PLANNER_HOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def probe(*args: str, timeout: float = 600) -> Any:
    """Run `python -m benchmarks.probe ARGS` in a fresh interpreter; its last stdout line is
    JSON. Fresh interpreters keep peak memory and first-paint figures free of this process."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *args],
        cwd=ROOT, env=python_env(), capture_output=True, text=True, timeout=timeout, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"probe {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    import sqlcipher3

    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pyside = "not installed"
    cipher = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlcipher": str(cipher),
        "sqlite": sqlcipher3.sqlite_version,
        "pyside6": pyside,
        "user": "root" if hasattr(os, "geteuid") and os.geteuid() == 0 else "not root",
    }


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (it reads well in a terminal and pastes into README)."""
    head = ("what", "measured", "target", "result", "note")
    lines = [head] + [(r.what, r.figure, r.target, r.verdict, r.note) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(4)]
    out = []
    for n, line in enumerate(lines):
        cells = [line[i].ljust(widths[i]) for i in range(4)] + [line[4]]
        out.append("| " + " | ".join(cells).rstrip() + " |")
        if n == 0:
            out.append("| " + " | ".join("-" * w for w in widths) + " | --- |")
    return "\n".join(out)


def write_results(rows: list[Row], growth: dict[str, Any], seconds: float) -> None:
    payload = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "seconds": round(seconds, 1),
        "rows": [asdict(r) | {"result": r.verdict} for r in rows],
        "growth": growth,
    }
    RESULTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
