"""Copy a secret (a recovery code, say) and take it back off the clipboard after a while.

As KeePassXC does it: after `seconds`, the clipboard is cleared only if it still holds what we
put there, so something the person copied since is left alone. Locking and quitting clear it
at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication


class SecureClipboard(QObject):
    cleared = Signal()

    def __init__(self, seconds: float = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    @staticmethod
    def _board() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str, seconds: float | None = None) -> None:
        board = self._board()
        board.setText(text, QClipboard.Mode.Clipboard)
        if board.supportsSelection():
            board.setText(text, QClipboard.Mode.Selection)
        self._text = text
        self._timer.start(int(1000 * (seconds if seconds is not None else self.seconds)))

    @property
    def holds_ours(self) -> bool:
        return self._text is not None and self._board().text() == self._text

    def clear(self) -> None:
        """Clear now, if what is there is still ours."""
        self._timer.stop()
        if self._text is None:
            return
        board = self._board()
        if board.text(QClipboard.Mode.Clipboard) == self._text:
            board.clear(QClipboard.Mode.Clipboard)
        if board.supportsSelection() and board.text(QClipboard.Mode.Selection) == self._text:
            board.clear(QClipboard.Mode.Selection)
        self._text = None
        self.cleared.emit()
