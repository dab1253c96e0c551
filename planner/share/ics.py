"""Reminders, plan actions, the review date, appointments and dose times as an iCalendar file
(RFC 5545), written with the `icalendar` library.

People put these into the calendar on their phone, so the file must be boring and correct.
The library does the parts that are easy to get wrong by hand (DESIGN.md, "Standards we
speak"): CRLF line ends, folding at 75 octets without splitting a UTF-8 character, TEXT
escaping, RRULE syntax, and the VTIMEZONE that keeps "08:00 every day" at 08:00 after the clocks
change. Times are carried in the person's zone (Europe/London unless told otherwise) as
`TZID=Europe/London`, and `Calendar.add_missing_timezones` builds that zone's VTIMEZONE from
`zoneinfo`, from the first year an event starts to `ZONE_YEARS` years ahead. Where the zone is
unknown times go out in UTC.

Repeats map one-to-one onto RRULE (FREQ, INTERVAL, BYDAY, UNTIL), because `Recurrence` was
shaped after it. One difference needs care: a monthly repeat from the 31st falls on the last
day of shorter months in the app, which RRULE says with BYMONTHDAY=28,29,30,31;BYSETPOS=-1.

Appointments are timed events with their place (LOCATION), who with, the questions to ask and
any notes in the DESCRIPTION, and a reminder an hour before; a cancelled one says
STATUS:CANCELLED so a phone that imported it before crosses it out. Each dose time of a
medicine is one repeating event (FREQ=DAILY, or WEEKLY on its days) from the first day it is
due until the course end or the day before it was stopped; medicines taken "as needed", and
those that ended before today, have no dose times.

Every event's UID is made from the item's id (and, for a dose, its time of day), so importing
the file again updates the events instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event, vRecur

from planner.atomic import atomic_write
from planner.domain.appointment import Appointment
from planner.domain.base import now as utc_now
from planner.domain.medicine import Medicine
from planner.domain.recurrence import Frequency, Recurrence
from planner.vault.vault import Vault

PRODID = "-//Health Planner//Health Planner 0.1//EN"
DEFAULT_ZONE = "Europe/London"
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQ = {Frequency.DAILY: "DAILY", Frequency.WEEKLY: "WEEKLY", Frequency.MONTHLY: "MONTHLY"}
ZONE_YEARS = 10  # the VTIMEZONE spells out the clock changes this many years ahead


def zone(name: str | None = None) -> ZoneInfo | None:
    """The named zone (default Europe/London: the app is for people in London), or None."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def first_day(recurrence: Recurrence) -> date:
    """The first day the repeat really falls on: RFC 5545 counts DTSTART as an occurrence
    even when it is not one of the BYDAY days, so DTSTART must be a real occurrence."""
    day = recurrence.start
    for _ in range(7 * recurrence.interval + 31):
        if recurrence.occurs_on(day):
            return day
        day += timedelta(days=1)
    return recurrence.start


def rrule(recurrence: Recurrence, until: date | datetime | None) -> vRecur:
    """The RRULE for `recurrence`; `until` is a date for all-day events and a UTC datetime
    for timed ones (RFC 5545 3.3.10)."""
    rule = vRecur(FREQ=FREQ[recurrence.frequency])
    if recurrence.interval != 1:
        rule["INTERVAL"] = recurrence.interval
    if recurrence.frequency is Frequency.WEEKLY:
        days = recurrence.weekdays or (recurrence.start.weekday(),)
        rule["BYDAY"] = [BYDAY[d] for d in sorted(days)]
        rule["WKST"] = "MO"  # the app counts "every 2 weeks" in Monday-start weeks
    if recurrence.frequency is Frequency.MONTHLY and recurrence.start.day > 28:
        rule["BYMONTHDAY"] = list(range(28, recurrence.start.day + 1))
        rule["BYSETPOS"] = -1
    if until is not None:
        rule["UNTIL"] = until
    return rule


def _sentence(text: str) -> str:
    """First letter upper case only ("Every week on Tuesday", not "on tuesday")."""
    return text[:1].upper() + text[1:] + "."


def _event(uid: str, stamp: datetime, summary: str, description: str = "") -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    return event


def _alarm(text: str, before: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def _timed(event: Event, start: datetime, minutes: int) -> None:
    """DTSTART and DTEND of a timed event; `start` carries its zone (a TZID, or UTC)."""
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))


def _all_day(event: Event, day: date) -> None:
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")


def _local(day: date, at: time, tz: ZoneInfo | None) -> datetime:
    """The wall-clock time `at` on `day` in the zone (in UTC where there is none)."""
    return datetime.combine(day, at.replace(tzinfo=None), tzinfo=tz or UTC)


def _end_of(day: date, tz: ZoneInfo | None) -> datetime:
    """The last second of `day` in the zone, in UTC (as UNTIL of a timed event must be)."""
    return _local(day, time(23, 59, 59), tz).astimezone(UTC)


