"""A layout that places widgets left to right and wraps to a new line when they do not fit.

Answer buttons use it, so eleven ONS4 choices still fit when text is shown at 200 %. (The Qt
"Flow Layout" example, in Python.) The widget that holds one (`FlowHost`) is a group to screen
readers (ui/accessible.py), named by the view after what its buttons answer.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

from ui.accessible import describe_as


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Height for each width asked since the last change. Qt asks the same width many
        # times as the nested layouts around a row settle (~500 calls, each placing every
        # button in Python, when Today was built and filled: #22); it invalidates the layout
        # whenever an item's size, visibility or the margins change, as QBoxLayout does.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), test=True)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, test=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, horizontal: bool) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        found = parent.style().pixelMetric(metric, None, parent)
        return found if found >= 0 else 6

    def _place(self, rect: QRect, *, test: bool) -> int:
        """Lay items out in lines (each line's items centred on the line); return the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across, down = self._gap(True), self._gap(False)
        host = self.parentWidget()
        direction = host.layoutDirection() if host is not None else Qt.LayoutDirection.LeftToRight
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            # Never wider than the line: a button too long for it wraps its words (#23).
            hint = QSize(max(min(hint.width(), area.width()), item.minimumSize().width()),
                         hint.height())
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + across
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _, hint in line)
            if not test:
                x = area.x()
                for item, hint in line:
                    top = y + (height - hint.height()) // 2
                    # Mirrored right to left (Urdu), as Qt's own layouts are, so the order
                    # the eye reads, Tab moves and a screen reader says is the same one.
                    item.setGeometry(QStyle.visualRect(direction, area,
                                                       QRect(QPoint(x, top), hint)))
                    x += hint.width() + across
            y += height + down
        used = y - down if any(lines) else y
        return used - rect.y() + margins.bottom()


class FlowHost(QWidget):
    """A row of buttons that wraps: a group to screen readers."""


describe_as(FlowHost, QAccessible.Role.Grouping)


def flow_widget(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    host = FlowHost(parent)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    host.setSizePolicy(policy)
    return host, FlowLayout(host)
