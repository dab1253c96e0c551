"""The start screen: first run, creating a profile, the one-time recovery code, unlocking,
choosing among several profiles, recovering a forgotten passphrase and trying the demo."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from shellkit import close, make_window, type_into, visible_texts

from planner import demo
from planner.vault import Profiles

CODE = re.compile(r"^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$")


@pytest.fixture
def window(qtbot, profiles, runner):
    win = make_window(qtbot, profiles, runner)
    yield win
    close(win)


def last_four(code: str) -> str:
    return code.replace("-", "")[-4:]


def fill_create(qtbot, start, name="Ann", passphrase="kettle river purple lamp",
                repeat=None) -> None:
    start.show_create()
    type_into(qtbot, start.create_name, name)
    type_into(qtbot, start.create_passphrase.edit, passphrase)
    type_into(qtbot, start.create_repeat, passphrase if repeat is None else repeat)


def test_first_run_welcomes_and_offers_the_demo(window) -> None:
    start = window.start
    assert start.page == "welcome"
    assert start.welcome_demo.isVisible() and start.welcome_demo.isEnabled()
    assert "Try the demo" in start.welcome_demo.text().replace("&", "")
    assert any("passphrase is “demo”" in t for t in visible_texts(start))
    assert window.showing_start


def test_create_shows_the_recovery_code_once_and_needs_its_last_four(
        qtbot, window, profiles: Profiles) -> None:
    start = window.start
    fill_create(qtbot, start)
    start.create_button.click()
    qtbot.waitUntil(lambda: start.page == "code", timeout=10_000)
    code = start.code_label.text()
    assert CODE.match(code), code
    assert not window.session.is_unlocked, "the profile opens only after the confirm step"
    assert not start.confirm_button.isEnabled()

    type_into(qtbot, start.confirm_edit, "ZZZZ" if last_four(code) != "ZZZZ" else "YYYY")
    start.confirm_button.click()
    assert start.confirm_error.isVisible()
    assert "not the last 4 characters" in start.confirm_error.text()
    assert not window.session.is_unlocked

    start.confirm_edit.clear()
    type_into(qtbot, start.confirm_edit, last_four(code).lower())
    with qtbot.waitSignal(window.session.unlocked, timeout=5_000):
        start.confirm_button.click()
    assert window.session.name == "Ann"
    assert not window.showing_start
    assert start.code_label.text() == "", "the code is shown only once"
    assert profiles.names() == ["Ann"]


def test_mismatched_passphrases_are_caught_before_anything_is_made(
        qtbot, window, profiles: Profiles) -> None:
    start = window.start
    fill_create(qtbot, start, repeat="kettle river purple lamb")
    start.create_button.click()
    assert start.create_error.isVisible()
    assert "different" in start.create_error.text()
    assert start.page == "create"
    window.session.runner.wait()
    assert profiles.names() == []


def test_the_strength_hint_follows_what_is_typed(qtbot, window) -> None:
    start = window.start
    start.show_create()
    hint = start.create_passphrase.hint
    assert hint is not None
    assert "3 or 4 random words" in hint.text()
    type_into(qtbot, start.create_passphrase.edit, "abc")
    assert hint.text().startswith("Too short")
    type_into(qtbot, start.create_passphrase.edit, "defgh")
    assert hint.text().startswith("Weak")
    type_into(qtbot, start.create_passphrase.edit, " river purple lamp")
    assert hint.text().startswith("Strong")
    assert start.create_passphrase.edit.accessibleDescription() == hint.text()


def test_a_taken_name_gets_a_plain_message(qtbot, profiles: Profiles, runner) -> None:
    profiles.create("Ann", "first passphrase")[0].lock()
    win = make_window(qtbot, profiles, runner)
    try:
        fill_create(qtbot, win.start, name="ann")
        win.start.create_button.click()
        qtbot.waitUntil(lambda: "already a profile" in win.start.create_error.text(),
                        timeout=5_000)
        assert "Traceback" not in win.start.create_error.text()
    finally:
        close(win)


def test_wrong_passphrase_says_so_plainly_and_keeps_the_screen(
        qtbot, profiles: Profiles, runner) -> None:
    profiles.create("Ann", "correct horse")[0].lock()
    win = make_window(qtbot, profiles, runner)
    try:
        start = win.start
        assert start.page == "unlock"
        assert start.single_profile.text() == "Profile: Ann"
        type_into(qtbot, start.unlock_passphrase.edit, "wrong horse")
        start.unlock_button.click()
        qtbot.waitUntil(lambda: "does not open" in start.unlock_error.text(), timeout=5_000)
        assert start.unlock_error.text() == "That passphrase does not open this profile."
        assert not win.session.is_unlocked
        assert start.unlock_passphrase.edit.hasFocus() or not win.isActiveWindow()
    finally:
        close(win)


def test_several_profiles_are_listed_and_the_chosen_one_opens(
        qtbot, profiles: Profiles, runner) -> None:
    for name in ("Ann", "Bilal", "Chen"):
        profiles.create(name, f"{name} passphrase")[0].lock()
    win = make_window(qtbot, profiles, runner)
    try:
        start = win.start
        listed = [start.profile_list.item(i).text() for i in range(start.profile_list.count())]
        assert listed == ["Ann", "Bilal", "Chen"]
        assert start.profile_list.isVisible()
        start.profile_list.setCurrentRow(1)
        type_into(qtbot, start.unlock_passphrase.edit, "Bilal passphrase")
        with qtbot.waitSignal(win.session.unlocked, timeout=5_000):
            qtbot.keyClick(start.unlock_passphrase.edit, Qt.Key.Key_Return)
        assert win.session.name == "Bilal"
        assert win.profile_label.text() == "Bilal"
    finally:
        close(win)


def test_forgotten_passphrase_uses_the_recovery_code_and_gives_a_new_one(
        qtbot, profiles: Profiles, runner) -> None:
    vault, code = profiles.create("Ann", "old passphrase")
    vault.lock()
    win = make_window(qtbot, profiles, runner)
    try:
        start = win.start
        start.forgot_button.click()
        assert start.page == "recover"
        assert "“Ann”" in start.recover_intro.text()
        type_into(qtbot, start.recover_code, code.text.lower().replace("-", " "))
        type_into(qtbot, start.recover_passphrase.edit, "brand new passphrase")
        type_into(qtbot, start.recover_repeat, "brand new passphrase")
        start.recover_button.click()
        qtbot.waitUntil(lambda: start.page == "code", timeout=10_000)
        new_code = start.code_label.text()
        assert CODE.match(new_code) and new_code != code.text
        assert "old recovery code no longer works" in start.code_intro.text()
        type_into(qtbot, start.confirm_edit, last_four(new_code))
        with qtbot.waitSignal(win.session.unlocked, timeout=5_000):
            start.confirm_button.click()
    finally:
        close(win)
    profiles.unlock("Ann", "brand new passphrase").lock()


def test_a_wrong_recovery_code_is_refused(qtbot, profiles: Profiles, runner) -> None:
    profiles.create("Ann", "old passphrase")[0].lock()
    win = make_window(qtbot, profiles, runner)
    try:
        start = win.start
        start.forgot_button.click()
        type_into(qtbot, start.recover_code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        type_into(qtbot, start.recover_passphrase.edit, "brand new passphrase")
        type_into(qtbot, start.recover_repeat, "brand new passphrase")
        start.recover_button.click()
        qtbot.waitUntil(lambda: "recovery code does not open" in start.recover_error.text(),
                        timeout=10_000)
        assert not win.session.is_unlocked
    finally:
        close(win)
    profiles.unlock("Ann", "old passphrase").lock()


def test_try_the_demo_builds_it_in_the_worker_and_opens_it(
        qtbot, window, profiles: Profiles) -> None:
    start = window.start
    steps: list[int] = []
    start.demo_progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(window.session.unlocked, timeout=60_000):
        start.welcome_demo.click()
        assert start.page == "demo"
        assert start.busy
    assert window.session.name == demo.DEMO_NAME
    assert profiles.exists(demo.DEMO_NAME)
    assert steps and steps[-1] == 3
    assert not window.showing_start


def test_copy_puts_the_code_on_the_clipboard_and_confirm_takes_it_off(
        qtbot, window) -> None:
    start = window.start
    fill_create(qtbot, start)
    start.create_button.click()
    qtbot.waitUntil(lambda: start.page == "code", timeout=10_000)
    code = start.code_label.text()
    start.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    assert "30 seconds" in start.copy_note.text()
    type_into(qtbot, start.confirm_edit, last_four(code))
    with qtbot.waitSignal(window.session.unlocked, timeout=5_000):
        start.confirm_button.click()
    assert QGuiApplication.clipboard().text() == ""
    assert QApplication.instance() is not None


def test_a_damaged_profile_is_named_not_silently_dropped(
        qtbot, profiles: Profiles, runner) -> None:
    """A profile whose header was damaged (a USB stick pulled out mid-save) cannot be listed;
    the start screen says which file, and that the records are not deleted."""
    for name in ("Ann", "Bilal"):
        profiles.create(name, f"{name} passphrase")[0].lock()
    header = profiles.vault_path("Bilal").with_name("profile.json")
    header.write_text("{ not json", "utf-8")
    assert profiles.damaged() == [header]
    win = make_window(qtbot, profiles, runner)
    try:
        start = win.start
        qtbot.waitUntil(lambda: start.damaged_note.isVisible(), timeout=5_000)
        note = start.damaged_note.text()
        assert str(header) in note and "not been deleted" in note
        assert start.names == ["Ann"]
        assert start.damaged_note.accessibleName() == note  # read out by screen readers
    finally:
        close(win)


def test_a_vault_without_its_header_counts_as_damaged(profiles: Profiles) -> None:
    profiles.create("Ann", "Ann passphrase")[0].lock()
    header = profiles.vault_path("Ann").with_name("profile.json")
    header.unlink()
    assert profiles.damaged() == [header]
    assert profiles.names() == []
