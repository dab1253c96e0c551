"""Editors for the plan's actions (with a repeat) and supporters (with contact details).

Each builds its pydantic model and shows problems next to the fields; the Plan view keeps the
results until the person saves a new version of the plan.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import Goal
from planner.domain.plan import Action, CarePlan, PlanVersion, Supporter
from planner.domain.recurrence import Frequency
from ui.widgets import wording
from ui.widgets.flow import flow_widget
from ui.widgets.forms import (
    FieldError,
    field_errors,
    find_data,
    side_by_side,
    with_error,
    wrapping_form,
)

ONCE = "once"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()  # type: ignore[assignment]
    return value


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    edit.setDate(QDate.currentDate())
    return edit


class _Dialog(QDialog):
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _buttons(self, save_name: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(save_name)
        ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    @staticmethod
    def _show_errors(
        problems: dict[str, str], where: dict[str, FieldError], fallback: FieldError
    ) -> None:
        first: QWidget | None = None
        for key, message in problems.items():
            head = key.split(".")[0]
            label = where.get(key) or where.get(head) or fallback
            label.show_error(message)
            first = first or label.field
        if first is not None:
            first.setFocus()


class ActionDialog(_Dialog):
    """An action: what, who, which goal, and how often. `action` holds the result."""

    def __init__(
        self, goals: list[Goal], action: Action | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.original = action
        self.action: Action | None = None
        self.setWindowTitle(self.tr("Change an action") if action else self.tr("New action"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

        self.text = QLineEdit(self)
        self.text.setMaxLength(200)
        self.text.setAccessibleName(self.tr("What will be done"))
        self.text.setPlaceholderText(self.tr("For example: Walk with Priya"))
        self.who = QLineEdit(self)
        self.who.setAccessibleName(self.tr("Who does it"))
        self.who.setPlaceholderText(self.tr("Me"))
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Which goal it helps with"))
        self.goal.addItem(self.tr("No goal"), None)
        for goal in goals:
            self.goal.addItem(goal.title, goal.id)
        self.repeat = QComboBox(self)
        self.repeat.setAccessibleName(self.tr("How often"))
        self.repeat.addItem(self.tr("Once"), ONCE)
        self.repeat.addItem(self.tr("Every day or every few days"), Frequency.DAILY)
        self.repeat.addItem(self.tr("Every week or every few weeks"), Frequency.WEEKLY)
        self.repeat.addItem(self.tr("Every month or every few months"), Frequency.MONTHLY)
        self.every = QSpinBox(self)
        self.every.setRange(1, 365)
        self.every.setAccessibleName(self.tr("Repeat every"))
        self.every_unit = QLabel(self)
        self.days: list[QCheckBox] = []
        days_row, days_layout = flow_widget(self)  # the seven days wrap at 200 % text
        days_row.setAccessibleName(self.tr("Days of the week"))
        days_layout.setContentsMargins(0, 0, 0, 0)
        for index in range(7):
            name = wording.weekday_name(index)
            day_box = QCheckBox(name[:3], days_row)
            day_box.setAccessibleName(name)
            self.days.append(day_box)
            days_layout.addWidget(day_box)
        self.days_row = days_row
        self.start = _date_edit(self, self.tr("Start date"))
        self.has_until = QCheckBox(self.tr("Stop on a date"), self)
        self.has_until.setAccessibleName(self.tr("Stop repeating on a date"))
        self.until = _date_edit(self, self.tr("Last date"))
        self.has_due = QCheckBox(self.tr("On a set date"), self)
        self.has_due.setAccessibleName(self.tr("Do it on a set date"))
        self.due = _date_edit(self, self.tr("Date to do it"))
        self.done_box = QCheckBox(self.tr("&Done"), self)
        self.done_box.setAccessibleName(self.tr("This action is done"))

        form = wrapping_form()
        box, self.text_error = with_error(self.text, self)
        form.addRow(self._label(self.tr("&What"), self.text), box)
        box, self.who_error = with_error(self.who, self)
        form.addRow(self._label(self.tr("Wh&o"), self.who), box)
        box, self.goal_error = with_error(self.goal, self)
        form.addRow(self._label(self.tr("&Goal"), self.goal), box)
        box, self.repeat_error = with_error(self.repeat, self)
        form.addRow(self._label(self.tr("&Repeat"), self.repeat), box)
        every_row = side_by_side(self, self.every, (self.every_unit, 1))
        self.every_label = self._label(self.tr("E&very"), self.every)
        form.addRow(self.every_label, every_row)
        self.every_row = every_row
        self.days_label = QLabel(self.tr("On these days"), self)
        form.addRow(self.days_label, self.days_row)
        box, self.start_error = with_error(self.start, self)
        self.start_box = box
        self.start_label = self._label(self.tr("&From"), self.start)
        form.addRow(self.start_label, box)
        until_row = side_by_side(self, self.has_until, (self.until, 1))
        box, self.until_error = with_error(until_row, self, about=self.until)
        self.until_box = box
        self.until_label = QLabel(self.tr("Until"), self)
        form.addRow(self.until_label, box)
        due_row = side_by_side(self, self.has_due, (self.due, 1))
        box, self.due_error = with_error(due_row, self, about=self.due)
        self.due_box = box
        self.due_label = QLabel(self.tr("When"), self)
        form.addRow(self.due_label, box)
        form.addRow("", self.done_box)
        self.form = form

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons(self.tr("Keep this action")))

        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.every.valueChanged.connect(self._repeat_changed)
        self.has_until.toggled.connect(self.until.setEnabled)
        self.has_due.toggled.connect(self.due.setEnabled)
        self._fill(action)

    def _fill(self, action: Action | None) -> None:
        self.until.setEnabled(False)
        self.due.setEnabled(False)
        if action is None:
            self._repeat_changed()
            return
        self.text.setText(action.text)
        self.who.setText(action.who)
        self.goal.setCurrentIndex(max(0, find_data(self.goal, action.goal_id)))
        self.done_box.setChecked(action.done)
        if action.due is not None:
            self.has_due.setChecked(True)
            self.due.setDate(_qdate(action.due))
        rec = action.recurrence
        if rec is not None:
            self.repeat.setCurrentIndex(self.repeat.findData(rec.frequency))
            self.every.setValue(rec.interval)
            for index, day_box in enumerate(self.days):
                day_box.setChecked(index in rec.weekdays)
            self.start.setDate(_qdate(rec.start))
            if rec.until is not None:
                self.has_until.setChecked(True)
                self.until.setDate(_qdate(rec.until))
        self._repeat_changed()

    def _repeat_changed(self, *_args: object) -> None:
        kind = self.repeat.currentData()
        repeating = kind != ONCE
        n = self.every.value()
        units = {
            Frequency.DAILY: self.tr("day") if n == 1 else self.tr("days"),
            Frequency.WEEKLY: self.tr("week") if n == 1 else self.tr("weeks"),
            Frequency.MONTHLY: self.tr("month") if n == 1 else self.tr("months"),
        }
        self.every_unit.setText(units.get(kind, ""))
        for row in (self.every_row, self.start_box, self.until_box):
            self.form.setRowVisible(row, repeating)
        self.form.setRowVisible(self.days_row, kind == Frequency.WEEKLY)
        self.form.setRowVisible(self.due_box, not repeating)

    def build(self) -> Action | None:
        where = {
            "text": self.text_error,
            "who": self.who_error,
            "goal_id": self.goal_error,
            "recurrence": self.repeat_error,
            "recurrence.start": self.start_error,
            "recurrence.until": self.until_error,
            "due": self.due_error,
        }
        for label in where.values():
            label.clear_error()
        kind = self.repeat.currentData()
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        goal_id: UUID | None = self.goal.currentData()
        data.update(
            text=self.text.text(),
            who=self.who.text().strip(),
            goal_id=goal_id,
            done=self.done_box.isChecked(),
            recurrence=None,
            due=None,
        )
        if kind == ONCE:
            data["due"] = _pydate(self.due) if self.has_due.isChecked() else None
        else:
            weekdays = tuple(i for i, day_box in enumerate(self.days) if day_box.isChecked())
            data["recurrence"] = {
                "frequency": Frequency(kind),
                "interval": self.every.value(),
                "weekdays": weekdays if kind == Frequency.WEEKLY else (),
                "start": _pydate(self.start),
                "until": _pydate(self.until) if self.has_until.isChecked() else None,
            }
        try:
            return Action.model_validate(data)
        except ValidationError as exc:
            problems = field_errors(exc)
            if "recurrence" in problems and "end date" in problems["recurrence"].lower():
                problems["recurrence.until"] = problems.pop("recurrence")
            self._show_errors(problems, where, self.text_error)
            return None

    def accept(self) -> None:
        action = self.build()
        if action is None:
            return
        self.action = action
        super().accept()


class SupporterDialog(_Dialog):
    """Someone who helps, and how to reach them. `supporter` holds the result."""

    def __init__(self, supporter: Supporter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = supporter
        self.supporter: Supporter | None = None
        self.setWindowTitle(
            self.tr("Change a supporter") if supporter else self.tr("Add someone who supports me")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QLineEdit(self)
        self.role.setAccessibleName(self.tr("How they help"))
        self.role.setPlaceholderText(self.tr("For example: my sister, practice nurse"))
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.email = QLineEdit(self)
        self.email.setMaxLength(200)
        self.email.setAccessibleName(self.tr("Email address"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)

        form = wrapping_form()
        self.errors: dict[str, FieldError] = {}
        for key, text, widget in (
            ("name", self.tr("&Name"), self.name),
            ("role", self.tr("&How they help"), self.role),
            ("phone", self.tr("&Phone"), self.phone),
            ("email", self.tr("&Email"), self.email),
            ("notes", self.tr("N&otes"), self.notes),
        ):
            box, error = with_error(widget, self)
            self.errors[key] = error
            form.addRow(self._label(text, widget), box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons(self.tr("Keep this supporter")))
        if supporter is not None:
            self.name.setText(supporter.name)
            self.role.setText(supporter.role)
            self.phone.setText(supporter.phone)
            self.email.setText(supporter.email)
            self.notes.setPlainText(supporter.notes)

    def build(self) -> Supporter | None:
        for label in self.errors.values():
            label.clear_error()
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        data.update(
            name=self.name.text(),
            role=self.role.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            notes=self.notes.toPlainText(),
        )
        email = data["email"]
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            self.errors["email"].show_error(
                self.tr("This does not look like an email address. Check it, or leave it empty.")
            )
            self.email.setFocus()
            return None
        try:
            return Supporter.model_validate(data)
        except ValidationError as exc:
            self._show_errors(field_errors(exc), self.errors, self.errors["name"])
            return None

    def accept(self) -> None:
        supporter = self.build()
        if supporter is None:
            return
        self.supporter = supporter
        super().accept()


class SaveVersionDialog(_Dialog):
    """Saving the plan: who it was agreed with (and when), and a note on what changed.

    Both are optional. After `accept()`, `agreed_with`, `agreed_on` and `change_note` hold the
    checked values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a new version of my plan"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.agreed_with_value = ""
        self.agreed_on_value: date | None = None
        self.change_note_value = ""
        intro = QLabel(
            self.tr(
                "Your plan keeps every version. If you agreed this version with someone, such as "
                "your GP or care coordinator, you can say who."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.agreed_with = QLineEdit(self)
        self.agreed_with.setMaxLength(200)
        self.agreed_with.setAccessibleName(self.tr("Agreed with (you can leave this empty)"))
        self.agreed_with.setPlaceholderText(self.tr("For example: Nurse Grace Owusu"))
        self.agreed_on = _date_edit(self, self.tr("Date it was agreed"))
        self.agreed_on.setEnabled(False)
        self.agreed_with.textChanged.connect(
            lambda text: self.agreed_on.setEnabled(bool(text.strip()))
        )
        self.change_note = QLineEdit(self)
        self.change_note.setMaxLength(5000)
        self.change_note.setAccessibleName(self.tr("What changed (you can leave this empty)"))
        self.change_note.setPlaceholderText(self.tr("For example: Added the lunch club"))
        form = wrapping_form()
        box, self.agreed_error = with_error(self.agreed_with, self)
        form.addRow(self._label(self.tr("&Agreed with"), self.agreed_with), box)
        box, self.date_error = with_error(self.agreed_on, self)
        form.addRow(self._label(self.tr("Agreed &on"), self.agreed_on), box)
        box, self.note_error = with_error(self.change_note, self)
        form.addRow(self._label(self.tr("&What changed"), self.change_note), box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Save my plan as a new version"))
        save.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Go back without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def accept(self) -> None:
        for label in (self.agreed_error, self.date_error, self.note_error):
            label.clear_error()
        who = self.agreed_with.text().strip()
        on = _pydate(self.agreed_on) if who else None
        note = self.change_note.text()
        if on is not None and on > date.today():
            self.date_error.show_error(self.tr("This date is in the future. Check it."))
            self.agreed_on.setFocus()
            return
        try:
            PlanVersion(plan=CarePlan(), version=1, agreed_with=who, agreed_on=on, change_note=note)
        except ValidationError as exc:
            where = {
                "agreed_with": self.agreed_error,
                "agreed_on": self.date_error,
                "change_note": self.note_error,
            }
            self._show_errors(field_errors(exc), where, self.note_error)
            return
        self.agreed_with_value, self.agreed_on_value, self.change_note_value = who, on, note
        super().accept()
