"""Reminders' schedule: the next times each enabled reminder fires."""

from datetime import date, datetime, timedelta

from planner.domain.reminder import Reminder


def occurrences(reminder: Reminder, start: date, days: int) -> list[datetime]:
    """Local (naive) times the reminder fires on the `days` days from `start`."""
    if not reminder.enabled:
        return []
    found = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        if reminder.recurrence.occurs_on(day):
            found.append(datetime.combine(day, reminder.at))
    return found


def due_between(reminders: list[Reminder], after: datetime, until: datetime) -> list[Reminder]:
    """Reminders whose time falls in (after, until]: what the tray should announce now."""
    due = []
    span = (until.date() - after.date()).days + 1
    for reminder in reminders:
        if any(after < t <= until for t in occurrences(reminder, after.date(), span)):
            due.append(reminder)
    return due
