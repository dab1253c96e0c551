"""Deliberative consultations: each person's before and after answers to a paired question
(the information pack itself lives in the consultation's document, so needs no table).

Revision ID: 0006_deliberation
Revises: 0004_audit_append_only
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_deliberation"
down_revision = "0005_pb_rounds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("deliberation_answers"):
        return  # a development database that lost its alembic_version: nothing to add
    op.create_table(
        "deliberation_answers",
        sa.Column(
            "contribution_id",
            sa.String(36),
            sa.ForeignKey("contributions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("contributor_id", sa.String(36), nullable=False),
        sa.Column("survey_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("before_option", sa.String(64), nullable=False),
        sa.Column("after_option", sa.String(64), nullable=False),
        sa.Column("read_pack", sa.SmallInteger, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "ix_deliberation_answers_survey", "deliberation_answers", ["survey_id", "question_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_deliberation_answers_survey", table_name="deliberation_answers")
    op.drop_table("deliberation_answers")
