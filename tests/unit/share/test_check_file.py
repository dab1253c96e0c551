"""`check_file`, the import's dry run: it says what an import would add, refuses what the import
would refuse, and writes nothing. The screen shows its counts before the person says "Import"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharekit import CHEAP, content

from planner.errors import InputError, ValidationFailed, WrongPassphrase
from planner.share import backup, csv, fhir
from planner.share.files import check_file, import_file
from planner.vault import Profiles, Vault


@pytest.mark.parametrize("name", ["logs.csv", "bundle.json", "demo.hpbackup"])
def test_the_dry_run_counts_what_the_import_then_adds(demo: Vault, other_home: Path,
                                                      tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    secret = None
    if name.endswith(".csv"):
        csv.write_csv(demo, path)
    elif name.endswith(".json"):
        fhir.write_fhir(demo, path)
    else:
        secret = "a long backup phrase"
        backup.write_backup(demo, path, secret, kdf=CHEAP)
    with Profiles(other_home, kdf=CHEAP).create("Fresh", "fresh pass")[0] as fresh:
        if name.endswith(".csv"):  # a CSV names trackers the profile must already have
            for tracker in demo.trackers.all(include_archived=True):
                fresh.trackers.save(tracker)
        before = content(fresh)
        seen = check_file(fresh, path, backup_passphrase=secret)
        assert content(fresh) == before, "the dry run wrote something"
        done = import_file(fresh, path, backup_passphrase=secret)
        assert seen.kind == done.kind
        assert seen.counts == done.counts
        assert seen.counts["log entries"] == fresh.logs.count() > 1000


def test_a_backup_needs_its_own_passphrase(demo: Vault, blank: Vault, tmp_path: Path) -> None:
    path = tmp_path / "demo.hpbackup"
    backup.write_backup(demo, path, "a long backup phrase", kdf=CHEAP)
    with pytest.raises(InputError, match="needs its backup passphrase"):
        check_file(blank, path)
    with pytest.raises(WrongPassphrase):
        check_file(blank, path, backup_passphrase="not the phrase")


def test_the_dry_run_refuses_what_the_import_refuses(demo: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("tracker,at,value\n"
                    "weight,2026-03-01T08:00:00+00:00,82.5\n"
                    "stepz,2026-03-02T08:00:00+00:00,100\n"
                    "mood,2026-03-02T08:00:00+00:00,11\n", "utf-8")
    before = content(demo)
    with pytest.raises(ValidationFailed) as caught:
        check_file(demo, path)
    assert [p.split(":")[0] for p in caught.value.problems] == ["line 3", "line 4"]
    again = tmp_path / "again.csv"
    csv.write_csv(demo, again)
    twice = check_file(demo, again)  # the profile's own export: all there already (#23)
    assert twice.counts["log entries"] == 0
    assert twice.skipped == {"log entries": demo.logs.count()}
    assert content(demo) == before
