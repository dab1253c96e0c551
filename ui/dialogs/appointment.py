"""Add or change an appointment: when, where, with whom, what for, the questions to ask, and
afterwards what was said and what to do next (follow-ups, which can become plan actions).

The dialog builds an `Appointment` with pydantic and shows each problem next to its field; it
never touches the vault (the Appointments view saves the result through the session).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointment import Appointment
from ui.widgets import wording
from ui.widgets.forms import (
    FieldError,
    field_errors,
    save_cancel,
    with_error,
    wrapping_form,
)
from ui.widgets.lists import TextListEditor


class AppointmentDialog(QDialog):
    """After `accept()`, `appointment` is the validated appointment and `to_plan` says whether
    its new follow-ups should become actions in the care plan."""

    def __init__(
        self,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
        *,
        afterwards: bool = False,
    ) -> None:
        super().__init__(parent)
        self.original = appointment
        self.appointment: Appointment | None = None
        self.setWindowTitle(
            self.tr("Change an appointment") if appointment else self.tr("Add an appointment")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the appointment"))
        before = QWidget(self.tabs)
        after = QWidget(self.tabs)

        self.what_for = QLineEdit(before)
        self.what_for.setMaxLength(200)
        self.what_for.setAccessibleName(self.tr("What the appointment is for"))
        self.what_for.setPlaceholderText(self.tr("For example: Diabetes review"))
        self.when = QDateTimeEdit(before)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.when.setAccessibleName(self.tr("Date and time of the appointment"))
        self.duration = QSpinBox(before)
        self.duration.setRange(5, 720)
        self.duration.setSingleStep(5)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" minutes"))
        self.duration.setAccessibleName(self.tr("How long it lasts, in minutes"))
        self.with_whom = QLineEdit(before)
        self.with_whom.setMaxLength(200)
        self.with_whom.setAccessibleName(self.tr("Who the appointment is with"))
        self.with_whom.setPlaceholderText(self.tr("For example: Nurse Grace Owusu"))
        self.where = QLineEdit(before)
        self.where.setMaxLength(300)
        self.where.setAccessibleName(self.tr("Where it is"))
        self.where.setPlaceholderText(self.tr("For example: Lea Surgery, room 2"))
        self.questions = TextListEditor(
            self.tr("Questions I want to ask"),
            self.tr("A question to ask"),
            before,
            fit=True,
        )
        self.cancelled = QCheckBox(self.tr("This appointment is &cancelled"), before)
        self.cancelled.setAccessibleName(self.tr("This appointment is cancelled"))

        self.errors: dict[str, FieldError] = {}
        form = wrapping_form()

        def row(key: str, text: str, widget: QWidget, where: Any = form) -> None:
            box, error = with_error(widget, self)
            self.errors[key] = error
            label = QLabel(text, self)
            label.setBuddy(widget)
            label.setWordWrap(True)
            where.addRow(label, box)

        row("what_for", self.tr("&What for"), self.what_for)
        row("at", self.tr("W&hen"), self.when)
        row("duration", self.tr("How &long"), self.duration)
        row("with_whom", self.tr("With wh&om"), self.with_whom)
        row("where", self.tr("Whe&re"), self.where)
        questions_label = QLabel(self.tr("&Questions I want to ask"), self)
        questions_label.setBuddy(self.questions.line)
        questions_label.setWordWrap(True)
        form.addRow(questions_label, self.questions)
        self.errors["questions"] = self.questions.error
        form.addRow("", self.cancelled)
        before_layout = QVBoxLayout(before)
        before_layout.addLayout(form)

        self.notes = QPlainTextEdit(after)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("What was said at the appointment"))
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self.follow_ups = TextListEditor(
            self.tr("What to do next"),
            self.tr("Something to do after the appointment"),
            after,
            fit=True,
        )
        self.to_plan = QCheckBox(self.tr("Add new things to do to my care &plan"), after)
        self.to_plan.setAccessibleName(
            self.tr("Add the new things to do to my care plan as actions")
        )
        self.to_plan.setChecked(True)
        after_form = wrapping_form()
        row("notes", self.tr("What was &said"), self.notes, after_form)
        next_label = QLabel(self.tr("What to do &next"), self)
        next_label.setBuddy(self.follow_ups.line)
        next_label.setWordWrap(True)
        after_form.addRow(next_label, self.follow_ups)
        self.errors["follow_ups"] = self.follow_ups.error
        after_form.addRow("", self.to_plan)
        after_layout = QVBoxLayout(after)
        after_layout.addLayout(after_form)

        self.tabs.addTab(before, self.tr("&Before"))
        self.tabs.addTab(after, self.tr("&Afterwards"))
        self.form_error = FieldError(self.what_for, self)
        self.buttons = save_cancel(self, self.tr("Save this appointment"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._fill(appointment)
        if afterwards:
            self.tabs.setCurrentIndex(1)
            self.notes.setFocus()

    def _fill(self, appointment: Appointment | None) -> None:
        if appointment is None:
            start = QDateTime.currentDateTime().addDays(1)
            start.setTime(QTime(10, 0))
            self.when.setDateTime(start)
            return
        self.what_for.setText(appointment.what_for)
        self.when.setDateTime(wording.local_qdatetime(appointment.at))
        self.duration.setValue(int(appointment.duration.total_seconds() // 60))
        self.with_whom.setText(appointment.with_whom)
        self.where.setText(appointment.where)
        self.questions.set_items(appointment.questions)
        self.notes.setPlainText(appointment.notes)
        self.follow_ups.set_items(appointment.follow_ups)
        self.cancelled.setChecked(appointment.cancelled)

    def new_follow_ups(self) -> tuple[str, ...]:
        """Follow-ups added in this form (those already saved were offered before)."""
        if self.appointment is None:
            return ()
        before = set(self.original.follow_ups) if self.original is not None else set()
        return tuple(f for f in self.appointment.follow_ups if f not in before)

    def build(self) -> Appointment | None:
        for error in {*self.errors.values(), self.form_error}:
            error.clear_error()
        # A line typed but not yet added still counts: people press Save, not Add.
        for editor in (self.questions, self.follow_ups):
            if editor.line.text().strip():
                editor.add()
        when: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        data.update(
            what_for=self.what_for.text(),
            at=when.replace(second=0, microsecond=0).astimezone(),
            duration=timedelta(minutes=self.duration.value()),
            with_whom=self.with_whom.text().strip(),
            where=self.where.text().strip(),
            questions=self.questions.items(),
            notes=self.notes.toPlainText(),
            follow_ups=self.follow_ups.items(),
            cancelled=self.cancelled.isChecked(),
        )
        try:
            return Appointment.model_validate(data)
        except ValidationError as exc:
            first: QWidget | None = None
            for key, message in field_errors(exc).items():
                head = key.split(".")[0]
                label = self.errors.get(head) or (
                    self.errors["duration"] if "lasts" in message else self.form_error
                )
                label.show_error(message)
                if first is None:
                    first = label.field
                    self.tabs.setCurrentIndex(1 if head in ("notes", "follow_ups") else 0)
            if first is not None:
                first.setFocus()
            return None

    def accept(self) -> None:
        appointment = self.build()
        if appointment is None:
            return
        self.appointment = appointment
        super().accept()
