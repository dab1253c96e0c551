"""Today's doses with Take, Skip, Snooze and Change the time, as one widget: both the Medicines
screen and Today show it, so it lives here rather than inside either view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.base import now as utc_now
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.services import doses as dose_service
from planner.vault import Vault
from ui.dialogs.medicine import DoseTimeDialog, SkipDoseDialog, SnoozeDialog
from ui.models.medicines import dose_words, status_words
from ui.snoozes import snoozes
from ui.views.base import FeatureView, paragraph
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DoseLine:
    """One dose of today: scheduled (`due` set) or an "as needed" medicine (`due` None)."""

    medicine: Medicine
    due: datetime | None
    record: DoseRecord | None


def today_lines(vault: Vault, moment: datetime, medicines: list[Medicine]) -> list[DoseLine]:
    """Today's scheduled doses (with their records), then each "as needed" medicine."""
    day = moment.astimezone(dose_service.local_zone()).date()
    active = [m for m in medicines if m.active]
    lines = [DoseLine(d.medicine, d.due, d.record) for d in dose_service.doses_on(vault, day)]
    lines += [DoseLine(m, None, None) for m in active if m.as_needed and m.active_on(day)]
    return lines


def line_words(line: DoseLine, snoozed: datetime | None) -> str:
    """ "08:00 Ramipril 5 mg 1 tablet: taken at 08:12"."""
    from PySide6.QtCore import QCoreApplication

    name = " ".join(p for p in (line.medicine.name, dose_words(line.medicine)) if p)
    if line.due is None:
        return QCoreApplication.translate("Medicines", "When needed: {name}").format(name=name)
    when = line.due.astimezone().strftime("%H:%M")
    if line.record is not None:
        state = status_words(line.record)
    elif snoozed is not None:
        state = QCoreApplication.translate("Medicines", "Snoozed until {time}").format(
            time=snoozed.astimezone().strftime("%H:%M")
        )
    else:
        state = QCoreApplication.translate("Medicines", "To take")
    return QCoreApplication.translate("Medicines", "{time} {name}: {state}").format(
        time=when, name=name, state=state
    )


