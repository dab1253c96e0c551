"""`make bench` (= `python -m benchmarks`): the speed and scale suite of issue #6.

Prints a table of figures, targets and PASS/FAIL, and writes benchmarks/results.json.
`python -m benchmarks unlock import` runs only the named rows (see ROWS below).
Built vaults and databases are cached under benchmarks/.cache/; delete it to rebuild.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from benchmarks import (
    app_bench,
    endpoint_bench,
    phone_bench,
    readme_table,
    sync_bench,
    tinydb_bench,
    vault_bench,
    window_bench,
)
from benchmarks.harness import RESULTS, Row, machine, say, table, write_results

# In the order of the table; growth rows come last.
ROWS: list[tuple[str, Callable[..., None]]] = [
    ("start", app_bench.bench_cold_start),
    ("unlock", vault_bench.bench_unlock),
    ("save", vault_bench.bench_save),
    ("import", vault_bench.bench_import),
    ("range", vault_bench.bench_growth),  # the 1M range row and the two growth rows
    ("charts", vault_bench.bench_charts),
    ("export", app_bench.bench_export),
    ("sync", sync_bench.bench_sync),
    ("ingest", sync_bench.bench_ingest),
    ("results", sync_bench.bench_results),
    ("memory", vault_bench.bench_memory),
    ("tinydb", tinydb_bench.bench_tinydb),
    ("apple", phone_bench.bench_apple_health),  # a generated 1 GB Apple Health export (#19)
    # What a person feels, through the real main window offscreen (#22; window_bench.py).
    ("today", window_bench.bench_today),
    ("switch", window_bench.bench_switch),
    ("logview", window_bench.bench_logview),
    ("pdfgap", window_bench.bench_pdf),
    ("csvimport", window_bench.bench_import),
    ("syncgap", window_bench.bench_sync),
    ("takingpart", window_bench.bench_taking_part),
    ("typing", window_bench.bench_typing),
    ("rekey", window_bench.bench_rekey),  # a carer's access taken back (#24)
    ("pg-ingest", endpoint_bench.bench_pg_ingest),  # PostgreSQL, 1/2/4 workers (#22)
    ("pg-results", endpoint_bench.bench_pg_results),  # PostgreSQL, 10M contributions (#22)
]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    unknown = wanted - {name for name, _ in ROWS}
    if unknown:
        print(f"unknown rows: {', '.join(sorted(unknown))}; choose from "
              f"{', '.join(name for name, _ in ROWS)}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    rows: list[Row] = []
    growth: dict[str, Any] = {}
    growth_rows: list[Row] = []
    for name, step in ROWS:
        if wanted and name not in wanted:
            continue
        found: list[Row] = []
        try:
            if name == "range":
                step(found, growth)
            else:
                step(found)
        except Exception as exc:  # noqa: BLE001 - one broken row must not hide the others
            traceback.print_exc()
            found = [Row(name, "not measured", "-", False, f"error: {exc}"[:200])]
        for row in found:
            row.key = row.key or name
            (growth_rows if row.what.startswith("growth") else rows).append(row)
    rows += growth_rows
    seconds = time.perf_counter() - began
    info = machine()
    say("")
    say(f"Health Planner benchmarks, {time.strftime('%Y-%m-%d')}, {info['cpu']}, "
        f"{info['cores']} cores, {info['memory']}, Python {info['python']}, "
        f"SQLCipher {info['sqlcipher']}, {seconds:.0f} s")
    say("")
    say(table(rows))
    write_results(rows, growth, seconds)
    say(f"\nwrote {RESULTS}")
    if readme_table.update([name for name, _ in ROWS]):  # only the rows that ran change
        say(f"updated the Performance table in {readme_table.README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
