"""HTTP client for the participation endpoint: timeouts, retries with backoff, TLS verified.

There is no way to turn certificate checks off: `verify` is never passed, so requests always
verifies against its CA bundle. Plain http is accepted only for literal loopback addresses (the
local reference endpoint); anything else must be https. Every reply is validated with the
protocol models before the caller sees it.

The client trusts no server (issue #21): each reply is read in pieces up to a size cap for its
endpoint (`CAPS`), and never past the client's overall deadline, which also bounds every wait,
`Retry-After` included (capped at `MAX_RETRY_AFTER`); requests' own read timeout restarts on
every byte, so a server trickling a byte at a time would otherwise hold a sync for ever (a
timer cuts the socket of a request whose headers trickle past the deadline). A reply cut
short is reported as such. Server text is cleaned (`sync.untrusted`) as the reply
becomes a model. One client serves one sync run: its deadline counts from its creation.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
import urllib3
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from sync.errors import BadEndpointUrl, BadReply, Offline, ServerRefused, SyncError
from sync.protocol import (
    API_PREFIX,
    AssistedCodeRequest,
    AssistedSessionGranted,
    BatchResult,
    BudgetRoundList,
    CommitmentList,
    ConsultationResponseList,
    Contribution,
    ContributionBatch,
    ContributorCreated,
    DeliberationResults,
    ErrorResponse,
    PanelInvitations,
    PanelJoined,
    PanelMembership,
    Results,
    ServicePage,
    SurveyList,
    WithdrawalResult,
)
from sync.untrusted import UNTRUSTED

M = TypeVar("M", bound=BaseModel)
RETRY_STATUS = {429, 500, 502, 503, 504}

KIB = 1024
MIB = 1024 * KIB
CAPS: dict[str, int] = {
    "error": 64 * KIB,
    "register": 16 * KIB,
    "send": 256 * KIB,  # 500 ids with their status
    "withdraw": 16 * KIB,
    "surveys": 2 * MIB,
    "responses": 1 * MIB,  # "you said, we did"
    "budgets": 2 * MIB,  # participatory budgeting rounds
    "commitments": 2 * MIB,  # their milestones and dated updates
    "assisted": 16 * KIB,
    "results": 8 * MIB,
    "shift": 256 * KIB,  # one deliberative consultation's before/after figures
    "directory": 2 * MIB,  # one page; the whole directory is capped in sync.engine
    "panel": 64 * KIB,  # a membership's bands, or up to 500 invited consultation ids
}
"""The largest reply read from each endpoint, in bytes; anything longer is refused unread."""

DEFAULT_DEADLINE = 120.0
"""Seconds one sync run (one client) may take in all, waits and slow replies included."""

MAX_RETRY_AFTER = 30.0
"""The longest `Retry-After` honoured, in seconds; it still counts against the deadline."""

_CHUNK = 64 * KIB
_SLOW = (
    "The participation server is too slow, so this sync stopped. Your contributions "
    "are kept and will be sent later."
)
_CUT_SHORT = (
    "The participation server's reply was cut short, so nothing from it was saved. "
    "Your contributions are kept and will be sent later."
)


def _loopback(host: str) -> bool:
    """`localhost`, or an IP literal in 127.0.0.0/8 or ::1; never a name like 127.evil.example."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    try:
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise BadEndpointUrl("The endpoint address is not a web address.") from None
    secure = parts.scheme == "https" and bool(host)
    local = parts.scheme == "http" and _loopback(host)
    if not (secure or local):
        raise BadEndpointUrl(
            "The endpoint address must start with https:// "
            "(http:// only for this computer, e.g. http://127.0.0.1:8765)."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise BadEndpointUrl("The endpoint address cannot contain ?, # or a user name.")
    return url.strip().rstrip("/")


class _Watch(threading.local):
    """Where a request on this thread notes the socket it waits on, so a timer can cut it at
    the deadline: requests' read timeout restarts with every byte, headers included."""

    box: list[socket.socket] | None = None


_WATCH = _Watch()


class _WatchedHTTP(HTTPConnection):
    def getresponse(self) -> Any:
        if _WATCH.box is not None and self.sock is not None:
            _WATCH.box.append(self.sock)
        return super().getresponse()


class _WatchedHTTPS(HTTPSConnection):
    def getresponse(self) -> Any:
        if _WATCH.box is not None and self.sock is not None:
            _WATCH.box.append(self.sock)
        return super().getresponse()


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTP


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPS


class _Adapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}


def _cut(box: list[socket.socket]) -> None:
    for sock in box:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class Cached:
    """A conditional GET's answer: `model` is None when the server said 304 Not Modified."""

    model: Any
    etag: str | None
    last_modified: str | None
    size: int = 0  # bytes read for it (the directory's total is capped in sync.engine)


