"""The citizens' panel's queries: members' bands, population shares and invitations.

Operators never read a member row: the console gets counts per (borough, age band, carer)
(`panel_counts`, shaped and protected by endpoint/panel.py) and a draw writes invitations
without returning whom it chose. Only a member's own token reads its invitations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select

from endpoint.store.core import StoreCore, to_utc_naive
from endpoint.store.panel_tables import (
    panel_invitations,
    panel_members,
    panel_population,
    panel_snapshots,
)
from endpoint.store.tables import contributors
from sync.protocol import PanelMembership


class PanelGoneError(Exception):
    """The contributor was withdrawn while its join was in flight."""


class Panel(StoreCore):
    def join_panel(self, contributor_id: str, member: PanelMembership, now: datetime) -> None:
        """Join, or replace one's bands: the latest answer is the one held."""
        with self._tx() as conn:
            alive = conn.execute(
                select(contributors.c.id).where(contributors.c.id == contributor_id)
            ).first()
            if alive is None:
                raise PanelGoneError(contributor_id)
            values = {"age_band": member.age_band, "borough": member.borough,
                      "carer": member.carer, "joined_at": to_utc_naive(now)}
            upsert = self._insert(panel_members).values(contributor_id=contributor_id, **values)
            conn.execute(upsert.on_conflict_do_update(
                index_elements=["contributor_id"], set_=values))

    def panel_counts(self) -> dict[tuple[str, str, str], int]:
        """Members per (borough, age band, carer), live: the input of every panel figure."""
        with self.engine.connect() as conn:
            return self._count(conn)

    def panel_counts_at(self, period_start: datetime) -> dict[tuple[str, str, str], int]:
        """The counts as frozen for the period starting at `period_start`: the first look of a
        period stores them, every later look (on any worker) reads the same row, and older
        periods' rows are dropped."""
        start = to_utc_naive(period_start)
        with self._tx() as conn:
            row = conn.execute(select(panel_snapshots.c.counts).where(
                panel_snapshots.c.period_start == start)).first()
            if row is None:
                counts = [[b, a, c, n] for (b, a, c), n in sorted(self._count(conn).items())]
                conn.execute(self._insert(panel_snapshots).values(
                    period_start=start, counts=counts).on_conflict_do_nothing(
                    index_elements=["period_start"]))
                conn.execute(delete(panel_snapshots).where(
                    panel_snapshots.c.period_start < start))
                row = conn.execute(select(panel_snapshots.c.counts).where(
                    panel_snapshots.c.period_start == start)).first()
        assert row is not None
        return {(str(b), str(a), str(c)): int(n) for b, a, c, n in row[0]}

    @staticmethod
    def _count(conn: Connection) -> dict[tuple[str, str, str], int]:
        query = (select(panel_members.c.borough, panel_members.c.age_band,
                        panel_members.c.carer, func.count())
                 .group_by(panel_members.c.borough, panel_members.c.age_band,
                           panel_members.c.carer))
        return {(b, a, c): int(n) for b, a, c, n in conn.execute(query)}

    def panel_members_of(self, borough: str) -> list[tuple[str, str]]:
        """(contributor id, age band) of a borough's members, for the draw only."""
        query = (select(panel_members.c.contributor_id, panel_members.c.age_band)
                 .where(panel_members.c.borough == borough)
                 .order_by(panel_members.c.contributor_id))
        with self.engine.connect() as conn:
            return [(str(i), str(a)) for i, a in conn.execute(query)]

    def set_population(self, borough: str, shares: Mapping[str, float], now: datetime) -> None:
        """Replace a borough's population shares whole, in one transaction."""
        with self._tx() as conn:
            conn.execute(delete(panel_population).where(panel_population.c.borough == borough))
            conn.execute(insert(panel_population), [
                {"borough": borough, "age_band": band, "share": share,
                 "loaded_at": to_utc_naive(now)} for band, share in shares.items()])

    def population(self, borough: str) -> dict[str, float]:
        query = select(panel_population.c.age_band, panel_population.c.share).where(
            panel_population.c.borough == borough)
        with self.engine.connect() as conn:
            return {str(a): float(s) for a, s in conn.execute(query)}

    def invite(self, consultation_id: str, contributor_ids: Sequence[str], now: datetime) -> None:
        """Record a draw's invitations (a member drawn twice for one consultation stays one)."""
        if not contributor_ids:
            return
        rows = [{"consultation_id": consultation_id, "contributor_id": cid,
                 "invited_at": to_utc_naive(now)} for cid in contributor_ids]
        with self._tx() as conn:
            conn.execute(self._insert(panel_invitations).on_conflict_do_nothing(
                index_elements=["consultation_id", "contributor_id"]), rows)

    def invitations_for(self, contributor_id: str) -> list[str]:
        query = (select(panel_invitations.c.consultation_id)
                 .where(panel_invitations.c.contributor_id == contributor_id)
                 .order_by(panel_invitations.c.consultation_id))
        with self.engine.connect() as conn:
            return [str(row[0]) for row in conn.execute(query)]

    def invited(self, consultation_id: str) -> list[str]:
        """Who a consultation's draws invited: for tests and `db` maintenance, never a page."""
        query = (select(panel_invitations.c.contributor_id)
                 .where(panel_invitations.c.consultation_id == consultation_id)
                 .order_by(panel_invitations.c.contributor_id))
        with self.engine.connect() as conn:
            return [str(row[0]) for row in conn.execute(query)]

    def is_panel_member(self, contributor_id: str) -> bool:
        query = select(panel_members.c.contributor_id).where(
            panel_members.c.contributor_id == contributor_id)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None
