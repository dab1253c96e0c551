"""The outbox as a list model: "Sent and waiting" on Taking part, however long the queue.

A person who saved feedback offline for months may have 10,000 items waiting. The rows arrive
from the serial worker as stored (`sync.outbox.Row`, the body still JSON), and a row is parsed
and worded only when the view asks for it, which it does for the rows on screen; so opening the
screen costs the same for ten items or ten thousand, and no widget or item object is made per
row. A row's words are kept once made (type-ahead search may ask for many).

The model is a `QStringListModel` (of empty strings) only so that Qt counts the rows in C++:
`QListView` asks the model for an index twice per row on every layout, and with `rowCount`
written in Python that alone took 70 ms for 10,000 rows, against 8 ms. The words never live
in that string list; `data` makes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt

from sync.outbox import OutboxItem, Row, parse_row

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole  # the contribution's id, as text (what QListWidget held)


class OutboxListModel(QStringListModel):
    """Rows of the outbox, read only; `words(item)` is what a row says (on screen and to a
    screen reader)."""

    def __init__(self, words: Callable[[OutboxItem], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._words = words
        self._rows: Sequence[Row] = []
        self._said: dict[int, str] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._rows = []
        self._said = {}
        self.setStringList([])  # a reset: the view forgets every row it had
        self._rows = rows
        if rows:
            self.insertRows(0, len(rows))  # empty strings, made in C++

    def clear(self) -> None:
        """Forget every row (on lock: nothing of the queue stays in memory)."""
        self.set_rows([])

    def item(self, row: int) -> OutboxItem:
        """The row parsed whole (for the preview of exactly what will be sent)."""
        return parse_row(self._rows[row])

    def item_id(self, row: int) -> UUID:
        return self.item(row).contribution.id

    def text(self, row: int) -> str:
        said = self._said.get(row)
        if said is None:
            said = self._said[row] = self._words(self.item(row))
        return said

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row())
        if role == ID_ROLE:
            return str(self.item_id(index.row()))
        return None
