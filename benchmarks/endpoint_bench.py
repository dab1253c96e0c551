"""The endpoint where it will run (issue #22, point 5): PostgreSQL, several worker processes
behind one port, ten million stored contributions.

Each row starts its own private PostgreSQL cluster on loopback (benchmarks/pgcluster.py, as
`.ci/run` does) and stops it afterwards; nothing is cached between runs. The endpoint runs as
`python -m endpoint --workers N`, its own processes, so server and clients share the machine's
cores as they would on a small server.

* `pg-ingest`: contributions/s with 1, 2 and 4 workers, and the 4-vs-1 ratio. The ratio is
  bounded by the cores: with two, four workers cannot be twice as fast as two.
* `pg-results`: `GET /v1/results` over 10,000,000 contributions (benchmarks/pgdata.py), with
  the disclosure control (endpoint/disclosure.py) and the daily publication
  (endpoint/publishing.py) in the path: the first request of a day builds and stores every
  view from the tallies, its own figure; every later request that day serves the stored bytes
  (the p99 row).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import requests

from benchmarks import pgcluster, pgdata
from benchmarks.harness import ROOT, Row, median, ms, p99, python_env, say
from benchmarks.sync_bench import BATCH, _free_port, _seed, ingest_once
from endpoint.textcrypt import KEY_VARIABLE, generate_key

WORKERS = (1, 2, 4)
ROUNDS = 3
CLIENTS = 8  # two per worker at the most, so four workers all have work
BATCHES_PER_CLIENT = 10
RESULTS_WORKERS = 2  # one per core of this machine
CONTRIBUTIONS_VARIABLE = "HEALTH_PLANNER_BENCH_CONTRIBUTIONS"
DEFAULT_CONTRIBUTIONS = 10_000_000
FIRST_OF_DAY_TRIES = 5
STEADY_REQUESTS = 300


@contextmanager
def pg_endpoint(db_url: str, workers: int, *extra: str) -> Iterator[str]:
    """`python -m endpoint --workers N` on 127.0.0.1 over the PostgreSQL database `db_url`;
    yields its base URL once every worker answers."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "endpoint", "--db", db_url, "--port", str(port),
         "--workers", str(workers), "--log-level", "warning",
         "--public-reads-per-minute", "0", *extra],
        # Free text is encrypted at rest as in production (a throwaway key per run).
        cwd=ROOT, env={**python_env(), KEY_VARIABLE: generate_key()},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        answered = 0
        while answered < 4 * workers:  # several answers in a row: workers start one by one
            if proc.poll() is not None:
                raise RuntimeError(f"the endpoint stopped: {proc.stderr.read()[-2000:]!r}"
                                   if proc.stderr else "the endpoint stopped")
            try:
                requests.get(f"{url}/v1/health", timeout=2).raise_for_status()
                answered += 1
            except requests.RequestException:
                answered = 0
                time.sleep(0.05)
            if time.monotonic() > deadline:
                raise RuntimeError("the endpoint did not start")
        time.sleep(1.0)  # let the last workers finish importing
        yield url
    finally:
        proc.terminate()  # uvicorn's supervisor stops its workers on SIGTERM
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# -- ingest ---------------------------------------------------------------------------------


def bench_pg_ingest(rows: list[Row]) -> None:
    cores = os.cpu_count() or 1
    say(f"endpoint ingest on PostgreSQL, 1, 2 and 4 workers ({cores} cores) ...")
    services = [doc["id"] for doc in _seed("services.json")["services"]]
    rates: dict[int, list[float]] = {n: [] for n in WORKERS}
    with pgcluster.cluster() as server:
        for round_ in range(ROUNDS):  # interleaved, so a busy moment slows every count alike
            for workers in WORKERS:
                db = pgcluster.create_database(server, f"ingest_{workers}_{round_}")
                with pg_endpoint(db, workers) as url:
                    count, seconds = ingest_once(url, services, round_, clients=CLIENTS,
                                                 batches=BATCHES_PER_CLIENT, warm_up=True)
                rates[workers].append(count / seconds)
                say(f"  {workers} worker(s): {count / seconds:,.0f}/s")
    medians = {n: median(rates[n]) for n in WORKERS}
    batches = f"{CLIENTS} clients x {BATCHES_PER_CLIENT} batches of {BATCH}"
    for workers in WORKERS:
        rate = medians[workers]
        rows.append(Row(
            f"endpoint ingest on PostgreSQL, {workers} worker{'s' if workers > 1 else ''}",
            f"{rate:,.0f} contributions/s", ">= 2,000/s", rate >= 2000,
            f"{batches}, median of {ROUNDS}; private cluster on loopback, default settings",
            rate, "/s", {"runs": rates[workers]},
        ))
    ratio = medians[4] / medians[1]
    rows.append(Row(
        "endpoint ingest on PostgreSQL, 4 workers vs 1", f"{ratio:.2f}x", "reported", None,
        f"this machine has {cores} cores (os.cpu_count()): server, database and the clients "
        f"share them, so 4 workers cannot be 4x; 2 vs 1: {medians[2] / medians[1]:.2f}x",
        ratio, "x",
    ))


