"""Words and numbers as the person reads them, translated, for every feature view.

The core formats for the command line in English; the GUI says the same things through Qt's
translation system and the person's locale (decimal point, digit grouping, month names).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from planner.domain.goal import Direction, GoalStatus
from planner.domain.questionnaire import Instrument
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.tracker import Tracker, TrackerKind
from planner.instruments import load_instrument


def number(value: float) -> str:
    """84.2, 7,000 or 6.25, in the person's locale: no trailing zeros, at most 2 decimals."""
    if value == int(value):
        decimals = 0
    elif round(value, 1) == value:
        decimals = 1
    else:
        decimals = 2
    return QLocale().toString(float(value), "f", decimals)


def typed_number(raw: str) -> str:
    """What the person typed, with a number in their locale ("84,5" in Polish) rewritten the
    way the core reads numbers ("84.5"); anything else is passed on unchanged for the core
    to explain."""
    value, ok = QLocale().toDouble(raw.strip())
    return repr(value) if ok else raw


def with_unit(value: float, unit: str) -> str:
    return f"{number(value)} {unit}".strip()


def value_text(tracker: Tracker, value: float | None, text: str | None) -> str:
    """A log entry's value as a sentence fragment: "84.2 kg", "7 out of 10", "yes"."""
    if tracker.kind is TrackerKind.TEXT:
        return text or ""
    if value is None:
        return ""
    if tracker.kind is TrackerKind.YES_NO:
        if value >= 0.5:
            return QCoreApplication.translate("Wording", "yes")
        return QCoreApplication.translate("Wording", "no")
    if tracker.kind is TrackerKind.SCALE:
        return QCoreApplication.translate("Wording", "{value} out of 10").format(
            value=number(value)
        )
    return with_unit(value, tracker.unit)


def target_text(target: float, direction: Direction, unit: str, kind: TrackerKind) -> str:
    """ "85 kg or less", "7,000 steps or more"."""
    if kind is TrackerKind.YES_NO:
        amount = (
            QCoreApplication.translate("Wording", "yes")
            if target >= 0.5
            else QCoreApplication.translate("Wording", "no")
        )
    elif kind is TrackerKind.SCALE:
        amount = QCoreApplication.translate("Wording", "{value} out of 10").format(
            value=number(target)
        )
    else:
        amount = with_unit(target, unit)
    if direction is Direction.AT_LEAST:
        return QCoreApplication.translate("Wording", "{amount} or more").format(amount=amount)
    return QCoreApplication.translate("Wording", "{amount} or less").format(amount=amount)


def direction_name(direction: Direction) -> str:
    if direction is Direction.AT_LEAST:
        return QCoreApplication.translate("Wording", "or more (higher is better)")
    return QCoreApplication.translate("Wording", "or less (lower is better)")


def status_name(status: GoalStatus) -> str:
    names = {
        GoalStatus.PROPOSED: QCoreApplication.translate("Wording", "Planned"),
        GoalStatus.ACTIVE: QCoreApplication.translate("Wording", "Working on it"),
        GoalStatus.ON_HOLD: QCoreApplication.translate("Wording", "On hold"),
        GoalStatus.COMPLETED: QCoreApplication.translate("Wording", "Done"),
        GoalStatus.CANCELLED: QCoreApplication.translate("Wording", "Stopped"),
    }
    return names[status]


def kind_name(kind: TrackerKind) -> str:
    names = {
        TrackerKind.NUMERIC: QCoreApplication.translate("Wording", "a number"),
        TrackerKind.SCALE: QCoreApplication.translate("Wording", "0 to 10"),
        TrackerKind.YES_NO: QCoreApplication.translate("Wording", "yes or no"),
        TrackerKind.TEXT: QCoreApplication.translate("Wording", "words"),
    }
    return names[kind]


