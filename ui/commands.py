"""Headless subcommands: each opens the profile it needs, does one thing, prints plain text.

These functions are the scriptable twin of the GUI's operations and call the same core
(`planner`), so a carer's batch file and the app never disagree about what a command does.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TextIO

from planner import demo
from planner.errors import InputError, ProfileNotFound
from planner.paths import data_dir
from planner.services.progress import direction_word, goal_progress
from planner.services.today import today
from planner.vault import KdfParams, Profiles, Vault
from planner.vault.logs import LogFilter

ENV_PASSPHRASE = "HEALTH_PLANNER_PASSPHRASE"  # noqa: S105 - a variable name
ENV_NEW_PASSPHRASE = "HEALTH_PLANNER_NEW_PASSPHRASE"  # noqa: S105 - a variable name


@dataclass
class IO:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    def say(self, text: str = "") -> None:
        print(text, file=self.stdout)


class Secrets:
    """Passphrases from, in order: standard input (one per line), the environment, a prompt.

    Standard input is read line by line as needed, so `passwd` can take the old and the new
    passphrase from two lines of the same pipe.
    """

    def __init__(self, args: argparse.Namespace, io: IO) -> None:
        self._stdin = io.stdin if args.passphrase_stdin else None
        self._io = io

    def _line(self) -> str | None:
        if self._stdin is None:
            return None
        line = self._stdin.readline()
        if not line:
            raise InputError("Expected a passphrase on standard input, found none.")
        return line.rstrip("\r\n")

    def _prompt(self, label: str, confirm: bool = False) -> str:
        if not self._io.stdin.isatty():
            raise InputError(
                f"No passphrase given. Use --passphrase-stdin or set {ENV_PASSPHRASE}."
            )
        first = getpass.getpass(label)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise InputError("The two passphrases do not match.")
        return first

    def recovery_code(self) -> str:
        line = self._line()
        if line is not None:
            return line
        if not self._io.stdin.isatty():
            raise InputError("Give the recovery code with --code or on standard input.")
        return getpass.getpass("Recovery code: ")

    def current(self) -> str:
        line = self._line()
        if line is not None:
            return line
        if os.environ.get(ENV_PASSPHRASE):
            return os.environ[ENV_PASSPHRASE]
        return self._prompt("Passphrase: ")

    def new(self, *, first_use: bool) -> str:
        """A new passphrase. For a new profile it is the 'current' one; for a change, the
        second line or HEALTH_PLANNER_NEW_PASSPHRASE."""
        line = self._line()
        if line is not None:
            return line
        env = ENV_PASSPHRASE if first_use else ENV_NEW_PASSPHRASE
        if os.environ.get(env):
            return os.environ[env]
        return self._prompt("New passphrase: ", confirm=True)


def registry(args: argparse.Namespace, kdf: KdfParams | None) -> Profiles:
    return Profiles(data_dir(args.data_dir), kdf=kdf)


def profile_name(args: argparse.Namespace, profiles: Profiles) -> str:
    if args.profile:
        return str(args.profile)
    names = profiles.names()
    if len(names) == 1:
        return names[0]
    if not names:
        raise ProfileNotFound(
            "There are no profiles here yet. Create one with "
            "'health-planner profile create NAME' or try 'health-planner demo'."
        )
    raise InputError(
        f"There is more than one profile. Choose one with --profile NAME ({', '.join(names)})."
    )


# Commands that only read: when another copy of the app holds the profile they open it
# read-only (and say so on stderr) instead of refusing.
READING_COMMANDS = frozenset({"show", "verify", "export"})


def open_vault(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> Vault:
    profiles = registry(args, kdf)
    name = profile_name(args, profiles)
    profiles.header(name)  # a missing profile is reported before asking for a passphrase
    reading = getattr(args, "command", None) in READING_COMMANDS
    vault = profiles.unlock(name, Secrets(args, io).current(), read_only=reading)
    if vault.read_only is not None and reading:
        print(f"health-planner: {vault.read_only} Opened read-only.", file=io.stderr)
    return vault


def parse_time(text: str) -> datetime:
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{text}' is not a date and time like 2026-03-01T08:30.") from None
    if at.tzinfo is None:
        at = at.astimezone()  # a time typed without a zone means this PC's local time
    return at.astimezone(UTC)


def parse_day(text: str | None, *, end: bool = False) -> datetime | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{text}' is not a date like 2026-03-01.") from None
    moment = datetime.combine(day + timedelta(days=1) if end else day, time.min).astimezone()
    return moment.astimezone(UTC)


# -- commands ---------------------------------------------------------------------------


def cmd_profile(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    profiles = registry(args, kdf)
    secrets = Secrets(args, io)
    if args.action == "list":
        for name in profiles.names():
            io.say(name)
        return 0
    if args.action == "create":
        vault, code = profiles.create(args.name, secrets.new(first_use=True))
        vault.lock()
        io.say(f"Created the profile '{args.name}'.")
        io.say("Your recovery code (write it down and keep it safe; it is shown only once):")
        io.say(f"  {code.text}")
        return 0
    if args.action == "delete":
        profiles.header(args.name)
        if not args.yes:
            if not io.stdin.isatty():
                raise InputError("Deleting a profile needs --yes when not run at a keyboard.")
            answer = input(f"Delete '{args.name}' and everything in it? Type DELETE: ")
            if answer.strip() != "DELETE":
                io.say("Nothing was deleted.")
                return 0
        profiles.delete(args.name)
        io.say(f"Deleted the profile '{args.name}'.")
        return 0
    if args.action == "passwd":
        profiles.header(args.name)
        old = secrets.current()
        profiles.change_passphrase(args.name, old, secrets.new(first_use=False))
        io.say("Passphrase changed.")
        return 0
    # recover
    profiles.header(args.name)
    typed = args.code or secrets.recovery_code()
    vault, new_code = profiles.recover(args.name, typed, secrets.new(first_use=False))
    vault.lock()
    io.say("Passphrase reset. Your old recovery code no longer works. Your new one is:")
    io.say(f"  {new_code.text}")
    return 0


def cmd_demo(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    profiles = registry(args, kdf)
    if profiles.exists(demo.DEMO_NAME):
        io.say(
            f"The profile '{demo.DEMO_NAME}' already exists (passphrase '{demo.DEMO_PASSPHRASE}')."
        )
        return 0
    from ui.demo_profile import create_demo

    with create_demo(profiles) as vault:
        entries = vault.logs.count()
    io.say(
        f"Created the profile '{demo.DEMO_NAME}' (passphrase '{demo.DEMO_PASSPHRASE}') "
        f"with {entries} log entries."
    )
    return 0


def cmd_log(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    from planner.domain.tracker import LogEntry

    at = parse_time(args.at) if args.at else datetime.now(UTC)
    with open_vault(args, io, kdf) as vault:
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
        io.say(
            f"{e.at.astimezone():%Y-%m-%d %H:%M}  {tracker.label}: "
            f"{tracker.format(e.value, e.text)}{note}"
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
            from ui.med_commands import show_summary

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


Command = Callable[[argparse.Namespace, IO, KdfParams | None], int]


def table() -> dict[str, Command]:
    """Every headless command by name; feature modules add theirs here."""
    from ui import med_commands, screenshots, share_commands, social_commands, sync_commands

    return {
        "profile": cmd_profile,
        "demo": cmd_demo,
        "log": cmd_log,
        "show": cmd_show,
        "verify": cmd_verify,
        "sync": sync_commands.cmd_sync,
        "consent": sync_commands.cmd_consent,
        **share_commands.SHARE_COMMANDS,
        **med_commands.MED_COMMANDS,
        **social_commands.SOCIAL_COMMANDS,
        "screenshots": screenshots.cmd_screenshots,
    }


def run(args: argparse.Namespace, io: IO, *, kdf: KdfParams | None) -> int:
    return table()[args.command](args, io, kdf)
