"""The Qt half of `health-planner screenshots --out DIR`: a PNG of every screen, drawn offscreen.

cli/screenshots.py finds or builds the demo profile (passphrase "demo") and hands it here through
ui/bridge.py; this module photographs the unlock screen, every feature screen and Settings,
then Today (and Medicines, Appointments, Health summary) in Urdu (right to left) and at
200 % text (Check-ins and Taking part too), the PHQ-9 get-help message in Urdu and in Polish,
and Today in easy read and in high contrast; then the carers' screens in English and Urdu
(ui/screenshots_care.py, over a data folder of their own). Preferences stay in memory: the
person's own preferences.json is never touched. Used for the user guide and to look at the app
without a display.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner import demo
from planner.errors import InputError
from planner.vault import Profiles

WIDTH, HEIGHT = 1280, 800  # the window issue #23 asks every screen to fit at 200 % text
# Screens also photographed in Urdu and at 200 % text (the newest ones, #13, #14 and #25), beside
# Today.
ALSO_SHOWN = ("medicines", "appointments", "summary", "social", "decisions", "treatment", "budget")
# And at 200 %, the screens with tabs and long sentences (#23).
ALSO_AT_200 = (*ALSO_SHOWN, "checkins", "participation")


def _settle(
    app: Any, runner: Any, *, until: Callable[[], bool] | None = None, timeout: float = 30.0
) -> None:
    """Turn the event loop until the worker is idle (and `until()` holds), then a bit more so
    callbacks, deferred rebuilds and layouts land."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        app.processEvents()
        done = runner.busy == 0 and (until is None or until())
        quiet = quiet + 1 if done else 0
        if quiet >= 10:
            return
        time.sleep(0.02)
    raise InputError("The screens took too long to draw.")


def visit_every_screen(
    app: Any, runner: Any, window: Any, visit: Callable[[str, Any], None]
) -> int:
    """Call `visit(where, widget)` on the window (menus, sidebar), on every screen, and on every
    dialog a screen's "…" buttons open (each is cancelled at once, so nothing is changed by
    it). The walk the tests use to look for words left in English, on the same path as the
    screenshots. Returns how many of the app's dialogs were seen (file choosers are Qt's own
    and are closed unseen)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QDialog,
        QFileDialog,
        QPushButton,
    )

    visit("window", window)
    opened: list[str] = []
    for key in window.screen_keys():
        window.go_to(key)
        _settle(app, runner)
        area = window.current_screen().area
        visit(key, area)
        # Choose the first row of each list that has none chosen, so "Change…" opens too.
        for view in area.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None and model.rowCount() and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 0))
        _settle(app, runner)
        buttons = [b for b in area.findChildren(QPushButton)
                   if "…" in b.text() and b.isEnabled()]  # Urdu puts "(&X)" after it
        for button in buttons:
            where = f"{key}: {button.text()}"
            seen: list[Any] = []

            def close_dialog(dialog: Any, where: str = where, seen: list[Any] = seen) -> None:
                if dialog in seen:
                    return
                seen.append(dialog)
                if not isinstance(dialog, QFileDialog):  # Qt's own words, not the app's
                    visit(where, dialog)
                    opened.append(where)
                dialog.reject()

            def poll(seen: list[Any] = seen, close: Callable[..., None] = close_dialog) -> None:
                dialog = QApplication.activeModalWidget()
                if isinstance(dialog, QDialog):
                    close(dialog)

            timer = QTimer()
            timer.setInterval(30)
            timer.timeout.connect(poll)
            timer.start()
            button.click()
            _settle(app, runner)
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    close_dialog(widget)
            timer.stop()
            _settle(app, runner)
    return len(opened)


def _show_phq9_help(app: Any, runner: Any, window: Any) -> None:
    """Check-ins on the PHQ-9 with question 9 answered, so the get-help message shows (nothing
    is saved), scrolled so the message is in the picture."""
    window.go_to("checkins")
    view = window.view("checkins")
    view.select_instrument("PHQ9")
    _settle(app, runner)
    form = view.form("PHQ9")
    form.answer("phq9_9", 2)
    _settle(app, runner)
    area = window.current_screen().area
    area.ensureWidgetVisible(form.alert, 0, 0)


def take_screenshots(profiles: Profiles, out: Path) -> list[Path]:
    from ui.app import build_shell
    from ui.preferences import Preferences

    shell = build_shell(None, profiles=profiles, preferences=Preferences())
    app, runner, session, window = shell.app, shell.runner, shell.session, shell.window
    written: list[Path] = []

    def shoot(name: str) -> None:
        _settle(app, runner)
        path = out / f"{len(written) + 1:02d}-{name}.png"
        if not window.grab().save(str(path), "PNG"):
            raise InputError(f"Could not write {path}.")
        written.append(path)

    try:
        window.resize(WIDTH, HEIGHT)
        window.show()
        _settle(app, runner, until=lambda: window.start.page == "unlock")
        window.start.preselect(demo.DEMO_NAME)
        shoot("unlock")
        failures: list[BaseException] = []
        session.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE, failures.append)
        _settle(app, runner, until=lambda: session.is_unlocked or bool(failures))
        if failures:
            raise failures[0]
        for key in window.screen_keys():
            window.go_to(key)
            shoot(key)
        window.go_to(0)
        shell.preferences.update(language="ur")
        _settle(app, runner, until=lambda: shell.translations.language == "ur")
        window.go_to(0)
        shoot(f"{window.screen_keys()[0]}-urdu")
        for key in ALSO_SHOWN:
            if key in window.screen_keys():
                window.go_to(key)
                shoot(f"{key}-urdu")
        window.go_to("settings")
        shoot("settings-urdu")
        _show_phq9_help(app, runner, window)
        shoot("checkins-phq9-help-urdu")
        shell.preferences.update(language="pl")
        _settle(app, runner, until=lambda: shell.translations.language == "pl")
        _show_phq9_help(app, runner, window)
        shoot("checkins-phq9-help-polish")
        shell.preferences.update(language="en_GB")
        _settle(app, runner, until=lambda: shell.translations.language == "en_GB")
        shell.preferences.update(text_scale=200)
        window.go_to(0)
        shoot(f"{window.screen_keys()[0]}-200-percent")
        for key in ALSO_AT_200:
            if key in window.screen_keys():
                window.go_to(key)
                shoot(f"{key}-200-percent")
        window.go_to("settings")
        shoot("settings-200-percent")
        shell.preferences.update(text_scale=100, easy_read=True)
        _settle(app, runner)
        window.go_to(0)
        shoot(f"{window.screen_keys()[0]}-easy-read")
        shell.preferences.update(easy_read=False, high_contrast=True)
        _settle(app, runner)
        window.go_to(0)
        shoot(f"{window.screen_keys()[0]}-high-contrast")
        session.lock()
        shoot("locked")
        from ui.screenshots_care import take_carer_screenshots

        def shoot_into(other: Any, name: str) -> None:
            path = out / f"{len(written) + 1:02d}-{name}.png"
            if not other.grab().save(str(path), "PNG"):
                raise InputError(f"Could not write {path}.")
            written.append(path)

        take_carer_screenshots(shoot_into, _settle, getattr(profiles, "_kdf", None))
    finally:
        shell.preferences.update(text_scale=100, high_contrast=False, easy_read=False,
                                 language="en_GB")
        shell.shut_down()
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
