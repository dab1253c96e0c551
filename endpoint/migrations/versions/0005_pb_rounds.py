"""Participatory budgeting: budget rounds (one document each) and ballots, one per person and
round, deleted with their contributor.

Revision ID: 0005_pb_rounds
Revises: 0004_audit_append_only
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_pb_rounds"
down_revision = "0004_audit_append_only"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("pb_rounds"):
        return  # tables made from the models before migrations ran: nothing to add
    op.create_table(
        "pb_rounds",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("document", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_modified", sa.DateTime, nullable=False),
    )
    op.create_table(
        "pb_ballots",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("round_id", sa.String(64),
                  sa.ForeignKey("pb_rounds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("contributor_id", sa.String(36),
                  sa.ForeignKey("contributors.id", ondelete="CASCADE")),
        sa.Column("voter", sa.String(64)),
        sa.Column("projects", sa.JSON, nullable=False),
        sa.Column("meta", sa.JSON),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("round_id", "contributor_id",
                            name="uq_pb_ballots_round_contributor"),
    )
    op.create_index("ix_pb_ballots_round_id", "pb_ballots", ["round_id"])


def downgrade() -> None:
    op.drop_index("ix_pb_ballots_round_id", table_name="pb_ballots")
    op.drop_table("pb_ballots")
    op.drop_table("pb_rounds")
