"""The portable backup: the carer's USB-stick workflow end to end, and what the file hides."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from sharekit import CHEAP, DEMO_PASS, content, dump_profile

from planner.errors import InputError, InvalidFile, WrongPassphrase
from planner.share import backup
from planner.vault import Profiles, Vault
from planner.vault.bulk import read_all

BACKUP_PASS = "stick passphrase"


def test_carer_usb_workflow_same_data_on_the_other_pc(
    cli, demo_home: Path, other_home: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick" / "sam.hpbackup"
    made = cli(demo_home, "--passphrase-stdin", "backup", "--out", str(stick),
               stdin=f"{DEMO_PASS}\n{BACKUP_PASS}\n")
    assert made.code == 0, made.err
    assert stick.is_file()

    restored = cli(other_home, "--passphrase-stdin", "restore", str(stick), "--as", "Sam",
                   stdin=f"new pc pass\n{BACKUP_PASS}\n")
    assert restored.code == 0, restored.err
    assert "recovery code" in restored.out

    with Profiles(demo_home, kdf=CHEAP).unlock("Demo", DEMO_PASS) as a, \
            Profiles(other_home, kdf=CHEAP).unlock("Sam", "new pc pass") as b:
        assert read_all(a) == read_all(b)


def test_restore_uses_the_name_in_the_backup_and_refuses_a_clash(
    cli, demo: Vault, other_home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.hpbackup"
    backup.write_backup(demo, path, BACKUP_PASS, kdf=CHEAP)
    first = cli(other_home, "--passphrase-stdin", "restore", str(path),
                stdin=f"pass b\n{BACKUP_PASS}\n")
    assert first.code == 0 and Profiles(other_home).names() == ["Demo"]
    again = cli(other_home, "--passphrase-stdin", "restore", str(path),
                stdin=f"pass b\n{BACKUP_PASS}\n")
    assert "already a profile called 'Demo'" in again.err and again.code == 2


def test_replace_needs_confirmation_then_replaces_in_one_go(
    cli, demo: Vault, other_home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.hpbackup"
    backup.write_backup(demo, path, BACKUP_PASS, kdf=CHEAP)
    expected = read_all(demo)
    profiles = Profiles(other_home, kdf=CHEAP)
    other, _ = profiles.create("Mine", "mine pass")
    from planner.domain.person import Person

    other.person.save(Person(display_name="Someone else"))
    other.lock()

    refused = cli(other_home, "--passphrase-stdin", "restore", str(path), "--replace",
                  "--as", "Mine", stdin=f"mine pass\n{BACKUP_PASS}\n")
    assert refused.code == 2 and "--yes" in refused.err
    assert profiles.unlock("Mine", "mine pass").person.get() == Person(display_name="Someone else")

    done = cli(other_home, "--passphrase-stdin", "restore", str(path), "--replace", "--as",
               "Mine", "--yes", stdin=f"mine pass\n{BACKUP_PASS}\n")
    assert done.code == 0, done.err
    with profiles.unlock("Mine", "mine pass") as mine:
        got = read_all(mine)
    assert got.model_copy(update={"patient_id": None}) == expected.model_copy(
        update={"patient_id": None})
    assert got.patient_id == expected.patient_id  # the FHIR identity moves with the person
    assert list(profiles.vault_path("Mine").parent.glob("vault.db.before-restore-*.bak"))


def test_backup_passphrase_from_the_environment(
    cli, monkeypatch: pytest.MonkeyPatch, demo_home: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("HEALTH_PLANNER_BACKUP_PASSPHRASE", BACKUP_PASS)
    path = tmp_path / "env.hpbackup"
    made = cli(demo_home, "--passphrase-stdin", "backup", "--out", str(path), stdin="demo\n")
    assert made.code == 0, made.err
    assert backup.read_backup(path, BACKUP_PASS).profile_name == "Demo"


def test_the_file_reveals_nothing_but_kdf_settings(demo: Vault) -> None:
    blob = backup.make_backup(demo, BACKUP_PASS, kdf=CHEAP)
    assert blob.startswith(backup.MAGIC)
    (length,) = struct.unpack(">I", blob[8:12])
    header = json.loads(blob[12:12 + length])
    assert set(header) == {"format", "kdf", "params", "salt", "nonce", "check", "cipher",
                           "compression", "created_at"}
    assert header["params"] == CHEAP.model_dump()
    for secret in (b"Sam Taylor", b"9990000018", b"Demo", b"Priya", b"weight"):
        assert secret not in blob


def test_short_backup_passphrase_is_refused(demo: Vault, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least 8"):
        backup.write_backup(demo, tmp_path / "x", "short", kdf=CHEAP)
    assert not (tmp_path / "x").exists()


def test_failed_restore_leaves_no_half_profile(demo: Vault, other_home: Path) -> None:
    contents = backup.open_backup(backup.make_backup(demo, BACKUP_PASS, kdf=CHEAP), BACKUP_PASS)
    broken = contents.model_copy(update={"snapshot": contents.snapshot.model_copy(
        update={"trackers": contents.snapshot.trackers[:1]})})  # entries lose their trackers
    profiles = Profiles(other_home, kdf=CHEAP)
    with pytest.raises(InputError):
        backup.restore_as_new(profiles, broken, "Half", "half pass")
    assert profiles.names() == []


def test_wrong_passphrase_and_tampering_are_told_apart(demo: Vault) -> None:
    blob = backup.make_backup(demo, BACKUP_PASS, kdf=CHEAP)
    with pytest.raises(WrongPassphrase):
        backup.open_backup(blob, "not the passphrase")
    flipped = bytearray(blob)
    flipped[-40] ^= 0x01
    with pytest.raises(InvalidFile, match="changed or damaged"):
        backup.open_backup(bytes(flipped), BACKUP_PASS)


def test_backup_then_import_into_a_profile_merges(
    demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "demo.hpbackup"
    backup.write_backup(demo, path, BACKUP_PASS, kdf=CHEAP)
    result = backup.import_backup(blank, path, BACKUP_PASS)
    assert result.counts["log entries"] == demo.logs.count()
    assert read_all(blank).reminders == read_all(demo).reminders
    before = content(blank)
    with pytest.raises(InputError):
        backup.import_backup(blank, path, BACKUP_PASS)  # everything is already there
    assert content(blank) == before


def test_restore_over_keeps_the_profile_keys(demo_home: Path, tmp_path: Path) -> None:
    """Replacing contents never touches the profile's own passphrase or recovery code."""
    profiles = Profiles(demo_home, kdf=CHEAP)
    header_before = profiles.raw_header("Demo")
    with profiles.unlock("Demo", DEMO_PASS) as vault:
        contents = backup.open_backup(backup.make_backup(vault, BACKUP_PASS, kdf=CHEAP),
                                      BACKUP_PASS)
        backup.restore_replacing(vault, contents)
    assert profiles.raw_header("Demo") == header_before
    assert dump_profile(demo_home)["log_entries"]
