"""Participation end to end: real vault, real endpoint over HTTP, faults on purpose."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
import requests

from planner.domain.questionnaire import QuestionnaireResponse
from planner.errors import InputError
from sync import consent, directory, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import cached_results, finish_withdrawals, sync_now, withdraw
from sync.errors import BadEndpointUrl, Offline
from sync.tokens import tokens_of


def client(url: str, **kw: object) -> EndpointClient:
    options = {"retries": 3, "backoff": 0.01, "timeout": (1.0, 1.0)}
    options.update(kw)
    return EndpointClient(url, **options)  # type: ignore[arg-type]


def server_ids(url: str, vault, purpose: str) -> list[str]:
    token = tokens_of(vault).get(purpose)
    reply = requests.get(
        f"{url}/v1/contributors/me/contributions",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )
    reply.raise_for_status()
    return [item["id"] for item in reply.json()["items"]]


def queue_feedback(vault, n: int) -> set[str]:
    return {
        str(outbox.queue_feedback(vault, "svc-hackney-walking-1", "good", f"comment {i}").id)
        for i in range(n)
    }


def first_service_id(url: str) -> str:
    return requests.get(f"{url}/v1/directory/services?per_page=1", timeout=5).json()["contents"][0][
        "id"
    ]


def test_without_consent_no_request_reaches_the_endpoint(vault, server) -> None:
    url, faults = server
    state.set_endpoint(vault, url)
    with pytest.raises(InputError, match="not agreed"):
        outbox.queue_feedback(vault, "svc-1", "good")
    report = sync_now(Here(vault), client(url), tokens_of(vault))
    assert report.sent == 0
    assert faults.requests == []


def test_after_consent_every_item_arrives_once_through_500s_and_timeouts(vault, server) -> None:
    url, faults = server
    consent.record(vault, "feedback", "given")
    service = first_service_id(url)
    faults.requests.clear()
    queued = {
        str(outbox.queue_feedback(vault, service, "very_good", f"thanks {i}").id)
        for i in range(120)
    }
    faults.fail_before = 1  # first try: 500, nothing stored
    faults.fail_after = 1  # second try: stored, but the reply is a 500
    faults.slow_after = 1  # third try: stored, reply too slow
    faults.delay = 1.5
    report = sync_now(Here(vault), client(url, retries=5), tokens_of(vault), batch_size=50)
    ids = server_ids(url, vault, "feedback")
    assert sorted(ids) == sorted(queued)  # every one, exactly once
    assert report.sent + report.duplicates >= 120 and report.duplicates >= 1
    assert outbox.pending(vault) == []
    assert len(outbox.sent(vault)) == 120
    assert all(item.endpoint == url for item in outbox.sent(vault))


def test_killed_mid_batch_and_restarted_loses_and_duplicates_nothing(
    vault, endpoint_process
) -> None:
    endpoint_process.start()
    url = endpoint_process.url
    consent.record(vault, "feedback", "given")
    service = first_service_id(url)
    queued = {str(outbox.queue_feedback(vault, service, "good", f"c{i}").id) for i in range(3000)}
    failures: list[BaseException] = []

    def run() -> None:
        try:
            sync_now(Here(vault), client(url, retries=0), tokens_of(vault), batch_size=50)
        except Offline as exc:
            failures.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 20
    while len(outbox.sent(vault)) < 200 and time.monotonic() < deadline:
        time.sleep(0.01)
    endpoint_process.kill()  # SIGKILL while batches are in flight
    worker.join(30)
    assert failures, "the sync should have noticed the server die"
    assert outbox.pending(vault), "some items should still be waiting"
    endpoint_process.start()  # same database, same port
    sync_now(Here(vault), client(url), tokens_of(vault))
    ids = server_ids(url, vault, "feedback")
    assert len(ids) == len(set(ids)) == 3000
    assert set(ids) == queued


def test_withdrawal_deletes_what_was_sent_and_stops_sending(vault, server) -> None:
    url, _faults = server
    consent.record(vault, "feedback", "given")
    service = first_service_id(url)
    queue_ids = {str(outbox.queue_feedback(vault, service, "poor").id) for _ in range(5)}
    sync_now(Here(vault), client(url), tokens_of(vault))
    assert set(server_ids(url, vault, "feedback")) == queue_ids
    token = tokens_of(vault).get("feedback")
    later = outbox.queue_feedback(vault, service, "good")
    assert withdraw(Here(vault), "feedback", client(url), tokens_of(vault)) == 5
    reply = requests.get(
        f"{url}/v1/contributors/me/contributions",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )
    assert reply.status_code == 401  # the contributor is gone at the server
    assert later.id not in {i.contribution.id for i in outbox.pending(vault)}
    assert not consent.has_consent(vault, "feedback")
    assert [r.action for r in consent.history(vault)] == ["given", "withdrawn"]


def test_a_withdrawal_made_offline_is_finished_at_the_next_chance(vault, server) -> None:
    url, _faults = server
    consent.record(vault, "feedback", "given")
    outbox.queue_feedback(vault, first_service_id(url), "good")
    sync_now(Here(vault), client(url), tokens_of(vault))
    dead = client("http://127.0.0.1:9", retries=0)  # nothing listens on port 9
    assert withdraw(Here(vault), "feedback", dead, tokens_of(vault)) is None
    assert finish_withdrawals(Here(vault), client(url), tokens_of(vault)) == ["feedback"]
    assert tokens_of(vault).get("feedback") is None


def test_directory_and_surveys_are_kept_for_offline_use(vault, server) -> None:
    url, faults = server
    consent.record(vault, "directory", "given")
    consent.record(vault, "surveys", "given")
    report = sync_now(Here(vault), client(url), tokens_of(vault))
    assert report.directory_services is not None and report.directory_services >= 40
    assert report.surveys == 2
    food = directory.search(directory.services(vault), "food")
    assert food and all(
        "food"
        in (s.name + (s.description or "") + " ".join(t.name for t in s.taxonomy_terms)).lower()
        for s in food
    )
    boroughs = {s.borough for s in directory.services(vault)}
    assert len(boroughs) >= 5
    in_hackney = directory.search(directory.services(vault), "", "Hackney")
    assert in_hackney and all(s.borough == "Hackney" for s in in_hackney)
    faults.requests.clear()
    again = sync_now(Here(vault), client(url), tokens_of(vault))  # nothing changed: 304s
    assert again.directory_services is None and again.surveys is None
    assert "GET /v1/directory/services" in faults.requests


def test_results_never_show_a_cell_under_ten(vault, server) -> None:
    url, _faults = server
    consent.record(vault, "wellbeing", "given")
    response = QuestionnaireResponse(
        instrument="ONS4",
        completed_at=datetime.now(UTC),
        answers={"life_satisfaction": 7, "worthwhile": 8, "happiness": 6, "anxiety": 3},
    )
    item = outbox.queue_wellbeing(vault, response, "Hackney", epsilon=2.0)
    assert item.body.kind == "ons4"
    sync_now(Here(vault), client(url), tokens_of(vault))
    results = cached_results(vault)
    assert results is not None
    counts = [b.reports for b in results.wellbeing]
    counts += [s.responses for s in results.services]
    counts += [q.respondents for survey in results.surveys for q in survey.questions]
    assert counts, "results should list something"
    for cell in counts:
        assert cell.suppressed or (cell.value is not None and cell.value >= 10)
    hackney = [b for b in results.wellbeing if b.borough == "Hackney"]
    assert hackney and hackney[0].reports.suppressed and hackney[0].satisfied.value is None


def test_preview_shows_exactly_what_will_be_sent(vault, server) -> None:
    url, faults = server
    consent.record(vault, "feedback", "given")
    item = outbox.queue_feedback(vault, "svc-x", "very_poor", "Waited two hours")
    preview = outbox.pending(vault)[0].json
    assert '"rating": "very_poor"' in preview and "Waited two hours" in preview
    assert "Ann" not in preview  # the profile name never leaves
    outbox.cancel(vault, item.id)
    assert outbox.pending(vault) == []
    faults.requests.clear()
    sync_now(Here(vault), client(url), tokens_of(vault))
    assert "POST /v1/contributions" not in faults.requests


def test_only_https_or_this_computer() -> None:
    for bad in ("http://example.org", "ftp://127.0.0.1", "https://u:p@example.org", "example.org"):
        with pytest.raises(BadEndpointUrl):
            EndpointClient(bad)
    assert EndpointClient("https://example.org/").base_url == "https://example.org"


def test_a_pseudonym_the_server_forgot_is_replaced_and_the_queue_drains(vault, server) -> None:
    url, _faults = server
    consent.record(vault, "feedback", "given")
    service = first_service_id(url)
    outbox.queue_feedback(vault, service, "good")
    sync_now(Here(vault), client(url), tokens_of(vault))
    old = tokens_of(vault).get("feedback")
    requests.delete(f"{url}/v1/contributors/me", headers={"Authorization": f"Bearer {old}"},
                    timeout=5).raise_for_status()  # as if withdrawn from another computer
    later = outbox.queue_feedback(vault, service, "very_good")
    sync_now(Here(vault), client(url), tokens_of(vault))
    assert outbox.pending(vault) == []
    assert tokens_of(vault).get("feedback") != old
    assert server_ids(url, vault, "feedback") == [str(later.id)]
