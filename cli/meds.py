"""Headless commands for medicines, appointments and the health summary (issue #13).

    health-planner meds list|add|take|skip|stop
    health-planner appointments list|add
    health-planner show summary            (printed by `show_summary`, called from `cmd_show`)

Same style and contract as the other verb groups: each command opens the profile (through
cli/common.py), does one thing and prints plain text; wrong input raises an `InputError` (exit code
2, one line on stderr). Times typed without a zone are this PC's local time; dose times ("08:00")
are wall-clock times in the person's zone (`planner.services.doses.local_zone`). Every command that
reads or writes doses first records the doses missed since the last run (`mark_missed`), so what is
shown is current.

Wiring: cli/main.py calls `add_med_parsers(sub)`, and its `table()` adds `**meds.MED_COMMANDS`.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from cli.common import IO, Command, open_vault, parse_date, parse_time, shown, valid
from planner.domain.appointment import Appointment
from planner.domain.medicine import Medicine, MedicineForm
from planner.errors import InputError
from planner.services import doses as dose_service
from planner.vault import KdfParams, Vault

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _now() -> datetime:
    return datetime.now(UTC)


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{shown(text)}' is not a time of day like 08:00.") from None


def _weekdays(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    days = []
    for part in text.lower().replace(" ", "").split(","):
        if part[:3] not in WEEKDAYS:
            raise InputError(f"days: '{shown(part)}' is not a day (use mon,tue,...,sun).")
        days.append(WEEKDAYS.index(part[:3]))
    return tuple(sorted(set(days)))


def _due(text: str, zone: tzinfo, now: datetime) -> datetime:
    """A dose's due time: "08:00" (today) or a date and time, in the person's zone."""
    if "T" not in text and " " not in text and len(text) <= 8:
        return datetime.combine(now.astimezone(zone).date(), _clock(text), tzinfo=zone)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{shown(text)}' is not a time like 08:00 or 2026-03-01T08:00.") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def find_medicine(vault: Vault, name: str) -> Medicine:
    """The medicine called `name` (any case); a current one before a stopped one."""
    wanted = name.strip().casefold()
    found = [m for m in vault.medicines.all() if m.name.casefold() == wanted]
    if not found:
        raise InputError(f"There is no medicine called '{shown(name)}'. 'meds list' shows them.")
    current = [m for m in found if m.active]
    return (current or found)[0]


def _times(m: Medicine) -> str:
    if m.as_needed:
        return "when needed"
    when = " and ".join(f"{t:%H:%M}" for t in sorted(m.times))
    if m.weekdays:
        when += " on " + ", ".join(WEEKDAYS[d].capitalize() for d in m.weekdays)
    return f"at {when}"


def _label(m: Medicine) -> str:
    return " ".join(x for x in (m.name, m.strength) if x)


def _rate(a: dose_service.Adherence) -> str:
    return "-" if a.rate is None else f"{a.rate:.0%}"


# -- meds -----------------------------------------------------------------------------------


def _meds_list(vault: Vault, io: IO, zone: tzinfo, now: datetime) -> None:
    medicines = vault.medicines.all()
    if not medicines:
        io.say("No medicines yet. Add one with 'health-planner meds add NAME --at 08:00'.")
        return
    current = [m for m in medicines if m.active]
    stopped = [m for m in medicines if not m.active]
    today = dose_service.doses_on(vault, now.astimezone(zone).date(), zone, current)
    if current:
        io.say("Medicines I take:")
    for m in current:
        dose = f", {m.dose}" if m.dose else ""
        io.say(f"  {_label(m)}{dose}, {_times(m)}")
        if m.reason:
            io.say(f"    For: {m.reason}")
        if m.prescriber:
            io.say(f"    Prescribed by: {m.prescriber}")
        if m.course_end:
            io.say(f"    Until: {m.course_end:%d %B %Y}")
        if m.concept_id:
            io.say(f"    Code (dm+d / SNOMED CT): {m.concept_id}")
        if m.stock is not None:
            low = " - running low, time to order more" if m.running_low else ""
            refill = f" (order more at {m.refill_at})" if m.refill_at is not None else ""
            io.say(f"    Left: {m.stock}{refill}{low}")
        mine = [d for d in today if d.medicine.id == m.id]
        if mine:
            states = ", ".join(
                f"{d.due:%H:%M} {d.status.value if d.status else 'to take'}" for d in mine
            )
            io.say(f"    Today: {states}")
        if not m.as_needed:
            windows = dose_service.adherence_windows(vault, m.id, now)
            io.say(
                "    Taken as planned: "
                + ", ".join(f"{_rate(a)} over {days} days" for days, a in windows.items())
            )
    if stopped:
        io.say("Stopped:")
    for m in stopped:
        why = f": {m.stop_reason}" if m.stop_reason else ""
        when = f" on {m.stopped:%d %B %Y}" if m.stopped else ""
        io.say(f"  {_label(m)}, stopped{when}{why}")


def _meds_add(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    times = tuple(_clock(t) for t in args.at or ())
    if args.as_needed and times:
        raise InputError("Give either --at times or --as-needed, not both.")
    wanted = args.name.strip().casefold()
    if any(m.active and m.name.casefold() == wanted for m in vault.medicines.all()):
        raise InputError(f"There is already a medicine called '{shown(args.name)}'.")
    started = parse_date(args.start, "start") if args.start else date.today()
    fields: dict[str, Any] = {
        "name": args.name,
        "strength": args.strength,
        "form": MedicineForm(args.form),
        "dose": args.dose,
        "times": times,
        "weekdays": _weekdays(args.days),
        "as_needed": args.as_needed,
        "reason": args.reason,
        "prescriber": args.prescriber,
        "started": started,
        "course_end": parse_date(args.until, "until") if args.until else None,
        "concept_id": args.code,
        "stock": args.stock,
        "refill_at": args.refill_at,
    }
    medicine = valid(lambda: Medicine.model_validate(fields))
    vault.medicines.save(medicine)
    io.say(f"Added {_label(medicine)}, {_times(medicine)}.")


def _meds_take(args: argparse.Namespace, vault: Vault, io: IO, zone: tzinfo, now: datetime) -> None:
    medicine = find_medicine(vault, args.name)
    if not medicine.active:
        raise InputError(f"'{shown(medicine.name)}' was stopped; it has no doses to take.")
    at = parse_time(args.at) if args.at else now
    if at > now + timedelta(minutes=5):
        raise InputError("--at is in the future; a dose is recorded once it has been taken.")
    if args.due and medicine.as_needed:
        raise InputError(f"'{shown(medicine.name)}' is taken when needed; leave out --due.")
    if args.due:
        due: datetime | None = _checked_due(medicine, _due(args.due, zone, now))
    else:
        due = dose_service.dose_to_take(vault, medicine, at, zone)
    record = vault.doses.take(medicine, due, at, note=args.note)
    which = f" (the {due:%H:%M} dose)" if due is not None else ""
    io.say(f"Took {medicine.name}{which} at {record.at.astimezone(zone):%H:%M}.")
    _say_stock(vault, io, medicine)


def _checked_due(medicine: Medicine, due: datetime) -> datetime:
    day = due.date()
    if due.time() not in medicine.scheduled_on(day):
        raise InputError(
            f"{shown(medicine.name)} has no dose at {due:%H:%M} on {day:%d %B %Y} "
            f"(it is taken {_times(medicine)})."
        )
    return due


def _say_stock(vault: Vault, io: IO, medicine: Medicine) -> None:
    after = vault.medicines.get(medicine.id)
    if after is None or after.stock is None:
        return
    if after.running_low:
        io.say(f"{after.stock} left: running low, time to order more.")
    else:
        io.say(f"{after.stock} left.")


def _meds_skip(args: argparse.Namespace, vault: Vault, io: IO, zone: tzinfo, now: datetime) -> None:
    medicine = find_medicine(vault, args.name)
    if medicine.as_needed:
        raise InputError(
            f"'{shown(medicine.name)}' is taken when needed; there is no dose to skip."
        )
    if not args.reason.strip():
        raise InputError("reason: say why the dose is skipped.")
    if args.due:
        due = _checked_due(medicine, _due(args.due, zone, now))
    else:
        found = dose_service.dose_to_take(vault, medicine, now, zone)
        assert found is not None
        due = found
    valid(lambda: vault.doses.skip(medicine, due, args.reason, at=now))
    io.say(f"Skipped {medicine.name} (the {due:%H:%M} dose).")


def _meds_stop(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    medicine = find_medicine(vault, args.name)
    if not medicine.active:
        raise InputError(f"'{shown(medicine.name)}' is already stopped.")
    if not args.reason.strip():
        raise InputError("reason: say why it is stopped (for your GP and your own record).")
    on = parse_date(args.on, "on") if args.on else date.today()
    stopped = valid(lambda: medicine.edit(stopped=on, stop_reason=args.reason))
    vault.medicines.save(stopped)
    io.say(f"Stopped {medicine.name} on {on:%d %B %Y}.")


def cmd_meds(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    zone = dose_service.local_zone()
    now = _now()
    with open_vault(args, io, kdf) as vault:
        if args.action == "add":
            _meds_add(args, vault, io)
            return 0
        dose_service.mark_missed(vault, now, zone=zone)
        if args.action == "list":
            _meds_list(vault, io, zone, now)
        elif args.action == "take":
            _meds_take(args, vault, io, zone, now)
        elif args.action == "skip":
            _meds_skip(args, vault, io, zone, now)
        else:
            _meds_stop(args, vault, io)
    return 0


# -- appointments ----------------------------------------------------------------------------


def _say_appointment(io: IO, a: Appointment, zone: tzinfo) -> None:
    who = f" with {a.with_whom}" if a.with_whom else ""
    where = f" at {a.where}" if a.where else ""
    off = " (cancelled)" if a.cancelled else ""
    io.say(f"  {a.at.astimezone(zone):%a %d %b %Y %H:%M}  {a.what_for}{who}{where}{off}")
    for q in a.questions:
        io.say(f"    Ask: {q}")
    if a.notes:
        io.say(f"    Notes: {a.notes}")
    for f in a.follow_ups:
        io.say(f"    Follow up: {f}")


def cmd_appointments(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    zone = dose_service.local_zone()
    now = _now()
    with open_vault(args, io, kdf) as vault:
        if args.action == "add":
            at = parse_time(args.at)
            fields: dict[str, Any] = {
                "at": at,
                "what_for": args.what_for,
                "with_whom": args.with_whom,
                "where": args.where,
                "questions": tuple(args.question or ()),
                "duration": timedelta(minutes=args.minutes),
            }
            appointment = valid(lambda: Appointment.model_validate(fields))
            vault.appointments.save(appointment)
            io.say(
                f"Added {appointment.what_for} on "
                f"{appointment.at.astimezone(zone):%A %d %B %Y at %H:%M}."
            )
            return 0
        everything = vault.appointments.all()
        coming = dose_service.upcoming_appointments(vault, now)
        coming_ids = {a.id for a in coming}
        past = [a for a in everything if a.id not in coming_ids and a.at < now]
        if not everything:
            io.say("No appointments yet.")
        if coming:
            io.say("Coming up:")
        for a in coming:
            _say_appointment(io, a, zone)
        if past:
            io.say("Past:")
        for a in reversed(past):
            _say_appointment(io, a, zone)
    return 0


# -- show summary --------------------------------------------------------------------------


def show_summary(vault: Vault, io: IO) -> None:
    """The health summary ("About me") as plain text, with the medicines taken now."""
    s = vault.summary.get()
    person = vault.person.get()
    io.say(f"About me{': ' + person.display_name if person else ''}")
    io.say()
    io.say("Conditions:" if s.conditions else "Conditions: none recorded.")
    for c in s.conditions:
        since = f", since {c.onset:%B %Y}" if c.onset else ""
        code = f" [SNOMED CT {c.concept_id}]" if c.concept_id else ""
        over = " (resolved)" if c.resolved else ""
        io.say(f"  - {c.name}{since}{over}{code}")
        if c.note:
            io.say(f"    {c.note}")
    io.say("Allergies and intolerances:" if s.allergies else "Allergies: none recorded.")
    for a in s.allergies:
        kind = "intolerance" if a.intolerance else "allergy"
        severity = f", {a.severity.value}" if a.severity else ""
        reaction = f": {a.reaction}" if a.reaction else ""
        io.say(f"  - {a.substance} ({kind}{severity}){reaction}")
    medicines = vault.medicines.all(include_stopped=False)
    io.say("Medicines:" if medicines else "Medicines: none recorded.")
    for m in medicines:
        dose = f", {m.dose}" if m.dose else ""
        io.say(f"  - {_label(m)}{dose}, {_times(m)}")
    if s.communication_support:
        from planner.share.report import LABELS  # only when there is something to say

        io.say("I need:")
        for need in s.communication_support:
            io.say(f"  - {LABELS['need_' + need.value]}")
    for label, text in (
        ("Communication needs", s.communication_needs),
        ("My carer", s.carer),
        ("What I want people to know about me", s.about_me),
    ):
        if text:
            io.say(f"{label}: {text}")
    if s.contacts:
        io.say("In an emergency, contact:")
    for contact in s.contacts:
        rel = f" ({contact.relationship})" if contact.relationship else ""
        phone = f": {contact.phone}" if contact.phone else ""
        io.say(f"  - {contact.name}{rel}{phone}")


# -- parsers -----------------------------------------------------------------------------


def add_med_parsers(subparsers: Any) -> None:
    """Add `meds` and `appointments` to `subparsers`; their functions are in MED_COMMANDS."""
    meds = subparsers.add_parser("meds", help="list, add, take, skip or stop medicines")
    msub = meds.add_subparsers(dest="action", metavar="ACTION", required=True)
    msub.add_parser("list", help="your medicines, today's doses, stock and adherence")

    add = msub.add_parser("add", help="add a medicine, e.g. 'meds add Ramipril --at 08:00'")
    add.add_argument("name", help="the name you know it by")
    add.add_argument("--strength", default="", help='what the label says, e.g. "5 mg"')
    add.add_argument(
        "--form", default=MedicineForm.TABLET.value, choices=[f.value for f in MedicineForm]
    )
    add.add_argument("--dose", default="", help='how much each time, e.g. "1 tablet"')
    add.add_argument(
        "--at", action="append", metavar="HH:MM", help="a time to take it (repeat for each time)"
    )
    add.add_argument("--as-needed", action="store_true", help="no set times: taken when needed")
    add.add_argument("--days", metavar="DAYS", help="only on these days, e.g. mon,thu")
    add.add_argument("--reason", default="", help="why you take it")
    add.add_argument("--prescriber", default="", help="who prescribed it")
    add.add_argument("--start", metavar="DATE", help="first day (default today)")
    add.add_argument("--until", metavar="DATE", help="last day of the course, if it ends")
    add.add_argument("--code", metavar="ID", help="dm+d or SNOMED CT code from the label")
    add.add_argument("--stock", type=int, metavar="N", help="doses you have left")
    add.add_argument("--refill-at", type=int, metavar="N", help="remind me at this many left")

    take = msub.add_parser("take", help="record a dose as taken")
    take.add_argument("name")
    take.add_argument("--at", metavar="TIME", help="when you took it (default now)")
    take.add_argument(
        "--due", metavar="TIME", help="which dose, e.g. 08:00 (default today's nearest open dose)"
    )
    take.add_argument("--note", default="", metavar="TEXT")

    skip = msub.add_parser("skip", help="record a dose as skipped, with the reason")
    skip.add_argument("name")
    skip.add_argument("--reason", required=True, help="why you skipped it")
    skip.add_argument("--due", metavar="TIME", help="which dose (default today's nearest)")

    stop = msub.add_parser("stop", help="stop a medicine, with the reason")
    stop.add_argument("name")
    stop.add_argument("--reason", required=True, help="why it was stopped")
    stop.add_argument("--on", metavar="DATE", help="the day it stopped (default today)")

    apps = subparsers.add_parser("appointments", help="list or add appointments")
    asub = apps.add_subparsers(dest="action", metavar="ACTION", required=True)
    asub.add_parser("list", help="coming and past appointments, with questions and notes")
    new = asub.add_parser("add", help="add an appointment with the questions to ask")
    new.add_argument(
        "--at", required=True, metavar="TIME", help="when, e.g. 2026-03-01T09:30 (this PC's time)"
    )
    new.add_argument("--for", dest="what_for", required=True, metavar="TEXT", help="what it is for")
    new.add_argument("--with", dest="with_whom", default="", metavar="WHO")
    new.add_argument("--where", default="", metavar="PLACE")
    new.add_argument(
        "--question", action="append", metavar="TEXT", help="a question to ask (repeat for each)"
    )
    new.add_argument("--minutes", type=int, default=30, help="how long (default 30)")


MED_COMMANDS: dict[str, Command] = {
    "meds": cmd_meds,
    "appointments": cmd_appointments,
}
