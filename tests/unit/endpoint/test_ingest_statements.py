"""A batch of contributions is stored with statements the database driver handles cheaply.

On PostgreSQL, SQLAlchemy's portable bulk insert wrote a 500-item batch as one
`VALUES (...), (...)` statement with ~10,000 placeholders. psycopg converts placeholders in
Python and caches the conversion only for statements of at most 4,096 bytes and 50 parameters,
so it re-parsed that statement on every batch, which cost about a third of the ingest
(benchmarks/README.md, `pg-ingest`). The store now sends rows as one array per column through
`unnest` on PostgreSQL. These tests run on SQLite and, with HEALTH_PLANNER_TEST_PG, on
PostgreSQL (the `endpoint_db_url` fixture); the statement check is PostgreSQL's, the
aggregates check both.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg._queries import MAX_CACHED_STATEMENT_LENGTH, MAX_CACHED_STATEMENT_PARAMS
from sqlalchemy import event, select

from endpoint.store import Store, contributions
from sync.protocol import OutcomeReport, SurveyAnswer
from tests.unit.endpoint.test_endpoint_aggregates_incremental import START, _item, _snapshot

BATCH = 500


def _store(url: str) -> tuple[Store, list[str]]:
    store = Store(url)
    store.create_schema()
    people = [str(uuid.uuid4()) for _ in range(3)]
    for n, person in enumerate(people):
        store.create_contributor(person, f"{n:064x}", START)
    return store, people


def test_a_full_batch_goes_in_statements_psycopg_can_cache(endpoint_db_url: str) -> None:
    store, (person, *_) = _store(endpoint_db_url)
    rng = random.Random(22)
    sent: list[tuple[str, Any, bool]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               executemany: bool) -> None:
        sent.append((statement, parameters, executemany))

    event.listen(store.engine, "before_cursor_execute", record)
    first = [_item(rng, START) for _ in range(BATCH)]
    assert store.add_contributions(person, first, START) == {str(i.id) for i in first}
    # The same contributor again: their cells exist now, so the "already counted" path runs.
    again = [_item(rng, START + timedelta(hours=1)) for _ in range(BATCH)]
    assert store.add_contributions(person, again, START) == {str(i.id) for i in again}
    event.remove(store.engine, "before_cursor_execute", record)

    if store.dialect == "postgresql":
        for statement, parameters, executemany in sent:
            rows = parameters if executemany else [parameters]
            assert len(statement.encode()) <= MAX_CACHED_STATEMENT_LENGTH, statement[:200]
            assert all(len(row) <= MAX_CACHED_STATEMENT_PARAMS for row in rows), statement[:200]
    assert _snapshot(store, full=False) == _snapshot(store, full=True)
    store.dispose()


def test_resent_items_are_stored_and_counted_once(endpoint_db_url: str) -> None:
    store, (alice, bob, _) = _store(endpoint_db_url)
    rng = random.Random(5)
    batch = [_item(rng, START) for _ in range(40)]
    assert len(store.add_contributions(alice, batch, START)) == 40
    more = [_item(rng, START) for _ in range(10)]
    # Half old (a resend; duplicates inside one batch the route drops before the store):
    # only the ten new ones are reported and counted.
    inserted = store.add_contributions(alice, batch[:20] + more, START)
    assert inserted == {str(item.id) for item in more}
    # Another contributor resending alice's ids stores nothing (ids are global).
    assert store.add_contributions(bob, batch[:5], START) == set()
    assert store.count_contributions() == 50
    assert _snapshot(store, full=False) == _snapshot(store, full=True)
    store.rebuild_aggregates()
    assert _snapshot(store, full=False) == _snapshot(store, full=True)
    store.dispose()


def test_free_text_and_empty_columns_survive_the_column_arrays(endpoint_db_url: str) -> None:
    """Every column type goes through an array on PostgreSQL: NULLs, text, times, numbers."""
    store, (person, *_) = _store(endpoint_db_url)
    rng = random.Random(9)
    items = [_item(rng, START) for _ in range(30)]
    store.add_contributions(person, items, datetime(2026, 3, 2, 8, 30, tzinfo=UTC))
    ledger = {row["id"]: row for row in store.list_contributions(person)}
    assert set(ledger) == {str(item.id) for item in items}
    for item in items:
        row = ledger[str(item.id)]
        assert row["kind"] == item.body.kind
        assert row["created_at"] == item.created_at.astimezone(UTC)
        assert row["received_at"] == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    c = contributions.c
    with store.engine.connect() as conn:
        stored = {row.id: row for row in conn.execute(
            select(c.id, c.answer_text, c.option_id, c.satisfied, c.epsilon, c.attended))}
    for item in items:
        body, row = item.body, stored[str(item.id)]
        if isinstance(body, SurveyAnswer):
            assert (row.answer_text, row.option_id) == (body.text, body.option_id)
        elif isinstance(body, OutcomeReport):
            assert (row.satisfied, row.epsilon, row.attended) == (
                body.satisfied, body.epsilon, body.attended)
        else:
            assert row.answer_text is None
    store.dispose()
