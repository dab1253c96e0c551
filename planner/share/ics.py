"""Reminders, plan actions, the review date, appointments and dose times as an iCalendar file
(RFC 5545).

People put these into the calendar on their phone, so the file must be boring and correct:
CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, text escaped
(backslash, semicolon, comma, newline), and a VTIMEZONE so "08:00 every day" stays at 08:00
after the clocks change. The time zone's rules are built from the system's tz database
(`zoneinfo`); where that is missing (Windows without the tzdata package) times go out in UTC.

Repeats map one-to-one onto RRULE (FREQ, INTERVAL, BYDAY, UNTIL), because `Recurrence` was
shaped after it. One difference needs care: a monthly repeat from the 31st falls on the last
day of shorter months in the app, which RRULE says with BYMONTHDAY=28,29,30,31;BYSETPOS=-1.

Appointments are timed events with their place (LOCATION), who with, the questions to ask and
any notes in the DESCRIPTION; a cancelled one says STATUS:CANCELLED so a phone that imported it
before crosses it out. Each dose time of a medicine is one repeating event (FREQ=DAILY, or
WEEKLY on its days) from the first day it is due until the course end or the day before it was
stopped; medicines taken "as needed", and those that ended before today, have no dose times.

DESIGN.md asks for the `icalendar` library "when ics.py next grows"; the library is not yet a
dependency of the app, so the appointments and dose times are written in this module's own
(tested) style and the move is left for when the dependency is added.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line, folded so no physical line is longer than 75 octets (3.1).

    Continuation lines start with a space, which counts towards their 75; a multi-byte
    character is never split, or calendar apps would show a broken character.
    """
    out = bytearray()
    current = bytearray()
    limit = 75
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out += current + b"\r\n"
            current = bytearray(b" ")
            limit = 75
        current += encoded
    out += current + b"\r\n"
    return bytes(out)


def _utc(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(at: datetime) -> str:
    return at.strftime("%Y%m%dT%H%M%S")


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}{minutes % 60:02d}"


def zone(name: str | None = None) -> ZoneInfo | None:
    """The named zone (default Europe/London: the app is for people in London), or None."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _transitions(tz: ZoneInfo, year: int) -> list[datetime]:
    """The moments (UTC) in `year` when the zone's offset changes, found to the minute."""
    found = []
    start = datetime(year, 1, 1, tzinfo=UTC)
    step = timedelta(hours=6)
    at = start
    while at.year == year:
        nxt = at + step
        if at.astimezone(tz).utcoffset() != nxt.astimezone(tz).utcoffset():
            lo, hi = at, nxt
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if lo.astimezone(tz).utcoffset() == mid.astimezone(tz).utcoffset():
                    lo = mid
                else:
                    hi = mid
            found.append(hi.replace(second=0, microsecond=0))
        at = nxt
    return found


def _nth(local: datetime) -> int:
    """Which weekday of the month this is: 1..4, or -1 for the last one."""
    last_day = calendar.monthrange(local.year, local.month)[1]
    return -1 if local.day + 7 > last_day else (local.day - 1) // 7 + 1


def _yearly_rule(local: datetime) -> str:
    """RRULE for "the Nth (or last) weekday of this month", as time zone rules are written."""
    return f"FREQ=YEARLY;BYMONTH={local.month};BYDAY={_nth(local)}{BYDAY[local.weekday()]}"


def _same_rule_in(year: int, local: datetime) -> datetime:
    """The day in `year` the yearly rule for `local` falls on: a VTIMEZONE's DTSTART must be
    an occurrence of its own RRULE."""
    nth, weekday = _nth(local), local.weekday()
    days = [d for d in calendar.Calendar().itermonthdates(year, local.month)
            if d.month == local.month and d.weekday() == weekday]
    day = days[-1] if nth == -1 else days[nth - 1]
    return datetime.combine(day, local.time())


