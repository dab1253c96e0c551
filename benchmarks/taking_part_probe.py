"""Open Taking part with 10,000 items queued, through the real main window (offscreen).

    python -m benchmarks.taking_part_probe [--runs 10] [--items 10000] [--folder DIR]

Queues the items as `benchmarks/sync_bench.py` does (feedback on the seed directory's services,
consent given, cheap benchmark KDF), cached in DIR. Then unlocks, goes to another screen, marks
Taking part stale the way queueing an item elsewhere does (`changed("participation")`), and
times the switch: from choosing the screen to the end of the first whole-window repaint after
the screen's `loaded` (its data on screen; the probe asks for that repaint, since the same data
again may change nothing on screen). Also times choosing the "Sent and waiting" tab afterwards
(the queued list painted) and the longest event-loop gap (5 ms timer) during the switch.
`--sync` instead presses Sync now on Taking part (reference endpoint on loopback, a copy of
the vault each run) and times it to the emptied queue on screen, with its longest gap. Prints
one JSON line: medians and each run, in ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(folder: Path, items: int) -> None:
    from benchmarks import data
    from planner.vault import Profiles
    from sync import consent, outbox

    if (folder / "built.json").exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    vault, _ = Profiles(folder, kdf=data.CHEAP_KDF).create(data.NAME, data.PASSPHRASE)
    consent.record(vault, "feedback", "given")
    seed = Path(data.__file__).resolve().parents[1] / "endpoint" / "seed" / "services.json"
    services = [doc["id"] for doc in json.loads(seed.read_text(encoding="utf-8"))["services"]]
    rng = random.Random(5)
    ratings = ("very_good", "good", "neither", "poor", "very_poor", "dont_know")
    for _ in range(items):
        outbox.queue_feedback(vault, rng.choice(services), rng.choice(ratings))
    vault.lock()
    (folder / "built.json").write_text("{}")


class Watch:
    """Repaints of the window (UpdateRequest) and the longest gap of a 5 ms timer."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.after: float | None = None  # stop at the first repaint after this moment
        self.painted: float | None = None
        self.gap = 0.0
        self._last = time.perf_counter()
        watch = self

        class Filter(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
                if (event.type() == QEvent.Type.UpdateRequest and watch.after is not None
                        and watch.painted is None):
                    QTimer.singleShot(0, watch._done)  # runs once this repaint has finished
                return False

        self._filter = Filter()
        window.installEventFilter(self._filter)
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _done(self) -> None:
        if self.painted is None:
            self.painted = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gap = max(self.gap, now - self._last)
        self._last = now

    def start(self) -> None:
        self.after = None
        self.painted = None
        self.gap = 0.0
        self._last = time.perf_counter()
        self.timer.start()


def _window(folder: Path) -> tuple[Any, Any, Any]:
    """The real main window over `folder`, unlocked; returns (window, runner, wait)."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import data
    from planner.vault import Profiles
    from ui.mainwindow import MainWindow
    from ui.preferences import Preferences, PreferenceStore
    from ui.session import Session
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runner = TaskRunner()
    session = Session(Profiles(folder, kdf=data.CHEAP_KDF), runner)
    window = MainWindow(session, PreferenceStore(None, runner, initial=Preferences()), None)
    window.resize(1100, 800)
    window.show()

    def wait(until: Any, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not until():
            if time.monotonic() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.001)

    failures: list[object] = []
    session.unlock(data.NAME, data.PASSPHRASE, failures.append)
    wait(lambda: session.is_unlocked and bool(window.screens))
    runner.wait()
    wait(lambda: runner.busy == 0)
    return window, runner, wait


def open_runs(folder: Path, runs: int) -> dict[str, Any]:
    window, runner, wait = _window(folder)
    session = window.session
    watch = Watch(window)
    keys = window.screen_keys()
    opened: list[float] = []
    tab: list[float] = []
    gaps: list[float] = []
    counts: list[int] = []
    for _ in range(runs + 1):  # the first is a warm-up
        window.go_to(0)
        runner.wait()
        wait(lambda: runner.busy == 0)
        session.changed.emit("participation")  # Taking part is hidden: it goes stale
        wait(lambda: runner.busy == 0)
        view = window.screens[keys.index("participation")].widget
        view.tabs.setCurrentIndex(0)
        got: list[float] = []

        def arrived(got: list[float] = got) -> None:
            got.append(time.perf_counter())
            # The same data again may change nothing on screen; repaint the whole window
            # anyway, so "painted with its data" always counts one full paint after it.
            window.update()

        view.loaded.connect(arrived)
        watch.start()
        started = time.perf_counter()
        window.go_to("participation")
        wait(lambda: bool(got))  # noqa: B023
        watch.after = got[0]
        wait(lambda: watch.painted is not None)
        opened.append(watch.painted - started)
        if os.environ.get("PROBE_DEBUG"):
            print("loaded", got[0] - started, "painted", watch.painted - started, file=sys.stderr)
        gaps.append(watch.gap)
        view.loaded.disconnect()
        watch.start()
        queue: list[float] = []
        view.loaded.connect(lambda: queue.append(time.perf_counter()))  # noqa: B023
        watch.after = started = time.perf_counter()
        view.tabs.setCurrentIndex(view.tabs.count() - 1)  # Sent and waiting: the queue is read
        wait(lambda: bool(queue))  # noqa: B023
        watch.after = queue[0]
        watch.painted = None
        window.update()
        wait(lambda: watch.painted is not None)
        view.loaded.disconnect()
        tab.append(watch.painted - started)
        watch.timer.stop()
        counts.append(view.pending_list.model().rowCount())
    session.lock()
    runner.wait()
    return {
        "items": counts[-1],
        "open_ms": round(statistics.median(opened[1:]) * 1000, 1),
        "open_p90_ms": round(sorted(opened[1:])[int(0.9 * (len(opened) - 2))] * 1000, 1),
        "tab_ms": round(statistics.median(tab[1:]) * 1000, 1),
        "gap_ms": round(statistics.median(gaps[1:]) * 1000, 1),
        "open_runs": [round(x * 1000, 1) for x in opened[1:]],
        "tab_runs": [round(x * 1000, 1) for x in tab[1:]],
        "gap_runs": [round(x * 1000, 1) for x in gaps[1:]],
    }


def sync_runs(folder: Path, runs: int) -> dict[str, Any]:
    """Sync now, pressed on Taking part, to the reference endpoint on loopback (a copy of
    the queued vault each time): the longest event-loop gap from the press until the
    screen shows the emptied queue, and how long that took."""
    import shutil
    import tempfile

    from benchmarks.sync_bench import endpoint
    from sync import state

    totals: list[float] = []
    gaps: list[float] = []
    steps: list[int] = []
    for _ in range(runs):
        work = Path(tempfile.mkdtemp(prefix="hp-taking-sync-"))
        try:
            shutil.copytree(folder, work / "v")
            with endpoint(work / "endpoint.db") as url:
                window, runner, wait = _window(work / "v")
                session = window.session
                done: list[object] = []
                session.run(lambda v, url=url: state.set_endpoint(v, url), done.append,
                            done.append, changes="participation")
                wait(lambda: bool(done) and runner.busy == 0)  # noqa: B023
                window.go_to("participation")
                view = window.screens[window.screen_keys().index("participation")].widget
                view.tabs.setCurrentIndex(view.tabs.count() - 1)  # watch the queue empty
                wait(lambda: runner.busy == 0 and not view._loading)  # noqa: B023
                counted = [0]
                view.progress.valueChanged.connect(
                    lambda _v, counted=counted: counted.__setitem__(0, counted[0] + 1))
                watch = Watch(window)
                watch.start()
                started = time.perf_counter()
                view.sync_button.click()
                wait(lambda: "Sync finished" in view.banner.label.text()  # noqa: B023
                     and runner.busy == 0 and view.pending_list.model().rowCount() == 0)  # noqa: B023
                totals.append(time.perf_counter() - started)
                gaps.append(watch.gap)
                steps.append(counted[0])
                watch.timer.stop()
                session.lock()
                runner.wait()
                window.close()
                window.deleteLater()
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return {
        "sync_ms": round(statistics.median(totals) * 1000, 1),
        "sync_gap_ms": round(statistics.median(gaps) * 1000, 1),
        "progress_updates": steps[-1],
        "sync_runs": [round(x * 1000, 1) for x in totals],
        "sync_gap_runs": [round(x * 1000, 1) for x in gaps],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.taking_part_probe")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--sync", action="store_true", help="time Sync now instead")
    args = parser.parse_args(argv)
    folder = args.folder or Path("/tmp") / f"hp-taking-part-{args.items}"
    build(folder, args.items)
    result = sync_runs(folder, args.runs) if args.sync else open_runs(folder, args.runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
