"""Ten million stored contributions on PostgreSQL, written straight into the tables.

Sending them through the API would take hours, so the rows are made inside the server with
`INSERT ... SELECT` over `generate_series`, in the shapes `Store.add_contributions` writes
(endpoint/store/ingest.py `_row`): UUID text ids in random order (as clients make them), naive
UTC times, one kind's columns filled and the rest NULL, ids the seeded directory and
consultations know. The aggregate tables are then filled by `Store.rebuild_aggregates`, the same
full computation an endpoint runs on first start over an older database (the unit tests show
the tables kept at ingest equal it), so `/v1/results` reads what it would after ten million
real batches. Nothing is cached: the cluster is thrown away after the run.

The mix: half Friends-and-Family ratings, a quarter survey answers, 15 % wellbeing (ONS4)
reports, 10 % outcome reports, from one contributor per 50 contributions (as the SQLite
results row: 20,000 for 1,000,000), over the year before 2026-03-01. No free text: it is
encrypted at rest and never part of the results.
"""

from __future__ import annotations

import json
import time
from typing import Any

from benchmarks.harness import ROOT, say
from benchmarks.pgcluster import connect
from endpoint.store.tables import AGGREGATE_TABLES
from sync.protocol import ATTENDANCE_LOW, FFT_RATINGS, LONDON_BOROUGHS

PER_CONTRIBUTOR = 50
AGGREGATES = tuple(table.name for table in AGGREGATE_TABLES)
CHUNK = 1_000_000


def _seed(name: str) -> Any:
    return json.loads((ROOT / "endpoint" / "seed" / name).read_text(encoding="utf-8"))


def _array(values: list[str]) -> str:
    """A PostgreSQL text array literal (the values are our own seed ids, no quotes in them)."""
    if any("'" in v for v in values):
        raise ValueError("unexpected quote in a seed id")
    return "ARRAY[" + ",".join(f"'{v}'" for v in values) + "]::text[]"


def _pick(array: str, draw: str) -> str:
    """SQL: one element of `array`, chosen by the uniform draw `draw` in [0, 1)."""
    return f"({array})[1 + floor({draw} * cardinality({array}))::int]"


def _contributions_sql(people: int) -> str:
    """INSERT ... SELECT of the contributions numbered %(first)s..%(last)s."""
    services = [doc["id"] for doc in _seed("services.json")["services"]]
    codes = sorted({term["code"] for doc in _seed("services.json")["services"]
                    for term in doc.get("taxonomy_terms") or () if term.get("code")})
    triples = [(s["id"], q["id"], o["id"]) for s in _seed("surveys.json")["surveys"]
               for q in s["questions"] for o in q.get("options") or ()]
    survey_ids = _array([t[0] for t in triples])
    question_ids = _array([t[1] for t in triples])
    option_ids = _array([t[2] for t in triples])
    boroughs = _array(list(LONDON_BOROUGHS))
    score = "floor(random() * 11)::smallint"
    change = "(floor(random() * 21) - 10)::smallint"
    epsilon = "(CASE WHEN random() < 0.5 THEN 1.0 ELSE 2.0 END)"
    return f"""
    INSERT INTO contributions (id, contributor_id, purpose, kind, created_at, received_at,
        service_id, rating, survey_id, question_id, option_id, borough,
        satisfied, worthwhile, happy, anxious, epsilon, category, attended)
    SELECT
        md5('contribution' || i)::uuid::text,
        md5('contributor' || (1 + floor(who * {people})::int))::uuid::text,
        CASE WHEN pick < 0.50 THEN 'feedback' WHEN pick < 0.75 THEN 'surveys'
             WHEN pick < 0.90 THEN 'wellbeing' ELSE 'outcomes' END,
        CASE WHEN pick < 0.50 THEN 'fft' WHEN pick < 0.75 THEN 'survey'
             WHEN pick < 0.90 THEN 'ons4' ELSE 'outcome' END,
        made,
        made + interval '5 minutes',
        CASE WHEN pick < 0.50 THEN {_pick(_array(services), "random()")} END,
        CASE WHEN pick < 0.50 THEN {_pick(_array(list(FFT_RATINGS)), "random()")} END,
        CASE WHEN pick >= 0.50 AND pick < 0.75 THEN ({survey_ids})[answer] END,
        CASE WHEN pick >= 0.50 AND pick < 0.75 THEN ({question_ids})[answer] END,
        CASE WHEN pick >= 0.50 AND pick < 0.75 THEN ({option_ids})[answer] END,
        CASE WHEN pick >= 0.75 THEN {_pick(boroughs, "random()")} END,
        CASE WHEN pick >= 0.90 THEN {change} WHEN pick >= 0.75 THEN {score} END,
        CASE WHEN pick >= 0.90 THEN {change} WHEN pick >= 0.75 THEN {score} END,
        CASE WHEN pick >= 0.90 THEN {change} WHEN pick >= 0.75 THEN {score} END,
        CASE WHEN pick >= 0.90 THEN {change} WHEN pick >= 0.75 THEN {score} END,
        CASE WHEN pick >= 0.75 THEN {epsilon} END,
        CASE WHEN pick >= 0.90 THEN {_pick(_array(codes), "random()")} END,
        CASE WHEN pick >= 0.90 THEN {_pick(_array(list(ATTENDANCE_LOW)), "random()")} END
    FROM (
        SELECT i, random() AS pick, random() AS who,
               1 + floor(random() * {len(triples)})::int AS answer,
               timestamp '2026-03-01' - random() * interval '365 days' AS made
        FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS i
    ) AS draws
    """