def instrument_name(code: str) -> str:
    names = {
        "ONS4": QCoreApplication.translate("Wording", "Well-being (ONS4)"),
        "PHQ9": QCoreApplication.translate("Wording", "Mood (PHQ-9)"),
        "GAD7": QCoreApplication.translate("Wording", "Worry and anxiety (GAD-7)"),
    }
    return names.get(code, code)


def instrument(code: str) -> Instrument:
    """A questionnaire in the language the app is showing: its published translation where one
    exists, else English items with a note in that language (planner/instruments/translated.py).
    The translations loader sets the default locale with the language, so it says which."""
    return load_instrument(code, QLocale().name())


def instrument_short_name(code: str) -> str:
    """The name on a tab where the whole one does not fit (`ui.widgets.tabs`)."""
    names = {
        "ONS4": QCoreApplication.translate("Wording", "Well-being"),
        "PHQ9": QCoreApplication.translate("Wording", "Mood"),
        "GAD7": QCoreApplication.translate("Wording", "Worry"),
    }
    return names.get(code, code)


def day(value: date) -> str:
    """ "3 Mar 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def long_day(value: date) -> str:
    """ "Tuesday 3 March"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM")


def local_qdatetime(value: datetime) -> QDateTime:
    """A stored (UTC) time as a Qt local date-time. Built from its parts: the stubs of some
    PySide6 releases do not declare the datetime constructor, though it works."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second, local.microsecond // 1000))


def moment(value: datetime) -> str:
    """A stored (UTC) time in the person's local time: "3 Mar 2026, 08:15"."""
    return QLocale().toString(local_qdatetime(value), "d MMM yyyy, HH:mm")


def directed(text: str) -> str:
    """`text` with each line marked as right to left when the app is (Urdu): a translated
    sentence that begins with a name in Latin letters ("Joan تک ...") otherwise takes its
    direction from the name and runs left to right."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return "\n".join(f"\u200f{line}" if line else line for line in text.split("\n"))


def entered_by(author: str | None) -> str:
    """"entered by Sam (carer)" for what a carer wrote through their grant (#24); "" for
    what the person entered themselves."""
    if not author:
        return ""
    return QCoreApplication.translate("Wording", "entered by {carer} (carer)").format(
        carer=author)


def days_away(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("Wording", "today")
    if days == 1:
        return QCoreApplication.translate("Wording", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("Wording", "yesterday")
    if days > 0:
        return QCoreApplication.translate("Wording", "in %n days", None, days)
    return QCoreApplication.translate("Wording", "%n days ago", None, -days)


def weekday_name(index: int) -> str:
    """0 = Monday, in the person's language."""
    return QLocale().dayName(index + 1)


def repeat_text(recurrence: Recurrence | None) -> str:
    """ "Every week on Tuesday and Thursday", "Every 2 days", "Once"."""
    if recurrence is None:
        return QCoreApplication.translate("Wording", "Once")
    n = recurrence.interval
    if recurrence.frequency is Frequency.DAILY:
        text = (
            QCoreApplication.translate("Wording", "Every day")
            if n == 1
            else QCoreApplication.translate("Wording", "Every %n days", None, n)
        )
    elif recurrence.frequency is Frequency.WEEKLY:
        text = (
            QCoreApplication.translate("Wording", "Every week")
            if n == 1
            else QCoreApplication.translate("Wording", "Every %n weeks", None, n)
        )
        if recurrence.weekdays:
            names = [weekday_name(d) for d in sorted(recurrence.weekdays)]
            text = QCoreApplication.translate("Wording", "{every} on {days}").format(
                every=text, days=", ".join(names)
            )
    else:
        text = (
            QCoreApplication.translate("Wording", "Every month")
            if n == 1
            else QCoreApplication.translate("Wording", "Every %n months", None, n)
        )
    if recurrence.until is not None:
        text = QCoreApplication.translate("Wording", "{repeat}, until {day}").format(
            repeat=text, day=day(recurrence.until)
        )
    return text
