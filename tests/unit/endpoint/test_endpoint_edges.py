"""The server's own edges, over real HTTP (issue #21 part 5): who the client is, how much a
stranger may read, what a query may carry, extreme dates, the Host header, the access log, and
what a withdrawal leaves behind in SQLite's files."""

from __future__ import annotations

import logging
import math
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

from endpoint.app import create_app
from endpoint.testing import serve
from sync.protocol import ErrorResponse
from tests.unit.endpoint.conftest import PINNED_TODAY, RunningEndpoint


def _assert_error(response: requests.Response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    body = ErrorResponse.model_validate_json(response.content)
    if code is not None:
        assert body.error.code == code


def _register(endpoint: Any, forwarded_for: str) -> requests.Response:
    return endpoint.post("/v1/contributors", headers={"X-Forwarded-For": forwarded_for})


# --- the client's address -----------------------------------------------------------------


def test_forwarded_for_from_an_untrusted_caller_does_not_change_its_address(endpoint_factory):
    endpoint = endpoint_factory(registrations_per_minute=2)
    assert _register(endpoint, "198.51.100.1").status_code == 201
    assert _register(endpoint, "198.51.100.2").status_code == 201
    # A new claimed address per request must not buy a new allowance: the peer is 127.0.0.1.
    _assert_error(_register(endpoint, "198.51.100.3"), 429, "rate_limited")
    _assert_error(endpoint.post("/v1/contributors"), 429, "rate_limited")


def test_forwarded_for_from_a_trusted_proxy_names_the_client(endpoint_factory):
    endpoint = endpoint_factory(registrations_per_minute=2, trusted_proxies=["127.0.0.0/8"])
    assert _register(endpoint, "203.0.113.5").status_code == 201
    assert _register(endpoint, "203.0.113.5").status_code == 201
    _assert_error(_register(endpoint, "203.0.113.5"), 429, "rate_limited")
    # Whatever the client put in front of the proxy's entry does not count: the rightmost
    # untrusted address (the one our proxy saw) is the client.
    _assert_error(_register(endpoint, "192.0.2.77, 203.0.113.5"), 429, "rate_limited")
    # Another client behind the same proxy has its own allowance.
    assert _register(endpoint, "203.0.113.6").status_code == 201


# --- public reads -------------------------------------------------------------------------


def test_public_reads_are_limited_per_address_with_retry_after(endpoint_factory):
    endpoint = endpoint_factory(public_reads_per_minute=5)
    who = endpoint.register()
    for path in ["/v1/surveys", "/v1/results", "/v1/directory/services", "/v1/health",
                 "/v1/surveys"]:
        assert endpoint.get(path).status_code == 200, path
    for i, path in enumerate(["/v1/results", "/v1/directory/services", "/v1/nowhere",
                              "/v1/openapi.json"]):
        sent = time.time()
        limited = endpoint.get(path, headers={"X-Forwarded-For": f"198.51.100.{i}"})
        answered = time.time()
        _assert_error(limited, 429, "rate_limited")
        # The wait is what is left of the fixed one-minute window the request fell in.
        first, last = sorted(max(1, math.ceil(60 - t % 60)) for t in (sent, answered))
        assert int(limited.headers["Retry-After"]) in range(first, last + 1)
    # A contributor's own ledger is limited per token, not by the public allowance.
    assert endpoint.get("/v1/contributors/me/contributions", headers=who.headers).ok


def test_public_reads_limit_of_zero_switches_it_off(endpoint_factory):
    endpoint = endpoint_factory(public_reads_per_minute=0)
    assert all(endpoint.get("/v1/health").status_code == 200 for _ in range(30))


# --- what a query may carry ---------------------------------------------------------------


def _timed(endpoint: Any, path: str) -> tuple[float, requests.Response]:
    started = time.perf_counter()
    reply = endpoint.get(path)
    return time.perf_counter() - started, reply


def test_a_flood_of_query_parameters_is_refused_fast(endpoint):
    normal = [_timed(endpoint, "/v1/results")[0] for _ in range(5)]
    flood = "&".join(f"p{i}=1" for i in range(10_000))
    many = "&".join(f"p{i}=1" for i in range(1_000))  # ~9 KB: gets past the HTTP parser
    few_but_too_many = "&".join("a" for _ in range(100))  # short, but 100 parameters
    slow = []
    for path in [f"/v1/results?{flood}", f"/v1/results?{many}", f"/v1/directory/services?{many}",
                 f"/v1/results?{few_but_too_many}"] * 3:
        seconds, reply = _timed(endpoint, path)
        slow.append(seconds)
        assert 400 <= reply.status_code < 500, (path[:40], reply.status_code)
        if "p9999" not in path:  # the app's own answer: the standard error body
            if len(path) > 2048:
                _assert_error(reply, 414, "query_too_long")
            else:
                _assert_error(reply, 422, "too_many_parameters")
    # Refusing must cost no more than an ordinary read (plus slack for a loaded machine).
    assert statistics.median(slow) < statistics.median(normal) + 0.1, (slow, normal)


def test_directory_search_refuses_control_characters(endpoint):
    # PostgreSQL refuses a NUL in text: that was a 500 there.
    for q in ["\x00", "walk\x00ing", "a\x1b[31m"]:
        _assert_error(endpoint.get("/v1/directory/services", params={"q": q}), 422,
                      "invalid_request")
    assert endpoint.get("/v1/directory/services", params={"q": "walking group"}).ok
    assert endpoint.get("/v1/directory/services", params={"q": "پیدل"}).ok


# --- extreme dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "1066-10-14T09:00:00Z"]
)
def test_extreme_but_valid_dates_are_refused_not_a_500(endpoint, item, moment):
    who = endpoint.register()
    sent = item({"kind": "fft", "service_id": "svc-1", "rating": "good"}, created_at=moment)
    reply = endpoint.send(who, [sent])
    _assert_error(reply, 422, "invalid_request")
    assert reply.json()["error"]["details"][0]["location"] == "items[0].created_at"
    assert endpoint.ledger(who) == []
    for query in [{"modified_after": moment}, {"modified_after": moment.replace("Z", "")}]:
        answer = endpoint.get("/v1/directory/services", params=query)
        assert answer.status_code in {200, 422}, answer.text
    for header in ["Fri, 31 Dec 9999 23:59:59 -2359", "Mon, 01 Jan 0001 00:00:00 +2359"]:
        assert endpoint.get("/v1/surveys", headers={"If-Modified-Since": header}).status_code in {
            200, 304}


