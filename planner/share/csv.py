"""Log entries as CSV: one row an entry, for spreadsheets out and step counters in.

Columns: id, tracker, at, value, unit, text, note. Times are ISO 8601 with their offset
(2026-03-01T08:30:00+00:00) so a file read in another time zone, or after a clock change, still
means the same moment. The file is UTF-8 with a byte-order mark because that is what makes
Excel on Windows show "é" and Urdu correctly; the import accepts files with or without it.

The dose log goes out as its own file (`export_doses_csv`): medicine, due, status, at, reason,
note, one row a dose, oldest first.

Both files are opened in spreadsheets (a GP practice's Excel), so every cell of the person's own
words (notes, texts, units, medicine names, reasons) is neutralised the way OWASP advises against
formula injection ("CSV Injection"): a cell starting with =, +, -, @, a tab or a carriage return
gets a leading apostrophe, so a note "=HYPERLINK(...)" shows as text instead of running. A cell
that already starts with an apostrophe gets one more, so the import (`restored`) takes exactly
one off and reads back the same text: "-2 kg this week" goes out as "'-2 kg this week" and comes
back as it was. Numbers (the value column) are written as numbers: -1.5 stays a number.

An import reads the tracker by its short name (the `tracker` column: weight, steps, ...), parses
values with the same rules as typing them in the app, and checks every row before writing any.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, tzinfo
from operator import itemgetter
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from pydantic import ValidationError

from planner.atomic import atomic_write
from planner.domain.medicine import DoseRecord, Medicine
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import InvalidFile, shown
from planner.share.checked import CheckedCsv, digest, file_stamp
from planner.share.importing import (
    ImportResult,
    Problems,
    decode_utf8,
    describe_error,
    file_name,
    read_limited,
)
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.vault.bulk import (
    StaleRows,
    add_checked_entries,
    change_mark,
    prepare_entries_write,
)
from planner.vault.logs import LogFilter
from planner.vault.present import AlreadyHere
from planner.vault.snapshot import Snapshot
from planner.vault.vault import Vault

HEADER = ("id", "tracker", "at", "value", "unit", "text", "note")
_WORDS = ("unit", "text", "note")  # the person's own words: neutralised out, restored in
REQUIRED = frozenset({"tracker", "at"})


# -- export -------------------------------------------------------------------------------


def format_time(at: datetime, tz: tzinfo | None = None) -> str:
    """Local time with its offset; milliseconds only when there are some, for readability."""
    local = at.astimezone(tz) if tz is not None else at.astimezone()
    return local.isoformat(timespec="milliseconds" if local.microsecond else "seconds")


def format_number(value: float) -> str:
    """Shortest text that reads back as exactly the same number (7000, not 7000.0)."""
    text = repr(value)
    return text.removesuffix(".0") if text.endswith(".0") else text


def rows(
    vault: Vault, start: datetime | None = None, end: datetime | None = None,
    tz: tzinfo | None = None,
) -> Iterator[list[str]]:
    """The header, then one row per entry, oldest first."""
    trackers = {t.id: t for t in vault.trackers.all(include_archived=True)}
    yield list(HEADER)
    for entry in vault.logs.iterate(LogFilter(start=start, end=end)):
        tracker = trackers[entry.tracker_id]
        yield [
            str(entry.id),
            tracker.key,
            format_time(entry.at, tz),
            "" if entry.value is None else format_number(entry.value),
            neutralised(tracker.unit) if entry.value is not None else "",
            neutralised(entry.text or ""),
            neutralised(entry.note),
        ]


def export_csv(
    vault: Vault, start: datetime | None = None, end: datetime | None = None,
    tz: tzinfo | None = None,
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows(vault, start, end, tz):
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    vault: Vault, out: Path, start: datetime | None = None, end: datetime | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Write atomically; returns the number of entries written."""
    data = export_csv(vault, start, end, tz)
    atomic_write(out, data)
    return vault.logs.count(LogFilter(start=start, end=end))


