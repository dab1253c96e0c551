"""While a profile is open the long-lived heap is frozen, so a full garbage collection (which
holds the interpreter lock, in whatever thread triggers it) walks only young objects; on lock
it is unfrozen, so the closed profile's screens and data are collected as before (#22)."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest

from planner import demo
from ui import heap
from ui.session import Session


def _frozen_while_open(qtbot, profiles, runner, freeze: Callable[[Session], None]) -> Session:
    """Unlock the demo profile from an unfrozen heap, `freeze(session)`, wait until the heap
    is frozen, lock, and check it is unfrozen again; returns the (locked) session."""
    gc.unfreeze()
    session = Session(profiles, runner)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE, lambda exc: None)
    try:
        assert gc.get_freeze_count() == 0
        freeze(session)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    finally:
        session.lock()
        runner.wait()
    assert gc.get_freeze_count() == 0
    return session


def test_the_heap_is_frozen_while_unlocked_and_not_after(
        qtbot, demo_profiles, runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "FIRST_FREEZE_MS", 50)
    _frozen_while_open(qtbot, demo_profiles, runner, lambda _session: None)


def test_a_screen_built_freezes_the_heap_in_the_next_turn_only_while_unlocked(
        qtbot, demo_profiles, runner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A screen's widgets are most of what a visit adds to the heap; a full collection that
    walked them in the worker froze the window for 50-60 ms when an import was checked a
    second after opening Share and back up (#22). A screen built while the profile locks
    freezes nothing: the closed profile's cycles must stay collectable."""
    monkeypatch.setattr(heap, "FIRST_FREEZE_MS", 600_000)
    session = _frozen_while_open(qtbot, demo_profiles, runner,
                                 lambda open_session: open_session.heap.screen_built())
    session.heap.screen_built()
    qtbot.wait(50)
    assert gc.get_freeze_count() == 0
