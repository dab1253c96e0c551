"""Does every word a person could read fit where it is drawn? Font metrics against geometry.

`misfits(window, screen)` walks the shown widgets of the window and names each one whose text is
cut: a label whose (wrapped) text is taller or wider than its rectangle, a button narrower than
its text, a tab shorter than its name, a sidebar row that does not hold its whole name, a
scroll area that needs to scroll sideways, or a widget that sticks out past the right or left
edge of what holds it (the window, or a scroll area's viewport).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    elif widget.layout() is not None:  # a row: name what is in it
        text = " | ".join(_name(w) for w in widget.findChildren(QWidget)[:3])
    return (f"{type(widget).__name__}"
            f"{'#' + widget.objectName() if widget.objectName() else ''} {text[:60]!r}")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _might_be_rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    return bool(GuiQt.mightBeRichText(text))


def _label_misfit(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or label.textFormat() == Qt.TextFormat.RichText or \
            (label.textFormat() == Qt.TextFormat.AutoText and _might_be_rich(text)):
        return None
    rect = label.contentsRect()
    margin = label.margin()
    rect = rect.adjusted(margin, margin, -margin, -margin)
    metrics = label.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap.value) if label.wordWrap() else 0
    if label.buddy() is not None:  # "&Find:" shows as "Find:" with F underlined
        flags |= int(Qt.TextFlag.TextShowMnemonic.value)
    needed = metrics.boundingRect(QRect(0, 0, max(rect.width(), 1), 100_000),
                                  flags | int(label.alignment().value), text)
    if label.wordWrap() and label.textInteractionFlags() & (
            Qt.TextInteractionFlag.TextSelectableByMouse |
            Qt.TextInteractionFlag.TextSelectableByKeyboard):
        # Text a person can select (a message box's) is laid out and drawn as a text document,
        # whose lines are spaced a little differently from a plain label's in some scripts.
        needed = _document_rect(label, text, rect.width())
    # No-wrap lines are laid out from the left however wide; a wrapped word longer than the
    # width sticks out the same way.
    if needed.width() > rect.width() + SLACK:
        return f"text {needed.width()} px wide in {rect.width()} px"
    if needed.height() > rect.height() + SLACK:
        return f"text {needed.height()} px high in {rect.height()} px"
    return None


def _document_rect(label: QLabel, text: str, width: int) -> QRect:
    from PySide6.QtGui import QTextDocument, QTextOption

    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    option = QTextOption(label.alignment())
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    document.setTextWidth(width)
    size = document.size()
    return QRect(0, 0, int(document.idealWidth() + 0.999), int(size.height() + 0.999))


def _button_misfit(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if isinstance(button, QPushButton | QToolButton | QCheckBox | QRadioButton):
        hint = button.sizeHint()
        if button.width() + SLACK < hint.width():
            return f"needs {hint.width()} px, has {button.width()} px"
        if button.height() + SLACK < hint.height():
            return f"needs {hint.height()} px high, has {button.height()} px"
    return None


def _tab_misfits(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        need = bar.tabSizeHint(index).width()
        have = bar.tabRect(index).width()
        if have + SLACK < need:
            found.append(f"tab {bar.tabText(index)!r} needs {need} px, has {have} px")
        if bar.tabRect(index).right() > bar.width() + SLACK or bar.tabRect(index).left() < -SLACK:
            found.append(f"tab {bar.tabText(index)!r} is past the edge of its bar")
    return found


def _list_misfits(view: QListWidget) -> list[str]:
    if not view.wordWrap():
        return []
    found = []
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    for row in range(view.count()):
        item = view.item(row)
        if item is None or item.isHidden():
            continue
        rect = view.visualItemRect(item)
        index = view.indexFromItem(item)
        hint = view.itemDelegate().sizeHint(view.viewOptions() if hasattr(view, "viewOptions")
                                            else _options(view), index)
        words = item.text().split()
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if rect.height() + SLACK < hint.height():
            found.append(f"row {item.text()!r} needs {hint.height()} px high, has "
                         f"{rect.height()} px")
        if longest > rect.width():
            found.append(f"row {item.text()!r}: a word is wider ({longest} px) than the row "
                         f"({rect.width()} px)")
        if rect.right() > viewport.right() + SLACK:
            found.append(f"row {item.text()!r} is past the right edge ({rect.right()} > "
                         f"{viewport.right()})")
    return found


def _options(view: QListWidget):  # Qt 6: initViewItemOption
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return option


def _clipped_sideways(widget: QWidget, window: QWidget) -> str | None:
    """The part of `widget` a person can see: inside every scroll area's viewport and the
    window. Text past the sides of that is cut."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) or \
                parent.objectName() == "qt_scrollarea_viewport":
            clip = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            if rect.left() < clip.left() - SLACK or rect.right() > clip.right() + SLACK:
                return (f"sticks out of {type(parent).__name__} sideways "
                        f"({rect.left()}..{rect.right()} in {clip.left()}..{clip.right()})")
        parent = parent.parentWidget()
    clip = window.rect()
    if rect.left() < clip.left() - SLACK or rect.right() > clip.right() + SLACK:
        return f"sticks out of the window ({rect.left()}..{rect.right()} in 0..{clip.right()})"
    return None


def _too_wide(area: QAbstractScrollArea) -> list[str]:
    """The innermost widgets in `area` that will not be narrower than its viewport: what
    makes it scroll sideways."""
    room = area.viewport().width()
    wide = [w for w in area.findChildren(QWidget)  # hidden tab pages count: a stack is as
            if not isinstance(w, QScrollBar) and  # wide as its widest page
            (w.minimumSizeHint().width() > room or w.minimumWidth() > room)]
    inner = [w for w in wide if not any(w is not o and w.isAncestorOf(o) for o in wide)]
    return [f"{_name(w)} min {max(w.minimumSizeHint().width(), w.minimumWidth())} px"
            for w in inner[:4]] or [f"(nothing wider than {room} px)"]


def misfits(window: QWidget, screen: str) -> list[str]:
    """Every piece of text in `window` that does not fit, as '<screen>: <widget>: why'."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget):
            continue
        why: list[str] = []
        if isinstance(widget, QScrollArea | QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            # A hidden bar over a pixel or two (a right-to-left table's border) cuts nothing.
            if bar is not None and (bar.maximum() > 2 or (bar.maximum() > 0 and bar.isVisible())) \
                    and not isinstance(widget, QListWidget):
                why.append(f"scrolls sideways by {bar.maximum()} px; too wide: "
                           + "; ".join(_too_wide(widget)))
        if isinstance(widget, QLabel):
            problem = _label_misfit(widget)
            if problem:
                why.append(problem)
        elif isinstance(widget, QAbstractButton):
            problem = _button_misfit(widget)
            if problem:
                why.append(problem)
        elif isinstance(widget, QTabBar):
            why.extend(_tab_misfits(widget))
        elif isinstance(widget, QListWidget):
            why.extend(_list_misfits(widget))
        if isinstance(widget, QTabBar) or \
                (isinstance(widget, QLabel | QAbstractButton) and widget.text().strip()):
            problem = _clipped_sideways(widget, window)
            if problem:
                why.append(problem)
        found.extend(f"{screen}: {_name(widget)}: {reason}" for reason in why)
    return found
