"""The reference participation endpoint: the app factory over `endpoint.store.Store`.

`create_app()` builds one self-contained app (its own store, rate limiters and settings), so
tests can run several side by side and the console script is a thin wrapper around it. The
routes live in `endpoint/routers/` (one router per area), what they share in `endpoint/deps.py`,
the refusals made before any route in `endpoint/middleware.py`, the error shape in
`endpoint/errors.py` and the operator console in `endpoint/console/`; this module only puts them
together.

Privacy decisions that live in the app rather than in the store:

* contribution contents are never logged: uvicorn's access log is off, the app's own access
  log records method, path (no query string) and status only, FastAPI telemetry is disabled,
  and validation errors never echo input values back;
* a contributor is created from nothing (no name, no NHS number; unknown fields are refused by
  the protocol models) and authenticates with a random bearer token whose SHA-256 is all the
  store keeps; a token only ever reaches its own contributor's rows;
* `/v1/results` publishes aggregates only, decided by `endpoint.disclosure` and published in
  steps by `endpoint.publishing`.

Every error, including FastAPI's own validation errors, 404s and 405s, is returned as
`{"error": {"code": ..., "message": ..., "details": [...]}}` (`sync.protocol.ErrorResponse`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from endpoint.deps import AppContext
from endpoint.errors import (
    ApiError,
    api_error_handler,
    http_error_handler,
    unexpected_error_handler,
    validation_error_handler,
)
from endpoint.limits import RateLimiter, parse_networks
from endpoint.middleware import (
    AccessLogMiddleware,
    BodyLimitMiddleware,
    HostCheckMiddleware,
    PublicReadLimitMiddleware,
    QueryLimitMiddleware,
)
from endpoint.publishing import DEFAULT_PERIOD, Publisher
from endpoint.routers import (
    accountability,
    budgets,
    consultations,
    contributors,
    deliberation,
    directory,
    meta,
    oruk,
    panel,
    results,
)
from endpoint.store import Store
from endpoint.textcrypt import TextCipher, generate_key
from sync.protocol import API_PREFIX, MAX_BODY_BYTES, PROTOCOL_VERSION

__all__ = [
    "DEFAULT_ALLOWED_HOSTS",
    "DEFAULT_PUBLIC_READS_PER_MINUTE",
    "DEFAULT_RATE_LIMIT_PER_MINUTE",
    "DEFAULT_REGISTRATIONS_PER_MINUTE",
    "MAX_QUERY_BYTES",
    "MAX_QUERY_PARAMS",
    "create_app",
    "openapi_json",
]

DEFAULT_RATE_LIMIT_PER_MINUTE = 120
"""Requests per minute per token: generous for a desktop client, tight for a script."""

DEFAULT_REGISTRATIONS_PER_MINUTE = 30
"""New contributors per minute per client address (a community centre shares one address)."""

DEFAULT_PUBLIC_READS_PER_MINUTE = 120
"""Unauthenticated GETs (directory, surveys, results, health, ...) per minute per client
address: a desktop sync makes a handful, a scraper or a flood makes thousands."""

MAX_QUERY_BYTES = 2048
"""Longest query string the app reads (longer: 414). The directory's longest honest query,
a 100-character search in percent-encoded Urdu plus the other parameters, stays under it."""

MAX_QUERY_PARAMS = 32
"""Most query parameters the app reads (more: 422); no route takes more than five."""

DEFAULT_ALLOWED_HOSTS = ("localhost", "127.0.0.1", "::1")
"""Host header names accepted when none are configured: loopback only."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _today() -> date:
    return datetime.now(UTC).date()


