"""The pieces every headless command shares: IO, passphrases, opening a vault, reading dates.

One module, so each verb group (cli/profiles.py, cli/show.py, cli/sharing.py, ...) opens a
profile, asks for a passphrase and reads a date the same way, and a carer's batch file meets one
set of rules. The commands are the scriptable twin of the GUI's operations and call the same core
(`planner`), so a batch file and the app never disagree about what a command does.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TextIO, TypeVar

from pydantic import ValidationError

from planner.errors import InputError, ProfileNotFound
from planner.paths import data_dir
from planner.vault import KdfParams, Profiles, Vault

T = TypeVar("T")
SHOWN = 40
FIELD_WORDS = {
    "concept_id": "code",
    "refill_at": "refill-at",
    "started": "start",
    "course_end": "until",
    "what_for": "for",
    "with_whom": "with",
    "booking_ref": "ubrn",
}

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
    if getattr(args, "carer", None):
        return open_as_carer(profiles, name, args, io)
    reading = getattr(args, "command", None) in READING_COMMANDS
    vault = profiles.unlock(name, Secrets(args, io).current(), read_only=reading)
    if vault.read_only is not None and reading:
        print(f"health-planner: {vault.read_only} Opened read-only.", file=io.stderr)
    return vault


def open_as_carer(profiles: Profiles, name: str, args: argparse.Namespace, io: IO) -> Vault:
    """`--carer CARER`: unlock the carer's own profile with their passphrase and open `name`
    through the access its person gave them (issue #24). A view grant opens it read-only:
    a write then fails with one line saying the access is view only (exit code 2)."""
    from planner.vault.access import Access

    profiles.header(args.carer)
    carer = profiles.unlock(args.carer, Secrets(args, io).current())
    try:
        return Access(profiles).open_for(carer, name)
    finally:
        carer.lock()


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


def parse_date(text: str, what: str) -> date:
    """A day typed as 2026-03-01; `what` names the option in the message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what}: '{shown(text)}' is not a date like 2026-03-01.") from None


def valid(build: Callable[[], T]) -> T:
    """Build a domain object; a validation failure becomes one plain sentence (exit code 2)."""
    try:
        return build()
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
        where = first.get("loc") or ()
        field = str(where[0]) if where else ""
        word = FIELD_WORDS.get(field, field.replace("_", "-"))
        raise InputError(f"{word}: {message}" if word else message) from None


def shown(text: str) -> str:
    """Typed text repeated in a message: one line, at most 40 characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= SHOWN else flat[: SHOWN - 1] + "…"


Command = Callable[[argparse.Namespace, IO, KdfParams | None], int]
