"""Driving the real main window offscreen, and the clocks that time it (issue #22).

Used inside the child processes of the window rows (benchmarks/window_runs.py): one
QApplication per process, built as `ui.app.build_shell` builds it for a double-click, over a
benchmark vault's data folder, so the real Session, TaskRunner, preferences, idle lock and
reminders all run. The window is driven as a person would: the start screen's Unlock button,
the sidebar (`MainWindow.go_to`), the views' own buttons and fields.

Three clocks:

- `GapMeter`: a 5 ms precise QTimer. The longest interval between two of its timeouts, minus
  the 5 ms, is the longest the event loop was kept from running: the window was frozen that
  long (no paint, no key, no click). It runs for the whole life of the driver; each action
  reads the gaps between its start and its end.
- `PaintClock`: an event filter on the top-level window only (not on the application, which
  would put every event of the app through Python). Qt paints a window's dirty widgets when
  the window gets an `UpdateRequest`; the filter handles that event itself, so it knows when
  each paint ended, and it can ask a question at the start of each paint ("is the saved value
  on screen yet?").
- `Window.settle`: "painted with its data". After an action, every job the task runner was
  given finished (including the follow-up loads a view starts when its first answer arrives:
  the runner's `busy` count), then `QUIET_S` passed with no job, no paint and no stall of the
  event loop; the figure is the end of the last paint that began after the last job ended (the
  answer's callback, its layout and every paint it caused). If no paint followed the last job
  (its answer changed nothing on screen), it is the end of the last paint before.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TICK_MS = 5
GAP_LIMIT_S = 0.050  # "no freeze over 50 ms"
QUIET_S = 0.15  # no job, paint or stall for this long: nothing more is coming
STALL_S = TICK_MS / 1000 + 0.010  # a tick this late: the UI thread was busy (a callback)


@dataclass(frozen=True)
class Gaps:
    """The event loop's gaps during one action, in seconds."""

    longest: float
    over_limit: int  # how many gaps were longer than GAP_LIMIT_S

    def as_dict(self) -> dict[str, float]:
        return {"gap": self.longest, "gaps_over_50ms": self.over_limit}


class GapMeter(QObject):
    """The 5 ms timer whose late timeouts show a frozen window (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticks: list[float] = []  # perf_counter of every timeout, while running
        self.last_stall = 0.0  # the end of the last interval longer than STALL_S
        self.checks: list[Callable[[], None]] = []  # also run on each tick (the driver's waits)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.ticks[-1] > STALL_S:
            self.last_stall = now
        self.ticks.append(now)
        for check in list(self.checks):
            check()

    def gaps(self, start: float, end: float) -> Gaps:
        """The gaps between `start` and `end` (perf_counter seconds), the stretch from the last
        tick to `end` included: a freeze still going on at the end counts."""
        inside = [t for t in self.ticks if start <= t <= end]
        points = [start, *inside, end]
        late = [b - a - TICK_MS / 1000 for a, b in itertools.pairwise(points)]
        return Gaps(max(0.0, *late), sum(1 for g in late if g > GAP_LIMIT_S))

    def forget_before(self, moment: float) -> None:
        """Drop old ticks (a long run would keep a million of them)."""
        self.ticks = [t for t in self.ticks if t >= moment]


class PaintClock(QObject):
    """When each paint of the window started and ended (see the module docstring)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.paints: list[tuple[float, float]] = []
        self.probe: Callable[[], bool] | None = None  # asked at the start of each paint
        self.probe_hit: float | None = None  # end of the first paint the probe said yes to
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.UpdateRequest:
            return False
        began = time.perf_counter()
        hit = self.probe is not None and self.probe_hit is None and self.probe()
        self.window.event(event)  # the paint itself: what Qt would have done next
        ended = time.perf_counter()
        self.paints.append((began, ended))
        if hit:
            self.probe_hit = ended
        return True  # handled: Qt must not paint it twice

    @property
    def last_end(self) -> float:
        return self.paints[-1][1] if self.paints else 0.0


