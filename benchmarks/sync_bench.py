"""Rows about participation: a sync of 10,000 queued contributions, the endpoint's ingest rate
with four clients at once, and `GET /v1/results` over 1,000,000 stored contributions.

The endpoint runs as its own process (`python -m endpoint`), as on a real server, so its work
and the client's share the machine's two cores the way they would.
"""

from __future__ import annotations

import json
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from benchmarks import data
from benchmarks.harness import ROOT, Row, median, ms, p99, python_env, say
from endpoint.textcrypt import KEY_VARIABLE, generate_key
from planner.vault import Profiles

CONTRIBUTIONS = 1_000_000
SYNC_ITEMS = 10_000
CLIENTS = 4
BATCHES_PER_CLIENT = 20
BATCH = 500


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def endpoint(db: Path, *extra: str) -> Iterator[str]:
    """The reference endpoint on 127.0.0.1 over the SQLite file `db`; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "endpoint", "--db", f"sqlite:///{db}", "--port", str(port),
         "--log-level", "warning", "--public-reads-per-minute", "0", *extra],
        # Free text is encrypted at rest as in production (a throwaway key per run).
        cwd=ROOT, env={**python_env(), KEY_VARIABLE: generate_key()},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # a first start over 1M rows builds its tables
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the endpoint stopped: {proc.stderr.read()[-2000:]!r}"
                                   if proc.stderr else "the endpoint stopped")
            try:
                if requests.get(f"{url}/v1/health", timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the endpoint did not start")
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# -- sync -----------------------------------------------------------------------------------


def _queued_vault() -> data.BuiltVault:
    """A profile that agreed to send feedback and has 10,000 contributions queued (cached)."""
    from sync import consent, outbox

    folder = data.CACHE / f"sync-{SYNC_ITEMS}-b{data.BUILDER_VERSION}"
    built = data.BuiltVault(folder, SYNC_ITEMS, data.CHEAP_KDF)
    if (folder / "built.json").exists():
        return built
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    say(f"  queueing {SYNC_ITEMS:,} contributions (cached in {folder.relative_to(ROOT)})")
    vault, _ = Profiles(folder, kdf=data.CHEAP_KDF).create(data.NAME, data.PASSPHRASE)
    consent.record(vault, "feedback", "given")
    services = [doc["id"] for doc in _seed("services.json")["services"]]
    rng = random.Random(5)
    ratings = ("very_good", "good", "neither", "poor", "very_poor", "dont_know")
    for _ in range(SYNC_ITEMS):
        outbox.queue_feedback(vault, rng.choice(services), rng.choice(ratings))
    vault.lock()
    (folder / "built.json").write_text("{}")
    return built


def _seed(name: str) -> Any:
    return json.loads((ROOT / "endpoint" / "seed" / name).read_text(encoding="utf-8"))


def bench_sync(rows: list[Row]) -> None:
    say("sync: 10,000 queued contributions to a local endpoint ...")
    from sync import engine, outbox
    from sync.access import Here
    from sync.client import EndpointClient
    from sync.tokens import tokens_of

    built = _queued_vault()
    times: list[float] = []
    for _ in range(3):
        work = Path(tempfile.mkdtemp(prefix="hp-sync-"))
        try:
            vault = built.copy_to(work / "v").unlock()
            with endpoint(work / "endpoint.db") as url:
                client = EndpointClient(url)
                started = time.perf_counter()
                report = engine.sync_now(Here(vault), client, tokens_of(vault))
                times.append(time.perf_counter() - started)
                client.close()
            left = len(outbox.pending(vault))
            vault.lock()
            if report.sent != SYNC_ITEMS or left:
                raise RuntimeError(f"sync sent {report.sent}, {left} left queued")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    figure = median(times)
    rows.append(Row(
        "sync: 10,000 queued contributions to a local endpoint", ms(figure), "<= 10 s",
        figure <= 10, f"{SYNC_ITEMS / figure:,.0f}/s in batches of 500, marked sent after each",
        figure, "s",
    ))


# -- ingest ---------------------------------------------------------------------------------


def _batch_body(rng: random.Random, services: list[str]) -> str:
    now = datetime.now(UTC)
    items = [{
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "purpose": "feedback",
        "created_at": (now - timedelta(minutes=i)).isoformat(),
        "body": {"kind": "fft", "service_id": rng.choice(services),
                 "rating": rng.choice(["very_good", "good", "poor"])},
    } for i in range(BATCH)]
    return json.dumps({"items": items})


def ingest_once(url: str, services: list[str], seed: int, *, clients: int = CLIENTS,
                batches: int = BATCHES_PER_CLIENT, warm_up: bool = False) -> tuple[int, float]:
    """`clients` clients, each with its own token and connection, sending `batches` prepared
    batches at once; contributions sent and seconds. With `warm_up` each first sends one batch
    before the clock starts (a fresh worker's first request pays for its imports and pool)."""
    rng = random.Random(seed)
    senders = []
    for _ in range(clients):
        session = requests.Session()
        token = session.post(f"{url}/v1/contributors", json={}, timeout=30).json()["token"]
        bodies = [_batch_body(rng, services) for _ in range(batches + int(warm_up))]
        senders.append((session, token, bodies))
    errors: list[str] = []
    start = threading.Barrier(clients + 1)

    def post(session: requests.Session, token: str, body: str) -> None:
        reply = session.post(f"{url}/v1/contributions", data=body, timeout=120,
                             headers={"Authorization": f"Bearer {token}",
                                      "Content-Type": "application/json"})
        if reply.status_code != 200 or reply.json()["accepted"] != BATCH:
            errors.append(f"{reply.status_code} {reply.text[:200]}")

    def send(session: requests.Session, token: str, bodies: list[str]) -> None:
        if warm_up:
            post(session, token, bodies[0])
        start.wait()
        for body in bodies[int(warm_up):]:
            post(session, token, body)

    threads = [threading.Thread(target=send, args=c) for c in senders]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    for session, _token, _bodies in senders:
        session.close()
    if errors:
        raise RuntimeError(f"ingest failed: {errors[0]}")
    return clients * batches * BATCH, seconds


def bench_ingest(rows: list[Row]) -> None:
    say("endpoint ingest on SQLite, 4 concurrent clients ...")
    services = [doc["id"] for doc in _seed("services.json")["services"]]
    rates: list[float] = []
    for run in range(3):
        work = Path(tempfile.mkdtemp(prefix="hp-ingest-"))
        try:
            with endpoint(work / "endpoint.db") as url:
                count, seconds = ingest_once(url, services, run)
                rates.append(count / seconds)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    rate = median(rates)
    rows.append(Row(
        "endpoint ingest on SQLite, 4 concurrent clients", f"{rate:,.0f} contributions/s",
        ">= 2,000/s", rate >= 2000,
        f"{CLIENTS} x {BATCHES_PER_CLIENT} batches of {BATCH}, aggregates kept in the same "
        "transaction", rate, "/s",
    ))


# -- results --------------------------------------------------------------------------------


def _results_db() -> Path:
    """An endpoint database holding 1,000,000 contributions from 20,000 contributors (cached).

    Rows go in with plain bulk inserts, then the aggregate tables are filled by
    `rebuild_aggregates`, which is what an endpoint does on first start over an older
    database; the unit tests show the kept tables equal that full computation.
    """
    from endpoint.store import Store, contributions, contributors

    db = data.CACHE / f"endpoint-{CONTRIBUTIONS}-b{data.BUILDER_VERSION}.db"
    marker = db.with_suffix(".built")
    if marker.exists():
        return db
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    say(f"  storing {CONTRIBUTIONS:,} contributions (cached in {db.relative_to(ROOT)})")
    store = Store(f"sqlite:///{db}")
    store.create_schema()
    store.seed_if_empty()
    services = [doc["id"] for doc in _seed("services.json")["services"]]
    surveys = [(s["id"], q["id"], [o["id"] for o in q["options"]])
               for s in _seed("surveys.json")["surveys"] for q in s["questions"]]
    boroughs = ["Hackney", "Lambeth", "Southwark", "Camden", "Newham", "Islington"]
    rng = random.Random(1)
    now = datetime(2026, 3, 1)
    people = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(20_000)]
    with store.engine.begin() as conn:
        conn.execute(contributors.insert(), [
            {"id": p, "token_hash": f"{n:064x}", "created_at": now} for n, p in enumerate(people)
        ])
    columns = [c.name for c in contributions.columns]
    made = 0
    while made < CONTRIBUTIONS:
        chunk = []
        for _ in range(min(50_000, CONTRIBUTIONS - made)):
            row = dict.fromkeys(columns)
            pick = rng.random()
            created = now - timedelta(minutes=rng.randint(0, 500_000))
            row.update(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                       contributor_id=rng.choice(people), created_at=created,
                       received_at=created + timedelta(minutes=5))
            if pick < 0.5:
                row.update(purpose="feedback", kind="fft", service_id=rng.choice(services),
                           rating=rng.choice(["very_good", "good", "neither", "poor"]))
            elif pick < 0.8:
                survey, question, options = rng.choice(surveys)
                row.update(purpose="surveys", kind="survey", survey_id=survey,
                           question_id=question, option_id=rng.choice(options))
            else:
                row.update(purpose="wellbeing", kind="ons4", borough=rng.choice(boroughs),
                           epsilon=rng.choice([1.0, 2.0]),
                           **{k: rng.randint(0, 10)
                              for k in ("satisfied", "worthwhile", "happy", "anxious")})
            chunk.append(row)
        with store.engine.begin() as conn:
            conn.execute(contributions.insert(), chunk)
        made += len(chunk)
        say(f"    ... {made:,} of {CONTRIBUTIONS:,} contributions")
    store.rebuild_aggregates()
    store.dispose()
    marker.write_text("{}")
    return db


def bench_results(rows: list[Row]) -> None:
    say("GET /v1/results with 1,000,000 stored contributions ...")
    db = _results_db()
    with endpoint(db, "--no-seed") as url:
        session = requests.Session()
        for _ in range(10):  # warm: first reads decode the seed documents
            session.get(f"{url}/v1/results", timeout=60).raise_for_status()
        times: list[float] = []
        boroughs = ["", "?borough=Hackney", "?borough=Camden"]
        for i in range(300):
            started = time.perf_counter()
            reply = session.get(f"{url}/v1/results{boroughs[i % 3]}", timeout=60)
            times.append(time.perf_counter() - started)
            reply.raise_for_status()
        session.close()
    worst = p99(times)
    rows.append(Row(
        "endpoint GET /v1/results p99, 1,000,000 stored contributions", ms(worst), "<= 100 ms",
        worst <= 0.100, f"median {ms(median(times))} over 300 requests (all of London and "
        "two boroughs); per-cell counts kept at ingest", worst * 1000, "ms",
    ))