def create_app(
    db_url: str,
    *,
    rate_limit_per_minute: int = DEFAULT_RATE_LIMIT_PER_MINUTE,
    registrations_per_minute: int = DEFAULT_REGISTRATIONS_PER_MINUTE,
    max_body_bytes: int = MAX_BODY_BYTES,
    seed: bool = True,
    today: Callable[[], date] | None = None,
    now: Callable[[], datetime] | None = None,
    public_reads_per_minute: int = DEFAULT_PUBLIC_READS_PER_MINUTE,
    trusted_proxies: Iterable[str] = (),
    allowed_hosts: Iterable[str] | None = None,
    results_period: timedelta = DEFAULT_PERIOD,
    text_key: str | None = None,
    old_text_keys: Iterable[str] = (),
    text_encryption: bool = True,
) -> FastAPI:
    """Build the endpoint app over the database at `db_url` (tables are created if missing).

    `seed` loads the bundled demonstration directory and consultations into empty tables.
    `today` and `now` replace the clock (tests pin the date so open consultations stay open).
    A limit of 0 or less switches that rate limit off.
    `trusted_proxies` (addresses or networks) are the reverse proxies whose `X-Forwarded-For`
    names the client; nobody else's is believed. `allowed_hosts` are the names the Host
    header may carry (default `DEFAULT_ALLOWED_HOSTS`; `*.example.org` for subdomains).
    Run the app with the server's own proxy-header handling off (uvicorn: `proxy_headers=False`).
    `results_period` is how often `/v1/results` is published anew (a day by default; zero
    publishes every change at once, which tests and demonstrations use; endpoint/publishing.py).
    `text_key` (32 bytes, base64) encrypts free text at rest (endpoint/textcrypt.py), and
    `old_text_keys` still read what they made; without a key a random one is made for this app
    alone (tests: the text is unreadable once it is gone); `text_encryption=False` stores
    free text as sent (demonstrations only; the console script asks for `--no-text-encryption`).
    """
    proxies = parse_networks(trusted_proxies)
    hosts = tuple(DEFAULT_ALLOWED_HOSTS if allowed_hosts is None else allowed_hosts)
    cipher = (
        TextCipher(text_key or generate_key(), old_text_keys) if text_encryption else None
    )
    store = Store(db_url, cipher=cipher)
    store.create_schema()
    if seed:
        store.seed_if_empty()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.dispose()

    app = FastAPI(
        title="Health Planner participation endpoint",
        version=f"{PROTOCOL_VERSION}.0",
        description=(
            "Reference endpoint for Health Planner's participation features: a London "
            "community-services directory (Open Referral UK shape), open consultations, "
            "pseudonymous contributions (Friends and Family Test feedback, survey answers, "
            "randomised ONS4 wellbeing scores, randomised social-prescribing outcomes) and "
            "published aggregates with small-number "
            "suppression. Every error body is "
            '`{"error": {"code": "...", "message": "...", "details": [...]}}`.'
        ),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        telemetry={
            "tracing": False,
            "metrics": False,
            "logs": False,
            "operation_spans": False,
            "auto_configure": False,
        },
    )
    app.state.context = AppContext(
        store=store,
        limiter=RateLimiter(rate_limit_per_minute, store=store, scope="token"),
        registrations=RateLimiter(registrations_per_minute, store=store, scope="register"),
        today=today or _today,
        now=now or _utc_now,
        trusted_proxies=proxies,
        publisher=Publisher(store, period=results_period, now=now or _utc_now),
    )
    # In this order: it is the order of the paths in the OpenAPI document (docs/openapi.json).
    for area in (meta, contributors, consultations, deliberation, directory, results, budgets,
                 panel, accountability):
        app.include_router(area.router)
    app.include_router(oruk.router)  # the standard's own API, described by the standard
    _add_console(app, store)
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(Exception, unexpected_error_handler)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    app.add_middleware(
        PublicReadLimitMiddleware,
        limiter=RateLimiter(public_reads_per_minute, store=store, scope="read"),
        trusted_proxies=proxies,
    )
    app.add_middleware(
        QueryLimitMiddleware, max_bytes=MAX_QUERY_BYTES, max_params=MAX_QUERY_PARAMS
    )
    app.add_middleware(HostCheckMiddleware, allowed=hosts)
    app.add_middleware(AccessLogMiddleware)  # outermost: logs every answer, refusals too
    return app


def _add_console(app: FastAPI, store: Store) -> None:
    """The operator console (/console), when its extras (Jinja2, python-multipart) are here."""
    try:
        from endpoint.console import add_console
    except ImportError as exc:  # pragma: no cover - the endpoint extra brings both
        logging.getLogger("endpoint").warning("no operator console: %s is missing", exc.name)
        return
    add_console(app, store)


def openapi_json() -> str:
    """The OpenAPI document as committed in docs/openapi.json (stable formatting)."""
    app = create_app("sqlite://", seed=False)
    try:
        return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
    finally:
        app.state.context.store.dispose()
