"""Add or change one log entry: which tracker, the value, when, and a note.

The dialog never touches the vault: it builds a validated `LogEntry` (pydantic, and the
tracker's own rules through `LogEntry.for_tracker`) and the view saves it through the session.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.base import now
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from ui.widgets import wording
from ui.widgets.forms import field_errors, find_data, save_cancel, with_error, wrapping_form


class LogEntryDialog(QDialog):
    """`entry` is the saved result once accepted (same id as the edited one)."""

    def __init__(
        self, trackers: list[Tracker], entry: LogEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.trackers = trackers
        self.original = entry
        self.entry: LogEntry | None = None
        self.setWindowTitle(self.tr("Change a log entry") if entry else self.tr("Add a log entry"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

        self.tracker = QComboBox(self)
        self.tracker.setAccessibleName(self.tr("What you are logging"))
        for tracker in trackers:
            self.tracker.addItem(tracker.label, tracker.id)

        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Value"))
        self.scale = QSpinBox(self)
        self.scale.setRange(0, 10)
        self.scale.setAccessibleName(self.tr("Value from 0 to 10"))
        self.yes_no = QComboBox(self)
        self.yes_no.addItem(self.tr("Yes"), "yes")
        self.yes_no.addItem(self.tr("No"), "no")
        self.yes_no.setAccessibleName(self.tr("Yes or no"))
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName(self.tr("What you want to write"))
        self.value = QStackedWidget(self)
        for widget in (self.number, self.scale, self.yes_no, self.words):
            self.value.addWidget(widget)
        self.unit = QLabel(self)

        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.when.setAccessibleName(self.tr("When"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note (you can leave this empty)"))
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)

        form = wrapping_form()
        box, self.tracker_error = with_error(self.tracker, self)
        form.addRow(self._label(self.tr("&What"), self.tracker), box)
        box, self.value_error = with_error(self.value, self)
        form.addRow(self._label(self.tr("&Value"), self.value), box)
        form.addRow("", self.unit)
        box, self.when_error = with_error(self.when, self)
        form.addRow(self._label(self.tr("W&hen"), self.when), box)
        box, self.note_error = with_error(self.note, self)
        form.addRow(self._label(self.tr("&Note"), self.note), box)

        self.buttons = save_cancel(self, self.tr("Save this entry"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.tracker.currentIndexChanged.connect(self._tracker_changed)
        if entry is not None:
            index = find_data(self.tracker, entry.tracker_id)
            self.tracker.setCurrentIndex(max(0, index))
            self._tracker_changed()
            self._fill(entry)
        else:
            self._tracker_changed()
            self.when.setDateTime(QDateTime.currentDateTime())

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def current_tracker(self) -> Tracker | None:
        index = self.tracker.currentIndex()
        return self.trackers[index] if 0 <= index < len(self.trackers) else None

    def _tracker_changed(self) -> None:
        tracker = self.current_tracker()
        if tracker is None:
            return
        pages = {
            TrackerKind.NUMERIC: self.number,
            TrackerKind.SCALE: self.scale,
            TrackerKind.YES_NO: self.yes_no,
            TrackerKind.TEXT: self.words,
        }
        # A stacked widget is as tall as its tallest page; only the shown page counts here.
        for page in pages.values():
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        pages[tracker.kind].setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
        )
        self.value.setCurrentWidget(pages[tracker.kind])
        self.value.adjustSize()
        self.value.setFocusProxy(pages[tracker.kind])
        self.value_error.field = pages[tracker.kind]
        if tracker.kind is TrackerKind.NUMERIC:
            self.unit.setText(self.tr("In {unit}").format(unit=tracker.unit))
            self.number.setAccessibleName(self.tr("Value in {unit}").format(unit=tracker.unit))
        else:
            self.unit.clear()
        self.setTabOrder(self.tracker, pages[tracker.kind])
        self.setTabOrder(pages[tracker.kind], self.when)

    def _fill(self, entry: LogEntry) -> None:
        tracker = self.current_tracker()
        if tracker is not None:
            if tracker.kind is TrackerKind.TEXT:
                self.words.setPlainText(entry.text or "")
            elif tracker.kind is TrackerKind.YES_NO:
                self.yes_no.setCurrentIndex(0 if (entry.value or 0) >= 0.5 else 1)
            elif tracker.kind is TrackerKind.SCALE:
                self.scale.setValue(int(entry.value or 0))
            else:
                self.number.setText(wording.number(entry.value) if entry.value is not None else "")
        self.when.setDateTime(wording.local_qdatetime(entry.at))
        self.note.setPlainText(entry.note)

    def raw_value(self) -> str:
        tracker = self.current_tracker()
        if tracker is None:
            return ""
        if tracker.kind is TrackerKind.TEXT:
            return self.words.toPlainText()
        if tracker.kind is TrackerKind.YES_NO:
            return str(self.yes_no.currentData())
        if tracker.kind is TrackerKind.SCALE:
            return str(self.scale.value())
        return wording.typed_number(self.number.text())

    def when_value(self) -> datetime:
        local: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return local.astimezone()

    def build(self) -> LogEntry | None:
        """The validated entry, or None with every problem shown next to its field."""
        for error in (self.tracker_error, self.value_error, self.when_error, self.note_error):
            error.clear_error()
        tracker = self.current_tracker()
        if tracker is None:
            self.tracker_error.show_error(self.tr("Choose what you are logging."))
            self.tracker.setFocus()
            return None
        at = self.when_value()
        if at > now().astimezone() and (at - now()).total_seconds() > 3600:
            self.when_error.show_error(self.tr("This time is in the future. Check the date."))
            self.when.setFocus()
            return None
        try:
            entry = LogEntry.for_tracker(
                tracker, self.raw_value(), at=at, note=self.note.toPlainText()
            )
            if self.original is not None:
                entry = entry.edit(id=self.original.id)
        except ValidationError as exc:
            errors = field_errors(exc)
            for key, message in errors.items():
                target = {"note": self.note_error, "at": self.when_error}.get(key, self.value_error)
                target.show_error(message)
            first = self.note if "note" in errors else self.value
            first.setFocus()
            return None
        except ValueError as exc:
            text = str(exc)
            self.value_error.show_error(text[0].upper() + text[1:] + ".")
            self.value.setFocus()
            return None
        return entry

    def accept(self) -> None:
        entry = self.build()
        if entry is None:
            return
        self.entry = entry
        super().accept()
