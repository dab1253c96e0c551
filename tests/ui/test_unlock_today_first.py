"""Unlocking builds Today alone (issue #22: unlock -> Today painted in <= 300 ms, no freeze).

Building every screen at unlock took ~600 ms of the UI thread on the 1M-entry vault: importing
what Today does not need (`requests` through the sync client, `pypdf` through printing) and Qt
polishing widgets nobody was looking at. Now the window lists every screen by name and builds a
view the first time the person goes to it. The figure is a benchmark; these tests keep the
reasons: what is imported and built at unlock, and that everything reaching for a screen not yet
built (the sidebar, Ctrl+number, links from Today, "data changed", lock) still gets it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from shellkit import close, make_window, type_into

from planner import demo
from ui.views.base import FeatureView
from ui.views.settings import SettingsView

ROOT = Path(__file__).resolve().parents[2]

# Not one of these may be imported by unlocking and painting Today.
NOT_AT_UNLOCK = ("requests", "pypdf", "sync.client", "ui.printing", "ui.views.registry")

# The real shell (ui.app.build_shell), offscreen: wait for the start screen's first paint and
# the worker's warm-up, type the demo passphrase, click Unlock, and once Today has its data,
# report which modules are loaded and which views exist.
PROBE = r"""
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
import ui.app

shell = ui.app.build_shell(Path(sys.argv[1]))
win = shell.window

def report():
    from ui.views.base import FeatureView
    from PySide6.QtWidgets import QWidget
    views = [type(w).__name__ for w in win.findChildren(QWidget)
             if isinstance(w, FeatureView) or type(w).__name__ == "SettingsView"]
    today = win.view("today")
    print(json.dumps({"modules": sorted(sys.modules), "views": views,
                      "rows": len(today.rows), "screens": win.screen_keys()}), flush=True)
    os._exit(0)

def when_ready():
    if len(sys.argv) < 4:  # right after Today has its data
        report()
        return
    # "later": once the other screens' modules are imported in the background (or 20 s passed)
    from ui.views.screens import SCREENS
    waited = [0]
    def poll():
        waited[0] += 1
        if all(e.module in sys.modules for e in SCREENS) or waited[0] > 200:
            report()
        else:
            QTimer.singleShot(100, poll)
    poll()

def click():
    start = win.start
    start.unlock_passphrase.edit.setText(sys.argv[2])
    def on_unlocked(_name):
        win.view("today").loaded.connect(lambda: QTimer.singleShot(50, when_ready))
    shell.session.unlocked.connect(on_unlocked)
    start.unlock_button.click()

def ready():
    if win.start.page == "unlock" and win.start._painted and shell.runner.busy == 0:
        click()
    else:
        QTimer.singleShot(20, ready)

win.show()
QTimer.singleShot(20, ready)
QTimer.singleShot(30_000, lambda: (print("never unlocked", file=sys.stderr), os._exit(3)))
shell.app.exec()
"""


def test_unlocking_imports_neither_requests_nor_pypdf_and_builds_only_today(
        tmp_path: Path, demo_template: Path) -> None:
    shutil.copytree(demo_template / "profiles", tmp_path / "profiles")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), demo.DEMO_PASSPHRASE],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = [m for m in seen["modules"]
              if any(m == name or m.startswith(name + ".") for name in NOT_AT_UNLOCK)]
    assert loaded == []
    assert seen["views"] == ["TodayView"]
    assert seen["rows"] > 0, "Today shows the demo's trackers"
    assert seen["screens"][0] == "today" and seen["screens"][-1] == "settings"


def test_the_other_screens_are_imported_soon_after_unlock_but_not_built(
        tmp_path: Path, demo_template: Path) -> None:
    """So a first visit to Share or Check-ins builds widgets without importing on the UI
    thread (~0.3-0.75 s on a slow PC)."""
    from ui.views.screens import SCREENS

    shutil.copytree(demo_template / "profiles", tmp_path / "profiles")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path), demo.DEMO_PASSPHRASE, "later"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    missing = [e.module for e in SCREENS if e.module not in seen["modules"]]
    assert missing == []
    assert seen["views"] == ["TodayView"]


@pytest.fixture
def window(qtbot, demo_profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    type_into(qtbot, win.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(win.session.unlocked, timeout=10_000):
        win.start.unlock_button.click()
    # Today is built in the turn after the sidebar's first paint (test_unlock_turns.py).
    qtbot.waitUntil(lambda: win.screens[0].built is not None, timeout=5_000)
    runner.wait()
    yield win
    close(win)


def views_made(win) -> list[str]:
    """The views that exist under the window, whatever the window's own bookkeeping says."""
    return sorted(type(w).__name__ for w in win.findChildren(QWidget)
                  if isinstance(w, FeatureView | SettingsView))


def test_only_today_exists_until_another_screen_is_opened(qtbot, window) -> None:
    assert views_made(window) == ["TodayView"]
    from ui.views.screens import SCREENS

    # Every feature screen and Settings, each listed once, only Today built.
    assert window.sidebar.count() == len(window.screen_keys()) == len(SCREENS) + 1
    assert [s.key for s in window.screens if s.built is not None] == ["today"]
    window.activateWindow()
    ninth = window.screen_keys()[8]
    QTest.keySequence(window, "Ctrl+9")  # the ninth screen, never built before
    assert window.current_screen().key == ninth
    made = views_made(window)
    assert len(made) == 2 and "TodayView" in made
    window.sidebar.setCurrentRow(window.sidebar.count() - 1)
    # Settings holds the owner's access review (#24), a view of its own.
    assert views_made(window) == sorted([*made, "AccessSettings", "SettingsView"])
    assert window.views.currentWidget().widget() is window.settings


def test_links_from_today_reach_screens_not_yet_built(qtbot, window) -> None:
    today = window.view("today")
    today.open_plan.click()
    assert window.current_screen().key == "plan"
    plan = window.view("plan")
    assert plan is not None and plan.isVisible()
    plan.share_button.click()  # connected when Plan was built
    assert window.current_screen().key == "sharing"


def test_screens_built_before_or_after_a_change_show_it(qtbot, window) -> None:
    window.go_to("logs")  # built now, then hidden: it hears of the change and reloads when shown
    logs = window.view("logs")
    qtbot.waitUntil(lambda: logs.model.rowCount() > 0, timeout=5_000)
    window.go_to("today")
    today = window.view("today")
    row = today.row("weight")
    with qtbot.waitSignal(today.loaded, timeout=5_000):
        type_into(qtbot, row.field, "71.5")
        QTest.keyClick(row.field, Qt.Key.Key_Return)
    assert window.view("summary") is not None  # built after the change
    window.go_to("logs")
    qtbot.waitUntil(lambda: logs.model.rowCount() > 0 and logs.model.entry(0).value == 71.5,
                    timeout=5_000)


def test_lock_drops_the_views_built_and_unlock_builds_today_again(qtbot, window) -> None:
    window.go_to("medicines")
    built = [s.built for s in window.screens if s.built is not None]
    assert len(built) == 2
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        window.lock_now()
    assert window.screens == [] and window.views.count() == 0
    type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    window.session.runner.wait()
    qtbot.waitUntil(lambda: views_made(window) == ["TodayView"], timeout=5_000)
    assert window.current_screen().key == "today"