# --- the Host header ----------------------------------------------------------------------


def test_a_foreign_host_header_gets_400_and_no_redirect_to_it(endpoint):
    for path in ["/v1/health", "/v1/health/", "/v1/results/"]:
        reply = endpoint.session.get(endpoint.url(path), headers={"Host": "evil.example"},
                                     allow_redirects=False, timeout=10)
        _assert_error(reply, 400, "invalid_host")
        assert "evil" not in reply.headers.get("location", "")
    # The names the endpoint answers to by default, with or without a port.
    port = endpoint.base_url.rsplit(":", 1)[1]
    for host in ["127.0.0.1", f"127.0.0.1:{port}", "localhost", f"LOCALHOST:{port}",
                 f"[::1]:{port}"]:
        reply = endpoint.session.get(endpoint.url("/v1/health"), headers={"Host": host},
                                     timeout=10)
        assert reply.status_code == 200, (host, reply.text)
    redirect = endpoint.session.get(endpoint.url("/v1/health/"), allow_redirects=False,
                                    timeout=10)
    if redirect.is_redirect:
        assert redirect.headers["location"].startswith(endpoint.base_url)


def test_configured_host_names_are_allowed(endpoint_factory):
    endpoint = endpoint_factory(allowed_hosts=["hp.example.org", "*.nhs.example"])
    for host, status in [("hp.example.org", 200), ("HP.example.org:443", 200),
                         ("clinic.nhs.example", 200), ("nhs.example.evil", 400),
                         ("127.0.0.1", 400), ("hp.example.org.evil", 400)]:
        reply = endpoint.session.get(endpoint.url("/v1/health"), headers={"Host": host},
                                     timeout=10)
        assert reply.status_code == status, (host, reply.text)


# --- the access log -----------------------------------------------------------------------


def test_the_access_log_cannot_be_forged_by_a_path(endpoint, caplog):
    caplog.set_level(logging.INFO, logger="endpoint.access")
    forged = "/v1/x%0D%0A2026-12-01 10:00:00 endpoint.access GET /v1/admin 200 1.0ms"
    coloured = "/v1/%1B[2J%1B[31mred%1B]0;title%07"
    long = "/v1/" + "a" * 5000
    for path in [forged, coloured, long, "/v1/%E2%80%AEreversed"]:
        assert endpoint.get(path).status_code == 404
    def lines_logged() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "endpoint.access"]

    # The server writes its access line after the reply has gone: give the last one a moment.
    deadline = time.monotonic() + 5
    while len(lines_logged()) < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    lines = lines_logged()
    assert len(lines) >= 4
    for line in lines:
        assert not any(ord(c) < 0x20 or ord(c) == 0x7F for c in line), repr(line)
        assert "\u202e" not in line
        assert len(line) < 400
    joined = "\n".join(lines)
    assert "\\r\\n2026-12-01" in joined  # escaped, still readable
    assert "\\x1b[31mred" in joined


# --- what a withdrawal leaves behind ------------------------------------------------------


def test_withdrawn_text_lingers_in_neither_the_sqlite_file_nor_its_wal(tmp_path, item):
    """SQLite's own files, so this runs on SQLite only (PostgreSQL: docs/PRIVACY.md, VACUUM)."""
    database = tmp_path / "withdrawals.db"
    # Free text stored as sent, so the file shows the canary (encrypted, it never would:
    # test_text_encryption.py): secure_delete must zero the plaintext itself.
    app = create_app(f"sqlite:///{database}", today=lambda: PINNED_TODAY,
                     public_reads_per_minute=0, rate_limit_per_minute=0,
                     registrations_per_minute=0, text_encryption=False)
    with serve(app) as base_url:
        _check_withdrawal_leaves_no_text(RunningEndpoint(base_url=base_url, app=app), item,
                                         database)


def _check_withdrawal_leaves_no_text(endpoint: Any, item: Any, database: Path) -> None:
    wal = database.with_name(database.name + "-wal")
    canary = f"canary-{uuid.uuid4().hex}"
    who = endpoint.register()
    bystander = endpoint.register()
    reply = endpoint.send(who, [
        item({"kind": "fft", "service_id": "svc-1", "rating": "good", "comment": canary}),
        item({"kind": "survey", "survey_id": "getting-to-community-services-2026",
              "question_id": "travel", "option_id": "bus"}),
    ])
    assert reply.status_code == 200, reply.text
    assert endpoint.send(bystander, [item({"kind": "fft", "service_id": "svc-2",
                                           "rating": "poor", "comment": "Kept"})]).ok

    def raw() -> bytes:
        return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    assert canary.encode() in raw()  # the check can see it while it is stored
    assert endpoint.delete("/v1/contributors/me", headers=who.headers).status_code == 200
    assert canary.encode() not in raw()
    assert endpoint.ledger(bystander)  # the rest is still there
