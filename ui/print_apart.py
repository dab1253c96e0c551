"""Printing the GP summary in a helper process, so the window never waits for it.

The app's worker threads share one interpreter lock with the window's thread, and the window
needs it for every Python slot and timer. Qt's text layout and PDF painting (`QTextDocument`'s
`markContentsDirty`, `drawContents`) hold that lock for the whole C++ call, up to ~100 ms a
page on the benchmark machine, and the tagging that follows is pure Python over the content
streams (pypdf, regular expressions): printing a year's summary in the worker froze the window
for 110-240 ms at a time (issue #22). A process of its own has its own lock: the worker only
waits on a pipe, which releases it.

The summary holds health data in plain text, so it travels only through the pipe between the
two processes, never through a file; the helper writes nothing and sends the PDF's bytes back,
and this side writes them atomically as `ui/printing.html_to_pdf` does. The footer's words are
put in the person's language here, where the translator is loaded. The helper is started
fresh ("spawn": no copy of this process's memory, locks or threads) and ends with the job.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from planner.atomic import atomic_write

log = logging.getLogger(__name__)

TIMEOUT_S = 300.0  # a summary prints in about a second; a stuck helper must not hang the worker


class PrintFailed(RuntimeError):
    """The helper process could not print (it says why, or it died)."""


def warm() -> None:
    """Import what starting the helper needs (spawn, pipes, pickling), so the first PDF does
    not do it: an import holds the interpreter lock for as long as it runs. Called in the worker
    while the preview is built."""
    import importlib
    import multiprocessing.connection
    import multiprocessing.reduction
    import multiprocessing.spawn  # noqa: F401

    posix = "win32" if sys.platform == "win32" else "posix"
    importlib.import_module(f"multiprocessing.popen_spawn_{posix}")


def html_to_pdf_apart(html: str, out: Path, *, printed_on: date | None = None) -> None:
    """What `ui.printing.html_to_pdf` does, done in a helper process. If no helper can run
    (the system refuses a process, or it dies), it prints here: a frozen window for a second
    is better than no summary for the GP."""
    from ui.printing import footer_words, pdf_bytes

    footer = footer_words(printed_on)
    try:
        pdf = _in_helper(html, footer)
    except _HelperLost as lost:
        log.warning("printing in the app's own process: %s", lost)
        pdf = pdf_bytes(html, footer)
    atomic_write(out, pdf)


class _HelperLost(Exception):
    """The helper could not be started, or stopped without answering."""


def _in_helper(html: str, footer: tuple[str, str]) -> bytes:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    helper = context.Process(target=serve, args=(theirs,), name="health-planner-print",
                             daemon=True)
    try:
        helper.start()
    except OSError as exc:
        ours.close()
        theirs.close()
        raise _HelperLost(type(exc).__name__) from exc
    theirs.close()
    try:
        ours.send((html, footer))
        if not ours.poll(TIMEOUT_S):
            raise PrintFailed("the printing process did not answer")
        ok, answer = ours.recv()
    except (EOFError, OSError) as exc:
        raise _HelperLost("the printing process stopped") from exc
    finally:
        ours.close()
        helper.join(5)
        if helper.is_alive():
            helper.kill()
            helper.join()
    if not ok:
        raise PrintFailed(str(answer))
    return bytes(answer)


def serve(pipe: Connection) -> None:
    """The helper: read (html, footer) from `pipe`, answer (True, pdf bytes) or (False, why)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # it shows nothing, and needs no display
    try:
        html, footer = pipe.recv()
        from ui.printing import pdf_bytes

        pipe.send((True, pdf_bytes(html, footer)))
    except Exception as exc:  # noqa: BLE001 - told to the app, which shows the message
        pipe.send((False, f"{type(exc).__name__}: {exc}"))
    finally:
        pipe.close()
