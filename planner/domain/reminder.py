"""Reminders: a title, a time of day and a repeat.

The title is health text, so it stays in the vault; a locked app only says "Health Planner has a
reminder".
"""

from datetime import time
from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import Field

from planner.domain.base import Model, ShortText
from planner.domain.recurrence import Recurrence


class ReminderKind(StrEnum):
    LOG = "log"  # log a tracker
    ACTION = "action"  # do a plan action
    CHECK_IN = "check-in"  # fill in a questionnaire
    OTHER = "other"


class Reminder(Model):
    id: UUID = Field(default_factory=uuid4)
    title: ShortText
    kind: ReminderKind = ReminderKind.OTHER
    at: time
    recurrence: Recurrence
    target: str = ""  # tracker key, action id or instrument code, by kind
    target_id: UUID | None = None
    enabled: bool = True
