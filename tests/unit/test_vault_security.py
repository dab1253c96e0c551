"""The vault keeps health data unreadable without the key, and key handling behaves."""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from planner.domain.goal import Goal
from planner.domain.plan import CarePlan
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import CorruptVault, WrongPassphrase
from planner.vault import KdfParams, Profiles
from planner.vault.keys import DEFAULT_KDF


def _write_canary(profiles: Profiles, canary: str) -> None:
    vault, _ = profiles.create("Ann", "correct horse")
    mood = vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE))
    vault.goals.save(Goal(title=f"Goal {canary}", why=canary, start=date.today()))
    vault.logs.add(LogEntry.for_tracker(mood, "7", note=f"note {canary}"))
    vault.plans.save(CarePlan(what_matters=(f"matters {canary}",)))
    _assert_nowhere(canary, [profiles.data_dir, Path(tempfile.gettempdir())])  # while open
    vault.lock()


def _assert_nowhere(canary: str, roots: list[Path]) -> None:
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le")]
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                try:
                    # a pipe left in the temp folder would block read_bytes() for ever
                    if not path.is_file() or path.stat().st_size > 50_000_000:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                for needle in needles:
                    assert needle not in data, f"health text found in {path}"


def test_no_health_text_on_disk_outside_the_vault(profiles: Profiles) -> None:
    canary = "canary-" + secrets.token_hex(8)
    _write_canary(profiles, canary)
    _assert_nowhere(canary, [profiles.data_dir, Path(tempfile.gettempdir())])
    # and the data really is there for the right key
    vault = profiles.unlock("Ann", "correct horse")
    assert vault.goals.all()[0].why == canary
    vault.lock()


def test_vault_file_is_not_sqlite_and_plain_sqlite_cannot_read_it(vault, profiles) -> None:
    path = profiles.vault_path("Ann")
    vault.lock()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_header_reveals_only_kdf_parameters_and_wrapped_keys(vault, profiles) -> None:
    vault.lock()
    header = profiles.raw_header("Ann")
    assert set(header) == {
        "format",
        "id",
        "name",
        "created_at",
        "passphrase",
        "recovery",
        "failed_unlocks",
        "last_failure",
        "identity",
        "grants",
        "on_behalf",
        "rekey",
        "code_to_show",
    }
    # the carer key pair (issue #24): a public key, and the private key sealed
    assert set(header["identity"]) == {"public", "nonce", "sealed"}
    assert (header["grants"], header["on_behalf"], header["rekey"]) == ([], None, None)
    assert set(header["passphrase"]) == {"kdf", "salt", "nonce", "sealed"}
    assert header["passphrase"]["kdf"] == {"memory_kib": 64, "time_cost": 1, "parallelism": 1}


def test_wrong_passphrase_is_refused_and_changes_nothing(vault, profiles) -> None:
    vault.lock()
    before = profiles.vault_path("Ann").read_bytes()
    with pytest.raises(WrongPassphrase):
        profiles.unlock("Ann", "wrong horse")
    assert profiles.vault_path("Ann").read_bytes() == before


def test_repeated_wrong_passphrases_slow_down_and_survive_a_restart(
    vault, profiles, data_dir
) -> None:
    vault.lock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase, match="does not open"):
            profiles.unlock("Ann", "nope")
    with pytest.raises(WrongPassphrase):
        profiles.unlock("Ann", "nope")
    restarted = Profiles(data_dir, kdf=KdfParams(memory_kib=64, time_cost=1, parallelism=1))
    with pytest.raises(WrongPassphrase, match="Too many wrong tries"):
        restarted.unlock("Ann", "correct horse")  # even the right one must wait


def test_recovery_code_resets_the_passphrase_and_is_single_use(profiles) -> None:
    vault, code = profiles.create("Bo", "first pass")
    vault.goals.save(Goal(title="Keep me", start=date.today()))
    vault.lock()
    with pytest.raises(WrongPassphrase):
        profiles.recover("Bo", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "second pass")
    # typed in lower case with spaces, as people do
    reopened, new_code = profiles.recover("Bo", code.text.lower().replace("-", " "), "second pass")
    assert [g.title for g in reopened.goals.all()] == ["Keep me"]
    reopened.lock()
    assert new_code.text != code.text
    with pytest.raises(WrongPassphrase):
        profiles.unlock("Bo", "first pass")
    profiles.unlock("Bo", "second pass").lock()
    with pytest.raises(WrongPassphrase):
        profiles.recover("Bo", code.text, "third pass")


def test_passphrase_change_keeps_data_and_does_not_rewrite_the_vault(profiles) -> None:
    vault, _ = profiles.create("Cy", "old pass")
    vault.goals.save(Goal(title="Walk more", start=date.today()))
    vault.lock()
    digest = hashlib.sha256(profiles.vault_path("Cy").read_bytes()).hexdigest()
    profiles.change_passphrase("Cy", "old pass", "new pass")
    assert hashlib.sha256(profiles.vault_path("Cy").read_bytes()).hexdigest() == digest
    with pytest.raises(WrongPassphrase):
        profiles.unlock("Cy", "old pass")
    reopened = profiles.unlock("Cy", "new pass")
    assert [g.title for g in reopened.goals.all()] == ["Walk more"]
    reopened.lock()


def test_rewrapping_never_lowers_the_kdf_cost(data_dir) -> None:
    strong = KdfParams(memory_kib=256, time_cost=2, parallelism=1)
    Profiles(data_dir, kdf=strong).create("Di", "pass one")[0].lock()
    cheap = Profiles(data_dir, kdf=KdfParams(memory_kib=64, time_cost=1, parallelism=1))
    cheap.change_passphrase("Di", "pass one", "pass two")
    assert cheap.header("Di").passphrase.kdf.at_least(strong)


def test_product_default_kdf_is_the_documented_floor() -> None:
    assert (DEFAULT_KDF.memory_kib, DEFAULT_KDF.time_cost, DEFAULT_KDF.parallelism) == (65536, 3, 4)


def test_lock_zeroes_the_key_and_closes_the_vault(vault) -> None:
    key = vault.data_key
    assert any(key)
    vault.lock()
    assert not any(key)
    with pytest.raises(Exception, match="closed"):
        vault.goals.all()


def test_a_vault_swapped_between_profiles_does_not_open(profiles) -> None:
    a, _ = profiles.create("Ed", "pass a")
    b, _ = profiles.create("Flo", "pass b")
    a.lock()
    b.lock()
    profiles.vault_path("Ed").write_bytes(profiles.vault_path("Flo").read_bytes())
    with pytest.raises(CorruptVault):
        profiles.unlock("Ed", "pass a")


def test_remember_me_unlocks_without_passphrase_and_forget_removes_it(data_dir, cheap_kdf):
    ring = MemoryKeyring()
    profiles = Profiles(data_dir, kdf=cheap_kdf, keyring_backend=ring)
    vault, _ = profiles.create("Gus", "pass gus")
    profiles.remember(vault)
    vault.lock()
    assert profiles.is_remembered("Gus")
    profiles.unlock_remembered("Gus").lock()
    profiles.delete("Gus")
    assert ring.items == {}


def test_no_remember_me_with_the_fail_keyring(data_dir, cheap_kdf, monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    profiles = Profiles(data_dir, kdf=cheap_kdf)
    assert not profiles.can_remember()
    vault, _ = profiles.create("Hal", "pass hal")
    with pytest.raises(Exception, match="no secure keyring"):
        profiles.remember(vault)
    vault.lock()
