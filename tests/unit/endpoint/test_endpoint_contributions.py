"""Contributors and contributions over real HTTP: idempotency, validation, auth, withdrawal."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from sqlalchemy import select

from endpoint.store import contributors
from sync.protocol import MAX_BATCH_ITEMS, BatchResult, ContributionList, ErrorResponse

SURVEY = "getting-to-community-services-2026"


def _three(item: Any) -> list[dict[str, Any]]:
    return [
        item({"kind": "fft", "service_id": "svc-1", "rating": "good", "comment": "Kind staff"}),
        item({"kind": "survey", "survey_id": SURVEY, "question_id": "travel", "option_id": "bus"}),
        item(
            {
                "kind": "ons4",
                "borough": "Hackney",
                "satisfied": 7,
                "worthwhile": 8,
                "happy": 6,
                "anxious": 3,
                "epsilon": 2.0,
            }
        ),
    ]


def _assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    ErrorResponse.model_validate(body)
    assert set(body) == {"error"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body


def test_register_creates_random_contributors_and_stores_only_a_token_hash(endpoint):
    first = endpoint.register()
    second = endpoint.register()
    assert first.contributor_id != second.contributor_id
    assert first.token != second.token
    assert len(first.token) >= 40
    uuid.UUID(first.contributor_id)

    with endpoint.store.engine.connect() as conn:
        rows = conn.execute(select(contributors)).mappings().all()
    stored = {row["id"]: row for row in rows}
    assert (
        stored[first.contributor_id]["token_hash"]
        == hashlib.sha256(first.token.encode()).hexdigest()
    )
    assert first.token not in json.dumps([dict(row) for row in rows], default=str)


@pytest.mark.parametrize(
    "body",
    [{"name": "Ada Lovelace"}, {"nhs_number": "9434765919"}, {"email": "a@b.example"}],
)
def test_register_refuses_identity_fields(endpoint, body):
    response = endpoint.post("/v1/contributors", json=body)
    error = _assert_error(response, 422, "invalid_request")
    assert next(iter(body.values())) not in response.text  # the value is never echoed
    assert error["error"]["details"][0]["location"] == next(iter(body))
    assert endpoint.post("/v1/contributors", json={}).status_code == 201


def test_batch_is_stored_and_listed_in_the_ledger_without_contents(endpoint, item):
    who = endpoint.register()
    items = _three(item)
    response = endpoint.send(who, items)
    assert response.status_code == 200, response.text
    result = BatchResult.model_validate(response.json())
    assert (result.accepted, result.duplicate) == (3, 0)
    assert [str(r.id) for r in result.items] == [i["id"] for i in items]
    assert {r.status for r in result.items} == {"accepted"}

    ledger = endpoint.ledger(who)
    ContributionList.model_validate({"contributor_id": who.contributor_id, "items": ledger})
    assert sorted(entry["id"] for entry in ledger) == sorted(i["id"] for i in items)
    assert {entry["kind"] for entry in ledger} == {"fft", "survey", "ons4"}
    assert "Kind staff" not in json.dumps(ledger)
    assert set(ledger[0]) == {"id", "purpose", "kind", "created_at", "received_at"}


def test_resending_the_same_batch_never_stores_twice(endpoint, item):
    who = endpoint.register()
    items = _three(item)
    assert endpoint.send(who, items).json()["accepted"] == 3

    again = endpoint.send(who, items)
    assert again.status_code == 200
    assert again.json()["accepted"] == 0
    assert again.json()["duplicate"] == 3
    assert {entry["status"] for entry in again.json()["items"]} == {"duplicate"}

    # A retry that mixes old and new items stores only the new one.
    fresh = item({"kind": "fft", "service_id": "svc-2", "rating": "poor"})
    mixed = endpoint.send(who, [*items, fresh]).json()
    assert [entry["status"] for entry in mixed["items"]] == ["duplicate"] * 3 + ["accepted"]

    # The same id twice inside one batch: the first is stored, the second is a duplicate.
    twin = item({"kind": "fft", "service_id": "svc-3", "rating": "good"})
    doubled = endpoint.send(who, [twin, twin]).json()
    assert [entry["status"] for entry in doubled["items"]] == ["accepted", "duplicate"]

    assert len(endpoint.ledger(who)) == 5
    assert endpoint.store.count_contributions() == 5


def test_racing_retries_of_one_batch_store_it_exactly_once(endpoint, item):
    """Six copies of the same batch at once: every item is accepted by exactly one of them."""
    who = endpoint.register()
    items = [item({"kind": "fft", "service_id": f"svc-{n}", "rating": "good"}) for n in range(50)]

    def send() -> dict[str, Any]:
        with requests.Session() as session:
            response = session.post(
                endpoint.url("/v1/contributions"),
                json={"items": items},
                headers=who.headers,
                timeout=30,
            )
        assert response.status_code == 200, response.text
        return response.json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: send(), range(6)))
    assert sum(answer["accepted"] for answer in answers) == len(items)
    for position, entry in enumerate(items):
        statuses = [answer["items"][position]["status"] for answer in answers]
        assert statuses.count("accepted") == 1, entry["id"]
    assert endpoint.store.count_contributions() == len(items)


def _too_big(item: Any) -> str:
    comment = "x" * 2000
    items = [
        item({"kind": "fft", "service_id": "svc-1", "rating": "good", "comment": comment})
        for _ in range(MAX_BATCH_ITEMS)
    ]
    return json.dumps({"items": items})


def _with(item: Any, change: Any) -> str:
    items = _three(item)
    change(items)
    return json.dumps({"items": items})


BAD_REQUESTS = {
    "malformed json": (400, "malformed_json", lambda item: '{"items": [ {"id": '),
    "not an object": (422, "invalid_request", lambda item: json.dumps([1, 2, 3])),
    "no items": (422, "invalid_request", lambda item: json.dumps({"items": []})),
    "nhs number on item": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0].update(nhs_number="9434765919")),
    ),
    "name in body": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[1]["body"].update(name="Ada")),
    ),
    "extra top-level field": (
        422,
        "invalid_request",
        lambda item: json.dumps({"items": _three(item), "patient": {"name": "Ada"}}),
    ),
    "rating wrong type": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0]["body"].update(rating=5)),
    ),
    "score as string": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[2]["body"].update(happy="7")),
    ),
    "score out of range": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[2]["body"].update(anxious=11)),
    ),
    "unknown kind": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0]["body"].update(kind="phq9")),
    ),
    "purpose does not match kind": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0].update(purpose="wellbeing")),
    ),
    "id not a uuid": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0].update(id="42")),
    ),
    "created_at without zone": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0].update(created_at="2026-11-20T10:00:00")),
    ),
    "comment too long": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[0]["body"].update(comment="x" * 2001)),
    ),
    "not a london borough": (
        422,
        "invalid_request",
        lambda item: _with(item, lambda items: items[2]["body"].update(borough="Manchester")),
    ),
    "unknown survey option": (
        422,
        "unknown_reference",
        lambda item: _with(item, lambda items: items[1]["body"].update(option_id="rocket")),
    ),
    "free text where none is invited": (
        422,
        "unknown_reference",
        lambda item: _with(item, lambda items: items[1]["body"].update(text="I am Ada, 81")),
    ),
    "unknown survey": (
        422,
        "unknown_reference",
        lambda item: _with(item, lambda items: items[1]["body"].update(survey_id="census-1851")),
    ),
    "batch too long": (
        422,
        "invalid_request",
        lambda item: json.dumps(
            {
                "items": [
                    item({"kind": "fft", "service_id": "s", "rating": "good"})
                    for _ in range(MAX_BATCH_ITEMS + 1)
                ]
            }
        ),
    ),
    "body too large": (413, "payload_too_large", _too_big),
}


@pytest.mark.parametrize("case", list(BAD_REQUESTS))
def test_bad_batches_get_a_clear_error_and_store_nothing(endpoint, item, case):
    status, code, make_body = BAD_REQUESTS[case]
    who = endpoint.register()
    body = make_body(item)
    response = endpoint.post(
        "/v1/contributions",
        data=body.encode(),
        headers={**who.headers, "Content-Type": "application/json"},
    )
    error = _assert_error(response, status, code)
    assert "9434765919" not in response.text  # input values are never echoed back
    if status == 422:
        assert error["error"]["details"], "422 answers say where the problem is"
    assert endpoint.ledger(who) == []
    assert endpoint.store.count_contributions() == 0


def test_error_locations_point_at_the_item(endpoint, item):
    who = endpoint.register()
    items = _three(item)
    items[2]["body"]["happy"] = "very"
    items[0]["nhs_number"] = "x"
    details = endpoint.send(who, items).json()["error"]["details"]
    locations = {detail["location"] for detail in details}
    assert locations == {"items[0].nhs_number", "items[2].body.happy"}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-real-token"}, {"Authorization": "Basic dXNlcjpwYXNz"}],
    ids=["no token", "unknown token", "basic auth"],
)
def test_contributions_need_a_valid_bearer_token(endpoint, item, headers):
    response = endpoint.post("/v1/contributions", json={"items": _three(item)}, headers=headers)
    _assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    _assert_error(endpoint.get("/v1/contributors/me/contributions", headers=headers), 401)
    _assert_error(endpoint.delete("/v1/contributors/me", headers=headers), 401)
    assert endpoint.store.count_contributions() == 0


def test_rate_limit_per_token_answers_429_with_retry_after(endpoint_factory, item):
    endpoint = endpoint_factory(rate_limit_per_minute=3)
    who = endpoint.register()
    other = endpoint.register()
    for _ in range(3):
        assert endpoint.send(who, _three(item)).status_code == 200
    limited = endpoint.send(who, _three(item))
    _assert_error(limited, 429, "rate_limited")
    assert int(limited.headers["Retry-After"]) >= 1
    assert endpoint.store.count_contributions() == 9  # the refused batch stored nothing
    # Another token has its own allowance.
    assert endpoint.send(other, _three(item)).status_code == 200


def test_registrations_are_rate_limited_per_address(endpoint_factory):
    endpoint = endpoint_factory(registrations_per_minute=2)
    assert endpoint.post("/v1/contributors").status_code == 201
    assert endpoint.post("/v1/contributors").status_code == 201
    response = endpoint.post("/v1/contributors")
    _assert_error(response, 429, "rate_limited")
    assert "Retry-After" in response.headers


def test_withdrawal_deletes_everything_the_contributor_sent(endpoint, item):
    leaving = endpoint.register()
    staying = endpoint.register()
    endpoint.send(leaving, _three(item))
    endpoint.send(staying, _three(item))
    assert endpoint.store.count_contributions() == 6

    response = endpoint.delete("/v1/contributors/me", headers=leaving.headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"deleted_contributions": 3}

    assert endpoint.store.count_contributions() == 3
    assert endpoint.store.list_contributions(leaving.contributor_id) == []
    with endpoint.store.engine.connect() as conn:
        ids = set(conn.execute(select(contributors.c.id)).scalars())
    assert leaving.contributor_id not in ids
    # The token is dead; the other contributor is untouched.
    _assert_error(endpoint.get("/v1/contributors/me/contributions", headers=leaving.headers), 401)
    assert len(endpoint.ledger(staying)) == 3


def test_a_token_never_reaches_another_contributors_data(endpoint, item):
    alice = endpoint.register()
    bob = endpoint.register()
    alice_items = _three(item)
    bob_items = _three(item)
    endpoint.send(alice, alice_items)
    endpoint.send(bob, bob_items)

    assert {e["id"] for e in endpoint.ledger(alice)} == {i["id"] for i in alice_items}
    assert {e["id"] for e in endpoint.ledger(bob)} == {i["id"] for i in bob_items}

    # Replaying Bob's ids with Alice's token neither stores nor moves them.
    replay = endpoint.send(alice, bob_items).json()
    assert replay["accepted"] == 0
    assert {e["id"] for e in endpoint.ledger(alice)} == {i["id"] for i in alice_items}

    # There is no way to name another contributor: only "me" exists.
    assert endpoint.get(f"/v1/contributors/{bob.contributor_id}/contributions").status_code == 404
    assert (
        endpoint.delete(f"/v1/contributors/{bob.contributor_id}", headers=alice.headers).status_code
        == 404
    )

    endpoint.delete("/v1/contributors/me", headers=alice.headers)
    assert {e["id"] for e in endpoint.ledger(bob)} == {i["id"] for i in bob_items}


def test_logs_never_contain_contribution_contents(endpoint, item, caplog):
    caplog.set_level(logging.DEBUG)
    who = endpoint.register()
    secret = "SECRET-COMMENT-about-my-diagnosis"
    items = [item({"kind": "fft", "service_id": "svc-1", "rating": "poor", "comment": secret})]
    assert endpoint.send(who, items).status_code == 200
    bad = [item({"kind": "fft", "service_id": "svc-1", "rating": secret})]
    assert endpoint.send(who, bad).status_code == 422
    endpoint.get("/v1/directory/services", params={"q": "SECRET-QUERY"})

    # Server-side loggers only: the test's own HTTP client (urllib3) logs its URLs.
    server = ("endpoint", "uvicorn", "fastapi", "starlette", "sqlalchemy")
    logged = "\n".join(
        record.getMessage() for record in caplog.records if record.name.startswith(server)
    )
    assert secret not in logged
    assert "SECRET-QUERY" not in logged
    assert who.token not in logged
    assert "POST /v1/contributions 200" in logged  # paths are logged, nothing more
