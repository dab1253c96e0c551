"""Spreadsheet-safe CSV (#19 part 3): cells a spreadsheet would run go out with a leading
apostrophe (OWASP, "CSV Injection"), numbers stay numbers, and the planner's own import reads
every cell back to exactly the text that was written."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sharekit import CHEAP

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.share import csv as csv_share
from planner.share.files import import_file
from planner.vault import Profiles, Vault

NOTES = [
    "-2 kg this week",
    '=HYPERLINK("http://evil.example","click")',
    "+44 7700 900123",
    "@SUM(A1:A9)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "'already quoted",
    "''=twice",
    "'",
    "plain words",
    "",
]


def trackers(vault: Vault) -> tuple[Tracker, Tracker]:
    change = vault.trackers.save(Tracker(key="change", label="Weight change",
                                         kind=TrackerKind.NUMERIC, unit="kg"))
    diary = vault.trackers.save(Tracker(key="diary", label="Diary", kind=TrackerKind.TEXT))
    return change, diary


def fill(vault: Vault) -> None:
    change, diary = trackers(vault)
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    for n, note in enumerate(NOTES):
        vault.logs.add(LogEntry(tracker_id=change.id, at=start + timedelta(hours=n),
                                value=-1.5 - n, note=note))
        if note:
            vault.logs.add(LogEntry(tracker_id=diary.id, at=start + timedelta(hours=n, minutes=1),
                                    text=note, note=note))


def test_formula_cells_are_neutralised_and_numbers_stay_numbers(tmp_path: Path) -> None:
    vault, _ = Profiles(tmp_path / "a", kdf=CHEAP).create("A", "a passphrase")
    with vault:
        fill(vault)
        data = csv_share.export_csv(vault, tz=UTC)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header = rows[0]
    for row in rows[1:]:
        cells = dict(zip(header, row, strict=True))
        if cells["value"]:
            float(cells["value"])  # a number, unquoted
            assert cells["value"].startswith("-")
        for column in ("text", "note", "unit"):
            assert not cells[column].startswith(csv_share.FORMULA_STARTS), cells
    notes = {dict(zip(header, r, strict=True))["note"] for r in rows[1:]}
    assert "'-2 kg this week" in notes
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in notes
    assert "''already quoted" in notes
    assert "plain words" in notes


def test_the_planner_reads_its_own_csv_back_to_the_same_text(tmp_path: Path) -> None:
    source, _ = Profiles(tmp_path / "a", kdf=CHEAP).create("A", "a passphrase")
    with source:
        fill(source)
        out = tmp_path / "logs.csv"
        csv_share.write_csv(source, out)
        want = sorted((str(e.id), e.value, e.text, e.note) for e in source.logs.iterate())
    target, _ = Profiles(tmp_path / "b", kdf=CHEAP).create("B", "b passphrase")
    with target:
        trackers(target)
        result = import_file(target, out)
        assert result.counts["log entries"] == len(want)
        got = sorted((str(e.id), e.value, e.text, e.note) for e in target.logs.iterate())
    assert got == want


def test_neutralised_and_restored_are_inverse() -> None:
    for text in [*NOTES, "=", "-", "'=", "''", "a=b", "-1"]:
        assert csv_share.restored(csv_share.neutralised(text)) == text
        assert not csv_share.neutralised(text).startswith(csv_share.FORMULA_STARTS)
