"""What every import shares: reading a file safely, collecting problems, one-transaction writes.

The rule for every import (CSV, FHIR, backup) is "check everything, then write everything in
one transaction": a person who imports a file with one bad row out of 5,000 gets a list of what
to fix and an unchanged profile, never half an import they then have to find and undo.
"""

from __future__ import annotations

import codecs
import math
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from planner.errors import InvalidFile, ValidationFailed, shown
from planner.share.checked import CheckedCsv
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.vault.bulk import insert_all
from planner.vault.present import leave_out_present
from planner.vault.snapshot import Snapshot
from planner.vault.vault import Vault


def file_name(path: Path) -> str:
    """The file's name as messages show it: a name can hold escape codes or run long too."""
    return shown(path.name, 60)


_NOT_FILES = (
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(name: str, mode: int) -> InvalidFile:
    if stat.S_ISDIR(mode):
        return InvalidFile(f"'{name}' is a folder, not a file.")
    what = next((label for test, label in _NOT_FILES if test(mode)), "not an ordinary file")
    return InvalidFile(
        f"'{name}' is {what}, not a saved file, so it was not read. Choose a file you saved."
    )


def _read(path: Path, count: int) -> bytes:
    """Up to `count` bytes, with the operating system's complaints in plain words.

    Only an ordinary file is read. A pipe (a FIFO) would wait for a writer for ever and a
    device such as /dev/zero never ends, freezing the import, or the app's one vault worker with
    it; both are refused at once. The file is opened without waiting (O_NONBLOCK) and checked on
    the open handle, so nothing swapped in between the check and the open can hang it either.
    """
    name = file_name(path)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_a_file(name, mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InvalidFile(f"There is no file called '{name}' there.") from None
    except IsADirectoryError:
        raise InvalidFile(f"'{name}' is a folder, not a file.") from None
    except PermissionError:
        raise InvalidFile(f"The planner is not allowed to read '{name}'.") from None
    except OSError as exc:
        raise InvalidFile(f"'{name}' could not be read ({exc.strerror}).") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_a_file(name, mode)
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            return handle.read(count)
    except OSError as exc:
        raise InvalidFile(f"'{name}' could not be read ({exc.strerror}).") from None
    finally:
        if fd >= 0:
            os.close(fd)


def read_head(path: Path, count: int = 64) -> bytes:
    """The first bytes, to tell a backup from a JSON or CSV file without reading it all."""
    return _read(path, count)


def read_limited(path: Path, max_bytes: int, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refusing before reading when it is bigger than `max_bytes`."""
    name = file_name(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # _read below reports what is wrong in plain words
    if path.is_dir():
        raise InvalidFile(f"'{name}' is a folder, not a file.")
    if size > max_bytes:
        raise InvalidFile(
            f"'{name}' is too big to import ({limits.describe_bytes(size)}; "
            f"the most is {limits.describe_bytes(max_bytes)}). Export a shorter period."
        )
    data = _read(path, max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we looked
        raise InvalidFile(f"'{name}' is too big to import.")
    return data


CSV_ADVICE = "Save it as 'CSV UTF-8' and try again."


def decode_utf8(data: bytes, name: str, advice: str = CSV_ADVICE) -> str:
    """UTF-8 text (a leading byte-order mark is allowed, as Excel writes one).

    Anything else is refused with a message naming the line, because guessing an encoding turns
    "café" into "cafÃ©" without anyone noticing until a GP reads it. `advice` says what to do
    for this kind of file (a JSON file is not fixed by saving it as 'CSV UTF-8').
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(data) >= 2 and (data[0] == 0 or data[1] == 0)
    ):
        raise InvalidFile(f"'{name}' is saved as UTF-16, not UTF-8. {advice}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InvalidFile(
            f"'{name}' is not UTF-8 text (line {line} has a character the planner cannot read). "
            f"{advice}"
        ) from None


# -- what kind of file is it? ---------------------------------------------------------------

KIND_LABELS = {
    "backup": "Health Planner backup",
    "fhir": "FHIR file",
    "csv": "CSV file",
    "apple_health": "Apple Health export",
    "google_fit": "Google Fit file",
}
KINDS_READ = (
    "a Health Planner backup, a FHIR file, a CSV file or a phone health export (Apple Health's "
    "export.zip, or Google Fit's daily activity CSV from Google Takeout)"
)


def none_of_them(path: Path, empty: bool = False) -> InvalidFile:
    """The refusal for a file that is none of the kinds the planner reads: it lists them."""
    name = file_name(path)
    if empty:
        return InvalidFile(f"'{name}' is empty. The planner reads {KINDS_READ}.")
    return InvalidFile(f"'{name}' is not {KINDS_READ}.")
_SUFFIXES = {
    ".hpbackup": "backup",
    ".json": "fhir",
    ".csv": "csv",
    ".xml": "apple_health",
}
ZIP_MAGIC = b"PK\x03\x04"
HEAD_BYTES = 4096
# Google Fit's "Daily activity metrics" CSVs (Google Takeout) start with one of these columns.
FIT_FIRST_COLUMNS = (b"date,", b"start time,")
FIT_COLUMNS = (b"move minutes count", b"step count", b"heart points", b"calories (kcal)")


def _looks_binary(head: bytes) -> bool:
    """Not text; UTF-16 text (a spreadsheet's "Unicode text") is text, refused by decode_utf8
    with the advice to save it as CSV UTF-8."""
    sample = head[:64]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(sample) >= 4 and (not any(sample[0::2]) or not any(sample[1::2]))
    ):
        return False
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 4  # a character cut by the end of the head is fine
    return False


def sniff_kind(path: Path, head: bytes, backup_magic: bytes) -> str:
    """The kind of file, from its first bytes and its name together: content first (names lie:
    'export.csv.txt'), the name where the content cannot say (an empty or cut-short file).

    Returns one of KIND_LABELS' keys, "zip" (look inside), or raises InvalidFile naming every
    kind the planner reads when the file is none of them.
    """
    suffix = path.suffix.lower()
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(backup_magic) or (head and backup_magic.startswith(head)):
        return "backup"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if not head:
        if suffix in _SUFFIXES:
            return _SUFFIXES[suffix]
        if suffix == ".zip":
            return "zip"
        raise none_of_them(path, empty=True)
    if suffix == ".hpbackup":
        return "backup"  # not starting with the backup's mark: a damaged backup
    first_line = text.split(b"\n", 1)[0].lower().replace(b'"', b"")
    if first_line.startswith(FIT_FIRST_COLUMNS) and any(c in first_line for c in FIT_COLUMNS):
        return "google_fit"
    if suffix == ".csv":
        return "csv"  # whatever it holds, the person chose a CSV file: speak of one
    if text.startswith((b"{", b"[")):
        return "fhir"
    if text.startswith(b"<"):
        return "apple_health"
    if suffix in (".json", ".xml", ".zip"):
        return "zip" if suffix == ".zip" else _SUFFIXES[suffix]
    if _looks_binary(head):
        raise none_of_them(path)
    return "csv"


def describe_error(exc: ValidationError) -> str:
    """Pydantic's first complaint in plain words, without the value (it may be health data)."""
    first = exc.errors(include_url=False, include_input=False)[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    where = [shown(p) for p in first["loc"] if not isinstance(p, int)]
    if where and first["type"] != "value_error":
        return f"{where[-1].replace('_', ' ')}: {message}"
    return message


PROBLEM_LENGTH = 200


@dataclass
class Problems:
    """Problems found so far, each with where it was ("line 7", "entry 3"), capped for people."""

    limits: Limits = DEFAULT_LIMITS
    items: list[str] = field(default_factory=list)
    total: int = 0

    def add(self, where: str, message: str) -> None:
        """Each line is cut to PROBLEM_LENGTH, control characters removed (`shown`): the
        places that repeat a value from the file cut it shorter, and this catches any other."""
        self.total += 1
        if len(self.items) < self.limits.max_problems_listed:
            self.items.append(shown(f"{where}: {message}" if where else message, PROBLEM_LENGTH))

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self, what: str) -> None:
        """Refuse the whole file, naming the first problem so one line on a terminal helps."""
        if not self.total:
            return
        listed = list(self.items)
        if self.total > len(listed):
            listed.append(f"... and {self.total - len(listed):,} more problems")
        more = f" (and {self.total - 1:,} more)" if self.total > 1 else ""
        first = self.items[0].rstrip(".")
        raise ValidationFailed(
            f"{what} was not imported, nothing was changed: {first}{more}.", listed
        )


def finite(value: float) -> float:
    """Refuse NaN and infinity, which JSON and CSV can both smuggle in as text."""
    if not math.isfinite(value):
        raise ValueError("the value must be a real number")
    return value


@dataclass(frozen=True)
class ImportResult:
    """What an import added, for the "Imported ..." message."""

    kind: str  # "CSV", "FHIR", "backup"
    counts: dict[str, int]
    notes: tuple[str, ...] = ()
    # The dry run's parsed file, for the import that follows (planner.share.checked).
    checked: CheckedCsv | None = field(default=None, compare=False, repr=False)
    # What the file holds that the profile has already, left out (planner.vault.present).
    skipped: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        parts = [f"{n:,} {what}" for what, n in self.counts.items() if n]
        added = ", ".join(parts) if parts else "nothing new"
        return f"Imported from the {self.kind} file: {added}.{self.describe_skipped()}"

    def describe_skipped(self) -> str:
        """" Already here, not added again: 3,883 log entries." (with its leading space), or
        "" when the file held nothing the profile has."""
        parts = [f"{n:,} {what}" for what, n in self.skipped.items() if n]
        return f" Already here, not added again: {', '.join(parts)}." if parts else ""


def new_only(
    vault: Vault, snapshot: Snapshot, name: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[Snapshot, dict[str, int]]:
    """`snapshot` without what the profile holds already, and how many of each kind that was
    (planner.vault.present says when a record counts as already here). A record whose id the
    profile holds with other content refuses the whole file, nothing changed."""
    snapshot, skipped, conflicts = leave_out_present(vault, snapshot)
    problems = Problems(limits)
    for conflict in conflicts:
        problems.add("", conflict)
    problems.raise_if_any(f"'{name}'")
    return snapshot, skipped


def write_snapshot(vault: Vault, snapshot: Snapshot, kind: str, notes: Iterable[str] = ()) -> (
    ImportResult
):
    """Write in one transaction (bulk.insert_all checks clashes with what the profile holds)."""
    insert_all(vault, snapshot)
    return ImportResult(kind, snapshot.counts(), tuple(notes))
