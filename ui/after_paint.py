"""Running work in the turn of the event loop after a widget paints.

Qt paints a window when it gets an `UpdateRequest`, which it posts at a lower priority than
other events; a zero-time single shot queued beside it runs first, so "build it in the next
turn" put that build before the paint it meant to let through, and the window showed nothing
new until both were done (issue #22: Today built in the unlock's freeze). `AfterPaint` waits
for the paint event itself, then queues the work, which runs once the paint is done and the
event loop has had a turn (timers, input) in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls `then` once, in the turn after `widget` next gets an event of type `event`
    (`QEvent.Type.Paint` for a widget, `UpdateRequest` for a whole window), or after
    `fallback_ms` if no such event came (a widget hidden, covered, or a window minimised)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], *,
                 event: QEvent.Type = QEvent.Type.Paint, fallback_ms: int | None = None) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._event = event
        self._widget = widget
        widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._event:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        # Not deleteLater(): it is a child of `widget` and goes with it. Deleting it here
        # crashed the process (a double delete in Qt's teardown after a language change
        # rebuilt the window); a few idle QObjects for the window's life cost nothing.
        then()
