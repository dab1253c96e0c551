"""iCalendar export: the file is read back with the `icalendar` library and checked for the
events, RRULEs that mean what the app means, UNTIL, TZID with its VTIMEZONE, escaping and
line folding."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from planner.domain.appointment import Appointment
from planner.domain.plan import Action, CarePlan
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder
from planner.share import ics
from planner.vault import Vault

STAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events(data: bytes) -> list[Event]:
    return [e for e in parse(data).walk("VEVENT") if isinstance(e, Event)]


def by_summary(data: bytes) -> dict[str, Event]:
    return {str(e["SUMMARY"]): e for e in events(data)}


def unfolded(data: bytes) -> list[str]:
    """The content lines as written, folds undone (to see the escaping on the wire)."""
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def test_lines_are_crlf_and_at_most_75_octets(demo: Vault) -> None:
    title = "اپنی دوائی لیں اور پانی پئیں، پھر تھوڑی دیر چہل قدمی کریں 🚶 " * 3
    demo.reminders.save(Reminder(
        title=title, at=time(9),
        recurrence=Recurrence(frequency=Frequency.DAILY, start=date(2026, 1, 1))))
    data = ics.export_ics(demo, at=STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in physical:
        line.decode("utf-8")  # no character was split across a fold
    cal = parse(data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"] == ics.PRODID
    assert title.strip() in by_summary(data)  # the folds come undone exactly


def test_a_200_character_description_folds_at_75_octets(demo: Vault) -> None:
    notes = ("Bring the blood pressure diary and the list of tablets; ask about the "
             "dizzy spells in the morning. ") * 2
    notes = (notes + "é" * 200)[:200]
    assert len(notes) == 200
    demo.appointments.save(Appointment(at=datetime(2026, 4, 2, 9, 0, tzinfo=UTC),
                                       what_for="Long notes", notes=notes))
    data = ics.export_ics(demo, at=STAMP)
    lines = data.split(b"\r\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(b"DESCRIPTION:Notes: Bring"))
    block = [lines[start]]
    while lines[start + len(block)].startswith(b" "):
        block.append(lines[start + len(block)])
    assert len(block) >= 3 and all(len(line) <= 75 for line in block)
    assert len(block[0]) >= 70  # folded at the limit, not early
    assert str(by_summary(data)["Long notes"]["DESCRIPTION"]) == f"Notes: {notes}"


def test_commas_semicolons_backslashes_and_newlines_are_escaped(demo: Vault) -> None:
    title = "Walk, talk; rest\\ now"
    demo.reminders.save(Reminder(
        title=title, at=time(9),
        recurrence=Recurrence(frequency=Frequency.DAILY, start=date(2026, 1, 1))))
    demo.appointments.save(Appointment(
        at=datetime(2026, 4, 2, 9, 0, tzinfo=UTC), what_for="Clinic; bloods",
        where="Room 3, Bow Health Centre; Bow Road", questions=("Why, and when?", "Is it ok;"),
        notes="First line\nsecond line"))
    data = ics.export_ics(demo, at=STAMP)
    wire = unfolded(data)
    assert "SUMMARY:Walk\\, talk\\; rest\\\\ now" in wire
    assert "LOCATION:Room 3\\, Bow Health Centre\\; Bow Road" in wire
    description = next(x for x in wire if x.startswith("DESCRIPTION:Questions"))
    assert description == ("DESCRIPTION:Questions I want to ask:\\n- Why\\, and when?\\n"
                           "- Is it ok\\;\\n\\nNotes: First line\\nsecond line")
    found = by_summary(data)
    clinic = found["Clinic; bloods"]
    assert str(clinic["LOCATION"]) == "Room 3, Bow Health Centre; Bow Road"
    assert str(clinic["DESCRIPTION"]).endswith("- Is it ok;\n\nNotes: First line\nsecond line")
    assert title in found


def test_demo_calendar_has_reminders_actions_and_the_review(demo: Vault) -> None:
    found = by_summary(ics.export_ics(demo, at=STAMP))
    assert {"Take my tablets", "Weigh myself", "How am I feeling? (check-in)",
            "Review my care and support plan", "Walk with Priya",
            "Go to the Tuesday lunch club at St Mary's"} <= set(found)
    tablets = found["Take my tablets"]
    assert tablets["RRULE"] == {"FREQ": ["DAILY"]}
    assert tablets["DTSTART"].params["TZID"] == "Europe/London"
    start = tablets.decoded("DTSTART")
    assert start.tzinfo is not None and start.time() == time(8)
    assert start.utcoffset() == start.astimezone(LONDON).utcoffset()
    assert tablets.decoded("DTEND") - start == timedelta(minutes=15)
    (alarm,) = tablets.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm.decoded("TRIGGER") == timedelta(0)
    walk = found["Walk with Priya"]
    assert walk["RRULE"] == {"FREQ": ["WEEKLY"], "BYDAY": ["TU", "TH"], "WKST": ["MO"]}
    assert walk["DTSTART"].params["VALUE"] == "DATE" and walk["TRANSP"] == "TRANSPARENT"
    assert type(walk.decoded("DTSTART")) is date
    review = found["Review my care and support plan"]
    plan = demo.plans.current()
    assert plan is not None and plan.plan.review_date is not None
    assert review.decoded("DTSTART") == plan.plan.review_date
    assert str(review["UID"]) == f"plan-review-{plan.plan.id}@health-planner"
    assert all(e.decoded("DTSTAMP") == STAMP for e in found.values())


def test_uids_are_stable_so_a_second_import_updates(demo: Vault) -> None:
    first = events(ics.export_ics(demo, at=STAMP))
    again = events(ics.export_ics(demo, at=STAMP + timedelta(days=3)))
    uids = [str(e["UID"]) for e in first]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in again]
    reminder = demo.reminders.all()[0]
    assert f"reminder-{reminder.id}@health-planner" in uids


def test_london_times_carry_a_tzid_with_a_vtimezone_that_follows_the_eu_rules(
    demo: Vault,
) -> None:
    cal = parse(ics.export_ics(demo, at=STAMP))
    assert cal["X-WR-TIMEZONE"] == "Europe/London"
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/London"
    assert cal.get_missing_tzids() == set()  # every TZID used has its VTIMEZONE
    assert cal.get_used_tzids() == {"Europe/London"}
    assert cal.subcomponents.index(vtimezone) < cal.subcomponents.index(cal.walk("VEVENT")[0])
    # the VTIMEZONE alone (not the name) gives London's offsets, twice a month and on both
    # sides of each change (the last Sundays of March and October) for ZONE_YEARS years
    own = vtimezone.to_tz(lookup_tzid=False)
    days = []
    for year in range(STAMP.year, STAMP.year + ics.ZONE_YEARS):
        days += [date(year, month, day) for month in range(1, 13) for day in (1, 15)]
        for month in (3, 10):
            last_sunday = date(year, month, 31) - timedelta(days=(date(year, month, 31).weekday()
                                                                    + 1) % 7)
            days += [last_sunday - timedelta(days=1), last_sunday]
    for day in days:
        moment = datetime.combine(day, time(12))
        assert moment.replace(tzinfo=own).utcoffset() == \
            moment.replace(tzinfo=LONDON).utcoffset(), day
    # ... from before the first event that uses it
    first = min(s.decoded("DTSTART") for s in vtimezone.subcomponents)
    starts = [e.decoded("DTSTART") for e in cal.walk("VEVENT")]
    assert first <= min(s.replace(tzinfo=None) for s in starts if isinstance(s, datetime))
    assert own.utcoffset(first.replace(month=7, day=1)) == timedelta(hours=1)


def test_zone_without_clock_changes_and_missing_zone(demo: Vault) -> None:
    karachi = parse(ics.export_ics(demo, at=STAMP, zone_name="Asia/Karachi"))
    (vtimezone,) = karachi.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Asia/Karachi" and not vtimezone.walk("DAYLIGHT")
    assert {s.decoded("TZOFFSETTO") for s in vtimezone.walk("STANDARD")} == {timedelta(hours=5)}
    utc_only = ics.export_ics(demo, at=STAMP, zone_name="Nowhere/Atlantis")
    assert not parse(utc_only).walk("VTIMEZONE") and b"TZID=" not in utc_only
    tablets = by_summary(utc_only)["Take my tablets"]
    assert tablets.decoded("DTSTART").utcoffset() == timedelta(0)
    assert tablets.decoded("DTSTART").time() == time(8)
    assert b"T080000Z" in tablets["DTSTART"].to_ical()


def test_until_is_utc_for_timed_events_and_a_date_for_all_day_ones(demo: Vault) -> None:
    rec = Recurrence(frequency=Frequency.DAILY, interval=2, start=date(2026, 6, 1),
                     until=date(2026, 7, 31))
    demo.reminders.save(Reminder(title="Stretch", at=time(18, 30), recurrence=rec))
    current = demo.plans.current()
    assert current is not None
    plan: CarePlan = current.plan.edit(actions=(
        Action(text="Swim", recurrence=rec).model_dump(),
        Action(text="Done already", recurrence=rec, done=True).model_dump()))
    demo.plans.save(plan)
    data = ics.export_ics(demo, at=STAMP)
    found = by_summary(data)
    # 23:59:59 on 31 July in London (BST) is 22:59:59 UTC
    stretch = found["Stretch"]["RRULE"]
    assert stretch["FREQ"] == ["DAILY"] and stretch["INTERVAL"] == [2]
    assert stretch["UNTIL"] == [datetime(2026, 7, 31, 22, 59, 59, tzinfo=UTC)]
    assert b"UNTIL=20260731T225959Z" in stretch.to_ical()
    swim = found["Swim"]["RRULE"]
    assert swim["UNTIL"] == [date(2026, 7, 31)] and b"UNTIL=20260731;" in swim.to_ical() + b";"
    assert "Done already" not in found


def test_disabled_reminders_are_left_out(demo: Vault) -> None:
    first = demo.reminders.all()[0]
    demo.reminders.save(first.edit(enabled=False))
    assert first.title not in by_summary(ics.export_ics(demo, at=STAMP))


# -- RRULE means what Recurrence means ---------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    frequency=st.sampled_from(list(Frequency)),
    interval=st.integers(1, 4),
    weekdays=st.sets(st.integers(0, 6), max_size=3),
    start=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
    length=st.one_of(st.none(), st.integers(0, 400)),
)
def test_rrule_matches_recurrence(frequency: Frequency, interval: int, weekdays: set[int],
                                  start: date, length: int | None) -> None:
    rec = Recurrence(
        frequency=frequency, interval=interval, start=start,
        weekdays=tuple(sorted(weekdays)) if frequency is Frequency.WEEKLY else (),
        until=start + timedelta(days=length) if length is not None else None,
    )
    dtstart = ics.first_day(rec)
    rule = ics.rrule(rec, rec.until).to_ical().decode()
    # dateutil (a dependency of icalendar) expands the RRULE text as RFC 5545 says
    expanded = rrulestr(rule, dtstart=datetime.combine(dtstart, time()))
    end = datetime.combine(start + timedelta(days=499), time())
    said = {d.date() for d in expanded.between(datetime.combine(start, time()), end, inc=True)}
    meant = {start + timedelta(days=n) for n in range(500)
             if rec.occurs_on(start + timedelta(days=n))}
    assert said == meant, (rule, dtstart)


def test_no_hand_written_folding_or_escaping_is_left() -> None:
    assert not {"fold", "escape", "vtimezone", "calendar_lines"} & set(dir(ics))
