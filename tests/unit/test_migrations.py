"""Numbered migrations upgrade an older vault in place, keep its data and copy it aside first."""

from __future__ import annotations

import uuid

import pytest

from planner.errors import CorruptVault
from planner.vault import Profiles
from planner.vault.keys import new_data_key
from planner.vault.migrations import LATEST
from planner.vault.store import Store
from planner.vault.vault import Vault


def test_an_old_schema_is_migrated_and_keeps_its_data(tmp_path) -> None:
    path = tmp_path / "vault.db"
    key = new_data_key()
    old = Store(path, key, create=True, schema=1)  # as the first release left it
    assert old.schema_version == 1
    with old.transaction() as c:
        c.execute(
            "INSERT INTO trackers(id, key, body) VALUES (?, ?, ?)",
            (
                str(uuid.UUID(int=1)),
                "mood",
                '{"id": "00000000-0000-0000-0000-000000000001", "key": "mood", "label": "Mood", '
                '"kind": "scale"}',
            ),
        )
        c.execute(
            "INSERT INTO log_entries(id, tracker, at, value) VALUES (?, 1, 0, 7)",
            (uuid.uuid4().bytes,),
        )
    old.close()

    vault = Vault(uuid.uuid4(), "Old", path, bytearray(key))
    assert vault.store.schema_version == LATEST
    assert [t.key for t in vault.trackers.all()] == ["mood"]
    assert vault.logs.count() == 1
    indexes = {r[0] for r in vault.store.query("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "log_entries_by_tracker_time" in indexes
    assert vault.verify() == []
    vault.lock()
    copies = list(tmp_path.glob("vault.db.before-v2.bak"))
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")  # the copy is encrypted


def test_a_vault_from_a_newer_app_is_refused_without_damage(vault, profiles) -> None:
    vault.store.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    vault.lock()
    before = profiles.vault_path("Ann").read_bytes()
    with pytest.raises(CorruptVault, match="newer Health Planner"):
        profiles.unlock("Ann", "correct horse")
    assert profiles.vault_path("Ann").read_bytes() == before


def test_a_new_vault_needs_no_backup_copy(profiles: Profiles) -> None:
    vault, _ = profiles.create("New", "pass new")
    vault.lock()
    assert not list(profiles.vault_path("New").parent.glob("*.bak"))
