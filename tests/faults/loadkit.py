"""A loopback load test for the participation endpoint, with the server killed and restarted.

`EndpointServer` runs the real console entry point (`python -m endpoint ... --rate-limit 0`) as
its own process, so SIGKILL is a real crash. `run_load` starts one thread per contributor; each
sends batches of new contributions with fresh UUIDs and, after a timeout, a 5xx or a refused
connection, sends the *same* batch again until the server confirms every id, exactly as the
desktop client does. A "mallory" thread sends oversized, malformed and wrongly-authorised
requests all the while. `check_store` then compares what the clients believe with what the
database holds.

Imported by name (pytest puts tests/faults on sys.path).
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from endpoint.deps import hash_token
from endpoint.store import Store
from endpoint.textcrypt import KEY_VARIABLE, generate_key
from sync.protocol import LONDON_BOROUGHS, BatchResult, ContributorCreated

TIMEOUT = (3.0, 15.0)
HTTP_REGISTRATIONS = 25  # the endpoint allows 30 new contributors a minute per address


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class EndpointServer:
    """`python -m endpoint` on a fixed port, startable again after a kill (same database)."""

    def __init__(self, db: Path, log: Path) -> None:
        self.db = db
        self.db_url = f"sqlite:///{db}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        # Free text encrypted at rest as in production; the same key across restarts.
        self.env = {**os.environ, KEY_VARIABLE: generate_key()}

    def start(self, timeout: float = 30.0) -> float:
        """Start and wait until /v1/health answers; returns how long that took."""
        started = time.monotonic()
        with self.log.open("ab") as sink:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "endpoint", "--db", self.db_url, "--port",
                 str(self.port), "--rate-limit", "0", "--public-reads-per-minute", "0",
                 "--log-level", "warning"],
                stdout=sink, stderr=sink, env=self.env,
            )
        self.starts += 1
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the endpoint exited with {self.proc.returncode}; see "
                                   f"{self.log}")
            try:
                if requests.get(f"{self.url}/v1/health", timeout=1).ok:
                    return time.monotonic() - started
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("the endpoint did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flushing, as in a power cut of the process."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Contributor:
    contributor_id: str
    token: str
    confirmed: set[str] = field(default_factory=set)  # ids the server said it holds
    accepted: Counter[str] = field(default_factory=Counter)  # "accepted" answers per id
    batches: int = 0
    retries: int = 0
    unexpected: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)  # gave up on these (a failure)


def register(server: EndpointServer, n: int) -> list[Contributor]:
    """The first few through POST /v1/contributors, the rest straight into the endpoint's store
    (one address may only register 30 a minute, and all of ours are 127.0.0.1)."""
    people: list[Contributor] = []
    for _ in range(min(n, HTTP_REGISTRATIONS)):
        reply = requests.post(f"{server.url}/v1/contributors", json={}, timeout=TIMEOUT)
        assert reply.status_code == 201, reply.text
        made = ContributorCreated.model_validate_json(reply.content)
        people.append(Contributor(made.contributor_id, made.token))
    if n > len(people):
        store = Store(server.db_url)
        try:
            for _ in range(n - len(people)):
                person = Contributor(str(uuid.uuid4()), "load-" + uuid.uuid4().hex)
                store.create_contributor(person.contributor_id, hash_token(person.token),
                                         datetime.now(UTC))
                people.append(person)
        finally:
            store.dispose()
    return people


def _item(rng: random.Random, surveys: list[dict[str, Any]]) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    roll = rng.random()
    body: dict[str, Any]
    if roll < 0.5:
        purpose, body = "feedback", {
            "kind": "fft", "service_id": f"svc-{rng.randrange(40)}",
            "rating": rng.choice(["very_good", "good", "neither", "poor", "very_poor",
                                  "dont_know"]),
            **({"comment": "Friendly and on time"} if rng.random() < 0.2 else {}),
        }
    elif roll < 0.85 or not surveys:
        purpose, body = "wellbeing", {
            "kind": "ons4", "borough": rng.choice(LONDON_BOROUGHS), "epsilon": 2.0,
            **{k: rng.randrange(11) for k in ("satisfied", "worthwhile", "happy", "anxious")},
        }
    else:
        survey = rng.choice(surveys)
        question = rng.choice(survey["questions"])
        purpose, body = "surveys", {
            "kind": "survey", "survey_id": survey["id"], "question_id": question["id"],
            "option_id": rng.choice(question["options"])["id"],
        }
    return {"id": str(uuid.uuid4()), "purpose": purpose, "created_at": now, "body": body}


@dataclass
class Mallory:
    """Requests that must be refused, sent during the load. Ids in them must never be stored."""

    sent: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


@dataclass
class LoadReport:
    contributors: int
    seconds: float
    restarts: int
    downtime: float
    requests: int
    batches: int
    retries: int
    items_confirmed: int
    items_stored: int
    per_second: float
    lost: int
    duplicated: int
    mallory: Mallory
    problems: list[str]

    def figures(self) -> str:
        refused = ", ".join(f"{k} {v}" for k, v in sorted(self.mallory.refused.items()))
        return (
            f"endpoint load: {self.contributors} contributors for {self.seconds:.0f} s, "
            f"{self.restarts} kill -9 and restart ({self.downtime:.1f} s down); "
            f"{self.requests} requests ({self.per_second:.0f}/s), {self.batches} batches, "
            f"{self.retries} retried after a failure; {self.items_confirmed} contributions "
            f"confirmed, {self.items_stored} stored, {self.lost} lost, {self.duplicated} "
            f"duplicated; bad requests refused ({sum(self.mallory.refused.values())}): "
            f"{refused}; {len(self.mallory.wrong)} answered wrongly"
        )


def _mallory(server: EndpointServer, victim: Contributor, stop: threading.Event,
             rng: random.Random, seen: Mallory) -> None:
    http = requests.Session()
    http.trust_env = False
    base = f"{server.url}/v1"
    while not stop.is_set():
        item = _item(rng, [])
        seen.ids.add(item["id"])
        ok_batch = json.dumps({"items": [item]})
        cases: list[tuple[str, dict[str, Any], set[int]]] = [
            ("oversized", {"data": b'{"items": [' + b" " * (1024 * 1024 + 10) + b"]}",
                           "headers": {"Authorization": f"Bearer {victim.token}",
                                       "Content-Type": "application/json"}}, {413}),
            ("malformed json", {"data": ok_batch[:-3], "headers": {
                "Authorization": f"Bearer {victim.token}",
                "Content-Type": "application/json"}}, {400}),
            ("extra field", {"data": ok_batch.replace('"purpose"', '"nhs_number": "9990000018",'
                                                      ' "purpose"', 1),
                             "headers": {"Authorization": f"Bearer {victim.token}",
                                         "Content-Type": "application/json"}}, {422}),
            ("no token", {"data": ok_batch, "headers": {"Content-Type": "application/json"}},
             {401}),
            ("someone else's id as token", {"data": ok_batch, "headers": {
                "Authorization": f"Bearer {victim.contributor_id}",
                "Content-Type": "application/json"}}, {401}),
            ("token hash as token", {"data": ok_batch, "headers": {
                "Authorization": f"Bearer {hash_token(victim.token)}",
                "Content-Type": "application/json"}}, {401}),
        ]
        name, kwargs, expected = rng.choice(cases)
        try:
            reply = http.post(f"{base}/contributions", timeout=TIMEOUT, **kwargs)
        except requests.RequestException:
            time.sleep(0.1)  # the server is down (the restart); try another later
            continue
        seen.sent[name] += 1
        if reply.status_code in expected:
            seen.refused[str(reply.status_code)] += 1
        else:
            seen.wrong.append(f"{name}: {reply.status_code} {reply.text[:200]}")
        stop.wait(0.05)


def _contribute(server: EndpointServer, person: Contributor, stop: threading.Event,
                give_up: threading.Event, seed: int, surveys: list[dict[str, Any]],
                counter: Counter[str], lock: threading.Lock) -> None:
    rng = random.Random(seed)
    http = requests.Session()
    http.trust_env = False
    headers = {"Authorization": f"Bearer {person.token}", "Content-Type": "application/json"}
    while not stop.is_set():
        batch = [_item(rng, surveys) for _ in range(rng.randint(1, 5))]
        ids = [i["id"] for i in batch]
        body = json.dumps({"items": batch})
        backoff = 0.05
        while True:  # the same ids until the server confirms them: the outbox's rule
            if give_up.is_set():
                person.unconfirmed += ids
                return
            try:
                reply = http.post(f"{server.url}/v1/contributions", data=body, headers=headers,
                                  timeout=TIMEOUT)
            except requests.RequestException:
                reply = None
            with lock:
                counter["requests"] += 1
            if reply is not None and reply.status_code == 200:
                result = BatchResult.model_validate_json(reply.content)
                if [str(i.id) for i in result.items] != ids:
                    person.unexpected.append("the reply's ids do not match the batch")
                for item in result.items:
                    person.confirmed.add(str(item.id))
                    if item.status == "accepted":
                        person.accepted[str(item.id)] += 1
                person.batches += 1
                break
            if reply is not None and reply.status_code < 500:
                person.unexpected.append(f"{reply.status_code} {reply.text[:200]}")
                return
            person.retries += 1
            time.sleep(backoff * (1 + rng.random()))
            backoff = min(backoff * 2, 1.0)


def run_load(server: EndpointServer, contributors: int, seconds: float,
             restarts: int = 1, seed: int = 7) -> tuple[LoadReport, list[Contributor]]:
    """Load the running `server` for `seconds`, killing and restarting it `restarts` times."""
    people = register(server, contributors)
    surveys = requests.get(f"{server.url}/v1/surveys", timeout=TIMEOUT).json()["surveys"]
    stop, give_up = threading.Event(), threading.Event()
    counter: Counter[str] = Counter()
    lock = threading.Lock()
    mallory = Mallory()
    threads = [
        threading.Thread(target=_contribute, name=f"contributor-{n}", daemon=True,
                         args=(server, person, stop, give_up, seed * 100_003 + n, surveys,
                               counter, lock))
        for n, person in enumerate(people)
    ]
    threads.append(threading.Thread(target=_mallory, name="mallory", daemon=True, args=(
        server, people[0], stop, random.Random(seed), mallory)))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    downtime = 0.0
    for n in range(restarts):
        time.sleep(max(0.0, started + seconds * (n + 1) / (restarts + 1) - time.monotonic()))
        down = time.monotonic()
        server.kill()
        time.sleep(0.3)
        server.start()
        downtime += time.monotonic() - down
    time.sleep(max(0.0, started + seconds - time.monotonic()))
    stop.set()
    elapsed = time.monotonic() - started
    deadline = time.monotonic() + 120  # in-flight batches finish (retrying) within this
    for thread in threads:
        thread.join(max(0.1, deadline - time.monotonic()))
    give_up.set()
    for thread in threads:
        thread.join(10)
    problems, lost, duplicated = check_store(server, people, mallory)
    confirmed = sum(len(p.confirmed) for p in people)
    report = LoadReport(
        contributors=contributors, seconds=elapsed, restarts=restarts, downtime=downtime,
        requests=counter["requests"] + sum(mallory.sent.values()),
        batches=sum(p.batches for p in people), retries=sum(p.retries for p in people),
        items_confirmed=confirmed, items_stored=_count(server), per_second=0.0,
        lost=lost, duplicated=duplicated, mallory=mallory, problems=problems,
    )
    report.per_second = report.requests / max(elapsed, 0.001)
    return report, people


def _rows(server: EndpointServer) -> list[tuple[str, str]]:
    with sqlite3.connect(server.db) as db:
        return [(str(a), str(b)) for a, b in
                db.execute("SELECT id, contributor_id FROM contributions")]


def _count(server: EndpointServer) -> int:
    return len(_rows(server))


def check_store(server: EndpointServer, people: list[Contributor],
                mallory: Mallory) -> tuple[list[str], int, int]:
    """Everything a client was told is stored is stored exactly once, under that client, and
    nothing else is (no phantom rows, nothing from a refused request). Returns the problems,
    how many confirmed ids are missing and how many ids are stored more than once."""
    problems: list[str] = []
    rows = _rows(server)
    owners: dict[str, list[str]] = {}
    for item_id, owner in rows:
        owners.setdefault(item_id, []).append(owner)
    duplicated = [i for i, who in owners.items() if len(who) > 1]
    if duplicated:
        problems.append(f"{len(duplicated)} ids stored more than once, e.g. {duplicated[0]}")
    expected: dict[str, str] = {}
    for person in people:
        problems += [f"{person.contributor_id}: {u}" for u in person.unexpected[:3]]
        if person.unconfirmed:
            problems.append(f"{person.contributor_id}: {len(person.unconfirmed)} ids were "
                            "never confirmed")
        twice = [i for i, n in person.accepted.items() if n > 1]
        if twice:
            problems.append(f"{len(twice)} ids were answered 'accepted' twice")
        for item_id in person.confirmed:
            expected[item_id] = person.contributor_id
    lost = [i for i in expected if i not in owners]
    if lost:
        problems.append(f"{len(lost)} confirmed contributions are not stored, e.g. {lost[0]}")
    phantom = [i for i in owners if i not in expected]
    if phantom:
        problems.append(f"{len(phantom)} stored contributions no client sent or was told "
                        f"about, e.g. {phantom[0]}")
    misfiled = [i for i, who in owners.items() if i in expected and who != [expected[i]]]
    if misfiled:
        problems.append(f"{len(misfiled)} contributions stored under the wrong contributor")
    leaked = mallory.ids & set(owners)
    if leaked:
        problems.append(f"{len(leaked)} contributions from refused requests were stored")
    problems += mallory.wrong[:5]
    return problems, len(lost), len(duplicated)
