"""Layouts that cope with big text: side by side when there is room, one above the other when
there is not, and a way to bring a widget into view inside whatever scroll areas hold it.

At 200 % text a window has half as many characters across; a two-column screen then stacks
its columns instead of clipping them or scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from ui.widgets.flow import FlowLayout, flow_widget


class ResponsiveBox(QBoxLayout):
    """Left to right while the items' minimum widths (and `min_chars` characters) fit,
    top to bottom otherwise. Its minimum width is the widest item's, so a scroll area around
    it never has to scroll sideways."""

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 90) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        self.min_chars = min_chars

    def _items_minimum(self) -> tuple[int, int]:
        widths = []
        for index in range(self.count()):
            item = self.itemAt(index)
            if item is None or item.isEmpty():
                continue
            widths.append(item.minimumSize().width())
        if not widths:
            return 0, 0
        spacing = max(self.spacing(), 0) * (len(widths) - 1)
        return sum(widths) + spacing, max(widths)

    def wide_enough(self, width: int) -> bool:
        widget = self.parentWidget()
        chars = widget.fontMetrics().averageCharWidth() if widget is not None else 7
        side_by_side, _widest = self._items_minimum()
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        return room >= side_by_side and room >= self.min_chars * chars

    def setGeometry(self, rect: QRect) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self.wide_enough(rect.width())
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self.direction():
            self.setDirection(wanted)
        super().setGeometry(rect)

    @property
    def stacked(self) -> bool:
        return self.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSize(self) -> QSize:
        size = super().minimumSize()
        _side_by_side, widest = self._items_minimum()
        margins = self.contentsMargins()
        return QSize(widest + margins.left() + margins.right(), size.height())


def flow_row(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A row of buttons or fields that wraps onto more lines when it does not fit."""
    return flow_widget(parent)


def labelled(label: QLabel, field: QWidget, parent: QWidget | None = None) -> QWidget:
    """A label and its field kept together (they wrap as one in a flow row)."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(field, 1)
    label.setBuddy(field)
    return box


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area that holds `widget` so it is in view (after the layout has
    caught up with a widget that was just shown)."""

    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, 0, 10)
            parent = parent.parentWidget()

    QTimer.singleShot(0, widget, scroll)
