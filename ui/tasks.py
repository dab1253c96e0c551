"""The one task runner: every vault, KDF, file and network job leaves the UI thread here.

Two pools, as Anki's taskman does it: a serial pool of one thread for everything that touches
the vault (SQLCipher connections must not be used by two threads at once, and serial order means
"save, then reload" needs no locking), and a small concurrent pool for network work. Results come
back to the UI thread through queued signals, so callbacks may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._signals.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class TaskRunner(QObject):
    """`run(fn, on_done, on_failed)`: fn runs in a worker, the callbacks in the UI thread.

    `busy_changed(n)` tells the window how many jobs are queued or running, for a busy
    indicator; `failed_unhandled(exc)` carries failures that had no `on_failed`.
    """

    busy_changed = Signal(int)
    failed_unhandled = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.serial = QThreadPool(self)
        self.serial.setMaxThreadCount(1)
        self.network = QThreadPool(self)
        self.network.setMaxThreadCount(4)
        self._live: set[_Signals] = set()

    @property
    def busy(self) -> int:
        return len(self._live)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        network: bool = False,
    ) -> None:
        self.run_with_progress(lambda _progress: fn(), on_done, on_failed, network=network)

    def run_with_progress(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        network: bool = False,
    ) -> None:
        """Like `run`, but `fn` gets a `progress(done, total)` callable for long jobs."""
        signals = _Signals()
        self._live.add(signals)

        @Slot(object)
        def finished(result: object) -> None:
            self._forget(signals)
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: object) -> None:
            self._forget(signals)
            if on_failed is not None:
                on_failed(exc)  # type: ignore[arg-type]
            else:
                self.failed_unhandled.emit(exc)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.busy_changed.emit(self.busy)
        (self.network if network else self.serial).start(_Task(fn, signals))

    def _forget(self, signals: _Signals) -> None:
        self._live.discard(signals)
        signals.deleteLater()
        self.busy_changed.emit(self.busy)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work ends: only for shutdown and tests, never in a UI handler."""
        return bool(self.serial.waitForDone(msecs) and self.network.waitForDone(msecs))
