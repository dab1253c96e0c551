"""Keeping the aggregate tables while contributions come and go: `/v1/results` reads these
small tables instead of grouping every contribution, so each change is counted in or out in
the transaction that adds or withdraws the contributions it counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, select

from endpoint.store.core import StoreCore, to_utc_naive
from endpoint.store.rebuild import _attendance_low
from endpoint.store.tables import (
    _ONS4_ITEMS,
    _TOTAL,
    agg_fft_cells,
    agg_fft_people,
    agg_ons4_boroughs,
    agg_ons4_groups,
    agg_ons4_people,
    agg_outcome_cells,
    agg_outcome_groups,
    agg_outcome_people,
    agg_survey_cells,
    agg_survey_latest,
    contributions,
)
from sync.protocol import (
    ATTENDANCE_LOW,
    Contribution,
    FFTFeedback,
    OutcomeReport,
    SurveyAnswer,
    WellbeingONS4,
)


class Tallying(StoreCore):
    """Counting contributions into the aggregates and out of them (same transaction)."""

    def _add_to(self, conn: Connection, table: Table, keys: dict[str, Any],
                amounts: dict[str, int | float]) -> None:
        """Upsert one aggregate row: insert `amounts`, or add them to what is there."""
        stmt = self._insert(table).values(**keys, **amounts)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: table.c[name] + stmt.excluded[name] for name in amounts},
        )
        conn.execute(stmt)

    def _add_many(self, conn: Connection, table: Table, keys: Sequence[str],
                  rows: list[dict[str, Any]]) -> None:
        """`_add_to` for many rows in one executemany (one compiled statement per batch)."""
        if not rows:
            return
        amounts = [name for name in rows[0] if name not in keys]
        stmt = self._insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: table.c[name] + stmt.excluded[name] for name in amounts},
        )
        conn.execute(stmt, rows)

    def _people_in_many(self, conn: Connection, table: Table, keys: Sequence[str],
                        rows: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
        """`_people_in` for many (cell, contributor) rows; returns the keys that were new.

        The insert-or-ignore with RETURNING names exactly the rows it made, atomically, so the
        distinct-contributor counts stay exact even with racing transactions."""
        if not rows:
            return set()
        new = {tuple(row) for row in self._insert_new(
            conn, table, rows, keys, [table.c[name] for name in keys])}
        old = [row for row in rows if tuple(row[name] for name in keys) not in new]
        if old:
            conn.execute(
                table.update()
                .where(*(table.c[name] == bindparam(f"k_{name}") for name in keys))
                .values(n=table.c.n + bindparam("k_n")),
                [{f"k_{name}": value for name, value in row.items()} for row in old],
            )
        return new

    def _count_in(self, conn: Connection, contributor_id: str, items: Sequence[Contribution]
                  ) -> None:
        """Add newly stored contributions to the aggregates (same transaction).

        Keys are handled in sorted order so concurrent PostgreSQL transactions take row locks
        in one order and cannot deadlock.
        """
        fft: dict[tuple[str, str], int] = defaultdict(int)
        latest: dict[tuple[str, str], tuple[datetime, str, str]] = {}
        ons4: dict[tuple[str, float], list[int]] = {}
        boroughs: dict[str, int] = defaultdict(int)
        outcomes: dict[tuple[str, str, float], list[int]] = {}
        outcome_cells: dict[tuple[str, str], int] = defaultdict(int)
        for item in items:
            body = item.body
            if isinstance(body, FFTFeedback):
                fft[(body.service_id, body.rating)] += 1
                fft[(body.service_id, _TOTAL)] += 1
            elif isinstance(body, SurveyAnswer) and body.option_id is not None:
                key = (body.survey_id, body.question_id)
                mark = (to_utc_naive(item.created_at), str(item.id), body.option_id)
                if key not in latest or mark[:2] > latest[key][:2]:
                    latest[key] = mark
            elif isinstance(body, WellbeingONS4):
                sums = ons4.setdefault((body.borough, body.epsilon), [0, 0, 0, 0, 0])
                sums[0] += 1
                for i, name in enumerate(_ONS4_ITEMS, start=1):
                    sums[i] += int(getattr(body, name))
                boroughs[body.borough] += 1
            elif isinstance(body, OutcomeReport):
                key3 = (body.category, body.borough, body.epsilon)
                sums = outcomes.setdefault(key3, [0, 0, 0, 0, 0, 0])
                sums[0] += 1
                sums[1] += ATTENDANCE_LOW[body.attended]
                for i, name in enumerate(_ONS4_ITEMS, start=2):
                    sums[i] += int(getattr(body, name))
                outcome_cells[(body.category, body.borough)] += 1
        cells = sorted(fft.items())
        new = self._people_in_many(
            conn, agg_fft_people, ("service_id", "rating", "contributor_id"),
            [{"service_id": service, "rating": rating, "contributor_id": contributor_id, "n": n}
             for (service, rating), n in cells],
        )
        self._add_many(conn, agg_fft_cells, ("service_id", "rating"), [
            {"service_id": service, "rating": rating, "responses": n,
             "contributors": int((service, rating, contributor_id) in new)}
            for (service, rating), n in cells
        ])
        for (survey, question), (created, contribution, option) in sorted(latest.items()):
            self._survey_latest(conn, contributor_id, survey, question, created, contribution,
                                option)
        self._add_many(conn, agg_ons4_groups, ("borough", "epsilon"), [
            {"borough": borough, "epsilon": epsilon, "reports": sums[0],
             **dict(zip(_ONS4_ITEMS, sums[1:], strict=True))}
            for (borough, epsilon), sums in sorted(ons4.items())
        ])
        places = self._people_in_many(
            conn, agg_ons4_people, ("borough", "contributor_id"),
            [{"borough": borough, "contributor_id": contributor_id, "n": n}
             for borough, n in sorted(boroughs.items())],
        )
        self._add_many(conn, agg_ons4_boroughs, ("borough",), [
            {"borough": borough, "contributors": 1} for borough, _ in sorted(places)
        ])
        self._add_many(conn, agg_outcome_groups, ("category", "borough", "epsilon"), [
            {"category": category, "borough": borough, "epsilon": epsilon, "reports": sums[0],
             "attendance": sums[1], **dict(zip(_ONS4_ITEMS, sums[2:], strict=True))}
            for (category, borough, epsilon), sums in sorted(outcomes.items())
        ])
        joined = self._people_in_many(
            conn, agg_outcome_people, ("category", "borough", "contributor_id"),
            [{"category": category, "borough": borough, "contributor_id": contributor_id,
              "n": n} for (category, borough), n in sorted(outcome_cells.items())],
        )
        self._add_many(conn, agg_outcome_cells, ("category", "borough"), [
            {"category": category, "borough": borough, "contributors": 1}
            for category, borough, _ in sorted(joined)
        ])

    def _survey_latest(self, conn: Connection, contributor_id: str, survey: str, question: str,
                       created: datetime, contribution: str, option: str) -> None:
        """Make this answer the contributor's counted one if it is their latest (by created_at,
        then id, as the full computation orders them), moving their count between options."""
        t = agg_survey_latest
        where = (t.c.contributor_id == contributor_id, t.c.survey_id == survey,
                 t.c.question_id == question)
        current = conn.execute(
            select(t.c.option_id, t.c.created_at, t.c.contribution_id).where(*where)
            .with_for_update()
        ).first()
        cell = {"survey_id": survey, "question_id": question}
        if current is None:
            conn.execute(t.insert().values(
                contributor_id=contributor_id, survey_id=survey, question_id=question,
                option_id=option, created_at=created, contribution_id=contribution))
        elif (created, contribution) > (to_utc_naive(current.created_at),
                                        current.contribution_id):
            conn.execute(t.update().where(*where).values(
                option_id=option, created_at=created, contribution_id=contribution))
            self._add_to(conn, agg_survey_cells, {**cell, "option_id": current.option_id},
                         {"contributors": -1})
        else:
            return
        self._add_to(conn, agg_survey_cells, {**cell, "option_id": option}, {"contributors": 1})

    def _count_out(self, conn: Connection, contributor_id: str) -> None:
        """Take everything one contributor sent out of the aggregates, before it is deleted."""
        f, s, p = agg_fft_people, agg_survey_latest, agg_ons4_people
        mine = conn.execute(
            select(f.c.service_id, f.c.rating, f.c.n).where(f.c.contributor_id == contributor_id)
            .order_by(f.c.service_id, f.c.rating)
        ).all()
        for service, rating, n in mine:
            self._add_to(conn, agg_fft_cells, {"service_id": service, "rating": rating},
                         {"responses": -n, "contributors": -1})
        conn.execute(delete(f).where(f.c.contributor_id == contributor_id))
        chosen = conn.execute(
            select(s.c.survey_id, s.c.question_id, s.c.option_id)
            .where(s.c.contributor_id == contributor_id)
            .order_by(s.c.survey_id, s.c.question_id)
        ).all()
        for survey, question, option in chosen:
            self._add_to(conn, agg_survey_cells,
                         {"survey_id": survey, "question_id": question, "option_id": option},
                         {"contributors": -1})
        conn.execute(delete(s).where(s.c.contributor_id == contributor_id))
        c = contributions.c
        sums = conn.execute(
            select(c.borough, c.epsilon, func.count(),
                   *(func.sum(c[name]) for name in _ONS4_ITEMS))
            .where(c.contributor_id == contributor_id, c.kind == "ons4")
            .group_by(c.borough, c.epsilon)
            .order_by(c.borough, c.epsilon)
        ).all()
        for borough, epsilon, reports, *values in sums:
            self._add_to(
                conn, agg_ons4_groups, {"borough": borough, "epsilon": epsilon},
                {"reports": -int(reports),
                 **{name: -int(v) for name, v in zip(_ONS4_ITEMS, values, strict=True)}},
            )
        places = conn.execute(
            select(p.c.borough).where(p.c.contributor_id == contributor_id)
            .order_by(p.c.borough)
        ).scalars().all()
        for borough in places:
            self._add_to(conn, agg_ons4_boroughs, {"borough": borough}, {"contributors": -1})
        conn.execute(delete(p).where(p.c.contributor_id == contributor_id))
        reported = conn.execute(
            select(c.category, c.borough, c.epsilon, func.count(), func.sum(_attendance_low(c)),
                   *(func.sum(c[name]) for name in _ONS4_ITEMS))
            .where(c.contributor_id == contributor_id, c.kind == "outcome")
            .group_by(c.category, c.borough, c.epsilon)
            .order_by(c.category, c.borough, c.epsilon)
        ).all()
        for category, borough, epsilon, reports, attendance, *values in reported:
            self._add_to(
                conn, agg_outcome_groups,
                {"category": category, "borough": borough, "epsilon": epsilon},
                {"reports": -int(reports), "attendance": -int(attendance),
                 **{name: -int(v) for name, v in zip(_ONS4_ITEMS, values, strict=True)}},
            )
        q = agg_outcome_people
        joined = conn.execute(
            select(q.c.category, q.c.borough).where(q.c.contributor_id == contributor_id)
            .order_by(q.c.category, q.c.borough)
        ).all()
        for category, borough in joined:
            self._add_to(conn, agg_outcome_cells, {"category": category, "borough": borough},
                         {"contributors": -1})
        conn.execute(delete(q).where(q.c.contributor_id == contributor_id))
        # Cells nobody stands behind any more go, as they would from a GROUP BY.
        conn.execute(delete(agg_fft_cells).where(agg_fft_cells.c.contributors <= 0))
        conn.execute(delete(agg_survey_cells).where(agg_survey_cells.c.contributors <= 0))
        conn.execute(delete(agg_ons4_groups).where(agg_ons4_groups.c.reports <= 0))
        conn.execute(delete(agg_ons4_boroughs).where(agg_ons4_boroughs.c.contributors <= 0))
        conn.execute(delete(agg_outcome_groups).where(agg_outcome_groups.c.reports <= 0))
        conn.execute(delete(agg_outcome_cells).where(agg_outcome_cells.c.contributors <= 0))
