"""A double-click shows the real start screen quickly (#6, #22: within 1.3x of a bare Qt window).

The figure itself is a benchmark (`python -m benchmarks start`); these tests keep the reason it
is fast from being undone unnoticed. Each starts `health-planner` the way the console script
does, in a fresh interpreter, and looks at the moment the window first paints: the page is the
real one (welcome on a first run, unlock with the profiles listed otherwise), themed, in the
app's font and translated, and none of the heavy modules (pydantic, the vault and its key code,
SQLCipher, Argon2, the keyring, the sync client, the feature screens) has been imported yet.
They load after the first paint, in the worker, or when a button needs them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from planner.vault import Profiles
from ui.preferences import InvalidPreference, Preferences

ROOT = Path(__file__).resolve().parents[2]

# Not one of these may be imported before the first paint.
HEAVY = (
    "pydantic",
    "pydantic_core",
    "planner.vault.keys",
    "planner.vault.header",
    "planner.vault.vault",
    "planner.domain",
    "planner.demo",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "keyring",
    "sync",
    "requests",
    "cli.common",
    "ui.views.registry",
    "ui.views.settings",
    "ui.views.base",
    "sync.demo",
    "PySide6.QtPrintSupport",
    # Issue #22: a shared library of its own, needed only to check a name or a message.
    "unicodedata",
)
# Loaded with the page that needs them, not before the welcome page of a first run (#22).
NOT_ON_WELCOME = ("ui.widgets.passphrase",)

# What `health-planner` runs (cli.main.entry -> main()), with a watch on the window's first paint:
# at that moment, report what a person sees and which modules are loaded, then stop at once.
PROBE = r"""
import json, os, sys
import ui.app
from cli.main import main

def report(window):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Paint:
                start = window.start
                app = QApplication.instance()
                shown = [w.text() for w in (start.__dict__.get(n) for n in (
                    "welcome_create", "welcome_demo", "unlock_button", "forgot_button",
                    "new_button", "unlock_demo")) if w is not None and w.isVisibleTo(window)]
                items = start.__dict__.get("profile_list")
                themed = len(app.styleSheet())
                styled = restyled(window, f"start-{start.page}")  # before the sheet goes
                app.setStyleSheet("")  # to see the style under the sheet; we stop right after
                print(json.dumps({
                    "page": start.page,
                    "title": window.windowTitle(),
                    "buttons": shown,
                    "profiles": [items.item(i).text() for i in range(items.count())]
                                if items is not None else [],
                    "single": start.single_profile.text() if "single_profile" in start.__dict__
                              else "",
                    "font": app.font().family(),
                    "style": app.style().name(),
                    "themed": themed,
                    "modules": sorted(sys.modules),
                    "collector_on": __import__("gc").isenabled(),
                    "patterns_compiled": compiled_patterns(),
                    "restyled": styled,
                    # Built in the turn after the first paint, which shows neither (#22).
                    "menus": [getattr(window, "has_menus", True),
                              window.menuWidget() is not None],
                }), flush=True)
                os._exit(0)
            return False

    keeper = FirstPaint(window)
    window.installEventFilter(keeper)

build_shell = ui.app.build_shell
_kept = []

def compiled_patterns():
    # ui.forms' message patterns compiled so far (None: compiled at import, as before #22).
    found = getattr(sys.modules["ui.forms"], "_patterns", None)
    return None if found is None else found.cache_info().currsize

style_changes = {}

