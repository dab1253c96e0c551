"""Fixtures that run the REAL endpoint over HTTP on 127.0.0.1, on SQLite and on PostgreSQL.

Every test that uses `endpoint` (or `endpoint_factory`) runs once per backend:

* `sqlite`: a fresh database file in the test's tmp_path;
* `postgresql`: only when HEALTH_PLANNER_TEST_PG names a server, e.g.
  `postgresql+psycopg://hp@127.0.0.1:5432/hp_test`. Each test gets its own new schema
  (tables dropped before they are created, schema dropped afterwards), so runs never see each
  other's rows.

Without HEALTH_PLANNER_TEST_PG the PostgreSQL parameters are not generated (never skipped),
and the run says so loudly at the end.

Fixtures:
    endpoint           a running server with default settings (seeded, date pinned)
    endpoint_factory   start more servers on the same database with other settings,
                       e.g. endpoint_factory(rate_limit_per_minute=3)
    endpoint_db_url    the SQLAlchemy URL of this test's database
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import requests
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import make_url

from endpoint.app import create_app
from endpoint.store import Store
from endpoint.testing import serve
from sync.protocol import PURPOSE_FOR_KIND

PG_ENV = "HEALTH_PLANNER_TEST_PG"
PG_URL = os.environ.get(PG_ENV, "").strip()
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    *([pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)] if PG_URL else []),
]

PINNED_TODAY = date(2026, 12, 1)
"""Both seeded consultations are open on this date, whatever the wall clock says."""

TIMEOUT = 10


@dataclass
class Contributor:
    contributor_id: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class RunningEndpoint:
    """A live server plus small helpers so tests read like the protocol."""

    base_url: str
    app: FastAPI
    session: requests.Session = field(default_factory=requests.Session)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    @property
    def store(self) -> Store:
        store = self.app.state.context.store
        assert isinstance(store, Store)
        return store

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.get(self.url(path), timeout=TIMEOUT, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.post(self.url(path), timeout=TIMEOUT, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.delete(self.url(path), timeout=TIMEOUT, **kwargs)

    def register(self) -> Contributor:
        response = self.post("/v1/contributors")
        assert response.status_code == 201, response.text
        body = response.json()
        return Contributor(body["contributor_id"], body["token"])

    def send(self, who: Contributor, items: list[dict[str, Any]]) -> requests.Response:
        return self.post("/v1/contributions", json={"items": items}, headers=who.headers)

    def ledger(self, who: Contributor) -> list[dict[str, Any]]:
        response = self.get("/v1/contributors/me/contributions", headers=who.headers)
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["items"]
        return items


def _isoz(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def make_item(body: dict[str, Any], *, item_id: str | None = None, **extra: Any) -> dict[str, Any]:
    """A contribution as the client would send it, with the right purpose for its kind."""
    purpose = PURPOSE_FOR_KIND[body["kind"]]
    item = {
        "id": item_id or str(uuid.uuid4()),
        "purpose": purpose,
        "created_at": _isoz(datetime(2026, 11, 20, 10, 0, tzinfo=UTC)),
        "body": body,
    }
    item.update(extra)
    return item


@pytest.fixture
def item() -> Callable[..., dict[str, Any]]:
    """Build one contribution item: item({"kind": "fft", ...})."""
    return make_item


def _pg_schema_url(schema: str) -> str:
    url = make_url(PG_URL)
    if url.drivername in {"postgresql", "postgres"}:
        url = url.set(drivername="postgresql+psycopg")
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


@pytest.fixture(params=BACKENDS)
def endpoint_db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'endpoint.db'}"
        return
    schema = f"hp_test_{uuid.uuid4().hex[:12]}"
    admin = Store(PG_URL).engine  # Store picks the psycopg driver for postgresql:// too
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = _pg_schema_url(schema)
        fresh = Store(url)
        try:
            fresh.drop_schema()  # a fresh state even if the schema name were reused
        finally:
            fresh.dispose()
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def endpoint_factory(endpoint_db_url: str) -> Iterator[Callable[..., RunningEndpoint]]:
    """Start a server over this test's database; keyword arguments go to create_app."""
    with ExitStack() as stack:

        def start(**options: Any) -> RunningEndpoint:
            options.setdefault("today", lambda: PINNED_TODAY)
            options.setdefault("rate_limit_per_minute", 100_000)
            options.setdefault("registrations_per_minute", 100_000)
            options.setdefault("public_reads_per_minute", 100_000)
            # Tests read their own contributions back at once; the daily step that a real
            # server publishes in has its own tests (test_results_publication.py).
            options.setdefault("results_period", timedelta(0))
            app = create_app(endpoint_db_url, **options)
            base_url = stack.enter_context(serve(app))
            running = RunningEndpoint(base_url=base_url, app=app)
            stack.callback(running.session.close)
            return running

        yield start


@pytest.fixture
def endpoint(endpoint_factory: Callable[..., RunningEndpoint]) -> RunningEndpoint:
    return endpoint_factory()


def _postgres_notice() -> str:
    return (
        f"PostgreSQL endpoint tests did NOT run: {PG_ENV} is not set. "
        f"Set it to a SQLAlchemy URL, e.g. {PG_ENV}=postgresql+psycopg://hp@127.0.0.1:5432/hp_test"
    )


def pytest_collection_finish(session: pytest.Session) -> None:
    if not PG_URL:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"!!! {_postgres_notice()}", red=True, bold=True)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not PG_URL:
        terminalreporter.write_sep("!", _postgres_notice(), red=True, bold=True)
    else:
        shown = make_url(PG_URL).render_as_string(hide_password=True)
        terminalreporter.write_line(f"endpoint tests also ran on PostgreSQL at {shown}")
