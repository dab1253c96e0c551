"""Baseline: the endpoint's schema as it stood when migrations began (issue 15).

A frozen copy of the table definitions in endpoint/store.py on that day, written out here so
later changes to store.py never change what this revision makes. It is idempotent on purpose:
a database made by an endpoint from before migrations (no `alembic_version`, tables present,
perhaps from before purpose `outcomes`) is brought to this shape, missing tables, columns and
indexes added, and then stamped here like a fresh one.

Revision ID: 0001_baseline
Revises:
"""

from __future__ import annotations

from alembic import op
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
    inspect,
)

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

frozen = MetaData()

contributors = Table(
    "contributors",
    frozen,
    Column("id", String(36), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

contributions = Table(
    "contributions",
    frozen,
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

# Aggregates kept at ingest (see endpoint/store/tables.py); FFT rows with rating '' are the whole
# service.

agg_fft_people = Table(
    "agg_fft_people",
    frozen,
    Column("service_id", String(64), primary_key=True),
    Column("rating", String(16), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_fft_people_contributor", "contributor_id"),
)

agg_fft_cells = Table(
    "agg_fft_cells",
    frozen,
    Column("service_id", String(64), primary_key=True),
    Column("rating", String(16), primary_key=True),
    Column("responses", Integer, nullable=False),
    Column("contributors", Integer, nullable=False),
)

agg_survey_latest = Table(
    "agg_survey_latest",
    frozen,
    Column("contributor_id", String(36), primary_key=True),
    Column("survey_id", String(64), primary_key=True),
    Column("question_id", String(64), primary_key=True),
    Column("option_id", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("contribution_id", String(36), nullable=False),
)

agg_survey_cells = Table(
    "agg_survey_cells",
    frozen,
    Column("survey_id", String(64), primary_key=True),
    Column("question_id", String(64), primary_key=True),
    Column("option_id", String(64), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

agg_ons4_groups = Table(
    "agg_ons4_groups",
    frozen,
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
    frozen,
    Column("borough", String(32), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_ons4_people_contributor", "contributor_id"),
)

agg_ons4_boroughs = Table(
    "agg_ons4_boroughs",
    frozen,
    Column("borough", String(32), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

# Outcomes (purpose `outcomes`): sums of randomised changes per (category, borough, epsilon);
# `attendance` sums each report's bucket's lowest value. People per (category, borough) cell.
agg_outcome_groups = Table(
    "agg_outcome_groups",
    frozen,
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
    frozen,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_outcome_people_contributor", "contributor_id"),
)

agg_outcome_cells = Table(
    "agg_outcome_cells",
    frozen,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

directory_services = Table(
    "directory_services",
    frozen,
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
    frozen,
    Column("id", String(64), primary_key=True),
    Column("closes_on", Date, nullable=False),
    Column("last_modified", DateTime, nullable=False),
    Column("document", JSON, nullable=False),
)

endpoint_meta = Table(
    "endpoint_meta",
    frozen,
    Column("key", String(64), primary_key=True),
    Column("value", String(64), nullable=False),
)

published_results = Table(
    # One row per view (London-wide is "", else a borough) per publication period: every worker
    # serves these bytes, so two downloads in one period are identical (endpoint/publishing.py).
    "published_results",
    frozen,
    Column("period_start", DateTime, primary_key=True),
    Column("view", String(40), primary_key=True),
    Column("data_as_of", DateTime),
    Column("body", Text, nullable=False),
)


def upgrade() -> None:
    bind = op.get_bind()
    frozen.create_all(bind, checkfirst=True)
    # Older endpoints added columns to `contributions` without a migration (create_all makes
    # tables, not columns): add any that are missing, then any missing index.
    present = {column["name"] for column in inspect(bind).get_columns("contributions")}
    for column in contributions.columns:
        if column.name not in present:
            kind = column.type.compile(dialect=bind.dialect)
            op.execute(f"ALTER TABLE contributions ADD COLUMN {column.name} {kind}")
    for table in frozen.sorted_tables:
        for index in table.indexes:
            index.create(bind, checkfirst=True)


def downgrade() -> None:
    frozen.drop_all(op.get_bind(), checkfirst=True)
