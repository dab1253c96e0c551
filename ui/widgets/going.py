"""The "I went" and "Not this time" buttons over a list of the services I chose: Today shows
them for today's sessions and Community support for every service, any day, so the widget lives
here rather than in either view.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.social import Attendance
from ui.dialogs.social import AttendanceDialog
from ui.views.base import FeatureView
from ui.views.social_data import ChosenLine, record_attendance
from ui.views.social_words import attendance_words
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoingActions(QWidget):
    """Services with "I went" and "Not this time": on Today (today's sessions, one click) and
    on Community support (every service I chose, any day). Records through its view's `call`
    and says what happened in the view's banner."""

    def __init__(
        self, view: FeatureView[Any], ask_day: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ask_day = ask_day
        self.lines: list[ChosenLine] = []
        self.day = date.today()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAccessibleName(
            self.tr("Community support I chose")
            if ask_day
            else self.tr("Community support sessions today")
        )
        self.list.setAccessibleDescription(self.tr("Choose a service, then say whether you went."))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.went_button = QPushButton(self.tr("I &went…") if ask_day else self.tr("I &went"), self)
        self.went_button.setAccessibleName(self.tr("Say that I went to the chosen service"))
        self.went_button.clicked.connect(self.went)
        self.missed_button = QPushButton(self.tr("&Not this time…"), self)
        self.missed_button.setAccessibleName(
            self.tr("Say that I did not go to the chosen service this time")
        )
        self.missed_button.clicked.connect(self.missed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        row, flow = flow_row(self)
        flow.addWidget(self.went_button)
        flow.addWidget(self.missed_button)
        layout.addWidget(row)
        self._update_buttons()

    def set_lines(self, lines: list[ChosenLine], day: date | None = None) -> None:
        keep = self.selected()
        self.day = day or date.today()
        self.lines = lines
        self.list.clear()
        for line in lines:
            if self.ask_day:
                went = sum(1 for r in line.records if r.attended)
                text = self.tr("{name}: went {count} times so far", None, went).format(
                    name=line.chosen.name, count=went
                )
            else:
                text = self.tr("{name}: {state}").format(
                    name=line.chosen.name, state=attendance_words(line.on(self.day))
                )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, line.chosen.id)
            self.list.addItem(item)
        fit_height(self.list, min_lines=1, max_lines=6)
        row = next(
            (i for i, line in enumerate(lines) if keep and line.chosen.id == keep.chosen.id), 0
        )
        if lines:
            self.list.setCurrentRow(row)
        self._update_buttons()

    def clear(self) -> None:
        self.lines = []
        self.list.clear()
        self._update_buttons()

    def selected(self) -> ChosenLine | None:
        row = self.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def select(self, chosen_id: UUID) -> None:
        for row, line in enumerate(self.lines):
            if line.chosen.id == chosen_id:
                self.list.setCurrentRow(row)

    def _update_buttons(self, *_args: object) -> None:
        enabled = self.selected() is not None
        self.went_button.setEnabled(enabled)
        self.missed_button.setEnabled(enabled)

    def went(self) -> None:
        line = self.selected()
        if line is None:
            return
        if not self.ask_day:
            self._save(Attendance(chosen_id=line.chosen.id, on=self.day, attended=True), line)
            return
        self._ask(line, attended=True)

    def missed(self) -> None:
        line = self.selected()
        if line is not None:
            self._ask(line, attended=False)

    def _ask(self, line: ChosenLine, attended: bool) -> None:
        dialog = AttendanceDialog(line.chosen.name, attended, self.view)
        if not self.ask_day:
            dialog.day.setEnabled(False)

        def done() -> None:
            self._save(
                Attendance(
                    chosen_id=line.chosen.id,
                    on=dialog.on,
                    attended=attended,
                    reason=dialog.reason,
                    note=dialog.note,
                ),
                line,
            )

        dialog.accepted.connect(done)
        self.view.show_dialog(dialog)

    def _save(self, attendance: Attendance, line: ChosenLine) -> None:
        name = line.chosen.name
        said = (
            self.tr("Saved: you went to {name}.")
            if attendance.attended
            else self.tr("Saved: not this time for {name}.")
        ).format(name=name)
        self.view.call(
            lambda vault: record_attendance(vault, line.chosen, attendance),
            lambda _r: self.view.banner.show_message(said, "success", seconds=6),
            changes="attendance",
        )
