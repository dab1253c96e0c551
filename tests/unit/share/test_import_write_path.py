"""How a checked CSV import writes into a big profile (issue #22): rows go in in time order,
numbered by SQLite in that order, so the table and its two time indexes are walked once; the
transaction runs with a page cache that holds the id index the random ids land all over, and
the usual cache comes back after it, whether the import succeeded or not."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, SupportsIndex

import pytest

from planner.domain.tracker import LogEntry, Tracker
from planner.errors import ValidationFailed
from planner.share import csv
from planner.share.csv import EntryRow
from planner.share.files import check_file, import_file
from planner.vault import Vault, apart, bulk, store

ROWS = 400


def write_shuffled(path: Path, seed: int = 7) -> list[tuple[str, int]]:
    """ROWS steps entries with random ids, in no order of time (three at each minute, so
    some share a moment); returns (id, minute) in file order."""
    rng = random.Random(seed)
    made = [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), i // 3) for i in range(ROWS)]
    rng.shuffle(made)
    lines = ["id,tracker,at,value"] + [
        f"{i},steps,2019-03-0{1 + m // 60 // 24}T{m // 60 % 24:02d}:{m % 60:02d}:00+00:00,{k}"
        for k, (i, m) in enumerate(made)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return made


def test_imported_rows_are_numbered_in_time_order_and_file_order_within_a_moment(
    demo: Vault, tmp_path: Path
) -> None:
    """Numbered in id order (as before), the time indexes took the rows at random."""
    path = tmp_path / "shuffled.csv"
    made = write_shuffled(path)
    import_file(demo, path, previewed=check_file(demo, path))
    ids = {uuid.UUID(i).bytes for i, _ in made}
    stored = [(bytes(r[0]), r[1]) for r in demo.store.query(
        "SELECT id, at FROM log_entries ORDER BY n") if bytes(r[0]) in ids]
    assert len(stored) == ROWS
    in_file = {uuid.UUID(i).bytes: k for k, (i, _) in enumerate(made)}
    expected = sorted(stored, key=lambda r: (r[1], in_file[r[0]]))
    assert stored == expected


@pytest.fixture
def statements(demo: Vault) -> Iterator[list[str]]:
    said: list[str] = []
    demo.store.conn.set_trace_callback(said.append)
    yield said
    demo.store.conn.set_trace_callback(None)


def _cache(demo: Vault) -> int:
    return int(demo.store.query("PRAGMA cache_size")[0][0])


def test_the_import_writes_with_a_cache_the_size_of_the_vault_then_the_usual_one(
    demo: Vault, tmp_path: Path, statements: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "CACHE_KIB", 64)  # the demo vault is smaller than 8 MiB
    path = tmp_path / "shuffled.csv"
    write_shuffled(path)
    seen = check_file(demo, path)
    kib = demo.store.path.stat().st_size // 1024
    del statements[:]
    import_file(demo, path, previewed=seen)
    said = [s.strip() for s in statements]
    insert = next(k for k, s in enumerate(said) if s.startswith("INSERT INTO log_entries"))
    commit = said.index("COMMIT", insert)
    assert said[:insert].count(f"PRAGMA cache_size = -{kib}") == 1
    assert said[commit + 1:] == ["PRAGMA cache_size = -64"]
    assert _cache(demo) == -64


def test_a_refused_write_puts_the_usual_cache_back(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An id added behind the check's back makes the id index refuse the fast write: nothing
    is added, and the profile does not keep the import's big cache."""
    monkeypatch.setattr(store, "CACHE_KIB", 64)
    path = tmp_path / "shuffled.csv"
    made = write_shuffled(path)
    seen = check_file(demo, path)
    steps = next(t for t in demo.trackers.all() if t.key == "steps")
    demo.logs.add(LogEntry(id=uuid.UUID(made[5][0]), tracker_id=steps.id, value=5.0))
    assert seen.checked is not None
    monkeypatch.setattr(type(seen.checked), "holds", lambda *_args: True)  # unseen change
    sizes: list[str] = []
    demo.store.conn.set_trace_callback(
        lambda s: sizes.append(s) if s.startswith("PRAGMA cache_size") else None)
    before = demo.logs.count()
    with pytest.raises(ValidationFailed) as caught:
        import_file(demo, path, previewed=seen)
    demo.store.conn.set_trace_callback(None)
    assert caught.value.problems == [
        "line 7: the profile already has an entry with this id, with a different time"]
    assert demo.logs.count() == before
    assert len(sizes) == 2 and sizes[1] == "PRAGMA cache_size = -64"
    assert _cache(demo) == -64


