"""Start the GUI: the application object, fonts, translations, theme and the main window.

`run_gui(args, kdf=...)` is what `health-planner` runs with no subcommand (cli/main.py, through
ui/bridge.py). `build_shell` puts the
same pieces together without running the event loop, for the screenshots command and tests.

Everything imported here, and by the start screen, is Qt, the standard library and our own light
modules: pydantic, the vault and its key code, the feature screens and the sync client load after
the first paint or when first needed, so a double-click shows the real start screen within 1.3x
the time of a bare Qt window (issues #6, #22; tests/ui/test_cold_start.py keeps it that way).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# First: PySide6 with its per-import check made cheap, for every import after it.
from ui import pyside_feature_check  # noqa: F401

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner.paths import data_dir
from planner.vault.profiles import Profiles
from ui import heap
from ui.clipboard import SecureClipboard
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.preferences import Preferences, PreferenceStore
from ui.session import Session
from ui.tasks import TaskRunner
from ui.theme import FUSION_SET, load_fonts

if TYPE_CHECKING:
    from planner.vault.keys import KdfParams

APP_NAME = "Health Planner"
ORG_NAME = "Health Planner"
DESKTOP_NAME = "health-planner"


class Shell:
    """The pieces of the running GUI. (A plain class: `dataclasses` alone costs ~2 ms of the
    cold start, issue #6.)"""

    def __init__(
        self,
        app: QApplication,
        runner: TaskRunner,
        session: Session,
        preferences: PreferenceStore,
        translations: Translations,
        clipboard: SecureClipboard,
        window: MainWindow,
    ) -> None:
        self.app = app
        self.runner = runner
        self.session = session
        self.preferences = preferences
        self.translations = translations
        self.clipboard = clipboard
        self.window = window

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
        # Fractional scaling (150 % stays 150 %) is Qt 6's default rounding policy, PassThrough,
        # so it is not set here: naming it would load PySide's `Qt` namespace (~13 ms, #6).
        args = argv if argv is not None else [sys.argv[0] if sys.argv else APP_NAME]
        # Fusion through Qt's own -style option: `app.setStyle("Fusion")` would hand Python the
        # QStyle, and PySide makes that class's 11 enums for it (~5 ms, issue #6).
        app = QApplication([*args, "-style", "Fusion"])
        app.setProperty(FUSION_SET, "fusion")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(DESKTOP_NAME)
    from planner import __version__

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
    QTimer.singleShot(heap.START_PAUSE_CAP_MS, heap.start_painted)  # if never painted
    shell.window.show()
    return int(app.exec())
