"""UI fixtures: a real task runner and session over a real vault, driven with qtbot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner import demo
from planner.vault import Profiles
from ui.session import Session
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def demo_session(qtbot: object, demo_profiles: Profiles, runner: TaskRunner) -> Iterator[Session]:
    """The demo profile, unlocked through the real worker path."""
    session = Session(demo_profiles, runner)
    failures: list[BaseException] = []
    with qtbot.waitSignal(session.unlocked, timeout=10_000):  # type: ignore[attr-defined]
        session.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE, failures.append)
    assert not failures
    yield session
    session.lock()
    runner.wait()
