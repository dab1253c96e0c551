"""Social prescribing in a real vault (migration 7): referrals, chosen services, attendance,
the migration from schema 6 and the backup."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest

from planner.domain.social import (
    Attendance,
    ChosenService,
    MissedReason,
    ReferredBy,
    SocialReferral,
)
from planner.errors import InputError, ValidationFailed
from planner.share import backup
from planner.vault import KdfParams, Profiles
from planner.vault.bulk import insert_all, read_all
from planner.vault.keys import new_data_key
from planner.vault.migrations import LATEST
from planner.vault.snapshot import Snapshot
from planner.vault.social import AttendanceAlreadyRecorded
from planner.vault.store import Store
from planner.vault.vault import Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


def _referral(**changes: object) -> SocialReferral:
    base = SocialReferral(referred_by=ReferredBy.GP, referrer_name="Dr Okafor",
                          referred_on=date(2025, 1, 6), reason="I feel cut off since I retired")
    return base.edit(**changes) if changes else base


def _walk(referral: SocialReferral | None, **changes: object) -> ChosenService:
    fields: dict[str, object] = {
        "referral_id": None if referral is None else referral.id, "service_id": "svc-walk",
        "name": "Hackney Marshes walk", "category": "Walking groups", "borough": "Hackney",
        "added_on": date(2025, 1, 10)}
    return ChosenService.model_validate({**fields, **changes})


def _fill(vault: Vault) -> tuple[SocialReferral, ChosenService, ChosenService]:
    r = _referral()
    vault.referrals.save(r)
    walk = _walk(r, action_id=uuid.uuid4())
    lunch = ChosenService(referral_id=r.id, service_id="svc-lunch", name="Lunch club",
                          added_on=date(2025, 1, 12))
    vault.chosen_services.save(walk)
    vault.chosen_services.save(lunch)
    vault.attendance.record(Attendance(chosen_id=walk.id, on=date(2025, 1, 14), attended=True))
    vault.attendance.record(Attendance(chosen_id=walk.id, on=date(2025, 1, 21), attended=False,
                                       reason=MissedReason.TRANSPORT))
    vault.attendance.record(Attendance(chosen_id=lunch.id, on=date(2025, 1, 15), attended=True))
    return r, walk, lunch


def test_referrals_are_saved_read_newest_first_and_deleted(vault: Vault) -> None:
    old = _referral()
    new = _referral(referred_by=ReferredBy.SELF, referred_on=date(2025, 6, 1))
    vault.referrals.save(old)
    vault.referrals.save(new)
    assert vault.referrals.all() == [new, old]
    assert vault.referrals.get(old.id) == old
    vault.referrals.save(old.edit(what_matters="Getting out of the house"))
    saved = vault.referrals.get(old.id)
    assert saved is not None and saved.what_matters == "Getting out of the house"
    assert len(vault.referrals.all()) == 2
    vault.referrals.delete(new.id)
    assert vault.referrals.all() == [vault.referrals.get(old.id)]
    assert vault.referrals.get(new.id) is None


def test_chosen_services_by_referral_and_action_and_deleting_a_referral_unlinks(
    vault: Vault,
) -> None:
    r, walk, lunch = _fill(vault)
    mine = _walk(None, service_id="svc-own", added_on=date(2025, 2, 1))
    vault.chosen_services.save(mine)
    assert vault.chosen_services.for_referral(r.id) == [walk, lunch]
    assert vault.chosen_services.all() == [walk, lunch, mine]
    assert walk.action_id is not None and vault.chosen_services.by_action(walk.action_id) == walk
    assert vault.chosen_services.by_action(uuid.uuid4()) is None
    assert vault.chosen_services.get(lunch.id) == lunch
    with pytest.raises(InputError, match="referral is not in this profile"):
        vault.chosen_services.save(_walk(_referral()))

    vault.referrals.delete(r.id)  # the services stay, with their attendance, unlinked
    assert vault.chosen_services.for_referral(r.id) == []
    kept = vault.chosen_services.get(walk.id)
    assert kept is not None and kept.referral_id is None and kept.name == walk.name
    assert len(vault.attendance.for_chosen(walk.id)) == 2

    vault.chosen_services.delete(walk.id)  # and its attendance with it
    assert vault.chosen_services.get(walk.id) is None
    assert vault.attendance.for_chosen(walk.id) == []
    assert [a.chosen_id for a in vault.attendance.all()] == [lunch.id]


def test_one_attendance_record_per_service_and_day(vault: Vault) -> None:
    _, walk, lunch = _fill(vault)
    went = vault.attendance.for_chosen(walk.id)
    assert [a.on for a in went] == [date(2025, 1, 14), date(2025, 1, 21)]
    assert went[1].reason is MissedReason.TRANSPORT
    with pytest.raises(AttendanceAlreadyRecorded, match="already recorded for Hackney"):
        vault.attendance.record(Attendance(chosen_id=walk.id, on=date(2025, 1, 14),
                                           attended=False))
    assert vault.attendance.for_chosen(walk.id) == went  # nothing replaced
    assert issubclass(AttendanceAlreadyRecorded, InputError)
    # The same id updates in place (changing "went" to "not this time").
    vault.attendance.record(went[0].edit(attended=False, reason=MissedReason.UNWELL))
    assert vault.attendance.for_chosen(walk.id)[0].reason is MissedReason.UNWELL
    # Another service on the same day is its own record.
    vault.attendance.record(Attendance(chosen_id=lunch.id, on=date(2025, 1, 14), attended=True))
    with pytest.raises(InputError, match="not among the ones you chose"):
        vault.attendance.record(Attendance(chosen_id=uuid.uuid4(), on=date(2025, 1, 1),
                                           attended=True))
    one = vault.attendance.all()[0]
    vault.attendance.delete(one.id)
    assert one not in vault.attendance.all()
    with pytest.raises(AttendanceAlreadyRecorded):
        vault.attendance.add_many([
            Attendance(chosen_id=lunch.id, on=date(2025, 3, 1), attended=True),
            Attendance(chosen_id=lunch.id, on=date(2025, 3, 1), attended=False),
        ])
    assert date(2025, 3, 1) not in [a.on for a in vault.attendance.for_chosen(lunch.id)]


def test_schema_6_migrates_to_7_and_keeps_all_data(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    key = new_data_key()
    old = Store(path, key, create=True, schema=6)
    with old.transaction() as c:
        c.execute("INSERT INTO meta(key, value) VALUES ('person', '{}')")
        c.execute("INSERT INTO goals(id, status, updated_at, body) "
                  "VALUES ('g', 'active', 't', 'b')")
        c.execute("INSERT INTO plan_versions(version, saved_at, body) VALUES (1, 't', 'p')")
        c.execute("INSERT INTO trackers(id, key, body) VALUES ('t1', 'mood', '{}')")
        c.executemany("INSERT INTO log_entries(id, tracker, at, value) VALUES (?, 1, ?, 7)",
                      [(uuid.uuid4().bytes, i * 3_600_000) for i in range(50)])
        c.execute("INSERT INTO log_days(k, entries, first_at, last_at, valued) "
                  "VALUES (1, 2, 3, 4, 5)")
        c.execute("INSERT INTO questionnaire_responses(id, instrument, completed_at, body) "
                  "VALUES ('q', 'ons4', 1, 'b')")
        c.execute("INSERT INTO reminders(id, body) VALUES ('r', 'b')")
        c.execute("INSERT INTO consents(purpose, action, text_version, at) "
                  "VALUES ('surveys', 'given', '1', 't')")
        c.execute("INSERT INTO outbox(id, purpose, created_at, body) "
                  "VALUES ('o', 'surveys', 't', 'b')")
        c.execute("INSERT INTO sync_state(key, value) VALUES ('k', 'v')")
        c.execute("INSERT INTO medicines(id, added_at, body) VALUES ('m', 1, 'b')")
        c.execute("INSERT INTO doses(id, medicine_id, due, slot, t, status, body) "
                  "VALUES ('d', 'm', 1, 's', 1, 'taken', 'b')")
        c.execute("INSERT INTO appointments(id, at, body) VALUES ('a', 1, 'b')")
        c.execute("INSERT INTO health_summary(id, body) VALUES (1, 'b')")
    tables = [r[0] for r in old.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    before = {t: old.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    assert all(before[t] for t in tables if t != "log_days") and "attendance" not in tables
    old.close()

    vault = Vault(uuid.uuid4(), "Old", path, bytearray(key))
    try:
        assert vault.store.schema_version == LATEST >= 7
        for table, rows in before.items():
            assert vault.store.query(f"SELECT * FROM {table} ORDER BY 1") == rows
        assert vault.referrals.all() == [] and vault.attendance.all() == []
        indexes = {r[0] for r in vault.store.query(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"chosen_services_by_referral", "chosen_services_by_action",
                "attendance_by_day"} <= indexes
        _fill(vault)
        assert len(vault.attendance.all()) == 3
        assert vault.verify() == []
    finally:
        vault.lock()
    assert list(tmp_path.glob("vault.db.before-v7.bak"))


def test_the_backup_carries_referrals_services_and_attendance(
    vault: Vault, tmp_path: Path
) -> None:
    _fill(vault)
    expected = read_all(vault)
    assert len(expected.attendance) == 3 and len(expected.chosen_services) == 2
    path = tmp_path / "mine.hpbackup"
    backup.write_backup(vault, path, "stick pass", kdf=CHEAP)
    contents = backup.read_backup(path, "stick pass")
    profiles = Profiles(tmp_path / "other", kdf=CHEAP)
    restored, _ = backup.restore_as_new(profiles, contents, "Copy", "copy pass")
    with restored:
        got = read_all(restored)
        assert (got.referrals, got.chosen_services, got.attendance) == (
            expected.referrals, expected.chosen_services, expected.attendance)
        assert restored.verify() == []
    other, _ = profiles.create("Other", "other pass")
    with other:
        other.referrals.save(_referral(referred_on=date(2020, 1, 1)))
        backup.restore_replacing(other, contents)
        assert other.referrals.all() == list(expected.referrals)
        assert other.attendance.all() == list(expected.attendance)
    # Importing the same again is refused whole.
    with pytest.raises(ValidationFailed, match="already in this profile"):
        insert_all(vault, expected)
    assert read_all(vault) == expected


def test_a_snapshot_with_dangling_links_is_refused_and_old_backups_still_read(
    vault: Vault,
) -> None:
    _, walk, _ = _fill(vault)
    snapshot = read_all(vault)
    orphan = Snapshot(attendance=(Attendance(chosen_id=uuid.uuid4(), on=date(2025, 1, 1),
                                             attended=True),),
                      chosen_services=(_walk(_referral()),))
    with pytest.raises(ValidationFailed) as caught:
        insert_all(vault, orphan)
    assert any("service that is not there" in p for p in caught.value.problems)
    assert any("referral that is not there" in p for p in caught.value.problems)
    # New records for the services already here are accepted; a day already recorded is not.
    insert_all(vault, Snapshot(attendance=(Attendance(chosen_id=walk.id, on=date(2025, 2, 4),
                                                      attended=True),)))
    with pytest.raises(ValidationFailed, match="already here"):
        insert_all(vault, Snapshot(attendance=(Attendance(chosen_id=walk.id,
                                                          on=date(2025, 2, 4),
                                                          attended=False),)))
    old = snapshot.model_dump(mode="json")
    for key in ("referrals", "chosen_services", "attendance"):
        del old[key]
    assert Snapshot.model_validate_json(json.dumps(old)).referrals == ()