def appointment_event(item: Appointment, stamp: datetime, tz: ZoneInfo | None) -> Event:
    """One appointment: its place, who with, the questions to ask and the notes."""
    words = []
    if item.with_whom:
        words.append(f"With: {item.with_whom}")
    if item.questions:
        words.append("Questions I want to ask:\n" + "\n".join(f"- {q}" for q in item.questions))
    if item.notes:
        words.append(f"Notes: {item.notes}")
    event = _event(f"appointment-{item.id}@health-planner", stamp, item.what_for,
                   "\n\n".join(words))
    _timed(event, item.at.astimezone(tz or UTC), int(item.duration.total_seconds() // 60))
    if item.where:
        event.add("location", item.where)
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    if not item.cancelled:
        event.add_component(_alarm(item.what_for, timedelta(hours=1)))
    return event


def last_dose_day(medicine: Medicine) -> date | None:
    """The last day a dose is due: the course end, or the day before it was stopped."""
    ends = [d for d in (medicine.course_end,
                        medicine.stopped - timedelta(days=1) if medicine.stopped else None)
            if d is not None]
    return min(ends) if ends else None


def dose_events(medicine: Medicine, stamp: datetime, tz: ZoneInfo | None, today: date
                ) -> Iterator[Event]:
    """One repeating event per time of day the medicine is due (none for "as needed")."""
    if medicine.as_needed:
        return
    last = last_dose_day(medicine)
    if last is not None and last < today:
        return
    first = medicine.started
    while medicine.weekdays and first.weekday() not in medicine.weekdays:
        first += timedelta(days=1)
    if last is not None and first > last:
        return
    what = " ".join(x for x in (medicine.name, medicine.strength) if x)
    summary = f"Take {what}" + (f": {medicine.dose}" if medicine.dose else "")
    description = medicine.reason and f"For: {medicine.reason}"
    for at in sorted(medicine.times):
        rule = vRecur(FREQ="WEEKLY" if medicine.weekdays else "DAILY")
        if medicine.weekdays:
            rule["BYDAY"] = [BYDAY[d] for d in sorted(medicine.weekdays)]
            rule["WKST"] = "MO"
        if last is not None:
            rule["UNTIL"] = _end_of(last, tz)
        event = _event(f"dose-{medicine.id}-{at:%H%M%S}@health-planner", stamp, summary,
                       description)
        _timed(event, _local(first, at, tz), 5)
        event.add("rrule", rule)
        event.add("transp", "TRANSPARENT")
        event.add_component(_alarm(summary, timedelta(0)))
        yield event


def _plan_events(vault: Vault, stamp: datetime) -> Iterator[Event]:
    """The plan's review date and its actions still to do, as all-day events."""
    current = vault.plans.current()
    if current is None:
        return
    plan = current.plan
    if plan.review_date is not None:
        event = _event(f"plan-review-{plan.id}@health-planner", stamp,
                       "Review my care and support plan",
                       f"Talk about {plan.title.lower()} with "
                       f"{plan.coordinator or 'your care coordinator'}.")
        event.add("dtstart", plan.review_date)
        event.add("dtend", plan.review_date + timedelta(days=1))
        yield event
    for action in plan.actions:
        if action.done:
            continue
        who = f"Who: {action.who}." if action.who else ""
        uid = f"action-{action.id}@health-planner"
        if action.recurrence is not None:
            rec = action.recurrence
            event = _event(uid, stamp, action.text,
                           " ".join(x for x in (_sentence(rec.describe()), who) if x))
            _all_day(event, first_day(rec))
            event.add("rrule", rrule(rec, rec.until))
            yield event
        elif action.due is not None:
            event = _event(uid, stamp, action.text, who)
            _all_day(event, action.due)
            yield event


def build_calendar(vault: Vault, *, at: datetime | None = None,
                   zone_name: str | None = None) -> Calendar:
    """The whole calendar: reminders, appointments, dose times, the plan's review and actions."""
    moment = at or utc_now()
    stamp = moment.astimezone(UTC).replace(microsecond=0)
    tz = zone(zone_name)
    cal = Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", PRODID)
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Health Planner")
    if tz is not None:
        cal.add("x-wr-timezone", tz.key)

    for reminder in vault.reminders.all():
        if not reminder.enabled:
            continue
        rec = reminder.recurrence
        event = _event(f"reminder-{reminder.id}@health-planner", stamp, reminder.title,
                       _sentence(rec.describe()))
        _timed(event, _local(first_day(rec), reminder.at, tz), 15)
        event.add("rrule", rrule(rec, _end_of(rec.until, tz) if rec.until else None))
        event.add_component(_alarm(reminder.title, timedelta(0)))
        cal.add_component(event)

    for appointment in vault.appointments.all():
        cal.add_component(appointment_event(appointment, stamp, tz))
    today = moment.astimezone(tz or UTC).date()
    for medicine in vault.medicines.all(include_stopped=True):
        for event in dose_events(medicine, stamp, tz, today):
            cal.add_component(event)
    for event in _plan_events(vault, stamp):
        cal.add_component(event)

    if tz is not None:
        # The zone's rules from the first year an event starts: a VTIMEZONE says nothing
        # about times before its first observance.
        starts = [start.date() for start in (e.decoded("DTSTART") for e in cal.walk("VEVENT"))
                  if isinstance(start, datetime)]
        first = min([today, *starts])
        last = max([today, *starts])
        cal.add_missing_timezones(first_date=date(first.year, 1, 1),
                                  last_date=date(last.year + ZONE_YEARS, 1, 1))
    return cal


def export_ics(vault: Vault, *, at: datetime | None = None,
               zone_name: str | None = None) -> bytes:
    return build_calendar(vault, at=at, zone_name=zone_name).to_ical()


def write_ics(vault: Vault, out: Path, *, zone_name: str | None = None) -> int:
    """Write atomically; returns the number of events."""
    cal = build_calendar(vault, zone_name=zone_name)
    atomic_write(out, cal.to_ical())
    return len(cal.walk("VEVENT"))
