"""Going between the screens of the sidebar, as the main window's base class: which screen is
shown, the links between screens (the views ask; the window, which owns navigation, goes),
where the keyboard lands, the sidebar's width, and taking every view out at lock.

`ui.mainwindow.MainWindow` builds the sidebar, the stack and the screens; this half only moves
between them, so each module stays short. Like the window, it names no `Qt` enum at import
(cold start, issue #6).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QResizeEvent
    from PySide6.QtWidgets import QListWidget, QMenu

log = logging.getLogger(__name__)


class Screen(NamedTuple):  # not a dataclass: `dataclasses` costs ~2 ms of a cold start (#6)
    key: str
    title: str
    widget: QWidget  # the view itself (inside a scroll area in the stack)


class NavigationWindow(QMainWindow):
    """The screens of the sidebar and the moves between them (see the module docstring)."""

    screens: list[Screen]
    sidebar: QListWidget
    views: QStackedWidget
    go_menu: QMenu
    go_actions: list[QAction]
    _app_page: QWidget | None

    def _connect_views(self) -> None:
        """PlanView "Share with my GP…" -> the sharing screen; TodayView's "go there" rows and
        buttons -> that screen. Views that are missing or lack the signal are left alone."""
        share = getattr(self.view("plan"), "share_requested", None)
        if share is not None:
            share.connect(self.share_with_gp)
        for key in ("today", "social"):
            navigate = getattr(self.view(key), "navigate_requested", None)
            if navigate is not None:
                navigate.connect(self.navigate)

    def navigate(self, key: str, detail: str = "") -> None:
        """Show the screen `key`; for "checkins", `detail` names the questionnaire to open."""
        if key not in self.screen_keys():
            return
        self.go_to(key)
        view = self.view(key)
        if key == "checkins" and detail:
            select = getattr(view, "select_instrument", None)
            if callable(select):
                select(detail)
        if view is not None:
            self._focus_into(view)

    @staticmethod
    def _focus_into(view: QWidget) -> None:
        """Keyboard users land on the new screen, not on a widget of the one just hidden."""
        from PySide6.QtCore import Qt

        current = QApplication.focusWidget()
        if current is not None and view.isAncestorOf(current):
            return
        widget = view.nextInFocusChain()
        for _ in range(5000):  # the focus chain is a ring; this only guards against surprises
            if widget is None or widget is view:
                return
            if (view.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def share_with_gp(self) -> None:
        """Show the sharing screen with "Share with my GP" open and its first choice focused."""
        if "sharing" not in self.screen_keys():
            return
        self.go_to("sharing")
        focus = getattr(self.view("sharing"), "focus_gp", None)
        if callable(focus):
            focus()

    def _sidebar_width(self) -> int:
        """Wide enough for the longest screen name, but never more than a quarter of the
        window: at large text sizes long names wrap onto two lines instead."""
        metrics = self.sidebar.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title) for s in self.screens), default=80)
        padding = 4 * metrics.averageCharWidth() + 24
        longest_word = max(
            (metrics.horizontalAdvance(word) for s in self.screens for word in s.title.split()),
            default=40,
        )
        cap = max(longest_word + padding, self.width() // 4)
        return min(widest + padding, cap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.screens:
            self.sidebar.setFixedWidth(self._sidebar_width())

    def _drop_views(self) -> None:
        """Take every view out and clear it, then delete it. The shown page goes last, so no
        other page is shown (and reloads) on the way out."""
        if self._app_page is None:
            return
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        current = self.views.currentWidget()
        areas = [self.views.widget(i) for i in range(self.views.count())]
        for area in [a for a in areas if a is not current] + [current]:
            if area is not None:
                self.views.removeWidget(area)
                area.hide()
        for screen in self.screens:
            clear = getattr(screen.widget, "clear", None)
            if callable(clear):
                try:
                    clear()
                except Exception:  # dropping the view is what matters
                    log.exception("a view failed to clear")
        for area in areas:
            if area is not None:
                area.deleteLater()
        for action in self.go_actions:
            self.go_menu.removeAction(action)
            self.removeAction(action)
            shiboken6.delete(action)
        self.go_actions.clear()
        self.screens.clear()

    def screen_keys(self) -> list[str]:
        return [s.key for s in self.screens]

    def current_screen(self) -> Screen | None:
        if not self.screens:
            return None
        row = self.sidebar.currentRow()
        return self.screens[row] if 0 <= row < len(self.screens) else None

    def view(self, key: str) -> QWidget | None:
        return next((s.widget for s in self.screens if s.key == key), None)

    def go_to(self, target: int | str) -> None:
        index = self.screen_keys().index(target) if isinstance(target, str) else target
        if 0 <= index < len(self.screens):
            self.sidebar.setCurrentRow(index)

    def _screen_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.screens):
            return
        self.views.setCurrentIndex(row)
        view = self.screens[row].widget
        if not self._refreshes_itself(view):
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()
        self.statusBar().showMessage(self.screens[row].title, 3000)

    @staticmethod
    def _refreshes_itself(view: QWidget) -> bool:
        try:
            from ui.views.base import FeatureView
        except ImportError:
            return False
        return isinstance(view, FeatureView)
