"""Every control on every screen has a name a screen reader can say and can be reached with Tab;
at 200 % text nothing is cut off.

Walks the start screen's pages, every screen in `ui.views.registry.FEATURE_VIEWS` with the demo
profile open, and Settings.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shellkit import close, make_window, type_into

from planner import demo
from ui.mainwindow import MainWindow, feature_views
from ui.preferences import Preferences
from ui.views.start import PAGES

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QAbstractSlider, QTextEdit, QPlainTextEdit)
# Parts of a bigger control: the control itself is checked, its pieces are not.
COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QScrollBar,
            QAbstractItemView)


def is_part_of_another(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(root) or is_part_of_another(widget, root):
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or shown!r})"


def check_controls(root: QWidget, where: str) -> int:
    problems = []
    found = controls(root)
    for widget in found:
        if not spoken_name(widget):
            problems.append(f"{where}: {describe(widget)} has no accessible name")
        if not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            problems.append(f"{where}: {describe(widget)} cannot be reached with Tab")
    assert not problems, "\n".join(problems)
    return len(found)


def check_nothing_clipped(root: QWidget, where: str) -> int:
    problems = []
    checked = 0
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or is_part_of_another(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            checked += 1
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if widget.height() + 1 < need:
                    problems.append(f"{where}: label {widget.text()[:40]!r} is "
                                    f"{widget.height()}px tall, needs {need}px")
            else:
                hint = widget.sizeHint()
                if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
                    problems.append(f"{where}: label {widget.text()[:40]!r} is "
                                    f"{widget.size().toTuple()}, needs {hint.toTuple()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            checked += 1
            hint = widget.minimumSizeHint()
            if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
                problems.append(f"{where}: button {widget.text()[:40]!r} is "
                                f"{widget.size().toTuple()}, needs {hint.toTuple()}")
    assert not problems, "\n".join(problems[:30])
    return checked


def nothing_clipped_once_laid_out(qtbot, root: QWidget, where: str) -> int:
    """`check_nothing_clipped` after the layouts have caught up: a label whose text a load
    has just set grows at the next layout pass, which a loaded machine may run late. A label
    that is really cut off stays cut off, and the last check's message is raised."""
    deadline = time.monotonic() + 3.0
    while True:
        try:
            return check_nothing_clipped(root, where)
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            qtbot.wait(50)


def each_start_page(qtbot, window: MainWindow):
    start = window.start
    for page in PAGES:
        start.stack.setCurrentIndex(PAGES.index(page))
        qtbot.wait(10)
        yield page, start.stack.currentWidget()


def each_screen(qtbot, window: MainWindow):
    for screen in list(window.screens):
        window.go_to(screen.key)
        window.session.runner.wait()
        qtbot.wait(30)
        window.session.runner.wait()
        qtbot.wait(30)
        yield screen.key, window.views.currentWidget()


@pytest.fixture
def demo_window(qtbot, demo_profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    yield win
    close(win)


def unlock(qtbot, window: MainWindow) -> None:
    type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()


def test_every_start_page_control_has_a_name_and_a_tab_stop(qtbot, demo_window) -> None:
    total = 0
    for page, widget in each_start_page(qtbot, demo_window):
        total += check_controls(widget, f"start/{page}")
    assert total >= 20


def test_every_screen_control_has_a_name_and_a_tab_stop(qtbot, demo_window) -> None:
    unlock(qtbot, demo_window)
    keys = demo_window.screen_keys()
    assert keys[-1] == "settings"
    assert len(keys) == len(feature_views()) + 1
    total = 0
    for key, widget in each_screen(qtbot, demo_window):
        total += check_controls(widget, key)
    total += check_controls(demo_window.app_page, "sidebar and header")
    assert total >= 12


def test_nothing_is_cut_off_at_200_percent_text(qtbot, demo_profiles, runner) -> None:
    window = make_window(qtbot, demo_profiles, runner, prefs=Preferences(text_scale=200),
                         apply_looks=True)
    try:
        window.resize(1280, 900)
        checked = 0
        for page, widget in each_start_page(qtbot, window):
            checked += nothing_clipped_once_laid_out(qtbot, widget, f"start/{page}")
        window.start.refresh()
        qtbot.waitUntil(lambda: window.start.page == "unlock", timeout=5_000)
        unlock(qtbot, window)
        for key, widget in each_screen(qtbot, window):
            checked += nothing_clipped_once_laid_out(qtbot, widget, key)
        sidebar: QListWidget = window.sidebar
        metrics = sidebar.fontMetrics()
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            rect = sidebar.visualItemRect(item)
            words = item.text().split()
            assert rect.width() >= max(metrics.horizontalAdvance(w) for w in words), \
                f"a word of sidebar entry {item.text()!r} is cut off"
            lines = metrics.boundingRect(rect.adjusted(0, 0, -8, 0), Qt.TextFlag.TextWordWrap,
                                         item.text())
            assert rect.height() >= lines.height(), f"sidebar entry {item.text()!r} is cut off"
        assert checked >= 40
    finally:
        close(window)
        window.preferences.update(text_scale=100)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
