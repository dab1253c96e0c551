"""Log entries: the high-volume aggregate (years of daily measurements).

Entries have real columns and an index on (tracker, at) so a month of one tracker is read by an
index range scan however many years the vault holds. Rows read back are built with
`model_construct`: they were validated on the way in, and re-validating 100,000 rows would make
charts and exports slow for nothing.
"""

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from planner.domain.tracker import LogEntry, Tracker
from planner.errors import InputError
from planner.vault.codec import EPOCH, from_ms, to_ms
from planner.vault.store import Store
from planner.vault.trackers import TrackerRepository

_COLUMNS = "e.id, e.tracker, e.at, e.value, e.text, e.note"

# A log_entries row as inserted: (id, tracker row number, at ms, value, text, note).
Row = tuple[bytes, int, int, float | None, str | None, str]

DAY_MS = 86_400_000
_DAY_BIAS = 1 << 31  # keeps the day part of log_days.k positive for any date

# log_days columns in the order `summarise` builds them.
_DAY_COLUMNS = "k, entries, first_at, last_at, valued, low, low_at, high, high_at"
_SAVE_DAYS = f"INSERT OR REPLACE INTO log_days({_DAY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"


def day_key(tracker: int, day: int) -> int:
    """log_days' integer key for a tracker (row number) and a UTC day number."""
    return (tracker << 32) + day + _DAY_BIAS


# A log_days row: (k, entries, first_at, last_at, valued, low, low_at, high, high_at).
DayRow = tuple[int, int, int, int, int, float | None, int | None, float | None, int | None]


def summarise(rows: Iterable[Row]) -> list[DayRow]:
    """Per tracker and UTC day, the log_days row of these entries, in key order.

    One pass in plain Python over rows the caller has built anyway: cheaper than asking SQLite
    to group what it has just inserted (with temp_store=MEMORY its sorter makes a locked, wiped
    allocation per row, and the times of the extremes need a second lookup per day). Ties keep
    the earliest time, the way the chart's downsampling does.

    The days are kept in one list per column, not a list per day: 20,000 small lists that
    live through an import tipped Python into a full garbage collection of everything the
    caller holds (100 ms with 100,000 entries in memory); tuples of plain values are not
    tracked after the first collection they meet.
    """
    index: dict[int, int] = {}
    get = index.get
    keys: list[int] = []
    entries: list[int] = []
    first: list[int] = []
    last: list[int] = []
    valued: list[int] = []
    low: list[Any] = []
    low_at: list[Any] = []
    high: list[Any] = []
    high_at: list[Any] = []
    for row in rows:
        at, value = row[2], row[3]
        key = (row[1] << 32) + at // DAY_MS + _DAY_BIAS
        i = get(key)
        if i is None:
            index[key] = len(keys)
            keys.append(key)
            entries.append(1)
            first.append(at)
            last.append(at)
            valued.append(0 if value is None else 1)
            when = None if value is None else at
            low.append(value)
            low_at.append(when)
            high.append(value)
            high_at.append(when)
            continue
        entries[i] += 1
        if at < first[i]:
            first[i] = at
        elif at > last[i]:
            last[i] = at
        if value is None:
            continue
        valued[i] += 1
        lowest = low[i]
        if lowest is None:
            low[i] = high[i] = value
            low_at[i] = high_at[i] = at
            continue
        if value < lowest or (value == lowest and at < low_at[i]):
            low[i] = value
            low_at[i] = at
        highest = high[i]
        if value > highest or (value == highest and at < high_at[i]):
            high[i] = value
            high_at[i] = at
    return sorted(zip(keys, entries, first, last, valued, low, low_at, high, high_at, strict=True))


def _extremes(days: list[DayRow]) -> list[Any]:
    """`summarise` rows as `LogRepository.day_extremes` returns them, oldest first."""
    return [
        ((d[0] & 0xFFFFFFFF) - _DAY_BIAS, d[4], d[5], d[6], d[7], d[8]) for d in days if d[4]
    ]


def _combine(a: DayRow, b: DayRow) -> DayRow:
    """One day's summary from the summaries of two sets of its entries (ties: earliest).

    A day without values has None for all four; one with values has all four set."""
    low, low_at, high, high_at = a[5], a[6], a[7], a[8]
    b_low, b_low_at, b_high, b_high_at = b[5], b[6], b[7], b[8]
    if b_low is not None and b_low_at is not None and (
        low is None or low_at is None or b_low < low or (b_low == low and b_low_at < low_at)
    ):
        low, low_at = b_low, b_low_at
    if b_high is not None and b_high_at is not None and (
        high is None or high_at is None or b_high > high
        or (b_high == high and b_high_at < high_at)
    ):
        high, high_at = b_high, b_high_at
    return (
        a[0], a[1] + b[1], min(a[2], b[2]), max(a[3], b[3]), a[4] + b[4],
        low, low_at, high, high_at,
    )


