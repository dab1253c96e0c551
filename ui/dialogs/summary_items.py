"""Editors for the health summary's lists: a condition, an allergy or intolerance, and an
emergency contact. Each builds its pydantic model and shows problems next to the fields; the
Health summary view keeps the results until the person saves the summary."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QDate
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

from planner.domain.summary import Allergy, AllergySeverity, Condition, EmergencyContact
from ui.widgets.forms import FieldError, field_errors, save_cancel, side_by_side, with_error
from ui.widgets.forms import wrapping_form as _wrapping_form


def severity_name(severity: AllergySeverity | None) -> str:
    names = {
        None: QCoreApplication.translate("Summary", "Not known"),
        AllergySeverity.MILD: QCoreApplication.translate("Summary", "Mild"),
        AllergySeverity.MODERATE: QCoreApplication.translate("Summary", "Moderate"),
        AllergySeverity.SEVERE: QCoreApplication.translate("Summary", "Severe"),
    }
    return names[severity]


class _ItemDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.errors: dict[str, FieldError] = {}
        self.form = _wrapping_form()

    def _row(self, key: str, text: str, widget: QWidget, about: QWidget | None = None) -> None:
        box, error = with_error(widget, self, about=about)
        self.errors[key] = error
        label = QLabel(text, self)
        label.setBuddy(about or widget)
        label.setWordWrap(True)
        self.form.addRow(label, box)

    def _finish(self, save_name: str) -> None:
        self.buttons = save_cancel(self, save_name)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _validate(self, model: type[BaseModel], data: dict[str, Any], first: str) -> Any:
        for error in self.errors.values():
            error.clear_error()
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            focus: QWidget | None = None
            for key, message in field_errors(exc).items():
                label = self.errors.get(key.split(".")[0], self.errors[first])
                label.show_error(message)
                focus = focus or label.field
            if focus is not None:
                focus.setFocus()
            return None


class ConditionDialog(_ItemDialog):
    """A condition: its name, since when, an optional SNOMED CT code. `item` is the result."""

    def __init__(self, condition: Condition | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change a condition") if condition else self.tr("Add a condition"), parent
        )
        self.original = condition
        self.item: Condition | None = None
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name of the condition"))
        self.name.setPlaceholderText(self.tr("For example: Type 2 diabetes"))
        self.has_onset = QCheckBox(self.tr("I know &when it started"), self)
        self.has_onset.setAccessibleName(self.tr("I know when it started"))
        self.onset = QDateEdit(self)
        self.onset.setCalendarPopup(True)
        self.onset.setDisplayFormat("d MMM yyyy")
        self.onset.setAccessibleName(self.tr("When it started"))
        self.onset.setDate(QDate.currentDate())
        self.onset.setEnabled(False)
        self.has_onset.toggled.connect(self.onset.setEnabled)
        self.code = QLineEdit(self)
        self.code.setMaxLength(18)
        self.code.setAccessibleName(self.tr("SNOMED CT code (you can leave it empty)"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Notes about the condition"))
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)
        self.resolved = QCheckBox(self.tr("It has &gone away"), self)
        self.resolved.setAccessibleName(self.tr("The condition has gone away"))
        self._row("name", self.tr("&Condition"), self.name)
        self._row(
            "onset",
            self.tr("Since"),
            side_by_side(self, self.has_onset, (self.onset, 1)),
            about=self.onset,
        )
        self._row("concept_id", self.tr("C&ode"), self.code)
        self._row("note", self.tr("&Notes"), self.note)
        self.form.addRow("", self.resolved)
        self._finish(self.tr("Keep this condition"))
        if condition is not None:
            self.name.setText(condition.name)
            if condition.onset is not None:
                self.has_onset.setChecked(True)
                self.onset.setDate(
                    QDate(condition.onset.year, condition.onset.month, condition.onset.day)
                )
            self.code.setText(condition.concept_id or "")
            self.note.setPlainText(condition.note)
            self.resolved.setChecked(condition.resolved)

    def accept(self) -> None:
        onset: date | None = self.onset.date().toPython() if self.has_onset.isChecked() else None  # type: ignore[assignment]
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        data.update(
            name=self.name.text(),
            onset=onset,
            concept_id=self.code.text().strip() or None,
            note=self.note.toPlainText(),
            resolved=self.resolved.isChecked(),
        )
        if onset is not None and onset > date.today():
            self.errors["onset"].show_error(self.tr("This date is in the future. Check it."))
            self.onset.setFocus()
            return
        item = self._validate(Condition, data, "name")
        if item is None:
            return
        self.item = item
        super().accept()


class AllergyDialog(_ItemDialog):
    """An allergy or intolerance: what to, what happens, how bad. `item` is the result."""

    def __init__(self, allergy: Allergy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change an allergy") if allergy else self.tr("Add an allergy"), parent
        )
        self.original = allergy
        self.item: Allergy | None = None
        self.substance = QLineEdit(self)
        self.substance.setMaxLength(200)
        self.substance.setAccessibleName(self.tr("What you are allergic to"))
        self.substance.setPlaceholderText(self.tr("For example: Penicillin"))
        self.reaction = QLineEdit(self)
        self.reaction.setMaxLength(300)
        self.reaction.setAccessibleName(self.tr("What happens"))
        self.reaction.setPlaceholderText(self.tr("For example: a rash"))
        self.severity = QComboBox(self)
        self.severity.setAccessibleName(self.tr("How bad it is"))
        for severity in (None, *AllergySeverity):
            self.severity.addItem(severity_name(severity), severity)
        self.intolerance = QCheckBox(self.tr("It is an &intolerance, not an allergy"), self)
        self.intolerance.setAccessibleName(self.tr("It is an intolerance, not an allergy"))
        self.code = QLineEdit(self)
        self.code.setMaxLength(18)
        self.code.setAccessibleName(self.tr("SNOMED CT code (you can leave it empty)"))
        self._row("substance", self.tr("&Allergic to"), self.substance)
        self._row("reaction", self.tr("&What happens"), self.reaction)
        self._row("severity", self.tr("How &bad"), self.severity)
        self.form.addRow("", self.intolerance)
        self._row("concept_id", self.tr("C&ode"), self.code)
        self._finish(self.tr("Keep this allergy"))
        if allergy is not None:
            self.substance.setText(allergy.substance)
            self.reaction.setText(allergy.reaction)
            self.severity.setCurrentIndex(max(0, self.severity.findData(allergy.severity)))
            self.intolerance.setChecked(allergy.intolerance)
            self.code.setText(allergy.concept_id or "")

    def accept(self) -> None:
        raw = self.severity.currentData()
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        data.update(
            substance=self.substance.text(),
            reaction=self.reaction.text().strip(),
            severity=AllergySeverity(raw) if raw else None,
            intolerance=self.intolerance.isChecked(),
            concept_id=self.code.text().strip() or None,
        )
        item = self._validate(Allergy, data, "substance")
        if item is None:
            return
        self.item = item
        super().accept()


class ContactDialog(_ItemDialog):
    """Someone to call in an emergency. `item` is the result."""

    def __init__(
        self, contact: EmergencyContact | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change an emergency contact")
            if contact
            else self.tr("Add an emergency contact"),
            parent,
        )
        self.original = contact
        self.item: EmergencyContact | None = None
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name"))
        self.relationship = QLineEdit(self)
        self.relationship.setMaxLength(100)
        self.relationship.setAccessibleName(self.tr("Who they are to you"))
        self.relationship.setPlaceholderText(self.tr("For example: my daughter"))
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setAccessibleName(self.tr("Phone number"))
        self._row("name", self.tr("&Name"), self.name)
        self._row("relationship", self.tr("&Who they are"), self.relationship)
        self._row("phone", self.tr("P&hone"), self.phone)
        self._finish(self.tr("Keep this contact"))
        if contact is not None:
            self.name.setText(contact.name)
            self.relationship.setText(contact.relationship)
            self.phone.setText(contact.phone)

    def accept(self) -> None:
        data = {
            "name": self.name.text(),
            "relationship": self.relationship.text().strip(),
            "phone": self.phone.text().strip(),
        }
        phone = data["phone"]
        if phone and not all(ch.isdigit() or ch in "+() -" for ch in phone):
            self.errors["phone"].show_error(
                self.tr("Use only digits, spaces, +, brackets and dashes in a phone number.")
            )
            self.phone.setFocus()
            return
        item = self._validate(EmergencyContact, data, "name")
        if item is None:
            return
        self.item = item
        super().accept()
