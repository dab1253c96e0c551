"""Headless sharing commands: export, import, backup, restore.

Same style as the other verb groups (and cli/common.py's helpers): each command opens what it
needs, does one thing, and prints plain text. Wrong input raises an `InputError`, which
cli/main.py turns into
exit code 2 and one line on stderr; for a refused import the list of bad rows goes to stdout
first, so the person can see every line to fix.

Passphrases, when --passphrase-stdin is given, are read one per line: the first line is the
profile's passphrase (or the new profile's, for `restore`), the second the backup's. Without it,
the backup passphrase comes from HEALTH_PLANNER_BACKUP_PASSPHRASE, else a prompt.

The PDFs (GP summary, link worker's summary) are printed by Qt: they go through ui/bridge.py,
imported only when a PDF is asked for, so the other commands work without Qt.

Wiring: cli/main.py calls `add_share_parsers(sub)`, and its `table()` adds
`**sharing.SHARE_COMMANDS`.
"""

from __future__ import annotations

import argparse
import getpass
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cli.common import IO, Command, Secrets, open_vault, parse_day, registry
from planner.errors import InputError, ProfileExists, ValidationFailed
from planner.paths import data_dir
from planner.share import backup as backups
from planner.share import csv as csv_share
from planner.share import fhir, ics
from planner.share.backup import save_backup
from planner.share.files import check_file, detect_kind, import_file
from planner.share.importing import read_limited
from planner.share.limits import DEFAULT_LIMITS
from planner.vault import KdfParams, Vault

ENV_BACKUP_PASSPHRASE = "HEALTH_PLANNER_BACKUP_PASSPHRASE"  # noqa: S105 - a variable name
FORMATS = ("pdf", "fhir", "csv", "ics")


class BackupSecret:
    """The backup passphrase: the next line of standard input (after the profile's), else the
    environment, else a prompt (asked twice when making a backup, so a typo is not locked in)."""

    def __init__(self, args: argparse.Namespace, io: IO, secrets: Secrets) -> None:
        self._args = args
        self._io = io
        self._secrets = secrets

    def get(self, *, confirm: bool) -> str:
        if self._args.passphrase_stdin:
            line = self._io.stdin.readline()
            if line:
                return line.rstrip("\r\n")
            if not os.environ.get(ENV_BACKUP_PASSPHRASE):
                raise InputError(
                    "Expected the backup passphrase on the second line of "
                    f"standard input (or in {ENV_BACKUP_PASSPHRASE}), found none."
                )
        if os.environ.get(ENV_BACKUP_PASSPHRASE):
            return os.environ[ENV_BACKUP_PASSPHRASE]
        if not self._io.stdin.isatty():
            raise InputError(
                "No backup passphrase given. Use --passphrase-stdin (second line) "
                f"or set {ENV_BACKUP_PASSPHRASE}."
            )
        first = getpass.getpass("Backup passphrase: ")
        if confirm and getpass.getpass("Type the backup passphrase again: ") != first:
            raise InputError("The two backup passphrases do not match.")
        return first