DOSE_HEADER = ("medicine", "due", "status", "at", "reason", "note")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def neutralised(text: str) -> str:
    """Person-typed text safe to open in a spreadsheet: a would-be formula stays text (one
    leading apostrophe; a text already starting with one gets another, so `restored` is exact)."""
    return "'" + text if text.startswith(_ESCAPED_STARTS) else text


def restored(cell: str) -> str:
    """The text `neutralised` was given: one leading apostrophe taken off where it added one."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_ESCAPED_STARTS) else cell


def dose_rows(
    medicines: Iterable[Medicine], doses: Iterable[DoseRecord], tz: tzinfo | None = None,
) -> Iterator[list[str]]:
    """The header, then one row per dose in the order given ("as needed" doses: no due)."""
    names = {m.id: " ".join(x for x in (m.name, m.strength) if x) for m in medicines}
    yield list(DOSE_HEADER)
    for dose in doses:
        yield [
            neutralised(names.get(dose.medicine_id, str(dose.medicine_id))),
            format_time(dose.due, tz) if dose.due is not None else "",
            dose.status.value,
            format_time(dose.at, tz),
            neutralised(dose.reason),
            neutralised(dose.note),
        ]


def export_doses_csv(
    vault: Vault, start: datetime | None = None, end: datetime | None = None,
    tz: tzinfo | None = None,
) -> tuple[bytes, int]:
    """The dose log in [start, end) (by due time; "as needed" doses by when taken) as CSV
    bytes (UTF-8 with a BOM, CRLF, as the log-entry CSV), and the number of doses."""
    if start is None and end is None:
        doses = vault.doses.all()
    else:
        doses = vault.doses.between(start or datetime(1900, 1, 1, tzinfo=UTC),
                                    end or datetime(9000, 1, 1, tzinfo=UTC))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in dose_rows(vault.medicines.all(include_stopped=True), doses, tz):
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8-sig"), len(doses)


def write_doses_csv(
    vault: Vault, out: Path, start: datetime | None = None, end: datetime | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Write atomically; returns the number of doses written."""
    data, count = export_doses_csv(vault, start, end, tz)
    atomic_write(out, data)
    return count


# -- import -------------------------------------------------------------------------------


