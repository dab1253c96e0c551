"""Helpers for the shell's UI tests: a real main window over a real session, and ways to drive
it the way a person does (keys, clicks) and to read what they would see."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from planner.vault import Profiles
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.preferences import Preferences, PreferenceStore
from ui.session import Session
from ui.tasks import TaskRunner
from ui.theme import apply_theme


def make_window(qtbot, profiles: Profiles, runner: TaskRunner, *,
                prefs: Preferences | None = None, folder=None,
                translations: Translations | None = None,
                apply_looks: bool = False) -> MainWindow:
    session = Session(profiles, runner)
    store = PreferenceStore(folder, runner, initial=prefs or Preferences())
    window = MainWindow(session, store, translations, apply_looks=apply_looks)
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitUntil(lambda: window.start.page not in ("loading",), timeout=5_000)
    qtbot.waitUntil(lambda: window.has_menus, timeout=5_000)  # built after the first paint
    return window


def close(window: MainWindow) -> None:
    window.session.lock()
    window.session.runner.wait()


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a person could read in `root` right now."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
    return texts


def all_texts(root: QWidget) -> str:
    """Text in every label, button, box and item view model under `root`, shown or not."""
    from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex
    from PySide6.QtWidgets import QAbstractItemView

    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView):
            model: QAbstractItemModel | None = widget.model()
            if model is not None:
                columns = 1 if isinstance(model, QAbstractListModel) else \
                    model.columnCount(QModelIndex())
                for row in range(min(model.rowCount(QModelIndex()), 500)):
                    for col in range(columns):
                        value = model.data(model.index(row, col))
                        if value is not None:
                            parts.append(str(value))
    return "\n".join(parts)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def press(widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@contextmanager
def looks(theme: str = "light", scale: int = 100) -> Iterator[None]:
    """Apply a theme and text size for the test, then put the plain look back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, scale)
    try:
        yield
    finally:
        apply_theme(app, "light", 100)
        app.setStyleSheet("")


@contextmanager
def language(code: str) -> Iterator[Translations]:
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)
    translations.apply(code)
    try:
        yield translations
    finally:
        translations.apply("en_GB")
