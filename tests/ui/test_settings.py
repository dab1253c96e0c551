"""Settings: preferences saved (atomically, without health data), shared-PC mode, remember me,
changing the passphrase, text size, colours and language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from shellkit import close, make_window, type_into

from planner import demo
from planner.vault import Profiles
from ui.i18n import Translations
from ui.preferences import FILENAME, Preferences, PreferenceStore, load_preferences
from ui.theme import point_size


def unlock(qtbot, window, passphrase: str) -> None:
    type_into(qtbot, window.start.unlock_passphrase.edit, passphrase)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    window.go_to("settings")
    window.session.runner.wait()
    qtbot.wait(20)


@pytest.fixture
def settings_window(qtbot, demo_profiles: Profiles, runner, data_dir: Path):
    win = make_window(qtbot, demo_profiles, runner, folder=data_dir)
    unlock(qtbot, win, demo.DEMO_PASSPHRASE)
    yield win
    close(win)


def test_changes_are_saved_to_preferences_json_without_health_data(
        qtbot, settings_window, data_dir: Path) -> None:
    win = settings_window
    view = win.settings
    view.auto_lock.setValue(9)
    view.reminders.setChecked(False)
    win.session.runner.wait()
    qtbot.waitUntil(lambda: (data_dir / FILENAME).exists(), timeout=5_000)
    saved = json.loads((data_dir / FILENAME).read_text("utf-8"))
    assert saved["auto_lock_minutes"] == 9
    assert saved["reminders"] is False
    assert win.idle.interval_ms == 9 * 60_000
    raw = (data_dir / FILENAME).read_text("utf-8")
    for private in ("Sam Taylor", "9990000018", "Walk", "tablets", "Priya"):
        assert private not in raw
    assert not list(data_dir.glob(f".{FILENAME}.*")), "no temporary files left behind"
    assert load_preferences(data_dir).auto_lock_minutes == 9


def test_a_damaged_preferences_file_keeps_what_is_still_good(data_dir: Path) -> None:
    (data_dir / FILENAME).write_text('{"auto_lock_minutes": -3, "text_scale": 150, '
                                     '"language": "xx", "shared_pc": true}', "utf-8")
    prefs = load_preferences(data_dir)
    assert prefs.auto_lock_minutes == 5
    assert prefs.text_scale == 150
    assert prefs.language == "en_GB"
    assert prefs.shared_pc is True
    (data_dir / FILENAME).write_text("not json at all", "utf-8")
    assert load_preferences(data_dir) == Preferences()


def test_shared_pc_mode_tightens_everything_and_hides_remember_me(
        qtbot, demo_template, data_dir: Path, runner, cheap_kdf) -> None:
    import shutil

    shutil.copytree(demo_template / "profiles", data_dir / "profiles")
    keyring = MemoryKeyring()
    profiles = Profiles(data_dir, kdf=cheap_kdf, keyring_backend=keyring)
    win = make_window(qtbot, profiles, runner, folder=data_dir)
    try:
        assert win.start.remember_box.isVisible(), "a real keyring offers remember me"
        unlock(qtbot, win, demo.DEMO_PASSPHRASE)
        view = win.settings
        qtbot.waitUntil(lambda: view.remember.isVisible(), timeout=5_000)
        view.shared_pc.setChecked(True)
        prefs = win.preferences.value
        assert prefs.shared_pc
        assert win.idle.interval_ms == 2 * 60_000
        assert win.clipboard.seconds == 30
        assert not view.remember.isVisible()
        assert not view.auto_lock.isEnabled()
        assert "2 minutes" in view.auto_lock_note.text()
        with qtbot.waitSignal(win.start.profiles_listed, timeout=5_000):
            win.lock_now()
        assert win.start.page == "unlock"
        assert not win.start.remember_box.isVisible()
    finally:
        close(win)


def test_remember_me_opens_without_the_passphrase_next_time(
        qtbot, demo_template, data_dir: Path, runner, cheap_kdf) -> None:
    import shutil

    shutil.copytree(demo_template / "profiles", data_dir / "profiles")
    keyring = MemoryKeyring()
    profiles = Profiles(data_dir, kdf=cheap_kdf, keyring_backend=keyring)
    win = make_window(qtbot, profiles, runner, folder=data_dir)
    try:
        unlock(qtbot, win, demo.DEMO_PASSPHRASE)
        view = win.settings
        qtbot.waitUntil(lambda: view.remember.isVisible(), timeout=5_000)
        view.remember.setChecked(True)
        # The key is stored by a worker, then the message is shown when the job's result
        # reaches the window: wait for what the person sees, then check what was stored.
        qtbot.waitUntil(lambda: "will remember you" in view.remember_message.text(),
                        timeout=5_000)
        assert keyring.items
        win.lock_now()
        qtbot.waitUntil(lambda: win.start.remembered_button.isVisible(), timeout=5_000)
        with qtbot.waitSignal(win.session.unlocked, timeout=5_000):
            win.start.remembered_button.click()
        win.go_to("settings")
        qtbot.waitUntil(lambda: win.settings.remember.isChecked(), timeout=5_000)
        win.settings.remember.setChecked(False)
        qtbot.waitUntil(lambda: not keyring.items, timeout=5_000)
    finally:
        close(win)


def test_change_passphrase_rewraps_the_key(qtbot, settings_window, demo_profiles) -> None:
    view = settings_window.settings
    type_into(qtbot, view.old_passphrase, demo.DEMO_PASSPHRASE)
    type_into(qtbot, view.new_passphrase.edit, "a much longer passphrase")
    type_into(qtbot, view.repeat_passphrase, "a much longer passphrase")
    view.change_button.click()
    qtbot.waitUntil(lambda: "has been changed" in view.passphrase_message.text(),
                    timeout=10_000)
    assert view.old_passphrase.text() == ""
    # The window still holds the profile (one writer), so the new passphrase opens it read-only.
    demo_profiles.unlock(demo.DEMO_NAME, "a much longer passphrase", read_only=True).lock()


def test_change_passphrase_with_the_wrong_old_one_says_so(qtbot, settings_window) -> None:
    view = settings_window.settings
    type_into(qtbot, view.old_passphrase, "not it")
    type_into(qtbot, view.new_passphrase.edit, "a much longer passphrase")
    type_into(qtbot, view.repeat_passphrase, "a much longer passphrase")
    view.change_button.click()
    qtbot.waitUntil(lambda: "does not open" in view.passphrase_message.text(), timeout=10_000)
    assert view.change_button.isEnabled()


def test_text_size_and_high_contrast_apply_at_once(qtbot, demo_profiles, runner) -> None:
    win = make_window(qtbot, demo_profiles, runner, apply_looks=True)
    app = QApplication.instance()
    try:
        unlock(qtbot, win, demo.DEMO_PASSPHRASE)
        view = win.settings
        view.text_size.setFocus()
        qtbot.keyClick(view.text_size, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: win.preferences.value.text_scale == 200, timeout=3_000)
        assert app.font().pointSizeF() == pytest.approx(point_size(200))
        assert view.text_size_value.text() == "200 %"
        view.colours.setCurrentIndex(view.colours.findData("high-contrast"))
        view.colours.activated.emit(view.colours.currentIndex())
        assert win.preferences.value.high_contrast
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert "#ffff00" in app.styleSheet()
    finally:
        close(win)
        win.preferences.update(text_scale=100, high_contrast=False)
        app.setStyleSheet("")


def test_choosing_urdu_turns_the_app_right_to_left(qtbot, demo_profiles, runner) -> None:
    app = QGuiApplication.instance()
    translations = Translations(app)
    win = make_window(qtbot, demo_profiles, runner, translations=translations)
    try:
        unlock(qtbot, win, demo.DEMO_PASSPHRASE)
        view = win.settings
        view.language.setCurrentIndex(view.language.findData("ur"))
        view.language.activated.emit(view.language.currentIndex())
        qtbot.waitUntil(lambda: translations.language == "ur", timeout=3_000)
        qtbot.waitUntil(lambda: win.current_screen() is not None
                        and win.current_screen().key == "settings", timeout=3_000)
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.settings.isRightToLeft()
        assert win.sidebar.item(win.sidebar.count() - 1).text() == "ترتیبات"
        assert win.settings.language.currentData() == "ur"
    finally:
        translations.apply("en_GB")
        close(win)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_preference_store_without_a_folder_writes_nothing(tmp_path: Path, runner) -> None:
    store = PreferenceStore(None, runner)
    store.update(text_scale=150)
    runner.wait()
    assert store.value.text_scale == 150
    assert not list(tmp_path.iterdir())