def vtimezone(tz: ZoneInfo, year: int) -> list[str]:
    """A VTIMEZONE for `tz`, with yearly rules taken from `year`'s clock changes."""
    key = str(tz.key)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{key}"]
    changes = _transitions(tz, year)
    if not changes:
        offset = datetime(year, 1, 1, tzinfo=tz).utcoffset() or timedelta(0)
        name = datetime(year, 1, 1, tzinfo=tz).tzname() or key
        return [*lines, "BEGIN:STANDARD", "DTSTART:19700101T000000",
                f"TZOFFSETFROM:{_offset(offset)}", f"TZOFFSETTO:{_offset(offset)}",
                f"TZNAME:{escape(name)}", "END:STANDARD", "END:VTIMEZONE"]
    for change in changes:
        before = (change - timedelta(minutes=1)).astimezone(tz)
        after = change.astimezone(tz)
        old = before.utcoffset() or timedelta(0)
        new = after.utcoffset() or timedelta(0)
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        # DTSTART is the local time just before the change, in the old offset.
        local_start = (change + old).replace(tzinfo=None)
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{_local(_same_rule_in(1970, local_start))}",
            f"RRULE:{_yearly_rule(local_start)}",
            f"TZOFFSETFROM:{_offset(old)}",
            f"TZOFFSETTO:{_offset(new)}",
            f"TZNAME:{escape(after.tzname() or key)}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def first_day(recurrence: Recurrence) -> date:
    """The first day the repeat really falls on: RFC 5545 counts DTSTART as an occurrence
    even when it is not one of the BYDAY days, so DTSTART must be a real occurrence."""
    day = recurrence.start
    for _ in range(7 * recurrence.interval + 31):
        if recurrence.occurs_on(day):
            return day
        day += timedelta(days=1)
    return recurrence.start


def rrule(recurrence: Recurrence, until: str | None) -> str:
    parts = [f"FREQ={FREQ[recurrence.frequency]}"]
    if recurrence.interval != 1:
        parts.append(f"INTERVAL={recurrence.interval}")
    if recurrence.frequency is Frequency.WEEKLY:
        days = recurrence.weekdays or (recurrence.start.weekday(),)
        parts.append("BYDAY=" + ",".join(BYDAY[d] for d in sorted(days)))
        parts.append("WKST=MO")  # the app counts "every 2 weeks" in Monday-start weeks
    if recurrence.frequency is Frequency.MONTHLY and recurrence.start.day > 28:
        month_days = ",".join(str(d) for d in range(28, recurrence.start.day + 1))
        parts.append(f"BYMONTHDAY={month_days};BYSETPOS=-1")
    if until:
        parts.append(f"UNTIL={until}")
    return "RRULE:" + ";".join(parts)


def _sentence(text: str) -> str:
    """First letter upper case only ("Every week on Tuesday", not "on tuesday")."""
    return text[:1].upper() + text[1:] + "."


def _event(uid: str, stamp: str, summary: str, body: list[str],
           description: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", *body,
             f"SUMMARY:{escape(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    lines.append("END:VEVENT")
    return lines


def _timed(local: datetime, tz: ZoneInfo | None, minutes: int) -> list[str]:
    """DTSTART and DTEND of a timed event at the wall-clock time `local` (naive)."""
    end = local + timedelta(minutes=minutes)
    if tz is not None:
        return [f"DTSTART;TZID={tz.key}:{_local(local)}", f"DTEND;TZID={tz.key}:{_local(end)}"]
    return [f"DTSTART:{_utc(local.replace(tzinfo=UTC))}",
            f"DTEND:{_utc(end.replace(tzinfo=UTC))}"]


def _end_of(day: date, tz: ZoneInfo | None) -> str:
    return _utc(datetime.combine(day, time(23, 59, 59), tzinfo=tz or UTC))


def appointment_event(item: Appointment, stamp: str, tz: ZoneInfo | None) -> list[str]:
    """One appointment: its place, who with, the questions to ask and the notes."""
    local = item.at.astimezone(tz).replace(tzinfo=None) if tz is not None else (
        item.at.astimezone(UTC).replace(tzinfo=None))
    minutes = int(item.duration.total_seconds() // 60)
    body = _timed(local, tz, minutes)
    if item.where:
        body.append(f"LOCATION:{escape(item.where)}")
    body.append("STATUS:CANCELLED" if item.cancelled else "STATUS:CONFIRMED")
    words = []
    if item.with_whom:
        words.append(f"With: {item.with_whom}")
    if item.questions:
        words.append("Questions I want to ask:\n" + "\n".join(f"- {q}" for q in item.questions))
    if item.notes:
        words.append(f"Notes: {item.notes}")
    if not item.cancelled:
        body += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(item.what_for)}",
                 "TRIGGER:-PT1H", "END:VALARM"]
    return _event(f"appointment-{item.id}@health-planner", stamp, item.what_for, body,
                  "\n\n".join(words))


def last_dose_day(medicine: Medicine) -> date | None:
    """The last day a dose is due: the course end, or the day before it was stopped."""
    ends = [d for d in (medicine.course_end,
                        medicine.stopped - timedelta(days=1) if medicine.stopped else None)
            if d is not None]
    return min(ends) if ends else None


