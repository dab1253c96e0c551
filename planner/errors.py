"""One exception hierarchy for the core, documented in one place (the httpx way).

`InputError` and its subclasses mean "the person's input was wrong": the command line maps them
to exit code 2 and one line on stderr, the GUI to a message box. Every message is written for the
person, in plain English, and never contains health data, because messages end up in logs.
"""

SHOWN_LENGTH = 40


def shown(value: object, limit: int = SHOWN_LENGTH) -> str:
    """A value from outside (a file's cell, a file's name) as it may appear in a message: control
    and format characters (escape codes, bidi overrides, line breaks) removed, and cut to `limit`
    characters with an ellipsis. A hostile file cannot then paint the terminal, reorder the line
    or bury it under 100,000 characters. Every import error that repeats a value goes through
    this one helper (docs/SECURITY.md, "Local edges")."""
    # Imported here: this module loads before the app's first paint, and `unicodedata` is a
    # shared library of its own that only a message about a file's value needs (#22).
    import unicodedata

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


class StorageError(InputError):
    """The drive that holds the profile or a file let us down: it is full, read-only, refuses
    access, or went away (a USB stick pulled out). Nothing was changed. `kind` is one of
    FULL, READ_ONLY, NO_ACCESS, GONE; `target` is PROFILE or FILE (an export or a backup). The
    UI translates the sentence for each pair (ui/forms.py CORE_MESSAGES); `storage_error` is
    the one place an operating-system or SQLite failure becomes one of these."""

    FULL = "full"
    READ_ONLY = "read_only"
    NO_ACCESS = "no_access"
    GONE = "gone"
    PROFILE = "profile"
    FILE = "file"

    def __init__(self, kind: str, target: str = PROFILE) -> None:
        super().__init__(STORAGE_MESSAGES[kind, target])
        self.kind = kind
        self.target = target


STORAGE_MESSAGES = {
    ("full", "profile"): "There is no space left on the drive that holds this profile. "
    "Free some space, then try again. Nothing was lost.",
    ("full", "file"): "There is no space left on the drive you chose for the file. "
    "Free some space or choose another place, then try again.",
    ("read_only", "profile"): "The drive that holds this profile is read-only, so nothing "
    "can be saved. It may be a USB stick with its lock switch on.",
    ("read_only", "file"): "The drive you chose for the file is read-only. Choose another "
    "place, then try again.",
    ("no_access", "profile"): "This computer does not let Health Planner save in the folder "
    "that holds this profile, so nothing can be saved.",
    ("no_access", "file"): "This computer does not let Health Planner save in the folder you "
    "chose. Choose another place, then try again.",
    ("gone", "profile"): "The drive that holds this profile went away, so Health Planner "
    "stopped saving and locked the profile. Put it back, then open the profile again.",
    ("gone", "file"): "The drive you chose for the file went away. Put it back or choose "
    "another place, then try again.",
}

# errno values and SQLite's own words for the same faults (SQLite reports ENOSPC as "database
# or disk is full", EROFS as "attempt to write a readonly database", EIO as "disk I/O error").
_ERRNO_KINDS = {
    "ENOSPC": StorageError.FULL,
    "EDQUOT": StorageError.FULL,
    "EFBIG": StorageError.FULL,
    "EROFS": StorageError.READ_ONLY,
    "EACCES": StorageError.NO_ACCESS,
    "EPERM": StorageError.NO_ACCESS,
    "EIO": StorageError.GONE,
    "ENODEV": StorageError.GONE,
    "ENXIO": StorageError.GONE,
    "ENOENT": StorageError.GONE,
    "ESTALE": StorageError.GONE,
}
_SQLITE_KINDS = (
    ("database or disk is full", StorageError.FULL),
    ("readonly database", StorageError.READ_ONLY),
    ("disk i/o error", StorageError.GONE),
    ("unable to open database file", StorageError.GONE),
)


def storage_error(
    exc: BaseException, target: str = StorageError.PROFILE, where: object = None
) -> StorageError | None:
    """The `StorageError` an OSError (by errno) or a SQLite error (by its words) means, or None
    when it is not a drive's fault. ENOENT counts as a vanished drive only for the profile: a
    missing export folder is the person's choice of place, said elsewhere. SQLite says "disk
    I/O error" for a full drive too (its -shm file cannot grow), so with `where` (a folder on
    the drive) a generic I/O error is told apart: a full drive, read-only media, or gone."""
    import errno as errnos

    if isinstance(exc, StorageError):
        return exc
    kind: str | None = None
    if isinstance(exc, OSError) and exc.errno is not None:
        name = errnos.errorcode.get(exc.errno, "")
        kind = _ERRNO_KINDS.get(name)
        if name == "ENOENT" and target != StorageError.PROFILE:
            return None
    elif type(exc).__name__ in {"OperationalError", "DatabaseError"}:
        words = str(exc).lower()
        kind = next((k for needle, k in _SQLITE_KINDS if needle in words), None)
        if kind is None and where is not None and any(w in words for w in _TORN_READS):
            # A read cut short by a drive going away reaches SQLCipher as a page that fails
            # its HMAC ("malformed"). Only when the drive is gone is that what it means.
            kind = StorageError.GONE if _why_io_failed(where, gone_only=True) else None
    if kind is None:
        return None
    if kind == StorageError.GONE and where is not None:
        kind = _why_io_failed(where)
    return StorageError(kind, target)


_TORN_READS = ("database disk image is malformed", "file is not a database")


def _why_io_failed(where: object, *, gone_only: bool = False) -> str:
    """FULL, READ_ONLY or GONE for the drive holding `where`; with `gone_only`, GONE when it
    cannot be asked at all, else "" (the drive is there)."""
    import os

    if not hasattr(os, "statvfs"):  # Windows
        return "" if gone_only else StorageError.GONE
    try:
        found = os.statvfs(str(where))
    except OSError:
        return StorageError.GONE
    if gone_only:
        return ""
    if found.f_flag & os.ST_RDONLY:
        return StorageError.READ_ONLY
    if found.f_bavail * found.f_frsize < 64 * 1024:
        return StorageError.FULL
    return StorageError.GONE


class ReadOnly(InputError):
    """This profile is open through a carer's view-only access: it can be read and exported,
    never changed. `Vault` raises it before any write reaches the database (issue #24)."""

    def __init__(self, message: str = "This access is view only: nothing can be changed.") -> None:
        super().__init__(message)


class AccessEnded(InputError):
    """A carer's access to a profile has ended (its end date passed) or was taken back."""
