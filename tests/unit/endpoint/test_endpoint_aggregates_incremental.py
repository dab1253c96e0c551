"""The aggregate tables kept at ingest give exactly what grouping every contribution gives.

`/v1/results` reads small tables that `add_contributions` and `withdraw` keep up to date in the
same transaction. These tests drive random histories (resends, changed survey answers, several
epsilons, withdrawals) and after every step compare the kept tables with the full computation
over `contributions`, and with a rebuild from scratch. Store-level, on SQLite (the HTTP tests
cover PostgreSQL when it is configured).
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from endpoint.store import Store
from sync.protocol import (
    ATTENDANCE_BUCKETS,
    FFT_RATINGS,
    LONDON_BOROUGHS,
    Contribution,
    FFTFeedback,
    OutcomeReport,
    SurveyAnswer,
    WellbeingONS4,
)

START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _snapshot(store: Store, *, full: bool) -> dict[str, Any]:
    if full:
        fft, options, (groups, people) = (
            store.fft_tallies_full(), store.survey_option_tallies_full(), store.ons4_groups_full()
        )
    else:
        fft, options, (groups, people) = (
            store.fft_tallies(), store.survey_option_tallies(), store.ons4_groups()
        )
    return {
        "fft": sorted((t.service_id, t.rating or "", t.responses, t.contributors) for t in fft),
        "options": sorted((t.survey_id, t.question_id, t.option_id, t.contributors)
                          for t in options),
        "ons4": sorted((g.borough, g.epsilon, g.reports, tuple(sorted(g.sums.items())))
                       for g in groups),
        "people": people,
        **_outcomes(store, full=full),
    }


def _outcomes(store: Store, *, full: bool) -> dict[str, Any]:
    groups, people = store.outcome_groups_full() if full else store.outcome_groups()
    return {
        "outcomes": sorted((g.category, g.borough, g.epsilon, g.reports, g.attendance,
                            tuple(sorted(g.sums.items()))) for g in groups),
        "outcome_people": people,
    }


def _item(rng: random.Random, at: datetime) -> Contribution:
    kind = rng.choice(["fft", "survey", "survey", "ons4", "outcome"])
    body: FFTFeedback | SurveyAnswer | WellbeingONS4 | OutcomeReport
    if kind == "fft":
        body = FFTFeedback(service_id=rng.choice(["svc-a", "svc-b", "svc-c"]),
                           rating=rng.choice(FFT_RATINGS))
        purpose = "feedback"
    elif kind == "survey":
        option = rng.choice(["opt-1", "opt-2", "opt-3", None])
        body = SurveyAnswer(survey_id=rng.choice(["s1", "s2"]),
                            question_id=rng.choice(["q1", "q2"]),
                            option_id=option, text=None if option else "a remark")
        purpose = "surveys"
    elif kind == "outcome":
        body = OutcomeReport(category=rng.choice(["walking", "lunch"]),
                             borough=rng.choice(LONDON_BOROUGHS[:2]),
                             attended=rng.choice(ATTENDANCE_BUCKETS),
                             epsilon=rng.choice([1.0, 2.0]),
                             **{k: rng.randint(-10, 10)
                                for k in ("satisfied", "worthwhile", "happy", "anxious")})
        purpose = "outcomes"
    else:
        body = WellbeingONS4(borough=rng.choice(LONDON_BOROUGHS[:3]),
                             epsilon=rng.choice([1.0, 2.0]),
                             **{k: rng.randint(0, 10)
                                for k in ("satisfied", "worthwhile", "happy", "anxious")})
        purpose = "wellbeing"
    # Survey answers may arrive out of order: the latest by created_at must win, not the last sent.
    created = at - timedelta(minutes=rng.randint(0, 600))
    return Contribution(id=uuid.UUID(int=rng.getrandbits(128), version=4), purpose=purpose,
                        created_at=created, body=body)


@pytest.mark.parametrize("seed", range(6))
def test_kept_aggregates_equal_the_full_computation_through_any_history(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    store = Store(f"sqlite:///{tmp_path / 'agg.db'}")
    store.create_schema()
    people = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(14)]
    for n, person in enumerate(people):
        store.create_contributor(person, f"{n:064x}", START)
    sent: dict[str, list[Contribution]] = {p: [] for p in people}
    live = list(people)
    at = START
    for step in range(60):
        at += timedelta(minutes=7)
        if step % 17 == 16 and len(live) > 3:
            gone = live.pop(rng.randrange(len(live)))
            store.withdraw(gone, at)
        else:
            person = rng.choice(live)
            batch = [_item(rng, at) for _ in range(rng.randint(1, 6))]
            if sent[person] and rng.random() < 0.3:
                batch += rng.sample(sent[person], 1)  # a resend: must not count twice
            store.add_contributions(person, batch, at)
            sent[person] += batch
        assert _snapshot(store, full=False) == _snapshot(store, full=True), f"step {step}"
    kept = _snapshot(store, full=False)
    store.rebuild_aggregates()
    assert _snapshot(store, full=False) == kept
    store.dispose()


def test_an_existing_database_gets_its_aggregates_built_on_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    store.create_schema()
    person = str(uuid.uuid4())
    store.create_contributor(person, "f" * 64, START)
    rng = random.Random(7)
    store.add_contributions(person, [_item(rng, START) for _ in range(20)], START)
    expected = _snapshot(store, full=True)
    with store.engine.begin() as conn:  # as an endpoint from before the aggregate tables
        from endpoint.store import AGGREGATE_TABLES, endpoint_meta

        for table in AGGREGATE_TABLES:
            table.drop(conn)
        conn.execute(endpoint_meta.delete())
        conn.exec_driver_sql("DROP TABLE alembic_version")  # from before migrations, too
    store.dispose()
    reopened = Store(url)
    reopened.create_schema()
    assert _snapshot(reopened, full=False) == expected
    reopened.dispose()


def test_a_database_from_before_outcomes_gets_their_columns_and_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before-outcomes.db'}"
    store = Store(url)
    store.create_schema()
    person = str(uuid.uuid4())
    store.create_contributor(person, "e" * 64, START)
    rng = random.Random(3)
    store.add_contributions(person, [_item(rng, START) for _ in range(10)], START)
    with store.engine.begin() as conn:  # as an endpoint from before purpose `outcomes`
        from endpoint.store import agg_outcome_cells, agg_outcome_groups, agg_outcome_people

        for table in (agg_outcome_cells, agg_outcome_groups, agg_outcome_people):
            table.drop(conn)
        conn.exec_driver_sql("DELETE FROM contributions WHERE kind = 'outcome'")
        conn.exec_driver_sql("ALTER TABLE contributions DROP COLUMN category")
        conn.exec_driver_sql("ALTER TABLE contributions DROP COLUMN attended")
        conn.exec_driver_sql("UPDATE endpoint_meta SET value = '1'")
        conn.exec_driver_sql("DROP TABLE alembic_version")  # from before migrations, too
    store.dispose()
    reopened = Store(url)
    reopened.create_schema()
    report = OutcomeReport(category="walking", borough="Hackney", attended="2-3", satisfied=2,
                           worthwhile=1, happy=0, anxious=-3, epsilon=2.0)
    reopened.add_contributions(person, [Contribution(
        id=uuid.uuid4(), purpose="outcomes", created_at=START, body=report)], START)
    groups, people = reopened.outcome_groups()
    assert people == {("walking", "Hackney"): 1}
    assert [(g.reports, g.attendance, g.sums["anxious"]) for g in groups] == [(1, 2, -3)]
    assert _snapshot(reopened, full=False) == _snapshot(reopened, full=True)
    reopened.dispose()
