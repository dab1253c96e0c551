"""Bad files in, through the real command line: each gets one clear line on stderr, exit code 2,
and the profile is left exactly as it was (compared table by table, not byte by byte)."""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sharekit import CHEAP, DEMO_PASS, dump_profile, one_clear_line

from planner import demo as demo_data
from planner.errors import InputError
from planner.share import backup, fhir
from planner.share import csv as csv_share
from planner.share.limits import Limits
from planner.vault import Profiles

BACKUP_PASS = "stick passphrase"
HEADER = "id,tracker,at,value,unit,text,note\n"
GOOD_ROW = "weight,2026-03-01T08:00:00+00:00,82.5\n"


def csv_text(body: str, header: str = "tracker,at,value\n") -> Callable[[Path], bytes]:
    return lambda home: (header + body).encode("utf-8")


def existing_entry_row(home: Path) -> bytes:
    with Profiles(home, kdf=CHEAP).unlock("Demo", DEMO_PASS) as vault:
        entry = vault.logs.find(limit=1)[0]
    return (HEADER + f"{entry.id},weight,2026-03-01T08:00:00+00:00,82,kg,,\n").encode()


def demo_bundle(home: Path) -> dict[str, Any]:
    with Profiles(home, kdf=CHEAP).unlock("Demo", DEMO_PASS) as vault:
        from datetime import UTC, datetime, timedelta

        return fhir.export_bundle(vault, datetime.now(UTC) - timedelta(days=3))


def bundle_with(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], bytes]:
    def make(home: Path) -> bytes:
        bundle = demo_bundle(home)
        change(bundle)
        return json.dumps(bundle).encode("utf-8")

    return make


def first(bundle: dict[str, Any], kind: str, plain: bool = True) -> dict[str, Any]:
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind
                and not (plain and "derivedFrom" in e["resource"]))


def measured(bundle: dict[str, Any]) -> dict[str, Any]:
    """The first plain Observation with a number: which kind of tracker comes first in the
    demo's export depends on the day the demo was made."""
    return next(e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "Observation"
                and "valueQuantity" in e["resource"] and "derivedFrom" not in e["resource"])


def _set(path: list[str], value: Any, kind: str) -> Callable[[dict[str, Any]], None]:
    def change(bundle: dict[str, Any]) -> None:
        target = first(bundle, kind)
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _duplicate_entry(bundle: dict[str, Any]) -> None:
    bundle["entry"].append(json.loads(json.dumps(bundle["entry"][-1])))


def _other_person(bundle: dict[str, Any]) -> None:
    first(bundle, "Observation")["subject"] = {"reference": "urn:uuid:00000000-0000-4000-8000-"
                                                            "000000000001"}


def _unknown_tracker(bundle: dict[str, Any]) -> None:
    first(bundle, "Observation")["code"] = {"coding": [
        {"system": fhir.TRACKER_SYSTEM, "code": "blood-sugar"}]}


def _bad_answer(bundle: dict[str, Any]) -> None:
    first(bundle, "QuestionnaireResponse")["item"][0]["answer"] = [{"valueInteger": 9}]


def backup_bytes(home: Path) -> bytes:
    with Profiles(home, kdf=CHEAP).unlock("Demo", DEMO_PASS) as vault:
        return backup.make_backup(vault, BACKUP_PASS, kdf=CHEAP)


def backup_changed(change: Callable[[bytearray], None]) -> Callable[[Path], bytes]:
    def make(home: Path) -> bytes:
        data = bytearray(backup_bytes(home))
        change(data)
        return bytes(data)

    return make


def _flip_cipher(data: bytearray) -> None:
    data[-100] ^= 0x20


def _flip_header(data: bytearray) -> None:
    at = data.index(b'"created_at":"') + len(b'"created_at":"') + 3
    data[at] = ord("9") if data[at] != ord("9") else ord("8")


def _header_json(data: bytearray, change: Callable[[dict[str, Any]], None]) -> bytearray:
    (length,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12:12 + length])
    change(header)
    raw = json.dumps(header).encode()
    return bytearray(data[:8] + struct.pack(">I", len(raw)) + raw + data[12 + length:])


def _newer(data: bytearray) -> None:
    data[:] = _header_json(data, lambda h: h.update(format=2))


def _greedy(data: bytearray) -> None:
    data[:] = _header_json(data, lambda h: h["params"].update(memory_kib=4 * 1024 * 1024,
                                                              time_cost=100))


def _deep(home: Path) -> bytes:
    return b'{"resourceType": "Bundle", "type": "collection", "entry": ' + b"[" * 100_000 \
        + b"]" * 100_000 + b"}"


