"""The reference participation endpoint: a FastAPI app over `endpoint.store.Store`.

`create_app()` builds one self-contained app (its own store, rate limiters and settings), so
tests can run several side by side and the console script is a thin wrapper around it.

Privacy decisions that live here rather than in the store:

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

import hashlib
import ipaddress
import json
import logging
import math
import secrets
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from endpoint.publishing import DEFAULT_PERIOD, Publisher
from endpoint.store import ContributorGoneError, Store
from endpoint.textcrypt import TextCipher, generate_key
from sync.protocol import (
    API_PREFIX,
    LONDON_BOROUGHS,
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    BatchResult,
    ConsultationResponse,
    ConsultationResponseList,
    Contribution,
    ContributionBatch,
    ContributionList,
    ContributionRecord,
    ContributorCreated,
    ContributorRequest,
    ErrorDetail,
    ErrorInfo,
    ErrorResponse,
    HealthStatus,
    ItemResult,
    OutcomeReport,
    Results,
    Service,
    ServicePage,
    Survey,
    SurveyAnswer,
    SurveyList,
    WithdrawalResult,
)

__all__ = [
    "DEFAULT_ALLOWED_HOSTS",
    "DEFAULT_PUBLIC_READS_PER_MINUTE",
    "DEFAULT_RATE_LIMIT_PER_MINUTE",
    "DEFAULT_REGISTRATIONS_PER_MINUTE",
    "MAX_QUERY_BYTES",
    "MAX_QUERY_PARAMS",
    "ApiError",
    "RateLimiter",
    "client_address",
    "create_app",
    "log_safe",
    "openapi_json",
    "parse_networks",
]

DEFAULT_RATE_LIMIT_PER_MINUTE = 120
"""Requests per minute per token: generous for a desktop client, tight for a script."""

MAX_PAGE = 100_000
"""Highest directory page number: far past any real directory, and small enough that the SQL
OFFSET it becomes always fits a 64-bit integer (a bigger one made the database driver fail)."""

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

MAX_LOGGED_PATH = 200
"""Longest path written to the access log, after escaping."""

access_log = logging.getLogger("endpoint.access")


# --- errors -------------------------------------------------------------------------------


class ApiError(Exception):
    """An error with a stable machine code and a plain-English message for people."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: Sequence[ErrorDetail] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = list(details)
        self.headers = headers or {}


def error_response(
    status: int,
    code: str,
    message: str,
    details: Sequence[ErrorDetail] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorResponse(error=ErrorInfo(code=code, message=message, details=list(details)))
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status, headers=dict(headers or {})
    )


