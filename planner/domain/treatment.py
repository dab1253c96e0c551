"""Choosing where I am treated: a referral for consultant-led treatment and the wait for it.

Kept apart from social-prescribing referrals (`planner.domain.social`): a treatment referral
carries the legal right to choose a provider for the first outpatient appointment and the
18-week referral-to-treatment (RTT) standard, neither of which applies to community support.

The NHS e-Referral Service booking reference (UBRN) is 12 digits. NHS Digital publishes no
check-digit rule for it (we looked: the e-RS guides and the Choose and Book interface describe
it only as a 12-digit number), so it is checked for its form only: twelve digits, spaces or
dashes allowed between them as printed on the letter ("1234 5678 9012").
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Self
from uuid import UUID, uuid4

from pydantic import AfterValidator, Field, model_validator

from planner.domain.base import LongText, Model, ShortText

__all__ = [
    "RIGHTS_NOTE",
    "RIGHTS_URL",
    "RTT_WEEKS",
    "BookingReference",
    "TreatmentReferral",
    "booking_reference",
]

RTT_WEEKS = 18
REMINDER_WEEKS = (12, 18)
RIGHTS_URL = (
    "https://www.nhs.uk/using-the-nhs/nhs-services/hospitals/guide-to-nhs-waiting-times-in-england/"
)
RIGHTS_NOTE = (
    "You have the legal right to choose which hospital or service you go to for your first "
    "appointment with a consultant-led team, for most non-urgent conditions. You also have the "
    "right to start non-urgent consultant-led treatment within 18 weeks of referral. If you are "
    "likely to wait longer, you can ask the hospital, or the integrated care board that pays for "
    "your care, to offer you other providers who can see you sooner. The right does not apply if "
    "you choose to wait longer or waiting is better for your health."
)


def booking_reference(value: str) -> str:
    """The UBRN as 12 digits, or ValueError with what is wrong (form only: see the module)."""
    digits = value.replace(" ", "").replace("-", "")
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("a booking reference has only digits (12 of them)")
    if len(digits) != 12:
        raise ValueError(f"a booking reference has 12 digits, this one has {len(digits)}")
    return digits


BookingReference = Annotated[str, AfterValidator(booking_reference)]


class TreatmentReferral(Model):
    id: UUID = Field(default_factory=uuid4)
    what_for: ShortText  # "Knee pain: orthopaedics"
    referred_by: str = Field(default="", max_length=200)  # "Dr Okafor, Lea Surgery"
    referred_on: date
    # When the 18-week clock started: the day the provider received the referral or the first
    # appointment was booked through e-RS; the referral day until the person knows better.
    clock_start: date | None = None
    choices_offered: tuple[ShortText, ...] = Field(default=(), max_length=20)
    provider: str = Field(default="", max_length=200)
    why_chosen: LongText = ""
    booking_ref: BookingReference | None = None
    appointment_dates: tuple[date, ...] = Field(default=(), max_length=50)
    treatment_started_on: date | None = None  # the clock stops here
    notes: LongText = ""

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.clock_start is not None and self.clock_start < self.referred_on:
            raise ValueError("the wait cannot start before the referral")
        if self.treatment_started_on is not None and self.treatment_started_on < self.starts:
            raise ValueError("treatment cannot start before the wait does")
        if self.provider and self.choices_offered and self.provider not in self.choices_offered:
            raise ValueError("the provider chosen is not one of the choices offered")
        if len(set(self.choices_offered)) != len(self.choices_offered):
            raise ValueError("the same choice is listed twice")
        return self

    @property
    def starts(self) -> date:
        """The day the 18-week clock started."""
        return self.clock_start or self.referred_on

    def with_appointment(self, day: date) -> TreatmentReferral:
        """The referral with one more appointment date, kept in date order: dates come one
        letter at a time, so each is added on its own. The same day twice, or a day before
        the referral, is refused (a typing slip, not a second appointment)."""
        if day < self.referred_on:
            raise ValueError("an appointment cannot be before the referral")
        if day in self.appointment_dates:
            raise ValueError("this appointment date is already there")
        return self.edit(appointment_dates=tuple(sorted((*self.appointment_dates, day))))
