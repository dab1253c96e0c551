"""Sharing: what leaves the vault and what comes into it.

Out: the GP summary (`report`, HTML that ui/printing.py prints to PDF), FHIR R4 (`fhir`), log
entries as CSV (`csv`), reminders and plan dates as iCalendar (`ics`), and the portable
encrypted backup (`backup`). In: the app's own FHIR Bundles, CSV log entries and backups.

Every import follows one rule (see `importing`): read and check everything first, then write in
one transaction, so a refused file leaves the profile exactly as it was. Every export is written
atomically (planner.atomic), so a failure half way leaves no partial file and no older file
damaged. Size limits live in `limits`;
files coming in go through `files` (`detect_kind`, `check_file`, `import_file`).

This package's `__init__` imports nothing, so a module that needs one format (printing needs
`report` and `pdftags`) does not load every other (icalendar, the phone readers, FHIR).
"""
