"""Store methods of deliberative consultations: keep each before/after pair as it arrives, and
count the latest pair of each person per question for the published shift."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, select

from endpoint.store.core import StoreCore, to_utc_naive
from endpoint.store.deliberation_tables import deliberation_answers
from sync.protocol import Contribution, DeliberationAnswer

__all__ = ["Deliberations", "PairCount"]

PairCount = dict[tuple[bool, str, str], int]
"""(read the pack, answer before, answer after) -> people, for one question."""


class Deliberations(StoreCore):
    def _store_deliberations(
        self, conn: Connection, contributor_id: str, items: Sequence[Contribution],
        received: datetime,
    ) -> None:
        """Called by `add_contributions` in its transaction, with the newly stored items."""
        rows = [
            {
                "contribution_id": str(item.id),
                "contributor_id": contributor_id,
                "survey_id": item.body.survey_id,
                "question_id": item.body.question_id,
                "before_option": item.body.before,
                "after_option": item.body.after,
                "read_pack": int(item.body.read_pack),
                "created_at": to_utc_naive(item.created_at),
                "received_at": received,
            }
            for item in items
            if isinstance(item.body, DeliberationAnswer)
        ]
        if rows:
            conn.execute(deliberation_answers.insert(), rows)

    def deliberation_pairs(
        self, survey_id: str, received_before: datetime | None = None
    ) -> tuple[dict[str, PairCount], datetime | None]:
        """Per question, how many people gave each (read, before, after), counting only each
        person's latest pair (a resent or changed answer replaces, never adds), and the time
        of the newest pair counted. `received_before` cuts at a publication period's start."""
        d = deliberation_answers.c
        query = select(
            d.contributor_id, d.question_id, d.before_option, d.after_option, d.read_pack,
            d.created_at, d.contribution_id, d.received_at,
        ).where(d.survey_id == survey_id)
        if received_before is not None:
            query = query.where(d.received_at < to_utc_naive(received_before))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        latest: dict[tuple[str, str], tuple[datetime, str, bool, str, str]] = {}
        newest: datetime | None = None
        for row in rows:
            key = (row.contributor_id, row.question_id)
            mark = (row.created_at, row.contribution_id, bool(row.read_pack),
                    row.before_option, row.after_option)
            if key not in latest or mark[:2] > latest[key][:2]:
                latest[key] = mark
            newest = row.received_at if newest is None else max(newest, row.received_at)
        counts: dict[str, PairCount] = {}
        for (_person, question), (_at, _id, read, before, after) in latest.items():
            cells = counts.setdefault(question, {})
            cells[(read, before, after)] = cells.get((read, before, after), 0) + 1
        return counts, newest
