"""A list of records (actions, supporters, conditions, contacts) edited one by one in a dialog.

The plan screen and the health summary both show lists like this: the list names each record on
one line, and Add / Change / Remove only ask for the dialog or the removal. Which dialog opens,
and what a record is, stays with the screen that owns the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.widgets.forms import FieldError
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row


class ItemListEditor(QWidget):
    """A list of actions or supporters with Add / Change / Remove buttons."""

    add_requested = Signal()
    edit_requested = Signal(int)
    removed = Signal(int)

    def __init__(self, name: str, noun: str, chosen: str, parent: QWidget | None = None) -> None:
        """`noun` with its article names what Add makes ("an action"); `chosen` is the bare noun
        ("action"), so the Change and Remove buttons read "Change the chosen action"."""
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setAccessibleDescription(self.tr("Press Enter to change the chosen one."))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self._edit())
        self.list.currentRowChanged.connect(self._update)
        self.add_button = QPushButton(self.tr("Add {noun}…").format(noun=noun), self)
        self.add_button.setAccessibleName(self.tr("Add {noun}").format(noun=noun))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.edit_button.setAccessibleName(self.tr("Change the chosen {noun}").format(noun=chosen))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the chosen {noun}").format(noun=chosen)
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)
        self.error = FieldError(self.list, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        buttons, flow = flow_row(self)
        flow.addWidget(self.add_button)
        flow.addWidget(self.edit_button)
        flow.addWidget(self.remove_button)
        layout.addWidget(buttons)
        self._update()

    def set_lines(self, lines: list[str]) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for line in lines:
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        fit_height(self.list)
        self._update()

    def _edit(self) -> None:
        if self.list.currentRow() >= 0:
            self.edit_requested.emit(self.list.currentRow())

    def _remove(self) -> None:
        if self.list.currentRow() >= 0:
            self.removed.emit(self.list.currentRow())

    def _update(self, *_args: object) -> None:
        has = self.list.currentRow() >= 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
