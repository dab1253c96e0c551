"""Property-based fuzzing of what the participation server sends back.

A server may be broken, old, new or hostile. Whatever it answers (any status, any bytes, any
headers), the client either returns a validated protocol model or raises a SyncError with a
plain message; and a sync run marks an outbox item sent only when a reply confirmed exactly that
batch. Replies are built by hand as `requests.Response` objects and handed to the real client.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from fuzzkit import CHEAP, FUZZ, json_values, mutated
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel
from requests.structures import CaseInsensitiveDict

from planner.vault import Profiles
from sync import consent, engine, outbox
from sync.access import Here
from sync.client import EndpointClient
from sync.errors import SyncError
from sync.protocol import (
    BatchResult,
    Contribution,
    ContributorCreated,
    FFTFeedback,
    Results,
    ServicePage,
    SurveyList,
    WithdrawalResult,
)
from sync.tokens import tokens_of

MODELS: dict[str, type[BaseModel]] = {
    "/contributors": ContributorCreated,
    "/contributions": BatchResult,
    "/contributors/me": WithdrawalResult,
    "/surveys": SurveyList,
    "/results": Results,
    "/directory/services": ServicePage,
}
STATUSES = st.sampled_from([200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 413, 422,
                            429, 500, 502, 503]) | st.integers(100, 599)
HEADER_VALUES = st.sampled_from(["", "0", "-1", "1e309", "inf", "nan", "NaN", "3600", "61",
                                 "Wed, 21 Oct 2015 07:28:00 GMT", '"abc"', 'W/"x"', "\u00e9"])


def response(status: int, content: bytes, headers: dict[str, str]) -> requests.Response:
    reply = requests.Response()
    reply.status_code = status
    reply._content = content
    reply.headers = CaseInsensitiveDict(headers)
    reply.encoding = None
    reply.url = "http://127.0.0.1:9/v1/x"
    return reply


@st.composite
def replies(draw: st.DrawFn, real: dict[str, bytes], path: str | None = None) -> requests.Response:
    base = real.get(path or "", b"") if path else draw(st.sampled_from(list(real.values())))
    how = draw(st.sampled_from(["real", "mutated", "json", "bytes", "error"]))
    if how == "real":
        content = base
    elif how == "mutated" and base:
        content = json.dumps(draw(mutated(json.loads(base)))).encode()
    elif how == "json":
        content = json.dumps(draw(json_values)).encode()
    elif how == "error":
        content = draw(st.sampled_from([real["error"], b'{"error": {"code": 1}}',
                                        b'{"error": {"code": "x", "message": ' +
                                        json.dumps("m" * 5000).encode() + b"}}"]))
    else:
        content = draw(st.binary(max_size=200))
    status = draw(STATUSES | st.just(200))
    headers = draw(st.dictionaries(
        st.sampled_from(["Retry-After", "ETag", "Last-Modified", "Content-Type", "Location"]),
        HEADER_VALUES, max_size=3))
    return response(status, content, headers)


@FUZZ
@given(data=st.data())
def test_any_reply_is_a_model_or_a_sync_error(real_replies: dict[str, bytes],
                                              data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(list(MODELS)))
    reply = data.draw(replies(real_replies, path))
    try:
        parsed = EndpointClient._parse(reply, MODELS[path])
    except SyncError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    assert isinstance(parsed, MODELS[path]) and reply.status_code < 400


class FakeTransport:
    """Stands in for requests.Session: every request gets the next drawn reply, and it notes
    which contribution ids a well-formed 2xx reply confirmed."""

    def __init__(self, data: st.DataObject, real: dict[str, bytes]) -> None:
        self.data = data
        self.real = real
        self.headers: dict[str, str] = {}
        self.trust_env = True
        self.calls = 0
        self.confirmed: set[uuid.UUID] = set()

    def request(self, method: str, url: str, *, data: Any = None, headers: Any = None,
                timeout: Any = None, allow_redirects: bool = True) -> requests.Response:
        self.calls += 1
        assert self.calls < 200, "the client does not stop retrying"
        assert allow_redirects is False  # a redirect could carry the token elsewhere
        path = urlsplit(url).path.removeprefix("/v1")
        if self.data.draw(st.booleans(), label="network fails"):
            raise self.data.draw(st.sampled_from([requests.ConnectionError("down"),
                                                  requests.Timeout("slow")]))
        reply = self.data.draw(replies(self.real, path if path in MODELS else None),
                               label=f"{method} {path}")
        if path == "/contributions" and data and self.data.draw(st.booleans(), label="echo"):
            ids = [i["id"] for i in json.loads(data)["items"]]  # a server that did its job
            statuses = [self.data.draw(st.sampled_from(["accepted", "duplicate"])) for _ in ids]
            body = {"accepted": statuses.count("accepted"),
                    "duplicate": statuses.count("duplicate"),
                    "items": [{"id": i, "status": s} for i, s in zip(ids, statuses, strict=True)]}
            reply = response(200, json.dumps(body).encode(), {})
        if path == "/contributions" and reply.status_code < 400:
            try:
                result = BatchResult.model_validate_json(reply.content)
                sent = {i["id"] for i in json.loads(data)["items"]}
                if {str(i.id) for i in result.items} == sent:
                    self.confirmed |= {uuid.UUID(i) for i in sent}
            except ValueError:
                pass
        return reply

    def close(self) -> None:
        pass


def _client(transport: FakeTransport) -> EndpointClient:
    return EndpointClient("http://127.0.0.1:9", retries=2, session=transport,  # type: ignore[arg-type]
                          sleep=lambda _s: None)


@FUZZ
@given(data=st.data())
def test_every_client_call_returns_a_model_or_a_sync_error(real_replies: dict[str, bytes],
                                                           data: st.DataObject) -> None:
    client = _client(FakeTransport(data, real_replies))
    item = Contribution(id=uuid.uuid4(), purpose="feedback", created_at=datetime.now(UTC),
                        body=FFTFeedback(service_id="svc-1", rating="good"))
    calls = [
        client.register,
        lambda: client.send("token", [item]),
        lambda: client.withdraw("token"),
        lambda: client.surveys('"etag"', "Wed, 21 Oct 2015 07:28:00 GMT"),
        client.results,
        lambda: client.directory_page(data.draw(st.integers(1, 3))),
    ]
    for call in data.draw(st.lists(st.sampled_from(calls), min_size=1, max_size=4)):
        try:
            got = call()
        except SyncError:
            continue
        if isinstance(got, BatchResult):
            assert {i.id for i in got.items} == {item.id}


@FUZZ
@given(data=st.data())
def test_a_sync_run_marks_sent_only_what_a_reply_confirmed(
    real_replies: dict[str, bytes], data: st.DataObject
) -> None:
    # A fresh profile per example: what the client asks next depends on what it holds (a token,
    # an ETag), and hypothesis replays examples, so nothing may carry over between them.
    with tempfile.TemporaryDirectory(prefix="hp-fuzz-sync-") as folder:
        vault, _ = Profiles(Path(folder), kdf=CHEAP).create("Sync", "sync pass")
        with vault:
            for purpose in consent.PURPOSES:
                consent.record(vault, purpose, "given")
            queued = {outbox.queue_feedback(vault, f"svc-{n}", "good").id for n in range(3)}
            transport = FakeTransport(data, real_replies)
            with contextlib.suppress(SyncError):
                engine.sync_now(Here(vault), _client(transport), tokens_of(vault), batch_size=2)
            sent = {i.contribution.id for i in outbox.sent(vault)}
            still = {i.contribution.id for i in outbox.pending(vault)}
    assert sent <= transport.confirmed, "an item was marked sent without a confirming reply"
    assert transport.confirmed <= sent  # ... and every confirmed one was marked
    assert queued == sent | still  # nothing vanished from the outbox
