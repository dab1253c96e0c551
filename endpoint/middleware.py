"""ASGI middleware: the refusals made before any route runs, and the access log.

A Host that is not ours, an over-long query, a flood of public reads and an oversized body
are refused here, before anything parses them, so they cost the server next to nothing; the
access log sits outermost so that every answer, refusals included, is logged (method, path and
status only: contribution contents never reach a log).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from endpoint.errors import ApiError, error_response
from endpoint.limits import Network, RateLimiter, client_address
from sync.protocol import API_PREFIX, ErrorDetail, ErrorInfo, ErrorResponse

__all__ = [
    "AccessLogMiddleware",
    "BodyLimitMiddleware",
    "HostCheckMiddleware",
    "PublicReadLimitMiddleware",
    "QueryLimitMiddleware",
    "log_safe",
]

MAX_LOGGED_PATH = 200
"""Longest path written to the access log, after escaping."""

access_log = logging.getLogger("endpoint.access")


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
