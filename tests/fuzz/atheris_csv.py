"""atheris harness: CSV import. Any bytes as a CSV file; refused files change nothing.

Run by tests/fuzz/run_atheris.py (`make soak`); by hand:
    .venv/bin/python tests/fuzz/atheris_csv.py -max_total_time=60 build/fuzz/corpus/csv
"""

from __future__ import annotations

import sys

import atheris
import harness_kit as kit

with atheris.instrument_imports(include=kit.INSTRUMENTED):
    from fuzzkit import content, open_small

    from planner.errors import InputError
    from planner.share import csv as csv_share

HOME = kit.small_vault_home("csv")
VAULT = open_small(HOME)
TRACKERS = VAULT.trackers.all(include_archived=True)
EXPORT = csv_share.export_csv(VAULT)
FILE = kit.fresh_dir("csv-in") / "in.csv"
BASELINE = [content(VAULT)]


def TestOneInput(data: bytes) -> None:
    if data[:1] == b"\x00":  # the parser alone: fast, for depth
        try:
            text = data[1:].decode("utf-8")
        except UnicodeDecodeError:
            return
        try:
            csv_share.parse_csv(text, TRACKERS)
        except InputError:
            return
        return
    FILE.write_bytes(data)  # the whole import, file to vault
    count = VAULT.logs.count()
    try:
        result = csv_share.import_csv(VAULT, FILE)
    except InputError:
        kit.must_not_change(BASELINE[0], content(VAULT), "CSV import")
        return
    if VAULT.logs.count() != count + result.counts["log entries"]:
        raise kit.PropertyBroken("the import added a different number of entries than it said")
    BASELINE[0] = content(VAULT)


if __name__ == "__main__":
    lines = EXPORT.decode("utf-8-sig").splitlines(keepends=True)
    if kit.write_seeds({
        "export.csv": EXPORT,
        "export-no-ids.csv": "".join(",".join(line.split(",")[1:]) for line in lines).encode(),
        "parser.csv": b"\x00" + EXPORT,
        "small.csv": b"tracker,at,value,note\nweight,2026-03-01T08:00:00Z,82.5,after walk\n",
    }):
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
