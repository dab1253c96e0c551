"""Carers' access (issue #24) on real vaults: grants open a profile with the carer's own
passphrase, a view grant cannot write by any path, ended grants and turned-back clocks are
refused, and revoking re-keys the vault so the old wrapped key opens nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from planner.domain.appointment import Appointment
from planner.domain.goal import Goal
from planner.domain.plan import CarePlan
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import AccessEnded, CorruptVault, InputError, ReadOnly, WrongPassphrase
from planner.vault import Profiles, Vault
from planner.vault import profiles as profiles_module
from planner.vault.access import Access
from planner.vault.carers import Level, open_grant
from planner.vault.header import ProfileHeader


def _setup(profiles: Profiles) -> tuple[Access, Vault, Vault]:
    amira, _ = profiles.create("Amira", "amira pass")
    amira.trackers.save(Tracker(key="weight", label="Weight", kind=TrackerKind.NUMERIC,
                                unit="kg"))
    amira.logs.add(LogEntry(tracker_id=amira.trackers.by_key("weight").id, value=70.0))
    sam, _ = profiles.create("Sam", "sam pass")
    return Access(profiles), amira, sam


def _at(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    monkeypatch.setattr(profiles_module, "now", lambda: when)


def _granted_until_january(
    profiles: Profiles, monkeypatch: pytest.MonkeyPatch, level: Level
) -> tuple[Access, Vault, Vault]:
    """On 6 December 2026 Amira grants Sam `level` until 31 January 2027."""
    _at(monkeypatch, datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    access, amira, sam = _setup(profiles)
    access.grant(amira, "Sam", level, date(2027, 1, 31))
    return access, amira, sam


def _sam_is_refused(access: Access, sam: Vault, match: str) -> None:
    with pytest.raises(AccessEnded, match=match):
        access.open_for(sam, "Amira")
    sam.lock()


def test_grant_opens_the_profile_with_the_carers_own_passphrase(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    made = access.grant(amira, "Sam", "manage")
    assert (made.level, made.until) == ("manage", datetime.now(UTC).date() + timedelta(days=365))
    amira.lock()
    sam.lock()
    sam = profiles.unlock("Sam", "sam pass")  # the one passphrase Sam types
    cared = access.cared_for(access.carer_key(sam))
    assert [(c.name, c.level, c.ended) for c in cared] == [("Amira", "manage", False)]
    opened = access.open_for(sam, "Amira")
    assert [e.value for e in opened.logs.find()] == [70.0]
    assert opened.author == "Sam"
    opened.lock()
    sam.lock()


def test_a_grant_edited_in_the_plain_header_opens_nothing(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    access.grant(amira, "Sam", "view", date.today() + timedelta(days=30))
    amira.lock()
    folder, _ = profiles.folder_and_header("Amira")
    raw = json.loads((folder / "profile.json").read_text())
    raw["grants"][0]["level"] = "manage"  # the carer tries to promote themselves
    raw["grants"][0]["until"] = "2029-01-01"
    (folder / "profile.json").write_text(json.dumps(raw))
    _sam_is_refused(access, sam, "does not open it")


def test_grant_end_dates_default_to_a_year_and_stop_at_three(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    today = datetime.now(UTC).date()
    with pytest.raises(InputError, match="at most 3 years"):
        access.grant(amira, "Sam", "view", today + timedelta(days=3 * 366 + 1))
    with pytest.raises(InputError, match="already passed"):
        access.grant(amira, "Sam", "view", today - timedelta(days=1))
    with pytest.raises(InputError, match="'view' or 'manage'"):
        access.grant(amira, "Sam", "admin")  # type: ignore[arg-type]
    assert access.grants("Amira") == []
    access.grant(amira, "Sam", "view", today + timedelta(days=3 * 365))
    assert [g.until for g in access.grants("Amira")] == [today + timedelta(days=3 * 365)]
    amira.lock()
    sam.lock()


def test_only_the_person_grants_not_a_carer_session(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    profiles.create("Kim", "kim pass")[0].lock()
    access.grant(amira, "Sam", "manage")
    amira.lock()
    opened = access.open_for(sam, "Amira")
    with pytest.raises(InputError, match="Only the person"):
        access.grant(opened, "Kim", "manage")
    assert [g.carer_name for g in access.grants("Amira")] == ["Sam"]
    opened.lock()
    sam.lock()


def _every_write(v: Vault) -> dict[str, object]:
    """One call per repository that writes, each a real change a person could make."""
    tracker_id = v.trackers.by_key("weight").id
    entry = v.logs.find()[0]
    return {
        "log": lambda: v.logs.add(LogEntry(tracker_id=tracker_id, value=71.0)),
        "log edit": lambda: v.logs.update(entry.edit(value=72.0)),
        "log delete": lambda: v.logs.delete(entry.id),
        "tracker": lambda: v.trackers.save(Tracker(key="steps", label="Steps",
                                                   kind=TrackerKind.NUMERIC, unit="steps")),
        "goal": lambda: v.goals.save(Goal(title="Walk more", start=date(2026, 12, 1))),
        "plan": lambda: v.plans.save(CarePlan()),
        "appointment": lambda: v.appointments.save(Appointment(
            what_for="Blood test", at=datetime.now(UTC) + timedelta(days=1))),
        "raw SQL": lambda: v.store.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('x', 'y')"),
    }


def test_a_view_grant_cannot_write_through_any_repository(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    access.grant(amira, "Sam", "view")
    amira.lock()
    opened = access.open_for(sam, "Amira")
    assert opened.view_only
    for what, write in _every_write(opened).items():
        if what == "raw SQL":  # past Vault, SQLite itself refuses: the file is opened read-only
            with pytest.raises(Exception, match=r"readonly database"):
                write()  # type: ignore[operator]
            continue
        with pytest.raises(ReadOnly, match="view only"):
            write()  # type: ignore[operator]
    opened.lock()
    amira = profiles.unlock("Amira", "amira pass")
    assert [e.value for e in amira.logs.find()] == [70.0]
    assert (amira.goals.all(), amira.appointments.all(), amira.plans.history(),
            [t.key for t in amira.trackers.all()]) == ([], [], [], ["weight"])
    amira.lock()
    sam.lock()


def test_a_view_grant_cannot_write_through_the_sync_worker(
    profiles: Profiles, server: tuple[str, object]
) -> None:
    from sync import consent, outbox
    from sync.access import Here
    from sync.client import EndpointClient
    from sync.engine import sync_now, withdraw
    from sync.tokens import tokens_of

    url, faults = server
    access, amira, sam = _setup(profiles)
    consent.record(amira, "feedback", "given")
    outbox.queue_feedback(amira, "svc-food-bank", "good", "thanks")
    access.grant(amira, "Sam", "view")
    amira.lock()
    opened = access.open_for(sam, "Amira")
    client = EndpointClient(url, retries=0, backoff=0.01, timeout=(2.0, 2.0))
    with pytest.raises(ReadOnly):
        sync_now(Here(opened), client, tokens_of(opened))
    with pytest.raises(ReadOnly):
        withdraw(Here(opened), "feedback", client, tokens_of(opened))
    assert faults.requests == []  # type: ignore[attr-defined]
    assert consent.has_consent(opened, "feedback")
    assert len(outbox.pending(opened)) == 1
    opened.lock()
    sam.lock()


def test_an_ended_grant_does_not_unlock(profiles: Profiles, monkeypatch) -> None:
    access, amira, sam = _granted_until_january(profiles, monkeypatch, "manage")
    amira.lock()
    _at(monkeypatch, datetime(2027, 1, 31, 22, 0, tzinfo=UTC))
    access.open_for(sam, "Amira").lock()  # the last day still opens
    _at(monkeypatch, datetime(2027, 2, 1, 8, 0, tzinfo=UTC))
    with pytest.raises(AccessEnded, match="ended on 2027-01-31"):
        access.open_for(sam, "Amira")
    assert [(c.name, c.ended) for c in access.cared_for(access.carer_key(sam))] == [
        ("Amira", True)]
    sam.lock()


def test_a_clock_turned_back_does_not_revive_an_ended_grant(
    profiles: Profiles, monkeypatch
) -> None:
    access, amira, sam = _granted_until_january(profiles, monkeypatch, "view")
    amira.lock()
    sam.lock()
    # Amira uses her profile after the end date: the vault records it
    _at(monkeypatch, datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    profiles.unlock("Amira", "amira pass").lock()
    # Sam turns the PC's clock back to a day the grant still ran
    _at(monkeypatch, datetime(2027, 1, 15, 9, 0, tzinfo=UTC))
    sam = profiles.unlock("Sam", "sam pass")
    _sam_is_refused(access, sam, "clock is behind")


def test_a_clock_turned_back_is_caught_by_the_carers_own_last_use(
    profiles: Profiles, monkeypatch
) -> None:
    access, amira, sam = _granted_until_january(profiles, monkeypatch, "view")
    profiles.create("Kim", "kim pass")[0].lock()
    amira.lock()
    # Sam opens someone else's profile after Amira's grant ended: his own vault remembers
    kim = profiles.unlock("Kim", "kim pass")
    access.grant(kim, "Sam", "view", date(2027, 12, 31))
    kim.lock()
    _at(monkeypatch, datetime(2027, 4, 1, 9, 0, tzinfo=UTC))
    access.open_for(sam, "Kim").lock()
    _at(monkeypatch, datetime(2027, 1, 20, 9, 0, tzinfo=UTC))
    _sam_is_refused(access, sam, "clock is behind")


def test_revoke_rekeys_so_the_old_wrapped_key_fails(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    kim, _ = profiles.create("Kim", "kim pass")
    access.grant(amira, "Sam", "manage")
    access.grant(amira, "Kim", "view")
    folder, before = profiles.folder_and_header("Amira")
    sams_copy = next(g for g in before.grants if g.carer_name == "Sam")  # Sam keeps a copy
    seen: list[float] = []
    code = access.revoke(amira, "Sam", "amira pass", progress=seen.append)
    assert code is not None and access.code_to_show(amira) == code
    access.code_shown(amira)
    assert access.code_to_show(amira) is None
    assert seen[-1] == 1.0
    amira.logs.add(LogEntry(tracker_id=amira.trackers.by_key("weight").id, value=69.0))
    amira.lock()
    # the old key, unwrapped from Sam's copy, no longer opens the vault
    carer = access.carer_key(sam)
    old_key = open_grant(sams_copy, carer, before.id)
    with pytest.raises(CorruptVault):
        Vault(before.id, "Amira", folder / "vault.db", old_key)
    with pytest.raises(AccessEnded, match="taken it back"):
        access.open_for(sam, "Amira")
    # everyone who keeps access still opens it: Kim, the passphrase, the new recovery code
    for opened in (access.open_for(kim, "Amira"), profiles.unlock("Amira", "amira pass")):
        assert sorted(e.value for e in opened.logs.find()) == [69.0, 70.0]
        opened.lock()
    recovered, _ = profiles.recover("Amira", code, "amira new")
    recovered.lock()
    sam.lock()
    kim.lock()


def test_revoke_with_the_recovery_code_keeps_it(profiles: Profiles) -> None:
    amira, code = profiles.create("Amira", "amira pass")
    profiles.create("Sam", "sam pass")[0].lock()
    access = Access(profiles)
    access.grant(amira, "Sam", "view")
    with pytest.raises(WrongPassphrase):
        access.revoke(amira, "Sam", "not her pass")
    assert [g.carer_name for g in access.grants("Amira")] == ["Sam"]
    assert access.revoke(amira, "Sam", "amira pass", recovery_code=code.text) is None
    amira.lock()
    profiles.recover("Amira", code.text, "amira new")[0].lock()


def test_a_profile_made_on_someones_behalf_and_taken_over(profiles: Profiles) -> None:
    sam, _ = profiles.create("Sam", "sam pass")
    access = Access(profiles)
    opened, code = access.create_on_behalf(sam, "Nana", agreed_by="Nana herself",
                                           basis="consent")
    header = profiles.folder_and_header("Nana")[1]
    assert header.on_behalf is not None
    assert (header.on_behalf.carer_name, header.on_behalf.basis) == ("Sam", "consent")
    assert opened.author == "Sam"
    with pytest.raises(WrongPassphrase, match="no passphrase yet"):
        profiles.unlock("Nana", "anything")
    new_code = access.take_ownership(opened, "nana's own")
    opened.lock()
    assert profiles.folder_and_header("Nana")[1].on_behalf is None
    profiles.unlock("Nana", "nana's own").lock()
    with pytest.raises(WrongPassphrase):
        profiles.recover("Nana", code.text, "x" * 8)
    profiles.recover("Nana", new_code.text, "nana again")[0].lock()
    access.open_for(sam, "Nana").lock()  # Sam keeps access until Nana takes it back
    sam.lock()


def test_header_model_accepts_a_header_from_before_carers(profiles: Profiles) -> None:
    amira, _ = profiles.create("Amira", "amira pass")
    amira.lock()
    folder, _ = profiles.folder_and_header("Amira")
    raw = json.loads((folder / "profile.json").read_text())
    for key in ("identity", "grants", "on_behalf", "rekey", "code_to_show"):
        del raw[key]
    (folder / "profile.json").write_text(json.dumps(raw))
    assert ProfileHeader.model_validate(raw).identity is None
    amira = profiles.unlock("Amira", "amira pass")
    assert Access(profiles).carer_key(amira).name == "Amira"  # made on first need
    assert profiles.folder_and_header("Amira")[1].identity is not None
    amira.lock()


def test_the_rekey_of_a_larger_vault_reports_progress_as_it_goes(profiles: Profiles) -> None:
    access, amira, sam = _setup(profiles)
    weight = amira.trackers.by_key("weight").id
    base = datetime(2020, 1, 1, tzinfo=UTC)
    amira.logs.add_many(LogEntry(tracker_id=weight, at=base + timedelta(minutes=i),
                                 value=60.0 + i % 20) for i in range(80_000))
    access.grant(amira, "Sam", "view")
    seen: list[float] = []
    access.revoke(amira, "Sam", "amira pass", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert {f for f in seen} - {0.0, 1.0}  # the bar moves before the end (sorted, ends at 1)
    assert amira.logs.count() == 80_001 and amira.verify() == []
    amira.lock()
    sam.lock()


def test_a_rekey_that_cannot_finish_leaves_everything_as_it_was(
    profiles: Profiles, monkeypatch
) -> None:
    import os as os_module

    access, amira, sam = _setup(profiles)
    access.grant(amira, "Sam", "manage")
    before = profiles.folder_and_header("Amira")[1]

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os_module, "replace", full)
    with pytest.raises(InputError, match="no space left"):
        access.revoke(amira, "Sam", "amira pass")
    monkeypatch.undo()
    assert profiles.folder_and_header("Amira")[1] == before  # Sam's grant is still there
    amira.logs.add(LogEntry(tracker_id=amira.trackers.by_key("weight").id, value=71.0))
    amira.lock()
    through_sam = access.open_for(sam, "Amira")  # the old key still opens the vault
    assert sorted(e.value for e in through_sam.logs.find()) == [70.0, 71.0]
    through_sam.lock()
    amira = profiles.unlock("Amira", "amira pass")
    access.revoke(amira, "Sam", "amira pass")  # and trying again works
    amira.lock()
    sam.lock()
