"""The import after a preview does the preview's work once (issue #22): the CSV is parsed by
the dry run only, the profile's ids are looked up once, a chunk of ids a query, never one a
row; a file or profile changed since the preview is read and checked again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sharekit import prepared_statements

from planner.domain.tracker import LogEntry
from planner.errors import ValidationFailed
from planner.share import csv
from planner.share.files import check_file, import_file
from planner.vault import Vault, entry_lookup
from planner.vault.entry_lookup import LOOKUP_CHUNK, _by_id

ROWS = 300


def write_rows(path: Path, first: int = 0, rows: int = ROWS, ids: bool = False) -> None:
    """Rows of steps; with `ids`, each with an id as the app's export writes them (only ids
    are looked up by id: a row without one is matched on tracker, time and value)."""
    lines = ["id," * ids + "tracker,at,value"] + [
        f"{UUID(int=(1 << 62) | i)}," * ids + f"steps,2019-01-01T00:{(first + i) // 60 % 60:02d}"
        f":{(first + i) % 60:02d}+00:00,{1000 + i}"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of each text a CSV parse was given (parse_csv and the import both parse
    with parse_rows)."""
    counted: list[int] = []
    real = csv.parse_rows

    def parse(text: str, *args: Any, **kwargs: Any) -> list[Any]:
        counted.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(csv, "parse_rows", parse)
    return counted


@pytest.fixture
def id_lookups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """For each query of log entry ids, how many ids it asked about."""
    asked: list[int] = []
    real = entry_lookup.fetch

    def fetch(c: Any, sql: str, params: tuple[bytes, ...]) -> list[Any]:
        asked.append(len(params))
        return real(c, sql, params)

    monkeypatch.setattr(entry_lookup, "fetch", fetch)
    return asked


