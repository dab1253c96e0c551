"""Google Fit's data from Google Takeout: the "Daily activity metrics" CSVs.

Format, from Google's own pages (Google Fit Help, "Download your Google Fit data", and Google
Takeout's Fit export): the Takeout zip holds `Takeout/Fit/Daily activity metrics/`, with
`Daily activity metrics.csv` (older Takeouts: `Fit/Daily Aggregations/Daily Summaries.csv`;
one row a day: `Date` then columns such as `Move Minutes count`,
`Calories (kcal)`, `Distance (m)`, `Heart Points`, `Average heart rate (bpm)`, `Step count`,
`Average weight (kg)`) and one file a day named `2024-01-01.csv` whose rows are 15-minute
intervals (`Start time`, `End time` like `08:00:00.000+01:00`, then the same columns). Empty
cells mean nothing was measured.

The summary file is read when there is one; otherwise the daily files (steps summed over the
day, heart rate averaged, the day's last weight). The same mapping and de-duplication rules as
Apple Health apply (planner/share/phone.py): one entry per tracker and day, with the same
stable id, so a day already imported from either export is not added again.

Read as a stream, one row at a time, from the zip or from a CSV file given on its own.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import IO

from planner.errors import InvalidFile, shown
from planner.share.importing import Problems, file_name
from planner.share.limits import Limits
from planner.share.phone_days import OUT_OF_RANGE, Days, OutOfRange, Progress, check_value, number

COLUMNS = {
    "step count": "steps",
    "average heart rate (bpm)": "heart-rate",
    "average weight (kg)": "weight",
}
SOURCE = "Google Fit"
# Older Takeouts named the same folder "Daily Aggregations" and its summary "Daily Summaries.csv".
FOLDERS = ("Fit/Daily activity metrics/", "Fit/Daily Aggregations/")
SUMMARIES = ("Daily activity metrics.csv", "Daily Summaries.csv")
DAY_FILE = re.compile(r"(\d{4}-\d{2}-\d{2})\.csv$")
MAX_BYTES = 2 * 1024**3


def _parse_day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{shown(text)}' is not a date like 2024-01-01") from None
    if not 1900 <= day.year <= 2200:
        raise ValueError(f"'{shown(text)}' is too far in the past or future")
    return day


def _offset(text: str) -> timezone:
    """The offset of Fit's "08:00:00.000+01:00" (the day's own local time)."""
    match = re.search(r"([+-])(\d{2}):(\d{2})$", text.strip())
    if match is None:
        return UTC
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))


def _rows(handle: IO[bytes], name: str) -> Iterator[tuple[int, dict[str, str]]]:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    reader = csv.reader(text, strict=True)
    try:
        header = [c.strip().lower() for c in next(reader, [])]
        if not header or header[0] not in ("date", "start time"):
            raise InvalidFile(f"'{name}' is not a Google Fit daily activity CSV (its first "
                              "column is not Date or Start time).")
        for record in reader:
            if not record or all(not c.strip() for c in record):
                continue
            if len(record) > len(header):
                raise ValueError(f"line {reader.line_num}")
            yield reader.line_num, dict(zip(header, record, strict=False))
    except UnicodeDecodeError:
        raise InvalidFile(f"'{name}' is not a Google Fit file: it is not UTF-8 text, so nothing "
                          "was changed.") from None
    except csv.Error:
        raise InvalidFile(f"'{name}' is a damaged Google Fit file (line {reader.line_num} cannot "
                          "be read), so nothing was changed.") from None
    finally:
        text.detach()


def _read_file(handle: IO[bytes], name: str, day: date | None, days: Days,
               problems: Problems) -> None:
    rows = _rows(handle, name)
    while True:
        try:
            item = next(rows)
        except StopIteration:
            return
        except ValueError as exc:
            problems.add(f"{name} {exc}", "has more values than the header has columns")
            continue
        line, row = item
        try:
            if day is None:
                when = datetime.combine(_parse_day(row.get("date", "")), datetime.min.time(),
                                        UTC).replace(hour=12)
            else:
                start = row.get("start time", "")
                when = datetime.combine(day, datetime.min.time(), _offset(start)).replace(hour=12)
                if start.strip()[:2].isdigit():
                    hour = int(start.strip()[:2])
                    if hour > 23:
                        raise ValueError(f"'{shown(start)}' is not a time of day")
                    when = when.replace(hour=hour)
            for column, key in COLUMNS.items():
                raw = row.get(column, "").strip()
                if not raw:
                    continue
                value = number(raw)
                try:
                    check_value(key, value)
                except OutOfRange:
                    days.skip(OUT_OF_RANGE)
                    continue
                days.add(key, when, SOURCE, value)
        except ValueError as exc:
            problems.add(f"{name} line {line}", str(exc))


def read_export(path: Path, limits: Limits, progress: Progress | None = None) -> tuple[
    Days, Problems
]:
    """The daily summary (or the daily files) of a Takeout zip, or one CSV given on its own."""
    name = file_name(path)
    days = Days()
    problems = Problems(limits)
    try:
        if not zipfile.is_zipfile(path):
            match = DAY_FILE.search(path.name)
            try:
                day = _parse_day(match.group(1)) if match else None
            except ValueError as exc:
                raise InvalidFile(f"'{name}' is named for no day: {exc}.") from None
            with path.open("rb") as handle:
                _read_file(handle, name, day, days, problems)
            return days, problems
        with zipfile.ZipFile(path) as archive:
            members = [i for i in archive.infolist() if any(f in i.filename for f in FOLDERS)
                       and i.filename.endswith(".csv")]
            if any(i.file_size > MAX_BYTES or i.file_size > 200 * i.compress_size + (1 << 20)
                   for i in members):  # CSV packs about 5 to 1: this is a zip bomb
                raise InvalidFile(f"'{name}' unpacks to far more than Google Fit data could "
                                  "hold (a zip bomb, or a damaged zip), so it was not read and "
                                  "nothing was changed.")
            summary = [i for i in members if i.filename.endswith(SUMMARIES)]
            chosen = summary or [i for i in members if DAY_FILE.search(i.filename)]
            if not chosen:
                raise InvalidFile(f"'{name}' holds no Google Fit daily activity metrics.")
            for n, info in enumerate(chosen, start=1):
                match = DAY_FILE.search(info.filename)
                member = shown(info.filename.rsplit("/", 1)[-1], 40)
                try:
                    day = None if summary else _parse_day(match.group(1) if match else "")
                except ValueError as exc:
                    problems.add(member, str(exc))
                    continue
                with archive.open(info) as handle:
                    _read_file(handle, member, day, days, problems)
                if progress is not None:
                    progress(n, len(chosen))
    except (zipfile.BadZipFile, EOFError, NotImplementedError):
        raise InvalidFile(f"'{name}' is a damaged Google Takeout zip, so nothing was "
                          "changed.") from None
    except OSError as exc:
        raise InvalidFile(f"'{name}' could not be read ({exc.strerror}).") from None
    return days, problems
