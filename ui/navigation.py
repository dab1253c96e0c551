"""Going between the screens of the sidebar, as the main window's base class: which screen is
shown, the links between screens (the views ask; the window, which owns navigation, goes),
where the keyboard lands, the sidebar's width, and taking every view out at lock.

`ui.mainwindow.MainWindow` lists the screens and builds each one the first time it is shown
(`Screen.widget`); this half only moves between them, so each module stays short. Like the
window, it names no `Qt` enum at import (cold start, issue #6).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QResizeEvent
    from PySide6.QtWidgets import QListWidget, QMenu

log = logging.getLogger(__name__)


class Screen:
    """A screen of the sidebar. Its view is built the first time anything asks for `widget`
    (going there, a link from another screen): at unlock only Today is, so the window paints
    Today without importing and polishing the other screens (issue #22). `built` is the view
    if it exists, without building it. (A plain class with slots: `dataclasses` costs ~2 ms of
    a cold start, #6.)"""

    __slots__ = ("_make", "area", "built", "key", "title")

    def __init__(self, key: str, title: str, make: Callable[[Screen], QWidget]) -> None:
        self.key = key
        self.title = title
        # Builds the view and puts it in the stack (setting `area`). Held weakly: a screen kept
        # by someone (a traceback, a list copy) must not keep the whole window alive with it.
        self._make = weakref.WeakMethod(make)
        self.built: QWidget | None = None
        self.area: QWidget | None = None  # what holds the view in the stack (a scroll area)

    @property
    def widget(self) -> QWidget:
        """The view itself (inside `area` in the stack), built now if it was not yet."""
        if self.built is None:
            make = self._make()
            if make is None:
                raise RuntimeError(f"the window of the {self.key} screen is gone")
            self.built = make(self)
        return self.built

    def __repr__(self) -> str:
        return f"Screen({self.key!r}, built={self.built is not None})"


class NavigationWindow(QMainWindow):
    """The screens of the sidebar and the moves between them (see the module docstring)."""

    screens: list[Screen]
    sidebar: QListWidget
    views: QStackedWidget
    go_menu: QMenu
    go_actions: list[QAction]
    _app_page: QWidget | None
    # The screen `_screen_chosen` is building to show: its view may start loading its data
    # before it is laid out and polished (see `MainWindow._build_screen`).
    _about_to_show: str | None = None

    def _connect_view(self, key: str, view: QWidget) -> None:
        """PlanView "Share with my GP…" -> the sharing screen; TodayView's and SocialView's
        "go there" rows and buttons -> that screen. Called as each view is built; views that
        lack the signal are left alone."""
        share = getattr(view, "share_requested", None) if key == "plan" else None
        if share is not None:
            share.connect(self.share_with_gp)
        navigate = getattr(view, "navigate_requested", None) if key in ("today", "social") \
            else None
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
        window: at large text sizes long names wrap onto two lines instead (the rows wrap to
        the width there is: `ui.widgets.wrapping`). The room around a name (the theme's row
        padding, the list's frame and padding, a scroll bar) is measured, not guessed, so the
        longest name is whole at 100 % (#23)."""
        from ui.widgets.wrapping import around_rows, row_width

        sidebar = self.sidebar
        sidebar.ensurePolished()  # the theme's font and padding, even before it first shows
        chrome = around_rows(sidebar)
        metrics = sidebar.fontMetrics()
        rows = [row_width(sidebar, row) for row in range(sidebar.count())]
        around = max((width - metrics.horizontalAdvance(sidebar.item(row).text())
                      for row, width in enumerate(rows)), default=24)
        widest = max(rows, default=80) + chrome
        longest_word = max(
            (metrics.horizontalAdvance(word) for s in self.screens for word in s.title.split()),
            default=40,
        )
        cap = max(longest_word + around + chrome, self.width() // 4)
        return min(widest, cap)

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
            clear = getattr(screen.built, "clear", None)  # screens never built hold nothing
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
        """The view of screen `key`, built now if it was not yet; None if there is no such
        screen (locked, or a screen that failed to build)."""
        screen = next((s for s in self.screens if s.key == key), None)
        if screen is None:
            return None
        try:
            return screen.widget
        except Exception:  # one broken screen must not stop the app
            log.exception("the %s screen failed to build", key)
            return None

    def built_views(self) -> list[QWidget]:
        """The views built so far (the others exist only as a name in the sidebar)."""
        return [s.built for s in self.screens if s.built is not None]

    def go_to(self, target: int | str) -> None:
        index = self.screen_keys().index(target) if isinstance(target, str) else target
        if 0 <= index < len(self.screens):
            self.sidebar.setCurrentRow(index)

    def _screen_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.screens):
            return
        screen = self.screens[row]
        self._about_to_show = screen.key
        try:
            view = self.view(screen.key)  # built now, the first time the person goes there
        finally:
            self._about_to_show = None
        if view is None or screen.area is None:
            return
        self.views.setCurrentWidget(screen.area)
        if not self._refreshes_itself(view):
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()
        self.statusBar().showMessage(screen.title, 3000)

    @staticmethod
    def _refreshes_itself(view: QWidget) -> bool:
        try:
            from ui.views.base import FeatureView
        except ImportError:
            return False
        return isinstance(view, FeatureView)