def count_style_changes():
    # Every time Qt restyles a widget (a new parent under the app's style sheet restyles the
    # widget and all inside it) the widget gets a StyleChange event: count them per widget.
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Restyled(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.StyleChange:
                style_changes[id(watched)] = style_changes.get(id(watched), 0) + 1
            return False

    keeper = Restyled()
    QApplication.instance().installEventFilter(keeper)
    return keeper

def restyled(window, name):
    # (widgets on the page shown, StyleChange events they got while it was built and shown)
    from PySide6.QtWidgets import QWidget

    page = window.findChild(QWidget, name)
    widgets = [page, *page.findChildren(QWidget)]
    return [len(widgets), sum(style_changes.get(id(w), 0) for w in widgets)]

def watched(*args, **kwargs):
    keeper = count_style_changes()
    shell = build_shell(*args, **kwargs)
    _kept.append(keeper)
    report(shell.window)
    return shell

ui.app.build_shell = watched
sys.argv = ["health-planner"]
main()
sys.exit("the window was never painted")
"""


def first_paint(home: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEALTH_PLANNER_HOME": str(home),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def heavy_loaded(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_a_first_run_paints_the_welcome_page_before_anything_heavy_loads(tmp_path) -> None:
    seen = first_paint(tmp_path)
    assert seen["page"] == "welcome"
    assert seen["title"] == "Health Planner"
    assert seen["buttons"] == ["&Create my profile", "&Try the demo"]
    assert seen["font"] == "Noto Sans"
    assert seen["style"] == "fusion"
    assert seen["themed"] > 1000, "the theme's style sheet is on from the first paint"
    assert heavy_loaded(seen["modules"]) == []
    assert [m for m in seen["modules"] if m in NOT_ON_WELCOME] == []
    assert seen["patterns_compiled"] == 0, "ui.forms compiles its message patterns on first use"
    widgets, restyles = seen["restyled"]
    assert restyles <= widgets, "the page is styled as it is built, not restyled as it is moved"
    assert seen["menus"] == [False, False], "the menus and status bar come after the first paint"
    assert seen["collector_on"] is False, "no garbage collection before the first paint"


# As PROBE, but waits for the turn after the first paint, when the start screen has warmed up.
AFTER_PAINT = r"""
import gc, json, os, sys
import ui.app
from cli.main import main

build_shell = ui.app.build_shell

def watched(*args, **kwargs):
    shell = build_shell(*args, **kwargs)
    def warmed_up():  # connected after the window's own handler, so it runs after it
        print(json.dumps([gc.isenabled(), gc.get_freeze_count()]), flush=True)
        os._exit(0)
    shell.window.start.warmed_up.connect(warmed_up)
    return shell

ui.app.build_shell = watched
sys.argv = ["health-planner"]
main()
sys.exit("the start screen never warmed up")
"""


def test_the_collector_is_back_on_after_the_first_paint_with_the_start_frozen(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTH_PLANNER_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", AFTER_PAINT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    on, frozen = json.loads(done.stdout.strip().splitlines()[-1])
    assert on is True
    assert frozen > 10_000, "what the start made (modules, classes, the start screen) is frozen"


def test_profiles_are_listed_in_the_chosen_language_at_the_first_paint(
        tmp_path, demo_template: Path, cheap_kdf) -> None:
    import shutil

    shutil.copytree(demo_template / "profiles", tmp_path / "profiles")
    profiles = Profiles(tmp_path, kdf=cheap_kdf)
    profiles.create("Amira", "correct horse")[0].lock()
    (tmp_path / "preferences.json").write_text('{"language": "pl"}', "utf-8")
    seen = first_paint(tmp_path)
    assert seen["page"] == "unlock"
    assert seen["profiles"] == ["Amira", "Demo"]
    assert len(seen["buttons"]) == 4
    assert "&Unlock" not in seen["buttons"], "the unlock page is in Polish"
    assert heavy_loaded(seen["modules"]) == []
    widgets, restyles = seen["restyled"]
    assert restyles <= widgets


def test_the_quick_profile_list_matches_the_checked_one(
        demo_profiles: Profiles, cheap_kdf) -> None:
    demo_profiles.create("Bilal", "correct horse")[0].lock()
    broken = demo_profiles.root / "not-a-profile"
    broken.mkdir()
    (broken / "profile.json").write_text("{not json", "utf-8")
    assert demo_profiles.quick_names() == demo_profiles.names() == ["Bilal", "Demo"]
    assert Profiles(demo_profiles.data_dir / "nowhere").quick_names() == []


@pytest.mark.parametrize(("field", "value", "kept"), [
    ("text_scale", "150", 150),
    ("text_scale", 150.0, 150),
    ("auto_lock_minutes", "2.5", 2.5),
    ("shared_pc", "yes", True),
    ("shared_pc", 0, False),
    ("language", "ur", "ur"),
])
def test_preferences_read_hand_edited_values_as_before(field: str, value: object,
                                                       kept: object) -> None:
    assert getattr(Preferences.model_validate({field: value}), field) == kept


@pytest.mark.parametrize(("field", "value"), [
    ("text_scale", 99), ("text_scale", 150.5), ("text_scale", True), ("auto_lock_minutes", 0),
    ("auto_lock_minutes", "nan"), ("shared_pc", 2), ("language", "xx"), ("theme", "blue"),
    ("clipboard_seconds", 601), ("last_profile", "x" * 41),
])
def test_preferences_refuse_what_is_out_of_range(field: str, value: object) -> None:
    with pytest.raises(InvalidPreference):
        Preferences.model_validate({field: value})
    with pytest.raises(ValueError):  # as pydantic's ValidationError was
        Preferences(**{field: value})  # type: ignore[arg-type]
