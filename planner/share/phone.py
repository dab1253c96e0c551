"""Phone and wearable exports in: what Apple Health (apple_health.py) and Google Fit
(google_fit.py) readers share.

A reader streams its file and hands over one `Sample` at a time (tracker, local day, source,
value); `Days` (in phone_days.py) folds them into one figure per tracker and day, so memory
grows with the number of days, never with the file (a real Apple Health export is often 1 GB
or more). The rules:

- **steps**: the samples of each source are summed per day; when a phone and a watch both counted
  the same walk, the day takes the source with the most steps, not phone + watch (the Health
  app prefers one source per moment; the busiest source per day is that rule's whole-day form,
  and never counts a step twice);
- **sleep**: the asleep intervals (core, deep, REM, unspecified; not "in bed" or "awake") of each
  source are summed per night, the night being the day the sleep ended; again the source with
  the most sleep counts, never two sources added;
- **weight, resting heart rate, blood pressure**: the day's last reading;
- **heart rate, blood glucose**: the day's average.

Each day becomes one log entry whose id is derived from (tracker, day) (`entry_id`), so
importing the same export again adds nothing, a newer export adds only the new days, and an
Apple export followed by a Google one does not count a day twice. A day on which the tracker
already has an entry (imported, or logged by hand) is skipped and the preview says so: a day
never holds two step counts. (So a day exported while it was under way keeps its first,
partial figure when a newer export comes; the person can delete that entry and import again.)

Everything is checked before anything is written (the all-or-nothing rule of `importing`): a
record the reader cannot read (a bad date, a value that is not a number, a unit it does not
know) refuses the whole file with its place named. A well-formed reading outside what the
tracker accepts (a device's glitch: a heart rate of 400) and records of kinds the planner does
not track are skipped and counted in the preview, with why.
"""

from __future__ import annotations

import copy
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from uuid import UUID, uuid5

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import InputError, InvalidFile
from planner.share.importing import (
    ImportResult,
    Problems,
    file_name,
    none_of_them,
    write_snapshot,
)
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.share.phone_days import SPECS, Days, Progress
from planner.vault.entry_lookup import existing_log_ids
from planner.vault.logs import LogFilter
from planner.vault.snapshot import Snapshot
from planner.vault.vault import Vault


class Cancelled(InputError):
    """The person stopped a phone import while it was being read; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("The import was stopped, and nothing was changed.")
NAMESPACE = UUID("6f1c9a52-3c1e-4d59-9a51-2f6e0c1d8b19")


def entry_id(key: str, day: date) -> UUID:
    """The same (tracker, day) always has the same entry id, whichever export it came from."""
    return uuid5(NAMESPACE, f"phone:{key}:{day.isoformat()}")


@dataclass
class Plan:
    """What an import would add: the trackers to create, the entries, and the preview lines."""

    kind: str
    trackers: list[Tracker]
    entries: list[LogEntry]
    preview: list[str]


def plan(
    vault: Vault, days: Days, problems: Problems, path: Path, kind: str
) -> Plan:
    """The import, checked against the profile: tracker units, days already there."""
    label = "Apple Health export" if kind == "apple_health" else "Google Fit file"
    have = {t.key: t for t in vault.trackers.all(include_archived=True)}
    new_trackers: dict[str, Tracker] = {}
    per_key: dict[str, list[tuple[date, float]]] = {}
    outside = 0
    for key, day, value in days.figures():
        spec = SPECS[key]
        if not spec.minimum <= value <= spec.maximum:
            outside += 1  # a day's total past the tracker's range (overlapping sleep spans)
            continue
        per_key.setdefault(key, []).append((day, value))
    per_key = {key: per_key[key] for key in SPECS if key in per_key}
    for key in per_key:
        spec = SPECS[key]
        tracker = have.get(key)
        if tracker is None:
            new_trackers[key] = Tracker(
                key=key, label=spec.label, kind=TrackerKind.NUMERIC, unit=spec.unit,
                minimum=spec.minimum, maximum=spec.maximum, loinc=spec.loinc)
        elif tracker.kind is not TrackerKind.NUMERIC or tracker.unit.lower() != spec.unit.lower():
            problems.add("", f"your tracker '{key}' is in {tracker.unit or 'words'}, but the "
                         f"export's {spec.label.lower()} is in {spec.unit}")
    problems.raise_if_any(f"The {label} '{file_name(path)}'")
    trackers = {**have, **new_trackers}
    wanted = {entry_id(key, day): (key, day) for key, items in per_key.items()
              for day, _ in items}
    already = existing_log_ids(vault, wanted)
    entries: list[LogEntry] = []
    preview: list[str] = []
    for key, items in per_key.items():
        tracker = trackers[key]
        logged = _days_logged(vault, tracker, items, days) if key in have else set()
        fresh = [(d, v) for d, v in items
                 if entry_id(key, d) not in already and d not in logged]
        for day, value in fresh:
            offset = days.offsets.get(day, timedelta())
            at = datetime.combine(day, time(12), tzinfo=timezone(offset)).astimezone(UTC)
            entries.append(LogEntry(id=entry_id(key, day), tracker_id=tracker.id, at=at,
                                    value=value, note=f"from {label}"))
        line = f"{tracker.label}: {_days(len(fresh))}"
        if fresh:
            line += f", {fresh[0][0].isoformat()} to {fresh[-1][0].isoformat()}"
        if len(fresh) < len(items):
            line += f" ({_days(len(items) - len(fresh))} skipped: already in your profile)"
        preview.append(line)
    if outside:
        preview.append(f"Skipped {_days(outside)}: the day's total is outside what the "
                       "tracker accepts")
    for why, count in sorted(days.skipped.items()):
        preview.append(f"Skipped {count:,} record{'' if count == 1 else 's'}: {why}")
    if not per_key:
        raise InvalidFile(f"The {label} '{file_name(path)}' holds no steps, weight, heart rate, "
                          "blood pressure, sleep or blood glucose the planner can read.")
    return Plan(label, list(new_trackers.values()), entries, preview)


def _days_logged(vault: Vault, tracker: Tracker, items: list[tuple[date, float]],
                 days: Days) -> set[date]:
    """The days on which the person already logged this tracker (by hand, or from any file):
    an export's figure for such a day is skipped rather than added beside theirs, so a day
    never holds two step counts. Read over the export's range only, one entry at a time."""
    start = datetime.combine(items[0][0], time(0), tzinfo=UTC) - timedelta(days=1)
    end = datetime.combine(items[-1][0], time(0), tzinfo=UTC) + timedelta(days=2)
    logged: set[date] = set()
    for entry in vault.logs.iterate(LogFilter(tracker.id, start, end)):
        day = entry.at.astimezone(timezone(days.offsets.get(entry.at.date(), timedelta()))).date()
        logged.add(day)
    return logged


