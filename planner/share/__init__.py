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

from planner.errors import InputError
from planner.share import backup, csv, fhir, ics, report
from planner.share.importing import ImportResult, read_head
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.share.report import ReportOptions, build_report, chart_series, chart_svg
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
    "csv",
    "detect_kind",
    "fhir",
    "ics",
    "import_file",
    "report",
]