def merge_days(c: Any, days: list[DayRow]) -> None:
    """Add the summaries of newly inserted entries (`summarise`, key order) to log_days, in
    the caller's transaction.

    The days already stored in each tracker's span are read and combined here, then written
    with a plain INSERT OR REPLACE: an upsert with the same merging in SQL took 0.26 ms to
    prepare, which doubled the time to save one entry (the connection caches no statements,
    see store.py). In key order, so a batch for days after the stored ones appends.
    """
    if not days:
        return
    stored: dict[int, DayRow] = {}
    start = 0
    while start < len(days):  # each tracker's span of days: one range read
        after = bisect_left(days, (((days[start][0] >> 32) + 1) << 32,), lo=start)
        for row in c.execute(
            f"SELECT {_DAY_COLUMNS} FROM log_days WHERE k BETWEEN ? AND ?",
            (days[start][0], days[after - 1][0]),
        ):
            stored[row[0]] = row
        start = after
    if stored:
        days = [_combine(stored[d[0]], d) if d[0] in stored else d for d in days]
    c.executemany(_SAVE_DAYS, days)


def refresh_days(c: Any, tracker: int, days: Iterable[int]) -> None:
    """Recount these UTC days of one tracker from its entries (after an edit or a delete)."""
    for day in set(days):
        c.execute("DELETE FROM log_days WHERE k = ?", (day_key(tracker, day),))
        rows = c.execute(
            "SELECT id, tracker, at, value, text, note FROM log_entries "
            "WHERE tracker = ? AND at >= ? AND at < ?",
            (tracker, day * DAY_MS, (day + 1) * DAY_MS),
        ).fetchall()
        if rows:
            merge_days(c, summarise(rows))


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

    def _entry(
        self, row: tuple[bytes, int, int, float | None, str | None, str],
        authors: dict[bytes, str] | None = None,
    ) -> LogEntry:
        tracker = self._trackers.by_row_number()[row[1]]
        return LogEntry.model_construct(
            id=UUID(bytes=row[0]),
            tracker_id=tracker.id,
            at=from_ms(row[2]),
            value=row[3],
            text=row[4],
            note=row[5],
            author=authors.get(row[0]) if authors else None,
        )

    def authors(self) -> dict[bytes, str]:
        """Entry id bytes -> the carer who entered it (issue #24). Kept apart from the
        entries, so the person's own entries (nearly all) cost nothing to read or write."""
        return {bytes(k): str(a) for k, a in self._store.query(
            "SELECT entry, author FROM entry_authors")}

    def add(self, entry: LogEntry) -> LogEntry:
        self.add_many([entry])
        return entry

    def add_many(self, entries: Iterable[LogEntry]) -> int:
        """All or nothing, one transaction: an import either lands whole or not at all.

        Rows are built with the tracker looked up once per tracker, not once per entry: at
        100,000 entries the per-entry lookups and `timedelta` maths were a third of the time.
        Each distinct value is checked once per tracker (an import repeats a few values: a
        scale's 0-10, a pulse's 40-180): that saving pays for adding the day summaries
        (log_days) in the same transaction, so an import costs what it did before them.
        """
        trackers: dict[UUID, tuple[int, Tracker, set[float]]] = {}
        rows: list[Row] = []
        append = rows.append
        epoch = EPOCH
        session_author = self._store.author
        authored: list[tuple[bytes, str]] = []
        for e in entries:
            if e.author is not None or session_author is not None:
                authored.append((e.id.bytes, e.author or session_author or ""))
            tracker_id = e.tracker_id
            found = trackers.get(tracker_id)
            if found is None:
                found = trackers[tracker_id] = (
                    self._trackers.row_number(tracker_id),
                    self._trackers.get(tracker_id),
                    set(),
                )
            value = e.value
            if value is not None and value not in found[2]:
                found[1].check_value(value)  # NaN is never "in" the set, so always refused
                found[2].add(value)
            delta = e.at - epoch
            ms = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
            append((e.id.bytes, found[0], ms, value, e.text, e.note))
        days = summarise(rows)
        with self._store.transaction() as c:
            c.executemany(
                "INSERT INTO log_entries(id, tracker, at, value, text, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            merge_days(c, days)
            if authored:
                c.executemany(
                    "INSERT OR REPLACE INTO entry_authors(entry, author) VALUES (?, ?)", authored)
            self._store.changed(c, "log entries", len(rows))
        return len(rows)

    def update(self, entry: LogEntry) -> None:
        """Change an entry; the days it left and joined are recounted in the same transaction
        (a corrected spike must leave the ten-year chart and the streak)."""
        row = self._row(entry)
        with self._store.transaction() as c:
            old = c.execute(
                "SELECT tracker, at FROM log_entries WHERE id = ?", (row[0],)
            ).fetchone()
            if old is None:
                raise InputError("That log entry is no longer there.")
            self._store.changed(c, "log entries")
            if self._store.author is not None:
                c.execute("INSERT OR REPLACE INTO entry_authors(entry, author) VALUES (?, ?)",
                          (row[0], self._store.author))
            c.execute(
                "UPDATE log_entries SET tracker = ?, at = ?, value = ?, text = ?, note = ? "
                "WHERE id = ?",
                (*row[1:], row[0]),
            )
            left, joined = (int(old[0]), int(old[1]) // DAY_MS), (row[1], row[2] // DAY_MS)
            refresh_days(c, left[0], [left[1]])
            if joined != left:
                refresh_days(c, joined[0], [joined[1]])

    def delete(self, entry_id: UUID) -> LogEntry:
        """Delete and return the entry, so the caller can offer undo by adding it back."""
        entry = self.get(entry_id)
        with self._store.transaction() as c:
            self._store.changed(c, "log entries")
            c.execute("DELETE FROM entry_authors WHERE entry = ?", (entry_id.bytes,))
            for tracker, at in c.execute(
                "DELETE FROM log_entries WHERE id = ? RETURNING tracker, at", (entry_id.bytes,)
            ).fetchall():
                refresh_days(c, int(tracker), [int(at) // DAY_MS])
        return entry

    def get(self, entry_id: UUID) -> LogEntry:
        rows = self._store.query(
            f"SELECT {_COLUMNS} FROM log_entries e WHERE e.id = ?", (entry_id.bytes,)
        )
        if not rows:
            raise InputError("That log entry is no longer there.")
        found = self._store.query(
            "SELECT author FROM entry_authors WHERE entry = ?", (entry_id.bytes,))
        return self._entry(rows[0], {entry_id.bytes: found[0][0]} if found else None)

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
        authors = self.authors()
        return [self._entry(r, authors) for r in self._store.query(sql, tuple(params))]

    def iterate(self, filt: LogFilter = LogFilter()) -> Iterator[LogEntry]:
        """Oldest first, streamed, for exports of any size."""
        where, params = self._where(filt)
        cursor = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM log_entries e{where} ORDER BY e.at, e.n", tuple(params)
        )
        authors = self.authors()
        for row in cursor:
            yield self._entry(row, authors)

    def iterate_rows(self, filt: LogFilter = LogFilter()) -> Iterator[tuple[Tracker, Row]]:
        """Like `iterate` but without building entries: (tracker, raw row), the row as stored
        (id bytes, tracker row number, ms since the epoch, value, text, note). For exports of
        tens of thousands of entries, where building each LogEntry was a third of the time."""
        where, params = self._where(filt)
        trackers = self._trackers.by_row_number()
        cursor = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM log_entries e{where} ORDER BY e.at, e.n", tuple(params)
        )
        for row in cursor:
            yield trackers[row[1]], row

    def count(self, filt: LogFilter = LogFilter()) -> int:
        """How many entries match, from log_days for the whole days in the window and from the
        entries themselves only for a first or last day it cuts through. `count(*)` over a
        million entries read (and decrypted) the whole time index, ~60-100 ms on every Logs
        reload (issue #22); the whole days are one row per tracker and day."""
        tracker = self._trackers.row_number(filt.tracker_id) if filt.tracker_id else None
        lo = to_ms(filt.start) if filt.start is not None else None
        hi = to_ms(filt.end) if filt.end is not None else None
        first = -(-lo // DAY_MS) if lo is not None else -_DAY_BIAS  # first whole day
        stop = hi // DAY_MS if hi is not None else _DAY_BIAS  # after the last whole day
        if first >= stop:  # no whole day: the window is part of one day or two
            return self._count_between(tracker, lo, hi)
        if tracker is not None:
            sql = "SELECT total(entries) FROM log_days WHERE k BETWEEN ? AND ?"
            params: tuple[int, ...] = (day_key(tracker, first), day_key(tracker, stop - 1))
        else:
            sql = "SELECT total(entries) FROM log_days WHERE (k & 4294967295) BETWEEN ? AND ?"
            params = (first + _DAY_BIAS, stop - 1 + _DAY_BIAS)
        whole = int(self._store.query(sql, params)[0][0])
        head = self._count_between(tracker, lo, first * DAY_MS) if lo is not None else 0
        tail = self._count_between(tracker, stop * DAY_MS, hi) if hi is not None else 0
        return head + whole + tail

    def _count_between(self, tracker: int | None, lo: int | None, hi: int | None) -> int:
        """`count(*)` of the entries in [lo, hi) (of one tracker, if given): a part of a day."""
        clauses: list[str] = []
        params: list[object] = []
        for clause, value in (("tracker = ?", tracker), ("at >= ?", lo), ("at < ?", hi)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        sql = f"SELECT count(*) FROM log_entries{where}"
        return int(self._store.query(sql, tuple(params))[0][0])

    def series(
        self, tracker_id: UUID, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, float]]:
        """(ms, value) pairs oldest first, no objects built: the chart and progress fast path."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        sql = (
            f"SELECT e.at, e.value FROM log_entries e{where} AND e.value IS NOT NULL ORDER BY e.at"
        )
        # The columns are INTEGER and REAL: SQLite hands back int and float already, so no
        # per-row conversion (a fifth of the time for a wearable's 100,000-point series).
        return list(self._store.conn.execute(sql, tuple(params)).fetchall())

    def series_chunks(
        self,
        tracker_id: UUID,
        start: datetime | None = None,
        end: datetime | None = None,
        size: int = 20_000,
    ) -> Iterator[list[tuple[int, float]]]:
        """`series` in lists of at most `size` pairs, oldest first: a ten-year wearable series
        (a million points) is downsampled without ever being held whole in memory."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        sql = (
            f"SELECT e.at, e.value FROM log_entries e{where} AND e.value IS NOT NULL ORDER BY e.at"
        )
        cursor = self._store.conn.execute(sql, tuple(params))
        while chunk := cursor.fetchmany(size):
            yield chunk

    def series_span(
        self, tracker_id: UUID, start: datetime | None = None, end: datetime | None = None
    ) -> tuple[int, int] | None:
        """The first and last time (ms) `series` would return, by two index seeks."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        found = []
        for order in ("ASC", "DESC"):
            sql = (
                f"SELECT e.at FROM log_entries e{where} AND e.value IS NOT NULL "
                f"ORDER BY e.at {order} LIMIT 1"
            )
            rows = self._store.query(sql, tuple(params))
            if not rows:
                return None
            found.append(int(rows[0][0]))
        return found[0], found[1]

    def last_point(
        self, tracker_id: UUID, start: datetime | None = None, end: datetime | None = None
    ) -> tuple[int, float] | None:
        """The (ms, value) `series` would end with, by one index seek."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        rows = self._store.query(
            f"SELECT e.at, e.value FROM log_entries e{where} AND e.value IS NOT NULL "
            "ORDER BY e.at DESC, e.n DESC LIMIT 1",
            tuple(params),
        )
        return (int(rows[0][0]), float(rows[0][1])) if rows else None

    def day_extremes(
        self, tracker_id: UUID, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, int, float, int, float, int]]:
        """Per UTC day with values in [start, end), oldest first: (day, how many values, lowest,
        its time, highest, its time), the lowest and highest at their earliest times.

        Whole days come from log_days, so ten years of a wearable are ~3,650 rows rather than
        every reading; a first or last day the window cuts through is summarised from its own
        entries, so the counts are exact for any window.
        """
        tracker = self._trackers.row_number(tracker_id)
        lo = to_ms(start) if start is not None else None
        hi = to_ms(end) if end is not None else None
        first = -(-lo // DAY_MS) if lo is not None else -_DAY_BIAS  # first whole day
        stop = hi // DAY_MS if hi is not None else _DAY_BIAS  # after the last whole day
        if first >= stop:  # no whole day: the window is part of one day or two
            return _extremes(self._partial(tracker, lo, hi))
        whole = self._store.query(
            "SELECT k - ?, valued, low, low_at, high, high_at FROM log_days "
            "WHERE k BETWEEN ? AND ? AND valued > 0 ORDER BY k",
            (day_key(tracker, 0), day_key(tracker, first), day_key(tracker, stop - 1)),
        )
        head = _extremes(self._partial(tracker, lo, first * DAY_MS)) if lo is not None else []
        tail = _extremes(self._partial(tracker, stop * DAY_MS, hi)) if hi is not None else []
        return head + [tuple(r) for r in whole] + tail

    def _partial(self, tracker: int, lo: int | None, hi: int | None) -> list[DayRow]:
        """`summarise` of one tracker's entries in [lo, hi): a day the window cuts through."""
        if lo is not None and hi is not None and lo >= hi:
            return []
        sql = "SELECT id, tracker, at, value, text, note FROM log_entries WHERE tracker = ?"
        params: list[object] = [tracker]
        if lo is not None:
            sql += " AND at >= ?"
            params.append(lo)
        if hi is not None:
            sql += " AND at < ?"
            params.append(hi)
        return summarise(self._store.query(sql + " ORDER BY at", tuple(params)))

    def check_days(self) -> list[str]:
        """log_days recounted from the entries, for `verify`: [] when they agree. A summary out
        of step would show wrong streaks and long charts while every entry is safe."""
        stored = {tuple(r) for r in self._store.query(f"SELECT {_DAY_COLUMNS} FROM log_days")}
        counted = set(summarise(self._store.query(
            "SELECT id, tracker, at, value, text, note FROM log_entries")))
        wrong = len(stored ^ counted)
        if not wrong:
            return []
        return [f"the daily summary of log entries is out of step on {wrong} day rows "
                "(the entries themselves are intact)"]

    def rebuild_days(self) -> None:
        """Recount log_days from the entries, in one transaction (what `verify` does when
        `check_days` finds it out of step: the entries are the truth, the days derived)."""
        with self._store.transaction() as c:
            rows = c.execute("SELECT id, tracker, at, value, text, note FROM log_entries")
            days = summarise(rows.fetchall())
            c.execute("DELETE FROM log_days")
            c.executemany(_SAVE_DAYS, days)

    def latest(self, tracker_id: UUID) -> LogEntry | None:
        found = self.find(LogFilter(tracker_id=tracker_id), limit=1)
        return found[0] if found else None

    def logged_run(
        self, tracker_id: UUID, last_day: int, end: datetime, utc_offset_ms: int = 0
    ) -> int:
        """How many local days in a row, counting back from day number `last_day`, have at
        least one entry before `end`: 0 when `last_day` itself has none.

        One statement walks back a day at a time through log_days (one row per tracker and UTC
        day), so a ten-year streak costs ~3,650 lookups in a small table however many entries
        a day holds; seeking into the entries instead made the dashboard of a wearable's
        million readings decrypt a page of them per day. Local day d holds the entries with
        `(at + utc_offset_ms) // 86400000 == d`, as in `days_logged`, and spans parts of the
        UTC days d-1 and d, or d and d+1 (offsets are under a day). A UTC day with entries
        from `first_at` to `last_at` has one in the window [lo, hi) when
        `last_at >= lo AND first_at < hi`, unless it has entries on both sides of the window
        and none can be ruled in; only then (a window cut short by `end`, today) are the
        entries themselves asked.
        """
        sql = """
            WITH RECURSIVE walk(local) AS (
                SELECT :day
                UNION ALL
                SELECT local - 1 FROM walk WHERE EXISTS (
                    SELECT 1 FROM log_days s
                    WHERE s.k BETWEEN :first + local AND :last + local
                        AND s.last_at >= (local - 1) * 86400000 - :offset
                        AND s.first_at < min(local * 86400000 - :offset, :end)
                        AND (s.first_at >= (local - 1) * 86400000 - :offset
                            OR s.last_at < min(local * 86400000 - :offset, :end)
                            OR EXISTS (
                                SELECT 1 FROM log_entries e
                                WHERE e.tracker = :tracker
                                    AND e.at >= (local - 1) * 86400000 - :offset
                                    AND e.at < min(local * 86400000 - :offset, :end))))
            )
            SELECT count(*) - 1 FROM walk"""
        tracker = self._trackers.row_number(tracker_id)
        params = {
            "day": last_day + 1,
            "tracker": tracker,
            # Local day L is in UTC days L-1 and L east of UTC, L and L+1 west of it, L at UTC;
            # the walk's row `local` checks L = local - 1.
            "first": day_key(tracker, -1) - (1 if utc_offset_ms > 0 else 0),
            "last": day_key(tracker, -1) + (1 if utc_offset_ms < 0 else 0),
            "offset": utc_offset_ms,
            "end": to_ms(end),
        }
        return int(self._store.query(sql, params)[0][0])

    def days_logged(
        self, tracker_id: UUID, start: datetime, end: datetime, utc_offset_ms: int = 0
    ) -> set[int]:
        """Local day numbers (days since epoch) with at least one entry, for streaks."""
        where, params = self._where(LogFilter(tracker_id, start, end))
        sql = f"SELECT DISTINCT (e.at + ?) / 86400000 FROM log_entries e{where}"
        return {int(r[0]) for r in self._store.query(sql, (utc_offset_ms, *params))}