def _days(n: int) -> str:
    return f"{n:,} day" if n == 1 else f"{n:,} days"


def zip_kind(path: Path) -> str:
    """Which phone export a zip file is: Apple Health's export.zip or a Google Takeout zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise InvalidFile(
            f"'{file_name(path)}' is a damaged or cut-short zip file, so nothing was changed. "
            "Export it again from the phone."
        ) from None
    if any(n.endswith("export.xml") and "export_cda" not in n for n in names):
        return "apple_health"
    if any(("Fit/Daily activity metrics/" in n or "Fit/Daily Aggregations/" in n)
           and n.endswith(".csv") for n in names):
        return "google_fit"
    raise none_of_them(path)


# The last export read (its daily figures only: small), so the import after a preview does not
# read a 1 GB export a second time. Keyed by the file's identity, size and change time.
_LAST: dict[tuple[object, ...], tuple[Days, Problems]] = {}


def read(path: Path, kind: str, limits: Limits, progress: Progress | None) -> tuple[
    Days, Problems
]:
    try:
        info = path.stat()
        key: tuple[object, ...] = (str(path.resolve()), kind, limits, info.st_ino,
                                   info.st_size, info.st_mtime_ns)
    except OSError:
        key = ()
    if key and key in _LAST:
        days, problems = _LAST[key]
        return copy.deepcopy(days), copy.deepcopy(problems)
    if kind == "apple_health":
        from planner.share import apple_health

        found = apple_health.read_export(path, limits, progress)
    else:
        from planner.share import google_fit

        found = google_fit.read_export(path, limits, progress)
    _LAST.clear()
    if key:
        _LAST[key] = copy.deepcopy(found)
    return found


def check_phone(
    vault: Vault, path: Path, kind: str, limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> ImportResult:
    """The preview: per tracker, how many days and their range, and what is skipped and why."""
    days, problems = read(path, kind, limits, progress)
    made = plan(vault, days, problems, path, kind)
    counts = {"trackers": len(made.trackers), "log entries": len(made.entries)}
    return ImportResult(made.kind, counts, tuple(made.preview))


def import_phone(
    vault: Vault, path: Path, kind: str, limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, check, then add the new trackers and days in one transaction (or nothing)."""
    days, problems = read(path, kind, limits, progress)
    made = plan(vault, days, problems, path, kind)
    snapshot = Snapshot(trackers=tuple(made.trackers), log_entries=tuple(made.entries))
    return write_snapshot(vault, snapshot, made.kind, made.preview)
