"""Headless commands that write or read the day-to-day record: `log`, `show`, `verify`.

`show today|goals|plan|logs` print plain text from the same services the Today, Goals, Plan and
Logs screens use (`show summary` is printed by cli/meds.py, beside the medicines it lists).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from cli.common import IO, Command, open_vault, parse_day, parse_time
from planner.errors import InputError
from planner.services.progress import direction_word, goal_progress
from planner.services.today import today
from planner.vault import KdfParams, Vault
from planner.vault.logs import LogFilter


def cmd_log(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    from planner.domain.tracker import LogEntry

    at = parse_time(args.at) if args.at else datetime.now(UTC)
    with open_vault(args, io, kdf) as vault:
        if not vault.trackers.all(include_archived=True):
            raise InputError(
                "This profile has no trackers yet. Add one first, e.g. 'health-planner tracker "
                "add Weight --unit kg', then log it."
            )
        tracker = vault.trackers.by_key(args.tracker)
        try:
            entry = LogEntry.for_tracker(tracker, args.value, at=at, note=args.note)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        vault.logs.add(entry)
        io.say(f"Logged {tracker.label}: {tracker.format(entry.value, entry.text)}.")
    return 0


def _show_today(vault: Vault, io: IO) -> None:
    info = today(vault)
    io.say(f"Today, {info.day:%A %d %B %Y}")
    io.say()
    io.say("To do today:" if info.due else "Nothing is due today.")
    labels = {"action": "Plan", "reminder": "Reminder", "check-in": "Check-in"}
    for item in info.due:
        when = f" at {item.at:%H:%M}" if item.at else ""
        io.say(f"  - {labels[item.kind]}: {item.title}{when}")
    io.say()
    io.say("Trackers:")
    for t in info.trackers:
        done = "logged today" if t.logged_today else "not logged today"
        streak = f", {t.streak} days in a row" if t.streak > 1 else ""
        latest = f" (last: {t.latest})" if t.latest else ""
        io.say(f"  - {t.label}: {done}{streak}{latest}")
    if info.review:
        io.say()
        if info.review.overdue:
            io.say(f"Your plan review was due on {info.review.on:%d %B %Y}.")
        else:
            io.say(
                f"Your next plan review is on {info.review.on:%d %B %Y} "
                f"(in {info.review.days_left} days)."
            )


def _show_goals(vault: Vault, io: IO) -> None:
    goals = vault.goals.all()
    if not goals:
        io.say("No goals yet.")
    for goal in goals:
        io.say(f"{goal.title} [{goal.status.value}]")
        if goal.why:
            io.say(f"  Why it matters: {goal.why}")
        if goal.measure:
            tracker = vault.trackers.get(goal.measure.tracker_id)
            target = tracker.format(goal.measure.target, None)
            io.say(f"  Target: {target} {direction_word(goal.measure.direction)}")
            progress = goal_progress(vault, goal)
            if progress and progress.latest is not None:
                state = "target met" if progress.met else f"{progress.fraction:.0%} of the way"
                io.say(f"  Latest: {tracker.format(progress.latest, None)} ({state})")
        if goal.due:
            io.say(f"  Due: {goal.due:%d %B %Y}")


def _show_plan(vault: Vault, io: IO) -> None:
    current = vault.plans.current()
    if current is None:
        io.say("No care and support plan yet.")
        return
    plan = current.plan
    io.say(f"{plan.title} (version {current.version}, saved {current.saved_at:%d %B %Y})")
    if current.agreed_with:
        io.say(
            f"Agreed with {current.agreed_with}"
            + (f" on {current.agreed_on:%d %B %Y}" if current.agreed_on else "")
        )
    io.say("\nWhat matters to me:")
    for text in plan.what_matters:
        io.say(f"  - {text}")
    io.say("\nMy goals:")
    for goal_id in plan.goal_ids:
        try:
            io.say(f"  - {vault.goals.get(goal_id).title}")
        except InputError:
            continue
    io.say("\nWhat I will do:")
    for action in plan.actions:
        how = f" ({action.recurrence.describe()})" if action.recurrence else ""
        io.say(f"  - {action.text}{how}")
    io.say("\nWho supports me:")
    for s in plan.supporters:
        contact = ", ".join(x for x in (s.phone, s.email) if x)
        io.say(
            f"  - {s.name}"
            + (f", {s.role}" if s.role else "")
            + (f": {contact}" if contact else "")
        )
    c = plan.contingency
    io.say("\nIf things go wrong:")
    for label, text in (
        ("Warning signs", c.warning_signs),
        ("What I will do", c.what_i_do),
        ("Who to contact", c.who_to_contact),
        ("Urgent help", c.crisis_numbers),
    ):
        if text:
            io.say(f"  {label}: {text}")
    if plan.review_date:
        io.say(f"\nReview date: {plan.review_date:%d %B %Y}")
    if plan.coordinator:
        io.say(f"Care coordinator: {plan.coordinator}")


def _show_logs(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    tracker_id = vault.trackers.by_key(args.tracker).id if args.tracker else None
    filt = LogFilter(tracker_id, parse_day(args.start), parse_day(args.end, end=True))
    trackers = {t.id: t for t in vault.trackers.all(include_archived=True)}
    entries = vault.logs.find(filt, limit=max(1, args.limit))
    if not entries:
        io.say("No log entries found.")
    for e in entries:
        tracker = trackers[e.tracker_id]
        note = f"  ({e.note})" if e.note else ""
        by = f"  [entered by {e.author} (carer)]" if e.author else ""
        io.say(
            f"{e.at.astimezone():%Y-%m-%d %H:%M}  {tracker.label}: "
            f"{tracker.format(e.value, e.text)}{note}{by}"
        )


def cmd_show(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        if args.what == "today":
            _show_today(vault, io)
        elif args.what == "goals":
            _show_goals(vault, io)
        elif args.what == "plan":
            _show_plan(vault, io)
        elif args.what == "summary":
            from cli.meds import show_summary

            show_summary(vault, io)
        else:
            _show_logs(args, vault, io)
    return 0


def cmd_verify(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        problems = vault.verify()
        if not problems and vault.logs.check_days():
            vault.logs.rebuild_days()
            io.say("The daily summary behind streaks and long charts was out of step with "
                   "your log entries; it has been rebuilt from them (the entries were intact).")
        cipher = vault.store.query("PRAGMA cipher_version")[0][0]
        version = vault.store.schema_version
    if problems:
        io.say(f"The vault has {len(problems)} problem(s):")
        for p in problems[:20]:
            io.say(f"  - {p}")
        raise InputError("The vault is damaged. Restore it from a backup.")
    io.say(f"The vault is sound (schema version {version}, SQLCipher {cipher}).")
    return 0


def add_show_parsers(sub: Any) -> None:
    """Add `log`, `show` and `verify` to `sub`; their functions are in SHOW_COMMANDS."""
    log = sub.add_parser("log", help="log a value for a tracker, e.g. 'log weight 82.5'")
    log.add_argument("tracker", help="tracker name, e.g. weight, steps, mood")
    log.add_argument("value", help="number, 0-10, yes/no, or text, by tracker")
    log.add_argument(
        "--at", metavar="TIME", help="when (ISO 8601, e.g. 2026-03-01T08:30); default now"
    )
    log.add_argument("--note", metavar="TEXT", default="", help="a note to keep with it")

    show = sub.add_parser(
        "show", help="print today, goals, the plan, logs or my health summary as plain text"
    )
    show.add_argument("what", choices=["today", "goals", "plan", "logs", "summary"])
    show.add_argument("--tracker", help="logs: only this tracker")
    show.add_argument("--from", dest="start", metavar="DATE", help="logs: from this date")
    show.add_argument("--to", dest="end", metavar="DATE", help="logs: up to this date")
    show.add_argument("--limit", type=int, default=50, help="logs: at most this many (50)")

    sub.add_parser("verify", help="check the vault's encryption and integrity")


SHOW_COMMANDS: dict[str, Command] = {
    "log": cmd_log,
    "show": cmd_show,
    "verify": cmd_verify,
}
