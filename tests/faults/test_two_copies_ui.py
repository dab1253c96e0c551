"""The app opening a profile another copy holds: the start screen says who and since when and
offers "Open read-only"; that opens it with a banner saying why and every write control off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton

from planner import demo
from planner.vault import Profiles
from planner.vault.holder import ProfileInUse
from ui.mainwindow import MainWindow
from ui.preferences import Preferences, PreferenceStore
from ui.read_only import is_write_control
from ui.session import Session
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def test_open_read_only_when_another_copy_holds_it(qtbot, demo_profiles: Profiles,
                                                   runner: TaskRunner) -> None:
    other = demo_profiles.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)  # the first copy
    session = Session(demo_profiles, runner)
    win = MainWindow(session, PreferenceStore(None, runner, initial=Preferences()), None,
                     apply_looks=False)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.start.page == "unlock", timeout=5_000)
        start = win.start
        start.unlock_passphrase.edit.setText(demo.DEMO_PASSPHRASE)
        start.unlock_button.click()
        qtbot.waitUntil(lambda: start.read_only_button.isVisible(), timeout=10_000)
        assert "open in another Health Planner on this PC since" in start.unlock_error.text()
        with qtbot.waitSignal(session.unlocked, timeout=10_000):
            start.read_only_button.click()
        runner.wait()
        assert isinstance(session.read_only, ProfileInUse)
        assert win.read_only_banner.isVisible()
        assert "saving is turned off" in win.read_only_banner.label.text()
        view = win.screens[0].widget
        controls = [w for w in view.findChildren(QAbstractButton) if is_write_control(w)]
        assert controls and not any(w.isEnabled() for w in controls)
    finally:
        session.lock()
        runner.wait()
        other.lock()
