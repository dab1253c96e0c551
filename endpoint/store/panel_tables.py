"""The citizens' panel's tables, on the endpoint's one MetaData (endpoint/store/tables.py).

A member row holds a panel contributor's coarse bands and nothing else; it and the member's
invitations hang off the contributor with ON DELETE CASCADE, so the withdrawal that deletes the
contributor (`Store.withdraw`) deletes the membership and every invitation in the same
statement. Population shares are public figures (census), one row per borough and age band.
The counts operators see are a snapshot per publication period (`panel_snapshots`).
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Float, ForeignKey, String, Table

from endpoint.store.tables import metadata

panel_members = Table(
    "panel_members",
    metadata,
    Column("contributor_id", String(36), ForeignKey("contributors.id", ondelete="CASCADE"),
           primary_key=True),
    Column("age_band", String(8), nullable=False),
    Column("borough", String(40), nullable=False, index=True),
    Column("carer", String(8), nullable=False),
    Column("joined_at", DateTime, nullable=False),
)

panel_population = Table(
    "panel_population",
    metadata,
    Column("borough", String(40), primary_key=True),
    Column("age_band", String(8), primary_key=True),
    Column("share", Float, nullable=False),
    Column("loaded_at", DateTime, nullable=False),
)

panel_invitations = Table(
    # Who was drawn for which consultation: read only with the member's own token.
    "panel_invitations",
    metadata,
    Column("consultation_id", String(64), primary_key=True),
    Column("contributor_id", String(36), ForeignKey("contributors.id", ondelete="CASCADE"),
           primary_key=True, index=True),
    Column("invited_at", DateTime, nullable=False),
)

panel_snapshots = Table(
    # The counts operators see, frozen once per publication period (as /v1/results is), so two
    # looks at the panel page in one period cannot be differenced to see one person join.
    "panel_snapshots",
    metadata,
    Column("period_start", DateTime, primary_key=True),
    Column("counts", JSON, nullable=False),  # [[borough, age band, carer, members], ...]
)
