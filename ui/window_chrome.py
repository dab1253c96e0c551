"""The main window's chrome: its menus, and the status bar with the reminder line and the busy
bar. A mixin of `ui.mainwindow.MainWindow`, apart so that module stays short; they are built
after the first paint (`MainWindow._ensure_chrome`, issue #22), and their words are set by the
window's `_retranslate`, so nothing here is translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from ui import forms
from ui.live import ReminderLine

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenu, QProgressBar

    from ui.session import Session

BUSY_DELAY_MS = 250


class WindowChrome(QMainWindow):
    """Menus, status bar and busy indicator (see the module docstring)."""

    session: Session
    _chrome: bool
    profile_menu: QMenu
    go_menu: QMenu
    help_menu: QMenu
    lock_action: QAction
    switch_action: QAction
    quit_action: QAction
    about_action: QAction
    reminder_line: ReminderLine
    busy_label: QLabel
    busy_bar: QProgressBar

    def lock_now(self) -> None:
        raise NotImplementedError  # the window's

    def show_about(self) -> None:
        raise NotImplementedError  # the window's

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QMenu

        bar = self.menuBar()
        self.profile_menu = QMenu(self)
        self.lock_action = QAction(self)
        # setShortcuts([...]), not setShortcut(...): the latter's overloads make PySide load
        # its `Qt` namespace (~13 ms before the first paint, issue #6).
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        forms.set_enum(self.lock_action, "shortcutContext", "ApplicationShortcut")
        self.lock_action.triggered.connect(self.lock_now)
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.lock_now)
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        self.quit_action.triggered.connect(self.close)
        self.profile_menu.addAction(self.lock_action)
        self.profile_menu.addAction(self.switch_action)
        self.profile_menu.addSeparator()
        self.profile_menu.addAction(self.quit_action)
        self.go_menu = QMenu(self)
        self.help_menu = QMenu(self)
        self.about_action = QAction(self)
        self.about_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        bar.addMenu(self.profile_menu)
        bar.addMenu(self.go_menu)
        bar.addMenu(self.help_menu)

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QLabel, QProgressBar

        status = self.statusBar()
        self.reminder_line = ReminderLine()  # said aloud when a reminder falls due
        status.addWidget(self.reminder_line, 1)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.busy_bar)
        self.busy_label.setVisible(False)
        self.busy_bar.setVisible(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def _busy_changed(self, jobs: int) -> None:
        if not self._chrome:
            return  # `_ensure_chrome` looks at the jobs as it builds the busy bar
        if jobs > 0:
            if not self.busy_bar.isVisible() and not self._busy_timer.isActive():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.setVisible(False)
            self.busy_label.setVisible(False)

    def _show_busy(self) -> None:
        if self._chrome and self.session.runner.busy > 0:
            self.busy_bar.setVisible(True)
            self.busy_label.setVisible(True)

    @property
    def busy_shown(self) -> bool:
        return self._chrome and self.busy_bar.isVisible()
