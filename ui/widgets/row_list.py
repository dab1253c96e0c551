"""A list view for long lists, addressed by row number as a `QListWidget` is.

`QListWidget` makes a `QListWidgetItem` per row, each worded up front on the UI thread: for a
queue of 10,000 that is most of the time it takes to open the screen. `RowList` is a plain
`QListView` over a list model, so nothing is made per row and only the rows on screen are
asked for their words; `count`, `item(row).text()`, `currentRow` and `setCurrentRow` keep the
`QListWidget` calls that screens and tests use to reach a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QPersistentModelIndex
from PySide6.QtWidgets import QListView, QWidget


@dataclass(frozen=True)
class ListRow:
    """One row of a `RowList`, read as a `QListWidgetItem` is."""

    index: QPersistentModelIndex

    def text(self) -> str:
        value = self.index.data()
        return "" if value is None else str(value)


class RowList(QListView):
    """Single-line rows of one height: the view then lays out 10,000 rows without asking each
    for its size (`uniformItemSizes`)."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformItemSizes(True)

    def count(self) -> int:
        return self.model().rowCount()

    def item(self, row: int) -> ListRow | None:
        index = self.model().index(row, 0)
        return ListRow(QPersistentModelIndex(index)) if index.isValid() else None

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        self.selectionModel().setCurrentIndex(
            self.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