_BUILD_SETTINGS = {"max_wal_size": "'8GB'", "work_mem": "'256MB'",
                   "maintenance_work_mem": "'1GB'"}


def _configure(url: str, build: bool) -> None:
    """Bulk-load settings for the build only (fewer checkpoints, sorts in memory), reset to the
    defaults before anything is measured."""
    with connect(url) as conn:
        conn.autocommit = True
        for name, value in _BUILD_SETTINGS.items():
            conn.execute(f"ALTER SYSTEM SET {name} = {value}" if build
                         else f"ALTER SYSTEM RESET {name}")
        conn.execute("SELECT pg_reload_conf()")


def _indexes(conn: Any, table: str) -> list[tuple[str, str]]:
    """(drop, create) SQL for every index of `table`, its primary key included, read from the
    catalogue so they come back exactly as the migrations made them."""
    found: list[tuple[str, str]] = []
    for name, definition, constraint, constraint_sql in conn.execute(
        "SELECT i.relname, pg_get_indexdef(i.oid), c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        "LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype IN ('p', 'u') "
        "WHERE x.indrelid = %(table)s::regclass",
        {"table": table},
    ):
        if constraint:
            found.append((f'ALTER TABLE {table} DROP CONSTRAINT "{constraint}"',
                          f'ALTER TABLE {table} ADD CONSTRAINT "{constraint}" {constraint_sql}'))
        else:
            found.append((f'DROP INDEX "{name}"', definition))
    return found


def _references(conn: Any, table: str) -> list[tuple[str, str]]:
    """(drop, create) SQL for the foreign keys of other tables that point at `table`: its
    primary key cannot be dropped under them (deliberation answers name their contribution)."""
    return [
        (f'ALTER TABLE {owner} DROP CONSTRAINT "{name}"',
         f'ALTER TABLE {owner} ADD CONSTRAINT "{name}" {definition}')
        for owner, name, definition in conn.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND confrelid = %(table)s::regclass "
            "AND conrelid <> confrelid",
            {"table": table},
        )
    ]


def fill(url: str, count: int) -> dict[str, float]:
    """Store `count` contributions (and their contributors) in the migrated, seeded database
    at `url`, then rebuild the aggregates; returns the seconds each step took.

    The rows go in, and the aggregates are rebuilt, with those tables' indexes dropped and
    remade after (from the catalogue's own definitions), and without the per-row foreign-key
    trigger (`session_replication_role`): every contributor id is made first, by construction.
    Both only make the build faster; the measured database has the schema the migrations made."""
    from endpoint.store import Store

    people = max(1, count // PER_CONTRIBUTOR)
    steps: dict[str, float] = {}
    _configure(url, build=True)
    try:
        began = time.perf_counter()
        with connect(url) as conn:
            conn.execute("SELECT setseed(0.22)")  # the same data every run
            conn.execute("SET session_replication_role = replica")
            conn.execute(
                "INSERT INTO contributors (id, token_hash, created_at) "
                "SELECT md5('contributor' || i)::uuid::text, "
                "encode(sha256(('token' || i)::bytea), 'hex'), timestamp '2025-03-01' "
                "FROM generate_series(1, %(people)s) AS i",
                {"people": people},
            )
            references = _references(conn, "contributions")
            indexes = [index for table in ("contributions", *AGGREGATES)
                       for index in _indexes(conn, table)]
            for drop, _create in references + indexes:
                conn.execute(drop)
            conn.commit()
            insert = _contributions_sql(people)
            made = 0
            while made < count:
                last = min(count, made + CHUNK)
                conn.execute(insert, {"first": made + 1, "last": last})
                conn.commit()
                made = last
                say(f"    ... {made:,} of {count:,} contributions "
                    f"({time.perf_counter() - began:.0f} s)")
            steps["rows"] = time.perf_counter() - began
        began = time.perf_counter()
        store = Store(url)
        try:
            store.rebuild_aggregates()
        finally:
            store.dispose()
        steps["aggregates"] = time.perf_counter() - began
        began = time.perf_counter()
        with connect(url) as conn:
            for _drop, create in indexes + references:  # the keys they point at first
                conn.execute(create)
            conn.commit()
        steps["indexes"] = time.perf_counter() - began
        began = time.perf_counter()
        with connect(url) as conn:
            conn.autocommit = True
            # What autovacuum would reach on its own: visibility map set, statistics fresh.
            conn.execute("VACUUM ANALYZE")
        steps["vacuum"] = time.perf_counter() - began
    finally:
        _configure(url, build=False)
    return steps
