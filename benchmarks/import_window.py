"""The CSV import through the real main window (offscreen), with the event loop's gaps (issue #22).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.import_window [--size 1000000] [--rows 100000]

Unlocks a fresh copy of the cached benchmark vault in a `MainWindow`, goes to Share and back up,
Import, chooses a 100,000-row CSV in the export's format (benchmarks.import_whole.make_csv),
waits for the preview, then clicks "Add these to my profile" and waits until the entries are
added, the banner says so, every queued job has finished and the Share screen has reloaded.
A 5 ms timer runs throughout: the longest gap between its ticks is how long the window could
not answer. Prints the check and add times (click to done) and the gaps of each.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks import data
from benchmarks.import_whole import make_csv


class Gaps:
    """The gaps between the ticks of a 5 ms timer, in ms."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.last = 0

    def start(self) -> None:
        self.gaps = []
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> list[float]:
        self._tick()
        self.timer.stop()
        return self.gaps

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self.last) / 1e6)
        self.last = now


def wait_until(app: QApplication, condition: object, timeout: float = 600) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def describe(what: str, seconds: float, gaps: list[float]) -> str:
    longest = max(gaps, default=0.0)
    over = sum(1 for g in gaps if g > 50)
    return f"{what}: {seconds:.2f} s, longest gap {longest:.0f} ms, {over} gaps over 50 ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from ui.mainwindow import MainWindow
    from ui.preferences import Preferences, PreferenceStore
    from ui.session import Session
    from ui.tasks import TaskRunner

    built = data.vault(args.size)
    scratch = Path(tempfile.mkdtemp(prefix="hp-import-window-"))
    try:
        copy = built.copy_to(scratch / "vault")
        csv_path = scratch / "entries.csv"
        vault = copy.unlock()
        trackers = {t.key: t for t in vault.trackers.all(include_archived=True)}
        vault.lock()
        make_csv(csv_path, trackers, args.rows)

        runner = TaskRunner()
        session = Session(copy.profiles(), runner)
        window = MainWindow(session, PreferenceStore(scratch / "prefs", runner,
                                                     initial=Preferences()), apply_looks=False)
        window.resize(1100, 800)
        window.show()
        failures: list[BaseException] = []
        session.unlock(data.NAME, data.PASSPHRASE, failures.append)
        wait_until(app, lambda: session.is_unlocked and not runner.busy)
        index = next(i for i, s in enumerate(window.screens) if s.key == "sharing")
        window.go_to(index)
        view: Any = window.screens[index].widget
        wait_until(app, lambda: not runner.busy)
        view.tabs.setCurrentIndex(view.IMPORT)
        view.choose_open_path = lambda _kind: csv_path

        gaps = Gaps()
        gaps.start()
        started = time.perf_counter()
        view.choose_import_button.click()
        wait_until(app, lambda: view.confirm_row.isVisibleTo(view) or failures
                   or view.problems.isVisibleTo(view))
        checked = time.perf_counter() - started
        print(describe("check (choose -> preview shown)", checked, gaps.stop()), flush=True)
        assert view.confirm_row.isVisibleTo(view), view.import_summary.text()

        gaps.start()
        started = time.perf_counter()
        view.import_button.click()
        wait_until(app, lambda: "Added to your profile" in view.import_summary.text()
                   and not runner.busy and not view._loading)
        added = time.perf_counter() - started
        print(describe("add (click -> added, screens reloaded)", added, gaps.stop()), flush=True)
        print(f"whole import: {checked + added:.2f} s")
        session.lock()
        runner.wait()
        window.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
