"""What the window rows measure, one row a process: `python -m benchmarks.window_runs ROW FOLDER
[ARG] [--tries N]`, run by benchmarks/window_bench.py. Prints one JSON line last.

FOLDER is a private copy of a benchmark data folder (the 1,000,000-entry vault). Each run
builds the real main window offscreen (benchmarks/window_kit.py), unlocks through the start
screen and does what a person does; every figure is "action to the paint that shows its
result", with the event loop's longest gap during it.

Bytecode is kept under benchmarks/.cache/pycache, as for the cold start row (first_paint.py):
an installed app starts from compiled bytecode, so an unlock's first imports are not compiles.
"""

from __future__ import annotations

import os
import sys

if "--no-bytecode-cache" not in sys.argv:
    sys.dont_write_bytecode = False
    sys.pycache_prefix = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache",
                                      "pycache")

import argparse  # after the bytecode cache is chosen
import json
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks import data
from benchmarks.window_kit import Gaps, Window

Result = dict[str, Any]


_opened: list[Window] = []


def _open(folder: Path) -> Window:
    window = Window(folder, data.CHEAP_KDF)
    _opened.append(window)
    return window


def _value(i: int) -> str:
    """A weight to type: a different one each time, as typed on a keyboard."""
    return f"{70 + i % 20}.{i % 10}"


def _try(seconds: float, gaps: Gaps, **more: Any) -> Result:
    return {"seconds": seconds, **gaps.as_dict(), **more}


def today(folder: Path, _arg: str, _tries: int) -> Result:
    """The first unlock of a fresh app (what a person does after starting it), then a second
    unlock in the same process."""
    window = _open(folder)
    first, gaps = window.unlock(data.PASSPHRASE)
    window.lock()
    again, again_gaps = window.unlock(data.PASSPHRASE)
    return {**_try(first, gaps), "again": again, "again_gap": again_gaps.longest}


def switch(folder: Path, _arg: str, tries: int) -> Result:
    """Save a value on Today (the data changed), then Share and back up, then back to Today."""
    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    found: list[Result] = []
    for i in range(tries + 1):  # the first is reported apart: screens built, modules loaded
        window.type_on_today("weight", _value(i))
        there, there_gaps = window.go("sharing")
        back, back_gaps = window.go("today")
        found.append(_try(there + back, there_gaps if there_gaps.longest > back_gaps.longest
                          else back_gaps, there=there, back=back))
    return {"first": found[0], "tries": found[1:]}


def logview(folder: Path, _arg: str, tries: int) -> Result:
    """Save a value on Today (the data changed), then open Logs; back to Today unmeasured."""
    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    found: list[Result] = []
    for i in range(tries + 1):
        window.type_on_today("weight", _value(i))
        seconds, gaps = window.go("logs")
        found.append(_try(seconds, gaps))
        window.go("today")
    return {"first": found[0], "tries": found[1:]}


def typing(folder: Path, _arg: str, tries: int) -> Result:
    """Type a weight on Today and press Enter: Enter to "Saved" painted. Each try waits for
    the reload the save causes, as a person looks before typing the next value."""
    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    warm = 5
    found: list[Result] = []
    for i in range(tries + warm):
        seconds, gaps = window.type_on_today("weight", _value(i))
        if i >= warm:
            found.append(_try(seconds, gaps))
    return {"tries": found}


def takingpart(folder: Path, _arg: str, tries: int) -> Result:
    """Unlock, open Taking part (10,000 items queued), lock; `tries` times."""
    window = _open(folder)
    found: list[Result] = []
    for _ in range(tries):
        window.unlock(data.PASSPHRASE)
        seconds, gaps = window.go("participation")
        found.append(_try(seconds, gaps))
        window.lock()
    return {"tries": found}


def pdfgap(folder: Path, out: str, tries: int) -> Result:
    """Share with my GP, the last year of the data (dates chosen, as the data ends on
    `data.END`), preview shown; then Save as PDF, `tries` times: click to the saved message."""
    from PySide6.QtCore import QDate

    from ui.views.sharing_tab import Period

    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    window.go("sharing")
    view = window.view("sharing")
    first = data.END - timedelta(days=364)
    view.period.setCurrentIndex(view.period.findData(Period.CHOOSE))
    view.date_from.setDate(QDate(first.year, first.month, first.day))
    view.date_to.setDate(QDate(data.END.year, data.END.month, data.END.day))
    began = time.perf_counter()
    view.update_preview()  # what the 350 ms debounce after the last change would do
    window.settle(began, what="the preview")
    target = Path(out)
    view.choose_save_path = lambda _kind: target  # the file chooser cannot run offscreen
    found: list[Result] = []
    for _ in range(tries):
        target.unlink(missing_ok=True)
        started = time.perf_counter()
        view.save_pdf_button.click()
        seconds, gaps = window.settle(
            started, lambda: target.exists() and view.save_pdf_button.isEnabled(),
            what="the PDF")
        found.append(_try(seconds, gaps, bytes=target.stat().st_size))
    return {"tries": found}


