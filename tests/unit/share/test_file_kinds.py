"""Crafted files of every kind the planner reads, through the real command line (#19).

Each bad file gets exit 2 and one line that names the kind it was read as (a cut-short backup
is a damaged backup, a JSON array a FHIR file, random bytes none of the kinds, listing them), the
vault verifies afterwards and holds exactly what it held. Then the phone exports' happy paths:
mapping, units, de-duplicated sources, the preview, importing twice, and hostile XML.
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sharekit import CHEAP, DEMO_PASS, dump_profile, one_clear_line

from planner import demo as demo_data
from planner.share import backup
from planner.share.files import detect_kind
from planner.vault import Profiles

Maker = Callable[[Path], bytes]
RANDOM = bytes((i * 7919 + 13) % 256 for i in range(600))

XML_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
    "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n"
    "<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n"
    '<HealthData locale="en_GB">\n <ExportDate value="2024-01-03 09:00:00 +0000"/>\n'
)


def rec(kind: str, value: str, at: str = "2024-01-01 08:00:00 +0000", unit: str = "count",
        source: str = "iPhone", end: str | None = None) -> str:
    return (f' <Record type="HKQuantityTypeIdentifier{kind}" sourceName="{source}" '
            f'unit="{unit}" startDate="{at}" endDate="{end or at}" value="{value}"/>\n')


def sleep(start: str, end: str, value: str = "AsleepCore", source: str = "Watch") -> str:
    return (f' <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="{source}" '
            f'startDate="{start}" endDate="{end}" value="HKCategoryValueSleepAnalysis{value}"/>\n')


def apple(body: str, head: str = XML_HEAD) -> bytes:
    return (head + body + "</HealthData>\n").encode()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


GOOD_APPLE = apple(
    rec("StepCount", "1000") + rec("StepCount", "500", "2024-01-01 09:00:00 +0000")
    + rec("StepCount", "1200", source="Apple Watch")
    + rec("BodyMass", "180", unit="lb")
    + rec("HeartRate", "60", unit="count/min") + rec("HeartRate", "80", unit="count/min",
                                                      at="2024-01-01 09:00:00 +0000")
    + rec("RestingHeartRate", "55", unit="count/min")
    + rec("BloodGlucose", "90.1", unit="mg/dL")
    + sleep("2024-01-01 23:00:00 +0000", "2024-01-02 03:00:00 +0000")
    + sleep("2024-01-02 03:00:00 +0000", "2024-01-02 06:30:00 +0000", "AsleepDeep")
    + sleep("2024-01-01 22:30:00 +0000", "2024-01-02 07:00:00 +0000", "InBed")
    + sleep("2024-01-01 23:00:00 +0000", "2024-01-02 05:00:00 +0000", "Asleep", "iPhone")
    + sleep("2024-01-02 01:00:00 +0000", "2024-01-02 02:00:00 +0000", "AsleepREM")  # overlaps
    + rec("HeartRate", "400", unit="count/min")  # a glitch: skipped, not a refusal
    + ' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="Cuff" '
    'startDate="2024-01-02 08:00:00 +0000" endDate="2024-01-02 08:00:00 +0000">\n'
    + rec("BloodPressureSystolic", "128", "2024-01-02 08:00:00 +0000", "mmHg", "Cuff")
    + rec("BloodPressureDiastolic", "82", "2024-01-02 08:00:00 +0000", "mmHg", "Cuff")
    + " </Correlation>\n"
    + rec("ActiveEnergyBurned", "20", unit="kcal")
)
FIT_HEADER = ("Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,"
              "Average heart rate (bpm),Step count,Average weight (kg)\n")
GOOD_FIT = (FIT_HEADER + "2024-02-01,30,2000,4000,10,71.5,6000,80.2\n"
            "2024-02-02,,,,,,7500,\n").encode()
FIT_DAY = (b"Start time,End time,Move Minutes count,Step count,Average heart rate (bpm)\n"
           b"08:00:00.000+01:00,08:15:00.000+01:00,5,800,90\n"
           b"08:15:00.000+01:00,08:30:00.000+01:00,5,700,70\n")


def takeout(members: dict[str, bytes]) -> bytes:
    return zipped({f"Takeout/Fit/Daily activity metrics/{k}": v for k, v in members.items()})


def full_backup(home: Path) -> bytes:
    with Profiles(home, kdf=CHEAP).unlock(demo_data.DEMO_NAME, DEMO_PASS) as vault:
        return backup.make_backup(vault, "stick passphrase", kdf=CHEAP)


def deep_json(n: int) -> bytes:
    return ("[" * n + "]" * n).encode()


HUGE = "9" * 5000
# (file name, contents, the words the refusal must hold)
CASES: dict[str, tuple[str, Any, str]] = {
    # CSV
    "csv-empty": ("log.csv", b"", "CSV file"),
    "csv-truncated": ("log.csv", b'tracker,at,value\nweight,"2026-03-01', "CSV file"),
    "csv-random": ("log.csv", RANDOM, "CSV file"),
    "csv-deep": ("log.csv", b"tracker,at,value\n" + b'"' * 5000, "CSV file"),
    "csv-wrong-top": ("log.csv", b"<html><body>hi</body></html>\n", "CSV file"),
    "csv-huge-number": ("log.csv", f"tracker,at,value\nweight,2026-03-01T08:00:00+00:00,"
                        f"{HUGE}\n".encode(), "CSV file"),
    "csv-bad-date": ("log.csv", b"tracker,at,value\nweight,2026-13-45,80\n", "CSV file"),
    "csv-mixed": ("log.csv", b"tracker,at,value\nweight,2026-03-01T08:00:00+00:00,80\n"
                  b"weight,2026-03-02T08:00:00+00:00,heavy\n", "CSV file"),
    # FHIR / JSON
    "fhir-empty": ("bundle.json", b"", "FHIR file"),
    "fhir-truncated": ("bundle.json", b'{"resourceType": "Bundle", "type": "coll', "FHIR file"),
    "fhir-random": ("bundle.json", RANDOM, "FHIR file"),
    "fhir-deep": ("bundle.json", deep_json(100_000), "FHIR file"),
    "fhir-array": ("bundle.json", b"[1, 2, 3]", "FHIR file"),
    "fhir-string": ("bundle.json", b'"Bundle"', "FHIR file"),
    "fhir-huge-number": ("bundle.json", ('{"resourceType": "Bundle", "type": "collection", '
                         f'"entry": [{{"resource": {{"value": {HUGE}}}}}]}}').encode(),
                         "FHIR file"),
    "fhir-bad-date": ("bundle.json", json.dumps({
        "resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
            "resourceType": "Observation", "status": "final", "effectiveDateTime": "2026-13-45",
            "code": {"text": "Weight"}, "valueQuantity": {"value": 80, "unit": "kg"}}}]}
    ).encode(), "FHIR file"),
    # backups
    "backup-empty": ("stick.hpbackup", b"", "damaged Health Planner backup"),
    "backup-truncated": ("stick.hpbackup", full_backup, "damaged Health Planner backup"),
    "backup-magic-only": ("stick.hpbackup", b"HPBAC", "damaged Health Planner backup"),
    "backup-random": ("stick.hpbackup", RANDOM, "damaged Health Planner backup"),
    "backup-bad-header": ("stick", b"HPBACKUP\x00\x00\x00\x05{[[[[" + b"\x00" * 40,
                          "damaged Health Planner backup"),
    "backup-huge-header": ("stick", b"HPBACKUP\xff\xff\xff\xff" + b"\x00" * 40,
                           "damaged Health Planner backup"),
    # Apple Health
    "apple-empty": ("export.xml", b"", "Apple Health export"),
    "apple-zip-empty": ("export.zip", b"", "zip"),
    "apple-truncated": ("export.xml", GOOD_APPLE[: len(GOOD_APPLE) // 2], "Apple Health export"),
    "apple-zip-truncated": ("export.zip", zipped({"apple_health_export/export.xml": GOOD_APPLE})
                            [:300], "zip"),
    "apple-random": ("export.xml", RANDOM, "Apple Health export"),
    "apple-deep": ("export.xml", apple("<a>" * 50_000 + "</a>" * 50_000), "Apple Health export"),
    "apple-wrong-top": ("export.xml", b"<html><body/></html>", "Apple Health export"),
    "apple-huge-number": ("export.xml", apple(rec("StepCount", HUGE)), "Apple Health export"),
    "apple-bad-date": ("export.xml", apple(rec("StepCount", "5", at="yesterday")),
                       "Apple Health export"),
    "apple-mixed": ("export.zip", zipped({"apple_health_export/export.xml": apple(
        rec("StepCount", "5") + rec("BodyMass", "heavy", unit="kg"))}), "Apple Health export"),
    "apple-bad-encoding": ("export.xml", b'<?xml version="1.0" encoding="UTF-8P"?><HealthData/>',
                           "Apple Health export"),  # found by atheris: LookupError
    "apple-multibyte": ("export.xml", b'<?xml version="1.0" encoding="cp932"?><HealthData/>',
                        "Apple Health export"),  # found by atheris: ValueError
    "apple-zip-bomb": ("export.zip", lambda home: zipped({
        "apple_health_export/export.xml": apple("") + b" " * (64 * 1024 * 1024)}),
        "zip bomb"),
    "apple-bad-unit": ("export.xml", apple(rec("BodyMass", "80", unit="furlongs")),
                       "Apple Health export"),
    # Google Fit
    "fit-empty": ("Daily activity metrics.csv", b"", "CSV file"),
    "fit-zip-truncated": ("takeout.zip", takeout({"Daily activity metrics.csv": GOOD_FIT})[:200],
                          "zip"),
    "fit-random": ("takeout.zip", b"PK\x03\x04" + RANDOM, "zip"),
    "fit-deep": ("Daily activity metrics.csv", FIT_HEADER.encode() + b'"' * 5000,
                 "Google Fit file"),
    "fit-wrong-top": ("takeout.zip", takeout({"notes.txt": b"hello"}), "Health Planner backup"),
    "fit-zip-bomb": ("takeout.zip", lambda home: takeout({
        "Daily activity metrics.csv": GOOD_FIT + b"\n" * (64 * 1024 * 1024)}), "zip bomb"),
    "fit-huge-number": ("Daily activity metrics.csv", (FIT_HEADER + f"2024-02-01,,,,,,{HUGE},\n")
                        .encode(), "Google Fit file"),
    "fit-bad-date": ("Daily activity metrics.csv", (FIT_HEADER + "2024-02-31,,,,,,100,\n")
                     .encode(), "Google Fit file"),
    "fit-mixed": ("takeout.zip", takeout({"Daily activity metrics.csv": GOOD_FIT
                                          + b"2024-02-03,,,,,,lots,\n"}), "Google Fit file"),
    # none of the kinds
    "none-random": ("photo.jpg", RANDOM, "is not a Health Planner backup, a FHIR file, a CSV "
                    "file or a phone health export"),
    "none-empty": ("notes", b"", "is empty. The planner reads a Health Planner backup"),
}
WRONG_WORDS = {
    "CSV file": ("JSON", "FHIR", "backup", "XML", "Apple"),
    "FHIR file": ("CSV", "backup", "XML", "Apple", "header row"),
    "damaged Health Planner backup": ("CSV", "JSON", "FHIR", "spreadsheet"),
    "Apple Health export": ("CSV", "JSON", "FHIR", "backup"),
    "Google Fit file": ("JSON", "FHIR", "backup", "Apple", "'CSV UTF-8'"),
    "zip": ("CSV", "JSON", "FHIR", "backup", "header row"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_crafted_file_is_refused_naming_its_kind(
    case: str, demo_home: Path, tmp_path: Path, cli: Any
) -> None:
    name, contents, words = CASES[case]
    data = contents(demo_home) if callable(contents) else contents
    if case == "backup-truncated":
        data = data[:-40]
    path = tmp_path / name
    path.write_bytes(data)
    before = dump_profile(demo_home)
    run = cli(demo_home, "--profile", "Demo", "--passphrase-stdin", "import", "--yes",
              str(path), stdin=DEMO_PASS + "\nstick passphrase\n")
    line = one_clear_line(run)
    assert words in line, line
    assert "went wrong" not in line and "Error" not in line
    for wrong in WRONG_WORDS.get(words, ()):
        assert wrong not in line, (wrong, line)
    assert dump_profile(demo_home) == before
    assert cli(demo_home, "--profile", "Demo", "--passphrase-stdin", "verify",
               stdin=DEMO_PASS + "\n").code == 0


# -- the phone exports' happy paths -----------------------------------------------------------


def _import(cli: Any, home: Path, path: Path, *extra: str) -> Any:
    return cli(home, "--profile", "Demo", "--passphrase-stdin", "import", *extra, str(path),
               stdin=DEMO_PASS + "\n")


def _values(home: Path, key: str) -> dict[str, float | None]:
    with Profiles(home, kdf=CHEAP).unlock(demo_data.DEMO_NAME, DEMO_PASS) as vault:
        tracker = next(t for t in vault.trackers.all(include_archived=True) if t.key == key)
        return {e.at.date().isoformat(): e.value for e in vault.logs.find(limit=100_000)
                if e.tracker_id == tracker.id and e.note.startswith("from ")}


def test_apple_health_maps_units_and_counts_each_walk_once(
    demo_home: Path, tmp_path: Path, cli: Any
) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(zipped({"apple_health_export/export.xml": GOOD_APPLE,
                             "apple_health_export/export_cda.xml": b"<x/>"}))
    assert detect_kind(path) == "apple_health"
    run = _import(cli, demo_home, path, "--yes")
    assert run.code == 0, run.err
    assert "Steps: 1 day, 2024-01-01 to 2024-01-01" in run.out
    assert "Skipped 1 record: kinds the planner does not track" in run.out
    assert "Skipped 1 record: readings outside what the tracker accepts" in run.out
    assert _values(demo_home, "steps") == {"2024-01-01": 1500}  # phone 1500 beats watch 1200
    assert _values(demo_home, "weight") == {"2024-01-01": 81.6}  # 180 lb
    assert _values(demo_home, "heart-rate") == {"2024-01-01": 70}
    assert _values(demo_home, "resting-heart-rate") == {"2024-01-01": 55}
    assert _values(demo_home, "glucose") == {"2024-01-01": 5.0}  # 90.1 mg/dL
    # core + deep (the REM stage over the core counts once), not in bed; the watch's 7.5 h,
    # not the phone's 6 h, and never the two added
    assert _values(demo_home, "sleep") == {"2024-01-02": 7.5}
    assert _values(demo_home, "systolic") == {"2024-01-02": 128}
    assert _values(demo_home, "diastolic") == {"2024-01-02": 82}


def test_importing_twice_adds_nothing_and_a_newer_export_only_what_is_new(
    demo_home: Path, tmp_path: Path, cli: Any
) -> None:
    first = tmp_path / "export.xml"
    first.write_bytes(apple(rec("StepCount", "1000")))
    assert _import(cli, demo_home, first, "--yes").code == 0
    before = dump_profile(demo_home)
    again = _import(cli, demo_home, first, "--yes")
    assert again.code == 0 and "already in your profile" in again.out
    assert "Nothing was imported." in again.out
    assert dump_profile(demo_home) == before
    newer = tmp_path / "newer.xml"
    newer.write_bytes(apple(rec("StepCount", "1000") + rec("StepCount", "800",
                                                           "2024-01-05 08:00:00 +0000")))
    run = _import(cli, demo_home, newer, "--yes")
    assert run.code == 0, run.err
    assert "Steps: 1 day, 2024-01-05 to 2024-01-05 (1 day skipped" in run.out
    assert _values(demo_home, "steps") == {"2024-01-01": 1000, "2024-01-05": 800}


def test_without_yes_off_a_keyboard_nothing_is_imported(
    demo_home: Path, tmp_path: Path, cli: Any
) -> None:
    path = tmp_path / "export.xml"
    path.write_bytes(GOOD_APPLE)
    before = dump_profile(demo_home)
    run = _import(cli, demo_home, path)
    assert "needs --yes" in one_clear_line(run)
    assert "Steps: 1 day," in run.out  # the preview came first
    assert dump_profile(demo_home) == before


def test_google_fit_summary_and_daily_files(demo_home: Path, tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "takeout.zip"
    path.write_bytes(takeout({"Daily activity metrics.csv": GOOD_FIT}))
    assert detect_kind(path) == "google_fit"
    assert _import(cli, demo_home, path, "--yes").code == 0
    assert _values(demo_home, "steps") == {"2024-02-01": 6000, "2024-02-02": 7500}
    assert _values(demo_home, "weight") == {"2024-02-01": 80.2}
    older = tmp_path / "older-takeout.zip"  # "Daily Aggregations/Daily Summaries.csv"
    older.write_bytes(zipped({"Takeout/Fit/Daily Aggregations/Daily Summaries.csv": (
        FIT_HEADER + "2024-02-05,,,,,,5100,\n").encode()}))
    assert detect_kind(older) == "google_fit"
    assert _import(cli, demo_home, older, "--yes").code == 0
    assert _values(demo_home, "steps")["2024-02-05"] == 5100
    day = tmp_path / "2024-03-01.csv"
    day.write_bytes(FIT_DAY)
    assert detect_kind(day) == "google_fit"
    assert _import(cli, demo_home, day, "--yes").code == 0
    assert _values(demo_home, "steps")["2024-03-01"] == 1500
    assert _values(demo_home, "heart-rate") == {"2024-02-01": 71.5, "2024-03-01": 80}
    # the same days from Apple Health are not added again
    apple_path = tmp_path / "export.xml"
    apple_path.write_bytes(apple(rec("StepCount", "999", "2024-02-01 08:00:00 +0000")))
    assert "Nothing was imported." in _import(cli, demo_home, apple_path, "--yes").out


# -- hostile XML ------------------------------------------------------------------------------


def test_an_external_entity_is_refused_and_no_file_outside_the_export_is_opened(
    demo_home: Path, tmp_path: Path, cli: Any
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET 4242")
    path = tmp_path / "export.xml"
    path.write_bytes(apple(rec("StepCount", "5", source="&x;"), head=(
        f'<?xml version="1.0"?>\n<!DOCTYPE HealthData [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        "<HealthData>\n")))
    opened: list[str] = []
    watching = [True]

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if watching[0] and event == "open" and args and isinstance(args[0], (str, os.PathLike)):
            opened.append(os.fspath(args[0]))

    sys.addaudithook(hook)
    try:
        run = _import(cli, demo_home, path, "--yes")
    finally:
        watching[0] = False
    assert "declares XML entities" in one_clear_line(run)
    assert str(secret) not in opened
    assert "TOP SECRET" not in run.out + run.err


def test_an_entity_expansion_bomb_is_refused(demo_home: Path, tmp_path: Path, cli: Any) -> None:
    lol = ['<!ENTITY a0 "lollollollollollollollollollol">']
    lol += [f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    path = tmp_path / "export.xml"
    path.write_bytes(apple(rec("StepCount", "5", source="&a9;"), head=(
        '<?xml version="1.0"?>\n<!DOCTYPE HealthData [' + "".join(lol) + "]>\n<HealthData>\n")))
    assert "declares XML entities" in one_clear_line(_import(cli, demo_home, path, "--yes"))


def test_import_help_names_every_kind_of_file(cli: Any, demo_home: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    try:
        run = cli(demo_home, "import", "--help")
        out = run.out
    except SystemExit:
        out = ""
    text = " ".join((out + capsys.readouterr().out).split())
    for kind in ("CSV", "FHIR", "backup", "Apple Health", "export.zip", "Google Fit",
                 "Google Takeout", "--yes"):
        assert kind in text, kind


def test_a_day_the_person_already_logged_is_not_added_twice(
    demo_home: Path, tmp_path: Path, cli: Any
) -> None:
    logged = cli(demo_home, "--profile", "Demo", "--passphrase-stdin", "log", "steps", "4000",
                 "--at", "2024-01-01T20:00:00+00:00", stdin=DEMO_PASS + "\n")
    assert logged.code == 0, logged.err
    path = tmp_path / "export.xml"
    path.write_bytes(apple(rec("StepCount", "1000") + rec("StepCount", "900",
                                                          "2024-01-02 08:00:00 +0000")))
    run = _import(cli, demo_home, path, "--yes")
    assert run.code == 0, run.err
    assert "Steps: 1 day, 2024-01-02 to 2024-01-02 (1 day skipped: already in your profile)" \
        in run.out
    assert _values(demo_home, "steps") == {"2024-01-02": 900}


def test_the_import_after_a_preview_does_not_read_the_export_again(
    demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.share import apple_health
    from planner.share.files import check_file, import_file

    reads: list[Path] = []
    real = apple_health.read_export
    monkeypatch.setattr(apple_health, "read_export",
                        lambda path, *a: reads.append(path) or real(path, *a))
    path = tmp_path / "export.xml"
    path.write_bytes(GOOD_APPLE)
    with Profiles(demo_home, kdf=CHEAP).unlock(demo_data.DEMO_NAME, DEMO_PASS) as vault:
        preview = check_file(vault, path)
        done = import_file(vault, path)
        assert {k: done.counts[k] for k in preview.counts} == preview.counts
        path.write_bytes(GOOD_APPLE.replace(b'value="1000"', b'value="1001"'))  # changed: read
        check_file(vault, path)
    assert len(reads) == 2
