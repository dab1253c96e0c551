"""The log history as a table model: named columns, translatable headers, paged loading.

A vault may hold a million entries, so the model never loads them all: it holds the pages the
view has scrolled to. The view asks `canFetchMore`/`fetchMore` when it reaches the bottom; the
next page is read in the serial worker and appended when it arrives (Vorta's archive table model
is the pattern, with the store call moved off the UI thread).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.vault import Vault
from planner.vault.logs import LogFilter
from ui.session import Locked, Session
from ui.widgets import wording
from ui.widgets.forms import user_message

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    TRACKER = 1
    VALUE = 2
    NOTE = 3


HEADERS = {
    Column.WHEN: str(QT_TRANSLATE_NOOP("LogTableModel", "When")),
    Column.TRACKER: str(QT_TRANSLATE_NOOP("LogTableModel", "What")),
    Column.VALUE: str(QT_TRANSLATE_NOOP("LogTableModel", "Value")),
    Column.NOTE: str(QT_TRANSLATE_NOOP("LogTableModel", "Note")),
}

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the LogEntry itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its UUID
TIME_ROLE = Qt.ItemDataRole.UserRole + 3  # its time (aware datetime)

PAGE = 200
RELOAD_LIMIT = 5_000  # a refresh keeps at most this many rows already scrolled through
WHEN_CACHE = 20_000  # formatted times kept across reloads, at most


class LogTableModel(QAbstractTableModel):
    """`set_filter(f)` starts over; `reload()` refreshes what is loaded (after an edit)."""

    page_loaded = Signal()  # rows arrived (first page, next page or reload)
    count_changed = Signal(int)  # how many entries match the filter
    failed = Signal(str)  # a plain message

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[LogEntry] = []
        self._trackers: dict[UUID, Tracker] = {}
        self._filter = LogFilter()
        self._generation = 0
        self._fetching = False
        self._exhausted = True
        self.total: int | None = None
        # "3 Mar 2026, 08:15" for each time shown, kept across reloads: the view asks each
        # cell's text several times (paint, the When column fitted to its contents), and
        # formatting a time through Qt costs ~50 us, ~30 ms of UI thread per reload of 200
        # rows when it was redone every time (issue #22). Dropped on lock.
        self._when: dict[datetime, str] = {}

    # -- what is shown ------------------------------------------------------------------

    @property
    def filter(self) -> LogFilter:
        return self._filter

    def set_trackers(self, trackers: list[Tracker]) -> None:
        """Name the rows' trackers. Unchanged trackers (a reload after a new entry) change no
        cell, so no `dataChanged`: it made the view fit its columns to every row again."""
        named = {t.id: t for t in trackers}
        if named == self._trackers:
            return
        self._trackers = named
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def set_filter(self, filt: LogFilter) -> None:
        self._filter = filt
        self._start(PAGE, keep=None)

    def reload(self, keep: UUID | None = None) -> None:
        """Load again as many rows as are shown now (so the place in the list is kept)."""
        self._start(min(max(len(self._rows), PAGE), RELOAD_LIMIT), keep=keep)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._trackers = {}
        self._when = {}
        self._exhausted = True
        self._fetching = False
        self.total = None
        self.endResetModel()

    def _start(self, limit: int, keep: UUID | None) -> None:
        self._generation += 1
        generation = self._generation
        filt = self._filter
        self._fetching = True

        def load(vault: Vault) -> tuple[list[LogEntry], int]:
            return vault.logs.find(filt, limit=limit + 1, offset=0), vault.logs.count(filt)

        def done(result: tuple[list[LogEntry], int]) -> None:
            if generation != self._generation:
                return
            rows, total = result
            self.beginResetModel()
            self._exhausted = len(rows) <= limit
            self._rows = rows[:limit]
            self._fetching = False
            self.total = total
            self.endResetModel()
            self.count_changed.emit(total)
            self.page_loaded.emit()

        self.session.run(load, done, self._failed(generation))

    def _failed(self, generation: int) -> Any:
        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if not isinstance(exc, Locked):
                self.failed.emit(user_message(exc))

        return failed

    # -- paging -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._fetching
            and self.session.is_unlocked
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._rows:
            return
        self._fetching = True
        generation = self._generation
        filt, skip = self._next_page()

        def done(found: list[LogEntry]) -> None:
            if generation != self._generation:
                return
            fresh = [e for e in found if e.id not in skip]
            self._fetching = False
            self._exhausted = len(fresh) <= PAGE
            rows = fresh[:PAGE]
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self.page_loaded.emit()

        limit = PAGE + 1 + len(skip)
        self.session.run(
            lambda vault: vault.logs.find(filt, limit=limit), done, self._failed(generation)
        )

    def _next_page(self) -> tuple[LogFilter, set[UUID]]:
        """Keyset paging: the next page is everything up to and including the last shown
        entry's time, less the entries at that time already shown. Unlike OFFSET, the cost
        does not grow with how far down the person has scrolled."""
        last = self._rows[-1]
        boundary = last.at + timedelta(milliseconds=1)
        end = boundary if self._filter.end is None else min(boundary, self._filter.end)
        skip: set[UUID] = set()
        for entry in reversed(self._rows):
            if entry.at != last.at:
                break
            skip.add(entry.id)
        filt = LogFilter(tracker_id=self._filter.tracker_id, start=self._filter.start, end=end)
        return filt, skip

    @property
    def loading(self) -> bool:
        return self._fetching

    # -- rows ---------------------------------------------------------------------------

    def entry(self, row: int) -> LogEntry:
        return self._rows[row]

    def row_of(self, entry_id: UUID) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None

    def tracker(self, tracker_id: UUID) -> Tracker | None:
        return self._trackers.get(tracker_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            try:
                return QCoreApplication.translate("LogTableModel", HEADERS[Column(section)])
            except ValueError:
                return None
        return super().headerData(section, orientation, role)

    def _text(self, entry: LogEntry, column: Column) -> str:
        tracker = self._trackers.get(entry.tracker_id)
        if column is Column.WHEN:
            text = self._when.get(entry.at)
            if text is None:
                if len(self._when) >= WHEN_CACHE:
                    self._when.clear()
                text = self._when[entry.at] = wording.moment(entry.at)
            return text
        if column is Column.TRACKER:
            return tracker.label if tracker else ""
        if column is Column.VALUE:
            if tracker is None:
                return ""
            text = wording.value_text(tracker, entry.value, entry.text)
            return text.splitlines()[0] if text else ""
        note = entry.note.splitlines()[0] if entry.note else ""
        if entry.author:
            return " · ".join(part for part in (note, wording.entered_by(entry.author)) if part)
        return note

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.VALUE, Column.NOTE):
            tracker = self._trackers.get(entry.tracker_id)
            if column is Column.NOTE:
                return self._text(entry, column) or None
            if tracker is not None and tracker.kind is TrackerKind.TEXT:
                return entry.text
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            tracker = self._trackers.get(entry.tracker_id)
            if tracker is not None and tracker.kind is not TrackerKind.TEXT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == ID_ROLE:
            return entry.id
        if role == TIME_ROLE:
            return entry.at
        return None
