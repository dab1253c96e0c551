"""Start tracking something new: its name, what kind of answer it takes, its unit and limits.

The dialog builds a `Tracker` (pydantic) and shows problems next to the fields. Its short
name for the command line is made from the words by `planner.services.tracker_keys`, in the
worker, where the other trackers' names are known (`save_new_tracker`, shared with the command
line's `tracker add`).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.tracker import Tracker, TrackerKind
from planner.services.tracker_keys import save_new_tracker as save_new_tracker
from ui.dialogs.goal_editor import parse_number
from ui.widgets import wording
from ui.widgets.forms import field_errors, with_error, wrapping_form

PLACEHOLDER_KEY = "new"


class TrackerDialog(QDialog):
    """After `accept()`, `tracker` is the new tracker (its key is set when it is saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker: Tracker | None = None
        self.setWindowTitle(self.tr("Track something new"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.label = QLineEdit(self)
        self.label.setMaxLength(200)
        self.label.setAccessibleName(self.tr("What do you want to track?"))
        self.label.setPlaceholderText(self.tr("For example: Blood pressure, Pain, Water"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What kind of answer"))
        for kind in (TrackerKind.NUMERIC, TrackerKind.SCALE, TrackerKind.YES_NO, TrackerKind.TEXT):
            self.kind.addItem(wording.kind_name(kind).capitalize(), kind)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(20)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("For example: kg, steps, glasses"))
        self.minimum = QLineEdit(self)
        self.minimum.setAccessibleName(self.tr("Lowest possible value (you can leave this empty)"))
        self.maximum = QLineEdit(self)
        self.maximum.setAccessibleName(self.tr("Highest possible value (you can leave this empty)"))
        form = wrapping_form()
        self.errors = {}
        for key, text, widget in (
            ("label", self.tr("&Name"), self.label),
            ("kind", self.tr("&Answer"), self.kind),
            ("unit", self.tr("&Unit"), self.unit),
            ("minimum", self.tr("&Lowest"), self.minimum),
            ("maximum", self.tr("&Highest"), self.maximum),
        ):
            box, error = with_error(widget, self)
            self.errors[key] = error
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, box)
            if key == "unit":
                self.unit_box = box
        self.form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Start tracking it"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        numeric = TrackerKind(self.kind.currentData()) is TrackerKind.NUMERIC
        for widget in (
            self.unit_box,
            self.errors["minimum"].parentWidget(),
            self.errors["maximum"].parentWidget(),
        ):
            if widget is not None:
                self.form.setRowVisible(widget, numeric)

    def build(self) -> Tracker | None:
        for error in self.errors.values():
            error.clear_error()
        kind = TrackerKind(self.kind.currentData())
        data: dict[str, Any] = {"key": PLACEHOLDER_KEY, "label": self.label.text(), "kind": kind}
        problems: dict[str, str] = {}
        if kind is TrackerKind.NUMERIC:
            data["unit"] = self.unit.text().strip()
            for name, field in (("minimum", self.minimum), ("maximum", self.maximum)):
                if field.text().strip():
                    value = parse_number(field.text())
                    if value is None:
                        problems[name] = self.tr("Enter a number, or leave this empty.")
                    else:
                        data[name] = value
        try:
            tracker = Tracker.model_validate(data)
        except ValidationError as exc:
            for key, message in field_errors(exc).items():
                if key == "":
                    key = "unit" if "unit" in message else "maximum"
                problems.setdefault(key, message)
            tracker = None
        if problems:
            for key, message in problems.items():
                self.errors.get(key, self.errors["label"]).show_error(message)
            first = next(iter(problems))
            self.errors.get(first, self.errors["label"]).field.setFocus()
            return None
        return tracker

    def accept(self) -> None:
        tracker = self.build()
        if tracker is None:
            return
        self.tracker = tracker
        super().accept()
