"""Open Taking part with 10,000 items queued, through the real main window (offscreen).

    python -m benchmarks.taking_part_probe [--runs 10] [--items 10000] [--folder DIR]

Queues the items as `benchmarks/sync_bench.py` does (feedback on the seed directory's services,
consent given, cheap benchmark KDF), cached in DIR. Then unlocks, goes to another screen, marks
Taking part stale the way queueing an item elsewhere does (`changed("participation")`), and
times the switch: from choosing the screen to the end of the first whole-window repaint after
the screen's `loaded` (its data on screen; the probe asks for that repaint, since the same data
again may change nothing on screen). Also times choosing the "Sent and waiting" tab afterwards
(the queued list painted) and the longest event-loop gap (5 ms timer) during the switch. Prints
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.taking_part_probe")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args(argv)
    folder = args.folder or Path("/tmp") / f"hp-taking-part-{args.items}"
    build(folder, args.items)

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

    def wait(until: Any, timeout: float = 60.0) -> None:
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
    watch = Watch(window)
    keys = window.screen_keys()
    opened: list[float] = []
    tab: list[float] = []
    gaps: list[float] = []
    counts: list[int] = []
    for _ in range(args.runs + 1):  # the first is a warm-up
        window.go_to(0)
        runner.wait()
        wait(lambda: runner.busy == 0)
        session.changed.emit("participation")  # Taking part is hidden: it goes stale
        for _ in range(20):
            app.processEvents()
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
        watch.after = started = time.perf_counter()
        view.tabs.setCurrentIndex(view.tabs.count() - 1)  # Sent and waiting
        wait(lambda: watch.painted is not None)
        tab.append(watch.painted - started)
        watch.timer.stop()
        model = view.pending_list.model()
        counts.append(model.rowCount())
    session.lock()
    runner.wait()
    result = {
        "items": counts[-1],
        "open_ms": round(statistics.median(opened[1:]) * 1000, 1),
        "open_p90_ms": round(sorted(opened[1:])[int(0.9 * (len(opened) - 2))] * 1000, 1),
        "tab_ms": round(statistics.median(tab[1:]) * 1000, 1),
        "gap_ms": round(statistics.median(gaps[1:]) * 1000, 1),
        "open_runs": [round(x * 1000, 1) for x in opened[1:]],
        "tab_runs": [round(x * 1000, 1) for x in tab[1:]],
        "gap_runs": [round(x * 1000, 1) for x in gaps[1:]],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