def test_the_import_after_a_preview_parses_the_file_and_looks_ids_up_once(
    demo: Vault, tmp_path: Path, parses: list[int], id_lookups: list[int]
) -> None:
    path = tmp_path / "steps.csv"
    write_rows(path, ids=True)
    before = demo.logs.count()
    seen = check_file(demo, path)
    done = import_file(demo, path, previewed=seen)
    assert done.counts == seen.counts and done.counts["log entries"] == ROWS
    assert demo.logs.count() == before + ROWS
    assert len(parses) == 1, "the import parsed the file again"
    assert sum(id_lookups) == ROWS, "ids were looked up more than once"
    assert len(id_lookups) == -(-ROWS // LOOKUP_CHUNK), "not a chunk of ids a query"


def test_ids_are_looked_up_through_the_id_index_without_a_temporary_index(
    demo: Vault,
) -> None:
    """`id IN (...)` made SQLite build a temporary index of the list in every query, seven
    locked and wiped allocations each under cipher_memory_security (issue #22): the ids are
    a list walked in order, each found through the id index, and nothing else is built."""
    sql, ids = _by_id(LOOKUP_CHUNK, "e.id"), (b"0" * 16,) * LOOKUP_CHUNK
    plan = [row[-1] for row in demo.store.query("EXPLAIN QUERY PLAN " + sql, ids)]
    assert any(step.startswith("SEARCH e USING") and step.endswith("(id=?)") for step in plan)
    program = [row[1] for row in demo.store.query("EXPLAIN " + sql, ids)]
    assert "OpenEphemeral" not in program, "a temporary index is built for the ids"


def test_the_lookups_leave_nothing_prepared_on_the_vaults_own_connection(
    demo: Vault, tmp_path: Path
) -> None:
    """sqlcipher3 keeps the statements a connection uses most, each with the values last bound
    to it, and they hold the connection's pool of small allocations; past it every allocation
    is locked and wiped (issue #22: 33,000 mlock calls for 100,000 ids on the window's
    connection, 2,700 on a new one). The lookups run on a connection of their own, so none
    of them, with its hundred ids, stays on the vault's."""
    path = tmp_path / "steps.csv"
    write_rows(path, ids=True)
    check_file(demo, path)
    import_file(demo, path, previewed=check_file(demo, path))
    check_file(demo, path)  # every row already here: looked up, found, left out
    demo.store.settle()
    for _ in range(3):  # used often enough to be kept: proves the probe sees what is kept
        demo.store.query("SELECT count(*) FROM trackers")
    prepared = prepared_statements(demo.store.conn)
    assert "SELECT count(*) FROM trackers" in prepared
    assert not [sql for sql in prepared if "VALUES (?)" in sql], prepared


def test_a_file_changed_after_the_preview_is_read_again(
    demo: Vault, tmp_path: Path, parses: list[int]
) -> None:
    path = tmp_path / "steps.csv"
    write_rows(path)
    seen = check_file(demo, path)
    stamp = os.stat(path)
    write_rows(path, first=1)  # same size; same time too, as on a drive with a coarse clock
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert os.stat(path).st_size == stamp.st_size
    before = demo.logs.count()
    import_file(demo, path, previewed=seen)
    assert len(parses) == 2
    added = [e for e in demo.logs.iterate() if e.at.year == 2019]
    assert len(added) == ROWS == demo.logs.count() - before
    assert min(e.value for e in added if e.value is not None) == 1000  # the new file's rows
    assert min(e.at for e in added).second == 1


def test_a_profile_changed_after_the_preview_is_checked_again(
    demo: Vault, tmp_path: Path, parses: list[int]
) -> None:
    path = tmp_path / "steps.csv"
    path.write_text("id,tracker,at,value\n"
                    "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c11,steps,2019-01-01T08:00:00+00:00,100\n"
                    "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c12,steps,2019-01-02T08:00:00+00:00,200\n",
                    "utf-8")
    seen = check_file(demo, path)
    import_file(demo, path)  # the same file added meanwhile (another window, the command line)
    before = demo.logs.count()
    done = import_file(demo, path, previewed=seen)
    assert done.counts["log entries"] == 0 and done.skipped == {"log entries": 2}
    assert demo.logs.count() == before
    assert len(parses) == 3


def test_rows_keep_the_file_order_for_entries_at_the_same_moment(
    demo: Vault, tmp_path: Path
) -> None:
    """Rows go in in id order (fast on a big vault), but the row numbers keep the file's
    order, which is how entries at the same moment are listed and exported."""
    path = tmp_path / "same.csv"
    ids = ["f0000000-0000-4000-8000-000000000000", "10000000-0000-4000-8000-000000000000",
           "a0000000-0000-4000-8000-000000000000"]
    path.write_text("id,tracker,at,value\n" + "".join(
        f"{i},steps,2019-05-05T08:00:00+00:00,{n}\n" for n, i in enumerate(ids, 1)), "utf-8")
    import_file(demo, path, previewed=check_file(demo, path))
    same = [str(e.id) for e in demo.logs.iterate() if e.at.year == 2019 and e.at.month == 5]
    assert same == ids


def test_an_id_added_behind_the_checks_back_is_refused_by_name(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If another process adds one of the file's ids (with other content) after the check,
    the id index refuses the fast insert and the full check names the line: nothing is
    added."""
    path = tmp_path / "steps.csv"
    the_id = "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c13"
    path.write_text(f"id,tracker,at,value\n{the_id},steps,2019-01-01T08:00:00+00:00,100\n"
                    "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c14,steps,2019-01-02T08:00:00+00:00,200\n",
                    "utf-8")
    seen = check_file(demo, path)
    steps = next(t for t in demo.trackers.all() if t.key == "steps")
    demo.logs.add(LogEntry(id=UUID(the_id), tracker_id=steps.id, value=5.0))
    assert seen.checked is not None
    monkeypatch.setattr(type(seen.checked), "holds", lambda *_args: True)  # unseen change
    before = demo.logs.count()
    with pytest.raises(ValidationFailed) as caught:
        import_file(demo, path, previewed=seen)
    assert caught.value.problems == [
        "line 2: the profile already has an entry with this id, with a different time"
    ]
    assert demo.logs.count() == before
