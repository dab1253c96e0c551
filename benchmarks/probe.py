"""Measurements that need a fresh interpreter, run by the suite as `python -m benchmarks.probe`.

Each prints one JSON line last. Fresh processes keep peak memory honest (nothing else loaded),
and keep Qt out of the main benchmark process.

    memory FOLDER                      peak RSS after opening the vault and its first screens
    export FOLDER                      GP summary PDF + FHIR for the last year, median seconds
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _export(folder: Path, runs: int) -> dict[str, float]:
    """What `health-planner export --format pdf` and `--format fhir` do, for one year."""
    from benchmarks import data
    from planner.share import fhir, report
    from planner.vault import Profiles
    from ui.sharing_ops import save_gp_pdf

    vault = Profiles(folder, kdf=data.CHEAP_KDF).unlock(data.NAME, data.PASSPHRASE)
    first = data.END - timedelta(days=364)
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    end = datetime(data.END.year, data.END.month, data.END.day, tzinfo=UTC) + timedelta(days=1)
    out = Path(tempfile.mkdtemp(prefix="hp-export-"))
    pdf_times: list[float] = []
    fhir_times: list[float] = []
    resources = 0
    for _ in range(runs):
        started = time.perf_counter()
        save_gp_pdf(vault, report.ReportOptions(start=first, end=data.END), out / "summary.pdf")
        middle = time.perf_counter()
        resources = fhir.write_fhir(vault, out / "summary.json", start, end)
        pdf_times.append(middle - started)
        fhir_times.append(time.perf_counter() - middle)
    vault.lock()
    totals = [p + f for p, f in zip(pdf_times, fhir_times, strict=True)]
    return {"seconds": statistics.median(totals), "pdf": statistics.median(pdf_times),
            "fhir": statistics.median(fhir_times), "resources": resources,
            "pdf_bytes": (out / "summary.pdf").stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe")
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("memory").add_argument("folder", type=Path)
    exporting = sub.add_parser("export")
    exporting.add_argument("folder", type=Path)
    exporting.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    result: dict[str, float | int]
    if args.what == "memory":
        from benchmarks.vault_bench import memory_probe

        result = {"peak_kib": memory_probe(args.folder)}
    else:
        result = _export(args.folder, args.runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
