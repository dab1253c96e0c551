"""About me: my health summary, for whoever treats me. Conditions, allergies and intolerances,
important information (communication needs, a carer, what I want people to know) and emergency
contacts; edited here and saved as a whole."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.summary import (
    Allergy,
    CommunicationNeed,
    Condition,
    EmergencyContact,
    HealthSummary,
)
from planner.vault import Vault
from ui.dialogs.summary_items import AllergyDialog, ConditionDialog, ContactDialog, severity_name
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.forms import FieldError, field_errors, with_error, wrapping_form
from ui.widgets.item_list import ItemListEditor
from ui.widgets.responsive import ResponsiveBox, flow_row


def condition_words(condition: Condition) -> str:
    text = condition.name
    if condition.onset is not None:
        text += " · " + QCoreApplication.translate("SummaryView", "since {day}").format(
            day=wording.day(condition.onset)
        )
    if condition.resolved:
        text += " · " + QCoreApplication.translate("SummaryView", "gone away")
    return text


class SummaryView(FeatureView[HealthSummary]):
    WATCHES = frozenset({"summary"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("About me: my health summary"))
        self._base: HealthSummary | None = None
        self._conditions: list[Condition] = []
        self._allergies: list[Allergy] = []
        self._contacts: list[EmergencyContact] = []
        self._dirty = False
        self._filling = False

        intro = paragraph(
            self.tr(
                "What a doctor, nurse or paramedic should know about you first. You can share "
                "it with your GP from Share and back up."
            ),
            self,
        )
        self.conditions_box = QGroupBox(self.tr("My conditions"), self)
        self.conditions = ItemListEditor(
            self.tr("My conditions"), self.tr("a condition"), self.tr("condition"),
            self.conditions_box,
        )
        QVBoxLayout(self.conditions_box).addWidget(self.conditions)
        self.allergies_box = QGroupBox(self.tr("Allergies and intolerances"), self)
        self.allergies = ItemListEditor(
            self.tr("Allergies and intolerances"), self.tr("an allergy"), self.tr("allergy"),
            self.allergies_box,
        )
        QVBoxLayout(self.allergies_box).addWidget(self.allergies)
        self.contacts_box = QGroupBox(self.tr("Emergency contacts"), self)
        self.contacts = ItemListEditor(
            self.tr("Emergency contacts"), self.tr("a contact"), self.tr("contact"),
            self.contacts_box,
        )
        QVBoxLayout(self.contacts_box).addWidget(self.contacts)

        self.info_box = QGroupBox(self.tr("Important information"), self)
        self.communication = self._text(self.tr("How I communicate best"))
        self.carer = QLineEdit(self.info_box)
        self.carer.setMaxLength(200)
        self.carer.setAccessibleName(self.tr("My carer's name"))
        self.about_me = self._text(self.tr("What I want people to know about me"))
        form = wrapping_form()
        # The common needs to tick (the Accessible Information Standard's); the rest in words.
        self.support: dict[CommunicationNeed, QCheckBox] = {}
        support_box = QWidget(self.info_box)
        support_layout = QVBoxLayout(support_box)
        support_layout.setContentsMargins(0, 0, 0, 0)
        for need, text in (
            (CommunicationNeed.EASY_READ, self.tr("Information in easy read")),
            (CommunicationNeed.LARGE_PRINT, self.tr("Information in large print")),
            (CommunicationNeed.BSL_INTERPRETER, self.tr("A British Sign Language interpreter")),
            (CommunicationNeed.SOMEONE_WITH_ME, self.tr("Someone to come with me")),
        ):
            check = QCheckBox(text, support_box)
            check.setAccessibleName(self.tr("I need: {need}").format(need=text))
            check.toggled.connect(self._mark_dirty)
            support_layout.addWidget(check)
            self.support[need] = check
        support_label = QLabel(self.tr("I &need"), self.info_box)
        support_label.setBuddy(self.support[CommunicationNeed.EASY_READ])
        form.addRow(support_label, support_box)
        self.errors: dict[str, FieldError] = {}
        for key, text, widget in (
            ("communication_needs", self.tr("How I &communicate best"), self.communication),
            ("carer", self.tr("My ca&rer"), self.carer),
            ("about_me", self.tr("&What I want people to know"), self.about_me),
        ):
            box, error = with_error(widget, self.info_box)
            self.errors[key] = error
            label = QLabel(text, self.info_box)  # a row of its own: it needs no wrapping
            label.setBuddy(widget)
            form.addRow(label, box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.info_box.setLayout(form)

        self.save_button = QPushButton(self.tr("&Save my summary"), self)
        self.save_button.setAccessibleName(self.tr("Save my health summary"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Undo my changes"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the changes I have not saved"))
        self.undo_button.clicked.connect(self.revert)

        self.conditions.add_requested.connect(lambda: self._edit("conditions", None))
        self.conditions.edit_requested.connect(lambda row: self._edit("conditions", row))
        self.conditions.removed.connect(lambda row: self._remove("conditions", row))
        self.allergies.add_requested.connect(lambda: self._edit("allergies", None))
        self.allergies.edit_requested.connect(lambda row: self._edit("allergies", row))
        self.allergies.removed.connect(lambda row: self._remove("allergies", row))
        self.contacts.add_requested.connect(lambda: self._edit("contacts", None))
        self.contacts.edit_requested.connect(lambda row: self._edit("contacts", row))
        self.contacts.removed.connect(lambda row: self._remove("contacts", row))
        for edit in (self.communication, self.about_me):
            edit.textChanged.connect(self._mark_dirty)
        self.carer.textChanged.connect(self._mark_dirty)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("About me: my health summary"), self))
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        self.columns = ResponsiveBox(min_chars=100)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.conditions_box)
        left_layout.addWidget(self.allergies_box)
        left_layout.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.info_box)
        right_layout.addWidget(self.contacts_box)
        right_layout.addStretch(1)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(right, 1)
        layout.addLayout(self.columns, 1)
        row, flow = flow_row(self)
        flow.addWidget(self.save_button)
        flow.addWidget(self.undo_button)
        layout.addWidget(row)
        self._set_dirty(False)

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.info_box)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(name)
        line = edit.fontMetrics().height()
        edit.setMinimumHeight(line * 3)
        edit.setMaximumHeight(line * 6)
        return edit

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> HealthSummary:
        return vault.summary.get()

    def _show(self, data: HealthSummary) -> None:
        if self._dirty and self._base is not None:
            return  # keep the person's unsaved edits; Undo brings the saved one back
        self._fill(data)

    def _fill(self, summary: HealthSummary) -> None:
        self._base = summary
        self._filling = True
        try:
            self._conditions = list(summary.conditions)
            self._allergies = list(summary.allergies)
            self._contacts = list(summary.contacts)
            self.communication.setPlainText(summary.communication_needs)
            for need, check in self.support.items():
                check.setChecked(need in summary.communication_support)
            self.carer.setText(summary.carer)
            self.about_me.setPlainText(summary.about_me)
            self._show_items()
        finally:
            self._filling = False
        self._set_dirty(False)

    def _show_items(self) -> None:
        self.conditions.set_lines([condition_words(c) for c in self._conditions])
        self.allergies.set_lines([self.allergy_words(a) for a in self._allergies])
        self.contacts.set_lines([self.contact_words(c) for c in self._contacts])

    def allergy_words(self, allergy: Allergy) -> str:
        parts = [allergy.substance]
        if allergy.reaction:
            parts.append(allergy.reaction)
        if allergy.severity is not None:
            parts.append(severity_name(allergy.severity))
        if allergy.intolerance:
            parts.append(self.tr("intolerance"))
        return " · ".join(parts)

    def contact_words(self, contact: EmergencyContact) -> str:
        return " · ".join(p for p in (contact.name, contact.relationship, contact.phone) if p)

    def _clear(self) -> None:
        self._base = None
        self._filling = True
        try:
            self._conditions, self._allergies, self._contacts = [], [], []
            self.communication.clear()
            for check in self.support.values():
                check.setChecked(False)
            self.carer.clear()
            self.about_me.clear()
            self._show_items()
        finally:
            self._filling = False
        self._set_dirty(False)

    # -- editing --------------------------------------------------------------------------

    def _mark_dirty(self, *_args: object) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.undo_button.setEnabled(dirty)

    def _items(self, kind: str) -> list[Any]:
        lists: dict[str, list[Any]] = {
            "conditions": self._conditions,
            "allergies": self._allergies,
            "contacts": self._contacts,
        }
        return lists[kind]

    def _edit(self, kind: str, row: int | None) -> None:
        items = self._items(kind)
        original = items[row] if row is not None else None
        dialogs = {
            "conditions": ConditionDialog,
            "allergies": AllergyDialog,
            "contacts": ContactDialog,
        }
        dialog = dialogs[kind](original, self)

        def done() -> None:
            if dialog.item is None:
                return
            if row is None:
                items.append(dialog.item)
            else:
                items[row] = dialog.item
            self._show_items()
            self._set_dirty(True)

        dialog.accepted.connect(done)
        self.show_dialog(dialog)

    def _remove(self, kind: str, row: int) -> None:
        del self._items(kind)[row]
        self._show_items()
        self._set_dirty(True)

    def build(self) -> HealthSummary | None:
        for error in self.errors.values():
            error.clear_error()
        base = self._base or HealthSummary()
        data = base.model_dump()
        data.update(
            conditions=tuple(c.model_dump() for c in self._conditions),
            allergies=tuple(a.model_dump() for a in self._allergies),
            contacts=tuple(c.model_dump() for c in self._contacts),
            communication_needs=self.communication.toPlainText(),
            communication_support=tuple(
                need for need, check in self.support.items() if check.isChecked()
            ),
            carer=self.carer.text().strip(),
            about_me=self.about_me.toPlainText(),
        )
        try:
            return HealthSummary.model_validate(data)
        except ValidationError as exc:
            first: QWidget | None = None
            for key, message in field_errors(exc).items():
                head = key.split(".")[0]
                label = self.errors.get(head)
                if label is None:
                    lists = {
                        "conditions": self.conditions,
                        "allergies": self.allergies,
                        "contacts": self.contacts,
                    }
                    editor = lists.get(head)
                    if editor is None:
                        continue
                    label = editor.error
                label.show_error(message)
                first = first or label.field
            if first is not None:
                first.setFocus()
            return None

    def save(self) -> None:
        summary = self.build()
        if summary is None:
            self.banner.show_message(self.tr("Please check the parts marked below."), "error")
            return

        def saved(_result: object) -> None:
            self._fill(summary)
            self.banner.show_message(self.tr("Your health summary is saved."), "success", seconds=6)

        self.call(lambda vault: vault.summary.save(summary), saved, changes="summary")

    def revert(self) -> None:
        self._set_dirty(False)
        self.refresh()
        self.banner.show_message(self.tr("Your changes were undone."), "info", seconds=6)