# (name, file bytes maker, command: "import" or "restore", what the message must say)
CASES: list[tuple[str, Callable[[Path], bytes], str, str]] = [
    # CSV
    ("empty file", lambda h: b"", "import", "empty"),
    ("header only", csv_text(""), "import", "no entries"),
    ("unknown column", csv_text(GOOD_ROW, "tracker,at,value,colour\n"), "import", "colour"),
    ("semicolons", csv_text("weight;2026-03-01T08:00:00+00:00;82\n", "tracker;at;value\n"),
     "import", "semicolons"),
    ("latin-1 encoding", lambda h: "tracker,at,value,note\nweight,2026-03-01T08:00:00Z,82,café\n"
     .encode("latin-1"), "import", "not UTF-8"),
    ("utf-16", lambda h: "tracker,at,value\nweight,2026-03-01T08:00:00Z,82\n".encode("utf-16"),
     "import", "UTF-16"),
    ("unknown tracker", csv_text(GOOD_ROW + "stepz,2026-03-01T08:00:00Z,100\n"), "import",
     "line 3: there is no tracker called 'stepz'"),
    ("bad date", csv_text("weight,31/02/2026 8am,82\n"), "import", "line 2"),
    ("impossible date", csv_text("weight,2026-02-30T08:00:00Z,82\n"), "import", "line 2"),
    ("NaN", csv_text("weight,2026-03-01T08:00:00Z,NaN\n"), "import", "real number"),
    ("infinity", csv_text("weight,2026-03-01T08:00:00Z,inf\n"), "import", "real number"),
    ("wrong type", csv_text("weight,2026-03-01T08:00:00Z,heavy\n"), "import", "not a number"),
    ("out of range", csv_text("weight,2026-03-01T08:00:00Z,1000\n"), "import", "highest"),
    ("scale above 10", csv_text("mood,2026-03-01T08:00:00Z,11\n"), "import", "0 to 10"),
    ("yes/no maybe", csv_text("medication,2026-03-01T08:00:00Z,maybe\n"), "import", "yes or no"),
    ("wrong unit", csv_text("weight,2026-03-01T08:00:00Z,180,lb\n", "tracker,at,value,unit\n"),
     "import", "in kg"),
    ("duplicate ids in file", lambda h: (
        HEADER + "5d1f7a52-8f0e-4b7e-9a11-0c5d6e7f8a91,weight,2026-03-01T08:00:00Z,82,,,\n"
        "5d1f7a52-8f0e-4b7e-9a11-0c5d6e7f8a91,weight,2026-03-02T08:00:00Z,81,,,\n").encode(),
     "import", "also on line 2"),
    ("id already in the profile, other content", existing_entry_row, "import",
     "line 2: the profile already has an entry with this id, with a different"),
    ("bad id", lambda h: (HEADER + "not-an-id,weight,2026-03-01T08:00:00Z,82,,,\n").encode(),
     "import", "not an id"),
    ("wrong number of values", csv_text("weight,2026-03-01T08:00:00Z\n"), "import",
     "header has 3 columns"),
    ("truncated quote", csv_text('weight,2026-03-01T08:00:00Z,"82\n'), "import", "quote"),
    ("binary file", lambda h: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
     "import", "is not a Health Planner backup, a FHIR file, a CSV file or a phone"),
    # FHIR
    ("truncated json", lambda h: json.dumps(demo_bundle(h)).encode()[:5000], "import",
     "not a complete JSON file"),
    ("json but not a bundle", lambda h: b'{"resourceType": "Patient", "id": "x"}', "import",
     "not a FHIR Bundle"),
    ("transaction bundle", bundle_with(lambda b: b.update(type="transaction")), "import",
     "'transaction' Bundle"),
    ("NaN in json", lambda h: b'{"resourceType": "Bundle", "type": "collection", "entry": '
     b'[{"resource": {"resourceType": "Observation", "valueQuantity": {"value": NaN}}}]}',
     "import", "NaN"),
    ("repeated json key", lambda h: b'{"resourceType": "Bundle", "type": "collection", '
     b'"type": "batch"}', "import", "twice"),
    ("bad goal status", bundle_with(_set(["lifecycleStatus"], "finished", "Goal")), "import",
     "Goal.lifecycleStatus"),
    ("observation value of the wrong type", bundle_with(
        lambda b: measured(b).update(valueQuantity={"value": "82"})),
     "import", "should be a number"),
    ("observation without a time zone", bundle_with(
        _set(["effectiveDateTime"], "2026-03-01T08:00:00", "Observation")), "import",
     "time zone"),
    ("observation for an unknown tracker", bundle_with(_unknown_tracker), "import",
     "no tracker called 'blood-sugar'"),
    ("duplicate entries", bundle_with(_duplicate_entry), "import", "same id twice"),
    ("about another person", bundle_with(_other_person), "import", "different person"),
    ("answer out of range", bundle_with(_bad_answer), "import", "whole number from 0 to 3"),
    ("deeply nested json", _deep, "import", "nested too deeply"),
    ("invalid nhs number", bundle_with(lambda b: first(b, "Patient").update(
        identifier=[{"system": fhir.NHS_NUMBER_SYSTEM, "value": "1234567890"}])), "import",
     "NHS number"),
    # Backups
    ("wrong backup passphrase", backup_bytes, "restore-wrong-pass", "does not open"),
    ("tampered ciphertext", backup_changed(_flip_cipher), "restore", "changed or damaged"),
    ("tampered header", backup_changed(_flip_header), "restore", "changed or damaged"),
    ("truncated backup", lambda h: backup_bytes(h)[:40], "restore", "cut short"),
    ("wrong magic", lambda h: b"HPBACKUQ" + backup_bytes(h)[8:], "restore",
     "not a Health Planner backup"),
    ("newer backup format", backup_changed(_newer), "restore", "newer Health Planner"),
    ("greedy kdf settings", backup_changed(_greedy), "restore", "more memory or time"),
    ("empty backup", lambda h: b"", "restore", "not a Health Planner backup"),
    ("backup imported twice", backup_bytes, "import-backup", "already in this profile"),
]


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(("name", "make", "how", "says"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_refused_clearly_and_changes_nothing(
    cli, demo_home: Path, tmp_path: Path, name: str, make: Callable[[Path], bytes], how: str,
    says: str,
) -> None:
    path = tmp_path / "incoming" / "file.dat"
    path.parent.mkdir()
    path.write_bytes(make(demo_home))
    before = dump_profile(demo_home)
    names = Profiles(demo_home).names()
    if how == "import":
        run = cli(demo_home, "--passphrase-stdin", "import", str(path), stdin=f"{DEMO_PASS}\n")
    elif how == "import-backup":
        # the Demo profile already holds everything in its own backup
        run = cli(demo_home, "--passphrase-stdin", "import", str(path),
                  stdin=f"{DEMO_PASS}\n{BACKUP_PASS}\n")
    else:
        secret = "not it at all" if how == "restore-wrong-pass" else BACKUP_PASS
        run = cli(demo_home, "--passphrase-stdin", "restore", str(path), "--as", "Copy",
                  stdin=f"copy pass\n{secret}\n")
    line = one_clear_line(run)
    assert says in line, line
    assert dump_profile(demo_home) == before
    assert Profiles(demo_home).names() == names  # no half-made profile either


def test_replace_with_a_bad_backup_changes_nothing(cli, demo_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.hpbackup"
    path.write_bytes(backup_changed(_flip_cipher)(demo_home))
    before = dump_profile(demo_home)
    run = cli(demo_home, "--passphrase-stdin", "restore", str(path), "--replace", "--as",
              "Demo", "--yes", stdin=f"{DEMO_PASS}\n{BACKUP_PASS}\n")
    one_clear_line(run)
    assert dump_profile(demo_home) == before


def test_a_huge_file_is_refused_before_reading(cli, demo_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: 60 MB on paper, nothing on disk
        handle.truncate(60 * 1024 * 1024)
    run = cli(demo_home, "--passphrase-stdin", "import", str(path), stdin=f"{DEMO_PASS}\n")
    assert "too big" in one_clear_line(run) and "50 MB" in run.err


def test_too_many_rows_and_too_big_are_limits_not_crashes(demo_home: Path,
                                                          tmp_path: Path) -> None:
    small = Limits(max_file_bytes=2_000, max_rows=3, max_backup_bytes=4_000,
                   max_backup_plain_bytes=10_000)
    path = tmp_path / "rows.csv"
    path.write_text("tracker,at,value\n" + "weight,2026-03-01T08:00:00Z,82\n" * 4, "utf-8")
    with Profiles(demo_home, kdf=CHEAP).unlock("Demo", DEMO_PASS) as vault:
        with pytest.raises(InputError, match="more than 3 rows"):
            csv_share.import_csv(vault, path, small)
        path.write_text("tracker,at,value\n" + "weight,2026-03-01T08:00:00Z,82\n" * 80, "utf-8")
        with pytest.raises(InputError, match="too big"):
            csv_share.import_csv(vault, path, small)
        blob = backup.make_backup(vault, BACKUP_PASS, kdf=CHEAP)
        with pytest.raises(InputError, match="too big"):
            backup.open_backup(blob, BACKUP_PASS, small)
        roomy = Limits(max_backup_plain_bytes=10_000)
        with pytest.raises(InputError, match="more than the planner can restore"):
            backup.open_backup(blob, BACKUP_PASS, roomy)  # a zip bomb stops at the limit


def test_a_missing_file_and_a_folder(cli, demo_home: Path, tmp_path: Path) -> None:
    for target in (tmp_path / "nowhere.csv", tmp_path):
        run = cli(demo_home, "--passphrase-stdin", "import", str(target),
                  stdin=f"{DEMO_PASS}\n")
        one_clear_line(run)


def test_problems_are_listed_on_stdout(cli, demo_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    path.write_text("tracker,at,value\nweight,x,1\nsteps,y,2\n", "utf-8")
    run = cli(demo_home, "--passphrase-stdin", "import", str(path), stdin=f"{DEMO_PASS}\n")
    one_clear_line(run)
    assert "line 2:" in run.out and "line 3:" in run.out


def test_demo_data_name_is_what_the_cases_expect() -> None:
    assert demo_data.DEMO_NAME == "Demo" and os.sep
