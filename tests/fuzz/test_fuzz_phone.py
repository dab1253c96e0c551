"""Property-based fuzzing of the phone-export readers (#19): Apple Health's export.xml / zip and
Google Fit's daily CSVs. For any bytes, any changed export: the only exception is our InputError
family, a refused import leaves the profile exactly as it was, and an accepted one passes
`verify`, adds what it said, and adds nothing when imported again."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from fuzzkit import ALLOWED, FUZZ, content
from hypothesis import given
from hypothesis import strategies as st

from planner.share.files import import_file
from planner.vault import Vault

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
        "<!ELEMENT HealthData (Record|Correlation)*>\n]>\n<HealthData>\n")
TYPES = ["StepCount", "BodyMass", "HeartRate", "RestingHeartRate", "BloodGlucose",
         "BloodPressureSystolic", "ActiveEnergyBurned", "Nonsense"]
UNITS = ["count", "kg", "lb", "g", "st", "count/min", "mg/dL", "mmol<180.16>/L", "mmHg", "", "?"]
VALUES = st.sampled_from(["0", "1", "72", "180.5", "-5", "1e309", "nan", "inf", "9" * 500, "",
                          "abc", "100001", "１２"]) | st.text(max_size=8)
DATES = st.sampled_from([
    "2024-01-01 08:00:00 +0000", "2024-01-01 23:59:59 -1200", "2024-02-30 08:00:00 +0000",
    "0001-01-01 00:00:00 +1400", "9999-12-31 23:59:59 -2359", "yesterday", "",
    "2024-01-01T08:00:00Z"]) | st.text(max_size=12)
ATTR = st.text(st.characters(blacklist_categories=["Cs"]), max_size=10).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"))


@st.composite
def records(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(TYPES))
    if draw(st.booleans()) and kind == "StepCount":
        sleep = draw(st.sampled_from(["AsleepCore", "InBed", "Awake", "Asleep", "Bogus"]))
        return (f'<Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="{draw(ATTR)}" '
                f'startDate="{draw(DATES)}" endDate="{draw(DATES)}" '
                f'value="HKCategoryValueSleepAnalysis{sleep}"/>\n')
    return (f'<Record type="HKQuantityTypeIdentifier{kind}" sourceName="{draw(ATTR)}" '
            f'unit="{draw(st.sampled_from(UNITS))}" startDate="{draw(DATES)}" '
            f'endDate="{draw(DATES)}" value="{draw(VALUES)}"/>\n')


@st.composite
def exports(draw: st.DrawFn) -> bytes:
    body = "".join(draw(st.lists(records(), max_size=6)))
    data = (HEAD + body + "</HealthData>\n").encode()
    cut = draw(st.sampled_from([None, None, None, "cut", "flip"]))
    if cut == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif cut == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
    return data


def attempt(vault: Vault, path: Path) -> Any:
    before = content(vault)
    try:
        result = import_file(vault, path)
    except ALLOWED:
        assert content(vault) == before, "a refused import changed the profile"
        return None
    assert vault.verify() == []
    return result


@FUZZ
@given(data=exports(), zipped=st.booleans())
def test_apple_health_import_is_all_or_nothing(small: Vault, tmp_path_factory: Any,
                                               data: bytes, zipped: bool) -> None:
    folder = tmp_path_factory.mktemp("apple")
    path = folder / ("export.zip" if zipped else "export.xml")
    if zipped:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("apple_health_export/export.xml", data)
        path.write_bytes(buffer.getvalue())
    else:
        path.write_bytes(data)
    count = small.logs.count()
    result = attempt(small, path)
    if result is not None:
        assert small.logs.count() == count + result.counts["log entries"]
        again = attempt(small, path)
        assert again is None or again.counts["log entries"] == 0


FIT_HEADER = "Date,Step count,Average heart rate (bpm),Average weight (kg)\n"


@FUZZ
@given(rows=st.lists(st.tuples(DATES.map(lambda d: d[:10]), VALUES, VALUES, VALUES), max_size=5),
       extra=st.text(max_size=30))
def test_google_fit_import_is_all_or_nothing(small: Vault, tmp_path_factory: Any,
                                             rows: list[tuple[str, str, str, str]],
                                             extra: str) -> None:
    path = tmp_path_factory.mktemp("fit") / "Daily activity metrics.csv"
    text = FIT_HEADER + "".join(",".join(r) + "\n" for r in rows) + extra
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    count = small.logs.count()
    result = attempt(small, path)
    if result is not None:
        assert small.logs.count() == count + result.counts["log entries"]


@FUZZ
@given(raw=st.binary(max_size=600), name=st.sampled_from(
    ["export.xml", "export.zip", "takeout.zip", "Daily activity metrics.csv", "2024-01-01.csv"]))
def test_phone_readers_take_any_bytes(small: Vault, tmp_path_factory: Any, raw: bytes,
                                      name: str) -> None:
    path = tmp_path_factory.mktemp("raw") / name
    path.write_bytes(raw)
    attempt(small, path)