_STATUS_CODES = {
    400: ("bad_request", "The request could not be understood."),
    401: ("unauthorized", "A valid bearer token is needed."),
    403: ("forbidden", "This is not allowed."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept that method."),
    406: ("not_acceptable", "The endpoint can only answer with JSON."),
    413: ("payload_too_large", "The request body is too large."),
    414: ("query_too_long", "The address is too long."),
    415: ("unsupported_media_type", "Send the request body as application/json."),
    429: ("rate_limited", "Too many requests; wait and try again."),
}

_TAGS = {"fft", "survey", "ons4", "outcome"}
"""Discriminator tags pydantic puts in error locations; people don't need to see them."""

_PROBLEMS = {
    "extra_forbidden": "is not accepted here (the endpoint takes no names, NHS numbers or "
    "other extra fields)",
    "missing": "is required",
    "json_invalid": "is not valid JSON",
}


def _location(loc: Sequence[Any]) -> str:
    parts = list(loc)
    if parts and parts[0] in {"query", "path", "header"}:
        return f"{parts[-1]} ({parts[0]} parameter)"
    if parts and parts[0] == "body":
        parts = parts[1:]
    text = ""
    for index, part in enumerate(parts):
        if isinstance(part, int):
            text += f"[{part}]"
        elif index > 0 and parts[index - 1] == "body" and part in _TAGS:
            continue
        else:
            text += f".{part}" if text else str(part)
    return text or "request body"


def _validation_details(errors: Sequence[Any]) -> list[ErrorDetail]:
    details = []
    for error in errors:
        problem = _PROBLEMS.get(error.get("type", ""))
        if problem is None:
            # pydantic says "Input should be ..."; read as "<location> should be ...".
            problem = str(error.get("msg") or "is not valid")
            if problem.startswith("Input should"):
                problem = problem[len("Input ") :]
            elif problem.startswith("Value error, "):
                problem = "is not valid: " + problem[len("Value error, ") :]
            else:
                problem = "is not valid: " + problem[0].lower() + problem[1:]
        details.append(ErrorDetail(location=_location(error.get("loc", ())), problem=problem))
    return details


def _summary(details: Sequence[ErrorDetail], *, stored_nothing: bool = True) -> str:
    first = details[0]
    more = len(details) - 1
    tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
    ending = " Nothing was stored." if stored_nothing else ""
    return f"The request was not accepted: {first.location} {first.problem}{tail}.{ending}"


async def _api_error_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


async def _validation_error_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(error.get("type") == "json_invalid" for error in errors):
        return error_response(
            400, "malformed_json", "The request body is not valid JSON. Nothing was stored."
        )
    details = _validation_details(errors) or [
        ErrorDetail(location="request body", problem="is not valid")
    ]
    in_body = any(tuple(error.get("loc", ()))[:1] == ("body",) for error in errors)
    return error_response(
        422, "invalid_request", _summary(details, stored_nothing=in_body), details
    )


async def _http_error_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code, message = _STATUS_CODES.get(exc.status_code, ("http_error", "The request failed."))
    return error_response(exc.status_code, code, message, headers=exc.headers)


async def _unexpected_error_handler(_request: Request, _exc: Exception) -> Response:
    # The exception is logged by the server without the request body; say nothing more here.
    return error_response(500, "internal_error", "Something went wrong on the endpoint.")


# --- rate limiting ------------------------------------------------------------------------


class RateLimiter:
    """`per_minute` requests per key in each fixed one-minute window (aligned to the clock).

    The counts live in the database (`Store.count_request`: one atomic upsert per request), so
    every worker process and every machine behind the same database shares one limit. A
    fixed window was chosen over a sliding one because it costs a single statement: a client
    can at most send 2 x `per_minute` across a window boundary, which is enough to stop abuse,
    the limits' only purpose. Without a store (unit tests of the window arithmetic) the counts
    are kept in this process. Keys are token hashes or client addresses, never raw tokens;
    `scope` keeps the limits apart. `per_minute <= 0` switches it off.
    """

    WINDOW = 60

    def __init__(
        self,
        per_minute: int,
        *,
        store: Store | None = None,
        scope: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.per_minute = per_minute
        self._scope = scope
        self._clock = clock
        self._count = store.count_request if store is not None else _MemoryCounts()

    def acquire(self, key: str) -> float | None:
        """Spend one request; None if allowed, else the seconds until one is allowed."""
        if self.per_minute <= 0:
            return None
        now = self._clock()
        window = int(now // self.WINDOW) * self.WINDOW
        if self._count(f"{self._scope}:{key}", window) <= self.per_minute:
            return None
        return window + self.WINDOW - now

    def check(self, key: str) -> None:
        wait = self.acquire(key)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                "rate_limited",
                f"Too many requests. Please wait {seconds} second"
                f"{'s' if seconds != 1 else ''} and try again.",
                headers={"Retry-After": str(seconds)},
            )


class _MemoryCounts:
    """`Store.count_request` in one process's memory (for a limiter built without a store)."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, int], int] = {}
        self._window = 0
        self._lock = threading.Lock()

    def __call__(self, key: str, window_start: int) -> int:
        with self._lock:
            if window_start > self._window:  # a new window: forget the older ones
                self._window = window_start
                self._counts = {k: n for k, n in self._counts.items() if k[1] >= window_start}
            count = self._counts.get((key, window_start), 0) + 1
            self._counts[(key, window_start)] = count
            return count


# --- the client's address -----------------------------------------------------------------

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks (`10.0.0.5`, `10.0.0.0/8`, `::1`) as networks; ValueError if not."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address,
             proxies: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def client_address(scope: Scope, trusted_proxies: Sequence[Network] = ()) -> str:
    """The address every per-address limit counts against.

    The peer of the TCP connection, unless that peer is one of `trusted_proxies`: then
    `X-Forwarded-For` is read from the right (the entry the proxy itself added) past any
    further trusted proxies, and the first untrusted address is the client. Anyone else's
    `X-Forwarded-For` is ignored, so a caller cannot claim a new address per request.
    """
    client = scope.get("client")
    peer = str(client[0]) if client else "unknown"
    peer_ip = _ip(peer)
    if not trusted_proxies or peer_ip is None or not _trusted(peer_ip, trusted_proxies):
        return peer
    forwarded = [
        value.decode("latin-1")
        for key, value in scope.get("headers", [])
        if key.lower() == b"x-forwarded-for"
    ]
    hops = [hop for line in forwarded for hop in line.split(",")][-32:]
    address = peer_ip
    for hop in reversed(hops):
        hop_ip = _ip(hop)
        if hop_ip is None:
            break  # garbage from further out: stop at the last address we can vouch for
        address = hop_ip
        if not _trusted(hop_ip, trusted_proxies):
            break
    return str(address)


# --- ASGI middleware ----------------------------------------------------------------------


def log_safe(text: str, limit: int = MAX_LOGGED_PATH) -> str:
    """`text` fit for one log line: control and non-ASCII characters escaped as `\\xNN` /
    `\\uNNNN` (a backslash as two), so no request can end a line or colour a terminal, and
    at most `limit` characters, marked when cut."""
    escaped = text.encode("unicode_escape").decode("ascii")
    if len(escaped) > limit:
        return f"{escaped[:limit]}...[{len(escaped) - limit} more]"
    return escaped


async def _send_error(
    scope: Scope,
    receive: Receive,
    send: Send,
    status: int,
    code: str,
    message: str,
    details: Sequence[ErrorDetail] = (),
    headers: Mapping[str, str] | None = None,
) -> None:
    await error_response(status, code, message, details, headers)(scope, receive, send)


def _host_name(header: str) -> str:
    """The name in a Host header, without the port; `[::1]:80` gives `::1`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    if header.count(":") == 1:
        return header.split(":", 1)[0]
    return header


class HostCheckMiddleware:
    """Answer 400 unless the Host header names this endpoint (`allowed` names; `*` is any).

    Redirects (e.g. a trailing slash) and absolute URLs are built from the Host header, so an
    unchecked one would let a request point a person's client at another site.
    `*.example.org` allows every subdomain of example.org.
    """

    def __init__(self, app: ASGIApp, allowed: Sequence[str]) -> None:
        self.app = app
        names = {_host_name(name) for name in allowed if name.strip()}
        self.any = "*" in names
        self.exact = {name for name in names if not name.startswith("*.")}
        self.suffixes = tuple(name[1:] for name in names if name.startswith("*."))

    def allows(self, name: str) -> bool:
        if self.any:
            return True
        return name in self.exact or any(name.endswith(suffix) for suffix in self.suffixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        hosts = [value for key, value in scope.get("headers", []) if key.lower() == b"host"]
        name = _host_name(hosts[0].decode("latin-1")) if len(hosts) == 1 else ""
        if not self.allows(name):
            await _send_error(
                scope, receive, send, 400, "invalid_host",
                "The Host header does not name this endpoint.",
                [ErrorDetail(location="Host (header)", problem="is not a name of this endpoint")],
            )
            return
        await self.app(scope, receive, send)


class QueryLimitMiddleware:
    """Refuse a query string over `max_bytes` (414) or with over `max_params` parameters (422)
    before anything parses it, so a flood of parameters costs the server nothing."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_params: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_params = max_params

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if len(query) > self.max_bytes:
            await _send_error(
                scope, receive, send, 414, "query_too_long",
                f"The query string is longer than {self.max_bytes} bytes.",
                [ErrorDetail(location="query string", problem="is too long")],
            )
            return
        if query.count(b"&") >= self.max_params and (
            sum(1 for part in query.split(b"&") if part) > self.max_params
        ):
            await _send_error(
                scope, receive, send, 422, "too_many_parameters",
                f"The request has more than {self.max_params} query parameters.",
                [ErrorDetail(location="query string", problem="has too many parameters")],
            )
            return
        await self.app(scope, receive, send)


class PublicReadLimitMiddleware:
    """Rate-limit unauthenticated reads (GET and HEAD) per client address.

    Reads under `/contributors/me` are left to the per-token limit. Unknown paths count too,
    so scanning is limited as well.
    """

    def __init__(
        self, app: ASGIApp, limiter: RateLimiter, trusted_proxies: Sequence[Network]
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.trusted_proxies = trusted_proxies
        self.exempt = f"{API_PREFIX}/contributors/me"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") not in {"GET", "HEAD"}
            or self.limiter.per_minute <= 0
            or str(scope.get("path", "")).startswith(self.exempt)
        ):
            await self.app(scope, receive, send)
            return
        try:
            # The count is a database round trip: off the event loop, like every store call.
            await run_in_threadpool(
                self.limiter.check, f"read:{client_address(scope, self.trusted_proxies)}"
            )
        except ApiError as exc:
            await _send_error(
                scope, receive, send, exc.status, exc.code, exc.message, exc.details, exc.headers
            )
            return
        await self.app(scope, receive, send)


class BodyLimitMiddleware:
    """Refuse request bodies over `max_bytes` with 413, before anything parses them.

    A declared Content-Length that is too large is refused at once; a chunked body is counted
    as it arrives. Small oversize bodies are read to the end before answering, so an ordinary
    HTTP client sees the 413 instead of a connection reset.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.drain_limit = max(4 * max_bytes, 4 * 1024 * 1024)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.lower(): value for key, value in scope.get("headers", [])}
        declared_raw = headers.get(b"content-length")
        chunked = b"transfer-encoding" in headers
        try:
            declared = int(declared_raw) if declared_raw is not None else None
        except ValueError:
            declared = None
        if declared is not None and declared > self.max_bytes:
            if declared <= self.drain_limit:
                await self._drain(receive)
            await self._reject(send)
            return
        if not chunked:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                if message.get("more_body", False):
                    await self._drain(receive, already=size)
                await self._reject(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replay: list[Message] = [
            {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        ]

        async def replay_receive() -> Message:
            if replay:
                return replay.pop()
            return await receive()

        await self.app(scope, replay_receive, send)

    async def _drain(self, receive: Receive, already: int = 0) -> None:
        size = already
        while size <= self.drain_limit:
            message = await receive()
            if message["type"] != "http.request":
                return
            size += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _reject(self, send: Send) -> None:
        body = (
            ErrorResponse(
                error=ErrorInfo(
                    code="payload_too_large",
                    message=f"The request body is larger than {self.max_bytes} bytes. "
                    "Send fewer items per batch. Nothing was stored.",
                )
            )
            .model_dump_json()
            .encode()
        )
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class AccessLogMiddleware:
    """Log method, path and status only: no query string, no headers, no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        started = time.perf_counter()

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            access_log.info(
                "%s %s %d %.1fms",
                log_safe(str(scope.get("method", "-")), 20),
                log_safe(str(scope.get("path", "-"))),
                status,
                (time.perf_counter() - started) * 1000,
            )


# --- per-app context ----------------------------------------------------------------------


@dataclass
class AppContext:
    store: Store
    limiter: RateLimiter
    registrations: RateLimiter
    today: Callable[[], date]
    now: Callable[[], datetime]
    trusted_proxies: tuple[Network, ...] = field(default=())
    publisher: Publisher | None = None


def get_context(request: Request) -> AppContext:
    context = request.app.state.context
    assert isinstance(context, AppContext)
    return context


Ctx = Annotated[AppContext, Depends(get_context)]

bearer = HTTPBearer(
    auto_error=False,
    bearerFormat="opaque",
    description="The token returned by POST /v1/contributors.",
)


def hash_token(token: str) -> str:
    """What the store keeps instead of the token: its SHA-256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def current_contributor(
    context: Ctx,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """Resolve the bearer token to a contributor id, after the per-token rate limit."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise ApiError(
            401,
            "missing_token",
            "Send the contributor token as 'Authorization: Bearer <token>'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token_hash = hash_token(credentials.credentials)
    context.limiter.check(token_hash)
    contributor_id = context.store.contributor_for_token(token_hash)
    if contributor_id is None:
        raise ApiError(
            401,
            "invalid_token",
            "This token is not known. It may have been withdrawn; register again to take part.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return contributor_id


ContributorId = Annotated[str, Depends(current_contributor)]


# --- conditional GET ----------------------------------------------------------------------


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _etag_matches(header: str, etag: str) -> bool:
    for candidate in header.split(","):
        candidate = candidate.strip()
        if candidate == "*":
            return True
        if candidate.startswith("W/"):
            candidate = candidate[2:]
        if candidate == etag:
            return True
    return False


def conditional_json(
    request: Request,
    model: BaseModel | bytes,
    last_modified: datetime | None,
    *,
    cache_control: str = "no-cache",
) -> Response:
    """Answer with `model` as JSON, or 304 when the client's copy is still current.

    The ETag is a hash of the exact bytes, so it is always right. If-None-Match wins over
    If-Modified-Since (RFC 9110); Last-Modified has one-second resolution, so clients should
    prefer the ETag.
    """
    body = model if isinstance(model, bytes) else model.model_dump_json().encode("utf-8")
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": cache_control}
    if last_modified is not None:
        headers["Last-Modified"] = _http_date(last_modified)
    if_none_match = request.headers.get("if-none-match")
    if_modified_since = request.headers.get("if-modified-since")
    not_modified = False
    if if_none_match is not None:
        not_modified = _etag_matches(if_none_match, etag)
    elif if_modified_since is not None and last_modified is not None:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            since = None
        if since is not None and since.tzinfo is not None:
            not_modified = last_modified.replace(microsecond=0) <= since
    if not_modified:
        return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)


def _canonical_borough(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    wanted = value.strip().casefold()
    for borough in LONDON_BOROUGHS:
        if borough.casefold() == wanted:
            return borough
    raise ApiError(
        422,
        "unknown_borough",
        f"{value!r} is not a London borough. Use a name such as 'Hackney' or 'Tower Hamlets'.",
        details=[
            ErrorDetail(location="borough (query parameter)", problem="is not a London borough")
        ],
    )


# --- routes -------------------------------------------------------------------------------

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in {
        400: "Malformed JSON",
        401: "Missing or unknown token",
        413: "Request body too large",
        422: "The request did not validate; nothing was stored",
        429: "Rate limit exceeded (see Retry-After)",
    }.items()
}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: _ERRORS[status] for status in statuses}


_NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified (If-None-Match / If-Modified-Since matched)"}
}

router = APIRouter(prefix=API_PREFIX)


@router.get("/health", response_model=HealthStatus, tags=["meta"])
def health(context: Ctx) -> HealthStatus:
    """Readiness: the app is up and its database answers."""
    try:
        context.store.ping()
    except SQLAlchemyError as exc:
        raise ApiError(503, "database_unavailable", "The database is not answering.") from exc
    return HealthStatus(status="ok", protocol_version=PROTOCOL_VERSION)


@router.post(
    "/contributors",
    status_code=201,
    response_model=ContributorCreated,
    responses=_errors(400, 422, 429),
    tags=["contributors"],
)
def register(
    request: Request,
    context: Ctx,
    _body: Annotated[ContributorRequest | None, Body()] = None,
) -> ContributorCreated:
    """Create a pseudonymous contributor. Takes no input: no name, no NHS number, nothing.

    The body may be absent or `{}`; any field in it is refused (422).
    """
    context.registrations.check(f"address:{client_address(request.scope, context.trusted_proxies)}")
    contributor_id = str(uuid.uuid4())
    token = secrets.token_urlsafe(32)
    context.store.create_contributor(contributor_id, hash_token(token), context.now())
    return ContributorCreated(contributor_id=contributor_id, token=token)


def _check_references(context: AppContext, items: Sequence[Contribution]) -> None:
    """Survey answers must name a real survey, question and option, and may carry free text
    only where the question invites it (`allow_text`); otherwise the whole batch fails.

    Service ids in feedback are not checked: the directory may drop a service while a person
    is offline, and their outbox must still drain. An outcome's category must be a taxonomy
    code the directory uses: a category is a short word from a closed list, and anything
    else is where identifying text could creep in.
    """
    _check_categories(context, items)
    answers = [
        (i, item.body) for i, item in enumerate(items) if isinstance(item.body, SurveyAnswer)
    ]
    if not answers:
        return
    index = context.store.survey_index()
    details = []
    for i, answer in answers:
        assert isinstance(answer, SurveyAnswer)
        where = f"items[{i}].body"
        questions = index.get(answer.survey_id)
        if questions is None:
            details.append(
                ErrorDetail(location=f"{where}.survey_id", problem="is not a known survey")
            )
        elif answer.question_id not in questions:
            details.append(
                ErrorDetail(
                    location=f"{where}.question_id", problem="is not a question of this survey"
                )
            )
        else:
            rules = questions[answer.question_id]
            if answer.option_id is not None and answer.option_id not in rules.options:
                details.append(
                    ErrorDetail(
                        location=f"{where}.option_id", problem="is not an option of this question"
                    )
                )
            if answer.text is not None and not rules.allow_text:
                # Unasked-for free text is where identifying details creep in: refuse it.
                details.append(
                    ErrorDetail(location=f"{where}.text", problem="is not invited by this question")
                )
    if details:
        raise ApiError(422, "unknown_reference", _summary(details), details=details)


def _check_categories(context: AppContext, items: Sequence[Contribution]) -> None:
    outcomes = [
        (i, item.body) for i, item in enumerate(items) if isinstance(item.body, OutcomeReport)
    ]
    if not outcomes:
        return
    known = context.store.category_codes()
    details = [
        ErrorDetail(location=f"items[{i}].body.category",
                    problem="is not a category of the directory")
        for i, body in outcomes
        if isinstance(body, OutcomeReport) and body.category not in known
    ]
    if details:
        raise ApiError(422, "unknown_reference", _summary(details), details=details)


@router.post(
    "/contributions",
    response_model=BatchResult,
    responses=_errors(400, 401, 413, 422, 429),
    tags=["contributions"],
)
def post_contributions(
    batch: ContributionBatch, contributor_id: ContributorId, context: Ctx
) -> BatchResult:
    """Store a batch of contributions in one transaction.

    Each item's `id` is its idempotency key: an id already stored (by an earlier attempt, or
    earlier in the same batch) is reported as `duplicate` and not stored again, so a client
    can always retry a batch whose answer it never saw.
    """
    _check_references(context, batch.items)
    seen: set[uuid.UUID] = set()
    first_time: list[Contribution] = []
    for item in batch.items:
        if item.id not in seen:
            seen.add(item.id)
            first_time.append(item)
    try:
        inserted = context.store.add_contributions(contributor_id, first_time, context.now())
    except ContributorGoneError as exc:
        raise ApiError(401, "invalid_token", "This contributor has been withdrawn.") from exc
    results: list[ItemResult] = []
    reported: set[uuid.UUID] = set()
    for item in batch.items:
        is_new = str(item.id) in inserted and item.id not in reported
        reported.add(item.id)
        results.append(ItemResult(id=item.id, status="accepted" if is_new else "duplicate"))
    accepted = sum(result.status == "accepted" for result in results)
    return BatchResult(accepted=accepted, duplicate=len(results) - accepted, items=results)


@router.get(
    "/contributors/me/contributions",
    response_model=ContributionList,
    responses=_errors(401, 429),
    tags=["contributors"],
)
def my_contributions(contributor_id: ContributorId, context: Ctx) -> Response:
    """The ledger of what this token has sent: ids, kinds and times, never the contents."""
    records = [
        ContributionRecord.model_validate(row)
        for row in context.store.list_contributions(contributor_id)
    ]
    body = ContributionList(contributor_id=contributor_id, items=records)
    return Response(
        content=body.model_dump_json(),
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


@router.delete(
    "/contributors/me",
    response_model=WithdrawalResult,
    responses=_errors(401, 429),
    tags=["contributors"],
)
def withdraw(contributor_id: ContributorId, context: Ctx) -> WithdrawalResult:
    """Withdraw: delete this contributor and everything it sent. The token stops working."""
    deleted = context.store.withdraw(contributor_id, context.now())
    return WithdrawalResult(deleted_contributions=deleted)


@router.get(
    "/surveys",
    response_model=SurveyList,
    responses=_NOT_MODIFIED,
    tags=["consultations"],
)
def open_surveys(request: Request, context: Ctx) -> Response:
    """Consultations still open today (public)."""
    documents = context.store.list_surveys(open_on=context.today())
    body = SurveyList(surveys=[Survey.model_validate(doc) for doc in documents])
    return conditional_json(request, body, context.store.surveys_last_modified())


@router.get(
    "/responses",
    response_model=ConsultationResponseList,
    responses=_NOT_MODIFIED,
    tags=["consultations"],
)
def consultation_responses(request: Request, context: Ctx) -> Response:
    """"You said, we did": what organisations did after their consultations closed (public)."""
    documents, last_modified = context.store.consultation_responses()
    body = ConsultationResponseList(
        responses=[ConsultationResponse.model_validate(doc) for doc in documents])
    return conditional_json(request, body, last_modified)


@router.get(
    "/directory/services",
    response_model=ServicePage,
    responses={**_NOT_MODIFIED, **_errors(422)},
    tags=["directory"],
)
def directory_services(
    request: Request,
    context: Ctx,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")] = 1,
    per_page: Annotated[int, Query(ge=1, le=200, description="Services per page")] = 50,
    modified_after: Annotated[
        datetime | None,
        Query(description="Only services changed after this ISO 8601 time (UTC if no zone)"),
    ] = None,
    borough: Annotated[str | None, Query(max_length=40, description="London borough")] = None,
    q: Annotated[
        str | None,
        # No control characters: PostgreSQL refuses a NUL in text (that was a 500).
        Query(max_length=100, pattern=r"^[^\x00-\x1f\x7f]*$", description="Words to look for"),
    ] = None,
) -> Response:
    """The community-services directory, paged in the Open Referral UK shape (public)."""
    canonical = _canonical_borough(borough)
    if modified_after is not None:
        if modified_after.tzinfo is None:
            modified_after = modified_after.replace(tzinfo=UTC)
        try:
            modified_after = modified_after.astimezone(UTC)
        except OverflowError:  # e.g. 9999-12-31T23:59:59-05:00 is past the last UTC moment
            detail = ErrorDetail(location="modified_after (query parameter)",
                                 problem="is too far in the past or future")
            raise ApiError(422, "invalid_request", _summary([detail], stored_nothing=False),
                           details=[detail]) from None
    total, documents = context.store.query_services(
        page=page,
        per_page=per_page,
        modified_after=modified_after,
        borough=canonical,
        q=q.strip() if q else None,
    )
    total_pages = math.ceil(total / per_page)
    contents = [Service.model_validate(doc) for doc in documents]
    body = ServicePage(
        total_items=total,
        total_pages=total_pages,
        page_number=page,
        size=len(contents),
        first_page=page == 1,
        last_page=page >= total_pages,
        empty=not contents,
        contents=contents,
    )
    return conditional_json(request, body, context.store.services_last_modified())


@router.get(
    "/results",
    response_model=Results,
    responses={**_NOT_MODIFIED, **_errors(422)},
    tags=["results"],
)
def results(
    request: Request,
    context: Ctx,
    borough: Annotated[str | None, Query(max_length=40, description="London borough")] = None,
) -> Response:
    """Published aggregates (public): counts and means with small-number suppression.

    Published in steps (a day by default), every view at once: see endpoint/publishing.py."""
    assert context.publisher is not None
    published = context.publisher.view(_canonical_borough(borough))
    return conditional_json(request, published.body, published.data_as_of)


# --- factory ------------------------------------------------------------------------------


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
    app.include_router(router)
    _add_console(app, store)
    app.add_exception_handler(ApiError, _api_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(Exception, _unexpected_error_handler)
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
        from endpoint import console
        from endpoint.operators import Operators
    except ImportError as exc:  # pragma: no cover - the endpoint extra brings both
        logging.getLogger("endpoint").warning("no operator console: %s is missing", exc.name)
        return
    app.state.operators = Operators(store)
    app.include_router(console.router)

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, console._Refused)
        return console.refused_page(request, exc)

    app.add_exception_handler(console._Refused, refused)


def openapi_json() -> str:
    """The OpenAPI document as committed in docs/openapi.json (stable formatting)."""
    app = create_app("sqlite://", seed=False)
    try:
        return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
    finally:
        app.state.context.store.dispose()
