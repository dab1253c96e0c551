"""Apple Health's export: `export.zip` from the Health app, or the `export.xml` inside it.

Format, from Apple's own pages: the Health app's "Export All Health Data" (Apple Support, "Share
your data in Health on iPhone") writes `export.zip` holding `apple_health_export/export.xml`: a
`<HealthData>` root after a DOCTYPE whose internal subset declares the elements, then one
`<Record type=... sourceName=... unit=... startDate="2024-01-01 08:00:00 +0000" endDate=...
value=.../>` per sample. The type names and units are HealthKit's (Apple Developer
Documentation, "HKQuantityTypeIdentifier", "HKCorrelationTypeIdentifierBloodPressure",
"HKCategoryValueSleepAnalysis"): blood pressure is a `<Correlation>` holding a systolic and a
diastolic `<Record>`; sleep is a category record whose value is one of
`HKCategoryValueSleepAnalysisAsleep{Unspecified,Core,Deep,REM}` (asleep), `...InBed` or
`...Awake` (not counted).

Read as a stream (defusedxml's iterparse), each finished record dropped at once, so memory
stays flat however big the export is. The XML is hostile until proven otherwise: defusedxml
refuses any entity declaration (an external entity naming a local file, or an entity-expansion
bomb; a real export declares none) and never fetches or opens anything the file names. From a
zip only the member `.../export.xml` is read, and no more bytes than `MAX_XML_BYTES`.

Mapping rules (daily figures, de-duplication of sources): see planner/share/phone.py.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]

from planner.errors import InvalidFile, shown
from planner.share.importing import Problems, file_name
from planner.share.limits import Limits
from planner.share.phone_days import OUT_OF_RANGE, Days, OutOfRange, Progress, check_value, number

MAX_XML_BYTES = 16 * 1024**3  # the largest export.xml read (a zip bomb stops here)
# export.xml deflates about 15-25 to 1; a member claiming more than this is a zip bomb (the zip
# module never unpacks past the size a member declares, so the declared size is the cap).
MAX_RATIO = 200
LABEL = "Apple Health export"

QUANTITIES = {
    "HKQuantityTypeIdentifierStepCount": "steps",
    "HKQuantityTypeIdentifierBodyMass": "weight",
    "HKQuantityTypeIdentifierHeartRate": "heart-rate",
    "HKQuantityTypeIdentifierRestingHeartRate": "resting-heart-rate",
    "HKQuantityTypeIdentifierBloodPressureSystolic": "systolic",
    "HKQuantityTypeIdentifierBloodPressureDiastolic": "diastolic",
    "HKQuantityTypeIdentifierBloodGlucose": "glucose",
}
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
BLOOD_PRESSURE = "HKCorrelationTypeIdentifierBloodPressure"
ASLEEP = frozenset({
    "HKCategoryValueSleepAnalysisAsleep",
    "HKCategoryValueSleepAnalysisAsleepUnspecified",
    "HKCategoryValueSleepAnalysisAsleepCore",
    "HKCategoryValueSleepAnalysisAsleepDeep",
    "HKCategoryValueSleepAnalysisAsleepREM",
})
MG_DL_PER_MMOL_L = 18.016  # glucose, 180.16 g/mol


def to_planner_unit(key: str, value: float, unit: str) -> float:
    """The reading in the tracker's unit (kg, bpm, mmHg, mmol/L, steps)."""
    unit = unit.strip()
    if key == "weight":
        factors = {"kg": 1.0, "lb": 0.45359237, "g": 0.001, "st": 6.35029318}
        if unit not in factors:
            raise ValueError(f"weight in '{shown(unit, 20)}' is not a unit the planner knows")
        return value * factors[unit]
    if key == "glucose":
        if unit == "mg/dL":
            return round(value / MG_DL_PER_MMOL_L, 1)
        if unit.startswith("mmol") and unit.endswith("/L"):  # "mmol<180.15588...>/L"
            return round(value, 1)
        raise ValueError(f"glucose in '{shown(unit, 20)}' is not a unit the planner knows")
    return value


def parse_date(raw: str | None) -> datetime:
    """Apple's "2024-01-01 08:00:00 +0000" (with its offset: the day is the local day)."""
    text = (raw or "").strip()
    try:
        at = datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        raise ValueError(f"'{shown(text)}' is not a date like 2024-01-01 08:00:00 +0000") from None
    if not 1900 <= at.year <= 2200:
        raise ValueError(f"'{shown(text)}' is too far in the past or future")
    return at


class _Counting:
    """A binary stream that counts what was read, reports progress and stops at a cap."""

    def __init__(self, raw: IO[bytes], total: int, progress: Progress | None) -> None:
        self.raw, self.total, self.progress, self.done = raw, total, progress, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if 0 < size <= 1 << 20 else 1 << 20)
        before = self.done
        self.done += len(data)
        if self.done > MAX_XML_BYTES:
            raise InvalidFile("The Apple Health export is larger than the planner reads.")
        # once a megabyte (the parser reads 16 KiB at a time): the bar, and the Stop button
        if self.progress is not None and (self.done >> 20 != before >> 20 or not data):
            self.progress(self.done, self.total)
        return data