def parse_time(text: str) -> datetime:
    """ISO 8601; a time without an offset means this computer's local time, as in `log --at`."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("the time is missing")
    try:
        at = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(
            f"'{shown(cleaned)}' is not a date and time like 2026-03-01T08:30:00+00:00"
        ) from None
    try:
        if at.tzinfo is None:
            at = at.astimezone()
        return at.astimezone(UTC)
    except (OverflowError, OSError):  # 9999-12-31T23:00-05:00 is past the last moment Python knows
        raise ValueError(f"'{shown(cleaned)}' is too far in the past or future") from None


def _header(first: list[str], name: str) -> list[str]:
    columns = [c.strip().lower() for c in first]
    if len(first) == 1 and ";" in first[0]:
        raise InvalidFile(
            f"'{name}' uses semicolons between values. Save it with commas (CSV UTF-8) and "
            "try again."
        )
    unknown = [c for c in columns if c not in HEADER]
    if unknown:
        raise InvalidFile(
            f"'{name}' has a column called '{shown(unknown[0])}' that the planner does not know. "
            f"The columns it reads are: {', '.join(HEADER)}."
        )
    missing = sorted(REQUIRED - set(columns))
    if missing or ("value" not in columns and "text" not in columns):
        need = ", ".join(missing) if missing else "value or text"
        raise InvalidFile(f"'{name}' needs a header row with the columns {need}.")
    if len(set(columns)) != len(columns):
        raise InvalidFile(f"'{name}' has the same column twice in its header row.")
    return columns


# A checked row as bulk.add_checked_entries adds it: (id, tracker key, at, value, text, note).
# Plain values only: the garbage collector stops tracking such tuples, where a LogEntry was
# four tracked objects; with 100,000 of them every full collection walked them all holding the
# interpreter lock (the window froze for 0.6 s under load), and freeing them on the UI thread
# when the preview was dismissed took 0.2 s.
EntryRow = tuple[bytes, str, datetime, float | None, str | None, str]


# A row's cells in HEADER's order, "" for a column the file does not have (`_cells`).
Cells = tuple[str, str, str, str, str, str, str]


def _entry(
    cells: Cells, trackers: dict[str, Tracker], values: dict[tuple[str, str, str], Any]
) -> EntryRow:
    """One row, checked as a LogEntry; raises ValueError with a message for the person.
    `values` remembers what each tracker made of a value already read (`_known_value`)."""
    raw_id, key, raw_at, raw_value, unit, raw_text, note = cells
    key = key.strip()
    tracker = trackers.get(key.lower())
    if tracker is None:
        raise ValueError(f"there is no tracker called '{shown(key)}'" if key else
                         "the tracker is missing")
    raw_id = raw_id.strip()
    entry_id = _id_bytes(raw_id) if raw_id else uuid4().bytes
    at = parse_time(raw_at)
    value, text = _known_value(tracker, raw_value.strip(), raw_text, unit.strip(), values)
    if _valid_as_is(value, text, note):
        # What LogEntry's validation would check is known true here (an aware UTC time, a
        # value the tracker accepted, words already trimmed and short enough), so it is
        # skipped: at 100,000 rows it was a fifth of the parse. Anything else is validated,
        # so its refusal reads as before.
        return entry_id, tracker.key, at, value, text, note
    e = LogEntry(id=UUID(bytes=entry_id), tracker_id=tracker.id, at=at, value=value, text=text,
                 note=note)
    return e.id.bytes, tracker.key, e.at, e.value, e.text, e.note


def _id_bytes(raw: str) -> bytes:
    """The 16 bytes of an id as `UUID(raw)` reads it. The usual written form (36 characters,
    hyphens at 8, 13, 18 and 23) is read by bytes.fromhex, ~5x quicker than UUID; any other
    form, or anything fromhex would read differently (it skips spaces), goes through UUID, so
    what is accepted and what is refused stay the same."""
    if len(raw) == 36 and raw[8] == raw[13] == raw[18] == raw[23] == "-":
        try:
            found = bytes.fromhex(raw.replace("-", ""))
        except ValueError:
            found = b""
        if len(found) == 16:
            return found
    try:
        return UUID(raw).bytes
    except ValueError:
        raise ValueError(f"'{shown(raw)}' is not an id the planner made") from None


def _known_value(
    tracker: Tracker, raw_value: str, raw_text: str, unit: str,
    values: dict[tuple[str, str, str], Any],
) -> tuple[float | None, str | None]:
    """`_value`, with the tracker's label on its refusals, remembered per tracker and cells:
    a file repeats the same few hundred readings (a heart rate of 72, a mood of 6) across
    100,000 rows, and each was parsed, range-checked and worded afresh. Only rows without
    text are remembered, so a file of notes does not keep a second copy of them."""
    remember = not raw_text
    if remember:
        known = values.get((tracker.key, raw_value, unit))
        if known is not None:
            if isinstance(known, str):
                raise ValueError(known)
            return known
    try:
        found = _value(tracker, raw_value, raw_text, unit)
    except ValueError as exc:
        message = str(exc)
        # Say which tracker, so "answer yes or no" makes sense out of context.
        message = message if message.startswith(tracker.label) else f"{tracker.label}: {message}"
        if remember:
            values[tracker.key, raw_value, unit] = message
        raise ValueError(message) from None
    if remember:
        values[tracker.key, raw_value, unit] = found
    return found


MAX_WORDS = 5000  # LogEntry's LongText


def _valid_as_is(value: float | None, text: str | None, note: str) -> bool:
    """Whether LogEntry would take these words unchanged: no longer than it allows, nothing to
    trim at either end (str.isspace counts every character pydantic trims, and more), and some
    value or text (a tracker's parse gives a value, or text for a text tracker)."""
    if note and (len(note) > MAX_WORDS or note[0].isspace() or note[-1].isspace()):
        return False
    if text is None:
        return value is not None
    return 0 < len(text) <= MAX_WORDS and not text[0].isspace() and not text[-1].isspace()


def _value(tracker: Tracker, raw_value: str, raw_text: str, unit: str) -> tuple[
    float | None, str | None
]:
    if tracker.kind is TrackerKind.TEXT:
        value, text = tracker.parse(raw_text if raw_text.strip() else raw_value)
    else:
        if not raw_value:
            raise ValueError("the value is missing")
        if unit and tracker.unit and unit.lower() != tracker.unit.lower():
            raise ValueError(
                f"{tracker.label} is in {tracker.unit}, but this row says {shown(unit, 20)}"
            )
        value, _ = tracker.parse(raw_value)
        text = raw_text.strip() or None
    return value, text


def _cells(columns: list[str]) -> Callable[[list[str]], Cells]:
    """For a file with these columns: a row's cells in HEADER's order ("" where the file has
    no such column), the person's own words with their neutralising apostrophe taken off
    (`restored`). One C call a row, where a dict per row and three lookups cost more than
    the rest of the row's reading."""
    where = {column: k for k, column in enumerate(columns)}
    missing = len(columns)  # the "" each row gets appended
    pick = itemgetter(*(where.get(column, missing) for column in HEADER))
    words = [k for k, column in enumerate(HEADER) if column in _WORDS and column in where]

    def cells(record: list[str]) -> Cells:
        record.append("")
        got: Cells = pick(record)
        for k in words:
            if got[k][:1] == "'":
                changed = list(got)
                for j in words:
                    changed[j] = restored(changed[j])
                return tuple(changed)  # type: ignore[return-value]
        return got

    return cells


def parse_csv(
    text: str, trackers: list[Tracker], name: str = "the file",
    limits: Limits = DEFAULT_LIMITS, existing: Callable[[list[UUID]], set[UUID]] | None = None,
) -> list[LogEntry]:
    """Every row as an entry, or ValidationFailed listing each bad row by its line number.
    `existing` says which ids the profile already has, so those rows are named too."""

    def existing_ids(ids: list[bytes]) -> set[bytes]:
        assert existing is not None
        return {i.bytes for i in existing([UUID(bytes=b) for b in ids])}

    rows = parse_rows(text, trackers, name, limits, existing_ids if existing else None)
    by_key = {t.key: t.id for t in trackers}
    return [
        LogEntry.model_construct(id=UUID(bytes=i), tracker_id=by_key[k], at=at, value=value,
                                 text=words, note=note)
        for i, k, at, value, words, note in rows
    ]


def parse_rows(
    text: str, trackers: list[Tracker], name: str = "the file",
    limits: Limits = DEFAULT_LIMITS, existing: Callable[[list[bytes]], set[bytes]] | None = None,
    already: AlreadyHere | None = None,
) -> list[EntryRow]:
    """`parse_csv`, each entry as an `EntryRow`; `existing` takes and gives ids as bytes.
    `already` (instead of `existing`) leaves out the rows the profile holds already and counts
    them, refusing only an id held with other content (planner.vault.present)."""
    by_key = {t.key: t for t in trackers}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems = Problems(limits)
    entries: list[EntryRow] = []
    seen: dict[bytes, int] = {}
    unnamed: set[bytes] = set()  # rows without an id (given a new one)
    values: dict[tuple[str, str, str], Any] = {}
    columns: list[str] | None = None
    cells_of: Callable[[list[str]], Cells] | None = None
    line = 1
    rows_read = 0
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not record or (not record[0].strip() and all(not c.strip() for c in record)):
                continue
            if cells_of is None or columns is None:
                columns = _header(record, name)
                cells_of = _cells(columns)
                continue
            rows_read += 1
            if rows_read > limits.max_rows:
                raise InvalidFile(
                    f"'{name}' has more than {limits.max_rows:,} rows. Split it into smaller "
                    "files and import them one at a time."
                )
            where = f"line {start}"
            if len(record) != len(columns):
                problems.add(where, f"has {len(record)} values but the header has "
                             f"{len(columns)} columns")
                continue
            cells = cells_of(record)
            try:
                entry = _entry(cells, by_key, values)
            except ValidationError as exc:
                problems.add(where, describe_error(exc))
                continue
            except ValueError as exc:
                problems.add(where, str(exc))
                continue
            entry_id = entry[0]
            if entry_id in seen:
                problems.add(where, f"the id is also on line {seen[entry_id]}")
                continue
            seen[entry_id] = start
            entries.append(entry)
            if already is not None and not cells[0].strip():  # HEADER's first column: id
                unnamed.add(entry_id)
    except csv.Error as exc:
        reason = str(exc)
        if "NUL" in reason:
            raise InvalidFile(f"'{name}' is not a text file.") from None
        problems.add(f"line {line}", "this row cannot be read (check the quote marks)")
    if columns is None:
        raise InvalidFile(f"'{name}' is empty: it needs a header row and some entries.")
    if existing is not None:
        for entry_id in sorted(existing(list(seen)), key=lambda i: seen[i]):
            problems.add(f"line {seen[entry_id]}", "this entry is already in the profile")
    if already is not None and entries:  # conflicts listed with any other problem
        entries = already(entries, seen, unnamed, problems.add)
    problems.raise_if_any(f"'{name}'")
    return entries


def read_csv(vault: Vault, path: Path, limits: Limits = DEFAULT_LIMITS) -> CheckedCsv:
    """Read, parse and check every row against the profile (ids it holds looked up in one pass,
    `existing_log_ids`); ValidationFailed or InvalidFile as the import refuses the file. What
    comes back is what the import adds, kept by the dry run so the import need not parse the
    file again (planner.share.checked)."""
    name = file_name(path)
    mark = change_mark(vault)
    stamp = file_stamp(path)
    data = read_limited(path, limits.max_file_bytes, limits)
    prepare_entries_write(vault, data.count(b"\n"))  # warmed while the rows are checked
    try:
        rows, skipped = _checked_rows(vault, data, name, limits)
    except BaseException:
        vault.store.drop_prepared_write()
        raise
    return CheckedCsv(path, stamp, digest(data), vault.store, mark, limits, rows, skipped)


def _checked_rows(
    vault: Vault, data: bytes, name: str, limits: Limits
) -> tuple[list[EntryRow], int]:
    """The rows to add, and how many rows the profile holds already (left out)."""
    text = decode_utf8(data, name)
    already = AlreadyHere(vault)
    rows = parse_rows(text, vault.trackers.all(include_archived=True), name, limits,
                      already=already)
    if not rows and not already.skipped:
        raise InvalidFile(f"'{name}' has a header row but no entries.")
    return rows, already.skipped


def counts(entries: int) -> dict[str, int]:
    """What a CSV import adds, as `Snapshot.counts` says it."""
    return {**Snapshot().counts(), "log entries": entries}


def skipped_counts(entries: int) -> dict[str, int]:
    """What a CSV import leaves out as already here (ImportResult.skipped)."""
    return {"log entries": entries} if entries else {}


def import_csv(
    vault: Vault, path: Path, limits: Limits = DEFAULT_LIMITS, checked: CheckedCsv | None = None
) -> ImportResult:
    """Check every row, then add all the entries in one transaction (or none).

    `checked` is the dry run's reading of this file (`read_csv`): when neither the file nor the
    profile changed since, its entries are added without parsing the file again."""
    name = file_name(path)
    data = read_limited(path, limits.max_file_bytes, limits)
    if checked is not None and checked.limits == limits and checked.holds(vault, path, data):
        skipped = checked.skipped
        rows = checked.take_rows()
    else:
        rows, skipped = _checked_rows(vault, data, name, limits)
    try:
        added = add_checked_entries(vault, rows) if rows else 0
    except StaleRows:
        # The profile changed since the check (another process): check again against what it
        # holds now, which leaves out what it gained or names what clashes, and add the rest.
        rows, skipped = _checked_rows(vault, data, name, limits)
        added = add_checked_entries(vault, rows) if rows else 0
    return ImportResult("CSV", counts(added), skipped=skipped_counts(skipped))
