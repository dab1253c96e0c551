"""The whole shell by keyboard alone: create a profile on the start screen, confirm the
recovery code, land in the main window, get locked by the idle timer, unlock again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shellkit import close, make_window

from planner.vault import Profiles
from ui.preferences import Preferences

PASSPHRASE = "kettle river purple lamp"


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def key(k: Qt.Key) -> None:
    QTest.keyClick(focus(), k)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def test_create_confirm_use_idle_lock_and_unlock_by_keyboard(
        qtbot, profiles: Profiles, runner) -> None:
    window = make_window(qtbot, profiles, runner,
                         prefs=Preferences(auto_lock_minutes=0.01))  # 0.6 s
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
        start = window.start
        assert start.page == "welcome"
        assert focus() is start.welcome_create

        key(Qt.Key.Key_Return)  # "Create my profile"
        assert start.page == "create"
        assert focus() is start.create_name
        type_text("Amira")
        key(Qt.Key.Key_Tab)
        assert focus() is start.create_passphrase.edit
        type_text(PASSPHRASE)
        assert start.create_passphrase.hint.text().startswith("Strong")
        key(Qt.Key.Key_Tab)
        assert focus() is start.create_repeat
        type_text(PASSPHRASE)
        key(Qt.Key.Key_Return)  # create: Argon2id and the new vault in the worker

        qtbot.waitUntil(lambda: start.page == "code", timeout=10_000)
        code = start.code_label.text()
        assert focus() is start.code_label, "the code is read out first"
        key(Qt.Key.Key_Tab)
        assert focus() is start.print_button
        key(Qt.Key.Key_Tab)
        assert focus() is start.copy_button
        key(Qt.Key.Key_Tab)
        assert focus() is start.confirm_edit
        type_text(code.replace("-", "")[-4:])
        with qtbot.waitSignal(window.session.unlocked, timeout=5_000):
            key(Qt.Key.Key_Return)

        assert not window.showing_start
        assert window.profile_label.text() == "Amira"
        assert window.current_screen() is not None
        assert window.sidebar.hasFocus()

        with qtbot.waitSignal(window.session.locked, timeout=5_000):
            pass  # nobody touches anything: the idle timer locks
        assert window.showing_start
        qtbot.waitUntil(lambda: start.page == "unlock" and
                        focus() is start.unlock_passphrase.edit, timeout=5_000)
        assert start.single_profile.text() == "Profile: Amira"

        type_text(PASSPHRASE)
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            key(Qt.Key.Key_Return)
        assert not window.showing_start
        assert window.session.name == "Amira"
    finally:
        close(window)