def _open(path: Path, stack: list[Any]) -> _Counting:
    name = file_name(path)
    try:
        if zipfile.is_zipfile(path):
            archive = zipfile.ZipFile(path)
            stack.append(archive)
            members = [i for i in archive.infolist()
                       if i.filename.endswith("export.xml") and "export_cda" not in i.filename]
            if not members:
                raise InvalidFile(f"'{name}' is a zip file without Apple Health's export.xml.")
            member = min(members, key=lambda i: i.filename.count("/"))
            if member.file_size > MAX_XML_BYTES or (
                member.file_size > MAX_RATIO * member.compress_size + (1 << 20)
            ):
                raise InvalidFile(
                    f"'{name}' unpacks to far more than an Apple Health export could hold (a "
                    "zip bomb, or a damaged zip), so it was not read and nothing was changed."
                )
            handle: IO[bytes] = archive.open(member)
            total = member.file_size
        else:
            handle = path.open("rb")
            total = path.stat().st_size
    except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError):
        raise InvalidFile(f"'{name}' is a damaged zip file, so nothing was changed.") from None
    except OSError as exc:
        raise InvalidFile(f"'{name}' could not be read ({exc.strerror}).") from None
    stack.append(handle)
    return _Counting(handle, total, progress=None)


def _records(stream: _Counting, name: str) -> Iterator[tuple[int, Element]]:
    """Each finished child of <HealthData> (a Record or a Correlation), numbered, then dropped."""
    depth = 0
    root: Element | None = None
    count = 0
    try:
        for event, element in iterparse(stream, events=("start", "end"), forbid_dtd=False,
                                        forbid_entities=True, forbid_external=True):
            if event == "start":
                depth += 1
                if depth == 1:
                    if element.tag != "HealthData":
                        raise InvalidFile(f"'{name}' is XML, but not Apple Health's export.xml "
                                          "(it has no <HealthData>).")
                    root = element
                elif depth > 4:
                    raise InvalidFile(f"'{name}' is nested too deeply to be an Apple Health "
                                      "export.")
                continue
            depth -= 1
            if depth == 1:
                count += 1
                yield count, element
                element.clear()
                if root is not None:
                    root.clear()  # keep memory flat: the root would hold every record
    except DefusedXmlException:
        raise InvalidFile(
            f"'{name}' declares XML entities, which an Apple Health export never does (they can "
            "read other files or fill the memory), so it was not read and nothing was changed."
        ) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 0
        raise InvalidFile(
            f"'{name}' is a damaged or cut-short Apple Health export (the XML breaks off at line "
            f"{line:,}), so nothing was changed. Export it again from the Health app."
        ) from None
    except RecursionError:
        raise InvalidFile(f"'{name}' is nested too deeply to be an Apple Health export.") from None
    except (LookupError, UnicodeError, ValueError):  # encoding="UTF-8P" or "cp932": atheris
        raise InvalidFile(f"'{name}' is not an Apple Health export the planner can read (its "
                          "XML names an encoding other than UTF-8), so nothing was changed."
                          ) from None
    if root is None:
        raise InvalidFile(f"'{name}' is an empty Apple Health export, so nothing was changed.")


def _record(element: Element, days: Days) -> None:
    """One Record or Correlation into `days`; ValueError in plain words when it is wrong."""
    kind = element.get("type", "")
    if element.tag == "Correlation" and kind == BLOOD_PRESSURE:
        for inner in element.iter("Record"):
            _record(inner, days)
        return
    if element.tag != "Record":
        if element.tag in ("Correlation", "Workout", "ActivitySummary"):
            days.skip("kinds the planner does not track")
        return
    source = element.get("sourceName", "")
    if kind == SLEEP:
        if element.get("value") not in ASLEEP:
            days.skip("sleep records of time in bed or awake")
            return
        start = parse_date(element.get("startDate"))
        end = parse_date(element.get("endDate"))
        hours = (end - start).total_seconds() / 3600
        if hours < 0:
            raise ValueError("the sleep ends before it starts")
        if hours > 24:
            raise OutOfRange("a sleep of more than a day")
        days.add_span("sleep", start, end, source)
        return
    key = QUANTITIES.get(kind)
    if key is None:
        days.skip("kinds the planner does not track")
        return
    at = parse_date(element.get("startDate"))
    value = to_planner_unit(key, number(element.get("value", "")), element.get("unit", ""))
    if key == "steps":
        if not 0 <= value <= 100_000:
            raise OutOfRange(f"Steps: {value:.6g} steps in one record is not a step count")
    else:
        check_value(key, value)
    days.add(key, at, source, value)


def read_export(path: Path, limits: Limits, progress: Progress | None = None) -> tuple[
    Days, Problems
]:
    """Every record folded into daily figures, with the bad ones listed (by record number)."""
    name = file_name(path)
    days = Days()
    problems = Problems(limits)
    stack: list[Any] = []
    try:
        stream = _open(path, stack)
        stream.progress = progress
        for n, element in _records(stream, name):
            if n > limits.max_rows * 100:
                raise InvalidFile(f"'{name}' has more records than the planner reads.")
            try:
                _record(element, days)
            except OutOfRange:
                days.skip(OUT_OF_RANGE)
            except ValueError as exc:
                problems.add(f"record {n:,}", str(exc))
    finally:
        for item in reversed(stack):
            item.close()
    return days, problems