def csvimport(folder: Path, csv_path: str, _tries: int) -> Result:
    """Share and back up, Import: choose the CSV (read and checked in full), then "Add these
    to my profile" (added, screens reloaded). The figure is both, without the time a person
    takes to read what the file holds in between."""
    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    window.go("sharing")
    view = window.view("sharing")
    began = time.perf_counter()
    view.tabs.setCurrentWidget(view.import_page)
    window.settle(began, what="the Import tab")
    path = Path(csv_path)
    view.choose_open_path = lambda _kind: path  # the file chooser cannot run offscreen
    started = time.perf_counter()
    view.choose_import_button.click()
    checked, check_gaps = window.settle(started, timeout=900, what="the check")
    if not view.import_button.isVisible():
        raise RuntimeError(f"the check refused the file: {view.import_summary.text()[:500]}")
    window.pause(0.2)  # the person reads what the file holds
    started = time.perf_counter()
    view.import_button.click()
    added, add_gaps = window.settle(started, timeout=900, what="the import")
    return {
        "seconds": checked + added, "check": checked, "add": added,
        "gap": max(check_gaps.longest, add_gaps.longest),
        "gaps_over_50ms": check_gaps.over_limit + add_gaps.over_limit,
        "summary": view.import_summary.text()[:300],
    }


def syncgap(folder: Path, _arg: str, _tries: int) -> Result:
    """Taking part, Sync now (10,000 queued, the endpoint set in the vault): click to the
    screen reloaded after the sync."""
    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    window.go("participation")
    view = window.view("participation")
    started = time.perf_counter()
    view.sync_button.click()
    seconds, gaps = window.settle(started, lambda: view.sync_button.isEnabled(), timeout=900,
                                  what="the sync")
    said = view.banner.text  # a property of ui.widgets.banner.Banner
    return _try(seconds, gaps, banner=str(said() if callable(said) else said)[:300])


def rekey(folder: Path, carer: str, _tries: int) -> Result:
    """Settings, Who can see my profile: choose the carer, type the passphrase, Take access
    back (issue #24): click to the screen reloaded without the grant, the whole vault re-keyed
    under a new data key while the window keeps painting."""
    window = _open(folder)
    window.unlock(data.PASSPHRASE)
    window.go("settings")
    view = window.view("settings").access
    window.wait(lambda: view.grants_list.count() == 1, 60, "the access review")
    view.grants_list.setCurrentRow(0)
    view.revoke_passphrase.setText(data.PASSPHRASE)
    steps: list[int] = []
    view.progress.valueChanged.connect(steps.append)
    started = time.perf_counter()
    view.revoke_button.click()
    seconds, gaps = window.settle(started, lambda: view.grants_list.count() == 0
                                  and not view.progress.isVisible(), timeout=1800,
                                  what="the re-key")
    return _try(seconds, gaps, progress_steps=len(set(steps)), carer=carer,
                banner=str(view.banner.text() if callable(view.banner.text)
                           else view.banner.text)[:300])


RUNS = {f.__name__: f for f in (today, switch, logview, typing, takingpart, pdfgap, csvimport,
                                 syncgap, rekey)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.window_runs")
    parser.add_argument("row", choices=sorted(RUNS))
    parser.add_argument("folder", type=Path)
    parser.add_argument("arg", nargs="?", default="")
    parser.add_argument("--tries", type=int, default=20)
    parser.add_argument("--no-bytecode-cache", action="store_true")
    args = parser.parse_args(argv)
    result = RUNS[args.row](args.folder, args.arg, args.tries)
    for window in _opened:  # lock and close the vault, as quitting the app does
        window.shell.shut_down()
    print(json.dumps(result), flush=True)
    os._exit(0)  # no Qt teardown: nothing of it is measured


if __name__ == "__main__":
    sys.exit(main())
