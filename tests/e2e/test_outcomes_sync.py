"""Share what helped (purpose `outcomes`, issue #14) end to end: a real vault, the real reference
endpoint over HTTP, faults on purpose, and the privacy auditor over every published view."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from privacy_auditor import assert_no_disclosure, download_views

from planner.errors import InputError
from sync import consent, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import cached_results, sync_now, withdraw
from sync.tokens import tokens_of

BEFORE = {"life_satisfaction": 4, "worthwhile": 5, "happiness": 4, "anxiety": 7}
AFTER = {"life_satisfaction": 6, "worthwhile": 6, "happiness": 6, "anxiety": 4}


def client(url: str, **kw: object) -> EndpointClient:
    options = {"retries": 3, "backoff": 0.01, "timeout": (1.0, 2.0)}
    options.update(kw)
    return EndpointClient(url, **options)  # type: ignore[arg-type]


def server_ids(url: str, token: str | None) -> list[str]:
    reply = requests.get(
        f"{url}/v1/contributors/me/contributions",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )
    reply.raise_for_status()
    return [item["id"] for item in reply.json()["items"]]


def others_share(url: str, people: int, category: str = "walking",
                 borough: str = "Hackney") -> None:
    """`people` other contributors, one outcome report each, straight over HTTP."""
    for _ in range(people):
        token = requests.post(f"{url}/v1/contributors", timeout=5).json()["token"]
        body = {"kind": "outcome", "category": category, "borough": borough,
                "attended": "4-7", "satisfied": 2, "worthwhile": 1, "happy": 2, "anxious": -3,
                "epsilon": 2.0}
        item = {"id": str(uuid.uuid4()), "purpose": "outcomes",
                "created_at": datetime.now(UTC).isoformat(), "body": body}
        sent = requests.post(f"{url}/v1/contributions", json={"items": [item]},
                             headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert sent.status_code == 200, sent.text


def cell(url: str, category: str = "walking", borough: str = "Hackney") -> dict[str, Any]:
    view = requests.get(f"{url}/v1/results", params={"borough": borough}, timeout=5).json()
    found = [o for o in view["outcomes"] if (o["category"], o["borough"]) == (category, borough)]
    assert len(found) == 1, view["outcomes"]
    return dict(found[0])


def test_without_consent_nothing_is_queued_and_no_request_is_made(vault, server) -> None:
    url, faults = server
    state.set_endpoint(vault, url)
    with pytest.raises(InputError, match="not agreed"):
        outbox.queue_outcome(vault, "walking", "Hackney", 3, BEFORE, AFTER)
    consent.record(vault, "wellbeing", "given")  # another purpose does not open this one
    with pytest.raises(InputError, match="not agreed"):
        outbox.queue_outcome(vault, "walking", "Hackney", 3, BEFORE, AFTER)
    consent.record(vault, "wellbeing", "withdrawn")
    faults.requests.clear()
    report = sync_now(Here(vault), client(url), tokens_of(vault))
    assert report.sent == 0
    assert faults.requests == []


def test_the_preview_shows_the_noisy_changes_and_never_the_service(vault, server) -> None:
    _url, _faults = server
    consent.record(vault, "outcomes", "given")
    rng = random.Random(5)
    item = outbox.queue_outcome(vault, "walking", "Hackney", 5, BEFORE, AFTER, rng=rng)
    preview = json.loads(outbox.pending(vault)[0].json)
    body = preview["body"]
    assert preview["purpose"] == "outcomes"
    assert set(body) == {"kind", "category", "borough", "attended", "satisfied", "worthwhile",
                         "happy", "anxious", "epsilon"}
    assert body["kind"] == "outcome" and body["category"] == "walking"
    assert body["attended"] == "4-7"
    assert body["happy"] == item.body.happy  # what the preview shows is what leaves
    assert all(-10 <= body[k] <= 10 for k in ("satisfied", "worthwhile", "happy", "anxious"))
    assert "svc-" not in json.dumps(preview)  # never a service id
    with pytest.raises(InputError, match="at least once"):
        outbox.queue_outcome(vault, "walking", "Hackney", 0, BEFORE, AFTER)
    with pytest.raises(InputError, match="category"):
        outbox.queue_outcome(vault, "Walking groups near Ann's house", "Hackney", 2, BEFORE,
                             AFTER)


def test_consented_outcomes_arrive_once_publish_at_ten_and_go_on_withdrawal(
    vault, server
) -> None:
    url, faults = server
    state.set_endpoint(vault, url)
    consent.record(vault, "outcomes", "given")
    others_share(url, 9)
    assert cell(url)["people"] == {"value": None, "suppressed": True}  # nine: nothing shown
    queued = {
        str(outbox.queue_outcome(vault, "walking", "Hackney", sessions, BEFORE, AFTER).id)
        for sessions in (2, 6)
    }
    faults.requests.clear()
    faults.fail_after = 1  # stored, but the reply is a 500: the retry must not store twice
    report = sync_now(Here(vault), client(url, retries=4), tokens_of(vault))
    token = tokens_of(vault).get("outcomes")
    assert sorted(server_ids(url, token)) == sorted(queued)  # each exactly once
    assert report.duplicates >= 1
    assert faults.requests.count("POST /v1/contributions") == 2
    assert outbox.pending(vault) == [] and len(outbox.sent(vault)) == 2

    shown = cell(url)
    assert shown["people"]["value"] == 10  # ten people, eleven reports
    assert shown["attendance"]["value"] == 9 * 4 + 2 + 4  # each bucket's lowest value
    assert all(shown[k]["value"] is not None for k in ("satisfied", "worthwhile", "happy",
                                                      "anxious"))
    cached = cached_results(vault)  # what the app shows in Taking part
    assert cached is not None
    assert [o.people.value for o in cached.outcomes
            if (o.category, o.borough) == ("walking", "Hackney")] == [10]
    views = download_views(url)
    assert_no_disclosure(views)  # no cell under 10, in any view, however combined
    for view in views:
        for outcome in view["outcomes"]:
            people = outcome["people"]["value"]
            assert people is None or people >= 10

    assert withdraw(Here(vault), "outcomes", client(url), tokens_of(vault)) == 2
    assert cell(url)["people"] == {"value": None, "suppressed": True}  # back to nine
    reply = requests.get(f"{url}/v1/contributors/me/contributions",
                         headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert reply.status_code == 401  # the contributor and its reports are gone
    assert not consent.has_consent(vault, "outcomes")
    assert_no_disclosure(download_views(url))


def test_a_chosen_services_category_name_becomes_the_code_that_is_sent(vault, server) -> None:
    from sync import directory

    url, _faults = server
    consent.record(vault, "directory", "given")
    sync_now(Here(vault), client(url), tokens_of(vault))
    cached = directory.services(vault)
    assert directory.category_code(cached, "Walking groups") == "walking"
    assert directory.category_code(cached, "walking") == "walking"
    assert directory.category_code(cached, "Knitting circles") is None
