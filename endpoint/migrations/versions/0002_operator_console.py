"""The operator console's tables (issue 15 parts 1-3: operators, roles, sessions, login
throttling, the audit log, "you said, we did" responses).

A frozen copy of their definitions in endpoint/store.py as they stood when this revision was
written. Nothing here links to `contributors` or `contributions`.

Revision ID: 0002_operator_console
Revises: 0001_baseline
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

revision = "0002_operator_console"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

frozen = MetaData()

operators = Table(
    "operators",
    frozen,
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
    frozen,
    Column("operator_id", Integer, ForeignKey("operators.id", ondelete="CASCADE"),
           primary_key=True),
    Column("organisation_id", String(64), primary_key=True),
)

operator_sessions = Table(
    "operator_sessions",
    frozen,
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
    frozen,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, index=True),
    Column("address", String(64), nullable=False, index=True),
    Column("at", DateTime, nullable=False, index=True),
)

audit_log = Table(
    # Append-only: the code inserts and never updates or deletes. Who, what, when; the target
    # is an id (a consultation, a service, an operator), never contribution contents.
    "audit_log",
    frozen,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("operator", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False, default=""),
)

consultation_responses = Table(
    # "You said, we did": an organisation's published answer to a closed consultation.
    "consultation_responses",
    frozen,
    Column("id", String(36), primary_key=True),
    Column("survey_id", String(64), nullable=False, index=True),
    Column("organisation_id", String(64), nullable=False),
    Column("organisation", String(200), nullable=False),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("published_on", Date, nullable=False),
    Column("last_modified", DateTime, nullable=False, index=True),
)

_LAST_WITHDRAWAL = "last_withdrawal_at"


def upgrade() -> None:
    # checkfirst: a development database made while these tables came with create_all.
    frozen.create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    frozen.drop_all(op.get_bind(), checkfirst=True)
