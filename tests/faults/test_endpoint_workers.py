"""Four worker processes on one PostgreSQL database (`health-planner-endpoint --workers 4`):

* the same batch sent 50 times at once is stored once;
* a per-token rate limit holds across the workers (counted in the database, not per process);
* after a concurrent load with resends and withdrawals, the aggregate tables equal a recount
  from the raw rows (`Store.*_full`).

Needs HEALTH_PLANNER_TEST_PG (`.ci/run` starts a server); without it the test says so and
skips. `make test` runs 16 contributors x 4 batches; `make soak` sets
HEALTH_PLANNER_WORKERS_CONTRIBUTORS=200 and HEALTH_PLANNER_WORKERS_BATCHES=20.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from loadkit import _item, free_port
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from endpoint.store import Store, contributions
from endpoint.textcrypt import KEY_VARIABLE, generate_key

PG_URL = os.environ.get("HEALTH_PLANNER_TEST_PG", "").strip()
WORKERS = 4
RATE = 60  # per token per minute
CONTRIBUTORS = int(os.environ.get("HEALTH_PLANNER_WORKERS_CONTRIBUTORS", "16"))
BATCHES = int(os.environ.get("HEALTH_PLANNER_WORKERS_BATCHES", "4"))
ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = (3.0, 30.0)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(sys.platform != "linux", reason="counts worker processes in /proc"),
    pytest.mark.skipif(not PG_URL, reason="HEALTH_PLANNER_TEST_PG is not set: the multi-"
                       "worker test needs PostgreSQL and did NOT run"),
]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Store]]:
    schema = f"hp_workers_{uuid.uuid4().hex[:10]}"
    admin = Store(PG_URL)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(admin.engine.url).update_query_dict(
        {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    port = free_port()
    log = (tmp_path / "endpoint.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "endpoint", "--db", url, "--port", str(port),
         "--workers", str(WORKERS), "--rate-limit", str(RATE), "--registrations-per-minute",
         "0", "--public-reads-per-minute", "0", "--log-level", "warning"],
        cwd=ROOT, stdout=log, stderr=log, env={**os.environ, KEY_VARIABLE: generate_key()},
    )
    base = f"http://127.0.0.1:{port}"
    store = Store(url)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp_path / "endpoint.log").read_text()
            try:
                if requests.get(f"{base}/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "the endpoint did not start"
            time.sleep(0.1)
        while len(_children(proc.pid)) < WORKERS + 1 and time.monotonic() < deadline:
            time.sleep(0.1)  # workers, plus multiprocessing's resource tracker
        assert len(_children(proc.pid)) >= WORKERS
        yield base, store
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()
        store.dispose()
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def _register(base: str) -> dict[str, str]:
    reply = requests.post(f"{base}/v1/contributors", json={}, timeout=TIMEOUT)
    assert reply.status_code == 201, reply.text
    made = reply.json()
    return {"Authorization": f"Bearer {made['token']}", "Content-Type": "application/json"}


def _at_once(count: int, call: Any) -> list[Any]:
    """`call(session)` from `count` threads released together; their answers."""
    start = threading.Barrier(count)
    answers: list[Any] = [None] * count

    def run(n: int) -> None:
        with requests.Session() as session:
            start.wait()
            answers[n] = call(session)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return answers


def _outside_a_window_edge() -> None:
    """The limit's windows are whole minutes: start a burst well inside one."""
    while time.time() % 60 > 45:
        time.sleep(0.5)


def test_four_workers_store_once_limit_together_and_keep_aggregates_exact(server) -> None:
    base, store = server
    rng = random.Random(15)

    # 1. the same batch, 50 times at once, across the workers: stored once
    headers = _register(base)
    batch = [_item(rng, []) for _ in range(10)]
    body = json.dumps({"items": batch})
    _outside_a_window_edge()
    replies = _at_once(50, lambda s: s.post(f"{base}/v1/contributions", data=body,
                                            headers=headers, timeout=TIMEOUT))
    assert sorted({r.status_code for r in replies}) == [200]
    accepted = sum(item["status"] == "accepted" for r in replies for item in r.json()["items"])
    assert accepted == 10  # each item accepted by exactly one of the 50
    with store.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(contributions)).scalar_one()
    assert stored == 10

    # 2. one token's limit holds across the four workers (in memory each would allow RATE)
    headers = _register(base)
    _outside_a_window_edge()
    replies = _at_once(RATE + 40, lambda s: s.get(f"{base}/v1/contributors/me/contributions",
                                                  headers=headers, timeout=TIMEOUT))
    codes = [r.status_code for r in replies]
    assert codes.count(200) == RATE and codes.count(429) == 40
    assert all(1 <= int(r.headers["Retry-After"]) <= 60 for r in replies if r.status_code == 429)

    # 3. a concurrent load with resends and withdrawals; then the kept aggregates = a recount
    people = [_register(base) for _ in range(CONTRIBUTORS)]
    errors: list[str] = []

    def contribute(n: int) -> None:
        local = random.Random(n)
        with requests.Session() as session:
            sent: list[str] = []
            for _ in range(BATCHES):
                items = [_item(local, []) for _ in range(local.randint(1, 6))]
                payload = json.dumps({"items": items})
                sent.append(payload)
                for attempt in (payload, *([local.choice(sent)] if local.random() < 0.4
                                           else [])):
                    reply = session.post(f"{base}/v1/contributions", data=attempt,
                                         headers=people[n], timeout=TIMEOUT)
                    if reply.status_code != 200:
                        errors.append(f"{reply.status_code} {reply.text[:200]}")
            if n % 5 == 4:  # some leave while the others still send
                reply = session.delete(f"{base}/v1/contributors/me", headers=people[n],
                                       timeout=TIMEOUT)
                if reply.status_code != 200:
                    errors.append(f"withdrawal {reply.status_code}")

    threads = [threading.Thread(target=contribute, args=(n,)) for n in range(CONTRIBUTORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert errors == []

    def key(values: Any) -> list[str]:
        return sorted(map(repr, values))

    assert key(store.fft_tallies()) == key(store.fft_tallies_full())
    assert key(store.survey_option_tallies()) == key(store.survey_option_tallies_full())
    groups, people_by_borough = store.ons4_groups()
    full_groups, full_people = store.ons4_groups_full()
    assert key(groups) == key(full_groups) and people_by_borough == full_people
    kept_outcomes, kept_cells = store.outcome_groups()
    full_outcomes, full_cells = store.outcome_groups_full()
    assert key(kept_outcomes) == key(full_outcomes) and kept_cells == full_cells
    assert sum(t.responses for t in store.fft_tallies() if t.rating is None) > 0
