"""Rows of a list that wrap to the list's width, however big the text.

A QListView asks its delegate for each row's size without telling it how wide the list is, so
Qt lays a word-wrapped row out on one line as wide as its text: the row sticks out past the
right edge and its last words are cut ("What matters and …" in the sidebar, issue #23).
`RowWrapDelegate` gives the style the width there is, less the row's own padding (the theme's
`::item` padding, measured rather than copied from the stylesheet), so each row is as tall as
its wrapped text and never wider than the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

TALL = 100_000


class RowWrapDelegate(QStyledItemDelegate):
    """Sizes each row to the list's viewport width with its text wrapped (see the module)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def unwrapped(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        room = room_for_rows(self._view)
        unwrapped = self.unwrapped(option, index)
        if room <= 0 or unwrapped.width() <= room:
            return QSize(min(unwrapped.width(), max(room, 1)), unwrapped.height())
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        metrics = wrapped.fontMetrics
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        # What the row adds around its text: the theme's padding, the margins, an icon.
        around = unwrapped.width() - metrics.horizontalAdvance(wrapped.text)
        text_width = max(room - around, metrics.averageCharWidth() * 4)
        wrapped.rect = QRect(0, 0, text_width + 2 * margin, TALL)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(),
                                      self._view)
        return QSize(room, max(size.height(), unwrapped.height()))


def room_for_rows(view: QAbstractItemView) -> int:
    """The width rows wrap to: the viewport's, less a vertical scroll bar even while it is
    hidden. Wrapping shows the bar, and the bar narrows the viewport; a width that did not count
    it would wrap the rows once more after they were laid out, and Qt does not always lay them
    out again (a name's last word was cut)."""
    bar = view.verticalScrollBar()
    if not bar.isHidden() or view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return view.viewport().width()
    bar.ensurePolished()  # the theme's width for it, even before it was first shown
    hidden = bar.sizeHint().width()
    return view.viewport().width() - hidden


def wrap_rows(view: QListView) -> RowWrapDelegate:
    """Make `view`'s rows wrap to its width, and wrap again whenever that width changes."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    delegate = RowWrapDelegate(view)
    view.setItemDelegate(delegate)
    return delegate


def row_width(view: QListView, row: int) -> int:
    """How wide row `row` of `view` is with its text on one line, padding included."""
    model = view.model()
    index = model.index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, RowWrapDelegate):
        return delegate.unwrapped(option, index).width()
    return delegate.sizeHint(option, index).width()
