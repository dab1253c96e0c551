"""The task runner keeps the UI thread free: the event loop turns while a slow KDF runs."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from planner.vault import KdfParams, Profiles
from ui.session import Session
from ui.tasks import TaskRunner


def test_event_loop_turns_while_a_slow_unlock_runs(qtbot, data_dir, runner: TaskRunner) -> None:
    slow = KdfParams(memory_kib=65536, time_cost=6, parallelism=1)  # ~0.3 s or more here
    Profiles(data_dir, kdf=slow).create("Slow", "a passphrase")[0].lock()
    session = Session(Profiles(data_dir, kdf=slow), runner)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    ui_thread = threading.get_ident()
    seen_threads: list[int] = []
    original = session.profiles.unlock

    def unlock(name: str, passphrase: str):  # records where the KDF runs
        seen_threads.append(threading.get_ident())
        return original(name, passphrase)

    session.profiles.unlock = unlock  # type: ignore[method-assign]
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock("Slow", "a passphrase", on_failed=lambda exc: None)
    timer.stop()
    assert seen_threads and seen_threads[0] != ui_thread
    assert len(ticks) >= 5, "the UI thread stalled during the KDF"
    session.lock()


def test_failures_come_back_to_the_ui_thread(qtbot, runner: TaskRunner) -> None:
    caught: list[BaseException] = []
    where: list[int] = []

    def on_failed(exc: BaseException) -> None:
        where.append(threading.get_ident())
        caught.append(exc)

    runner.run(lambda: 1 / 0, on_failed=on_failed)
    qtbot.waitUntil(lambda: bool(caught), timeout=5_000)
    assert isinstance(caught[0], ZeroDivisionError)
    assert where[0] == threading.get_ident()
