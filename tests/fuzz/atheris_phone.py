"""atheris harness: phone exports (#19). Any bytes as Apple Health's export.xml (or, with a
first byte of 1, inside an export.zip; 2, Google Fit's daily activity CSV); refused files change
nothing, accepted ones add what they said.

Run by tests/fuzz/run_atheris.py (`make soak`); by hand:
    .venv/bin/python tests/fuzz/atheris_phone.py -max_total_time=60 build/fuzz/corpus/phone
"""

from __future__ import annotations

import io
import sys
import zipfile

import atheris
import harness_kit as kit

with atheris.instrument_imports(include=kit.INSTRUMENTED):
    from fuzzkit import content, open_small

    from planner.errors import InputError
    from planner.share.files import import_file

HOME = kit.small_vault_home("phone")
VAULT = open_small(HOME)
FOLDER = kit.fresh_dir("phone-in")
BASELINE = [content(VAULT)]
EXPORT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
    b"<!ELEMENT HealthData (Record|Correlation)*>\n]>\n<HealthData>\n"
    b' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" '
    b'startDate="2024-01-01 08:00:00 +0000" endDate="2024-01-01 08:10:00 +0000" value="800"/>\n'
    b' <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="lb" '
    b'startDate="2024-01-01 07:00:00 +0000" endDate="2024-01-01 07:00:00 +0000" value="176"/>\n'
    b' <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" '
    b'startDate="2024-01-01 23:00:00 +0000" endDate="2024-01-02 06:00:00 +0000" '
    b'value="HKCategoryValueSleepAnalysisAsleepCore"/>\n</HealthData>\n'
)
FIT = (b"Date,Move Minutes count,Step count,Average heart rate (bpm),Average weight (kg)\n"
       b"2024-02-01,30,6000,71.5,80.2\n2024-02-02,,7500,,\n")


def TestOneInput(data: bytes) -> None:
    mode, body = data[:1], data[1:]
    if mode == b"\x01":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("apple_health_export/export.xml", body)
        path = FOLDER / "export.zip"
        path.write_bytes(buffer.getvalue())
    elif mode == b"\x02":
        path = FOLDER / "Daily activity metrics.csv"
        path.write_bytes(body)
    else:
        path = FOLDER / "export.xml"
        path.write_bytes(body)
    count = VAULT.logs.count()
    try:
        result = import_file(VAULT, path)
    except InputError:
        kit.must_not_change(BASELINE[0], content(VAULT), "phone import")
        return
    if VAULT.logs.count() != count + result.counts["log entries"]:
        raise kit.PropertyBroken("the import added a different number of entries than it said")
    BASELINE[0] = content(VAULT)


if __name__ == "__main__":
    if kit.write_seeds({
        "export.xml": b"\x00" + EXPORT,
        "export-zip": b"\x01" + EXPORT,
        "fit.csv": b"\x02" + FIT,
    }):
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
