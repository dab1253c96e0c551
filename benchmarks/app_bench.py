"""Rows about the app around the vault: cold start to the first painted window, GP export."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import data
from benchmarks.harness import HERE, ROOT, Row, median, ms, probe, python_env, say


def _first_paint(*args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / "first_paint.py"), *args], cwd=ROOT,
                          env=python_env(), capture_output=True, text=True, timeout=120,
                          check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"first paint ({args[0]}) failed:\n{done.stderr[-3000:]}")
    return seconds


def bench_cold_start(rows: list[Row]) -> None:
    say("cold start to the first painted window vs a bare PySide6 window ...")
    folder = Path(tempfile.mkdtemp(prefix="hp-start-"))
    try:
        _first_paint("bare")  # warm the OS file cache for both, as a second start would be
        _first_paint("app", str(folder))
        app: list[float] = []
        bare: list[float] = []
        for _ in range(7):
            bare.append(_first_paint("bare"))
            app.append(_first_paint("app", str(folder)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ratio = median(app) / median(bare)
    rows.append(Row(
        "cold start to first painted window (offscreen) vs bare PySide6 window",
        f"{ratio:.2f}x", "<= 1.3x", ratio <= 1.3,
        f"{ms(median(app))} vs {ms(median(bare))}, interpreter start included, through "
        f"cli.main.main() as `health-planner` runs, bytecode cached as when installed",
        ratio, "x", {"app_s": median(app), "bare_s": median(bare)},
    ))


def bench_export(rows: list[Row]) -> None:
    say("GP export (PDF + FHIR) for one year of data ...")
    try:
        import planner.share.fhir
        import planner.share.report  # noqa: F401
        import ui.printing  # noqa: F401
    except ImportError as exc:
        rows.append(Row("GP export (PDF + FHIR), one year of data", "not measured", "<= 1 s",
                        None, f"not measured: {exc}"))
        return
    work = Path(tempfile.mkdtemp(prefix="hp-export-vault-"))
    try:
        built = data.vault(200_000).copy_to(work / "v")
        result = probe("export", str(built.folder))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = float(result["seconds"])
    rows.append(Row(
        "GP export (PDF + FHIR) for one year of data", ms(seconds), "<= 1 s", seconds <= 1.0,
        f"PDF {ms(result['pdf'])} + FHIR {ms(result['fhir'])} ({result['resources']:,} "
        "resources); the last year of the 10-year vault", seconds * 1000, "ms",
    ))
