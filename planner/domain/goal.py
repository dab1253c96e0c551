"""SMART goals: a title, why it matters, a measure taken from a tracker, dates and a lifecycle."""

from datetime import date, datetime
from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from planner.domain.base import AwareDatetime, LongText, Model, ShortText, now


class GoalStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on-hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# Which status changes make sense; the FHIR Goal lifecycleStatus uses the same words.
TRANSITIONS: dict[GoalStatus, frozenset[GoalStatus]] = {
    GoalStatus.PROPOSED: frozenset({GoalStatus.ACTIVE, GoalStatus.CANCELLED}),
    GoalStatus.ACTIVE: frozenset({GoalStatus.ON_HOLD, GoalStatus.COMPLETED, GoalStatus.CANCELLED}),
    GoalStatus.ON_HOLD: frozenset({GoalStatus.ACTIVE, GoalStatus.CANCELLED}),
    GoalStatus.COMPLETED: frozenset({GoalStatus.ACTIVE}),
    GoalStatus.CANCELLED: frozenset({GoalStatus.PROPOSED}),
}


class Direction(StrEnum):
    """Which side of the target counts as success."""

    AT_LEAST = "at-least"  # e.g. steps: 7000 or more
    AT_MOST = "at-most"  # e.g. weight: 80 kg or less


class Measure(Model):
    tracker_id: UUID
    target: float = Field(allow_inf_nan=False)
    direction: Direction

    def met_by(self, value: float) -> bool:
        if self.direction is Direction.AT_LEAST:
            return value >= self.target
        return value <= self.target


class Goal(Model):
    id: UUID = Field(default_factory=uuid4)
    title: ShortText
    why: LongText = ""
    measure: Measure | None = None
    start: date
    due: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    created_at: AwareDatetime = Field(default_factory=now)
    updated_at: AwareDatetime = Field(default_factory=now)
    author: str | None = Field(default=None, min_length=1, max_length=40)  # a carer, or None

    @model_validator(mode="after")
    def _dates(self) -> "Goal":
        if self.due is not None and self.due < self.start:
            raise ValueError("the due date is before the start date")
        return self

    def moved_to(self, status: GoalStatus, at: datetime | None = None) -> "Goal":
        """The goal with a new status, refusing changes that make no sense."""
        if status is self.status:
            return self
        if status not in TRANSITIONS[self.status]:
            raise ValueError(f"a goal cannot go from {self.status.value} to {status.value}")
        return self.edit(status=status, updated_at=at or now())
