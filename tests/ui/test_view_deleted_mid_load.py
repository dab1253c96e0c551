"""A screen's data that arrives after the screen was deleted (the screens rebuilt for easy read
or another language while its load ran in the worker) is dropped, not shown into widgets that
are gone: that raised "Internal C++ object already deleted" in the event loop (seen in a
suite run beside another, which slowed the load enough to lose that race)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from featurekit import idle
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.views.goals import GoalsView


def test_a_load_that_ends_after_its_view_was_deleted_is_dropped(
    qtbot, demo_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = QWidget()  # what the window's scroll area is to a screen
    qtbot.addWidget(holder)
    holder.resize(1100, 750)
    view = GoalsView(demo_session, holder)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        holder.show()
    idle(qtbot, demo_session)
    slow = view._load
    started: list[float] = []

    def load(vault: Any) -> Any:
        started.append(time.perf_counter())
        time.sleep(0.3)  # the worker still reading when the view goes
        return slow(vault)

    monkeypatch.setattr(view, "_load", load)
    unhandled: list[object] = []
    demo_session.runner.failed_unhandled.connect(unhandled.append)
    view.refresh()
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    view.deleteLater()
    qtbot.waitUntil(lambda: not isValid(view), timeout=5_000)
    idle(qtbot, demo_session)  # the answer arrives now; showing it would raise in the loop
    assert unhandled == []
