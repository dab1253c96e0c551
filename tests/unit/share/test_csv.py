"""Log entries as CSV: the file's shape, round trips, and imports from other sources."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sharekit import content

from planner.domain.tracker import Tracker, TrackerKind
from planner.errors import ValidationFailed
from planner.share import csv as csv_share
from planner.vault import Vault
from planner.vault.logs import LogFilter


def same_trackers(source: Vault, target: Vault) -> None:
    for tracker in source.trackers.all(include_archived=True):
        target.trackers.save(tracker)


def test_export_shape(demo: Vault) -> None:
    data = csv_share.export_csv(demo, tz=timezone(timedelta(hours=1)))
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the mark to read UTF-8
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and text.count("\n") == text.count("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["id", "tracker", "at", "value", "unit", "text", "note"]
    assert len(rows) - 1 == demo.logs.count()
    for row in rows[1:50]:
        at = datetime.fromisoformat(row[2])
        assert at.utcoffset() == timedelta(hours=1)
    weight = next(r for r in rows if r[1] == "weight")
    assert weight[4] == "kg" and float(weight[3]) > 50
    steps = next(r for r in rows if r[1] == "steps")
    assert "." not in steps[3]  # 7000, not 7000.0
    journal = next(r for r in rows if r[1] == "journal")
    assert journal[3] == "" and journal[5]


def test_round_trip_keeps_every_entry(demo: Vault, blank: Vault, tmp_path: Path) -> None:
    path = tmp_path / "logs.csv"
    csv_share.write_csv(demo, path)
    same_trackers(demo, blank)
    result = csv_share.import_csv(blank, path)
    assert result.counts["log entries"] == demo.logs.count()
    assert list(demo.logs.iterate()) == list(blank.logs.iterate())
    assert csv_share.export_csv(blank) == csv_share.export_csv(demo)


def test_period_export(demo: Vault) -> None:
    end = datetime.now(UTC)
    start = end - timedelta(days=7)
    rows = csv_share.export_csv(demo, start, end).decode("utf-8-sig").strip().split("\r\n")
    assert len(rows) - 1 == demo.logs.count(LogFilter(start=start, end=end))


def test_step_counter_file_without_ids(blank: Vault, tmp_path: Path) -> None:
    blank.trackers.save(Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC,
                                unit="steps", minimum=0))
    path = tmp_path / "pedometer.csv"
    path.write_text("Tracker,At,Value\nsteps,2026-03-01T21:00:00+00:00,\"8,012\"\n"
                    "steps,2026-03-02T21:00:00Z,7000\n\n", "utf-8")
    result = csv_share.import_csv(blank, path)
    assert result.counts["log entries"] == 2
    values = sorted(e.value for e in blank.logs.find() if e.value is not None)
    assert values == [7000.0, 8012.0]


def test_every_bad_row_is_reported_by_line_and_nothing_is_written(
    demo: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "tracker,at,value,note\n"                                  # line 1
        "weight,2026-03-01T08:00:00+00:00,82.5,fine\n"             # 2
        "weight,2026-03-02T08:00:00+00:00,82.1,\"a note\n"         # 3 (two lines)
        "over two lines\"\n"                                        # 4
        "stepz,2026-03-02T08:00:00+00:00,100,\n"                   # 5 unknown tracker
        "weight,yesterday,82,\n"                                    # 6 bad time
        "mood,2026-03-02T08:00:00+00:00,11,\n"                     # 7 out of range
        "weight,2026-03-02T08:00:00+00:00,nan,\n",                 # 8 NaN
        "utf-8",
    )
    before = content(demo)
    with pytest.raises(ValidationFailed) as caught:
        csv_share.import_csv(demo, path)
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == ["line 5", "line 6", "line 7", "line 8"]
    assert "no tracker called 'stepz'" in problems[0]
    assert "line 5" in str(caught.value) and "3 more" in str(caught.value)
    assert content(demo) == before
