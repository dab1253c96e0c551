"""End-to-end fixtures (the in-process `server` with `Faults` is in tests/conftest.py).

`endpoint_process` runs the endpoint as its own process, so a test can SIGKILL it mid-batch.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from endpoint.textcrypt import KEY_VARIABLE, generate_key


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class EndpointProcess:
    def __init__(self, db: Path, *options: str) -> None:
        self.db = db
        self.options = options
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        # Free text encrypted at rest as in production, with the same key across restarts.
        self.env = {**os.environ, KEY_VARIABLE: generate_key()}

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
                "--public-reads-per-minute",
                "0",
                "--log-level",
                "warning",
                *self.options,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
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
