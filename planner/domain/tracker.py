"""Trackers (what a person measures) and log entries (each measurement, mood, habit or note).

A log entry keeps its value in one of two columns: a number (numeric, 0-10 scale, yes/no as 1/0)
or text (free-text journal). `Tracker.parse` turns what a person typed into that shape, so the
CLI, the GUI and the CSV import all agree on what "yes" or "7.5" means.
"""

import math
from enum import StrEnum
from typing import Annotated
from uuid import UUID, uuid4

from pydantic import Field, StringConstraints, model_validator

from planner.domain.base import AwareDatetime, LongText, Model, ShortText, now
from planner.errors import shown


class TrackerKind(StrEnum):
    NUMERIC = "numeric"
    SCALE = "scale"  # 0-10
    YES_NO = "yes-no"
    TEXT = "text"


Key = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9-]{0,39}$")]

YES = frozenset({"yes", "y", "true", "1", "done"})
NO = frozenset({"no", "n", "false", "0", "not done"})


class Tracker(Model):
    id: UUID = Field(default_factory=uuid4)
    key: Key  # short name typed on the command line, e.g. "weight"
    label: ShortText
    kind: TrackerKind
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    loinc: str | None = None  # used by the FHIR export where a code exists
    archived: bool = False

    @model_validator(mode="after")
    def _check(self) -> "Tracker":
        if self.kind is TrackerKind.NUMERIC and not self.unit:
            raise ValueError("a number tracker needs a unit, e.g. kg or steps")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError("the lowest value is above the highest value")
        return self

    def parse(self, raw: str) -> tuple[float | None, str | None]:
        """Turn what a person typed into (number, text); raise ValueError with a plain message."""
        text = raw.strip()
        if self.kind is TrackerKind.TEXT:
            if not text:
                raise ValueError("write something to save")
            if len(text) > 5000:
                raise ValueError("this note is longer than 5,000 characters")
            return None, text
        if self.kind is TrackerKind.YES_NO:
            lowered = text.lower()
            if lowered in YES:
                return 1.0, None
            if lowered in NO:
                return 0.0, None
            raise ValueError("answer yes or no")
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            raise ValueError(f"{self.label}: '{shown(raw)}' is not a number") from None
        self.check_value(value)
        return value, None

    def check_value(self, value: float) -> None:
        if not math.isfinite(value):
            raise ValueError(f"{self.label}: the value must be a real number")
        if self.kind is TrackerKind.SCALE and (value < 0 or value > 10 or value != int(value)):
            raise ValueError(f"{self.label}: choose a whole number from 0 to 10")
        if self.kind is TrackerKind.YES_NO and value not in (0.0, 1.0):
            raise ValueError(f"{self.label}: answer yes or no")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(
                f"{self.label}: {value:g} is below the lowest allowed ({self.minimum:g})"
            )
        if self.maximum is not None and value > self.maximum:
            raise ValueError(
                f"{self.label}: {value:g} is above the highest allowed ({self.maximum:g})"
            )

    def format(self, value: float | None, text: str | None) -> str:
        """A value as a person would read it."""
        if self.kind is TrackerKind.TEXT:
            return text or ""
        if value is None:
            return ""
        if self.kind is TrackerKind.YES_NO:
            return "yes" if value >= 0.5 else "no"
        shown = f"{value:g}"
        return f"{shown} {self.unit}".strip()


class LogEntry(Model):
    id: UUID = Field(default_factory=uuid4)
    tracker_id: UUID
    at: AwareDatetime = Field(default_factory=now)
    value: float | None = Field(default=None, allow_inf_nan=False)
    text: LongText | None = None
    note: LongText = ""
    author: str | None = Field(default=None, min_length=1, max_length=40)  # a carer, or None

    @model_validator(mode="after")
    def _one_value(self) -> "LogEntry":
        if self.value is None and not self.text:
            raise ValueError("a log entry needs a value or some text")
        return self

    @classmethod
    def for_tracker(
        cls, tracker: Tracker, raw: str, *, at: AwareDatetime | None = None, note: str = ""
    ) -> "LogEntry":
        value, text = tracker.parse(raw)
        return cls(tracker_id=tracker.id, at=at or now(), value=value, text=text, note=note)
