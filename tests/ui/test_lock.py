"""Locking: the Lock button and Ctrl+L, auto-lock on idle, minimise in shared-PC mode, quit;
after a lock nothing from the profile is left on screen, on the clipboard or in a reminder."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from shellkit import all_texts, close, make_window, type_into

from planner import demo
from planner.vault import Profiles
from ui.clipboard import SecureClipboard
from ui.preferences import Preferences


def unlock_demo(qtbot, window) -> None:
    start = window.start
    type_into(qtbot, start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        start.unlock_button.click()
    window.session.runner.wait()
    qtbot.wait(50)


@pytest.fixture
def demo_window(qtbot, demo_profiles: Profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    unlock_demo(qtbot, win)
    yield win
    close(win)


def test_lock_button_drops_every_view_and_shows_the_unlock_screen(qtbot, demo_window) -> None:
    win = demo_window
    assert win.screens and win.screen_keys()[-1] == "settings"
    assert not win.showing_start
    views = [s.widget for s in win.screens]
    with qtbot.waitSignal(win.session.locked, timeout=5_000):
        win.lock_button.click()
    assert win.showing_start
    assert win.screens == []
    assert win.views.count() == 0
    qtbot.waitUntil(lambda: all(v is None or not _alive(v) for v in views), timeout=5_000)
    qtbot.waitUntil(lambda: win.start.page == "unlock", timeout=5_000)
    text = all_texts(win)
    for secret in ("Sam Taylor", "Walk 7,000 steps", "Priya", "Take my tablets"):
        assert secret not in text


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_ctrl_l_locks_from_anywhere(qtbot, demo_window) -> None:
    win = demo_window
    win.activateWindow()
    with qtbot.waitSignal(win.session.locked, timeout=5_000):
        QTest.keySequence(win, "Ctrl+L")
    assert not win.session.is_unlocked
    assert win.showing_start


def test_ctrl_numbers_jump_between_screens(qtbot, demo_window) -> None:
    win = demo_window
    keys = win.screen_keys()
    last = min(len(keys), 9)  # Ctrl+1 to Ctrl+9 reach the first nine screens
    QTest.keySequence(win, f"Ctrl+{last}")
    assert win.current_screen().key == keys[last - 1]
    QTest.keySequence(win, "Ctrl+1")
    assert win.current_screen().key == keys[0]


def test_idle_time_locks_the_profile(qtbot, demo_profiles: Profiles, runner) -> None:
    win = make_window(qtbot, demo_profiles, runner,
                      prefs=Preferences(auto_lock_minutes=0.005))  # 0.3 s
    try:
        unlock_demo(qtbot, win)
        # It may lock while the unlocked screens are still loading on a busy machine, before a
        # waitSignal could start listening: wait for the state, not for the signal.
        qtbot.waitUntil(lambda: not win.session.is_unlocked, timeout=5_000)
        assert win.showing_start
        qtbot.waitUntil(lambda: win.start.page == "unlock", timeout=5_000)
    finally:
        close(win)


def test_typing_and_moving_the_mouse_keep_it_unlocked(qtbot, demo_profiles, runner) -> None:
    win = make_window(qtbot, demo_profiles, runner,
                      prefs=Preferences(auto_lock_minutes=0.03))  # 1.8 s
    try:
        unlock_demo(qtbot, win)
        QTest.mouseMove(win.sidebar, QPoint(4, 4))  # the person's first move after unlocking
        for i in range(12):  # 2.4 s of someone using the app, longer than the idle time
            qtbot.wait(200)
            if i % 2:
                QTest.keyClick(win.sidebar, Qt.Key.Key_Shift)
            else:
                QTest.mouseMove(win.sidebar, QPoint(5 + i, 5 + i))
            assert win.session.is_unlocked, f"locked while in use (step {i})"
        with qtbot.waitSignal(win.session.locked, timeout=5_000):
            pass
    finally:
        close(win)


def test_shared_pc_mode_locks_on_minimise(qtbot, demo_profiles, runner) -> None:
    win = make_window(qtbot, demo_profiles, runner, prefs=Preferences(shared_pc=True))
    try:
        unlock_demo(qtbot, win)
        assert win.idle.interval_ms == 2 * 60_000
        with qtbot.waitSignal(win.session.locked, timeout=5_000):
            win.setWindowState(Qt.WindowState.WindowMinimized)
        assert win.showing_start
    finally:
        close(win)


def test_minimise_on_a_personal_pc_keeps_it_open(qtbot, demo_window) -> None:
    win = demo_window
    win.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.wait(100)
    assert win.session.is_unlocked
    win.setWindowState(Qt.WindowState.WindowNoState)


def test_closing_the_window_locks(qtbot, demo_window) -> None:
    win = demo_window
    with qtbot.waitSignal(win.session.locked, timeout=5_000):
        win.close()
    assert not win.session.is_unlocked


def test_lock_clears_what_we_copied(qtbot, demo_window) -> None:
    win = demo_window
    win.clipboard.copy("07700 900123")
    assert QGuiApplication.clipboard().text() == "07700 900123"
    win.lock_now()
    assert QGuiApplication.clipboard().text() == ""


def test_the_clipboard_is_cleared_after_the_timeout_only_if_still_ours(qtbot) -> None:
    board = QGuiApplication.clipboard()
    clip = SecureClipboard(seconds=0.2)
    clip.copy("ABCD-EFGH")
    assert board.text() == "ABCD-EFGH"
    with qtbot.waitSignal(clip.cleared, timeout=3_000):
        pass
    assert board.text() == ""

    clip.copy("ABCD-EFGH")
    board.setText("a shopping list the person copied since")
    with qtbot.waitSignal(clip.cleared, timeout=3_000):
        pass
    assert board.text() == "a shopping list the person copied since"
    board.clear()


def test_reminders_say_nothing_private_once_locked(qtbot, demo_window) -> None:
    win = demo_window
    notifier = win.reminders
    qtbot.waitUntil(lambda: bool(notifier.schedule), timeout=5_000)
    titles = {r.title for r in notifier.schedule}
    assert "Take my tablets" in titles
    shown: list[tuple[str, str]] = []
    notifier.announced.connect(lambda title, body: shown.append((title, body)))

    tomorrow = datetime.now().replace(hour=7, minute=55, second=0, microsecond=0) + \
        timedelta(days=1)
    notifier.check(tomorrow)
    said = notifier.check(tomorrow + timedelta(minutes=10))  # 08:00 tablets fall due
    assert ("Reminder", "Take my tablets") in said

    win.lock_now()
    assert all(r.title == "-" for r in notifier.schedule), "titles are dropped on lock"
    day_after = tomorrow + timedelta(days=1)
    notifier.check(day_after)
    said = notifier.check(day_after + timedelta(minutes=10))
    assert said == [("Health Planner", "Health Planner has a reminder")]
    assert shown[-1] == ("Health Planner", "Health Planner has a reminder")
    assert not any("tablets" in body for _title, body in shown[-len(said):])


def test_reminders_switched_off_stay_quiet(qtbot, demo_window) -> None:
    win = demo_window
    notifier = win.reminders
    qtbot.waitUntil(lambda: bool(notifier.schedule), timeout=5_000)
    win.preferences.update(reminders=False)
    start = datetime.now().replace(hour=7, minute=55) + timedelta(days=1)
    notifier.check(start)
    assert notifier.check(start + timedelta(minutes=10)) == []
