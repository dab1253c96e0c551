"""Appointments: when, where, with whom, what for; the questions to ask; what was said.

Follow-ups written after the appointment become plan actions (`planner.services`, the UI), so
nothing agreed with a clinician is left in a note nobody reads again.
"""

from datetime import timedelta
from typing import Self
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from planner.domain.base import AwareDatetime, LongText, Model, ShortText

__all__ = ["Appointment"]


class Appointment(Model):
    id: UUID = Field(default_factory=uuid4)
    at: AwareDatetime
    duration: timedelta = timedelta(minutes=30)
    what_for: ShortText
    with_whom: str = Field(default="", max_length=200)  # "Dr Okafor, practice nurse"
    where: str = Field(default="", max_length=300)
    questions: tuple[ShortText, ...] = Field(default=(), max_length=50)
    notes: LongText = ""  # what was said afterwards
    follow_ups: tuple[ShortText, ...] = Field(default=(), max_length=50)
    cancelled: bool = False
    author: str | None = Field(default=None, min_length=1, max_length=40)  # a carer, or None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not timedelta(minutes=5) <= self.duration <= timedelta(hours=12):
            raise ValueError("an appointment lasts between 5 minutes and 12 hours")
        return self

    @property
    def ends(self) -> "AwareDatetime":
        return self.at + self.duration
