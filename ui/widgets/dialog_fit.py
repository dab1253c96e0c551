"""A form dialog that fits its screen at any text size (#23, point 3).

At 200 % text most of the app's forms are taller than a 1280x800 screen (a new medicine was
1,315 px high), so Save and Cancel were off the bottom, and a few were wider than it (a
choice of appointments whose longest row set the width of the whole dialog). `fit_dialog`,
called on every form a screen opens (`BaseView.show_dialog`), lets check boxes, buttons and
group titles wrap as on the screens, lets a drop-down be narrower than its longest choice, and
when the form is still taller than the screen, puts everything above the buttons into a
scroll area that scrolls up and down only, so the buttons stay in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.wrapping import let_text_wrap

SHORTEST_CHOICE = 24  # characters a drop-down keeps room for when its choices are long
FRAME = 64  # px kept free for the window's title bar and frame


def room(dialog: QDialog) -> QSize:
    """The size the dialog may take on its screen (its parent's, before it is shown)."""
    screen = dialog.screen()
    parent = dialog.parentWidget()
    if parent is not None:
        screen = parent.screen()
    available = screen.availableGeometry().size()
    return QSize(available.width(), max(available.height() - FRAME, 200))


def _narrow_choices(dialog: QDialog, space: QSize) -> None:
    """A drop-down wider than half the screen (its longest choice) may be narrower: it shows
    the chosen one cut short, and the list that opens shows every choice whole."""
    for combo in dialog.findChildren(QComboBox):
        if combo.sizeHint().width() <= space.width() // 2:
            continue
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(SHORTEST_CHOICE)


def _button_box(layout: QLayout) -> QDialogButtonBox | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            return widget
    return None


def _scroll_body(dialog: QDialog, layout: QLayout) -> QScrollArea:
    """Move the dialog's layout into a scroll area, the buttons under it."""
    buttons = _button_box(layout)
    if buttons is not None:
        layout.removeWidget(buttons)
    body = QWidget()
    body.setObjectName("dialog-body")
    body.setLayout(layout)  # takes the layout, and its widgets, from the dialog
    area = QScrollArea(dialog)
    area.setObjectName("dialog-scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    area.setAccessibleName(dialog.windowTitle())  # a screen reader names what it scrolls
    # As wide as the form needs (with room for the bar), so nothing is cut sideways.
    bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(body.minimumSizeHint().width() + bar)
    outer = QVBoxLayout(dialog)
    margins = layout.contentsMargins()
    outer.setContentsMargins(margins)
    layout.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area, 1)
    if buttons is not None:
        outer.addWidget(buttons)
    return area


class _TallEnough(QObject):
    """Keeps the dialog as tall as its wrapped words need at the width it has. Qt sizes a
    window from its words' width on one line, and a form whose sentence wraps to more lines
    once the window is narrower (a drop-down allowed to shrink, a smaller screen) cut off the
    last lines of that sentence."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            dialog = self.dialog
            layout = dialog.layout()
            if layout is not None and layout.hasHeightForWidth():
                need = min(layout.totalHeightForWidth(dialog.width()), room(dialog).height())
                if need > dialog.height():
                    dialog.resize(dialog.width(), need)
        return False


def fit_dialog(dialog: QDialog) -> None:
    """Make `dialog` fit its screen (see the module); run once, before it is shown."""
    if dialog.property("healthPlannerFitted"):
        return
    dialog.setProperty("healthPlannerFitted", True)
    let_text_wrap(dialog)
    space = room(dialog)
    _narrow_choices(dialog, space)
    layout = dialog.layout()
    if layout is None:
        return
    hint = dialog.sizeHint()
    if hint.height() <= space.height():
        _TallEnough(dialog)
        return
    area = _scroll_body(dialog, layout)
    width = min(max(dialog.sizeHint().width(), area.minimumWidth()), space.width())
    dialog.resize(width, space.height())
