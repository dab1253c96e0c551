"""Start the GUI: the application object, fonts, translations, theme and the main window.

`run_gui(args, kdf=...)` is what `health-planner` runs with no subcommand. `build_shell` puts the
same pieces together without running the event loop, for the screenshots command and tests.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.paths import data_dir
from planner.vault import KdfParams, Profiles
from ui.clipboard import SecureClipboard
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.preferences import Preferences, PreferenceStore
from ui.session import Session
from ui.tasks import TaskRunner
from ui.theme import load_fonts

APP_NAME = "Health Planner"
ORG_NAME = "Health Planner"
DESKTOP_NAME = "health-planner"


@dataclass
class Shell:
    app: QApplication
    runner: TaskRunner
    session: Session
    preferences: PreferenceStore
    translations: Translations
    clipboard: SecureClipboard
    window: MainWindow

    def shut_down(self) -> None:
        """Lock, clear the clipboard and let queued jobs finish (on quit)."""
        self.session.lock()
        self.clipboard.clear()
        self.runner.wait()


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else [sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(DESKTOP_NAME)
    from ui.main import __version__

    app.setApplicationVersion(__version__)
    return app


def build_shell(
    folder: Path | None,
    *,
    kdf: KdfParams | None = None,
    preferences: Preferences | None = None,
    profile: str | None = None,
    profiles: Profiles | None = None,
) -> Shell:
    """Everything the GUI needs, wired up and shown on the start screen.

    `folder=None` with `profiles` given keeps preferences in memory only (screenshots)."""
    app = application()
    load_fonts()
    runner = TaskRunner(app)
    registry = profiles if profiles is not None else Profiles(folder or data_dir(None), kdf=kdf)
    store = PreferenceStore(folder, runner, initial=preferences)
    translations = Translations(app)
    translations.apply(store.value.language)
    session = Session(registry, runner, app)
    clipboard = SecureClipboard(store.value.effective_clipboard_seconds, app)
    window = MainWindow(session, store, translations, clipboard)
    if profile:
        window.start.preselect(profile)
    return Shell(app, runner, session, store, translations, clipboard, window)


def run_gui(args: argparse.Namespace, *, kdf: KdfParams | None) -> int:
    """Open the app window and run until it closes. Returns the exit code."""
    application()
    folder = data_dir(getattr(args, "data_dir", None))
    shell = build_shell(folder, kdf=kdf, profile=getattr(args, "profile", None))
    app = shell.app
    app.aboutToQuit.connect(shell.shut_down)
    shell.window.show()
    return int(app.exec())
