"""Rate limits kept in the database, so every worker process and machine shares them.

Revision ID: 0003_rate_limits
Revises: 0002_operator_console
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_rate_limits"
down_revision = "0002_operator_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("rate_limits"):
        return  # a development database that lost its alembic_version: nothing to add
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("window_start", sa.Integer, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("rate_limits")
