"""End-to-end fixtures: the real reference endpoint over HTTP on 127.0.0.1, a real vault.

`Faults` wraps the endpoint's ASGI app to count every request that reaches the server and to
misbehave on purpose (500 before or after storing, a reply slower than the client waits).
`endpoint_process` runs the endpoint as its own process, so a test can SIGKILL it mid-batch.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from endpoint.app import create_app
from endpoint.testing import serve

Scope = dict[str, Any]


class Faults:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests: list[str] = []
        self.fail_before = 0  # answer 500 without storing
        self.fail_after = 0  # store, then answer 500 (the client must retry safely)
        self.slow_after = 0  # store, then answer after `delay` (the client times out)
        self.delay = 2.0

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
        )
    )
    with serve(app) as url:
        yield url, app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class EndpointProcess:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "endpoint",
                "--db",
                f"sqlite:///{self.db}",
                "--port",
                str(self.port),
                "--rate-limit",
                "0",
                "--log-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/v1/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("the endpoint process did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)


@pytest.fixture
def endpoint_process(tmp_path: Path) -> Iterator[EndpointProcess]:
    proc = EndpointProcess(tmp_path / "endpoint-proc.db")
    yield proc
    proc.kill()
