"""Every screen at 200 % text in a 1280x800 window, and at 100 % in 1024x700: no word cut, no
sideways scrolling (issue #23, point 3). Measured with font metrics against each widget's
rectangle (tests/ui/fitkit.py), in English, Polish and Urdu (whose words are longer)."""

from __future__ import annotations

import pytest
from fitkit import misfits
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from shellkit import close, language, looks, make_window, type_into

from planner import demo
from ui.preferences import Preferences
from ui.screenshots import HEIGHT, WIDTH, visit_every_screen
from ui.widgets.dialog_fit import room

SETTINGS = [(200, 1280, 800), (100, 1024, 700)]


def _settle(qtbot, window) -> None:
    runner = window.session.runner
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=20_000)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(150)  # a word-wrapping list lays its rows out again 100 ms after a resize
    QApplication.processEvents()


def _walk(qtbot, window) -> list[str]:
    """Every screen, and every tab of every tab widget on it."""
    found: list[str] = []
    seen: set[str] = set()

    def measure(where: str) -> None:
        """Name each cut once (the sidebar is on every screen)."""
        for line in misfits(window, where):
            what = line.split(": ", 1)[1]
            if what not in seen:
                seen.add(what)
                found.append(line)

    for key in window.screen_keys():
        window.go_to(key)
        _settle(qtbot, window)
        measure(key)
        view = window.view(key)
        for tabs in view.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            start = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == start or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                _settle(qtbot, window)
                measure(f"{key} / {tabs.tabText(index)}")
            tabs.setCurrentIndex(start)
    return found


@pytest.mark.parametrize("code", ["en_GB", "pl", "ur"])
@pytest.mark.parametrize(("scale", "width", "height"), SETTINGS)
def test_every_word_fits_on_every_screen(qtbot, demo_profiles, runner, code, scale, width,
                                         height) -> None:
    with looks("light", scale), language(code) as translations:
        window = make_window(qtbot, demo_profiles, runner,
                             prefs=Preferences(text_scale=scale, language=code),
                             translations=translations)
        window.resize(width, height)
        type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            window.start.unlock_button.click()
        try:
            found = _walk(qtbot, window)
        finally:
            close(window)
    assert found == [], f"{len(found)} cut at {scale} % in {width}x{height} ({code}):\n" + \
        "\n".join(found)


@pytest.mark.parametrize("code", ["en_GB", "pl", "ur"])
def test_every_word_fits_in_every_dialog_at_200_percent(qtbot, demo_profiles, runner,
                                                        code) -> None:
    """The dialogs the screens' "…" buttons open (the walk of ui/screenshots.py), at 200 %
    text: each word fits, and the dialog fits on a 1280x800 screen (Save and Cancel in sight;
    a form taller than that scrolls inside). About 50 s a language."""
    found: list[str] = []
    seen: set[str] = set()
    seen_where: list[str] = []

    def visit(where: str, widget: QWidget) -> None:
        if not isinstance(widget, QDialog):
            return
        seen_where.append(where)
        QTest.qWait(150)  # the form's scroll area and wrapped words settle after it shows
        lines = misfits(widget, where)
        # On a 1280x800 screen, or the test's smaller one (offscreen: 800x600) for its height.
        tall = min(HEIGHT, room(widget).height())
        if widget.width() > WIDTH or widget.height() > tall:
            lines.append(f"{where}: the dialog is {widget.width()}x{widget.height()} px, "
                         f"more than {WIDTH}x{tall}")
        for line in lines:
            what = line.split(": ", 2)[-1]
            if what not in seen:
                seen.add(what)
                found.append(line)

    with looks("light", 200), language(code) as translations:
        window = make_window(qtbot, demo_profiles, runner,
                             prefs=Preferences(text_scale=200, language=code),
                             translations=translations)
        window.resize(WIDTH, HEIGHT)
        type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            window.start.unlock_button.click()
        try:
            dialogs = visit_every_screen(QApplication.instance(), runner, window, visit)
        finally:
            close(window)
    assert dialogs == len(seen_where)  # every dialog of the app's own was measured
    # The dose dialogs (Skip, Snooze, Change time) are there only while a dose is due, so the
    # count is not fixed; every screen with a "…" dialog is.
    assert {where.split(": ")[0] for where in seen_where} == {
        "appointments", "budget", "decisions", "goals", "logs", "medicines", "plan", "social",
        "summary", "today", "treatment"}
    assert found == [], f"{len(found)} cut in dialogs at 200 % ({code}):\n" + "\n".join(found)
