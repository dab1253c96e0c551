"""Fixtures for the fuzz suites: a small profile with every kind of record, built once per run
and copied for each test, and the valid files made from it that the fuzzers start from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuzzkit import build_small, copy_small, open_small, small_inputs

from planner.vault import Vault


class Quiet(dict):  # type: ignore[type-arg]
    """A dict of big inputs that hypothesis prints as one short line when a test fails."""

    def __repr__(self) -> str:
        return f"<{len(self)} valid inputs: {', '.join(map(str, self))}>"


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("fuzz-small"))


@pytest.fixture(scope="session")
def small_files(small_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = copy_small(small_template, tmp_path_factory.mktemp("fuzz-files") / "home")
    vault = open_small(home)
    try:
        return Quiet(small_inputs(vault))
    finally:
        vault.lock()


@pytest.fixture
def small_home(small_template: Path, tmp_path: Path) -> Path:
    return copy_small(small_template, tmp_path / "home")


@pytest.fixture
def small(small_home: Path) -> Iterator[Vault]:
    vault = open_small(small_home)
    yield vault
    if vault.is_open:
        vault.lock()


@pytest.fixture(scope="session")
def live_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """One real endpoint over HTTP for the whole fuzz run (rate limits off): (url, app)."""
    from endpoint.app import create_app
    from endpoint.testing import serve

    db = tmp_path_factory.mktemp("fuzz-endpoint") / "endpoint.db"
    app = create_app(f"sqlite:///{db}", rate_limit_per_minute=0, registrations_per_minute=0,
                     public_reads_per_minute=0)
    with serve(app) as url:
        yield url, app


@pytest.fixture(scope="session")
def real_replies(live_endpoint: tuple[str, Any]) -> dict[str, bytes]:
    """What the real endpoint answers to each call the client makes, to mutate."""
    import uuid
    from datetime import UTC, datetime

    import requests

    url, _app = live_endpoint
    base = f"{url}/v1"
    made = requests.post(f"{base}/contributors", json={}, timeout=10)
    token = made.json()["token"]
    item = {"id": str(uuid.uuid4()), "purpose": "feedback",
            "created_at": datetime.now(UTC).isoformat(),
            "body": {"kind": "fft", "service_id": "svc-1", "rating": "good"}}
    auth = {"Authorization": f"Bearer {token}"}
    replies = {
        "/contributors": made.content,
        "/contributions": requests.post(f"{base}/contributions", json={"items": [item]},
                                        headers=auth, timeout=10).content,
        "/surveys": requests.get(f"{base}/surveys", timeout=10).content,
        "/results": requests.get(f"{base}/results", timeout=10).content,
        "/directory/services": requests.get(f"{base}/directory/services?per_page=3",
                                            timeout=10).content,
        "error": requests.post(f"{base}/contributions", data="{", headers=auth,
                               timeout=10).content,
    }
    replies["/contributors/me"] = requests.delete(f"{base}/contributors/me", headers=auth,
                                                  timeout=10).content
    return Quiet(replies)