def dose_events(medicine: Medicine, stamp: str, tz: ZoneInfo | None, today: date
                ) -> Iterator[list[str]]:
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
    if medicine.weekdays:
        rule = ("RRULE:FREQ=WEEKLY;BYDAY="
                + ",".join(BYDAY[d] for d in sorted(medicine.weekdays)) + ";WKST=MO")
    else:
        rule = "RRULE:FREQ=DAILY"
    if last is not None:
        rule += f";UNTIL={_end_of(last, tz)}"
    what = " ".join(x for x in (medicine.name, medicine.strength) if x)
    summary = f"Take {what}" + (f": {medicine.dose}" if medicine.dose else "")
    description = medicine.reason and f"For: {medicine.reason}"
    for at in sorted(medicine.times):
        body = [*_timed(datetime.combine(first, at), tz, 5), rule, "TRANSP:TRANSPARENT",
                "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(summary)}",
                "TRIGGER:PT0M", "END:VALARM"]
        yield _event(f"dose-{medicine.id}-{at:%H%M%S}@health-planner", stamp, summary, body,
                     description)


def calendar_lines(vault: Vault, *, at: datetime | None = None,
                   zone_name: str | None = None) -> Iterator[str]:
    """Unfolded content lines of the whole calendar."""
    stamp = _utc(at or utc_now())
    tz = zone(zone_name)
    yield from ("BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Health Planner")
    if tz is not None:
        yield f"X-WR-TIMEZONE:{tz.key}"
        yield from vtimezone(tz, (at or utc_now()).year)

    for reminder in vault.reminders.all():
        if not reminder.enabled:
            continue
        rec = reminder.recurrence
        start_day = first_day(rec)
        local = datetime.combine(start_day, reminder.at)
        if tz is not None:
            dtstart = f"DTSTART;TZID={tz.key}:{_local(local)}"
            end_local = local + timedelta(minutes=15)
            dtend = f"DTEND;TZID={tz.key}:{_local(end_local)}"
            until_at = (datetime.combine(rec.until, time(23, 59, 59), tzinfo=tz)
                        if rec.until else None)
        else:
            moment = local.replace(tzinfo=UTC)
            dtstart = f"DTSTART:{_utc(moment)}"
            dtend = f"DTEND:{_utc(moment + timedelta(minutes=15))}"
            until_at = (datetime.combine(rec.until, time(23, 59, 59), tzinfo=UTC)
                        if rec.until else None)
        body = [dtstart, dtend, rrule(rec, _utc(until_at) if until_at else None)]
        yield from _event(f"reminder-{reminder.id}@health-planner", stamp, reminder.title,
                          [*body, "BEGIN:VALARM", "ACTION:DISPLAY",
                           f"DESCRIPTION:{escape(reminder.title)}", "TRIGGER:PT0M",
                           "END:VALARM"],
                          _sentence(rec.describe()))

    for appointment in vault.appointments.all():
        yield from appointment_event(appointment, stamp, tz)
    today = (at or utc_now()).astimezone(tz or UTC).date()
    for medicine in vault.medicines.all(include_stopped=True):
        for event in dose_events(medicine, stamp, tz, today):
            yield from event

    current = vault.plans.current()
    if current is None:
        yield "END:VCALENDAR"
        return
    plan = current.plan
    if plan.review_date is not None:
        day = plan.review_date
        yield from _event(
            f"plan-review-{plan.id}@health-planner", stamp, "Review my care and support plan",
            [f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
             f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"],
            f"Talk about {plan.title.lower()} with "
            f"{plan.coordinator or 'your care coordinator'}.",
        )
    for action in plan.actions:
        if action.done:
            continue
        who = f"Who: {action.who}." if action.who else ""
        if action.recurrence is not None:
            rec = action.recurrence
            start = first_day(rec)
            until = f"{rec.until:%Y%m%d}" if rec.until else None
            yield from _event(
                f"action-{action.id}@health-planner", stamp, action.text,
                [f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
                 f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}", rrule(rec, until),
                 "TRANSP:TRANSPARENT"],
                " ".join(x for x in (_sentence(rec.describe()), who) if x),
            )
        elif action.due is not None:
            yield from _event(
                f"action-{action.id}@health-planner", stamp, action.text,
                [f"DTSTART;VALUE=DATE:{action.due:%Y%m%d}",
                 f"DTEND;VALUE=DATE:{action.due + timedelta(days=1):%Y%m%d}",
                 "TRANSP:TRANSPARENT"],
                who,
            )
    yield "END:VCALENDAR"


def export_ics(vault: Vault, *, at: datetime | None = None,
               zone_name: str | None = None) -> bytes:
    return b"".join(fold(line) for line in calendar_lines(vault, at=at, zone_name=zone_name))


def write_ics(vault: Vault, out: Path, *, zone_name: str | None = None) -> int:
    """Write atomically; returns the number of events."""
    data = export_ics(vault, zone_name=zone_name)
    atomic_write(out, data)
    return data.count(b"BEGIN:VEVENT")
