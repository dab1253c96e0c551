"""My medicines: today's doses (Take, Skip with a reason, Snooze 10 to 60 minutes, the real time
of a dose taken late), doses of the last week (missed ones can still be marked taken, with the
time), the list of medicines (add, change, stop with a reason; stopped ones on request), and for
the chosen one how often it was taken over 7, 30 and 90 days, its stock and a refill note.

The questions (what is due, what was missed, adherence, what runs low) are answered by
`planner.services.doses`; this screen only shows the answers and records what the person did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.base import now as utc_now
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.services import doses as dose_service
from planner.vault import Vault
from ui.dialogs.medicine import (
    DoseTimeDialog,
    MedicineDialog,
    StopMedicineDialog,
)
from ui.models.medicines import (
    DoseTableModel,
    MedicineTableModel,
    dose_words,
    percent,
    schedule_words,
    stock_words,
)
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets.bars import Bar, BarChart
from ui.widgets.doses import DoseActions, DoseLine, line_words, today_lines
from ui.widgets.responsive import ResponsiveBox, flow_row

PERIODS = (7, 30, 90)
RECENT_DAYS = 7


@dataclass(frozen=True)
class MedicinesData:
    medicines: list[Medicine]  # every medicine, stopped ones too
    today: list[DoseLine]
    recent: list[DoseRecord]  # recorded doses of the last week, newest first
    adherence: dict[UUID, dict[int, float | None]]  # medicine -> {days: fraction taken}
    low: list[Medicine]


def load_medicines(vault: Vault, at: datetime | None = None) -> MedicinesData:
    """Everything the Medicines screen shows (runs in the worker). Doses past their grace
    period are marked missed first, so the screen never shows a stale "to take"."""
    moment = at or utc_now()
    dose_service.mark_missed(vault, moment)
    medicines = vault.medicines.all(include_stopped=True)
    return MedicinesData(
        medicines,
        today_lines(vault, moment, medicines),
        list(reversed(vault.doses.between(moment - timedelta(days=RECENT_DAYS), moment))),
        {
            m.id: {
                days: found.rate
                for days, found in dose_service.adherence_windows(vault, m.id, moment).items()
            }
            for m in medicines
            if not m.as_needed
        },
        dose_service.running_low(vault),
    )


class MedicinesView(FeatureView[MedicinesData]):
    WATCHES = frozenset({"medicines", "doses"})

    navigate_requested = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("My medicines"))
        self._data: MedicinesData | None = None
        self._keep: UUID | None = None

        self.low_note = paragraph("", self)
        self.low_note.setObjectName("running-low")
        self.low_note.setVisible(False)

        # Today's doses
        self.today_box = QGroupBox(self.tr("Today's doses"), self)
        self.doses = DoseActions(self, self.today_box)
        today_layout = QVBoxLayout(self.today_box)
        today_layout.addWidget(self.doses)

        # The last week
        self.recent_box = QGroupBox(self.tr("Doses in the last 7 days"), self)
        self.recent_model = DoseTableModel(self)
        self.recent = QTableView(self.recent_box)
        self.recent.setModel(self.recent_model)
        self.recent.setAccessibleName(self.tr("Doses in the last 7 days"))
        self.recent.setAccessibleDescription(
            self.tr("Choose a missed or taken dose, then Taken late to say when you took it.")
        )
        self._table(self.recent)
        self.recent.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.late_button = QPushButton(self.tr("Taken &late…"), self.recent_box)
        self.late_button.setAccessibleName(
            self.tr("Say when you took the chosen dose, if it shows as missed or at a wrong time")
        )
        self.late_button.clicked.connect(self.taken_late)
        recent_layout = QVBoxLayout(self.recent_box)
        recent_layout.addWidget(self.recent)
        row, flow = flow_row(self.recent_box)
        flow.addWidget(self.late_button)
        recent_layout.addWidget(row)

        # The medicines
        self.list_box = QGroupBox(self.tr("My medicines"), self)
        self.model = MedicineTableModel(self)
        self.table = QTableView(self.list_box)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("My medicines"))
        self.table.setAccessibleDescription(self.tr("Press Enter to change the chosen medicine."))
        self._table(self.table)
        self.table.activated.connect(lambda _index: self.edit_medicine())
        self.table.selectionModel().currentRowChanged.connect(self._medicine_chosen)
        self.show_stopped = QCheckBox(self.tr("Show st&opped medicines"), self.list_box)
        self.show_stopped.setAccessibleName(self.tr("Show the medicines I have stopped"))
        self.show_stopped.toggled.connect(lambda _on: self._fill_table())
        self.new_button = QPushButton(self.tr("&New medicine…"), self.list_box)
        self.new_button.setAccessibleName(self.tr("Add a medicine"))
        self.new_button.clicked.connect(self.new_medicine)
        self.edit_button = QPushButton(self.tr("&Change…"), self.list_box)
        self.edit_button.setAccessibleName(self.tr("Change the chosen medicine"))
        self.edit_button.clicked.connect(self.edit_medicine)
        self.stop_button = QPushButton(self.tr("&Stop taking…"), self.list_box)
        self.stop_button.setAccessibleName(self.tr("Stop taking the chosen medicine"))
        self.stop_button.clicked.connect(self.stop_medicine)
        self.now_button = QPushButton(self.tr("&Record a dose now"), self.list_box)
        self.now_button.setAccessibleName(
            self.tr("Record that I took a dose of the chosen medicine now")
        )
        self.now_button.clicked.connect(self.take_as_needed)
        self.no_medicines = paragraph(
            self.tr("You have no medicines listed. Choose New medicine to add one."),
            self.list_box,
        )
        list_layout = QVBoxLayout(self.list_box)
        list_layout.addWidget(self.table)
        list_layout.addWidget(self.no_medicines)
        list_layout.addWidget(self.show_stopped)
        row, flow = flow_row(self.list_box)
        for button in (self.new_button, self.edit_button, self.stop_button, self.now_button):
            flow.addWidget(button)
        list_layout.addWidget(row)

        # The chosen medicine
        self.detail_box = QGroupBox(self.tr("How it is going"), self)
        self.detail_title = heading("", self.detail_box, level=2)
        self.detail_text = paragraph("", self.detail_box)
        self.detail_text.setAccessibleName(self.tr("About the chosen medicine"))
        self.chart = BarChart(self.tr("Doses taken"), self.detail_box)
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.chart)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My medicines"), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.low_note)
        self.columns = ResponsiveBox(min_chars=100)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.today_box)
        left_layout.addWidget(self.recent_box)
        left_layout.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.list_box)
        right_layout.addWidget(self.detail_box)
        right_layout.addStretch(1)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(right, 1)
        layout.addLayout(self.columns, 1)
        self._update_buttons()

    @staticmethod
    def _table(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @staticmethod
    def _fit(table: QTableView, max_rows: int = 8) -> None:
        table.resizeRowsToContents()
        rows = table.model().rowCount()
        line = table.fontMetrics().height() + 8
        height = table.horizontalHeader().sizeHint().height() + table.frameWidth() * 2 + 4
        height += sum(table.rowHeight(r) for r in range(min(rows, max_rows)))
        if rows == 0:
            height += line
        table.setFixedHeight(height)

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> MedicinesData:
        return load_medicines(vault)

    def _show(self, data: MedicinesData) -> None:
        self._data = data
        self.doses.set_lines(data.today)
        self.recent_model.set_rows(data.recent, data.medicines)
        self._fit(self.recent)
        if data.low:
            names = ", ".join(m.name for m in data.low)
            self.low_note.setText(
                self.tr("Running low: {names}. Time to order more.").format(names=names)
            )
        self.low_note.setVisible(bool(data.low))
        self._fill_table()

    def _fill_table(self) -> None:
        data = self._data
        if data is None:
            return
        keep = self._keep or (m.id if (m := self.selected_medicine()) is not None else None)
        self._keep = None
        shown = [m for m in data.medicines if self.show_stopped.isChecked() or m.active]
        self.model.set_rows(shown)
        self._fit(self.table)
        self.no_medicines.setVisible(not shown)
        self.table.setVisible(bool(shown))
        row = self.model.row_of(keep) if keep is not None else -1
        if self.model.rowCount():
            # The current index, not selectRow: in a right-to-left table selectRow looks for
            # the column under the viewport's right edge, finds none, and chooses no medicine
            # (Urdu: "How it is going" stayed empty; found by tests/e2e/test_screen_reader.py).
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._medicine_chosen()

    def _clear(self) -> None:
        self._data = None
        self._keep = None
        self.doses.clear()
        self.recent_model.set_rows([], [])
        self.model.set_rows([])
        self.low_note.clear()
        self.detail_title.clear()
        self.detail_text.clear()
        self.chart.set_bars([])
        self._update_buttons()

    # -- the chosen medicine --------------------------------------------------------------

    def selected_medicine(self) -> Medicine | None:
        index = self.table.currentIndex()
        return self.model.medicine(index.row()) if index.isValid() else None

    def select_medicine(self, medicine_id: UUID) -> bool:
        row = self.model.row_of(medicine_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))  # selects the row (SelectRows)
        return row >= 0

    def _medicine_chosen(self, *_args: object) -> None:
        medicine = self.selected_medicine()
        self._update_buttons()
        if medicine is None or self._data is None:
            self.detail_title.clear()
            self.detail_text.clear()
            self.chart.set_bars([])
            self.chart.setVisible(False)
            return
        self.detail_title.setText(medicine.name)
        self.detail_title.setAccessibleName(medicine.name)
        parts = [
            self.tr("Dose: {dose}").format(dose=dose_words(medicine))
            if dose_words(medicine)
            else "",
            self.tr("When: {when}").format(when=schedule_words(medicine)),
            self.tr("Why: {reason}").format(reason=medicine.reason) if medicine.reason else "",
            self.tr("Stock: {stock}").format(stock=stock_words(medicine)),
        ]
        if medicine.running_low:
            parts.append(self.tr("It is running low: order more from your pharmacy soon."))
        if medicine.stopped is not None:
            parts.append(
                self.tr("Stopped: {reason}").format(reason=medicine.stop_reason)
                if medicine.stop_reason
                else self.tr("Stopped.")
            )
        figures = self._data.adherence.get(medicine.id)
        if figures:
            words = "; ".join(
                self.tr("last {days} days: {taken}", None, days).format(days=days,
                                                                  taken=percent(value))
                for days, value in figures.items()
            )
            parts.append(self.tr("Doses taken, {figures}.").format(figures=words))
            self.chart.set_bars(
                [
                    Bar(
                        self.tr("Last {days} days", None, days).format(days=days),
                        (value or 0.0) * 100,
                        percent(value),
                    )
                    for days, value in figures.items()
                ],
                maximum=100.0,
            )
            self.chart.setAccessibleName(
                self.tr("Doses of {name} taken").format(name=medicine.name)
            )
        self.chart.setVisible(bool(figures))
        self.detail_text.setText("\n".join(p for p in parts if p))

    def _update_buttons(self, *_args: object) -> None:
        medicine = self.selected_medicine()
        self.edit_button.setEnabled(medicine is not None)
        self.stop_button.setEnabled(medicine is not None and medicine.active)
        self.now_button.setEnabled(medicine is not None and medicine.as_needed and medicine.active)
        index = self.recent.currentIndex()
        record = self.recent_model.record(index.row()) if index.isValid() else None
        self.late_button.setEnabled(
            record is not None
            and record.due is not None
            and record.status in (DoseStatus.MISSED, DoseStatus.TAKEN)
        )

    # -- medicines ------------------------------------------------------------------------

    def _open(self, medicine: Medicine | None) -> None:
        dialog = MedicineDialog(medicine, self)
        dialog.accepted.connect(lambda: self._save(dialog.medicine))
        self.show_dialog(dialog)

    def new_medicine(self) -> None:
        if self._data is not None:
            self._open(None)

    def edit_medicine(self) -> None:
        medicine = self.selected_medicine()
        if medicine is not None:
            self._open(medicine)

    def _save(self, medicine: Medicine | None, message: str = "") -> None:
        if medicine is None:
            return
        self._keep = medicine.id
        said = message or self.tr("Saved: {name}.").format(name=medicine.name)
        self.call(
            lambda vault: vault.medicines.save(medicine),
            lambda _r: self.banner.show_message(said, "success", seconds=6),
            changes="medicines",
        )

    def stop_medicine(self) -> None:
        medicine = self.selected_medicine()
        if medicine is None or not medicine.active:
            return
        dialog = StopMedicineDialog(medicine, self)
        dialog.accepted.connect(
            lambda: self._save(
                dialog.stopped,
                self.tr("{name} is stopped. It stays in your list of stopped medicines.").format(
                    name=medicine.name
                ),
            )
        )
        self.show_dialog(dialog)

    def take_as_needed(self) -> None:
        medicine = self.selected_medicine()
        if medicine is None or not medicine.as_needed:
            return
        when = utc_now()
        self.call(
            lambda vault: vault.doses.take(medicine, None, when),
            lambda _r: self.banner.show_message(
                self.tr("Recorded a dose of {name}.").format(name=medicine.name),
                "success",
                seconds=6,
            ),
            changes="doses",
        )

    # -- the last week --------------------------------------------------------------------

    def taken_late(self) -> None:
        index = self.recent.currentIndex()
        record = self.recent_model.record(index.row()) if index.isValid() else None
        if record is None or record.due is None or self._data is None:
            return
        medicine = next((m for m in self._data.medicines if m.id == record.medicine_id), None)
        if medicine is None:
            return
        line = DoseLine(medicine, record.due, record)
        shown = record.at if record.status is DoseStatus.TAKEN else record.due
        dialog = DoseTimeDialog(line_words(line, None), shown, record.due, self)
        dialog.accepted.connect(lambda: self.doses._save_time(line, dialog.at))
        self.show_dialog(dialog)
