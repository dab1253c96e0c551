"""The one task runner: every vault, KDF, file and network job leaves the UI thread here.

Two pools, as Anki's taskman does it: a serial pool of one thread for everything that touches
the vault (SQLCipher connections must not be used by two threads at once, and serial order means
"save, then reload" needs no locking), and a network pool. Results come back to the UI thread
through queued signals, so callbacks may touch widgets.

The network pool also runs one job at a time, in the order asked: a withdrawal's request to
delete what was sent then always reaches the server after a batch already in flight, never
before it. A network job that needs the vault hands each step to the serial worker with
`on_serial` and waits there, so a slow or unreachable server holds up no vault work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]
T = TypeVar("T")


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
        self.serial.setExpiryTimeout(-1)  # one thread for good: `on_serial` knows it by its id
        self.network = QThreadPool(self)
        self.network.setMaxThreadCount(1)
        self._live: set[_Signals] = set()
        self._serial_thread: int | None = None

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
        if network:
            self.network.start(_Task(fn, signals))
        else:
            self.serial.start(_Task(self._in_serial(fn), signals))

    def _in_serial(self, fn: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
        def run(progress: Progress) -> Any:
            self._serial_thread = threading.get_ident()
            return fn(progress)

        return run

    def on_serial(self, fn: Callable[[], T]) -> T:
        """From a network job: run `fn` in the serial worker, after the jobs already queued
        there, and return its result or raise its exception here. Run directly when already
        in the serial worker; refused on the UI thread, which must never wait."""
        here = threading.get_ident()
        if here == self._serial_thread:
            return fn()
        if threading.current_thread() is threading.main_thread():
            raise RuntimeError("on_serial would make the UI thread wait")
        finished = threading.Event()
        outcome: list[tuple[bool, Any]] = []

        def job() -> None:
            self._serial_thread = threading.get_ident()
            try:
                outcome.append((True, fn()))
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                outcome.append((False, exc))
            finally:
                finished.set()

        self.serial.start(job)
        finished.wait()
        ok, value = outcome[0]
        if not ok:
            raise value
        return value

    def _forget(self, signals: _Signals) -> None:
        self._live.discard(signals)
        signals.deleteLater()
        self.busy_changed.emit(self.busy)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work ends: only for shutdown and tests, never in a UI handler."""
        return bool(self.serial.waitForDone(msecs) and self.network.waitForDone(msecs))
