"""Sharing: what leaves the vault and what comes into it.

Out: the GP summary (`report`, HTML that ui/printing.py prints to PDF), FHIR R4 (`fhir`), log
entries as CSV (`csv`), reminders and plan dates as iCalendar (`ics`), and the portable
encrypted backup (`backup`). In: the app's own FHIR Bundles, CSV log entries and backups.

Every import follows one rule (see `importing`): read and check everything first, then write in
one transaction, so a refused file leaves the profile exactly as it was. Every export is written
atomically (planner.atomic), so a failure half way leaves no partial file and no older file
damaged. Size limits live in `limits`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from planner.errors import InputError, InvalidFile
from planner.share import backup, csv, fhir, ics, report
from planner.share.importing import (
    ImportResult,
    Problems,
    decode_utf8,
    file_name,
    read_head,
    read_limited,
)
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.share.report import ReportOptions, build_report, chart_series, chart_svg
from planner.vault.bulk import Snapshot, check, existing_log_ids, has_participation
from planner.vault.vault import Vault

FileKind = Literal["backup", "fhir", "csv"]


def detect_kind(path: Path) -> FileKind:
    """What a file is, from its first bytes, because names lie ('export.csv.txt'). Anything
    that is neither a backup nor JSON is read as CSV, whose checks explain what is wrong."""
    head = read_head(path)
    if backup.is_backup(head):
        return "backup"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "fhir"
    return "csv"


def import_file(
    vault: Vault,
    path: Path,
    *,
    backup_passphrase: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportResult:
    """Import any file the app reads into `vault`, all or nothing.

    A backup needs `backup_passphrase`; call `detect_kind` first to know whether to ask for one.
    """
    kind = detect_kind(path)
    if kind == "backup":
        if backup_passphrase is None:
            raise InputError("This is a backup file: it needs its backup passphrase.")
        return backup.import_backup(vault, path, backup_passphrase, limits)
    if kind == "fhir":
        return fhir.import_fhir(vault, path, limits)
    return csv.import_csv(vault, path, limits)


def check_file(
    vault: Vault,
    path: Path,
    *,
    backup_passphrase: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportResult:
    """A dry run of `import_file`: read and check the whole file the way the import does, write
    nothing, and say what the import would add (`counts`), so the person can look before
    anything changes.

    It raises what the import would raise for the file itself (ValidationFailed listing every
    bad line, InvalidFile, WrongPassphrase). CSV rows already in the profile are found here too;
    for FHIR and backups, records the profile already holds are refused by the import itself,
    which then changes nothing. tests/unit/share/test_check_file.py keeps the two in step.
    """
    kind = detect_kind(path)
    have = vault.trackers.all(include_archived=True)
    notes: list[str] = []
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
        label = "FHIR"
    else:
        text = decode_utf8(read_limited(path, limits.max_file_bytes, limits), file_name(path))
        entries = csv.parse_csv(text, have, file_name(path), limits,
                                lambda ids: existing_log_ids(vault, ids))
        if not entries:
            raise InvalidFile(f"'{file_name(path)}' has a header row but no entries.")
        snapshot = Snapshot(log_entries=tuple(entries))
        label = "CSV"
    problems = Problems(limits)
    for problem in check(snapshot, have):
        problems.add("", problem)
    problems.raise_if_any(f"'{file_name(path)}'")
    if vault.person.get() is not None and snapshot.person is not None:
        notes.append("Your own details in this profile will be kept.")
    return ImportResult(label, snapshot.counts(), tuple(notes))


__all__ = [
    "DEFAULT_LIMITS",
    "FileKind",
    "ImportResult",
    "Limits",
    "ReportOptions",
    "backup",
    "build_report",
    "chart_series",
    "chart_svg",
    "check_file",
    "csv",
    "detect_kind",
    "fhir",
    "ics",
    "import_file",
    "report",
]
