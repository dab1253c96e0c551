"""Auto-lock without a Python event filter on the application (issue #22): a filter there ran
Python for every event of every object, so paints waited for the interpreter lock while a worker
held it. Idleness is now read from state Qt keeps (ui/idle.py); these check that nothing in
Python hears the application's events, and that typing alone, without the mouse, still counts
as someone using the app while moving the pointer over another app does not."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QCursor, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shellkit import close, make_window
from test_lock import unlock_demo

from ui.preferences import Preferences


@pytest.fixture
def unlocked_window(qtbot, demo_profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    unlock_demo(qtbot, win)
    yield win
    close(win)


def _python_calls_while(send: Any) -> list[str]:
    """The Python functions entered while `send()` runs (sys.setprofile sees every frame)."""
    calls: list[str] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            calls.append(f"{frame.f_code.co_filename}:{frame.f_code.co_qualname}")

    sys.setprofile(profile)
    try:
        send()
    finally:
        sys.setprofile(None)
    return calls


def test_events_reach_no_python_while_unlocked(qtbot, unlocked_window) -> None:
    assert unlocked_window.session.is_unlocked
    plain = QWidget()  # a widget with no Python handlers of its own
    plain.resize(50, 50)

    events = [
        QEvent(QEvent.Type.User),
        QEvent(QEvent.Type.UpdateRequest),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    ]

    def send() -> None:
        for event in events:
            QCoreApplication.sendEvent(plain, event)

    calls = [call for call in _python_calls_while(send) if not call.endswith(".send")]
    assert calls == [], f"an application-wide Python event filter ran: {calls}"


def _a_text_box(qtbot, win) -> QLineEdit:
    """A text box on one of the screens, that screen shown."""
    for key in win.screen_keys():
        win.go_to(key)
        qtbot.wait(50)
        boxes = [
            box for box in win.findChildren(QLineEdit)
            if box.isVisible() and box.isEnabled() and not box.isReadOnly()
        ]
        if boxes:
            return boxes[0]
    raise AssertionError("no screen shows a text box")


def test_typing_without_the_mouse_keeps_it_unlocked(qtbot, demo_profiles, runner) -> None:
    win = make_window(qtbot, demo_profiles, runner,
                      prefs=Preferences(auto_lock_minutes=0.03))  # 1.8 s
    try:
        unlock_demo(qtbot, win)
        win.activateWindow()
        box = _a_text_box(qtbot, win)
        box.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=5_000)
        for i in range(12):  # 2.4 s of typing, longer than the idle time, the mouse still
            qtbot.wait(200)
            QTest.keyClick(box, Qt.Key.Key_1 if i % 4 < 2 else Qt.Key.Key_Backspace)
            if i % 4 == 1:
                QTest.keyClick(box, Qt.Key.Key_2)
            assert win.session.is_unlocked, f"locked while someone typed (step {i})"
        with qtbot.waitSignal(win.session.locked, timeout=5_000):
            pass
    finally:
        close(win)


def test_the_pointer_moving_over_another_app_lets_it_lock(qtbot, demo_profiles, runner) -> None:
    win = make_window(qtbot, demo_profiles, runner,
                      prefs=Preferences(auto_lock_minutes=0.01))  # 0.6 s
    try:
        unlock_demo(qtbot, win)
        outside = win.frameGeometry().bottomRight() + QPoint(40, 40)
        for i in range(40):  # up to 4 s of someone using the app next to ours
            if not win.session.is_unlocked:
                break
            QCursor.setPos(outside + QPoint(i % 7, i % 5))
            qtbot.wait(100)
        assert not win.session.is_unlocked
    finally:
        close(win)
