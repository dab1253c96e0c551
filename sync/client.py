"""HTTP client for the participation endpoint: timeouts, retries with backoff, TLS verified.

There is no way to turn certificate checks off: `verify` is never passed, so requests always
verifies against its CA bundle. Plain http is accepted only for loopback addresses (the local
reference endpoint); anything else must be https. Every reply is validated with the protocol
models before the caller sees it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError

from sync.errors import BadEndpointUrl, BadReply, Offline, ServerRefused
from sync.protocol import (
    API_PREFIX,
    BatchResult,
    Contribution,
    ContributionBatch,
    ContributorCreated,
    ErrorResponse,
    Results,
    ServicePage,
    SurveyList,
    WithdrawalResult,
)

M = TypeVar("M", bound=BaseModel)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
RETRY_STATUS = {429, 500, 502, 503, 504}


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    secure = parts.scheme == "https" and bool(host)
    local = parts.scheme == "http" and (host in LOOPBACK or host.startswith("127."))
    if not (secure or local):
        raise BadEndpointUrl(
            "The endpoint address must start with https:// "
            "(http:// only for this computer, e.g. http://127.0.0.1:8765)."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise BadEndpointUrl("The endpoint address cannot contain ?, # or a user name.")
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class Cached:
    """A conditional GET's answer: `model` is None when the server said 304 Not Modified."""

    model: Any
    etag: str | None
    last_modified: str | None


class EndpointClient:
    """One endpoint. `sleep` and `session` are injectable so tests can count and not wait."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: tuple[float, float] = (3.05, 15.0),
        retries: int = 4,
        backoff: float = 0.5,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = check_url(base_url)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = "health-planner/1"
        self.http.trust_env = False  # no proxy or netrc surprises carrying tokens elsewhere
        self._sleep = sleep

    def close(self) -> None:
        self.http.close()

    # -- transport ----------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json_body: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        url = f"{self.base_url}{API_PREFIX}{path}"
        sent_headers = dict(headers or {})
        if token:
            sent_headers["Authorization"] = f"Bearer {token}"
        if json_body is not None:
            sent_headers["Content-Type"] = "application/json"
        delay = self.backoff
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                reply = self.http.request(
                    method,
                    url,
                    data=json_body,
                    headers=sent_headers,
                    timeout=self.timeout,
                    allow_redirects=False,
                )
            except requests.exceptions.SSLError:
                raise Offline(
                    "The endpoint's security certificate could not be checked, so nothing was sent."
                ) from None
            except (requests.ConnectionError, requests.Timeout):
                if last:
                    raise Offline(
                        "Could not reach the participation server. Your "
                        "contributions are kept and will be sent later."
                    ) from None
                self._sleep(delay)
                delay *= 2
                continue
            if reply.status_code in RETRY_STATUS and not last:
                self._sleep(self._retry_after(reply, delay))
                delay *= 2
                continue
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _retry_after(reply: requests.Response, default: float) -> float:
        try:
            return min(60.0, max(default, float(reply.headers.get("Retry-After", default))))
        except ValueError:
            return default

    @staticmethod
    def _parse(reply: requests.Response, model: type[M]) -> M:
        if reply.status_code >= 400:
            message = f"The participation server said no (error {reply.status_code})."
            with contextlib.suppress(ValidationError):
                message = ErrorResponse.model_validate_json(reply.content).error.message
            if reply.status_code >= 500:
                raise Offline(
                    "The participation server has a problem. Your contributions "
                    "are kept and will be sent later."
                )
            raise ServerRefused(message, reply.status_code)
        try:
            return model.model_validate_json(reply.content)
        except ValidationError:
            raise BadReply(
                "The participation server sent a reply this app does not "
                "understand. Nothing from it was saved."
            ) from None

    def _conditional(
        self, path: str, model: type[M], etag: str | None, last_modified: str | None
    ) -> Cached:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        reply = self._request("GET", path, headers=headers)
        if reply.status_code == 304:
            return Cached(None, etag, last_modified)
        return Cached(
            self._parse(reply, model), reply.headers.get("ETag"), reply.headers.get("Last-Modified")
        )

    # -- the API --------------------------------------------------------------------------

    def register(self) -> ContributorCreated:
        return self._parse(
            self._request("POST", "/contributors", json_body="{}"), ContributorCreated
        )

    def send(self, token: str, items: list[Contribution]) -> BatchResult:
        body = ContributionBatch(items=items).model_dump_json()
        result = self._parse(
            self._request("POST", "/contributions", token=token, json_body=body), BatchResult
        )
        if {i.id for i in result.items} != {i.id for i in items}:
            raise BadReply("The participation server's reply did not match what was sent.")
        return result

    def withdraw(self, token: str) -> WithdrawalResult:
        return self._parse(
            self._request("DELETE", "/contributors/me", token=token), WithdrawalResult
        )

    def surveys(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        return self._conditional("/surveys", SurveyList, etag, last_modified)

    def results(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        return self._conditional("/results", Results, etag, last_modified)

    def directory_page(
        self,
        page: int,
        *,
        per_page: int = 100,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Cached:
        """One page of the directory; page 1 with the stored ETag answers 304 when nothing
        changed, so a daily sync costs one small request."""
        return self._conditional(
            f"/directory/services?page={page}&per_page={per_page}", ServicePage, etag, last_modified
        )
