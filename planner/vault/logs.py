"""Log entries: the high-volume aggregate (years of daily measurements).

Entries have real columns and an index on (tracker, at) so a month of one tracker is read by an
index range scan however many years the vault holds. Rows read back are built with
`model_construct`: they were validated on the way in, and re-validating 100,000 rows would make
charts and exports slow for nothing.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from planner.domain.tracker import LogEntry
from planner.errors import InputError
from planner.vault.codec import from_ms, to_ms
from planner.vault.store import Store
from planner.vault.trackers import TrackerRepository

_COLUMNS = "e.id, e.tracker, e.at, e.value, e.text, e.note"


@dataclass(frozen=True)
class LogFilter:
    tracker_id: UUID | None = None
    start: datetime | None = None
    end: datetime | None = None  # exclusive


class LogRepository:
    def __init__(self, store: Store, trackers: TrackerRepository) -> None:
        self._store = store
        self._trackers = trackers

    def _row(self, entry: LogEntry) -> tuple[bytes, int, int, float | None, str | None, str]:
        tracker = self._trackers.get(entry.tracker_id)
        if entry.value is not None:
            tracker.check_value(entry.value)
        return (
            entry.id.bytes,
            self._trackers.row_number(entry.tracker_id),
            to_ms(entry.at),
            entry.value,
            entry.text,
            entry.note,
        )

    def _entry(self, row: tuple[bytes, int, int, float | None, str | None, str]) -> LogEntry:
        tracker = self._trackers.by_row_number()[row[1]]
        return LogEntry.model_construct(
            id=UUID(bytes=row[0]),
            tracker_id=tracker.id,
            at=from_ms(row[2]),
            value=row[3],
            text=row[4],
            note=row[5],
        )

    def add(self, entry: LogEntry) -> LogEntry:
        self.add_many([entry])
        return entry

    def add_many(self, entries: Iterable[LogEntry]) -> int:
        """All or nothing, one transaction: an import either lands whole or not at all."""
        rows = [self._row(e) for e in entries]
        with self._store.transaction() as c:
            c.executemany(
                "INSERT INTO log_entries(id, tracker, at, value, text, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def update(self, entry: LogEntry) -> None:
        row = self._row(entry)
        with self._store.transaction() as c:
            cursor = c.execute(
                "UPDATE log_entries SET tracker = ?, at = ?, value = ?, text = ?, note = ? "
                "WHERE id = ?",
                (*row[1:], row[0]),
            )
            if cursor.rowcount != 1:
                raise InputError("That log entry is no longer there.")

    def delete(self, entry_id: UUID) -> LogEntry:
        """Delete and return the entry, so the caller can offer undo by adding it back."""
        entry = self.get(entry_id)
        with self._store.transaction() as c:
            c.execute("DELETE FROM log_entries WHERE id = ?", (entry_id.bytes,))
        return entry

    def get(self, entry_id: UUID) -> LogEntry:
        rows = self._store.query(
            f"SELECT {_COLUMNS} FROM log_entries e WHERE e.id = ?", (entry_id.bytes,)
        )
        if not rows:
            raise InputError("That log entry is no longer there.")
        return self._entry(rows[0])

    def _where(self, filt: LogFilter) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if filt.tracker_id is not None:
            clauses.append("e.tracker = ?")
            params.append(self._trackers.row_number(filt.tracker_id))
        if filt.start is not None:
            clauses.append("e.at >= ?")
            params.append(to_ms(filt.start))
        if filt.end is not None:
            clauses.append("e.at < ?")
            params.append(to_ms(filt.end))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def find(
        self,
        filt: LogFilter = LogFilter(),
        *,
        newest_first: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[LogEntry]:
        where, params = self._where(filt)
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM log_entries e{where} ORDER BY e.at {order}, e.n {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [self._entry(r) for r in self._store.query(sql, tuple(params))]

    def iterate(self, filt: LogFilter = LogFilter()) -> Iterator[LogEntry]:
        """Oldest first, streamed, for exports of any size."""
        where, params = self._where(filt)
        cursor = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM log_entries e{where} ORDER BY e.at, e.n", tuple(params)
        )
        for row in cursor:
            yield self._entry(row)

    def count(self, filt: LogFilter = LogFilter()) -> int:
        where, params = self._where(filt)
        return int(
            self._store.query(f"SELECT count(*) FROM log_entries e{where}", tuple(params))[0][0]
        )

    def series(
        self, tracker_id: UUID, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, float]]:
        """(ms, value) pairs oldest first, no objects built: the chart and progress fast path."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        sql = (
            f"SELECT e.at, e.value FROM log_entries e{where} AND e.value IS NOT NULL ORDER BY e.at"
        )
        return [(int(a), float(v)) for a, v in self._store.conn.execute(sql, tuple(params))]

    def latest(self, tracker_id: UUID) -> LogEntry | None:
        found = self.find(LogFilter(tracker_id=tracker_id), limit=1)
        return found[0] if found else None

    def days_logged(
        self, tracker_id: UUID, start: datetime, end: datetime, utc_offset_ms: int = 0
    ) -> set[int]:
        """Local day numbers (days since epoch) with at least one entry, for streaks."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        sql = f"SELECT DISTINCT (e.at + ?) / 86400000 FROM log_entries e{where}"
        return {int(r[0]) for r in self._store.query(sql, (utc_offset_ms, *params))}
