"""Rate limits counted in the database: shared by every worker and machine, exact under
concurrency, old windows pruned. On SQLite and (HEALTH_PLANNER_TEST_PG) PostgreSQL; the limit
across real worker processes is in tests/faults/test_endpoint_workers.py."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from endpoint.errors import ApiError
from endpoint.limits import RateLimiter
from endpoint.store import Store, rate_limits


@pytest.fixture
def stores(endpoint_db_url: str):
    first, second = Store(endpoint_db_url), Store(endpoint_db_url)  # two "processes"
    first.create_schema()
    yield first, second
    first.dispose()
    second.dispose()


def test_two_stores_share_one_limit_per_key_and_scope(stores) -> None:
    now = [6000.0]
    a, b = (RateLimiter(4, store=s, scope="token", clock=lambda: now[0]) for s in stores)
    assert [a.acquire("k"), b.acquire("k"), a.acquire("k"), b.acquire("k")] == [None] * 4
    wait = b.acquire("k")
    assert wait is not None and 59.9 < wait <= 60.0
    assert a.acquire("other") is None  # another key
    reads = RateLimiter(4, store=stores[0], scope="read", clock=lambda: now[0])
    assert reads.acquire("k") is None  # another scope
    with pytest.raises(ApiError) as refused:
        a.check("k")
    assert refused.value.status == 429
    assert refused.value.headers == {"Retry-After": "60"}
    assert "Please wait 60 seconds" in refused.value.message
    now[0] += 60.0
    assert a.acquire("k") is None


def test_concurrent_requests_are_counted_exactly(stores) -> None:
    limiter = RateLimiter(100, store=stores[0], scope="token", clock=lambda: 12_000.0)
    other = RateLimiter(100, store=stores[1], scope="token", clock=lambda: 12_000.0)
    allowed: list[bool] = []

    def hammer(which: RateLimiter) -> None:
        for _ in range(40):
            allowed.append(which.acquire("k") is None)

    threads = [threading.Thread(target=hammer, args=(limiter if n % 2 else other,))
               for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(allowed) == 240 and sum(allowed) == 100


def test_rows_of_past_windows_are_pruned(stores) -> None:
    store = stores[0]
    for n in range(5):
        store.count_request(f"k{n}", 60)
    assert store.count_request("k0", 60) == 2
    assert store.count_request("k0", 120) == 1  # a new window: the old rows go
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(rate_limits)).scalar_one() == 1
