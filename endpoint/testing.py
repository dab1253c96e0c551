"""Run a real endpoint over HTTP inside a test process.

Tests across the project (endpoint unit tests, sync client tests, end-to-end tests) talk to a
real server on 127.0.0.1 rather than an in-process test client, so timeouts, headers, body
limits and connection handling are the ones a person's computer will meet. This helper starts
uvicorn on a free port in a background thread and stops it again.

    with serve(create_app("sqlite:///tmp/x.db")) as base_url:
        requests.get(f"{base_url}/v1/health", timeout=5)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

__all__ = ["serve"]


@contextmanager
def serve(app: ASGIApp, *, host: str = "127.0.0.1", startup_timeout: float = 15.0) -> Iterator[str]:
    """Serve `app` on a free port of `host`; yield its base URL (no trailing slash)."""
    config = uvicorn.Config(
        app,
        host=host,
        port=0,
        access_log=False,
        log_level="warning",
        lifespan="on",
        server_header=False,
        proxy_headers=False,  # as `health-planner-endpoint`: the app's trusted_proxies decide
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="endpoint-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the test endpoint did not start")
        time.sleep(0.005)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
