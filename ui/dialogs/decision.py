"""The forms of the Deciding together screen: write down a decision, prepare an appointment
for it, and record the decision made with the collaboRATE answers.

Each builds validated domain values and never touches the vault; the view saves them through
the session. "Not doing anything for now" is added by the model, so the form only says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointment import Appointment
from planner.domain.decision import (
    COLLABORATE_ITEMS,
    Certainty,
    Collaborate,
    Decision,
    DecisionOption,
)
from planner.services.decision_aids import decision_aids
from ui.widgets.forms import FieldError, field_errors, save_cancel, with_error, wrapping_form
from ui.widgets.lists import TextListEditor


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    return label


class NewDecisionDialog(QDialog):
    """After `accept()`, `decision` is the validated decision."""

    def __init__(self, what_matters: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision: Decision | None = None
        self.setWindowTitle(self.tr("Write down a decision"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.question = QLineEdit(self)
        self.question.setMaxLength(200)
        self.question.setAccessibleName(self.tr("The decision I am facing"))
        self.question.setPlaceholderText(
            self.tr("For example: Should I have a knee replacement?"))
        self.options = TextListEditor(self.tr("The options"), self.tr("An option"), self,
                                      fit=True)
        self.always = QLabel(
            self.tr("\u201cNot doing anything for now\u201d is always an option."), self)
        self.always.setWordWrap(True)
        self.aid = QComboBox(self)
        self.aid.setAccessibleName(self.tr("A NICE patient decision aid for this decision"))
        self.aid.addItem(self.tr("No decision aid"), None)
        for aid in decision_aids():
            self.aid.addItem(aid.title, aid)
        self.matters = QListWidget(self)
        self.matters.setAccessibleName(
            self.tr("The things that matter to me that this decision touches"))
        for item in what_matters:
            row = QListWidgetItem(item)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.matters.addItem(row)
        form = wrapping_form()
        box, self.question_error = with_error(self.question, self)
        form.addRow(_label(self.tr("&Question"), self.question, self), box)
        form.addRow(_label(self.tr("&Options"), self.options.line, self), self.options)
        form.addRow("", self.always)
        form.addRow(_label(self.tr("Decision &aid"), self.aid, self), self.aid)
        form.addRow(_label(self.tr("What &matters to me"), self.matters, self), self.matters)
        self.form_error = FieldError(self.question, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Save this decision")))

    def build(self) -> Decision | None:
        self.question_error.clear_error()
        self.form_error.clear_error()
        if self.options.line.text().strip():
            self.options.add()
        aid = self.aid.currentData()
        linked = tuple(self.matters.item(i).text() for i in range(self.matters.count())
                       if self.matters.item(i).checkState() == Qt.CheckState.Checked)
        try:
            return Decision(
                question=self.question.text(), created_on=date.today(),
                options=tuple(DecisionOption(title=t) for t in self.options.items()),
                what_matters=linked,
                aid_title=aid.title if aid else "", aid_url=aid.url if aid else "")
        except ValidationError as exc:
            errors = field_errors(exc)
            if "question" in errors:
                self.question_error.show_error(errors["question"])
            else:
                self.form_error.show_error(" ".join(dict.fromkeys(errors.values())))
            return None

    def accept(self) -> None:
        self.decision = self.build()
        if self.decision is not None:
            super().accept()


class PrepareDialog(QDialog):
    """Choose the coming appointment to add the Ask 3 Questions and BRAN questions to."""

    def __init__(self, appointments: list[Appointment], parent: QWidget | None = None) -> None:
        from ui.views.appointments import appointment_words

        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare an appointment"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.appointment = QComboBox(self)
        self.appointment.setAccessibleName(self.tr("The coming appointment to prepare for"))
        for item in appointments:
            self.appointment.addItem(appointment_words(item), item.id)
        about = QLabel(self.tr(
            "The Ask 3 Questions and the BRAN questions (Benefits, Risks, Alternatives, "
            "doing Nothing) will be added to the questions to ask at this appointment."), self)
        about.setWordWrap(True)
        form = wrapping_form()
        form.addRow(_label(self.tr("&Appointment"), self.appointment, self), self.appointment)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Add the questions to the appointment")))


# collaboRATE (planner.domain.decision.COLLABORATE_ITEMS) is a validated measure whose wording
# may not be changed; the app holds no published Polish or Urdu version, so its three items are
# shown in English in every language, with a note in the person's language saying so (as ONS4).
COLLABORATE = COLLABORATE_ITEMS


class OutcomeDialog(QDialog):
    """After `accept()`, `decision` is the decision with its outcome and collaboRATE answers."""

    def __init__(self, decision: Decision, option_names: dict[Any, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = decision
        self.decision: Decision | None = None
        self.setWindowTitle(self.tr("Record the decision made"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.option = QComboBox(self)
        self.option.setAccessibleName(self.tr("The option chosen"))
        for option in decision.options:
            self.option.addItem(option_names[option.id], option.id)
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("d MMM yyyy")
        self.on.setAccessibleName(self.tr("The day the decision was made"))
        self.with_whom = QLineEdit(self)
        self.with_whom.setMaxLength(200)
        self.with_whom.setAccessibleName(self.tr("Who the decision was made with"))
        about = QLabel(self.tr(
            "How involved did you feel? From 0 (no effort was made) to 9 (every effort was "
            "made). These are the collaboRATE questions."), self)
        about.setWordWrap(True)
        self.answers: list[QSpinBox] = []
        form = wrapping_form()
        form.addRow(_label(self.tr("&Decided"), self.option, self), self.option)
        form.addRow(_label(self.tr("&When"), self.on, self), self.on)
        form.addRow(_label(self.tr("With wh&om"), self.with_whom, self), self.with_whom)
        # The questions are long sentences: each on its own lines above its answer, in a plain
        # column (a form's label column left their last line cut at 200 % text).
        questions_layout = QVBoxLayout()
        questions_layout.addWidget(about)
        if not QLocale().name().startswith("en"):
            note = QLabel(self.tr(
                "These three questions have no validated translation in this app, so they are "
                "in English."), self)
            note.setWordWrap(True)
            questions_layout.addWidget(note)
        questions = COLLABORATE
        for text in questions:
            spin = QSpinBox(self)
            spin.setRange(0, 9)
            spin.setValue(9)
            spin.setAccessibleName(text)
            self.answers.append(spin)
            questions_layout.addWidget(_label(text, spin, self))
            questions_layout.addWidget(spin, 0, Qt.AlignmentFlag.AlignLeading)
        self.form_error = FieldError(self.option, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addLayout(questions_layout)
        layout.addWidget(save_cancel(self, self.tr("Save the decision made")))

    def build(self) -> Decision | None:
        self.form_error.clear_error()
        on: date = self.on.date().toPython()  # type: ignore[assignment]
        chosen = self.option.currentData()
        try:
            answers = Collaborate(on=on, understand=self.answers[0].value(),
                                  listen=self.answers[1].value(),
                                  include=self.answers[2].value())
            return self.original.edit(
                outcome={"option_id": chosen, "decided_on": on,
                         "with_whom": self.with_whom.text().strip()},
                leaning_id=chosen,
                collaborate=(*(c.model_dump() for c in self.original.collaborate),
                             answers.model_dump()))
        except ValidationError as exc:
            self.form_error.show_error(" ".join(dict.fromkeys(field_errors(exc).values())))
            return None

    def accept(self) -> None:
        self.decision = self.build()
        if self.decision is not None:
            super().accept()


class EditDecisionDialog(QDialog):
    """Each option's benefits, risks and what it would mean for the linked "what matters to
    me" items; the leaning and how sure; a note from a conversation. After `accept()`,
    `decision` is the validated decision."""

    def __init__(self, decision: Decision, option_names: dict[Any, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = decision
        self.decision: Decision | None = None
        self._work = {o.id: o.model_dump() for o in decision.options}
        self._shown: Any = None
        self.setWindowTitle(self.tr("Options and notes"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.option = QComboBox(self)
        self.option.setAccessibleName(self.tr("The option to write about"))
        for option in decision.options:
            self.option.addItem(option_names[option.id], option.id)
        self.benefits = QLineEdit(self)
        self.benefits.setAccessibleName(self.tr("The benefits of this option, in my words"))
        self.risks = QLineEdit(self)
        self.risks.setAccessibleName(self.tr("The risks of this option, in my words"))
        self.effects: dict[str, QLineEdit] = {}
        form = wrapping_form()
        form.addRow(_label(self.tr("&Option"), self.option, self), self.option)
        form.addRow(_label(self.tr("&Benefits"), self.benefits, self), self.benefits)
        form.addRow(_label(self.tr("&Risks"), self.risks, self), self.risks)
        for item in decision.what_matters:
            edit = QLineEdit(self)
            edit.setAccessibleName(self.tr("What this option would mean for: {item}").format(
                item=item))
            self.effects[item] = edit
            form.addRow(_label(self.tr("For \u201c{item}\u201d").format(item=item), edit, self),
                        edit)
        self.leaning = QComboBox(self)
        self.leaning.setAccessibleName(self.tr("The option I am leaning towards"))
        self.leaning.addItem(self.tr("Not sure yet"), None)
        for option in decision.options:
            self.leaning.addItem(option_names[option.id], option.id)
        self.leaning.setCurrentIndex(max(0, self.leaning.findData(decision.leaning_id)))
        self.certainty = QComboBox(self)
        self.certainty.setAccessibleName(self.tr("How sure I feel"))
        self.certainty.addItem(self.tr("Not said"), None)
        for value, text in ((Certainty.UNSURE, self.tr("Not sure yet")),
                            (Certainty.FAIRLY_SURE, self.tr("Fairly sure")),
                            (Certainty.SURE, self.tr("Sure"))):
            self.certainty.addItem(text, value.value)
        if decision.certainty is not None:
            self.certainty.setCurrentIndex(self.certainty.findData(decision.certainty.value))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("A note from a conversation about this decision"))
        self.note_with = QLineEdit(self)
        self.note_with.setMaxLength(200)
        self.note_with.setAccessibleName(self.tr("Who the conversation was with"))
        form.addRow(_label(self.tr("&Leaning towards"), self.leaning, self), self.leaning)
        form.addRow(_label(self.tr("How s&ure"), self.certainty, self), self.certainty)
        form.addRow(_label(self.tr("&Note"), self.note, self), self.note)
        form.addRow(_label(self.tr("Note &with"), self.note_with, self), self.note_with)
        self.form_error = FieldError(self.option, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Save the options and notes")))
        self.option.currentIndexChanged.connect(lambda _i: self._switch())
        self._switch()

    def _keep(self) -> None:
        """The fields of the option shown, into the working copy."""
        if self._shown is None:
            return
        work = self._work[self._shown]
        work["benefits"] = self.benefits.text().strip()
        work["risks"] = self.risks.text().strip()
        work["effects"] = tuple({"what_matters": item, "meaning": edit.text().strip()}
                                for item, edit in self.effects.items() if edit.text().strip())

    def _switch(self) -> None:
        self._keep()
        self._shown = self.option.currentData()
        work = self._work[self._shown]
        self.benefits.setText(work["benefits"])
        self.risks.setText(work["risks"])
        meanings = {e["what_matters"]: e["meaning"] for e in work["effects"]}
        for item, edit in self.effects.items():
            edit.setText(meanings.get(item, ""))

    def build(self) -> Decision | None:
        self.form_error.clear_error()
        self._keep()
        certainty = self.certainty.currentData()
        notes = tuple(n.model_dump() for n in self.original.notes)
        if self.note.text().strip():
            notes = (*notes, {"on": date.today(), "with_whom": self.note_with.text().strip(),
                              "text": self.note.text().strip()})
        try:
            return self.original.edit(
                options=tuple(self._work[o.id] for o in self.original.options),
                leaning_id=self.leaning.currentData(),
                certainty=Certainty(certainty) if certainty else None, notes=notes)
        except ValidationError as exc:
            self.form_error.show_error(" ".join(dict.fromkeys(field_errors(exc).values())))
            return None

    def accept(self) -> None:
        self.decision = self.build()
        if self.decision is not None:
            super().accept()
