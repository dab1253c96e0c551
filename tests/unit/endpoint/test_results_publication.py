"""`GET /v1/results` is published in steps, every view at once, the same from every worker.

Differencing (a download just before and just after one person's contribution) is the attack
these tests close within a publication period; docs/PRIVACY.md says what remains across periods.
The servers run with the production default period (a day) and a clock the test moves.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from endpoint.publishing import DEFAULT_PERIOD

SERVICE_BOROUGH = "Hackney"


class Clock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment


def _daily(endpoint_factory: Any, clock: Clock) -> Any:
    return endpoint_factory(results_period=DEFAULT_PERIOD, now=clock)


def _service_id(endpoint: Any, borough: str = SERVICE_BOROUGH) -> str:
    page = endpoint.get("/v1/directory/services", params={"borough": borough}).json()
    return str(page["contents"][0]["id"])


def _rate(endpoint: Any, item: Any, service_id: str, rating: str, people: int) -> None:
    for _ in range(people):
        who = endpoint.register()
        body = {"kind": "fft", "service_id": service_id, "rating": rating}
        assert endpoint.send(who, [item(body)]).status_code == 200


def _service(results: dict[str, Any], service_id: str) -> dict[str, Any]:
    return next(s for s in results["services"] if s["service_id"] == service_id)


def test_two_downloads_in_one_day_are_identical_and_the_next_day_shows_the_change(
    endpoint_factory, item
):
    clock = Clock()
    server = _daily(endpoint_factory, clock)
    service_id = _service_id(server)
    _rate(server, item, service_id, "very_good", 12)
    _rate(server, item, service_id, "poor", 12)
    before = server.get("/v1/results")
    assert before.status_code == 200

    _rate(server, item, service_id, "poor", 1)  # the one person a reader wants to single out
    clock.moment += timedelta(hours=10)
    after = server.get("/v1/results")
    assert after.content == before.content
    assert after.headers["ETag"] == before.headers["ETag"]

    clock.moment += timedelta(days=1)
    next_day = server.get("/v1/results").json()
    # The day's change shows, a day later (12 + 12 + 1 responses).
    assert _service(next_day, service_id)["responses"]["value"] == 25


def test_every_view_of_a_day_is_built_at_the_same_moment(endpoint_factory, item):
    clock = Clock()
    server = _daily(endpoint_factory, clock)
    service_id = _service_id(server)
    _rate(server, item, service_id, "good", 10)
    london = server.get("/v1/results").json()  # the first request of the day builds every view
    _rate(server, item, service_id, "good", 10)
    borough = server.get("/v1/results", params={"borough": SERVICE_BOROUGH}).json()
    assert _service(borough, service_id) == _service(london, service_id)
    assert _service(borough, service_id)["responses"]["value"] == 10


def test_two_workers_on_one_database_serve_the_same_bytes(endpoint_factory, item):
    clock = Clock()
    first = _daily(endpoint_factory, clock)
    second = _daily(endpoint_factory, clock)
    service_id = _service_id(first)
    _rate(first, item, service_id, "good", 10)
    from_first = first.get("/v1/results", params={"borough": SERVICE_BOROUGH})
    _rate(second, item, service_id, "very_poor", 10)
    from_second = second.get("/v1/results", params={"borough": SERVICE_BOROUGH})
    assert from_second.content == from_first.content


def test_a_flood_of_unknown_service_ids_does_not_slow_the_results(endpoint_factory, item):
    """Feedback naming 20,000 services nobody has heard of: /results stays a lookup."""
    server = endpoint_factory()  # live publication: the costliest case
    baseline = []
    for _ in range(10):
        started = time.perf_counter()
        assert server.get("/v1/results").status_code == 200
        baseline.append(time.perf_counter() - started)

    who = server.register()
    ids = [f"unknown-{n}" for n in range(20_000)]
    for start in range(0, len(ids), 500):
        items = [item({"kind": "fft", "service_id": s, "rating": "good"})
                 for s in ids[start:start + 500]]
        assert server.send(who, items).status_code == 200

    assert server.get("/v1/results").status_code == 200  # built once
    flooded = []
    for _ in range(10):
        started = time.perf_counter()
        response = server.get("/v1/results")
        flooded.append(time.perf_counter() - started)
        assert response.status_code == 200
    assert not any(s["service_id"].startswith("unknown-") for s in response.json()["services"])
    assert statistics.median(flooded) < max(0.05, 3 * statistics.median(baseline))
