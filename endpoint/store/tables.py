"""The endpoint's tables: one MetaData that the Store's queries, the Alembic environment
(endpoint/migrations/env.py) and the tests share, kept apart from the queries so the whole
schema reads as one page.

Privacy shapes the schema: a contributor is a random id and the SHA-256 of its bearer token,
nothing else. Contributions hang off that id, so withdrawal is one `DELETE` per table.
Datetimes are stored as naive UTC (SQLite has no time zones; PostgreSQL gets the same values).
Keep these equal to the newest revision in endpoint/migrations
(tests/unit/endpoint/test_endpoint_migrations.py checks).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)

metadata = MetaData()

contributors = Table(
    "contributors",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

contributions = Table(
    "contributions",
    metadata,
    # The client's UUID: primary key, so a resent item can never be stored twice.
    Column("id", String(36), primary_key=True),
    Column(
        "contributor_id",
        String(36),
        ForeignKey("contributors.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("purpose", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("received_at", DateTime, nullable=False),
    # fft
    Column("service_id", String(64)),
    Column("rating", String(16)),
    Column("comment", Text),
    # survey
    Column("survey_id", String(64)),
    Column("question_id", String(64)),
    Column("option_id", String(64)),
    Column("answer_text", Text),
    # ons4 (already randomised by the client)
    Column("borough", String(32)),
    Column("satisfied", SmallInteger),
    Column("worthwhile", SmallInteger),
    Column("happy", SmallInteger),
    Column("anxious", SmallInteger),
    Column("epsilon", Float),
    # outcome (borough, the four items as randomised changes and epsilon share the columns
    # above): the taxonomy code of the kind of service, never its id, and a sessions bucket
    Column("category", String(32)),
    Column("attended", String(8)),
    Index("ix_contributions_kind_service", "kind", "service_id"),
    Index("ix_contributions_kind_survey", "kind", "survey_id", "question_id"),
    Index("ix_contributions_kind_borough", "kind", "borough"),
    # `max(received_at)` (the results' Last-Modified) is one index lookup, not a table scan.
    Index("ix_contributions_received", "received_at"),
)

# --- aggregates kept at ingest ---------------------------------------------------------------
# `/v1/results` reads these small tables instead of grouping every contribution, so it costs
# the same with ten contributions or ten million. Each is changed in the transaction that adds
# or withdraws the contributions it counts. Distinct-contributor counts stay exact because the
# "people" tables hold one row per (cell, contributor): a contributor is counted in a cell when
# their first row there is made and counted out when it goes. `rebuild_aggregates` recomputes
# them all from `contributions` (for an existing database, and by the tests for equivalence).
# FFT rows with rating '' are the whole service.

_TOTAL = ""

agg_fft_people = Table(
    "agg_fft_people",
    metadata,
    Column("service_id", String(64), primary_key=True),
    Column("rating", String(16), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_fft_people_contributor", "contributor_id"),
)

agg_fft_cells = Table(
    "agg_fft_cells",
    metadata,
    Column("service_id", String(64), primary_key=True),
    Column("rating", String(16), primary_key=True),
    Column("responses", Integer, nullable=False),
    Column("contributors", Integer, nullable=False),
)

agg_survey_latest = Table(
    "agg_survey_latest",
    metadata,
    Column("contributor_id", String(36), primary_key=True),
    Column("survey_id", String(64), primary_key=True),
    Column("question_id", String(64), primary_key=True),
    Column("option_id", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("contribution_id", String(36), nullable=False),
)

agg_survey_cells = Table(
    "agg_survey_cells",
    metadata,
    Column("survey_id", String(64), primary_key=True),
    Column("question_id", String(64), primary_key=True),
    Column("option_id", String(64), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

agg_ons4_groups = Table(
    "agg_ons4_groups",
    metadata,
    Column("borough", String(32), primary_key=True),
    Column("epsilon", Float, primary_key=True),
    Column("reports", Integer, nullable=False),
    Column("satisfied", Integer, nullable=False),
    Column("worthwhile", Integer, nullable=False),
    Column("happy", Integer, nullable=False),
    Column("anxious", Integer, nullable=False),
)

agg_ons4_people = Table(
    "agg_ons4_people",
    metadata,
    Column("borough", String(32), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_ons4_people_contributor", "contributor_id"),
)

agg_ons4_boroughs = Table(
    "agg_ons4_boroughs",
    metadata,
    Column("borough", String(32), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

# Outcomes (purpose `outcomes`): sums of randomised changes per (category, borough, epsilon);
# `attendance` sums each report's bucket's lowest value. People per (category, borough) cell.
agg_outcome_groups = Table(
    "agg_outcome_groups",
    metadata,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("epsilon", Float, primary_key=True),
    Column("reports", Integer, nullable=False),
    Column("attendance", Integer, nullable=False),
    Column("satisfied", Integer, nullable=False),
    Column("worthwhile", Integer, nullable=False),
    Column("happy", Integer, nullable=False),
    Column("anxious", Integer, nullable=False),
)

agg_outcome_people = Table(
    "agg_outcome_people",
    metadata,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_outcome_people_contributor", "contributor_id"),
)

agg_outcome_cells = Table(
    "agg_outcome_cells",
    metadata,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

AGGREGATE_TABLES = (
    agg_fft_people,
    agg_fft_cells,
    agg_survey_latest,
    agg_survey_cells,
    agg_ons4_groups,
    agg_ons4_people,
    agg_ons4_boroughs,
    agg_outcome_groups,
    agg_outcome_people,
    agg_outcome_cells,
)
_ONS4_ITEMS = ("satisfied", "worthwhile", "happy", "anxious")
_AGGREGATES_KEY = "aggregates_version"
_AGGREGATES_VERSION = "2"  # 2: outcomes

directory_services = Table(
    "directory_services",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("borough", String(32), nullable=False, index=True),
    # Lower-cased name, description, organisation and categories: portable `q=` search.
    Column("search_text", Text, nullable=False),
    Column("last_modified", DateTime, nullable=False, index=True),
    Column("document", JSON, nullable=False),
)

surveys = Table(
    "surveys",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("closes_on", Date, nullable=False),
    Column("last_modified", DateTime, nullable=False),
    Column("document", JSON, nullable=False),
)

endpoint_meta = Table(
    "endpoint_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(64), nullable=False),
)

published_results = Table(
    # One row per view (London-wide is "", else a borough) per publication period: every worker
    # serves these bytes, so two downloads in one period are identical (endpoint/publishing.py).
    "published_results",
    metadata,
    Column("period_start", DateTime, primary_key=True),
    Column("view", String(40), primary_key=True),
    Column("data_as_of", DateTime),
    Column("body", Text, nullable=False),
)

# --- the operator console (endpoint/operators.py, endpoint/console.py) ----------------------
# Operators are the staff of organisations, never contributors: nothing here links to
# `contributors` or `contributions`, and no console page reads those tables.

operators = Table(
    "operators",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),  # Argon2id, PHC string
    Column("role", String(16), nullable=False),  # admin | editor | analyst
    Column("disabled", Integer, nullable=False, default=0),
    Column("created_at", DateTime, nullable=False),
)

operator_organisations = Table(
    # The directory organisations (Open Referral `organization.id`) an editor works for.
    "operator_organisations",
    metadata,
    Column("operator_id", Integer, ForeignKey("operators.id", ondelete="CASCADE"),
           primary_key=True),
    Column("organisation_id", String(64), primary_key=True),
)

operator_sessions = Table(
    "operator_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),  # SHA-256 of the cookie's random id
    Column("operator_id", Integer, ForeignKey("operators.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

login_failures = Table(
    # Failed logins, per account and per address, read by every worker (throttling).
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, index=True),
    Column("address", String(64), nullable=False, index=True),
    Column("at", DateTime, nullable=False, index=True),
)

audit_log = Table(
    # Append-only: the code inserts and never updates or deletes. Who, what, when; the target
    # is an id (a consultation, a service, an operator), never contribution contents.
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("operator", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False, default=""),
)

consultation_responses = Table(
    # "You said, we did": an organisation's published answer to a closed consultation.
    "consultation_responses",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("survey_id", String(64), nullable=False, index=True),
    Column("organisation_id", String(64), nullable=False),
    Column("organisation", String(200), nullable=False),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("published_on", Date, nullable=False),
    Column("last_modified", DateTime, nullable=False, index=True),
)

rate_limits = Table(
    # Requests per key per fixed one-minute window, shared by every worker and machine
    # (endpoint/app.py `RateLimiter`). Keys are token hashes or client addresses with a scope
    # prefix, never raw tokens. Rows of past windows are deleted once per window per process.
    "rate_limits",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("window_start", Integer, primary_key=True),  # Unix seconds, a multiple of the window
    Column("count", Integer, nullable=False),
)

_LAST_WITHDRAWAL = "last_withdrawal_at"
_FREE_TEXT = ("comment", "answer_text")  # the columns stored encrypted (endpoint/textcrypt.py)
