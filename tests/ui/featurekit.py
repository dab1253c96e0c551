"""Helpers for the feature views' tests: show a real view over a real session, wait for the
worker, read the vault through the session, and drive the keyboard the way a person does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from planner.vault import Vault
from ui.session import Session

V = TypeVar("V", bound=QWidget)
T = TypeVar("T")


def open_view(qtbot, cls: type[V], session: Session, size: tuple[int, int] = (1100, 750)) -> V:
    """Build the view, show it (which loads it) and wait until its data is on screen."""
    view = cls(session)
    qtbot.addWidget(view)
    view.resize(*size)
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # type: ignore[attr-defined]
        view.show()
    idle(qtbot, session)
    return view


def idle(qtbot, session: Session) -> None:
    """Wait until the worker has nothing queued (follow-up jobs included)."""
    qtbot.waitUntil(lambda: session.runner.busy == 0, timeout=10_000)
    qtbot.wait(1)
    qtbot.waitUntil(lambda: session.runner.busy == 0, timeout=10_000)


def in_vault(qtbot, session: Session, op: Callable[[Vault], T]) -> T:
    """Run `op(vault)` in the worker (the app's only path to the vault) and return its result."""
    results: list[Any] = []
    failures: list[BaseException] = []
    session.run(op, results.append, failures.append)
    qtbot.waitUntil(lambda: bool(results or failures), timeout=10_000)
    if failures:
        raise failures[0]
    return results[0]


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=5_000)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(k: Qt.Key) -> None:
    """Press a key where the focus is, as a person would."""
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, k)


def type_text(text: str) -> None:
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClicks(target, text)


def tab_to(target: QWidget, limit: int = 300) -> int:
    """Press Tab until `target` has the focus; fails if the tab order never reaches it.
    Returns how many presses it took."""
    for presses in range(limit):
        if focused() is target:
            return presses
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def open_dialog(qtbot, parent: QWidget, cls: type[V]) -> V:
    """The dialog of this type that the view just opened (it uses open(), not exec())."""
    found: list[V] = []

    def visible() -> bool:
        found[:] = [d for d in parent.findChildren(cls) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=5_000)
    dialog = found[-1]
    assert isinstance(dialog, QDialog)
    return dialog


def all_texts(root: QWidget) -> str:
    """Every text under `root` a person could read, shown or not: labels, buttons, fields,
    list boxes, item views (all rows loaded), accessible descriptions (the chart's words)."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = (1 if isinstance(model, QAbstractListModel)
                       else model.columnCount(QModelIndex()))
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    value = model.index(row, column).data()
                    if value is not None:
                        parts.append(str(value))
        parts.append(widget.accessibleDescription())
        parts.append(widget.toolTip())
    return "\n".join(parts)


def when_dialog_opens(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog of `kind` the way a person would, once it is on screen."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
