"""Logs: every entry, newest first, with add, change, delete (and undo), filters and a chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from uuid import UUID

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import Direction, Goal, GoalStatus
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.vault import Vault
from planner.vault.logs import LogFilter
from ui.dialogs.log_entry import LogEntryDialog
from ui.dialogs.tracker import TrackerDialog, save_new_tracker
from ui.models.logs import Column, LogTableModel
from ui.session import Session
from ui.views.base import FeatureView, heading
from ui.widgets.forms import find_data
from ui.widgets.responsive import flow_row, labelled
from ui.widgets.tracker_chart import TrackerChartPanel

UNDO_SECONDS = 10


@dataclass(frozen=True)
class LogsData:
    trackers: list[Tracker]  # archived ones too, so old entries still have a name
    goals: list[Goal]  # active goals, for the target line


class Span:
    ALL = "all"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CHOOSE = "choose"


def _local_midnight(day: QDate) -> datetime:
    return datetime.combine(day.toPython(), time.min).astimezone()  # type: ignore[arg-type]


class LogsView(FeatureView[LogsData]):
    WATCHES = frozenset({"logs", "trackers", "goals"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Logs"))
        self._trackers: list[Tracker] = []
        self._goals: list[Goal] = []
        self._deleted: LogEntry | None = None
        self._keep: UUID | None = None

        self.model = LogTableModel(session, self)
        self.model.count_changed.connect(self._count_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(lambda text: self.banner.show_message(text, "error"))

        # Buttons
        self.add_button = QPushButton(self.tr("&Add an entry…"), self)
        self.add_button.setAccessibleName(self.tr("Add a log entry"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.setAccessibleName(self.tr("Change the chosen entry"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen entry"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.new_tracker_button = QPushButton(self.tr("Track something &new…"), self)
        self.new_tracker_button.setAccessibleName(self.tr("Start tracking something new"))
        self.new_tracker_button.clicked.connect(self.new_tracker)

        # Filters
        self.tracker_filter = QComboBox(self)
        self.tracker_filter.setAccessibleName(self.tr("Show entries for"))
        self.tracker_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.span = QComboBox(self)
        self.span.setAccessibleName(self.tr("Show entries from"))
        for text, key in (
            (self.tr("All time"), Span.ALL),
            (self.tr("Last 7 days"), Span.WEEK),
            (self.tr("Last 30 days"), Span.MONTH),
            (self.tr("Last 12 months"), Span.YEAR),
            (self.tr("Choose dates"), Span.CHOOSE),
        ):
            self.span.addItem(text, key)
        self.date_from = QDateEdit(self)
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat("d MMM yyyy")
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QDateEdit(self)
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat("d MMM yyyy")
        self.date_to.setAccessibleName(self.tr("To date"))
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-1))
        self.date_to.setDate(today)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of entries"))

        # Table
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Log history"))
        self.table.setAccessibleDescription(
            self.tr("Newest first. Press Enter to change an entry, Delete to delete it.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TRACKER, QHeaderView.ResizeMode.ResizeToContents)
        # Value and note share what is left, not a fixed 16 digits: at 200 % that pushed the
        # notes past the right edge (#23).
        header.setSectionResizeMode(Column.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_entry())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_entry)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(self.edit_entry)
        self.undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_key.activated.connect(self.undo_delete)
        self.banner.action_triggered.connect(self.undo_delete)

        # Chart
        self.chart_tracker = QComboBox(self)
        self.chart_tracker.setAccessibleName(self.tr("What to show on the chart"))
        self.chart_tracker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chart_panel = TrackerChartPanel(session, self)
        self.chart_tracker.currentIndexChanged.connect(self._chart_tracker_changed)

        # Layout
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Logs"), self))
        layout.addWidget(self.banner)
        buttons, flow = flow_row(self)
        flow.addWidget(self.add_button)
        flow.addWidget(self.edit_button)
        flow.addWidget(self.delete_button)
        flow.addWidget(self.new_tracker_button)
        layout.addWidget(buttons)
        filters, flow = flow_row(self)
        flow.addWidget(labelled(QLabel(self.tr("&Show:"), self), self.tracker_filter, filters))
        flow.addWidget(labelled(QLabel(self.tr("&From:"), self), self.span, filters))
        dates = QWidget(filters)
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        to_label = QLabel(self.tr("to"), dates)
        to_label.setBuddy(self.date_to)
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(to_label)
        dates_row.addWidget(self.date_to)
        flow.addWidget(dates)
        flow.addWidget(self.count_label)
        layout.addWidget(filters)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        chart_box = QWidget(splitter)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_row, flow = flow_row(chart_box)
        flow.addWidget(
            labelled(QLabel(self.tr("Chart &of:"), chart_box), self.chart_tracker, chart_row)
        )
        chart_layout.addWidget(chart_row)
        chart_layout.addWidget(self.chart_panel, 1)
        splitter.addWidget(chart_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.tracker_filter.currentIndexChanged.connect(self._filter_changed)
        self.span.currentIndexChanged.connect(self._filter_changed)
        self.date_from.dateChanged.connect(self._filter_changed)
        self.date_to.dateChanged.connect(self._filter_changed)
        self._filling = False
        self._span_changed()
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> LogsData:
        return LogsData(
            vault.trackers.all(include_archived=True), vault.goals.all({GoalStatus.ACTIVE})
        )

    def _show(self, data: LogsData) -> None:
        same = data.trackers == self._trackers and self.tracker_filter.count() > 0
        self._trackers = data.trackers
        self._goals = data.goals
        if not same:
            self._fill_filters(data.trackers)
        self.model.set_trackers(data.trackers)
        wanted = self.current_filter()
        if wanted != self.model.filter or self.model.total is None:
            self.model.set_filter(wanted)
        else:
            self.model.reload(keep=self._selected_id())
        self._chart_tracker_changed()

    def _fill_filters(self, trackers: list[Tracker]) -> None:
        """The two tracker lists, refilled only when the trackers changed: after a new entry
        they are the same, and refilling them cleared, rebuilt and re-measured both combos."""
        self._filling = True
        try:
            self._fill_combo(
                self.tracker_filter, [t for t in trackers], first=self.tr("Everything")
            )
            self._fill_combo(
                self.chart_tracker,
                [t for t in trackers if t.kind is not TrackerKind.TEXT and not t.archived],
            )
        finally:
            self._filling = False

    def _fill_combo(
        self, combo: QComboBox, trackers: list[Tracker], first: str | None = None
    ) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if first is not None:
            combo.addItem(first, None)
        for tracker in trackers:
            combo.addItem(tracker.label, tracker.id)
        index = find_data(combo, chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _clear(self) -> None:
        self._trackers = []
        self._goals = []
        self._deleted = None
        self._keep = None
        self.model.clear()
        self.chart_panel.clear()
        for combo in (self.tracker_filter, self.chart_tracker):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.count_label.clear()

    # -- filters ------------------------------------------------------------------------

    def current_filter(self) -> LogFilter:
        tracker_id = self.tracker_filter.currentData()
        span = self.span.currentData()
        now = datetime.now().astimezone()
        start: datetime | None = None
        end: datetime | None = None
        if span == Span.WEEK:
            start = now - timedelta(days=7)
        elif span == Span.MONTH:
            start = now - timedelta(days=30)
        elif span == Span.YEAR:
            start = now - timedelta(days=365)
        elif span == Span.CHOOSE:
            start = _local_midnight(self.date_from.date())
            end = _local_midnight(self.date_to.date().addDays(1))
        if start is not None and span != Span.CHOOSE:
            # Round to the minute so the filter compares equal across quick refreshes.
            start = start.replace(second=0, microsecond=0)
        return LogFilter(tracker_id=tracker_id, start=start, end=end)

    def _span_changed(self) -> None:
        choose = self.span.currentData() == Span.CHOOSE
        self.date_from.setEnabled(choose)
        self.date_to.setEnabled(choose)

    def _filter_changed(self) -> None:
        self._span_changed()
        if self._filling or not self.session.is_unlocked or not self._trackers:
            return
        self.model.set_filter(self.current_filter())
        tracker_id = self.tracker_filter.currentData()
        index = find_data(self.chart_tracker, tracker_id) if tracker_id is not None else -1
        if index >= 0:
            self.chart_tracker.setCurrentIndex(index)

    def _count_changed(self, total: int) -> None:
        self.count_label.setText(
            self.tr("1 entry") if total == 1 else self.tr("%n entries", None, total)
        )

    # -- chart --------------------------------------------------------------------------

    def target_for(self, tracker_id: UUID) -> tuple[float | None, Direction | None]:
        for goal in self._goals:
            if goal.measure is not None and goal.measure.tracker_id == tracker_id:
                return goal.measure.target, goal.measure.direction
        return None, None

    def _chart_tracker_changed(self) -> None:
        if self._filling:
            return
        tracker_id = self.chart_tracker.currentData()
        if tracker_id is None:
            self.chart_panel.show_tracker(None)
            return
        target, direction = self.target_for(tracker_id)
        self.chart_panel.show_tracker(tracker_id, target=target, direction=direction)

    # -- selection ----------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.table.currentIndex()
        return current.row() if current.isValid() else None

    def _selected_id(self) -> UUID | None:
        row = self._selected_row()
        return self.model.entry(row).id if row is not None else None

    def selected_entry(self) -> LogEntry | None:
        row = self._selected_row()
        return self.model.entry(row) if row is not None else None

    def select_entry(self, entry_id: UUID) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        has = self._selected_row() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _page_loaded(self) -> None:
        if self._keep is not None and self.select_entry(self._keep):
            self._keep = None
        self._selection_changed()

    # -- add, change, delete, undo ------------------------------------------------------

    def _open_dialog(self, entry: LogEntry | None) -> None:
        trackers = [t for t in self._trackers if not t.archived]
        if not trackers:
            self.banner.show_message(self.tr("There is nothing to log yet."), "info")
            return
        dialog = LogEntryDialog(trackers, entry, self)
        if entry is None and self.tracker_filter.currentData() is not None:
            index = find_data(dialog.tracker, self.tracker_filter.currentData())
            if index >= 0:
                dialog.tracker.setCurrentIndex(index)
        dialog.accepted.connect(lambda: self._save(dialog, is_new=entry is None))
        self.show_dialog(dialog)

    def new_tracker(self) -> None:
        dialog = TrackerDialog(self)

        def save() -> None:
            tracker = dialog.tracker
            if tracker is None:
                return

            def saved(made: Tracker) -> None:
                self.banner.show_message(
                    self.tr("You can now log {label}.").format(label=made.label),
                    "success",
                    seconds=8,
                )

            self.call(lambda vault: save_new_tracker(vault, tracker), saved, changes="trackers")

        dialog.accepted.connect(save)
        self.show_dialog(dialog)

    def add_entry(self) -> None:
        self._open_dialog(None)

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._open_dialog(entry)

    def _save(self, dialog: LogEntryDialog, *, is_new: bool) -> None:
        entry = dialog.entry
        if entry is None:
            return
        self._keep = entry.id

        def saved(_result: object) -> None:
            self.banner.show_message(
                self.tr("Entry added.") if is_new else self.tr("Entry changed."),
                "success",
                seconds=6,
            )

        if is_new:
            self.call(lambda vault: vault.logs.add(entry), saved, changes="logs")
        else:
            self.call(lambda vault: vault.logs.update(entry), saved, changes="logs")

    def delete_entry(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        entry_id = self.model.entry(row).id
        # Keep the place in the list: afterwards, choose the entry next to the deleted one.
        neighbour = row + 1 if row + 1 < self.model.rowCount() else row - 1
        after = self.model.entry(neighbour).id if neighbour >= 0 else None

        def deleted(removed: LogEntry) -> None:
            self._deleted = removed
            self._keep = after
            self.banner.show_message(
                self.tr("Entry deleted. You can undo this for %n seconds.", None, UNDO_SECONDS),
                "info",
                action=self.tr("&Undo"),
                seconds=UNDO_SECONDS,
            )

        self.call(lambda vault: vault.logs.delete(entry_id), deleted, changes="logs")

    @property
    def can_undo(self) -> bool:
        return self._deleted is not None and self.banner.action.isVisible()

    def undo_delete(self) -> None:
        entry = self._deleted
        if entry is None or not self.can_undo:
            return
        self._deleted = None
        self.banner.dismiss()
        self._keep = entry.id

        def restored(_result: object) -> None:
            self.banner.show_message(self.tr("The entry is back."), "success", seconds=6)

        self.call(lambda vault: vault.logs.add(entry), restored, changes="logs")
