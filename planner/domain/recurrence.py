"""How often something repeats: shared by plan actions and reminders.

The shape mirrors the subset of iCalendar RRULE that people actually use (daily, weekly on some
days, monthly), so the .ics export is a direct translation rather than a guess.
"""

from datetime import date, timedelta
from enum import StrEnum

from pydantic import Field, model_validator

from planner.domain.base import Model


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class Recurrence(Model):
    """Repeat every `interval` days/weeks/months from `start`, optionally only on `weekdays`."""

    frequency: Frequency
    interval: int = Field(default=1, ge=1, le=365)
    weekdays: tuple[int, ...] = ()  # 0 = Monday, as in `date.weekday()`
    start: date
    until: date | None = None

    @model_validator(mode="after")
    def _check(self) -> "Recurrence":
        if any(d < 0 or d > 6 for d in self.weekdays):
            raise ValueError("weekdays must be 0 (Monday) to 6 (Sunday)")
        if self.weekdays and self.frequency is not Frequency.WEEKLY:
            raise ValueError("weekdays only apply to a weekly repeat")
        if self.until is not None and self.until < self.start:
            raise ValueError("the end date is before the start date")
        return self

    def occurs_on(self, day: date) -> bool:
        """True if the repeat falls on `day`; cheap enough to call per day for 'due today'."""
        if day < self.start or (self.until is not None and day > self.until):
            return False
        if self.frequency is Frequency.DAILY:
            return (day - self.start).days % self.interval == 0
        if self.frequency is Frequency.WEEKLY:
            week_of_start = self.start - timedelta(days=self.start.weekday())
            week_of_day = day - timedelta(days=day.weekday())
            if ((week_of_day - week_of_start).days // 7) % self.interval != 0:
                return False
            days = self.weekdays or (self.start.weekday(),)
            return day.weekday() in days
        months = (day.year - self.start.year) * 12 + day.month - self.start.month
        if months % self.interval != 0:
            return False
        # A monthly repeat on the 31st falls on the last day of shorter months.
        last = (date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)).day
        return day.day == min(self.start.day, last)

    def describe(self) -> str:
        """Plain-English summary (the UI translates its own version; this one is for CLI/text)."""
        names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        unit = {"daily": "day", "weekly": "week", "monthly": "month"}[self.frequency.value]
        every = f"every {unit}" if self.interval == 1 else f"every {self.interval} {unit}s"
        if self.weekdays:
            every += " on " + ", ".join(names[d] for d in self.weekdays)
        return every
