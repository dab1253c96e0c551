"""One exception hierarchy for the core, documented in one place (the httpx way).

`InputError` and its subclasses mean "the person's input was wrong": the command line maps them
to exit code 2 and one line on stderr, the GUI to a message box. Every message is written for the
person, in plain English, and never contains health data, because messages end up in logs.
"""

import unicodedata

SHOWN_LENGTH = 40


def shown(value: object, limit: int = SHOWN_LENGTH) -> str:
    """A value from outside (a file's cell, a file's name) as it may appear in a message: control
    and format characters (escape codes, bidi overrides, line breaks) removed, and cut to `limit`
    characters with an ellipsis. A hostile file cannot then paint the terminal, reorder the line
    or bury it under 100,000 characters. Every import error that repeats a value goes through
    this one helper (docs/SECURITY.md, "Local edges")."""
    text = str(value)
    head = text[: limit * 4]  # enough to fill `limit` after removals, without reading it all
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in head
        if ch.isspace() or not unicodedata.category(ch).startswith("C")
    )
    if len(kept) <= limit and len(head) == len(text):
        return kept
    return kept[: limit - 1] + "…"


class PlannerError(Exception):
    """Something went wrong inside the planner (exit code 1)."""


class InputError(PlannerError):
    """The person's input was wrong; nothing was changed (exit code 2)."""


class WrongPassphrase(InputError):
    """The passphrase or recovery code does not open this profile."""


class ProfileNotFound(InputError):
    """No profile has that name in the data folder."""


class ProfileExists(InputError):
    """A profile with that name is already in the data folder."""


class CorruptVault(InputError):
    """The vault file is damaged, truncated or not a Health Planner vault."""


class InvalidFile(InputError):
    """A file given to import or restore is not something we can read."""


class ValidationFailed(InputError):
    """Data did not pass validation; `problems` lists each one for the person."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = problems or []


class DoseAlreadyRecorded(InputError):
    """That dose of a medicine is already recorded as taken, skipped or missed."""
