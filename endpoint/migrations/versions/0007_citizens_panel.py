"""The citizens' panel (issue #26): members' coarse bands, the boroughs' population shares,
the invitations a stratified draw made, and the counts operators see, frozen per period.

Revision ID: 0007_citizens_panel
Revises: 0004_audit_append_only
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_citizens_panel"
down_revision = "0006_deliberation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("panel_members"):
        return  # tables made from the models before migrations ran: nothing to add
    op.create_table(
        "panel_members",
        sa.Column("contributor_id", sa.String(36),
                  sa.ForeignKey("contributors.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("age_band", sa.String(8), nullable=False),
        sa.Column("borough", sa.String(40), nullable=False),
        sa.Column("carer", sa.String(8), nullable=False),
        sa.Column("joined_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_panel_members_borough", "panel_members", ["borough"])
    op.create_table(
        "panel_population",
        sa.Column("borough", sa.String(40), primary_key=True),
        sa.Column("age_band", sa.String(8), primary_key=True),
        sa.Column("share", sa.Float, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "panel_invitations",
        sa.Column("consultation_id", sa.String(64), primary_key=True),
        sa.Column("contributor_id", sa.String(36),
                  sa.ForeignKey("contributors.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("invited_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_panel_invitations_contributor_id", "panel_invitations",
                    ["contributor_id"])
    op.create_table(
        "panel_snapshots",
        sa.Column("period_start", sa.DateTime, primary_key=True),
        sa.Column("counts", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("panel_snapshots")
    op.drop_table("panel_invitations")
    op.drop_table("panel_population")
    op.drop_table("panel_members")
