"""The window's longest freeze while it works: a 5 ms QTimer in the UI thread stamps each tick of
the real main window's event loop (offscreen) while the Share screen saves the GP summary PDF
for the last year of the 200,000-entry vault, or while Taking part's "Sync now" sends 10,000
queued items to a local endpoint. Not yet a `make bench` row; run by hand (issue #22):

    python -m benchmarks.ui_gaps pdf 5
    python -m benchmarks.ui_gaps sync 3
    python -m benchmarks.ui_gaps preview 5   (the GP preview being rebuilt)

Each run prints the longest gap, the whole time and how many gaps were over 50 ms, then the
medians. `--in-process` prints the PDF in the worker, as before issue #22, for a before/after.
The event loop is the window's own (QEventLoop.exec), and the only Python the UI thread runs for
the measurement is one call per tick. Machines shared with other work show gaps of 20-140 ms
with nothing running at all; measure that floor first (`floor`).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = tuple[float, float, int]  # longest gap (s), whole time (s), gaps over 50 ms


def _gaps(app: Any, start: Callable[[], None], done: Callable[[], bool]) -> Run:
    from PySide6.QtCore import QEventLoop, QTimer

    stamps = [time.perf_counter()]
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        stamps.append(time.perf_counter())
        if done():
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    start()
    loop.exec()
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    return max(gaps), stamps[-1] - stamps[0], sum(1 for g in gaps if g > 0.05)


def _settle(app: Any, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(app: Any, until: Callable[[], bool], timeout: float = 600) -> None:
    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()
        time.sleep(0.005)


def measure(what: str, runs: int, in_process: bool = False) -> list[Run]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    if what == "floor":
        return [_gaps(app, lambda: None, _after(3.0)) for _ in range(runs)]

    from benchmarks import data, sync_bench
    from ui.mainwindow import MainWindow
    from ui.preferences import Preferences, PreferenceStore
    from ui.session import Session
    from ui.tasks import TaskRunner
    from ui.views.sharing_tab import Period

    work = Path(tempfile.mkdtemp(prefix="hp-gaps-"))
    try:
        built = (data.vault(200_000) if what != "sync" else sync_bench._queued_vault())
        built = built.copy_to(work / "v")
        runner = TaskRunner()
        session = Session(built.profiles(), runner)
        store = PreferenceStore(None, runner, initial=Preferences(auto_lock_minutes=60))
        window = MainWindow(session, store, None)
        window.resize(1100, 800)
        window.show()
        _wait(app, lambda: window.start.page != "loading")
        results: list[Run] = []
        if what in ("pdf", "preview"):
            session.unlock(data.NAME, data.PASSPHRASE, print)
            _wait(app, lambda: session.is_unlocked)
            runner.wait()
            window.go_to("sharing")
            view: Any = window.view("sharing")
            _settle(app, 1.0)
            view.period.setCurrentIndex(view.period.findData(Period.CHOOSE))
            view.date_from.setDate(QDate(data.END.year, 1, 1))
            view.date_to.setDate(QDate(data.END.year, data.END.month, data.END.day))
            view.update_preview()
            _wait(app, lambda: view.preview_state.text() == "Up to date.")
            out = work / "summary.pdf"
            view.choose_save_path = lambda _kind: out
            if in_process:
                import ui.views.sharing_gp as gp

                apart = gp.save_gp_pdf
                gp.save_gp_pdf = lambda *a, **k: apart(*a, **{**k, "apart": False})
            for _ in range(runs):
                _settle(app, 0.3)
                if what == "preview":
                    view.preview_state.setText("")
                    results.append(_gaps(app, view.update_preview,
                                         lambda: view.preview_state.text() == "Up to date."))
                    continue
                results.append(_gaps(app, view.save_pdf, lambda: not view._busy))
                if not out.exists():
                    raise RuntimeError(f"no PDF: {view.banner.text}")
                out.unlink()
        else:
            from sync import outbox, state

            for run in range(runs):
                if session.is_unlocked:
                    session.lock()
                    runner.wait()
                fresh = sync_bench._queued_vault().copy_to(work / f"s{run}")
                session.profiles = fresh.profiles()
                session.unlock(data.NAME, data.PASSPHRASE, print)
                _wait(app, lambda: session.is_unlocked)
                runner.wait()
                with sync_bench.endpoint(work / f"endpoint{run}.db") as url:
                    session.run(lambda v, url=url: state.set_endpoint(v, url))
                    runner.wait()
                    window.go_to("participation")
                    taking_part: Any = window.view("participation")
                    _settle(app, 6.0)  # a person clicks a few seconds in (ui/heap.py: 5 s)
                    runner.wait()
                    results.append(_gaps(app, taking_part.sync_now,
                                         lambda view=taking_part: not view._syncing))
                    left: list[int] = []
                    session.run(lambda v: len(outbox.pending(v)), left.append)
                    _wait(app, lambda left=left: bool(left))
                    if left[0]:
                        raise RuntimeError(f"{left[0]} items left queued")
        if session.is_unlocked:
            session.lock()
        runner.wait()
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _after(seconds: float) -> Callable[[], bool]:
    end = time.perf_counter() + seconds
    return lambda: time.perf_counter() > end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("pdf", "preview", "sync", "floor"))
    parser.add_argument("runs", type=int, nargs="?", default=3)
    parser.add_argument("--in-process", action="store_true",
                        help="print the PDF in the worker (before issue #22)")
    args = parser.parse_args()
    results = measure(args.what, args.runs, args.in_process)
    for gap, whole, over in results:
        print(f"{args.what}: longest gap {gap * 1000:.0f} ms, whole {whole * 1000:.0f} ms, "
              f"{over} gaps over 50 ms")
    print(f"median: longest gap {statistics.median(r[0] for r in results) * 1000:.0f} ms, "
          f"whole {statistics.median(r[1] for r in results) * 1000:.0f} ms")


if __name__ == "__main__":  # the PDF helper process (spawn) imports this module again
    main()
