"""Every screen at 200 % text in a 1280x800 window, and at 100 % in 1024x700: no word cut, no
sideways scrolling (issue #23, point 3). Measured with font metrics against each widget's
rectangle (tests/ui/fitkit.py), in English, Polish and Urdu (whose words are longer)."""

from __future__ import annotations

import pytest
from fitkit import misfits
from PySide6.QtWidgets import QApplication, QTabWidget
from shellkit import close, language, looks, make_window, type_into

from planner import demo
from ui.preferences import Preferences

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
