"""Forms for medicines and doses: add or change a medicine, stop it (with a reason), skip a dose
(with a reason), snooze it (10 to 60 minutes) and say when a dose was really taken.

Each form builds its pydantic model (or checks its values) and shows each problem next to its
field; none touches the vault (the Medicines and Today views save through the session).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.medicine import Medicine, MedicineForm
from ui.widgets import wording
from ui.widgets.flow import flow_widget
from ui.widgets.forms import (
    FieldError,
    field_errors,
    save_cancel,
    side_by_side,
    with_error,
    wrapping_form,
)

_TWELVE_HOURS = timedelta(hours=12)
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")


def parse_times(text: str) -> tuple[time, ...] | None:
    """ "8:00, 20:30" -> (08:00, 20:30); "8" is 08:00. None when a part is not a time."""
    found: list[time] = []
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        match = _TIME.match(part)
        if match is None:
            return None
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour > 23 or minute > 59:
            return None
        found.append(time(hour, minute))
    return tuple(found)


def times_text(times: tuple[time, ...]) -> str:
    return ", ".join(t.strftime("%H:%M") for t in sorted(times))


def form_name(form: MedicineForm) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        MedicineForm.TABLET: QCoreApplication.translate("Medicines", "Tablet"),
        MedicineForm.CAPSULE: QCoreApplication.translate("Medicines", "Capsule"),
        MedicineForm.LIQUID: QCoreApplication.translate("Medicines", "Liquid"),
        MedicineForm.INHALER: QCoreApplication.translate("Medicines", "Inhaler"),
        MedicineForm.INJECTION: QCoreApplication.translate("Medicines", "Injection"),
        MedicineForm.CREAM: QCoreApplication.translate("Medicines", "Cream"),
        MedicineForm.DROPS: QCoreApplication.translate("Medicines", "Drops"),
        MedicineForm.PATCH: QCoreApplication.translate("Medicines", "Patch"),
        MedicineForm.OTHER: QCoreApplication.translate("Medicines", "Other"),
    }
    return names[form]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()  # type: ignore[assignment]
    return value


class _Form(QDialog):
    """What the medicine forms share: a width that fits, labels with buddies, errors."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setDate(QDate.currentDate())
        return edit

    def _text(self, name: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(name)
        edit.setMaximumHeight(self.fontMetrics().height() * (lines + 2))
        return edit

    @staticmethod
    def _show_errors(
        problems: dict[str, str], where: dict[str, FieldError], fallback: FieldError
    ) -> None:
        first: QWidget | None = None
        for key, message in problems.items():
            label = where.get(key) or where.get(key.split(".")[0]) or fallback
            label.show_error(message)
            first = first or label.field
        if first is not None:
            first.setFocus()


class MedicineDialog(_Form):
    """A new medicine, or a change to one. After `accept()`, `medicine` is the validated one."""

    def __init__(self, medicine: Medicine | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change a medicine") if medicine else self.tr("Add a medicine"), parent
        )
        self.original = medicine
        self.medicine: Medicine | None = None

        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name of the medicine, as you know it"))
        self.name.setPlaceholderText(self.tr("For example: Ramipril, or my water tablet"))
        self.strength = QLineEdit(self)
        self.strength.setMaxLength(100)
        self.strength.setAccessibleName(self.tr("Strength, as the label says"))
        self.strength.setPlaceholderText(self.tr("For example: 5 mg"))
        self.form_kind = QComboBox(self)
        self.form_kind.setAccessibleName(self.tr("What kind of medicine it is"))
        for kind in MedicineForm:
            self.form_kind.addItem(form_name(kind), kind)
        self.dose = QLineEdit(self)
        self.dose.setMaxLength(100)
        self.dose.setAccessibleName(self.tr("How much to take each time"))
        self.dose.setPlaceholderText(self.tr("For example: 1 tablet, or 2 puffs"))
        self.as_needed = QCheckBox(self.tr("Only when I &need it (as needed)"), self)
        self.as_needed.setAccessibleName(self.tr("I take it only when I need it"))
        self.times = QLineEdit(self)
        self.times.setAccessibleName(self.tr("Times of day to take it"))
        self.times.setAccessibleDescription(
            self.tr("Write the times with commas between them, like 8:00, 20:00.")
        )
        self.times.setPlaceholderText(self.tr("For example: 8:00, 20:00"))
        days_host, days_flow = flow_widget(self)
        self.days: list[QCheckBox] = []
        for index in range(7):
            name = wording.weekday_name(index)
            day_box = QCheckBox(name, days_host)
            day_box.setAccessibleName(self.tr("Take it on {day}").format(day=name))
            self.days.append(day_box)
            days_flow.addWidget(day_box)
        self.days_host = days_host
        self.reason = self._text(self.tr("Why I take it"), 2)
        self.prescriber = QLineEdit(self)
        self.prescriber.setMaxLength(200)
        self.prescriber.setAccessibleName(self.tr("Who prescribed it"))
        self.started = self._date_edit(self.tr("Date I started it"))
        self.has_end = QCheckBox(self.tr("The course &ends on"), self)
        self.has_end.setAccessibleName(self.tr("The course ends on a date"))
        self.course_end = self._date_edit(self.tr("Date the course ends"))
        self.stock = QSpinBox(self)
        self.stock.setRange(-1, 100_000)
        self.stock.setSpecialValueText(self.tr("Not counted"))
        self.stock.setAccessibleName(self.tr("Doses I have left"))
        self.refill_at = QSpinBox(self)
        self.refill_at.setRange(-1, 100_000)
        self.refill_at.setSpecialValueText(self.tr("No reminder"))
        self.refill_at.setAccessibleName(self.tr("Remind me to get more when this many are left"))
        self.concept_id = QLineEdit(self)
        self.concept_id.setMaxLength(18)
        self.concept_id.setAccessibleName(
            self.tr("dm+d or SNOMED CT code (you can leave it empty)")
        )

        form = wrapping_form()
        self.errors: dict[str, FieldError] = {}

        def row(key: str, text: str, widget: QWidget, about: QWidget | None = None) -> QWidget:
            box, error = with_error(widget, self, about=about)
            self.errors[key] = error
            form.addRow(self._label(text, about or widget), box)
            return box

        row("name", self.tr("&Name"), self.name)
        row("strength", self.tr("&Strength"), self.strength)
        row("form", self.tr("&Form"), self.form_kind)
        row("dose", self.tr("&Dose"), self.dose)
        form.addRow("", self.as_needed)
        self.times_row = row("times", self.tr("&Times"), self.times)
        self.days_row = row(
            "weekdays", self.tr("On these days (none ticked: every day)"), days_host
        )
        row("reason", self.tr("&Why I take it"), self.reason)
        row("prescriber", self.tr("P&rescribed by"), self.prescriber)
        row("started", self.tr("Started &on"), self.started)
        end_row = side_by_side(self, self.has_end, (self.course_end, 1))
        box, error = with_error(end_row, self, about=self.course_end)
        self.errors["course_end"] = error
        form.addRow(self.tr("Course end"), box)
        row("stock", self.tr("Doses &left"), self.stock)
        row("refill_at", self.tr("Remind me to &refill at"), self.refill_at)
        row("concept_id", self.tr("&Code"), self.concept_id)
        self.form = form
        self.form_error = FieldError(self.name, self)
        self.buttons = save_cancel(self, self.tr("Save this medicine"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.as_needed.toggled.connect(self._as_needed_changed)
        self.has_end.toggled.connect(self.course_end.setEnabled)
        self._fill(medicine)

    def _fill(self, medicine: Medicine | None) -> None:
        self.course_end.setEnabled(False)
        if medicine is None:
            self.times.setText("8:00")
            self.stock.setValue(-1)
            self.refill_at.setValue(-1)
            self.course_end.setDate(QDate.currentDate().addDays(7))
            self._as_needed_changed(False)
            return
        self.name.setText(medicine.name)
        self.strength.setText(medicine.strength)
        self.form_kind.setCurrentIndex(max(0, self.form_kind.findData(medicine.form)))
        self.dose.setText(medicine.dose)
        self.as_needed.setChecked(medicine.as_needed)
        self.times.setText(times_text(medicine.times))
        for index, day_box in enumerate(self.days):
            day_box.setChecked(index in medicine.weekdays)
        self.reason.setPlainText(medicine.reason)
        self.prescriber.setText(medicine.prescriber)
        self.started.setDate(_qdate(medicine.started))
        if medicine.course_end is not None:
            self.has_end.setChecked(True)
            self.course_end.setDate(_qdate(medicine.course_end))
        self.stock.setValue(-1 if medicine.stock is None else medicine.stock)
        self.refill_at.setValue(-1 if medicine.refill_at is None else medicine.refill_at)
        self.concept_id.setText(medicine.concept_id or "")
        self._as_needed_changed(medicine.as_needed)

    def _as_needed_changed(self, as_needed: bool) -> None:
        self.form.setRowVisible(self.times_row, not as_needed)
        self.form.setRowVisible(self.days_row, not as_needed)

    def build(self) -> Medicine | None:
        """The validated medicine, or None with each problem shown next to its field."""
        for error in {*self.errors.values(), self.form_error}:
            error.clear_error()
        as_needed = self.as_needed.isChecked()
        problems: dict[str, str] = {}
        times = () if as_needed else parse_times(self.times.text())
        if times is None:
            problems["times"] = self.tr("Write times like 8:00 or 20:30, with commas between.")
            times = ()
        data: dict[str, Any] = self.original.model_dump() if self.original is not None else {}
        data.update(
            name=self.name.text(),
            strength=self.strength.text().strip(),
            form=MedicineForm(self.form_kind.currentData()),
            dose=self.dose.text().strip(),
            as_needed=as_needed,
            times=times,
            weekdays=()
            if as_needed
            else tuple(i for i, day_box in enumerate(self.days) if day_box.isChecked()),
            reason=self.reason.toPlainText(),
            prescriber=self.prescriber.text().strip(),
            started=_pydate(self.started),
            course_end=_pydate(self.course_end) if self.has_end.isChecked() else None,
            stock=None if self.stock.value() < 0 else self.stock.value(),
            refill_at=None if self.refill_at.value() < 0 else self.refill_at.value(),
            concept_id=self.concept_id.text().strip() or None,
        )
        medicine: Medicine | None = None
        try:
            medicine = Medicine.model_validate(data)
        except ValidationError as exc:
            for key, message in field_errors(exc).items():
                if key == "":
                    lowered = message.lower()
                    if "time" in lowered:
                        key = "times"
                    elif "course" in lowered:
                        key = "course_end"
                    elif "weekday" in lowered:
                        key = "weekdays"
                    elif "stop" in lowered:
                        key = "started"
                problems.setdefault(key, message)
        if problems:
            self._show_errors(problems, self.errors, self.form_error)
            return None
        return medicine

    def accept(self) -> None:
        medicine = self.build()
        if medicine is None:
            return
        self.medicine = medicine
        super().accept()


class StopMedicineDialog(_Form):
    """Stop taking a medicine: from which day, and why. `stopped` is the changed medicine."""

    def __init__(self, medicine: Medicine, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stop taking {name}").format(name=medicine.name), parent)
        self.original = medicine
        self.stopped: Medicine | None = None
        intro = QLabel(
            self.tr(
                "It stays in your list of stopped medicines, with the reason, so you can tell "
                "your GP or pharmacist."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.on = self._date_edit(self.tr("Date I stopped it"))
        self.reason = self._text(self.tr("Why I stopped it"), 2)
        form = wrapping_form()
        box, self.date_error = with_error(self.on, self)
        form.addRow(self._label(self.tr("Stopped &on"), self.on), box)
        box, self.reason_error = with_error(self.reason, self)
        form.addRow(self._label(self.tr("&Why"), self.reason), box)
        self.buttons = save_cancel(self, self.tr("Stop taking this medicine"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.date_error.clear_error()
        self.reason_error.clear_error()
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.reason_error.show_error(
                self.tr("Say why, for example: my GP stopped it, or it gave me a rash.")
            )
            self.reason.setFocus()
            return
        try:
            self.stopped = self.original.edit(stopped=_pydate(self.on), stop_reason=reason)
        except ValidationError as exc:
            problems = field_errors(exc)
            self._show_errors(
                {
                    ("stop_reason" if k == "stop_reason" else "stopped"): v
                    for k, v in problems.items()
                },
                {"stopped": self.date_error, "stop_reason": self.reason_error},
                self.date_error,
            )
            return
        super().accept()


class SkipDoseDialog(_Form):
    """Skip one dose, saying why. `reason` holds the words."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Skip a dose"), parent)
        self.reason_value = ""
        intro = QLabel(self.tr("You are skipping: {what}").format(what=what), self)
        intro.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Why you are skipping this dose"))
        self.reason.addItems(
            [
                "",
                self.tr("I felt unwell"),
                self.tr("I have run out"),
                self.tr("My doctor or pharmacist told me to"),
                self.tr("I was away from home"),
            ]
        )
        self.reason.setCurrentIndex(0)
        line = self.reason.lineEdit()
        if line is not None:
            line.setMaxLength(5000)
            line.setAccessibleName(self.tr("Why you are skipping this dose"))
        form = wrapping_form()
        box, self.reason_error = with_error(self.reason, self)
        form.addRow(self._label(self.tr("&Why"), self.reason), box)
        self.buttons = save_cancel(self, self.tr("Skip this dose"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.reason_error.clear_error()
        reason = self.reason.currentText().strip()
        if not reason:
            self.reason_error.show_error(self.tr("Please say why, in a few words."))
            self.reason.setFocus()
            return
        self.reason_value = reason
        super().accept()


class SnoozeDialog(_Form):
    """Remind me again in 10 to 60 minutes. `minutes` holds the choice."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remind me later"), parent)
        intro = QLabel(self.tr("Remind me again about: {what}").format(what=what), self)
        intro.setWordWrap(True)
        self.spin = QSpinBox(self)
        self.spin.setRange(10, 60)
        self.spin.setSingleStep(5)
        self.spin.setValue(10)
        self.spin.setSuffix(self.tr(" minutes"))
        self.spin.setAccessibleName(self.tr("Remind me again in this many minutes, 10 to 60"))
        form = wrapping_form()
        form.addRow(self._label(self.tr("&In"), self.spin), self.spin)
        self.buttons = save_cancel(self, self.tr("Remind me later"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @property
    def minutes(self) -> int:
        return self.spin.value()


class DoseTimeDialog(_Form):
    """When a dose was really taken (the person forgot to press Take). `at` is local, aware."""

    def __init__(
        self,
        what: str,
        shown: datetime,
        earliest: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("When did you take it?"), parent)
        self.at: datetime | None = None
        self.earliest = earliest
        intro = QLabel(self.tr("Say when you really took: {what}").format(what=what), self)
        intro.setWordWrap(True)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.when.setAccessibleName(self.tr("Date and time you took it"))
        self.when.setDateTime(wording.local_qdatetime(shown))
        form = wrapping_form()
        box, self.when_error = with_error(self.when, self)
        form.addRow(self._label(self.tr("&Taken at"), self.when), box)
        self.buttons = save_cancel(self, self.tr("Save the time I took it"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def set_time(self, value: datetime) -> None:
        self.when.setDateTime(wording.local_qdatetime(value))

    def accept(self) -> None:
        self.when_error.clear_error()
        chosen = self.when.dateTime()
        if chosen > QDateTime.currentDateTime().addSecs(60):
            self.when_error.show_error(self.tr("This time is in the future. Check it."))
            self.when.setFocus()
            return
        value: datetime = chosen.toPython()  # type: ignore[assignment]
        at = value.replace(second=0, microsecond=0).astimezone()
        if self.earliest is not None and at < self.earliest - _TWELVE_HOURS:
            self.when_error.show_error(
                self.tr("This is long before the dose was due. Check the date.")
            )
            self.when.setFocus()
            return
        self.at = at
        super().accept()
