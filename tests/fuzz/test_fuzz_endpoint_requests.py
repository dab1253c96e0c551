"""Property-based fuzzing of what clients send the endpoint, over real HTTP.

Any body, header or query string gets a deliberate answer: success, or a 4xx with the error
shape and nothing stored. Never a 500 (an unhandled exception) and never a half-stored batch.
The protocol models themselves refuse any JSON with a ValidationError and nothing else.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from fuzzkit import FUZZ, json_values, mutated
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from sync.protocol import (
    BatchResult,
    ContributionBatch,
    ContributorCreated,
    ErrorResponse,
    Results,
    ServicePage,
)

REFUSED = {400, 401, 404, 405, 413, 414, 415, 422}
TEXTS = st.text(max_size=40) | st.sampled_from(
    ["", "0", "-1", "1e309", "99999999999999999999999999", "Hackney", "hackney ", "City of London",
     "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00", "2026-03-01T08:00:00",
     "2026-03-01", "%", "_", "\\", "'", "\x00", "a" * 200])


@pytest.fixture(scope="module")
def token(live_endpoint: tuple[str, Any]) -> str:
    url, _app = live_endpoint
    reply = requests.post(f"{url}/v1/contributors", json={}, timeout=10)
    return ContributorCreated.model_validate_json(reply.content).token


def stored(app: Any) -> int:
    return int(app.state.context.store.count_contributions())


def valid_batch(n: int = 2) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    items = [
        {"id": str(uuid.uuid4()), "purpose": "feedback", "created_at": now,
         "body": {"kind": "fft", "service_id": "svc-1", "rating": "good", "comment": "Kind"}},
        {"id": str(uuid.uuid4()), "purpose": "wellbeing", "created_at": now,
         "body": {"kind": "ons4", "borough": "Hackney", "satisfied": 7, "worthwhile": 8,
                  "happy": 6, "anxious": 3, "epsilon": 2.0}},
    ]
    return {"items": items[:n]}


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    how = draw(st.sampled_from(["mutated", "mutated", "json", "bytes"]))
    if how == "mutated":
        return json.dumps(draw(mutated(valid_batch()))).encode()
    if how == "json":
        return json.dumps(draw(json_values)).encode()
    return draw(st.binary(max_size=300))


HTTP_PARSER_REFUSAL = b"Invalid HTTP request received."  # uvicorn's, before the app runs


def check_refusal(reply: requests.Response) -> None:
    assert reply.status_code != 500, reply.text
    assert reply.status_code in REFUSED, (reply.status_code, reply.text)
    if reply.status_code == 400 and reply.content == HTTP_PARSER_REFUSAL:
        return  # e.g. a control character in a header: refused by the HTTP layer itself
    ErrorResponse.model_validate_json(reply.content)


@FUZZ
@given(body=bodies(), content_type=st.sampled_from(
    ["application/json", "text/plain", "application/x-www-form-urlencoded", "",
     "application/json; charset=latin-1"]))
def test_any_contribution_body_is_stored_whole_or_refused(
    live_endpoint: tuple[str, Any], token: str, body: bytes, content_type: str
) -> None:
    url, app = live_endpoint
    before = stored(app)
    headers = {"Authorization": f"Bearer {token}"}
    if content_type:
        headers["Content-Type"] = content_type
    reply = requests.post(f"{url}/v1/contributions", data=body, headers=headers, timeout=10)
    if reply.status_code == 200:
        result = BatchResult.model_validate_json(reply.content)
        sent = ContributionBatch.model_validate_json(body)  # it really was a valid batch
        assert [i.id for i in result.items] == [i.id for i in sent.items]
        assert stored(app) == before + result.accepted
        return
    check_refusal(reply)
    assert stored(app) == before, "a refused batch stored something"


# Printable Latin-1: what can reach the app. (Control characters in a header are refused by the
# HTTP parser itself, which answers 400 and drops the connection, before any of our code runs.)
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF,
                                    exclude_characters="\x7f"), max_size=60)


@FUZZ
@given(auth=HEADER_TEXT | HEADER_TEXT.map("Bearer ".__add__)
       | st.sampled_from(["Bearer ", "Bearer", "bearer x", "Basic dXNlcjpwYXNz", "Bearer  x y"]))
def test_any_authorization_header_is_refused_without_a_crash(
    live_endpoint: tuple[str, Any], auth: str
) -> None:
    url, app = live_endpoint
    before = stored(app)
    try:
        reply = requests.post(f"{url}/v1/contributions", json=valid_batch(1), timeout=10,
                              headers={"Authorization": auth})
    except (ValueError, requests.exceptions.InvalidHeader):
        return  # requests itself will not send that header (leading spaces, say)
    assert reply.status_code == 401, reply.text
    check_refusal(reply)
    assert stored(app) == before


@FUZZ
@given(body=st.binary(max_size=100) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_registration_body_makes_a_contributor_or_is_refused(
    live_endpoint: tuple[str, Any], body: bytes
) -> None:
    url, _app = live_endpoint
    reply = requests.post(f"{url}/v1/contributors", data=body, timeout=10,
                          headers={"Content-Type": "application/json"})
    if reply.status_code == 201:
        ContributorCreated.model_validate_json(reply.content)
        assert body.strip() in (b"{}", b"null", b"")
    else:
        check_refusal(reply)


@FUZZ
@given(params=st.dictionaries(
    st.sampled_from(["page", "per_page", "borough", "q", "modified_after", "other"]),
    TEXTS | st.integers(-(2**70), 2**70).map(str), max_size=4))
def test_any_directory_query_is_answered_or_refused(
    live_endpoint: tuple[str, Any], params: dict[str, str]
) -> None:
    url, _app = live_endpoint
    reply = requests.get(f"{url}/v1/directory/services", params=params, timeout=10)
    if reply.status_code == 200:
        ServicePage.model_validate_json(reply.content)
    else:
        check_refusal(reply)


@FUZZ
@given(borough=TEXTS)
def test_any_results_query_is_answered_or_refused(
    live_endpoint: tuple[str, Any], borough: str
) -> None:
    url, _app = live_endpoint
    reply = requests.get(f"{url}/v1/results", params={"borough": borough}, timeout=10)
    if reply.status_code == 200:
        Results.model_validate_json(reply.content)
    else:
        check_refusal(reply)


@FUZZ
@given(raw=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode())
       | mutated(valid_batch()).map(lambda v: json.dumps(v).encode()))
def test_the_protocol_models_refuse_bad_json_with_a_validation_error_only(raw: bytes) -> None:
    try:
        batch = ContributionBatch.model_validate_json(raw)
    except ValidationError:
        return
    assert len(batch.items) in range(1, 501)
