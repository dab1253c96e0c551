"""What the routers share: the per-app context, the contributor behind a bearer token, the
conditional GET every public read answers with, and the error declarations of the OpenAPI
document.

Each app built by `endpoint.app.create_app` keeps its own context in `app.state`, so several
apps can run side by side in one process (tests do); the routers reach it only through the
`Ctx` dependency, and never import the app factory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from endpoint.errors import ApiError
from endpoint.limits import Network, RateLimiter
from endpoint.publishing import Publisher
from endpoint.store import Store
from sync.protocol import LONDON_BOROUGHS, ErrorDetail, ErrorResponse

__all__ = [
    "NOT_MODIFIED",
    "AppContext",
    "ContributorId",
    "Ctx",
    "canonical_borough",
    "conditional_json",
    "current_contributor",
    "error_responses",
    "get_context",
    "hash_token",
]

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


def canonical_borough(value: str | None) -> str | None:
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


# --- what the OpenAPI document says a route may answer ------------------------------------

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


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: _ERRORS[status] for status in statuses}


NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified (If-None-Match / If-Modified-Since matched)"}
}
