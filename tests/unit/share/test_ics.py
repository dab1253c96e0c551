"""iCalendar export: RFC 5545 line rules, escaping, time zones and RRULEs that mean what the
app means."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.plan import Action, CarePlan
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder
from planner.share import ics
from planner.vault import Vault

STAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def unfold(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def events(lines: list[str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    depth = 0
    for line in lines:
        if line == "BEGIN:VEVENT":
            current, depth = {}, 0
        elif line == "END:VEVENT" and current is not None:
            found.append(current)
            current = None
        elif current is not None:
            if line.startswith("BEGIN:"):
                depth += 1
            elif line.startswith("END:"):
                depth -= 1
            elif depth == 0:
                name, _, value = line.partition(":")
                current[name] = value
    return found


def test_lines_are_crlf_and_at_most_75_octets(demo: Vault) -> None:
    demo.reminders.save(Reminder(
        title="اپنی دوائی لیں اور پانی پئیں، پھر تھوڑی دیر چہل قدمی کریں 🚶 " * 3,
        at=time(9), recurrence=Recurrence(frequency=Frequency.DAILY, start=date(2026, 1, 1))))
    data = ics.export_ics(demo, at=STAMP)
    assert data.endswith(b"\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in physical:
        line.decode("utf-8")  # no character was split across a fold
    lines = unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(x.startswith("PRODID:") for x in lines)


def test_text_is_escaped() -> None:
    assert ics.escape("Walk, talk; rest\\ now\nlater") == "Walk\\, talk\\; rest\\\\ now\\nlater"


def test_fold_keeps_short_lines_and_splits_long_ones() -> None:
    assert ics.fold("SUMMARY:short") == b"SUMMARY:short\r\n"
    folded = ics.fold("DESCRIPTION:" + "é" * 100)
    parts = folded.split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in parts) and all(p.startswith(b" ") for p in parts[1:])
    assert b"".join([parts[0], *(p[1:] for p in parts[1:])]).decode() == "DESCRIPTION:" + "é" * 100


def test_demo_calendar_has_reminders_actions_and_the_review(demo: Vault) -> None:
    found = events(unfold(ics.export_ics(demo, at=STAMP)))
    summaries = {e["SUMMARY"]: e for e in found}
    assert {"Take my tablets", "Weigh myself", "How am I feeling? (check-in)",
            "Review my care and support plan", "Walk with Priya",
            "Go to the Tuesday lunch club at St Mary's"} <= set(summaries)
    tablets = summaries["Take my tablets"]
    assert tablets["RRULE"] == "FREQ=DAILY"
    start_key = next(k for k in tablets if k.startswith("DTSTART"))
    assert start_key == "DTSTART;TZID=Europe/London" and tablets[start_key].endswith("T080000")
    walk = summaries["Walk with Priya"]
    assert walk["RRULE"] == "FREQ=WEEKLY;BYDAY=TU,TH;WKST=MO"
    assert "DTSTART;VALUE=DATE" in walk
    review = summaries["Review my care and support plan"]
    plan = demo.plans.current()
    assert plan is not None and plan.plan.review_date is not None
    assert review["DTSTART;VALUE=DATE"] == f"{plan.plan.review_date:%Y%m%d}"
    assert all(e["DTSTAMP"] == "20260301T120000Z" for e in found)
    assert len({e["UID"] for e in found}) == len(found)


def test_london_vtimezone_follows_the_eu_rules(demo: Vault) -> None:
    lines = unfold(ics.export_ics(demo, at=STAMP))
    start = lines.index("BEGIN:VTIMEZONE")
    block = lines[start: lines.index("END:VTIMEZONE") + 1]
    assert "TZID:Europe/London" in block
    text = "\n".join(block)
    assert "BEGIN:DAYLIGHT\nDTSTART:19700329T010000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in text
    assert "BEGIN:STANDARD\nDTSTART:19701025T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" \
        in text
    assert "TZOFFSETFROM:+0000\nTZOFFSETTO:+0100" in text


def test_zone_without_clock_changes_and_missing_zone(demo: Vault) -> None:
    karachi = unfold(ics.export_ics(demo, at=STAMP, zone_name="Asia/Karachi"))
    assert "TZOFFSETTO:+0500" in karachi and "BEGIN:DAYLIGHT" not in karachi
    utc_only = unfold(ics.export_ics(demo, at=STAMP, zone_name="Nowhere/Atlantis"))
    assert "BEGIN:VTIMEZONE" not in utc_only
    tablets = next(e for e in events(utc_only) if e["SUMMARY"] == "Take my tablets")
    assert tablets["DTSTART"].endswith("T080000Z")


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
    found = {e["SUMMARY"]: e for e in events(unfold(ics.export_ics(demo, at=STAMP)))}
    # 23:59:59 on 31 July in London (BST) is 22:59:59 UTC
    assert found["Stretch"]["RRULE"] == "FREQ=DAILY;INTERVAL=2;UNTIL=20260731T225959Z"
    assert found["Swim"]["RRULE"] == "FREQ=DAILY;INTERVAL=2;UNTIL=20260731"
    assert "Done already" not in found


def test_disabled_reminders_are_left_out(demo: Vault) -> None:
    first = demo.reminders.all()[0]
    demo.reminders.save(first.edit(enabled=False))
    summaries = {e["SUMMARY"] for e in events(unfold(ics.export_ics(demo, at=STAMP)))}
    assert first.title not in summaries


# -- RRULE means what Recurrence means ---------------------------------------------------


def rfc_occurs(rule: str, dtstart: date, day: date) -> bool:
    """RFC 5545 semantics for the RRULE subset we write, restated independently."""
    parts = dict(p.split("=", 1) for p in rule.removeprefix("RRULE:").split(";"))
    if day < dtstart:
        return False
    if "UNTIL" in parts and day > datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date():
        return False
    interval = int(parts.get("INTERVAL", "1"))
    if parts["FREQ"] == "DAILY":
        return (day - dtstart).days % interval == 0
    if parts["FREQ"] == "WEEKLY":
        weeks = ((day - timedelta(days=day.weekday()))
                 - (dtstart - timedelta(days=dtstart.weekday()))).days // 7
        days = [ics.BYDAY.index(d) for d in parts["BYDAY"].split(",")]
        return weeks % interval == 0 and day.weekday() in days
    months = (day.year - dtstart.year) * 12 + day.month - dtstart.month
    if months % interval:
        return False
    last = calendar.monthrange(day.year, day.month)[1]
    if "BYMONTHDAY" in parts:
        candidates = [int(d) for d in parts["BYMONTHDAY"].split(",") if int(d) <= last]
        return day.day == candidates[int(parts["BYSETPOS"])]
    return day.day == dtstart.day


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
    rule = ics.rrule(rec, f"{rec.until:%Y%m%d}" if rec.until else None)
    day = start
    for _ in range(500):
        assert rfc_occurs(rule, dtstart, day) == rec.occurs_on(day), (rule, dtstart, day)
        day += timedelta(days=1)