class DoseActions(QWidget):
    """Today's doses with Take, Skip, Snooze and Change the time: shared by Medicines and
    Today. It records through its view's `call` and says what happened in the view's banner."""

    def __init__(self, view: FeatureView[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.lines: list[DoseLine] = []
        self.snoozes = snoozes(view.session)
        self.snoozes.changed.connect(self._redraw)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Today's doses"))
        self.list.setAccessibleDescription(
            self.tr("Press Enter to take the chosen dose. The buttons below skip or snooze it.")
        )
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again on resize
        self.list.itemActivated.connect(lambda _item: self.take())
        self.list.currentRowChanged.connect(self._update)
        self.none = paragraph(self.tr("No doses are due today."), self)
        self.none.setVisible(False)
        self.take_button = QPushButton(self.tr("&Take"), self)
        self.take_button.setAccessibleName(self.tr("Take the chosen dose now"))
        self.take_button.clicked.connect(self.take)
        self.skip_button = QPushButton(self.tr("Sk&ip…"), self)
        self.skip_button.setAccessibleName(self.tr("Skip the chosen dose, saying why"))
        self.skip_button.clicked.connect(self.skip)
        self.snooze_button = QPushButton(self.tr("Snoo&ze…"), self)
        self.snooze_button.setAccessibleName(self.tr("Remind me about the chosen dose later"))
        self.snooze_button.clicked.connect(self.snooze)
        self.time_button = QPushButton(self.tr("Change ti&me…"), self)
        self.time_button.setAccessibleName(self.tr("Say when you really took the chosen dose"))
        self.time_button.clicked.connect(self.change_time)
        for button in (self.take_button, self.skip_button, self.snooze_button, self.time_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.none)
        row, flow = flow_row(self)
        for button in (self.take_button, self.skip_button, self.snooze_button, self.time_button):
            flow.addWidget(button)
        layout.addWidget(row)
        self._update()

    def set_lines(self, lines: list[DoseLine]) -> None:
        keep = self.current()
        self.lines = list(lines)
        self._redraw()
        if keep is not None:
            for index, line in enumerate(self.lines):
                if (line.medicine.id, line.due) == (keep.medicine.id, keep.due):
                    self.list.setCurrentRow(index)
                    break

    def _redraw(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for index, line in enumerate(self.lines):
            text = line_words(line, self.snoozes.until(line.medicine.id, line.due))
            item = QListWidgetItem(text)
            item.setData(LINE_ROLE, index)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        self.list.setVisible(bool(self.lines))
        self.none.setVisible(not self.lines)
        fit_height(self.list, min_lines=2, max_lines=10)
        if self.list.count():
            first_open = next((i for i, line in enumerate(self.lines) if line.record is None), 0)
            self.list.setCurrentRow(row if 0 <= row < self.list.count() else first_open)
        self._update()

    def clear(self) -> None:
        self.lines = []
        self.list.clear()
        self._update()

    def current(self) -> DoseLine | None:
        row = self.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _update(self, *_args: object) -> None:
        line = self.current()
        open_ = line is not None and (
            line.record is None or line.record.status is DoseStatus.MISSED
        )
        scheduled = line is not None and line.due is not None
        self.take_button.setEnabled(open_)
        self.skip_button.setEnabled(open_ and scheduled)
        self.snooze_button.setEnabled(open_ and scheduled and line.record is None)  # type: ignore[union-attr]
        self.time_button.setEnabled(
            line is not None
            and (line.record is None or line.record.status is not DoseStatus.SKIPPED)
        )

    # -- recording ------------------------------------------------------------------------

    def take(self, at: datetime | None = None) -> None:
        line = self.current()
        if line is None or not self.take_button.isEnabled():
            return
        medicine, due = line.medicine, line.due
        when = at or utc_now()
        name = medicine.name

        def taken(_record: DoseRecord) -> None:
            self.snoozes.drop(medicine.id, due)
            self.view.banner.show_message(
                self.tr("Taken: {name}.").format(name=name), "success", seconds=6
            )

        self.view.call(lambda vault: vault.doses.take(medicine, due, when), taken, changes="doses")

    def skip(self) -> None:
        line = self.current()
        if line is None or line.due is None or not self.skip_button.isEnabled():
            return
        dialog = SkipDoseDialog(line_words(line, None), self.view)
        medicine, due = line.medicine, line.due

        def chosen() -> None:
            reason = dialog.reason_value

            def skipped(_record: DoseRecord) -> None:
                self.snoozes.drop(medicine.id, due)
                self.view.banner.show_message(
                    self.tr("Skipped: {name}.").format(name=medicine.name), "info", seconds=6
                )

            self.view.call(
                lambda vault: vault.doses.skip(medicine, due, reason), skipped, changes="doses"
            )

        dialog.accepted.connect(chosen)
        self.view.show_dialog(dialog)

    def snooze(self) -> None:
        line = self.current()
        if line is None or line.due is None or not self.snooze_button.isEnabled():
            return
        dialog = SnoozeDialog(line_words(line, None), self.view)
        medicine, due = line.medicine, line.due

        def chosen() -> None:
            self.snooze_for(medicine, due, dialog.minutes)

        dialog.accepted.connect(chosen)
        self.view.show_dialog(dialog)

    def snooze_for(self, medicine: Medicine, due: datetime, minutes: int) -> datetime:
        until = utc_now() + timedelta(minutes=minutes)
        title = self.tr("Time to take {name}").format(
            name=" ".join(p for p in (medicine.name, dose_words(medicine)) if p)
        )
        self.snoozes.snooze(medicine.id, due, until, title)
        self.view.banner.show_message(
            self.tr("I will remind you again at {time}.").format(
                time=until.astimezone().strftime("%H:%M")
            ),
            "info",
            seconds=6,
        )
        return until

    def change_time(self) -> None:
        line = self.current()
        if line is None or not self.time_button.isEnabled():
            return
        record = line.record
        shown = (
            record.at
            if record is not None and record.status is DoseStatus.TAKEN
            else (line.due or utc_now())
        )
        dialog = DoseTimeDialog(line_words(line, None), shown, line.due, self.view)
        dialog.accepted.connect(lambda: self._save_time(line, dialog.at))
        self.view.show_dialog(dialog)

    def _save_time(self, line: DoseLine, at: datetime | None) -> None:
        if at is None:
            return
        record = line.record
        if record is not None and record.status is DoseStatus.TAKEN:
            changed = record.edited_time(at)
            self.view.call(
                lambda vault: vault.doses.record(changed),
                lambda _r: self.view.banner.show_message(
                    self.tr("The time is changed."), "success", seconds=6
                ),
                changes="doses",
            )
            return
        medicine, due = line.medicine, line.due

        def taken(_record: DoseRecord) -> None:
            self.snoozes.drop(medicine.id, due)
            self.view.banner.show_message(
                self.tr("Taken: {name}.").format(name=medicine.name), "success", seconds=6
            )

        self.view.call(lambda vault: vault.doses.take(medicine, due, at), taken, changes="doses")
