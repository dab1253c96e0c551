"""One exception hierarchy for the core, documented in one place (the httpx way).

`InputError` and its subclasses mean "the person's input was wrong": the command line maps them
to exit code 2 and one line on stderr, the GUI to a message box. Every message is written for the
person, in plain English, and never contains health data, because messages end up in logs.
"""


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
