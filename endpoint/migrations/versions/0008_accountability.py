"""Accountability and help at the community centre (issue #26, points 4 and 5): commitments
with milestones and dated updates, one-time helper codes (no operator id, by design), paper
batches, and the assisted mark on contributions (a table of its own, cascading on withdrawal).

Revision ID: 0008_accountability
Revises: 0004_audit_append_only
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_accountability"
down_revision = "0007_citizens_panel"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("assisted_contributions"):
        return  # tables made from the models before migrations ran: nothing to add
    op.create_table(
        "assisted_contributions",
        sa.Column("contribution_id", sa.String(36),
                  sa.ForeignKey("contributions.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "commitments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("response_id", sa.String(36),
                  sa.ForeignKey("consultation_responses.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("percent", sa.SmallInteger(), nullable=False),
        sa.Column("milestones", sa.JSON(), nullable=False),
        sa.Column("last_modified", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_commitments_response_id", "commitments", ["response_id"])
    op.create_index("ix_commitments_last_modified", "commitments", ["last_modified"])
    op.create_table(
        "commitment_updates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("commitment_id", sa.String(36),
                  sa.ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("percent", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_commitment_updates_commitment_id", "commitment_updates",
                    ["commitment_id"])
    op.create_table(
        "helper_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("spent", sa.SmallInteger(), nullable=False),
    )
    op.create_table(
        "paper_batches",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("survey_id", sa.String(64), nullable=False),
        sa.Column("forms", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_paper_batches_survey_id", "paper_batches", ["survey_id"])


def downgrade() -> None:
    op.drop_table("paper_batches")
    op.drop_table("helper_codes")
    op.drop_table("commitment_updates")
    op.drop_table("commitments")
    op.drop_table("assisted_contributions")
