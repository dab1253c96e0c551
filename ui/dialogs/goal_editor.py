"""Create or change a SMART goal: what, why, how it is measured, by when, and where it stands.

The dialog builds a `Goal` with pydantic and shows each problem next to its field; it never
touches the vault (the Goals view saves the result through the session).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import TRANSITIONS, Direction, Goal, GoalStatus
from planner.domain.tracker import Tracker, TrackerKind
from ui.widgets import wording
from ui.widgets.forms import (
    FieldError,
    field_errors,
    find_data,
    save_cancel,
    side_by_side,
    with_error,
    wrapping_form,
)


def parse_number(text: str) -> float | None:
    """A number as typed in the person's locale ("84,5" in French) or plainly ("84.5")."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


class GoalDialog(QDialog):
    """After `accept()`, `goal` is the validated goal and `add_to_plan` says whether to list it
    in the care plan (new goals only)."""

    def __init__(
        self, trackers: list[Tracker], goal: Goal | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.original = goal
        self.goal: Goal | None = None
        self.trackers = [t for t in trackers if t.kind is not TrackerKind.TEXT and not t.archived]
        self.setWindowTitle(self.tr("Change a goal") if goal else self.tr("New goal"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("What is your goal?"))
        self.title.setPlaceholderText(self.tr("For example: Walk 7,000 steps a day"))
        self.why = QPlainTextEdit(self)
        self.why.setTabChangesFocus(True)
        self.why.setAccessibleName(self.tr("Why it matters to you"))
        self.why.setMaximumHeight(self.fontMetrics().height() * 5)

        self.tracker = QComboBox(self)
        self.tracker.setAccessibleName(self.tr("How you will measure it"))
        self.tracker.addItem(self.tr("I will not measure it"), None)
        for tracker in self.trackers:
            self.tracker.addItem(tracker.label, tracker.id)
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Target"))
        self.unit = QLabel(self)
        self.direction = QComboBox(self)
        self.direction.setAccessibleName(self.tr("Is more better, or less?"))
        self.direction.addItem(wording.direction_name(Direction.AT_LEAST), Direction.AT_LEAST)
        self.direction.addItem(wording.direction_name(Direction.AT_MOST), Direction.AT_MOST)

        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self.start.setAccessibleName(self.tr("Start date"))
        self.has_due = QCheckBox(self.tr("I want to reach it &by a date"), self)
        self.has_due.setAccessibleName(self.tr("Set a date to reach it by"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setAccessibleName(self.tr("Date to reach it by"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Where this goal stands"))
        self.add_to_plan = QCheckBox(self.tr("Add it to my &care plan"), self)
        self.add_to_plan.setAccessibleName(self.tr("Add this goal to my care plan"))
        self.add_to_plan.setChecked(goal is None)
        self.add_to_plan.setVisible(goal is None)

        form = wrapping_form()
        box, self.title_error = with_error(self.title, self)
        form.addRow(self._label(self.tr("&Goal"), self.title), box)
        box, self.why_error = with_error(self.why, self)
        form.addRow(self._label(self.tr("&Why it matters"), self.why), box)
        box, self.tracker_error = with_error(self.tracker, self)
        form.addRow(self._label(self.tr("&Measure with"), self.tracker), box)
        target_row = side_by_side(self, (self.target, 1), self.unit, (self.direction, 2))
        box, self.target_error = with_error(target_row, self, about=self.target)
        self.target_label = self._label(self.tr("&Target"), self.target)
        form.addRow(self.target_label, box)
        box, self.start_error = with_error(self.start, self)
        form.addRow(self._label(self.tr("&Start"), self.start), box)
        due_row = side_by_side(self, self.has_due, (self.due, 1))
        box, self.due_error = with_error(due_row, self, about=self.due)
        form.addRow(self.tr("Reach it by"), box)
        box, self.status_error = with_error(self.status, self)
        form.addRow(self._label(self.tr("Stat&us"), self.status), box)
        form.addRow("", self.add_to_plan)
        self.form_error = FieldError(self.title, self)

        self.buttons = save_cancel(self, self.tr("Save this goal"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.tracker.currentIndexChanged.connect(self._tracker_changed)
        self.has_due.toggled.connect(self.due.setEnabled)
        self._fill(goal)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _fill(self, goal: Goal | None) -> None:
        today = QDate.currentDate()
        current = goal.status if goal is not None else GoalStatus.ACTIVE
        allowed = [current, *sorted(TRANSITIONS[current], key=list(GoalStatus).index)]
        if goal is None:
            allowed = [GoalStatus.ACTIVE, GoalStatus.PROPOSED]
        for status in allowed:
            self.status.addItem(wording.status_name(status), status)
        if goal is None:
            self.start.setDate(today)
            self.due.setDate(today.addMonths(3))
            self.has_due.setChecked(False)
            self.due.setEnabled(False)
            self._tracker_changed()
            return
        self.title.setText(goal.title)
        self.why.setPlainText(goal.why)
        self.start.setDate(QDate(goal.start.year, goal.start.month, goal.start.day))
        if goal.due is not None:
            self.has_due.setChecked(True)
            self.due.setDate(QDate(goal.due.year, goal.due.month, goal.due.day))
        else:
            self.has_due.setChecked(False)
            self.due.setDate(today.addMonths(3))
        self.due.setEnabled(goal.due is not None)
        if goal.measure is not None:
            index = find_data(self.tracker, goal.measure.tracker_id)
            self.tracker.setCurrentIndex(max(0, index))
            self.target.setText(wording.number(goal.measure.target))
            self.direction.setCurrentIndex(self.direction.findData(goal.measure.direction))
        self._tracker_changed()

    def current_tracker(self) -> Tracker | None:
        index = self.tracker.currentIndex() - 1
        return self.trackers[index] if 0 <= index < len(self.trackers) else None

    def _tracker_changed(self) -> None:
        tracker = self.current_tracker()
        measured = tracker is not None
        for widget in (self.target, self.direction, self.target_label):
            widget.setEnabled(measured)
        if tracker is None:
            self.unit.clear()
        elif tracker.kind is TrackerKind.SCALE:
            self.unit.setText(self.tr("out of 10"))
        elif tracker.kind is TrackerKind.YES_NO:
            self.unit.setText(self.tr("(1 for yes, 0 for no)"))
        else:
            self.unit.setText(tracker.unit)
        if tracker is not None:
            self.target.setAccessibleName(
                self.tr("Target in {unit}").format(unit=self.unit.text())
                if self.unit.text()
                else self.tr("Target")
            )

    @staticmethod
    def _date(edit: QDateEdit) -> date:
        value: date = edit.date().toPython()  # type: ignore[assignment]
        return value

    def build(self) -> Goal | None:
        """The validated goal, or None with each problem shown next to its field."""
        errors = {
            "title": self.title_error,
            "why": self.why_error,
            "measure": self.tracker_error,
            "measure.tracker_id": self.tracker_error,
            "measure.target": self.target_error,
            "measure.direction": self.target_error,
            "start": self.start_error,
            "due": self.due_error,
            "status": self.status_error,
            "": self.due_error,
        }
        for error in {*errors.values(), self.form_error}:
            error.clear_error()
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        # Combo boxes hand enum data back as plain strings; strict models want the enum.
        chosen = GoalStatus(self.status.currentData())
        status = self.original.status if self.original is not None else chosen
        data.update(
            title=self.title.text(),
            why=self.why.toPlainText(),
            start=self._date(self.start),
            due=self._date(self.due) if self.has_due.isChecked() else None,
            status=status,
            measure=None,
        )
        tracker = self.current_tracker()
        problems: dict[str, str] = {}
        if tracker is not None:
            target = parse_number(self.target.text())
            if target is None:
                problems["measure.target"] = self.tr(
                    "Enter the number you are aiming for, like 85 or 7000."
                )
            else:
                data["measure"] = {
                    "tracker_id": tracker.id,
                    "target": target,
                    "direction": Direction(self.direction.currentData()),
                }
                try:
                    tracker.check_value(target)
                except ValueError as exc:
                    problems["measure.target"] = str(exc).split(": ", 1)[-1].capitalize() + "."
        goal: Goal | None = None
        if "measure.target" in problems:
            data["measure"] = None
        try:
            goal = Goal.model_validate(data)
            if self.original is not None and chosen is not goal.status:
                goal = goal.moved_to(chosen)
        except ValidationError as exc:
            for key, message in field_errors(exc).items():
                problems.setdefault(key, message)
        except ValueError as exc:
            problems.setdefault("status", str(exc).capitalize() + ".")
        if problems:
            first: QWidget | None = None
            for key, message in problems.items():
                label = errors.get(key, self.form_error)
                label.show_error(message)
                first = first or label.field
            if first is not None:
                first.setFocus()
            return None
        return goal

    def accept(self) -> None:
        goal = self.build()
        if goal is None:
            return
        self.goal = goal
        super().accept()
