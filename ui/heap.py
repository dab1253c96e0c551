"""Keep Python's full garbage collections short while a profile is open (issue #22).

A full collection walks every object the collector tracks and holds the interpreter lock while
it does, in whichever thread happened to allocate at the time, often the worker: during "Sync
now" one such pass took 90-190 ms, and the window could not paint meanwhile. Most of what it
walks lives as long as the app does (modules, classes, Qt wrappers of the screens), so once the
screens are up we move everything alive into the collector's permanent generation
(`gc.freeze()`), which later passes skip: the same pass then took ~20 ms.

Frozen objects are still freed when their last reference goes; only cycles among them wait.
So on lock everything is unfrozen again, and the usual collections free the closed profile's
screens and data as they did before. Freezing is repeated now and then while unlocked, and in
the turn after each screen is first built (`screen_built`): a screen's widgets are most of what
a visit adds, and an import checked a second after opening Share and back up met a 50-60 ms
full pass over them in the worker, before the first timed freeze. Freezing is a list splice,
as quick for a million objects as for ten.

Starting the app is the same story in small: what the start makes (PySide's and our modules,
classes, the start screen) lives as long as the app, and the collector walked it ~15 times over
before the window first painted, 2 % of a cold start (issue #22). So the GUI starts with the
collector off (ui/bridge.py `run_gui`), and `start_painted`, after the first paint, freezes all
of it and turns the collector on again; `START_PAUSE_CAP_MS` after the start at the latest, if
the window is never painted (started minimised).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

START_PAUSE_CAP_MS = 3_000
FIRST_FREEZE_MS = 5_000  # after unlocking: the first screens are built and loaded
FREEZE_EVERY_MS = 120_000


def start_painted() -> None:
    """The start screen has painted: freeze what the start made and collect again as usual.
    Nothing to do when the collector was on (tests and the screenshots build the window
    without `run_gui`), or once done."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class HeapFreezer(QObject):
    """Freezes the heap a while after `session` unlocks and now and then after; unfreezes on
    lock."""

    def __init__(self, session: QObject) -> None:
        super().__init__(session)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._freeze)
        session.unlocked.connect(self._unlocked)  # type: ignore[attr-defined]
        session.locked.connect(self._locked)  # type: ignore[attr-defined]

        self._open = False

    def _unlocked(self, _name: str) -> None:
        self._open = True
        self._timer.start(FIRST_FREEZE_MS)

    def screen_built(self) -> None:
        """A screen was built for the first time: freeze in the next turn, its widgets made."""
        QTimer.singleShot(0, self, self._freeze_now)

    def _freeze_now(self) -> None:
        if self._open:  # never while locked: a closed profile's cycles must stay collectable
            gc.freeze()

    def _freeze(self) -> None:
        gc.freeze()
        self._timer.start(FREEZE_EVERY_MS)

    def _locked(self) -> None:
        self._open = False
        self._timer.stop()
        gc.unfreeze()
