"""Auto-lock: lock the profile after some minutes in which nobody used the app.

Idleness is sampled, not heard event by event. A Python event filter on the application (how
this worked until issue #22) puts every event of every object through Python, so while a worker
thread held the interpreter lock each paint of the window waited for it: removing the filter alone
took the GP PDF export's longest event-loop gap from ~320 to ~115 ms. So a timer looks, every few
seconds (a tenth of the idle time, at most 5 s), at what Qt already keeps in C++ and a person
changes by using the app:

- where the pointer is, when it is over one of our windows (moving the mouse over another app
  does not keep a shared PC's profile open);
- which object has the keyboard focus and which window is active (Tab, a click, switching
  windows);
- the input method's cursor rectangle: the text cursor in a text box moves with every key typed,
  and in a list or table it is the current item's box, which arrow keys move;
- the scroll position under the pointer and in the focused widget (the wheel, Page Down).

Any change restarts a single-shot timer; when it fires, the session locks, and the main window
(listening to `Session.locked`) drops its views and shows the unlock screen. Between looks no
Python runs for input at all. Polling reads no text (a focused passphrase box is only a cursor
position). The same lock path runs on quit, on profile switch and, in shared-PC mode, when the
window is minimised (the main window's `changeEvent`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from ui.session import Session

LOOK_EVERY_MS = 5_000  # at most; a tenth of the idle time when that is shorter
LOOK_AT_LEAST_MS = 50

Glance = tuple[object, ...]


def _scrolled(widget: QWidget | None) -> tuple[int, int] | None:
    """The scroll position of the scroll area holding `widget` (or being it), if any."""
    while widget is not None and not isinstance(widget, QAbstractScrollArea):
        widget = widget.parentWidget()
    if widget is None:
        return None
    return widget.horizontalScrollBar().value(), widget.verticalScrollBar().value()


def glance() -> Glance:
    """What a person changes by using the app, read from state Qt keeps in C++."""
    pointer = QCursor.pos()
    over = QApplication.widgetAt(pointer)
    focus = QApplication.focusWidget()
    return (
        pointer if over is not None else None,  # None: over another app, or nothing of ours
        _scrolled(over),
        focus,  # the same C++ object keeps the same wrapper while `_last` holds it
        QGuiApplication.focusWindow(),
        QGuiApplication.applicationState(),
        QGuiApplication.inputMethod().cursorRectangle(),
        _scrolled(focus),
    )


class IdleLock(QObject):
    """Locks `session` after `minutes` without anyone using the app while it is unlocked."""

    timed_out = Signal()

    def __init__(self, session: Session, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._look = QTimer(self)
        self._look.timeout.connect(self._glance)
        self._last: Glance | None = None
        self.set_minutes(minutes)
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._locked)
        if session.is_unlocked:
            self._unlocked("")

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def look_ms(self) -> int:
        """How often it looks for someone using the app."""
        return self._look.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(50, int(minutes * 60_000)))
        self._look.setInterval(
            max(LOOK_AT_LEAST_MS, min(LOOK_EVERY_MS, self._timer.interval() // 10))
        )
        if self._timer.isActive():
            self._timer.start()
            self._look.start()

    def _unlocked(self, _name: str) -> None:
        """Start counting; the first look is the timer's. Glancing here, in the turn that
        unlocks, cost 10-20 ms of the freeze before Today painted (#22): the first Python
        wrapper of a widget Qt made itself (a scroll area's viewport, under the pointer or
        around the focus) makes PySide set up every widget class that might be it, ~50 of
        them with their enums, once per process."""
        self._last = None  # the first look differs, so it counts as someone here
        self._look.start()
        self.poke()

    def _locked(self) -> None:
        self.stop()

    def _glance(self) -> None:
        now = glance()
        if now != self._last:
            self._last = now
            self.poke()

    def poke(self) -> None:
        """Someone is here: start counting again."""
        if self.session.is_unlocked:
            self._timer.start()

    def _expire(self) -> None:
        if self.session.is_unlocked:
            self.stop()
            self.session.lock()
            self.timed_out.emit()

    def stop(self) -> None:
        self._look.stop()
        self._timer.stop()
        self._last = None