def test_the_check_reads_each_distinct_reading_once_per_tracker(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file repeats a few hundred readings over 100,000 rows; each was parsed, range-checked
    and worded again on every row. Refusals still name every line."""
    parsed: list[str] = []
    real = Tracker.parse

    def parse(self: Tracker, raw: str) -> tuple[float | None, str | None]:
        parsed.append(raw)
        return real(self, raw)

    monkeypatch.setattr(Tracker, "parse", parse)
    path = tmp_path / "repeats.csv"
    path.write_text("tracker,at,value,unit\n" + "".join(
        f"{key},2019-04-01T08:{k // 60:02d}:{k % 60:02d}+00:00,{value},{unit}\n"
        for k, (key, value, unit) in enumerate(
            [("steps", "7000", ""), ("mood", "6", ""), ("steps", "7000", "steps"),
             ("mood", "11", "")] * 50)), "utf-8")
    with pytest.raises(ValidationFailed) as caught:
        check_file(demo, path)
    assert sorted(parsed) == ["11", "6", "7000", "7000"]
    assert caught.value.problems[:2] == [
        "line 5: Mood: choose a whole number from 0 to 10",
        "line 9: Mood: choose a whole number from 0 to 10",
    ]
    assert len(caught.value.problems) == 50


@pytest.mark.parametrize("raw", [
    "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c11", "4F0C6C1E-3F4E-4B3E-9A59-2B0F0E8A1C11",
    "{4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c11}", "urn:uuid:4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c11",
    "4f0c6c1e3f4e4b3e9a592b0f0e8a1c11", "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a 1c1",
    "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c1g", "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1c1",
    "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a-c11", "4f0c6c1e-3f4e-4b3e-9a59-2b0f0e8a1_11",
])
def test_ids_are_read_as_uuid_reads_them(raw: str) -> None:
    try:
        expected: bytes | None = uuid.UUID(raw).bytes
    except ValueError:
        expected = None
    try:
        got: bytes | None = csv._id_bytes(raw)
    except ValueError as exc:
        assert str(exc).endswith("is not an id the planner made")
        got = None
    assert got == expected


class Recording(list[EntryRow]):
    """A list that notes how many items each deletion took."""

    def __init__(self, items: list[EntryRow]) -> None:
        super().__init__(items)
        self.freed: list[int] = []

    def __delitem__(self, where: SupportsIndex | slice) -> None:
        before = len(self)
        super().__delitem__(where)
        self.freed.append(before - len(self))


def test_the_import_frees_its_rows_a_step_at_a_time(demo: Vault, tmp_path: Path) -> None:
    """Freeing 100,000 rows at once held the interpreter lock for tens of milliseconds, and
    the window froze that long; the rows are handed to the write, which frees them in steps."""
    path = tmp_path / "many.csv"
    many = 3 * bulk.SORT_STEP + 5
    path.write_text("tracker,at,value\n" + "".join(
        f"steps,2018-01-01T00:00:00+00:00,{k}\n" for k in range(many)), "utf-8")
    seen = check_file(demo, path)
    assert seen.checked is not None
    rows = Recording(seen.checked.take_rows())
    before = demo.logs.count()
    assert bulk.add_checked_entries(demo, rows) == many
    assert demo.logs.count() == before + many
    assert rows == [] and sum(rows.freed) == many
    assert max(rows.freed) == bulk.SORT_STEP


def test_a_big_import_writes_over_a_connection_of_its_own_then_gives_it_up(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the check's id lookups the same connection inserted 100,000 entries into a
    1,000,000-entry vault about twice as slowly as a fresh one (issue #22): a big import is
    written over a connection of its own, keyed and set up as at unlock, with the bulk page
    cache and no checkpoint of its own; a thread then checkpoints, frees and closes it,
    and locking the profile waits for that. A carer's import still names the carer on
    every entry, and the vault's own connection carries on as it was."""
    monkeypatch.setattr(store, "BULK_WRITE_AT", 100)  # ROWS is 400: a "big" import here
    given_up: list[tuple[dict[str, object], object]] = []
    retire = apart.Apart.retire

    def noted(self: apart.Apart, c: Any, *, checkpoint: bool) -> None:
        if checkpoint:  # a write's (the check's lookups give theirs up too)
            given_up.append(({name: c.execute(f"PRAGMA {name}").fetchone()[0] for name in (
                "cipher_memory_security", "journal_mode", "synchronous", "foreign_keys",
                "wal_autocheckpoint", "cache_size")}, c))
        retire(self, c, checkpoint=checkpoint)

    monkeypatch.setattr(apart.Apart, "retire", noted)
    prepared: list[object] = []
    take = apart.Apart.take_prepared
    monkeypatch.setattr(apart.Apart, "take_prepared",
                        lambda self: prepared.append(take(self)) or prepared[-1])
    path = tmp_path / "shuffled.csv"
    write_shuffled(path)
    seen = check_file(demo, path)
    own, count = demo.store.conn, demo.logs.count()
    demo.store.author = "Sam"
    import_file(demo, path, previewed=seen)
    assert demo.store.conn is own
    assert len(given_up) == 1
    said, bulk_conn = given_up[0]
    assert bulk_conn is not own
    assert prepared == [bulk_conn], "not the connection warmed while the file was checked"
    assert said == {"cipher_memory_security": "1", "journal_mode": "wal", "synchronous": 2,
                    "foreign_keys": 1, "wal_autocheckpoint": 0,
                    "cache_size": -demo.store._bulk_kib()}
    assert demo.logs.count() == count + ROWS
    assert demo.store.query("SELECT count(*) FROM entry_authors WHERE author = 'Sam'") == [
        (ROWS,)]
    assert demo.store.query("PRAGMA cache_size")[0][0] == -store.CACHE_KIB
    assert demo.verify() == []
    demo.lock()  # waits for the bulk connection to be given up
    with pytest.raises(Exception, match="closed"):
        bulk_conn.execute("SELECT 1")  # type: ignore[attr-defined]


def test_a_small_import_writes_over_the_vaults_own_connection(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below BULK_WRITE_AT rows opening a connection costs more than it saves."""
    monkeypatch.setattr(store, "BULK_WRITE_AT", ROWS + 1)
    written: list[object] = []
    retire = apart.Apart.retire

    def noted(self: apart.Apart, c: Any, *, checkpoint: bool) -> None:
        if checkpoint:
            written.append(c)
        retire(self, c, checkpoint=checkpoint)

    monkeypatch.setattr(apart.Apart, "retire", noted)
    path = tmp_path / "shuffled.csv"
    write_shuffled(path)
    count = demo.logs.count()
    import_file(demo, path, previewed=check_file(demo, path))
    assert written == [] and demo.logs.count() == count + ROWS


def test_the_write_is_warmed_through_the_indexes_it_lands_in(demo: Vault) -> None:
    """While a big file is checked, a thread reads the three indexes 100,000 new entries land
    all over into the write's page cache (issue #22: the write 2.3-2.5 -> 1.8-1.95 s): each
    query reads its index alone, not the table."""
    for sql, index in zip(bulk.WARM_ENTRY_INDEXES, (
            "sqlite_autoindex_log_entries_1", "log_entries_by_time",
            "log_entries_by_tracker_time"), strict=True):
        plan = [row[-1] for row in demo.store.query("EXPLAIN QUERY PLAN " + sql)]
        assert plan == [f"SCAN log_entries USING COVERING INDEX {index}"], plan


def test_a_refused_or_abandoned_check_gives_the_warmed_connection_up(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection warmed for a write that never comes is closed, not kept with its cache
    until the profile locks: when the check refuses the file, and when the profile locks
    after a preview nobody added."""
    monkeypatch.setattr(store, "BULK_WRITE_AT", 100)
    freed: list[object] = []
    free = apart._free
    monkeypatch.setattr(apart, "_free", lambda c: (freed.append(c), free(c)))
    path = tmp_path / "shuffled.csv"
    write_shuffled(path)
    bad = tmp_path / "bad.csv"
    bad.write_text(path.read_text("utf-8").replace(",steps,", ",nope,", 1), "utf-8")
    with pytest.raises(ValidationFailed):
        check_file(demo, bad)
    demo.store.settle()
    assert len(freed) == 2  # the check's lookups' connection and the warmed one
    check_file(demo, path)
    demo.lock()
    assert len(freed) == 4
    with pytest.raises(Exception, match="closed"):
        freed[-1].execute("SELECT 1")  # type: ignore[attr-defined]
