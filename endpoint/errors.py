"""The endpoint's one error shape, in one place.

Every refusal, whether raised by a route (`ApiError`), by FastAPI's own validation, by Starlette
(404, 405) or by a bug, leaves as `{"error": {"code": ..., "message": ..., "details": [...]}}`
(`sync.protocol.ErrorResponse`), and validation errors name where the problem is without
echoing what was sent. The routers raise these errors, the middleware answers with them and the
app factory installs the handlers, so they live apart from all three.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import ErrorDetail, ErrorInfo, ErrorResponse

__all__ = [
    "ApiError",
    "api_error_handler",
    "error_response",
    "http_error_handler",
    "summary",
    "unexpected_error_handler",
    "validation_error_handler",
]


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


def summary(details: Sequence[ErrorDetail], *, stored_nothing: bool = True) -> str:
    first = details[0]
    more = len(details) - 1
    tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
    ending = " Nothing was stored." if stored_nothing else ""
    return f"The request was not accepted: {first.location} {first.problem}{tail}.{ending}"


async def api_error_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


async def validation_error_handler(_request: Request, exc: Exception) -> Response:
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
        422, "invalid_request", summary(details, stored_nothing=in_body), details
    )


async def http_error_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code, message = _STATUS_CODES.get(exc.status_code, ("http_error", "The request failed."))
    return error_response(exc.status_code, code, message, headers=exc.headers)


async def unexpected_error_handler(_request: Request, _exc: Exception) -> Response:
    # The exception is logged by the server without the request body; say nothing more here.
    return error_response(500, "internal_error", "Something went wrong on the endpoint.")
