"""The endpoint's schema under Alembic: every revision, from the first one with data in it.

On SQLite and, when HEALTH_PLANNER_TEST_PG is set, on PostgreSQL (the `endpoint_db_url`
fixture). Checks that a fresh database at head has exactly endpoint/store/tables.py's tables, that a
database made by the FIRST revision and filled with contributions upgrades with its rows and
aggregates intact, and that one made before migrations (no alembic_version) is stamped and
upgraded.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select

from endpoint import migrations
from endpoint.__main__ import main
from endpoint.store import Store, contributions, contributors, metadata
from sync.protocol import Contribution, FFTFeedback, SurveyAnswer, WellbeingONS4

START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _items(rng: random.Random, n: int) -> list[Contribution]:
    items = []
    for k in range(n):
        at = START + timedelta(minutes=k)
        body: FFTFeedback | SurveyAnswer | WellbeingONS4
        if k % 3 == 0:
            body = FFTFeedback(service_id="svc-1", rating="very_good", comment=f"kind staff {k}")
            purpose = "feedback"
        elif k % 3 == 1:
            body = SurveyAnswer(survey_id="s1", question_id="q1", option_id=rng.choice("ab"))
            purpose = "surveys"
        else:
            body = WellbeingONS4(borough="Hackney", satisfied=7, worthwhile=8, happy=6,
                                 anxious=2, epsilon=1.0)
            purpose = "wellbeing"
        items.append(Contribution(id=uuid.UUID(int=rng.getrandbits(128), version=4),
                                  purpose=purpose, created_at=at, body=body))
    return items


def _fill(store: Store) -> tuple[int, int]:
    rng = random.Random(15)
    for n in range(12):
        person = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        store.create_contributor(person, f"{n:064x}", START)
        store.add_contributions(person, _items(rng, 5), START)
    with store.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(contributors)).scalar_one(),
                conn.execute(select(func.count()).select_from(contributions)).scalar_one())


def _counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(contributors)).scalar_one(),
                conn.execute(select(func.count()).select_from(contributions)).scalar_one())


def test_a_fresh_database_at_head_has_exactly_the_stores_tables(endpoint_db_url: str) -> None:
    store = Store(endpoint_db_url)
    try:
        store.create_schema()
        assert store.schema_revision() == migrations.head()
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == [], "endpoint/store/tables.py and the migrations disagree: add a revision"
        store.create_schema()  # again: nothing to do
        assert store.schema_revision() == migrations.head()
    finally:
        store.dispose()


def test_a_populated_database_from_the_first_revision_upgrades_intact(
    endpoint_db_url: str,
) -> None:
    first = Store(endpoint_db_url)
    with first.engine.begin() as conn:
        migrations.upgrade(conn, migrations.BASELINE)
    assert first.schema_revision() == migrations.BASELINE
    before = _fill(first)
    with first.engine.connect() as conn:
        rows = sorted(tuple(row) for row in conn.execute(select(contributions)))
    first.dispose()

    store = Store(endpoint_db_url)
    try:
        store.create_schema()
        assert store.schema_revision() == migrations.head()
        assert _counts(store) == before == (12, 60)
        with store.engine.connect() as conn:
            assert sorted(tuple(row) for row in conn.execute(select(contributions))) == rows
        assert sorted(map(repr, store.fft_tallies())) == sorted(
            map(repr, store.fft_tallies_full()))
        assert sorted(map(repr, store.survey_option_tallies())) == sorted(
            map(repr, store.survey_option_tallies_full()))
    finally:
        store.dispose()


def test_a_database_from_before_migrations_is_stamped_and_upgraded(
    endpoint_db_url: str,
) -> None:
    old = Store(endpoint_db_url)
    with old.engine.begin() as conn:  # the tables an endpoint made before Alembic came
        migrations.upgrade(conn, migrations.BASELINE)
    before = _fill(old)
    with old.engine.begin() as conn:  # as the endpoint made it before Alembic came
        conn.exec_driver_sql("DROP TABLE alembic_version")
        conn.exec_driver_sql("DROP INDEX ix_contributions_received")
    assert old.schema_revision() is None
    old.dispose()

    store = Store(endpoint_db_url)
    try:
        store.create_schema()
        assert store.schema_revision() == migrations.head()
        assert _counts(store) == before
        names = {i["name"] for i in inspect(store.engine).get_indexes("contributions")}
        assert "ix_contributions_received" in names
    finally:
        store.dispose()


def test_db_upgrade_and_current_commands(endpoint_db_url: str, capsys: object) -> None:
    assert main(["--db", endpoint_db_url, "db", "current"]) == 0
    assert main(["db", "upgrade", "--db", endpoint_db_url]) == 0
    assert main(["--db", endpoint_db_url, "db", "current"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out.splitlines()[0] == "none"
    assert out.splitlines()[-1] == f"{migrations.head()} (head)"
