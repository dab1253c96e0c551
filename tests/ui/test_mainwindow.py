"""The main window: About shows the version, failures become one plain message, the busy bar
shows while the worker is busy, and there is a screen for every feature view plus Settings."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from shellkit import close, make_window, type_into

from planner import __version__, demo
from planner.errors import InputError
from ui.mainwindow import feature_views


@pytest.fixture
def window(qtbot, demo_profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    yield win
    close(win)


def test_about_shows_the_version(qtbot, window) -> None:
    window.about_action.trigger()
    box = window.about_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert __version__ in box.text()
    assert "Open Font License" in box.informativeText()
    box.accept()


def test_a_plain_input_error_is_shown_as_it_is(qtbot, window) -> None:
    window.session.runner.run(lambda: (_ for _ in ()).throw(
        InputError("That file is not a Health Planner backup.")))
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible(),
                    timeout=5_000)
    assert window.error_box.text() == "That file is not a Health Planner backup."
    window.error_box.accept()


def test_other_failures_get_a_kind_message_and_no_traceback(qtbot, window) -> None:
    def broken() -> None:
        raise KeyError("column 'body' of table logs")

    window.session.runner.run(broken)
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible(),
                    timeout=5_000)
    text = window.error_box.text()
    assert text.startswith("Sorry, something went wrong. Nothing was changed.")
    for leak in ("KeyError", "Traceback", "logs", "column"):
        assert leak not in text
    window.error_box.accept()


def test_the_busy_bar_shows_while_the_worker_works(qtbot, window) -> None:
    release = threading.Event()
    window.session.runner.run(lambda: release.wait(5))
    qtbot.waitUntil(lambda: window.busy_shown, timeout=3_000)
    assert window.busy_label.text() == "Working…"
    release.set()
    qtbot.waitUntil(lambda: not window.busy_shown, timeout=3_000)


def test_there_is_a_screen_for_every_feature_and_settings(qtbot, window) -> None:
    type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    expected = [key for key, _title, _cls in feature_views()] + ["settings"]
    assert window.screen_keys() == expected
    assert window.sidebar.count() == len(expected)
    assert [a.shortcut().toString() for a in window.go_actions] == \
        [f"Ctrl+{i + 1}" for i in range(min(9, len(expected)))]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.lock_action.isEnabled()
    assert window.sidebar.currentRow() == 0


def test_health_planner_with_no_command_opens_the_window_and_quits_cleanly(
        data_dir, tmp_path) -> None:
    """The real front door, in its own process (quitting an application cannot be undone in
    this one): `main([])` shows the start screen offering the demo, then quits with 0."""
    import os
    import subprocess
    import sys

    script = tmp_path / "open_and_quit.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from planner.vault import KdfParams\n"
        "from ui.app import application\n"
        "from cli.main import main\n"
        "application()  # the app object first, so the timer below has an event loop\n"
        "def look():\n"
        "    from ui.mainwindow import MainWindow\n"
        "    wins = [w for w in QApplication.topLevelWidgets()\n"
        "            if isinstance(w, MainWindow) and w.isVisible()]\n"
        "    if not wins or wins[0].start.page == 'loading':\n"
        "        QTimer.singleShot(50, look)\n"
        "        return\n"
        "    app = QApplication.instance()\n"
        "    print(wins[0].start.page, app.applicationName(), wins[0].windowTitle())\n"
        "    print(wins[0].start.welcome_demo.text())\n"
        "    wins[0].close()\n"
        "QTimer.singleShot(50, look)\n"
        "sys.exit(main([], kdf=KdfParams(memory_kib=64, time_cost=1, parallelism=1)))\n",
        "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTH_PLANNER_HOME": str(data_dir)}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == ["welcome Health Planner Health Planner",
                                            "&Try the demo"]
    assert "Traceback" not in done.stderr
