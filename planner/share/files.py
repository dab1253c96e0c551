"""Files coming in: what kind a file is, a dry run for the preview, and the import itself.

Every import follows one rule (see `importing`): read and check everything first, then write in
one transaction, so a refused file leaves the profile exactly as it was. The preview's checked
rows are kept (`checked`) so the import after it does not parse the file again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, cast

from planner.errors import InputError, InvalidFile
from planner.share import backup, csv, fhir, phone, phone_days
from planner.share.importing import (
    HEAD_BYTES,
    KIND_LABELS,
    ImportResult,
    Problems,
    file_name,
    new_only,
    read_head,
    sniff_kind,
)
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.vault.bulk import check, has_participation
from planner.vault.vault import Vault

FileKind = Literal["backup", "fhir", "csv", "apple_health", "google_fit"]
BACKUP_HEAD = len(backup.MAGIC) + 4 + backup.MAX_HEADER + 16


def detect_kind(path: Path) -> FileKind:
    """What a file is, from its first bytes and its name together (importing.sniff_kind), so a
    refusal speaks of the right kind of file: a cut-short backup is a damaged backup, a JSON
    array a wrong FHIR file, random bytes none of the kinds (the refusal lists them). A backup's
    public header is checked here, before anyone is asked for its passphrase."""
    kind = sniff_kind(path, read_head(path, HEAD_BYTES), backup.MAGIC)
    if kind == "zip":
        kind = phone.zip_kind(path)
    if kind == "backup":
        try:
            backup.header_of(read_head(path, BACKUP_HEAD))
        except InvalidFile as exc:
            reason = str(exc)
            if "newer Health Planner" in reason or "more memory" in reason:
                raise
            raise InvalidFile(
                f"'{file_name(path)}' is a damaged Health Planner backup "
                f"({_why_damaged(reason)}), so nothing was changed. Copy it again from where "
                "it was made."
            ) from None
    return cast(FileKind, kind)


def _why_damaged(reason: str) -> str:
    if "cut short" in reason or "not a Health Planner backup" in reason:
        return "it is cut short"
    return "its header cannot be read"


@contextmanager
def naming(kind: str, path: Path) -> Iterator[None]:
    """A refusal that starts with the file's name says which kind of file it was read as
    ("The CSV file 'x.csv' ..."), so the advice that follows is read in the right light."""
    name = f"'{file_name(path)}'"
    try:
        yield
    except InputError as exc:
        message = str(exc)
        if kind == "backup" and isinstance(exc, InvalidFile) and (
            "damaged" in message or "cut short" in message
        ):
            raise InvalidFile(
                f"{name} is a damaged Health Planner backup (changed or cut short since it was "
                "made), so nothing was changed. Use another copy."
            ) from None
        if message.startswith(name) and exc.args:
            exc.args = (f"The {KIND_LABELS[kind]} {message}", *exc.args[1:])
        raise


def import_file(
    vault: Vault,
    path: Path,
    *,
    backup_passphrase: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: phone_days.Progress | None = None,
    previewed: ImportResult | None = None,
) -> ImportResult:
    """Import any file the app reads into `vault`, all or nothing.

    A backup needs `backup_passphrase`; call `detect_kind` first to know whether to ask for one.
    `progress(done, total)` hears how far a phone export's reading is, and may raise (e.g.
    phone.Cancelled) to stop it; nothing is written then. `previewed` is what `check_file`
    said of this file: a CSV file unchanged since, into an unchanged profile, is not parsed
    again (planner.share.checked).
    """
    kind = detect_kind(path)
    with naming(kind, path):
        if kind == "backup":
            if backup_passphrase is None:
                raise InputError("This is a backup file: it needs its backup passphrase.")
            return backup.import_backup(vault, path, backup_passphrase, limits)
        if kind == "fhir":
            return fhir.import_fhir(vault, path, limits)
        if kind in ("apple_health", "google_fit"):
            return phone.import_phone(vault, path, kind, limits, progress)
        return csv.import_csv(vault, path, limits, previewed.checked if previewed else None)


def check_file(
    vault: Vault,
    path: Path,
    *,
    backup_passphrase: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: phone_days.Progress | None = None,
) -> ImportResult:
    """A dry run of `import_file`: read and check the whole file the way the import does, write
    nothing, and say what the import would add (`counts`), so the person can look before
    anything changes.

    It raises what the import would raise for the file itself (ValidationFailed listing every
    bad line, InvalidFile, WrongPassphrase). CSV and FHIR records the profile holds already are
    found here too and counted in `skipped` (planner.vault.present), as the import leaves them
    out; a backup's are refused by the import itself, which then changes nothing.
    tests/unit/share/test_check_file.py keeps the two in step.
    """
    kind = detect_kind(path)
    with naming(kind, path):
        if kind in ("apple_health", "google_fit"):
            return phone.check_phone(vault, path, kind, limits, progress)
        return _check_file(vault, path, kind, backup_passphrase, limits)


def _check_file(
    vault: Vault, path: Path, kind: FileKind, backup_passphrase: str | None, limits: Limits
) -> ImportResult:
    have = vault.trackers.all(include_archived=True)
    notes: list[str] = []
    skipped: dict[str, int] = {}
    if kind == "backup":
        if backup_passphrase is None:
            raise InputError("This is a backup file: it needs its backup passphrase.")
        snapshot = backup.read_backup(path, backup_passphrase, limits).snapshot
        if snapshot.has_participation and has_participation(vault):
            snapshot = snapshot.model_copy(update={"consents": (), "outbox": (), "sync_state": ()})
            notes.append("Your own choices about taking part, in this profile, will be kept.")
        label = "backup"
    elif kind == "fhir":
        bundle = fhir.read_bundle_file(path, limits)
        snapshot, notes = fhir.parse_bundle(bundle, have, file_name(path), limits)
        snapshot, skipped = new_only(vault, snapshot, file_name(path), limits)
        label = "FHIR"
    else:
        # Every rule `check` applies to log entries, parse_csv applied to each row (known
        # tracker, a value it accepts, no id twice or already here): nothing to check again.
        checked = csv.read_csv(vault, path, limits)
        return ImportResult("CSV", csv.counts(checked.entries), checked=checked,
                            skipped=csv.skipped_counts(checked.skipped))
    problems = Problems(limits)
    for problem in check(snapshot, have):
        problems.add("", problem)
    problems.raise_if_any(f"'{file_name(path)}'")
    if vault.person.get() is not None and snapshot.person is not None:
        notes.append("Your own details in this profile will be kept.")
    return ImportResult(label, snapshot.counts(), tuple(notes), skipped=skipped)


__all__ = ["FileKind", "check_file", "detect_kind", "import_file", "naming"]
