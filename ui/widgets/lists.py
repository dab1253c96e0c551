"""A list of short lines the person can add to, change (F2), reorder and remove.

Used for "What matters to me" in the Goals and Plan views. `edited` fires only for the person's
own changes, never for `set_items`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.flow import flow_widget
from ui.widgets.forms import with_error


def refill(view: QListWidget, rows: list[tuple[object, str]], keep: object, role: int, *,
           min_lines: int, max_lines: int) -> None:
    """Put (id, text) rows in `view` without firing its selection signals, size it to its rows,
    and choose the row whose id is `keep` (else the first): the screens that list what the
    person keeps (decisions, treatment referrals) refill on every load and must not lose the
    person's place. The text is the row's accessible text too."""
    view.blockSignals(True)
    view.clear()
    for key, text in rows:
        item = QListWidgetItem(text)
        item.setData(role, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        view.addItem(item)
    view.blockSignals(False)
    view.setVisible(bool(rows))
    fit_height(view, min_lines=min_lines, max_lines=max_lines)
    if rows:
        view.setCurrentRow(next((i for i, (key, _text) in enumerate(rows) if key == keep), 0))


def fit_height(view: QListWidget, *, min_lines: int = 3, max_lines: int = 8) -> None:
    """Size a list to its rows (within min..max lines of text), so short lists stay short
    and text scaling still shows whole rows."""
    line = view.fontMetrics().height() + 4
    rows = sum(max(view.sizeHintForRow(i), line) for i in range(view.count()))
    frame = view.frameWidth() * 2 + 4
    height = min(max(rows + line, min_lines * line), max_lines * line)
    view.setFixedHeight(height + frame)


class TextListEditor(QWidget):
    edited = Signal()

    def __init__(
        self,
        name: str,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        max_length: int = 200,
        fit: bool = False,
    ) -> None:
        super().__init__(parent)
        self._filling = False
        self._fit = fit
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setAccessibleDescription(
            self.tr("Press F2 to change the chosen line, Delete to remove it.")
        )
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.line = QLineEdit(self)
        self.line.setMaxLength(max_length)
        self.line.setPlaceholderText(placeholder)
        self.line.setAccessibleName(self.tr("Add to: {name}").format(name=name))
        self.line.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add to: {name}").format(name=name))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setAccessibleName(self.tr("Move the chosen line up"))
        self.up_button.setAutoDefault(False)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setAccessibleName(self.tr("Move the chosen line down"))
        self.down_button.setAutoDefault(False)
        self.down_button.clicked.connect(lambda: self.move_item(1))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        box, self.error = with_error(self.line, self)
        add_row.addWidget(box, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(add_row)
        buttons, flow = flow_widget(self)
        flow.addWidget(self.remove_button)
        flow.addWidget(self.up_button)
        flow.addWidget(self.down_button)
        layout.addWidget(buttons)
        self._update_buttons()

    def items(self) -> tuple[str, ...]:
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return tuple(text for text in texts if text)

    def set_items(self, items: tuple[str, ...] | list[str]) -> None:
        self._filling = True
        try:
            row = self.list.currentRow()
            self.list.clear()
            for text in items:
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
        finally:
            self._filling = False
        self._update_buttons()

    def add(self) -> None:
        text = self.line.text().strip()
        if not text:
            self.error.show_error(self.tr("Write something first."))
            return
        self.error.clear_error()
        self._filling = True
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        self._filling = False
        self.line.clear()
        self._update_buttons()
        self.edited.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_buttons()
        self.edited.emit()

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._filling = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._filling = False
        self.edited.emit()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()

    def _update_buttons(self, *_args: object) -> None:
        if self._fit:
            fit_height(self.list)
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