class Window:
    """The real main window over `folder` (a data folder holding the benchmark profile)."""

    def __init__(self, folder: Path, kdf: Any) -> None:
        from ui.app import application, build_shell

        application()
        # A blinking text cursor repaints the window twice a second; it would land in the
        # figures at random. Everything else paints as it does for a person.
        QApplication.setCursorFlashTime(0)
        self.shell = build_shell(folder, kdf=kdf)
        self.window = self.shell.window
        self.session = self.shell.session
        self.runner = self.shell.runner
        self.idle_at = time.perf_counter()  # when the runner last had no job
        self.runner.busy_changed.connect(self._busy_changed)
        self.clock = PaintClock(self.window)
        self.meter = GapMeter(self.window)
        self.meter.start()
        self.window.show()

    def _busy_changed(self, jobs: int) -> None:
        if jobs == 0:
            self.idle_at = time.perf_counter()

    # -- waiting --------------------------------------------------------------------------

    def wait(self, done: Callable[[], bool], timeout: float, what: str) -> None:
        """Run the event loop until `done()` (checked on each 5 ms tick of the gap meter)."""
        if done():
            return
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout

        def check() -> None:
            if done() or time.perf_counter() > deadline:
                loop.quit()

        self.meter.checks.append(check)
        try:
            loop.exec()
        finally:
            self.meter.checks.remove(check)
        if not done():
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")

    def pause(self, seconds: float) -> None:
        """Let the event loop run for a while (a person reading the screen)."""
        until = time.perf_counter() + seconds
        self.wait(lambda: time.perf_counter() >= until, seconds + 5, "a pause")

    def quiet(self, since: float = 0.0) -> bool:
        """For `QUIET_S` no job, no paint and no stall of the event loop (a callback still
        working), counted from `since` at the earliest (an action that starts no job still
        gets its paint)."""
        latest = max(self.idle_at, since, self.clock.last_end, self.meter.last_stall)
        return self.runner.busy == 0 and time.perf_counter() - latest >= QUIET_S

    def settle(self, started: float, ready: Callable[[], bool] = lambda: True,
               timeout: float = 120.0, what: str = "the screen") -> tuple[float, Gaps]:
        """After an action begun at `started`: wait until `ready()` and every job is done,
        then return (seconds to the paint that showed the result, the loop's gaps from
        `started` until all was quiet: work the action leaves for after its paint, such as
        screens built later, is a freeze the person feels too)."""
        self.wait(lambda: self.quiet(started) and ready(), timeout, what)
        anchor = max(started, self.idle_at)
        after = [end for began, end in self.clock.paints if began >= anchor]
        if after:
            shown = after[-1]
        else:
            before = [end for _began, end in self.clock.paints if end >= started]
            shown = before[-1] if before else anchor
        gaps = self.meter.gaps(started, time.perf_counter())  # a freeze just after counts
        self._trim(started)
        return shown - started, gaps

    def until_painted(self, started: float, shown: Callable[[], bool], timeout: float = 60.0,
                      what: str = "the change") -> tuple[float, Gaps]:
        """Seconds from `started` to the end of the first paint that began once `shown()` was
        true: for a result that is on screen before the jobs it started have all finished."""
        self.clock.probe, self.clock.probe_hit = shown, None
        try:
            self.wait(lambda: self.clock.probe_hit is not None, timeout, what)
            hit = self.clock.probe_hit
            assert hit is not None
        finally:
            self.clock.probe = None
        return hit - started, self.meter.gaps(started, hit)

    def _trim(self, before: float) -> None:
        self.meter.forget_before(before)
        self.clock.paints = [p for p in self.clock.paints if p[1] >= before]

    # -- what a person does ---------------------------------------------------------------

    def ready_to_unlock(self) -> None:
        start = self.window.start
        self.wait(lambda: start.page == "unlock" and self.quiet(), 60, "the unlock page")

    def unlock(self, passphrase: str) -> tuple[float, Gaps]:
        """Type the passphrase and click Unlock: (seconds to Today painted with its data,
        gaps). Today's own load and every load it or the window starts must be done."""
        self.ready_to_unlock()
        start = self.window.start
        start.unlock_passphrase.edit.setText(passphrase)
        started = time.perf_counter()
        start.unlock_button.click()
        return self.settle(started, lambda: self.session.is_unlocked and self.showing("today"),
                           what="Today after unlocking")

    def lock(self) -> None:
        self.window.lock_now()
        self.ready_to_unlock()

    def showing(self, key: str) -> bool:
        current = self.window.current_screen()
        return current is not None and current.key == key

    def go(self, key: str) -> tuple[float, Gaps]:
        """Choose a screen in the sidebar: (seconds to it painted with its data, gaps)."""
        started = time.perf_counter()
        self.window.go_to(key)
        return self.settle(started, lambda: self.showing(key), what=f"the {key} screen")

    def view(self, key: str) -> Any:
        view = self.window.view(key)
        if view is None:
            raise LookupError(f"no {key} screen")
        return view

    def type_on_today(self, tracker: str, text: str) -> tuple[float, Gaps]:
        """Type a value in Today's quick log for `tracker`, press Enter: (seconds from Enter to
        the paint that shows it saved, gaps). The reload it causes is left to finish."""
        from PySide6.QtTest import QTest

        row = self.view("today").row(tracker)
        field = row.field
        field.setFocus()
        QTest.keyClicks(field, text)
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        saving = row.status.text()  # "Saving…" (in the person's language), set on Enter

        def saved() -> bool:
            return row.status.text() != saving

        figure = self.until_painted(started, saved, what=f"{tracker} saved")
        self.settle(started, what="Today reloaded after saving")
        return figure
