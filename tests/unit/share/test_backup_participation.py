"""A backup holds the whole profile, participation included: the consent ledger, the outbox (what
is queued and the ledger of what was sent) and the sync settings survive a backup and restore,
older backups without them still restore, and bad rows in a backup are refused whole."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sealing import seal
from sharekit import CHEAP, content

from planner.errors import InputError
from planner.share import backup
from planner.vault import Profiles, Vault, bulk
from sync import consent, outbox, state
from sync.tokens import tokens_of

BACKUP_PASS = "stick passphrase"
PARTICIPATION = ("consents", "outbox", "sync_state")


def take_part(vault: Vault) -> None:
    """What a person who took part for a while has: agreements, a withdrawal, sent, queued and
    cancelled contributions, an endpoint, a contributor token and a cached directory."""
    consent.record(vault, "directory", "given", at=datetime(2026, 1, 2, 9, 0, tzinfo=UTC))
    consent.record(vault, "feedback", "given", at=datetime(2026, 1, 2, 9, 1, tzinfo=UTC))
    consent.record(vault, "surveys", "given", at=datetime(2026, 1, 3, 9, 0, tzinfo=UTC))
    sent = outbox.queue_feedback(vault, "svc-walking-hackney", "very_good", "Kind staff")
    outbox.mark_attempt(vault, [sent.id])
    outbox.mark_sent(vault, [sent.id], "http://127.0.0.1:8765")
    cancelled = outbox.queue_feedback(vault, "svc-food-bank", "good")
    outbox.cancel(vault, cancelled.id)
    outbox.queue_feedback(vault, "svc-food-bank", "poor", "Long queue")
    outbox.queue_survey_answer(vault, "london-parks-2026", "q1", option_id="often")
    consent.record(vault, "surveys", "withdrawn")
    state.put(vault, "endpoint", "http://127.0.0.1:8765")
    state.put(vault, "contributor:feedback", "c0ffee00-0000-4000-8000-000000000001")
    tokens_of(vault).put("feedback", "token-feedback-" + secrets.token_hex(8))
    state.put_json(vault, "directory:services", [{"id": "svc-food-bank", "name": "Food bank"}])


def participation(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    rows = content(vault)
    return {table: rows[table] for table in PARTICIPATION}


def test_backup_and_restore_carries_consents_outbox_and_sync_settings(
    demo: Vault, other_home: Path, tmp_path: Path
) -> None:
    take_part(demo)
    path = tmp_path / "sam.hpbackup"
    backup.write_backup(demo, path, BACKUP_PASS, kdf=CHEAP)

    contents = backup.read_backup(path, BACKUP_PASS)
    assert len(contents.snapshot.consents) == 4 and len(contents.snapshot.outbox) == 4
    restored, _code = backup.restore_as_new(Profiles(other_home, kdf=CHEAP), contents,
                                            "Sam", "sam pass")
    try:
        assert participation(restored) == participation(demo)  # row for row, ledger order too
        # and the sync package reads them as the person left them
        assert consent.has_consent(restored, "feedback")
        assert not consent.has_consent(restored, "surveys")  # the withdrawal came along
        assert [i.contribution for i in outbox.pending(restored)] == [
            i.contribution for i in outbox.pending(demo)]
        assert [i.contribution.id for i in outbox.sent(restored)] == [
            i.contribution.id for i in outbox.sent(demo)]
        assert tokens_of(restored).get("feedback") == tokens_of(demo).get("feedback")
        assert state.endpoint(restored) == "http://127.0.0.1:8765"
        assert bulk.read_all(restored) == bulk.read_all(demo).model_copy(
            update={"patient_id": bulk.read_all(restored).patient_id})
    finally:
        restored.lock()


def _seal(contents: dict[str, Any], passphrase: str = BACKUP_PASS) -> bytes:
    """A backup file around any contents, made the way make_backup makes one."""
    return seal(json.dumps(contents).encode(), passphrase, CHEAP)


def _contents_of(vault: Vault) -> dict[str, Any]:
    blob = backup.make_backup(vault, BACKUP_PASS, kdf=CHEAP)
    return json.loads(backup.open_backup(blob, BACKUP_PASS).model_dump_json())


def test_an_older_backup_without_participation_restores_with_it_empty(
    demo: Vault, other_home: Path
) -> None:
    take_part(demo)
    older = _contents_of(demo)
    for table in PARTICIPATION:
        del older["snapshot"][table]  # what a backup made before they were carried holds
    contents = backup.open_backup(_seal(older), BACKUP_PASS)
    assert not contents.snapshot.has_participation
    restored, _ = backup.restore_as_new(Profiles(other_home, kdf=CHEAP), contents, "Old",
                                        "old pass")
    try:
        assert participation(restored) == {"consents": [], "outbox": [], "sync_state": []}
        assert restored.logs.count() == demo.logs.count()
        assert not any(consent.has_consent(restored, p) for p in consent.PURPOSES)
    finally:
        restored.lock()


def _outbox_row(contents: dict[str, Any]) -> dict[str, Any]:
    return contents["snapshot"]["outbox"][0]


BAD_ROWS = [
    ("unknown purpose", lambda c: c["snapshot"]["consents"][0].update(purpose="marketing")),
    ("unknown action", lambda c: c["snapshot"]["consents"][0].update(action="maybe")),
    ("consent time without zone", lambda c: c["snapshot"]["consents"][0].update(
        at="2026-01-02T09:00:00")),
    ("consent time not a time", lambda c: c["snapshot"]["consents"][0].update(at="yesterday")),
    ("unknown outbox state", lambda c: _outbox_row(c).update(state="lost")),
    ("directory is not a sending purpose", lambda c: _outbox_row(c).update(purpose="directory")),
    ("attempts as text", lambda c: _outbox_row(c).update(attempts="3")),
    ("negative attempts", lambda c: _outbox_row(c).update(attempts=-1)),
    ("body not json", lambda c: _outbox_row(c).update(body="{not json")),
    ("body a list", lambda c: _outbox_row(c).update(body="[]")),
    ("body for another id", lambda c: _outbox_row(c).update(
        body=_outbox_row(c)["body"].replace(_outbox_row(c)["id"],
                                            "00000000-0000-4000-8000-000000000000"))),
    ("body over 64 KB", lambda c: _outbox_row(c).update(body=json.dumps(
        {**json.loads(_outbox_row(c)["body"]), "padding": "x" * 70_000}))),
    ("outbox id twice", lambda c: c["snapshot"]["outbox"].append(dict(_outbox_row(c)))),
    ("sync key twice", lambda c: c["snapshot"]["sync_state"].append(
        dict(c["snapshot"]["sync_state"][0]))),
    ("extra field", lambda c: _outbox_row(c).update(nhs_number="9990000018")),
]


@pytest.mark.parametrize(("name", "change"), BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_bad_participation_rows_refuse_the_whole_backup(
    demo: Vault, other_home: Path, name: str, change: Any
) -> None:
    take_part(demo)
    contents = _contents_of(demo)
    change(contents)
    with pytest.raises(InputError) as refused:
        backup.open_backup(_seal(contents), BACKUP_PASS)
    assert "9990000018" not in str(refused.value)  # messages never echo the values
    assert Profiles(other_home, kdf=CHEAP).names() == []


def test_importing_a_backup_never_merges_someone_elses_sharing_choices(
    demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    """Importing (merging) into a profile that has its own choices keeps them untouched: another
    file's "given" rows must not switch sharing on, nor queue its contributions here."""
    take_part(demo)
    path = tmp_path / "demo.hpbackup"
    backup.write_backup(demo, path, BACKUP_PASS, kdf=CHEAP)
    consent.record(blank, "wellbeing", "withdrawn")  # this person said no to everything
    mine = participation(blank)
    result = backup.import_backup(blank, path, BACKUP_PASS)
    assert result.counts["log entries"] == demo.logs.count()
    assert "outbox items" not in result.describe() and "consent" not in result.describe()
    assert any("taking part" in note for note in result.notes)
    assert participation(blank) == mine
    assert not consent.has_consent(blank, "feedback") and outbox.pending(blank) == []


def test_restore_over_a_profile_keeps_its_own_tokens_so_it_can_still_withdraw(
    demo: Vault, tmp_path: Path
) -> None:
    old = backup.open_backup(backup.make_backup(demo, BACKUP_PASS, kdf=CHEAP), BACKUP_PASS)
    take_part(demo)  # after the backup: agreed, sent feedback under a contributor token
    token = tokens_of(demo).get("feedback")
    backup.restore_replacing(demo, old)
    assert content(demo)["consents"] == [] and content(demo)["outbox"] == []
    assert state.get(demo, "directory:services") is None  # the caches went with the rest
    assert tokens_of(demo).get("feedback") == token  # ... but not the way back to the server
    assert state.get(demo, "contributor:feedback") is not None


def test_the_row_shapes_match_what_sync_writes() -> None:
    assert bulk.PURPOSES == consent.PURPOSES
    assert tuple(sorted(consent.SENDING, key=bulk.PURPOSES.index)) == bulk.SENDING_PURPOSES
    assert set(bulk.SENDING_PURPOSES) == set(outbox_purposes())


def outbox_purposes() -> set[str]:
    from typing import get_args

    from sync.protocol import Purpose

    return set(get_args(Purpose))
