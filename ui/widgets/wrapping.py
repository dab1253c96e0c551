"""Rows of a list that wrap to the list's width, however big the text.

A QListView asks its delegate for each row's size without telling it how wide the list is, so
Qt lays a word-wrapped row out on one line as wide as its text: the row sticks out past the
right edge and its last words are cut ("What matters and …" in the sidebar, issue #23).
`RowWrapDelegate` gives the style the width there is, less the row's own padding (the theme's
`::item` padding, measured rather than copied from the stylesheet), so each row is as tall as
its wrapped text and never wider than the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
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
    always_off = view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if not bar.isHidden() or always_off:
        return view.viewport().width()
    bar.ensurePolished()  # the theme's width for it, even before it was first shown
    hidden = bar.sizeHint().width()
    return view.viewport().width() - hidden


def around_rows(view: QAbstractItemView) -> int:
    """How much wider `view` is than the room its rows wrap to: frame, the theme's padding and
    the vertical scroll bar (see `room_for_rows`). Read from the style, so it is right before the
    view was first laid out."""
    bar = view.verticalScrollBar()
    bar.ensurePolished()
    view.ensurePolished()
    return view.width() - view.contentsRect().width() + bar.sizeHint().width()


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


def wrap_group_titles(root: QWidget) -> None:
    """Move the title of every group box under `root` into a word-wrapped label at the top of
    the box. Qt draws a group box's title on one line and will not let the box be narrower
    than it, so a long title ("Share how you feel (wellbeing)" in Polish, at 200 %) made the
    whole screen scroll sideways (#23). The box keeps the title as its accessible name, so a
    screen reader still announces the group by it. Checkable boxes keep their title (its tick
    box is the title)."""
    for box in root.findChildren(QGroupBox):
        title = box.title()
        layout = box.layout()
        if not title or box.isCheckable() or layout is None:
            continue
        label = QLabel(title, box)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.setProperty("role", "group-title")
        if isinstance(layout, QFormLayout):
            layout.insertRow(0, label)
        elif isinstance(layout, QBoxLayout) and \
                layout.direction() == QBoxLayout.Direction.TopToBottom:
            layout.insertWidget(0, label)
        elif isinstance(layout, QGridLayout):
            label.deleteLater()
            continue
        else:  # a row (or a box that turns): the title goes above it, in a column of its own
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            holder = QWidget(box)
            holder.setLayout(layout)
            column.addWidget(label)
            column.addWidget(holder)
            box.setLayout(column)
        if not box.accessibleName():
            box.setAccessibleName(title)
        box.setTitle("")
        box.setProperty("titled", "inside")


def _plain_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


class ButtonWrap(QObject):
    """Breaks a button's or check box's text into lines that fit its width. Qt draws it on one
    line and will not let the button be narrower than that: "Pokazuj moje przypomnienia, gdy
    Health Planner jest otwarty" made Settings scroll sideways at 200 % (#23). The button may
    shrink to its longest word; while its text is broken, its accessible name is the whole
    sentence on one line (unless the view named it already)."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        self.button = button
        self.whole = button.text()
        self._names = not button.accessibleName()
        button.installEventFilter(self)
        self._minimum()

    def _around(self) -> int:
        """What the button adds beside its text: a tick box, padding, an icon."""
        metrics = self.button.fontMetrics()
        lines = self.button.text().split("\n")
        return self.button.sizeHint().width() - max(_plain_width(metrics, line) for line in lines)

    def _minimum(self) -> None:
        metrics = self.button.fontMetrics()
        longest = max((_plain_width(metrics, word) for word in self.whole.split()), default=0)
        self.button.setMinimumWidth(longest + self._around())

    def _wrap(self) -> None:
        button = self.button
        if button.text().replace("\n", " ") != self.whole:  # the view changed the text
            self.whole = button.text()
            self._minimum()
        metrics = button.fontMetrics()
        room = button.width() - self._around()
        lines: list[str] = []
        for word in self.whole.split():
            if lines and _plain_width(metrics, f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        text = "\n".join(lines) if len(lines) > 1 else self.whole
        if text and text != button.text():
            button.setText(text)
        if self._names:
            button.setAccessibleName(_plain(self.whole) if "\n" in text else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._wrap()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._minimum()
        return False


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def let_text_wrap(root: QWidget) -> None:
    """Group titles, buttons and check boxes under `root` wrap instead of widening the screen
    (#23)."""
    wrap_group_titles(root)
    for button in root.findChildren(QPushButton) + root.findChildren(QCheckBox) + \
            root.findChildren(QRadioButton):
        if button.text() and not isinstance(button.parent(), QAbstractItemView):
            ButtonWrap(button)