def _period(args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    start = parse_day(getattr(args, "start", None))
    end = parse_day(getattr(args, "end", None), end=True)
    if start is not None and end is not None and start >= end:
        raise InputError("The --from date is after the --to date.")
    return start, end


def _out(args: argparse.Namespace) -> Path:
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise InputError(f"'{out}' is a folder. Give a file name, e.g. {out / 'summary.pdf'}.")
    return out


# -- export -------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    out = _out(args)
    start, end = _period(args)
    if args.what == "doses" and args.format != "csv":
        raise InputError("--what doses is for --format csv only.")
    if args.what == "link-worker" and args.format not in ("pdf", "fhir"):
        raise InputError("--what link-worker is for --format pdf or fhir only.")
    with open_vault(args, io, kdf) as vault:
        if args.what == "link-worker":
            _export_link_worker(args, vault, io, out)
        elif args.format == "csv" and args.what == "doses":
            n = csv_share.write_doses_csv(vault, out, start, end)
            io.say(f"Saved {n:,} doses to {out}.")
        elif args.format == "csv":
            n = csv_share.write_csv(vault, out, start, end)
            io.say(f"Saved {n:,} log entries to {out}.")
        elif args.format == "fhir":
            n = fhir.write_fhir(vault, out, start, end, nhs_number=not args.without_nhs_number,
                                date_of_birth=not args.without_date_of_birth)
            io.say(f"Saved a FHIR file with {n:,} records to {out}.")
        elif args.format == "ics":
            n = ics.write_ics(vault, out)
            io.say(f"Saved {n:,} calendar events to {out}.")
        else:
            from ui import bridge

            bridge.gp_summary_pdf(
                vault,
                out,
                data_dir(args.data_dir),
                start=date.fromisoformat(args.start) if args.start else None,
                end=date.fromisoformat(args.end) if args.end else None,
                show_nhs_number=not args.without_nhs_number,
                show_date_of_birth=not args.without_date_of_birth,
            )
            io.say(f"Saved the summary for your GP to {out}.")
    return 0


def _export_link_worker(args: argparse.Namespace, vault: Vault, io: IO, out: Path) -> None:
    """The summary for the social-prescribing link worker (#14): one page of PDF, printed and
    tagged like the GP summary, or a FHIR Bundle of the referral, services, going and ONS4."""
    from planner.share import link_worker

    if args.format == "fhir":
        n = link_worker.write_link_worker_fhir(
            vault, out, nhs_number=not args.without_nhs_number,
            date_of_birth=not args.without_date_of_birth)
        io.say(f"Saved a FHIR file for your link worker with {n:,} records to {out}.")
        return
    from ui import bridge

    bridge.link_worker_pdf(vault, out, data_dir(args.data_dir))
    io.say(f"Saved the summary for your link worker to {out}.")


# -- import -------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    path = Path(args.path).expanduser()
    kind = detect_kind(path)
    secrets = Secrets(args, io)
    with open_vault(args, io, kdf) as vault:
        if kind in ("apple_health", "google_fit") and not _previewed(vault, path, args, io):
            io.say("Nothing was imported.")
            return 0
        secret = BackupSecret(args, io, secrets).get(confirm=False) if kind == "backup" else None
        try:
            result = import_file(vault, path, backup_passphrase=secret)
        except ValidationFailed as exc:
            for problem in exc.problems:
                io.say(f"  {problem}")
            raise
    io.say(result.describe())
    for note in result.notes:
        io.say(note)
    return 0


def _previewed(vault: Vault, path: Path, args: argparse.Namespace, io: IO) -> bool:
    """A phone export: print what it would add (per tracker: days, range; what is skipped and
    why), then ask, unless --yes. Not at a keyboard and no --yes: nothing is imported."""
    preview = check_file(vault, path)
    io.say(f"The {preview.kind} '{path.name}' would add:")
    for line in preview.notes:
        io.say(f"  {line}")
    if not preview.counts.get("log entries"):
        return False
    if args.yes:
        return True
    if not io.stdin.isatty() or args.passphrase_stdin:
        raise InputError("Importing a phone export needs --yes when not run at a keyboard "
                         "(the preview above shows what it adds).")
    return input("Import these? Type yes: ").strip().lower() in ("y", "yes")


# -- backup and restore -------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    out = _out(args)
    secrets = Secrets(args, io)
    with open_vault(args, io, kdf) as vault:
        secret = BackupSecret(args, io, secrets).get(confirm=True)
        entries = save_backup(vault, out, secret, kdf=kdf)
    io.say(f"Saved a backup of '{vault.name}' ({entries:,} log entries) to {out}.")
    io.say("Keep the backup passphrase safe: without it the backup cannot be opened.")
    return 0


def _confirm_replace(args: argparse.Namespace, io: IO, name: str) -> bool:
    if args.yes:
        return True
    if not io.stdin.isatty() or args.passphrase_stdin:
        raise InputError("Replacing a profile needs --yes when not run at a keyboard.")
    answer = input(f"Replace everything in '{name}' with the backup? Type REPLACE: ")
    return answer.strip() == "REPLACE"


def cmd_restore(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    path = Path(args.file).expanduser()
    profiles = registry(args, kdf)
    secrets = Secrets(args, io)
    data = read_limited(path, DEFAULT_LIMITS.max_backup_bytes)
    backups.header_of(data)  # not a backup at all: say so before asking for passphrases

    if args.replace:
        name = args.as_name or args.profile
        if name is None:
            raise InputError("Say which profile to replace with --as NAME (or --profile NAME).")
        profiles.header(name)
        if not _confirm_replace(args, io, name):
            io.say("Nothing was changed.")
            return 0
        profile_secret = secrets.current() if args.passphrase_stdin else None
        contents = backups.open_backup(data, BackupSecret(args, io, secrets).get(confirm=False))
        vault = profiles.unlock(name, profile_secret or secrets.current())
        with vault:
            aside = backups.restore_replacing(vault, contents)
            entries = vault.logs.count()
        io.say(f"Replaced '{name}' with the backup ({entries:,} log entries).")
        io.say(f"The profile as it was before is kept, still locked, in {aside.name}.")
        return 0

    new_secret = secrets.new(first_use=True) if args.passphrase_stdin else None
    contents = backups.open_backup(data, BackupSecret(args, io, secrets).get(confirm=False))
    name = args.as_name or contents.profile_name
    if profiles.exists(name):
        raise ProfileExists(
            f"There is already a profile called '{name}'. Use --as NEW_NAME "
            "to restore next to it, or --replace --as NAME to replace it."
        )
    vault, code = backups.restore_as_new(
        profiles, contents, name, new_secret or secrets.new(first_use=True)
    )
    with vault:
        entries = vault.logs.count()
    io.say(f"Restored the backup as the profile '{name}' ({entries:,} log entries).")
    io.say(
        "Your recovery code for this profile (write it down and keep it safe; it is shown "
        "only once):"
    )
    io.say(f"  {code.text}")
    return 0


# -- wiring -------------------------------------------------------------------------------

SHARE_COMMANDS: dict[str, Command] = {
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def add_share_parsers(subparsers: Any) -> None:
    """Add export, import, backup and restore to `subparsers` (from add_subparsers); their
    functions are in SHARE_COMMANDS, for cli.main.table()."""
    export = subparsers.add_parser(
        "export",
        help="save a summary for your GP (pdf), a FHIR file, your logs or doses (csv) or your "
        "calendar (ics)",
    )
    export.add_argument(
        "--format",
        required=True,
        choices=FORMATS,
        help="pdf: GP summary (with medicines, allergies, conditions and coming "
        "appointments); fhir: FHIR R4 JSON (with medicines, allergies, conditions and "
        "appointments); csv: log entries, or the dose log with --what doses; ics: calendar "
        "(reminders, plan actions, appointments, dose times)",
    )
    export.add_argument(
        "--what",
        choices=("logs", "doses", "link-worker"),
        default="logs",
        help="csv: logs (default) writes your tracker entries (id, tracker, at, value, "
        "unit, text, note); doses writes your dose log (medicine, due, status, at, reason, "
        "note) to its own file. pdf or fhir: link-worker writes the summary for your social "
        "prescribing link worker (your newest referral, the services you chose, how often "
        "you went and your ONS4 check-ins) instead of the GP summary / whole-profile file",
    )
    export.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    export.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day (e.g. 2026-01-01); pdf default: 90 days ago",
    )
    export.add_argument("--to", dest="end", metavar="DATE", help="last day (default today)")
    export.add_argument("--without-nhs-number", action="store_true",
                        help="pdf and fhir: leave out your NHS number")
    export.add_argument("--without-date-of-birth", action="store_true",
                        help="pdf and fhir: leave out your date of birth")

    import_help = (
        "add log entries from a CSV file, a FHIR file, a backup, or a phone export "
        "(Apple Health's export.zip or export.xml; Google Fit's daily activity CSVs or the "
        "Google Takeout zip); nothing is changed if any row is wrong"
    )
    imp = subparsers.add_parser(
        "import", help=import_help,
        description=import_help[0].upper() + import_help[1:] + ". A phone export is "
        "previewed first (per tracker: days, range, what is skipped and why) and imported "
        "when you say yes; the same export twice adds nothing.",
    )
    imp.add_argument("path", help="the file to import")
    imp.add_argument("--yes", action="store_true",
                     help="phone exports: import after the preview without asking")

    save = subparsers.add_parser(
        "backup", help="save the whole profile to one file, locked with its own passphrase"
    )
    save.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")

    restore = subparsers.add_parser(
        "restore", help="restore a backup as a new profile, or replace a profile with it"
    )
    restore.add_argument("file", help="the backup file")
    restore.add_argument(
        "--as",
        dest="as_name",
        metavar="NAME",
        help="name for the restored profile (default: the name in the backup)",
    )
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace the profile named by --as (or --profile) with the backup",
    )
    restore.add_argument("--yes", action="store_true", help="do not ask to confirm --replace")
