"""Medicines and dose records as table models: named columns, translatable headers, the item
itself under a custom role (Vorta's table models are the pattern)."""

from __future__ import annotations

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
)

from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from ui.dialogs.medicine import times_text
from ui.widgets import wording

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the Medicine or DoseRecord itself


def schedule_words(medicine: Medicine) -> str:
    if medicine.as_needed:
        return QCoreApplication.translate("Medicines", "When needed")
    text = times_text(medicine.times)
    if medicine.weekdays:
        days = ", ".join(wording.weekday_name(d) for d in sorted(medicine.weekdays))
        text = QCoreApplication.translate("Medicines", "{times} on {days}").format(
            times=text, days=days
        )
    return text


def dose_words(medicine: Medicine) -> str:
    return " ".join(p for p in (medicine.strength, medicine.dose) if p)


def stock_words(medicine: Medicine) -> str:
    if medicine.stock is None:
        return QCoreApplication.translate("Medicines", "Not counted")
    text = QCoreApplication.translate("Medicines", "Left: {n}").format(n=medicine.stock)
    if medicine.running_low:
        text = QCoreApplication.translate("Medicines", "{stock}, running low").format(stock=text)
    return text


def status_words(record: DoseRecord) -> str:
    if record.status is DoseStatus.TAKEN:
        at = record.at.astimezone()
        same_day = record.due is not None and record.due.astimezone().date() == at.date()
        return QCoreApplication.translate("Medicines", "Taken at {time}").format(
            time=at.strftime("%H:%M") if same_day else wording.moment(record.at)
        )
    if record.status is DoseStatus.SKIPPED:
        return QCoreApplication.translate("Medicines", "Skipped: {reason}").format(
            reason=record.reason
        )
    return QCoreApplication.translate("Medicines", "Missed")


class MedicineColumn(IntEnum):
    NAME = 0  # the name, and under it the dose
    WHEN = 1
    STOCK = 2


MEDICINE_HEADERS = {
    MedicineColumn.NAME: str(QT_TRANSLATE_NOOP("MedicineTableModel", "Medicine")),
    MedicineColumn.WHEN: str(QT_TRANSLATE_NOOP("MedicineTableModel", "When")),
    MedicineColumn.STOCK: str(QT_TRANSLATE_NOOP("MedicineTableModel", "Left")),
}


def percent(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("Medicines", "Nothing due yet")
    return QCoreApplication.translate("Medicines", "{n}%").format(n=round(value * 100))


class MedicineTableModel(QAbstractTableModel):
    """`set_rows(medicines)`; `medicine(row)`. How often each was taken is on the chosen
    medicine's chart, not in a fourth column that would not fit at 200 % text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Medicine] = []

    def set_rows(self, medicines: list[Medicine]) -> None:
        self.beginResetModel()
        self._rows = list(medicines)
        self.endResetModel()

    def medicine(self, row: int) -> Medicine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, medicine_id: UUID) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == medicine_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MedicineColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "MedicineTableModel", MEDICINE_HEADERS[MedicineColumn(section)]
            )
        return None

    def text(self, medicine: Medicine, column: MedicineColumn) -> str:
        if column is MedicineColumn.NAME:
            name = medicine.name
            if medicine.stopped is not None:
                name = QCoreApplication.translate("Medicines", "{name} (stopped {day})").format(
                    name=medicine.name, day=wording.day(medicine.stopped)
                )
            dose = dose_words(medicine)
            return f"{name}\n{dose}" if dose else name
        if column is MedicineColumn.WHEN:
            return schedule_words(medicine)
        return stock_words(medicine)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        medicine = self.medicine(index.row()) if index.isValid() else None
        if medicine is None:
            return None
        column = MedicineColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(medicine, column)
        if role == ITEM_ROLE:
            return medicine
        return None


class DoseColumn(IntEnum):
    DUE = 0
    MEDICINE = 1
    WHAT = 2


DOSE_HEADERS = {
    DoseColumn.DUE: str(QT_TRANSLATE_NOOP("DoseTableModel", "Due")),
    DoseColumn.MEDICINE: str(QT_TRANSLATE_NOOP("DoseTableModel", "Medicine")),
    DoseColumn.WHAT: str(QT_TRANSLATE_NOOP("DoseTableModel", "What happened")),
}


class DoseTableModel(QAbstractTableModel):
    """Recorded doses, newest first: `set_rows(records, medicines)`; `record(row)`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DoseRecord] = []
        self._names: dict[UUID, str] = {}

    def set_rows(self, records: list[DoseRecord], medicines: list[Medicine]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._names = {m.id: m.name for m in medicines}
        self.endResetModel()

    def record(self, row: int) -> DoseRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DoseColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DoseTableModel", DOSE_HEADERS[DoseColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == ITEM_ROLE:
            return record
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = DoseColumn(index.column())
        if column is DoseColumn.DUE:
            if record.due is None:
                return QCoreApplication.translate("Medicines", "When needed")
            return wording.moment(record.due)
        if column is DoseColumn.MEDICINE:
            return self._names.get(record.medicine_id, "")
        return status_words(record)
