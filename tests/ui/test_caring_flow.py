"""Caring for someone (issue #24), through the real window over real vaults: the person gives
a carer access in Settings, the carer opens them from People I care for without locking
themselves out, what the carer enters says so, the person reads the access log and takes
the access back, and a view grant greys out writes and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shellkit import close, make_window, type_into

from planner.domain.tracker import Tracker, TrackerKind
from planner.vault import Profiles
from planner.vault.access import Access

AMIRA, AMIRA_PASS = "Amira", "amira kettle river"
SAM, SAM_PASS = "Sam", "sam yellow lamp"
BP = "blood-pressure-top"


@pytest.fixture
def people(profiles: Profiles) -> Profiles:
    """Amira with a blood pressure tracker; Sam, who has unlocked his own profile once (so he
    has a key pair to be given access with)."""
    amira, _ = profiles.create(AMIRA, AMIRA_PASS)
    amira.trackers.save(Tracker(key=BP, label="Blood pressure (top number)",
                                kind=TrackerKind.NUMERIC, unit="mmHg"))
    amira.lock()
    sam, _ = profiles.create(SAM, SAM_PASS)
    Access(profiles).carer_key(sam).wipe()
    sam.lock()
    return profiles


def unlock(qtbot, window, name: str, passphrase: str) -> None:
    window.start.preselect(name)
    qtbot.waitUntil(lambda: window.start.selected_name() == name, timeout=5_000)
    type_into(qtbot, window.start.unlock_passphrase.edit, passphrase)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    window.session.runner.wait()


def settle(qtbot, window) -> None:
    window.session.runner.wait()
    qtbot.wait(30)
    window.session.runner.wait()


def go(qtbot, window, key: str):
    window.go_to(key)
    settle(qtbot, window)
    return window.view(key)


def lock(qtbot, window) -> None:
    window.lock_now()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.start.page == "unlock", timeout=5_000)


def grant(qtbot, window, carer: str, level: str) -> None:
    access = go(qtbot, window, "settings").access
    access.carer.setCurrentText(carer)
    access.level.setCurrentIndex(access.level.findData(level))
    access.grant_button.click()
    settle(qtbot, window)


def cared_for(qtbot, window) -> list[str]:
    view = go(qtbot, window, "caring")
    return view.people_shown() if view.people.isVisible() else []


def test_grant_open_log_review_and_revoke(qtbot, people: Profiles, runner) -> None:
    window = make_window(qtbot, people, runner)
    try:
        unlock(qtbot, window, AMIRA, AMIRA_PASS)
        grant(qtbot, window, SAM, "manage")
        access = window.settings.access
        assert [access.grants_list.item(i).text() for i in range(access.grants_list.count())] \
            == [f"{SAM} can see and change your profile until "
                f"{access.until.date().toString('d MMM yyyy')}"]
        lock(qtbot, window)

        unlock(qtbot, window, SAM, SAM_PASS)
        caring = go(qtbot, window, "caring")
        assert len(cared_for(qtbot, window)) == 1
        assert cared_for(qtbot, window)[0].startswith(
            f"{AMIRA}: you can see and change their profile until")
        assert caring.chosen() == AMIRA
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            QTest.keyClick(caring.people, Qt.Key.Key_Return)  # the keyboard path
        settle(qtbot, window)
        assert window.session.name == AMIRA
        assert window.session.home_name == SAM
        assert window.profile_label.text() == f"{AMIRA}, opened by {SAM} (carer)"

        today = go(qtbot, window, "today")
        row = today.row(BP)
        type_into(qtbot, row.field, "128")
        QTest.keyClick(row.field, Qt.Key.Key_Return)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: "entered by Sam (carer)" in row.last.text(), timeout=5_000)

        caring = go(qtbot, window, "caring")  # back home without a passphrase
        assert caring.home_button.isVisible()
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            caring.home_button.click()
        settle(qtbot, window)
        assert (window.session.name, window.session.home_name) == (SAM, None)
        lock(qtbot, window)

        unlock(qtbot, window, AMIRA, AMIRA_PASS)
        logs = go(qtbot, window, "logs")
        qtbot.waitUntil(lambda: logs.model.rowCount() == 1, timeout=5_000)
        note = logs.model.index(0, logs.model.columnCount() - 1).data()
        assert note == "entered by Sam (carer)"
        access = go(qtbot, window, "settings").access
        assert access.log.count() == 1
        line = access.log.item(0).text()
        assert f"{SAM} (can see and change, access " in line
        assert line.endswith("log entries: 1")
        assert "128" not in line  # counts, never contents
        assert "Backups made before now can still be opened" in access.revoke_note.text()

        access.grants_list.setCurrentRow(0)
        type_into(qtbot, access.revoke_passphrase, AMIRA_PASS)
        access.revoke_button.click()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: access.grants_list.count() == 0, timeout=20_000)
        assert access.nobody.isVisible()
        assert access.code_label.isVisible()  # no recovery code typed: a new one, shown once
        assert access.progress.isHidden()
        access.code_done.click()
        settle(qtbot, window)
        assert access.code_label.isHidden()
        lock(qtbot, window)

        unlock(qtbot, window, SAM, SAM_PASS)
        assert cared_for(qtbot, window) == []
        assert window.view("caring").none.isVisible()
    finally:
        close(window)


def test_a_view_grant_greys_out_writes_and_says_why(qtbot, people: Profiles, runner) -> None:
    window = make_window(qtbot, people, runner)
    try:
        unlock(qtbot, window, AMIRA, AMIRA_PASS)
        grant(qtbot, window, SAM, "view")
        lock(qtbot, window)
        unlock(qtbot, window, SAM, SAM_PASS)
        caring = go(qtbot, window, "caring")
        assert cared_for(qtbot, window)[0].startswith(f"{AMIRA}: you can see their profile until")
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            caring.open_button.click()
        settle(qtbot, window)
        why = window.read_only_reason()
        assert why.startswith(f"{SAM}’s access to {AMIRA} is view only: nothing can be changed.")
        today = go(qtbot, window, "today")
        save = today.row(BP).save
        assert not save.isEnabled()
        assert save.toolTip() == why
        access = go(qtbot, window, "settings").access
        assert access.owner_part.isHidden()
        assert access.not_owner.text() == (
            f"Only {AMIRA} can change who has access to their profile, from their own profile.")
    finally:
        close(window)


def test_a_profile_made_on_someones_behalf_and_handed_over(
        qtbot, people: Profiles, runner) -> None:
    window = make_window(qtbot, people, runner)
    try:
        unlock(qtbot, window, SAM, SAM_PASS)
        caring = go(qtbot, window, "caring")
        behalf = caring.behalf
        type_into(qtbot, behalf.person, "Joan")
        type_into(qtbot, behalf.agreed_by, "Joan, in front of her GP")
        behalf.basis.setCurrentIndex(behalf.basis.findData("consent"))
        behalf.make_button.click()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: behalf.code_done.isVisible(), timeout=10_000)
        assert "The recovery code of Joan's profile." in behalf.code.text()
        assert people.header("Joan").on_behalf.agreed_by == "Joan, in front of her GP"
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            behalf.code_done.click()  # written down: now it opens, Sam's own stays open
        settle(qtbot, window)
        assert (window.session.name, window.session.home_name) == ("Joan", SAM)

        behalf = go(qtbot, window, "caring").behalf
        assert behalf.own_box.isVisible()
        type_into(qtbot, behalf.new_passphrase, "joan garden gate")
        type_into(qtbot, behalf.repeat, "joan garden gate")
        behalf.own_button.click()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: behalf.code_done.isVisible(), timeout=10_000)
        assert behalf.code.text().startswith("Joan's profile is now theirs")
        assert people.header("Joan").on_behalf is None
        behalf.code_done.click()
        lock(qtbot, window)
        unlock(qtbot, window, "Joan", "joan garden gate")  # her own passphrase opens it
        assert (window.session.name, window.session.home_name) == ("Joan", None)
    finally:
        close(window)
