"""The import a carer repeats (issue #23): the same CSV or FHIR file imported twice, or the
app's own export imported back, adds each entry once; what is already there is left out and
counted in the preview and the result; the same id with other content is refused whole."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sharekit import content

from planner.errors import ValidationFailed
from planner.share import csv, fhir
from planner.share.files import check_file, import_file
from planner.vault import Vault

SIX = (
    "tracker,at,value,note\n"
    "weight,2030-01-01T08:00:00+00:00,82.5,\n"
    "weight,2030-01-02T08:00:00+00:00,82.1,after a walk\n"
    "steps,2030-01-01T21:00:00+00:00,7012,\n"
    "steps,2030-01-02T21:00:00+00:00,9100,\n"
    "mood,2030-01-01T20:00:00+00:00,6,\n"
    "mood,2030-01-02T20:00:00+00:00,7,\n"
)


def entry_ids(vault: Vault) -> Counter[bytes]:
    return Counter(r[0] for r in vault.store.query("SELECT id FROM log_entries"))


def readings(vault: Vault) -> Counter[tuple[int, int, float | None]]:
    return Counter(
        (r[0], r[1], r[2]) for r in vault.store.query("SELECT tracker, at, value FROM log_entries")
    )


def test_the_same_csv_without_ids_twice_adds_its_six_entries_once(
    demo: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "carer.csv"
    path.write_text(SIX, "utf-8")
    before = demo.logs.count()
    first = import_file(demo, path, previewed=check_file(demo, path))
    assert (first.counts["log entries"], first.skipped) == (6, {})
    seen = check_file(demo, path)
    assert seen.counts["log entries"] == 0 and seen.skipped == {"log entries": 6}
    again = import_file(demo, path, previewed=seen)
    assert again.counts["log entries"] == 0 and again.skipped == {"log entries": 6}
    assert again.describe() == (
        "Imported from the CSV file: nothing new. Already here, not added again: "
        "6 log entries."
    )
    assert demo.logs.count() == before + 6
    assert max(readings(demo).values()) == 1  # no reading twice
    (noted,) = [e for e in demo.logs.iterate() if e.note == "after a walk"]
    assert noted.value == 82.1


def test_the_profiles_own_csv_export_comes_back_as_all_already_here(
    demo: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "mine.csv"
    csv.write_csv(demo, path)
    held = demo.logs.count()
    before = content(demo)
    seen = check_file(demo, path)
    assert seen.counts["log entries"] == 0 and seen.skipped == {"log entries": held}
    done = import_file(demo, path, previewed=seen)
    assert done.describe() == (
        f"Imported from the CSV file: nothing new. Already here, not added again: "
        f"{held:,} log entries."
    )
    assert content(demo) == before


def test_an_export_with_six_new_rows_adds_the_six_and_counts_the_rest(
    demo: Vault, tmp_path: Path
) -> None:
    """The issue's "3,883 already here, 6 added": the carer's copy of the export, with six
    readings typed in below it (no ids)."""
    path = tmp_path / "mine.csv"
    csv.write_csv(demo, path)
    held = demo.logs.count()
    with path.open("a", encoding="utf-8", newline="") as out:
        for line in SIX.splitlines()[1:]:  # tracker,at,value,note -> id,...,unit,text,note
            tracker, at, value, note = line.split(",")
            out.write(f",{tracker},{at},{value},,,{note}\r\n")
    seen = check_file(demo, path)
    assert (seen.counts["log entries"], seen.skipped) == (6, {"log entries": held})
    done = import_file(demo, path, previewed=seen)
    assert (done.counts["log entries"], done.skipped) == (6, {"log entries": held})
    assert demo.logs.count() == held + 6
    assert max(entry_ids(demo).values()) == 1


def test_two_identical_rows_without_ids_are_matched_one_for_one(
    demo: Vault, tmp_path: Path
) -> None:
    one = tmp_path / "one.csv"
    one.write_text("tracker,at,value\nsteps,2030-02-01T21:00:00+00:00,5000\n", "utf-8")
    two = tmp_path / "two.csv"
    two.write_text("tracker,at,value\nsteps,2030-02-01T21:00:00+00:00,5000\n"
                   "steps,2030-02-01T21:00:00+00:00,5000\n", "utf-8")
    import_file(demo, one)
    done = import_file(demo, two)
    assert (done.counts["log entries"], done.skipped) == (1, {"log entries": 1})
    again = import_file(demo, two)
    assert (again.counts["log entries"], again.skipped) == (0, {"log entries": 2})
    at_that_time = [e for e in demo.logs.iterate() if e.at.year == 2030 and e.at.month == 2]
    assert [e.value for e in at_that_time] == [5000.0, 5000.0]


def test_a_row_without_an_id_at_another_value_is_a_new_reading(
    demo: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "carer.csv"
    path.write_text(SIX, "utf-8")
    import_file(demo, path)
    path.write_text(SIX.replace("82.5", "82.6"), "utf-8")
    done = import_file(demo, path)
    assert (done.counts["log entries"], done.skipped) == (1, {"log entries": 5})


def test_the_same_id_with_other_content_is_refused_and_nothing_added(
    demo: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "mine.csv"
    csv.write_csv(demo, path)
    lines = path.read_text("utf-8-sig").splitlines(True)
    header, first, rest = lines[0], lines[1], lines[2:]
    cells = first.rstrip("\r\n").split(",")
    cells[6] = "changed since"  # the note
    path.write_text(header + ",".join(cells) + "\r\n" + "".join(rest)
                    + ",steps,2030-03-01T21:00:00+00:00,4000,,,\r\n", "utf-8")
    before = content(demo)
    with pytest.raises(ValidationFailed) as caught:
        check_file(demo, path)
    expected = ["line 2: the profile already has an entry with this id, with a different note"]
    assert caught.value.problems == expected
    with pytest.raises(ValidationFailed) as again:
        import_file(demo, path)
    assert again.value.problems == expected
    assert "nothing was changed" in str(again.value)
    assert content(demo) == before


def test_the_same_fhir_file_twice_adds_each_record_once(
    demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "health.json"
    fhir.write_fhir(demo, path)
    first = import_file(blank, path)
    entries = first.counts["log entries"]
    assert entries == demo.logs.count() and first.skipped == {}
    seen = check_file(blank, path)
    done = import_file(blank, path, previewed=seen)
    expected = {
        "log entries": entries,
        "goals": len(demo.goals.all()),
        "plan versions": len(demo.plans.history()),
        "questionnaires": len(demo.questionnaires.all()),
        "medicines": len(demo.medicines.all()),
        "appointments": len(demo.appointments.all()),
        "social prescribing referrals": len(demo.referrals.all()),
        "decisions": len(demo.decisions.all()),
        "treatment referrals": len(demo.treatment_referrals.all()),
    }
    assert seen.skipped == done.skipped == expected
    assert not any(seen.counts.values()) and not any(done.counts.values())
    assert blank.logs.count() == entries
    assert max(entry_ids(blank).values()) == 1
    assert len(blank.plans.history()) == len(demo.plans.history())
    assert len(blank.goals.all()) == len(demo.goals.all())


def test_the_profiles_own_fhir_export_with_one_new_observation(
    demo: Vault, tmp_path: Path
) -> None:
    bundle = fhir.export_bundle(demo)
    observations = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
                    and "derivedFrom" not in e["resource"]]
    extra = json.loads(json.dumps(observations[0]))
    new_id = "0d6f5a8e-1111-4222-8333-444455556666"
    extra["resource"]["id"] = new_id
    extra["fullUrl"] = f"urn:uuid:{new_id}"
    bundle["entry"].append(extra)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(bundle), "utf-8")
    held = demo.logs.count()
    done = import_file(demo, path, previewed=check_file(demo, path))
    assert done.counts["log entries"] == 1
    assert done.skipped["log entries"] == held
    assert demo.logs.count() == held + 1


def test_a_fhir_record_edited_since_is_a_conflict(demo: Vault, tmp_path: Path) -> None:
    bundle = fhir.export_bundle(demo)
    observation = next(e["resource"] for e in bundle["entry"]
                       if e["resource"]["resourceType"] == "Observation"
                       and "valueQuantity" in e["resource"])
    observation["valueQuantity"]["value"] += 1
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(bundle), "utf-8")
    before = content(demo)
    with pytest.raises(ValidationFailed) as caught:
        import_file(demo, path)
    assert caught.value.problems == [
        f"log entry {observation['id']}: the profile already has an entry with this id, "
        "with a different value"
    ]
    assert content(demo) == before


def test_the_command_line_says_what_was_already_there(
    cli, demo_home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "carer.csv"
    path.write_text(SIX, "utf-8")
    run = cli(demo_home, "--passphrase-stdin", "import", str(path), stdin="demo\n")
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == "Imported from the CSV file: 6 log entries."
    run = cli(demo_home, "--passphrase-stdin", "import", str(path), stdin="demo\n")
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == (
        "Imported from the CSV file: nothing new. Already here, not added again: "
        "6 log entries."
    )