class EndpointClient:
    """One endpoint, for one sync run. `sleep`, `clock` and `session` are injectable so tests
    can count and not wait; `deadline` is the run's whole budget in seconds (by default
    `DEFAULT_DEADLINE`, read when the client is made)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: tuple[float, float] = (3.05, 15.0),
        retries: int = 4,
        backoff: float = 0.5,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        deadline: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = check_url(base_url)
        self.api_prefix = API_PREFIX  # a directory feed (sync.feeds) has none
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = "health-planner/1"
        self.http.trust_env = False  # no proxy or netrc surprises carrying tokens elsewhere
        self.http.stream = True  # bodies are read by `_read`, in pieces, under a cap
        if isinstance(self.http, requests.Session):
            for scheme in ("https://", "http://"):
                self.http.mount(scheme, _Adapter())
        self._sleep = sleep
        self._clock = clock
        self.ends_at = clock() + (DEFAULT_DEADLINE if deadline is None else deadline)

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
        url = f"{self.base_url}{self.api_prefix}{path}"
        sent_headers = dict(headers or {})
        if token:
            sent_headers["Authorization"] = f"Bearer {token}"
        if json_body is not None:
            sent_headers["Content-Type"] = "application/json"
        delay = self.backoff
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            left = self._left()
            box: list[socket.socket] = []
            _WATCH.box = box
            timer = threading.Timer(left, _cut, (box,))  # headers trickled past the deadline
            timer.daemon = True
            timer.start()
            try:
                reply = self.http.request(
                    method,
                    url,
                    data=json_body,
                    headers=sent_headers,
                    timeout=(min(self.timeout[0], left), min(self.timeout[1], left)),
                    allow_redirects=False,
                )
            except requests.exceptions.SSLError:
                raise Offline(
                    "The endpoint's security certificate could not be checked, so nothing was sent."
                ) from None
            except (requests.ConnectionError, requests.Timeout):
                self._left()  # past the deadline, the server was too slow, not unreachable
                if last:
                    raise Offline(
                        "Could not reach the participation server. Your "
                        "contributions are kept and will be sent later."
                    ) from None
                self._wait(delay)
                delay *= 2
                continue
            finally:
                timer.cancel()
                _WATCH.box = None
            if reply.status_code in RETRY_STATUS and not last:
                _close(reply)  # its body is not read: the connection is not reused
                self._wait(self._retry_after(reply, delay))
                delay *= 2
                continue
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    def _left(self) -> float:
        """Seconds left of this run's deadline; past it, no request starts."""
        left = self.ends_at - self._clock()
        if left <= 0:
            raise Offline(_SLOW)
        return left

    def _wait(self, seconds: float) -> None:
        if self._clock() + seconds >= self.ends_at:
            raise Offline(
                "The participation server asked this app to wait longer than a sync may "
                "take. Your contributions are kept and will be sent later."
            )
        self._sleep(seconds)

    @staticmethod
    def _retry_after(reply: requests.Response, default: float) -> float:
        try:
            asked = float(reply.headers.get("Retry-After", default))
        except ValueError:
            return default  # an HTTP date, or nonsense: our own backoff
        return min(MAX_RETRY_AFTER, max(default, asked)) if math.isfinite(asked) else default

    @staticmethod
    def _read(
        reply: requests.Response,
        cap: int,
        ends_at: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        read_timeout: float = math.inf,
    ) -> bytes:
        """The body, read piece by piece: refused beyond `cap` bytes (after decompression)
        or once `ends_at` passes, and reported plainly when the server cuts it short. Each
        receive waits at most `read_timeout`, and never past `ends_at`."""
        raw = reply.raw
        if raw is None:  # a reply made in memory (tests): already whole
            whole = reply.content or b""
            if len(whole) > cap:
                raise BadReply(_too_big(cap))
            return whole
        try:
            declared = int(reply.headers.get("Content-Length") or 0)
        except ValueError:
            declared = 0
        body = bytearray()
        read = getattr(raw, "read1", raw.read)  # read1: whatever one receive brought
        try:
            if declared > cap:
                raise BadReply(_too_big(cap))
            while True:
                if ends_at is not None:
                    left = ends_at - clock()
                    if left <= 0:
                        raise Offline(_SLOW)
                    with contextlib.suppress(AttributeError, OSError):
                        raw.connection.sock.settimeout(min(left, read_timeout))
                piece = read(_CHUNK)
                if not piece:
                    break
                body += piece
                if len(body) > cap:
                    raise BadReply(_too_big(cap))
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            raise Offline(_SLOW) from None
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError):
            raise BadReply(_CUT_SHORT) from None
        finally:
            _close(reply)
        return bytes(body)

    @staticmethod
    def _parse(
        reply: requests.Response,
        model: type[M],
        *,
        cap: int = CAPS["results"],
        ends_at: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        read_timeout: float = math.inf,
    ) -> M:
        return EndpointClient._parse_sized(reply, model, cap, ends_at, clock, read_timeout)[0]

    @staticmethod
    def _parse_sized(
        reply: requests.Response,
        model: type[M],
        cap: int,
        ends_at: float | None,
        clock: Callable[[], float],
        read_timeout: float,
    ) -> tuple[M, int]:
        status = reply.status_code
        if status >= 500:
            _close(reply)
            raise Offline(
                "The participation server has a problem. Your contributions "
                "are kept and will be sent later."
            )
        if status >= 400:
            message = f"The participation server said no (error {status})."
            # An error body too long, too slow or cut short still gets the plain sentence.
            with contextlib.suppress(SyncError, ValidationError):
                body = EndpointClient._read(reply, CAPS["error"], ends_at, clock, read_timeout)
                said = ErrorResponse.model_validate_json(body, context=UNTRUSTED).error.message
                if said:
                    message = f"The participation server said no (error {status}): {said}"
            _close(reply)
            raise ServerRefused(message, status)
        body = EndpointClient._read(reply, cap, ends_at, clock, read_timeout)
        try:
            return model.model_validate_json(body, context=UNTRUSTED), len(body)
        except ValidationError:
            # Truncated JSON is most often a reply cut short on its way.
            declared = reply.headers.get("Content-Length")
            short = declared is not None and declared.isdigit() and int(declared) > len(body)
            raise BadReply(
                _CUT_SHORT
                if short
                else "The participation server sent a reply this app does not "
                "understand. Nothing from it was saved."
            ) from None

    def _answer(self, reply: requests.Response, model: type[M], kind: str) -> tuple[M, int]:
        return self._parse_sized(
            reply, model, CAPS[kind], self.ends_at, self._clock, self.timeout[1]
        )

    def _conditional(
        self, path: str, model: type[M], kind: str, etag: str | None, last_modified: str | None
    ) -> Cached:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        reply = self._request("GET", path, headers=headers)
        if reply.status_code == 304:
            _close(reply)
            return Cached(None, etag, last_modified)
        parsed, size = self._answer(reply, model, kind)
        return Cached(
            parsed,
            _header(reply, "ETag"),
            _header(reply, "Last-Modified"),
            size,
        )

    # -- the API --------------------------------------------------------------------------

    def register(self) -> ContributorCreated:
        return self._answer(
            self._request("POST", "/contributors", json_body="{}"), ContributorCreated, "register"
        )[0]

    def send(self, token: str, items: list[Contribution]) -> BatchResult:
        body = ContributionBatch(items=items).model_dump_json()
        result = self._answer(
            self._request("POST", "/contributions", token=token, json_body=body),
            BatchResult,
            "send",
        )[0]
        if {i.id for i in result.items} != {i.id for i in items}:
            raise BadReply("The participation server's reply did not match what was sent.")
        return result

    def withdraw(self, token: str) -> WithdrawalResult:
        return self._answer(
            self._request("DELETE", "/contributors/me", token=token), WithdrawalResult, "withdraw"
        )[0]

    def panel_join(self, token: str, member: PanelMembership) -> PanelJoined:
        body = member.model_dump_json()
        return self._answer(self._request("PUT", "/panel/membership", token=token,
                                          json_body=body), PanelJoined, "panel")[0]

    def panel_invitations(self, token: str) -> PanelInvitations:
        return self._answer(self._request("GET", "/panel/invitations", token=token),
                            PanelInvitations, "panel")[0]

    def surveys(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        return self._conditional("/surveys", SurveyList, "surveys", etag, last_modified)

    def responses(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        """Published "you said, we did" responses (public, conditional like `surveys`)."""
        return self._conditional(
            "/responses", ConsultationResponseList, "responses", etag, last_modified
        )

    def budgets(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        """Budget rounds open today and closed ones with their outcome (public)."""
        return self._conditional("/budgets", BudgetRoundList, "budgets", etag, last_modified)
    def commitments(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        """"You said, we did" commitments with milestones and updates (public, conditional)."""
        return self._conditional(
            "/commitments", CommitmentList, "commitments", etag, last_modified
        )

    def start_assisted(self, code: str) -> AssistedSessionGranted:
        """Spend a helper's one-time code; the request carries the code and nothing else."""
        body = AssistedCodeRequest(code=code).model_dump_json()
        return self._answer(
            self._request("POST", "/assisted-sessions", json_body=body),
            AssistedSessionGranted,
            "assisted",
        )[0]

    def results(self, etag: str | None = None, last_modified: str | None = None) -> Cached:
        return self._conditional("/results", Results, "results", etag, last_modified)

    def shift(self, survey_id: str) -> Cached:
        """A deliberative consultation's published before/after figures (public)."""
        return self._conditional(
            f"/surveys/{quote(survey_id, safe='')}/shift", DeliberationResults, "shift", None, None
        )

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
            f"/directory/services?page={page}&per_page={per_page}",
            ServicePage,
            "directory",
            etag,
            last_modified,
        )


def _too_big(cap: int) -> str:
    return (
        f"The participation server sent more than this app accepts ({cap // KIB:,} KB), so "
        "nothing from it was saved. Your contributions are kept and will be sent later."
    )


def _header(reply: requests.Response, name: str) -> str | None:
    """A validator header kept in the vault and sent back: printable ASCII, short, or none."""
    value = reply.headers.get(name)
    if value is None or len(value) > 200 or not value.isascii() or not value.isprintable():
        return None
    return value


def _close(reply: requests.Response) -> None:
    """Let go of a reply's connection without reading the rest of its body."""
    if reply.raw is not None:  # a reply made in memory has none
        reply.close()
