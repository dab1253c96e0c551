"""Medicines as the person takes them, and the log of each dose.

A medicine is named the way the person knows it ("my water tablet"), with what the label says
(strength, form, dose) and when to take it. Scheduled doses come from `times` on the `weekdays`
(empty: every day) between `started` and the course end or the stop date; "as needed" medicines
have no times and are logged when taken. The dose log is the truth for adherence: each
scheduled dose is taken (at the real time, which may be edited later), skipped with a reason,
or missed, which `planner.services.doses` records once the grace period has passed.
"""

from datetime import date, datetime, time
from enum import StrEnum
from typing import Self
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from planner.domain.base import AwareDatetime, LongText, Model, ShortText
from planner.domain.codes import ConceptId

__all__ = ["DoseRecord", "DoseStatus", "Medicine", "MedicineForm"]


class MedicineForm(StrEnum):
    TABLET = "tablet"
    CAPSULE = "capsule"
    LIQUID = "liquid"
    INHALER = "inhaler"
    INJECTION = "injection"
    CREAM = "cream"
    DROPS = "drops"
    PATCH = "patch"
    OTHER = "other"


class Medicine(Model):
    id: UUID = Field(default_factory=uuid4)
    name: ShortText  # as the person knows it
    strength: str = Field(default="", max_length=100)  # "5 mg", "100 micrograms/dose"
    form: MedicineForm = MedicineForm.TABLET
    dose: str = Field(default="", max_length=100)  # "1 tablet", "2 puffs"
    times: tuple[time, ...] = ()  # times of day; empty with as_needed
    weekdays: tuple[int, ...] = ()  # 0 = Monday; empty = every day
    as_needed: bool = False
    reason: LongText = ""  # why I take it
    prescriber: str = Field(default="", max_length=200)
    started: date
    course_end: date | None = None
    stopped: date | None = None
    stop_reason: LongText = ""
    concept_id: ConceptId | None = None  # dm+d or SNOMED CT
    stock: int | None = Field(default=None, ge=0, le=100_000)  # doses left
    refill_at: int | None = Field(default=None, ge=0, le=100_000)  # remind when stock <= this

    @model_validator(mode="after")
    def _check(self) -> Self:
        if any(d < 0 or d > 6 for d in self.weekdays):
            raise ValueError("weekdays must be 0 (Monday) to 6 (Sunday)")
        if self.as_needed and self.times:
            raise ValueError("an 'as needed' medicine has no set times")
        if not self.as_needed and not self.times:
            raise ValueError("give at least one time to take it, or mark it 'as needed'")
        if len(set(self.times)) != len(self.times):
            raise ValueError("the same time is given twice")
        if self.course_end is not None and self.course_end < self.started:
            raise ValueError("the course ends before it starts")
        if self.stopped is not None and self.stopped < self.started:
            raise ValueError("the stop date is before the start date")
        return self

    @property
    def active(self) -> bool:
        return self.stopped is None

    def active_on(self, day: date) -> bool:
        """Taken on `day`: started, not past its course end, not stopped before it."""
        if day < self.started:
            return False
        if self.course_end is not None and day > self.course_end:
            return False
        return not (self.stopped is not None and day >= self.stopped)

    def scheduled_on(self, day: date) -> tuple[time, ...]:
        """The times of the doses due on `day` (none for "as needed")."""
        if self.as_needed or not self.active_on(day):
            return ()
        if self.weekdays and day.weekday() not in self.weekdays:
            return ()
        return tuple(sorted(self.times))

    @property
    def running_low(self) -> bool:
        if self.stock is None or self.refill_at is None:
            return False
        return self.stock <= self.refill_at


class DoseStatus(StrEnum):
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"


class DoseRecord(Model):
    """One dose. `due` is the scheduled moment (None for an "as needed" dose); `at` is when it
    was taken (may be edited later) or, for a skip or a miss, when that was recorded."""

    id: UUID = Field(default_factory=uuid4)
    medicine_id: UUID
    due: AwareDatetime | None = None
    status: DoseStatus
    at: AwareDatetime
    reason: LongText = ""  # why it was skipped
    note: LongText = ""
    author: str | None = Field(default=None, min_length=1, max_length=40)  # a carer, or None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.due is None and self.status is not DoseStatus.TAKEN:
            raise ValueError("an 'as needed' dose can only be recorded as taken")
        return self

    def edited_time(self, at: datetime) -> Self:
        """The same dose, taken at `at` (the person forgot to press Take at the time)."""
        return self.edit(at=at)
