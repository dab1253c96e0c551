"""The endpoint under load, killed and restarted mid-run: nothing a client was told is stored
goes missing, nothing is stored twice, bad requests are refused all the while, and one
contributor's token never reaches another's data.

`make test` runs 20 contributors for 5 seconds with one restart; `make soak` sets
HEALTH_PLANNER_LOAD_CONTRIBUTORS=200 and HEALTH_PLANNER_LOAD_SECONDS=60 and prints the figures.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from loadkit import TIMEOUT, EndpointServer, run_load

from sync.protocol import ContributionList, WithdrawalResult

CONTRIBUTORS = int(os.environ.get("HEALTH_PLANNER_LOAD_CONTRIBUTORS", "20"))
SECONDS = float(os.environ.get("HEALTH_PLANNER_LOAD_SECONDS", "5"))


@pytest.fixture
def endpoint_server(tmp_path: Path) -> Iterator[EndpointServer]:
    server = EndpointServer(tmp_path / "load.db", tmp_path / "endpoint.log")
    server.start()
    yield server
    server.stop()


def test_load_with_a_crash_loses_nothing_and_stores_nothing_twice(
    endpoint_server: EndpointServer,
) -> None:
    report, people = run_load(endpoint_server, CONTRIBUTORS, SECONDS, restarts=1)
    print(f"\n{report.figures()}")
    assert report.problems == []
    assert endpoint_server.starts == 2  # it really was killed and started again
    assert report.items_stored == report.items_confirmed > 0
    assert all(p.batches > 0 for p in people), "some contributors never got a batch through"
    assert report.retries > 0, "the restart should have made some clients retry"
    assert sum(report.mallory.refused.values()) > 0 and report.mallory.wrong == []

    # each token reads exactly its own ledger, and deleting one deletes only its own
    base = f"{endpoint_server.url}/v1"
    rng = random.Random(1)
    sample = rng.sample(people, min(5, len(people)))
    for person in sample:
        reply = requests.get(f"{base}/contributors/me/contributions", timeout=TIMEOUT,
                             headers={"Authorization": f"Bearer {person.token}"})
        ledger = ContributionList.model_validate_json(reply.content)
        assert ledger.contributor_id == person.contributor_id
        assert {str(i.id) for i in ledger.items} == person.confirmed
    leaver, stayers = sample[0], sample[1:]
    reply = requests.delete(f"{base}/contributors/me", timeout=TIMEOUT,
                            headers={"Authorization": f"Bearer {leaver.token}"})
    assert WithdrawalResult.model_validate_json(reply.content).deleted_contributions == len(
        leaver.confirmed)
    assert requests.get(f"{base}/contributors/me/contributions", timeout=TIMEOUT, headers={
        "Authorization": f"Bearer {leaver.token}"}).status_code == 401
    for person in stayers:
        reply = requests.get(f"{base}/contributors/me/contributions", timeout=TIMEOUT,
                             headers={"Authorization": f"Bearer {person.token}"})
        assert {str(i.id) for i in ContributionList.model_validate_json(reply.content).items} \
            == person.confirmed
