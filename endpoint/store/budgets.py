"""Participatory budgeting in the database: rounds (one JSON document each, like surveys) and
ballots, one row per person and round.

A ballot from the app arrives as a contribution (purpose `surveys`, kind `budget`) and is
written here in the same transaction as its `contributions` row; a later ballot from the same
contributor replaces the earlier one, so each person counts once. Its contributor is a foreign
key with ON DELETE CASCADE, so withdrawal removes the ballot with everything else. Ballots
imported from a Pabulib file have no contributor, only the file's voter id.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    String,
    Table,
    UniqueConstraint,
    delete,
    insert,
    select,
    update,
)

from endpoint.store.core import StoreCore, to_utc_naive
from endpoint.store.tables import metadata
from sync.protocol import BudgetBallot, Contribution

__all__ = ["Budgets", "RoundExistsError", "pb_ballots", "pb_rounds"]

pb_rounds = Table(
    "pb_rounds",
    metadata,
    Column("id", String(64), primary_key=True),
    # draft, open, closed (console rounds) or imported (from a Pabulib file; never published)
    Column("state", String(16), nullable=False),
    Column("document", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_modified", DateTime, nullable=False),
)

pb_ballots = Table(
    "pb_ballots",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("round_id", String(64), ForeignKey("pb_rounds.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("contributor_id", String(36), ForeignKey("contributors.id", ondelete="CASCADE")),
    Column("voter", String(64)),
    Column("projects", JSON, nullable=False),
    Column("meta", JSON),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("round_id", "contributor_id", name="uq_pb_ballots_round_contributor"),
)


class RoundExistsError(ValueError):
    """A round with this id is already held."""


class Budgets(StoreCore):
    """Budget rounds and their ballots."""

    def save_round(self, doc: dict[str, Any], now: datetime) -> None:
        """Insert or replace a round's document (its state travels inside it)."""
        moment = to_utc_naive(now)
        stmt = self._insert(pb_rounds).values(
            id=doc["id"], state=doc["state"], document=doc, created_at=moment,
            last_modified=moment)
        stmt = stmt.on_conflict_do_update(index_elements=["id"], set_={
            "state": stmt.excluded.state, "document": stmt.excluded.document,
            "last_modified": stmt.excluded.last_modified})
        with self._tx() as conn:
            conn.execute(stmt)

    def import_round(self, doc: dict[str, Any], ballots: Sequence[dict[str, Any]],
                     now: datetime) -> None:
        """A round from a Pabulib file and its ballots, in one transaction; never over one held."""
        moment = to_utc_naive(now)
        with self._tx() as conn:
            if conn.execute(select(pb_rounds.c.id).where(pb_rounds.c.id == doc["id"])).first():
                raise RoundExistsError(f"a round {doc['id']!r} is already held")
            conn.execute(insert(pb_rounds).values(
                id=doc["id"], state=doc["state"], document=doc, created_at=moment,
                last_modified=moment))
            if ballots:
                conn.execute(insert(pb_ballots), [
                    {"id": str(uuid.uuid4()), "round_id": doc["id"], "contributor_id": None,
                     "voter": ballot["voter"], "projects": list(ballot["projects"]),
                     "meta": ballot.get("meta") or None, "received_at": moment}
                    for ballot in ballots])

    def budget_round(self, round_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            doc = conn.execute(
                select(pb_rounds.c.document).where(pb_rounds.c.id == round_id)).scalar()
        return None if doc is None else dict(doc)

    def budget_rounds(self, states: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Rounds, oldest first, optionally only those in `states`."""
        query = select(pb_rounds.c.document).order_by(pb_rounds.c.created_at, pb_rounds.c.id)
        if states is not None:
            query = query.where(pb_rounds.c.state.in_(list(states)))
        with self.engine.connect() as conn:
            return [dict(doc) for doc in conn.execute(query).scalars()]

    def last_round_id(self) -> str | None:
        """The round made or imported last (`budget outcome --last`)."""
        query = select(pb_rounds.c.id).order_by(pb_rounds.c.created_at.desc(),
                                                pb_rounds.c.id.desc()).limit(1)
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else str(found)

    def round_ballots(self, round_id: str) -> list[dict[str, Any]]:
        """Every ballot of a round: the voter id (imported ballots only), the chosen project ids
        and a voter's kept Pabulib columns. Ordered by the ballot's random id, so the order
        says nothing about who voted when."""
        query = (select(pb_ballots.c.voter, pb_ballots.c.projects, pb_ballots.c.meta)
                 .where(pb_ballots.c.round_id == round_id).order_by(pb_ballots.c.id))
        with self.engine.connect() as conn:
            return [{"voter": row.voter, "projects": list(row.projects),
                     "meta": dict(row.meta or {})} for row in conn.execute(query)]

    def set_round_state(self, round_id: str, doc: dict[str, Any], now: datetime) -> None:
        with self._tx() as conn:
            conn.execute(update(pb_rounds).where(pb_rounds.c.id == round_id).values(
                state=doc["state"], document=doc, last_modified=to_utc_naive(now)))

    def _ballots_in(self, conn: Connection, contributor_id: str,
                    items: Sequence[Contribution], received: datetime) -> None:
        """Write the budget ballots among newly stored contributions; a person's later ballot
        in a round replaces their earlier one."""
        for item in items:
            body = item.body
            if not isinstance(body, BudgetBallot):
                continue
            conn.execute(delete(pb_ballots).where(
                pb_ballots.c.round_id == body.round_id,
                pb_ballots.c.contributor_id == contributor_id))
            conn.execute(insert(pb_ballots).values(
                id=str(item.id), round_id=body.round_id, contributor_id=contributor_id,
                voter=None, projects=list(body.projects), meta=None, received_at=received))
