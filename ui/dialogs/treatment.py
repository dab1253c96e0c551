"""Record a referral for treatment: what for, who referred and when, the choices offered, the
provider chosen and why, and the e-Referral Service booking reference (12 digits, checked by
the model); then its appointment dates one at a time, as the letters come. Each dialog builds
a validated `TreatmentReferral`; the view saves it."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.domain.treatment import TreatmentReferral
from ui.widgets import wording
from ui.widgets.forms import FieldError, field_errors, save_cancel, with_error, wrapping_form
from ui.widgets.lists import TextListEditor


class TreatmentDialog(QDialog):
    """After `accept()`, `referral` is the validated referral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referral: TreatmentReferral | None = None
        self.setWindowTitle(self.tr("A referral for treatment"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.what_for = QLineEdit(self)
        self.what_for.setMaxLength(200)
        self.what_for.setAccessibleName(self.tr("What the referral is for"))
        self.what_for.setPlaceholderText(self.tr("For example: Knee pain, orthopaedics"))
        self.by = QLineEdit(self)
        self.by.setMaxLength(200)
        self.by.setAccessibleName(self.tr("Who referred me"))
        today = date.today()
        self.on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("d MMM yyyy")
        self.on.setAccessibleName(self.tr("The day of the referral"))
        self.offered = TextListEditor(self.tr("The hospitals or services offered"),
                                      self.tr("A hospital or service offered"), self, fit=True)
        self.provider = QLineEdit(self)
        self.provider.setMaxLength(200)
        self.provider.setAccessibleName(self.tr("The hospital or service I chose"))
        self.why = QLineEdit(self)
        self.why.setAccessibleName(self.tr("Why I chose it"))
        self.ubrn = QLineEdit(self)
        self.ubrn.setAccessibleName(self.tr("The booking reference, 12 digits"))
        self.ubrn.setPlaceholderText("1234 5678 9012")
        self.errors: dict[str, FieldError] = {}
        form = wrapping_form()
        for key, text, widget in (("what_for", self.tr("&What for"), self.what_for),
                                  ("referred_by", self.tr("Referred &by"), self.by),
                                  ("referred_on", self.tr("&On"), self.on),
                                  ("provider", self.tr("&Chosen"), self.provider),
                                  ("why_chosen", self.tr("W&hy"), self.why),
                                  ("booking_ref", self.tr("Booking &reference"), self.ubrn)):
            box, self.errors[key] = with_error(widget, self)
            label = QLabel(text, self)
            label.setBuddy(widget)
            label.setWordWrap(True)
            form.addRow(label, box)
            if key == "referred_on":
                offered = QLabel(self.tr("Choices &offered"), self)
                offered.setBuddy(self.offered.line)
                offered.setWordWrap(True)
                form.addRow(offered, self.offered)
        self.form_error = FieldError(self.what_for, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Save this referral")))

    def build(self) -> TreatmentReferral | None:
        for error in (*self.errors.values(), self.form_error):
            error.clear_error()
        if self.offered.line.text().strip():
            self.offered.add()
        on: date = self.on.date().toPython()  # type: ignore[assignment]
        try:
            return TreatmentReferral(
                what_for=self.what_for.text(), referred_by=self.by.text().strip(),
                referred_on=on, choices_offered=self.offered.items(),
                provider=self.provider.text().strip(), why_chosen=self.why.text().strip(),
                booking_ref=self.ubrn.text().strip() or None)
        except ValidationError as exc:
            for key, message in field_errors(exc).items():
                self.errors.get(key, self.form_error).show_error(message)
            return None

    def accept(self) -> None:
        self.referral = self.build()
        if self.referral is not None:
            super().accept()


class AppointmentDateDialog(QDialog):
    """One more appointment date for a referral. After `accept()`, `referral` is the referral
    with the date added (in date order)."""

    def __init__(self, referral: TreatmentReferral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = referral
        self.referral: TreatmentReferral | None = None
        self.setWindowTitle(self.tr("Add an appointment date"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        about = QLabel(self.tr("For the referral: {what}").format(what=referral.what_for), self)
        about.setWordWrap(True)
        today = date.today()
        start = max(today, referral.referred_on)
        self.day = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("The day of the appointment, from the letter"))
        box, self.error = with_error(self.day, self)
        label = QLabel(self.tr("&Day of the appointment"), self)
        label.setBuddy(self.day)
        label.setWordWrap(True)
        form = wrapping_form()
        form.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Save this appointment date")))

    def build(self) -> TreatmentReferral | None:
        self.error.clear_error()
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        if day < self.original.referred_on:
            self.error.show_error(self.tr(
                "The appointment cannot be before the referral, on {day}.").format(
                    day=wording.day(self.original.referred_on)))
            return None
        if day in self.original.appointment_dates:
            self.error.show_error(self.tr("This appointment date is already there."))
            return None
        return self.original.with_appointment(day)

    def accept(self) -> None:
        self.referral = self.build()
        if self.referral is not None:
            super().accept()
