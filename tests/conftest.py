"""Shared fixtures: real vault files on disk, cheap Argon2id by injection, Qt offscreen, and the
real reference endpoint over HTTP on 127.0.0.1.

`Faults` wraps the endpoint's ASGI app to count every request that reaches the server and to
misbehave on purpose (500 before or after storing, a reply slower than the client waits).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HEALTH_PLANNER_PASSPHRASE", None)
os.environ.pop("HEALTH_PLANNER_HOME", None)

from endpoint.app import create_app
from endpoint.testing import serve
from planner import demo
from planner.vault import KdfParams, Profiles, Vault

# Cheap enough for hundreds of unlocks per run; the product defaults stay untouched.
CHEAP_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return CHEAP_KDF


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def profiles(data_dir: Path) -> Profiles:
    return Profiles(data_dir, kdf=CHEAP_KDF)


@pytest.fixture
def vault(profiles: Profiles) -> Iterator[Vault]:
    """An empty, unlocked profile called 'Ann' (passphrase 'correct horse')."""
    opened, _code = profiles.create("Ann", "correct horse")
    yield opened
    if opened.is_open:
        opened.lock()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo profile, built once per run and copied by `demo_profiles` (it takes a second)."""
    folder = tmp_path_factory.mktemp("demo-template")
    made = Profiles(folder, kdf=CHEAP_KDF)
    opened, _ = made.create(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    demo.populate(opened)
    opened.lock()
    return folder


@pytest.fixture
def demo_profiles(demo_template: Path, data_dir: Path) -> Profiles:
    """A fresh copy of the demo data folder for this test: tests may change it freely."""
    import shutil

    shutil.copytree(demo_template / "profiles", data_dir / "profiles")
    return Profiles(data_dir, kdf=CHEAP_KDF)


@pytest.fixture
def demo_vault(demo_profiles: Profiles) -> Iterator[Vault]:
    opened = demo_profiles.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    yield opened
    if opened.is_open:
        opened.lock()


Scope = dict[str, Any]


class Faults:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests: list[str] = []
        self.fail_before = 0  # answer 500 without storing
        self.fail_after = 0  # store, then answer 500 (the client must retry safely)
        self.slow_after = 0  # store, then answer after `delay` (the client times out)
        self.delay = 2.0
        self.held: threading.Event | None = None  # when set to an Event: wait for it, then store

    async def __call__(
        self, scope: Scope, receive: Callable[..., Any], send: Callable[..., Any]
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests.append(f"{scope['method']} {scope['path']}")
        if scope["path"] != "/v1/contributions":
            await self.app(scope, receive, send)
            return
        while self.held is not None and not self.held.is_set():
            await asyncio.sleep(0.02)  # a server that takes its time, while the test acts
        if self.fail_before > 0:
            self.fail_before -= 1
            await _plain(send, 500)
            return
        if self.fail_after > 0 or self.slow_after > 0:
            held: list[dict[str, Any]] = []

            async def hold(message: dict[str, Any]) -> None:
                held.append(message)

            await self.app(scope, receive, hold)
            if self.fail_after > 0:
                self.fail_after -= 1
                await _plain(send, 500)
                return
            self.slow_after -= 1
            await asyncio.sleep(self.delay)
            for message in held:
                await send(message)
            return
        await self.app(scope, receive, send)


async def _plain(send: Callable[..., Any], status: int) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send(
        {
            "type": "http.response.body",
            "body": b'{"error": {"code": "fault", "message": "injected"}}',
        }
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Faults]]:
    app = Faults(
        create_app(
            f"sqlite:///{tmp_path / 'endpoint.db'}",
            rate_limit_per_minute=0,
            registrations_per_minute=0,
            public_reads_per_minute=0,
            results_period=timedelta(0),  # the sync tests read their contributions back at once
        )
    )
    with serve(app) as url:
        yield url, app
