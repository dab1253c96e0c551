"""Auto-lock: lock the profile after some minutes without a key press or a mouse movement.

One event filter on the whole application sees every input event and restarts a single-shot
timer; it is installed only while a profile is unlocked, because it puts every event of the
application through Python, and before the first paint that alone cost ~10 ms (issue #6). When
the timer fires, the session locks, and the main window (listening to `Session.locked`)
drops its views and shows the unlock screen. The same path runs on quit, on profile switch and,
in shared-PC mode, when the window is minimised.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ui.session import Session

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleLock(QObject):
    """Locks `session` after `minutes` without input while it is unlocked."""

    timed_out = Signal()

    def __init__(self, session: Session, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self.set_minutes(minutes)
        self._watching = False
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._locked)
        if session.is_unlocked:
            self._unlocked("")

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(50, int(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def _unlocked(self, _name: str) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self.poke()

    def _locked(self) -> None:
        self._timer.stop()
        self._unwatch()

    def _unwatch(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def poke(self) -> None:
        """Someone is here: start counting again."""
        if self.session.is_unlocked:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _expire(self) -> None:
        if self.session.is_unlocked:
            self.session.lock()
            self.timed_out.emit()

    def stop(self) -> None:
        self._unwatch()
        self._timer.stop()