# -- results --------------------------------------------------------------------------------


def _contributions() -> int:
    raw = os.environ.get(CONTRIBUTIONS_VARIABLE, "").replace("_", "").replace(",", "")
    return int(raw) if raw else DEFAULT_CONTRIBUTIONS


def _unpublish(db_url: str) -> None:
    """Forget the stored publication, as if a new day had begun (the next request publishes)."""
    with pgcluster.connect(db_url) as conn:
        conn.execute("DELETE FROM published_results")
        conn.commit()


def bench_pg_results(rows: list[Row]) -> None:
    count = _contributions()
    say(f"GET /v1/results on PostgreSQL with {count:,} stored contributions ...")
    from endpoint.store import Store

    with pgcluster.cluster() as server:
        db = pgcluster.create_database(server, "results")
        store = Store(db)
        store.create_schema()
        store.seed_if_empty()
        store.dispose()
        began = time.perf_counter()
        steps = pgdata.fill(db, count)
        built = time.perf_counter() - began
        say(f"  stored in {built:.0f} s ({', '.join(f'{k} {v:.0f} s' for k, v in steps.items())})")
        with pg_endpoint(db, RESULTS_WORKERS, "--no-seed") as url:
            session = requests.Session()
            views = ["", "?borough=Hackney", "?borough=Camden"]
            firsts: list[float] = []
            for attempt in range(FIRST_OF_DAY_TRIES + 1):  # the first try also warms a worker
                _unpublish(db)
                started = time.perf_counter()
                session.get(f"{url}/v1/results{views[attempt % 3]}",
                            timeout=120).raise_for_status()
                firsts.append(time.perf_counter() - started)
            for _ in range(10):  # warm: each worker's first read of the stored bytes
                session.get(f"{url}/v1/results", timeout=60).raise_for_status()
            times: list[float] = []
            for i in range(STEADY_REQUESTS):
                started = time.perf_counter()
                reply = session.get(f"{url}/v1/results{views[i % 3]}", timeout=60)
                times.append(time.perf_counter() - started)
                reply.raise_for_status()
            london = session.get(f"{url}/v1/results", timeout=60).json()
            session.close()
    # What was served is built from the stored rows: FFT responses published London-wide.
    published = sum(service["responses"]["value"] or 0 for service in london["services"])
    if not published and count >= 100_000:  # a tiny run may suppress every cell
        raise RuntimeError("the published results show no FFT responses")
    first = median(firsts[1:])
    worst = p99(times)
    size = f"{count:,} stored contributions"
    rows.append(Row(
        f"endpoint GET /v1/results p99 on PostgreSQL, {size}", ms(worst), "<= 100 ms",
        worst <= 0.100,
        f"median {ms(median(times))} over {STEADY_REQUESTS} requests (London and two "
        f"boroughs), {RESULTS_WORKERS} workers; the day's published views, built through "
        f"endpoint.disclosure ({published:,} FFT responses shown London-wide); data stored "
        f"in {built:.0f} s", worst * 1000, "ms",
        {"build_seconds": steps, "contributions": count, "fft_published": published},
    ))
    rows.append(Row(
        f"endpoint GET /v1/results, first request of a day, {size}", ms(first), "reported",
        None, f"publishes every view (London + 33 boroughs) from the tallies; median of "
        f"{FIRST_OF_DAY_TRIES} (the very first, in a cold worker: {ms(firsts[0])})",
        first * 1000, "ms", {"runs": firsts},
    ))
