"""The inputs to published results (aggregate tables, and the full computations over every
contribution they must equal) and the published snapshots every worker serves
(endpoint/publishing.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from endpoint.aggregates import FFTTally, ONS4Group, OptionTally, OutcomeGroup
from endpoint.store.core import from_db, to_utc_naive
from endpoint.store.directory import Directory
from endpoint.store.rebuild import _attendance_low
from endpoint.store.tables import (
    _LAST_WITHDRAWAL,
    _ONS4_ITEMS,
    _TOTAL,
    agg_fft_cells,
    agg_ons4_boroughs,
    agg_ons4_groups,
    agg_outcome_cells,
    agg_outcome_groups,
    agg_survey_cells,
    contributions,
    endpoint_meta,
    published_results,
)


class Results(Directory):
    """Tallies for `/v1/results`, their Last-Modified, and the stored publications."""

    # --- inputs to published results ------------------------------------------------------

    def fft_tallies(self) -> list[FFTTally]:
        """Per (service, rating) and per service: responses and distinct contributors."""
        t = agg_fft_cells
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.service_id, t.c.rating, t.c.responses,
                                       t.c.contributors).where(t.c.responses > 0)).all()
        return [
            FFTTally(service, None if rating == _TOTAL else rating, int(n), int(people))
            for service, rating, n, people in rows
        ]

    def survey_option_tallies(self) -> list[OptionTally]:
        """Each contributor counts once per question, by their latest answer with an option."""
        t = agg_survey_cells
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.survey_id, t.c.question_id, t.c.option_id,
                                       t.c.contributors).where(t.c.contributors > 0)).all()
        return [OptionTally(survey, question, option, int(n))
                for survey, question, option, n in rows]

    def ons4_groups(self) -> tuple[list[ONS4Group], dict[str, int]]:
        """Report sums per (borough, epsilon), and distinct contributors per borough."""
        g, b = agg_ons4_groups, agg_ons4_boroughs
        with self.engine.connect() as conn:
            groups = [
                ONS4Group(borough=row.borough, epsilon=float(row.epsilon),
                          reports=int(row.reports),
                          sums={name: int(row._mapping[name]) for name in _ONS4_ITEMS})
                for row in conn.execute(select(g).where(g.c.reports > 0))
            ]
            people = {borough: int(n) for borough, n in
                      conn.execute(select(b.c.borough, b.c.contributors)
                                   .where(b.c.contributors > 0))}
        return groups, people

    def outcome_groups(self) -> tuple[list[OutcomeGroup], dict[tuple[str, str], int]]:
        """Sums of randomised changes per (category, borough, epsilon), and distinct
        contributors per (category, borough)."""
        g, cells = agg_outcome_groups, agg_outcome_cells
        with self.engine.connect() as conn:
            groups = [_outcome_group(row) for row in conn.execute(select(g).where(g.c.reports > 0))]
            people = {(category, borough): int(n) for category, borough, n in conn.execute(
                select(cells.c.category, cells.c.borough, cells.c.contributors)
                .where(cells.c.contributors > 0))}
        return groups, people

    def outcome_groups_full(self) -> tuple[list[OutcomeGroup], dict[tuple[str, str], int]]:
        """`outcome_groups` computed from every contribution (what the tables must equal)."""
        c = contributions.c
        outcome = c.kind == "outcome"
        sums = (
            select(c.category, c.borough, c.epsilon, func.count().label("reports"),
                   func.sum(_attendance_low(c)).label("attendance"),
                   *(func.sum(c[name]).label(name) for name in _ONS4_ITEMS))
            .where(outcome).group_by(c.category, c.borough, c.epsilon)
        )
        people = (
            select(c.category, c.borough, func.count(c.contributor_id.distinct()))
            .where(outcome).group_by(c.category, c.borough)
        )
        with self.engine.connect() as conn:
            groups = [_outcome_group(row) for row in conn.execute(sums)]
            cells = {(category, borough): int(n)
                     for category, borough, n in conn.execute(people)}
        return groups, cells

    def category_codes(self) -> frozenset[str]:
        """The taxonomy codes the directory uses: the only categories an outcome may name."""
        return frozenset(
            str(term["code"])
            for doc in self.all_services()
            for term in doc.get("taxonomy_terms") or ()
            if term.get("code")
        )

    # The full computations over every contribution: what the aggregate tables must equal.
    # `rebuild_aggregates` fills the tables from the same rules; tests compare the two.

    def fft_tallies_full(self) -> list[FFTTally]:
        """Per (service, rating) and per service: responses and distinct contributors."""
        c = contributions.c
        fft = c.kind == "fft"
        by_rating = (
            select(c.service_id, c.rating, func.count(), func.count(c.contributor_id.distinct()))
            .where(fft)
            .group_by(c.service_id, c.rating)
        )
        by_service = (
            select(c.service_id, func.count(), func.count(c.contributor_id.distinct()))
            .where(fft)
            .group_by(c.service_id)
        )
        with self.engine.connect() as conn:
            tallies = [
                FFTTally(service, rating, int(n), int(people))
                for service, rating, n, people in conn.execute(by_rating)
            ]
            tallies += [
                FFTTally(service, None, int(n), int(people))
                for service, n, people in conn.execute(by_service)
            ]
        return tallies

    def survey_option_tallies_full(self) -> list[OptionTally]:
        """Each contributor counts once per question, by their latest answer with an option."""
        c = contributions.c
        ranked = (
            select(
                c.survey_id,
                c.question_id,
                c.option_id,
                func.row_number()
                .over(
                    partition_by=(c.contributor_id, c.survey_id, c.question_id),
                    order_by=(c.created_at.desc(), c.id.desc()),
                )
                .label("rank"),
            )
            .where(c.kind == "survey", c.option_id.is_not(None))
            .subquery()
        )
        query = (
            select(ranked.c.survey_id, ranked.c.question_id, ranked.c.option_id, func.count())
            .where(ranked.c.rank == 1)
            .group_by(ranked.c.survey_id, ranked.c.question_id, ranked.c.option_id)
        )
        with self.engine.connect() as conn:
            return [
                OptionTally(survey, question, option, int(n))
                for survey, question, option, n in conn.execute(query)
            ]

    def ons4_groups_full(self) -> tuple[list[ONS4Group], dict[str, int]]:
        """Report sums per (borough, epsilon), and distinct contributors per borough."""
        c = contributions.c
        ons4 = c.kind == "ons4"
        sums = (
            select(
                c.borough,
                c.epsilon,
                func.count(),
                func.sum(c.satisfied),
                func.sum(c.worthwhile),
                func.sum(c.happy),
                func.sum(c.anxious),
            )
            .where(ons4)
            .group_by(c.borough, c.epsilon)
        )
        people = (
            select(c.borough, func.count(c.contributor_id.distinct()))
            .where(ons4)
            .group_by(c.borough)
        )
        with self.engine.connect() as conn:
            groups = [
                ONS4Group(
                    borough=borough,
                    epsilon=float(epsilon),
                    reports=int(n),
                    sums={
                        "satisfied": int(s1),
                        "worthwhile": int(s2),
                        "happy": int(s3),
                        "anxious": int(s4),
                    },
                )
                for borough, epsilon, n, s1, s2, s3, s4 in conn.execute(sums)
            ]
            contributors_by_borough = {borough: int(n) for borough, n in conn.execute(people)}
        return groups, contributors_by_borough

    def results_last_modified(self) -> datetime | None:
        """Latest change to anything `/v1/results` is built from (for Last-Modified)."""
        with self.engine.connect() as conn:
            received = conn.execute(select(func.max(contributions.c.received_at))).scalar()
            withdrawn = conn.execute(
                select(endpoint_meta.c.value).where(endpoint_meta.c.key == _LAST_WITHDRAWAL)
            ).scalar()
        moments = [from_db(received)] if received is not None else []
        if withdrawn is not None:
            moments.append(from_db(datetime.fromisoformat(withdrawn)))
        for other in (self.services_last_modified(), self.surveys_last_modified()):
            if other is not None:
                moments.append(other)
        return max(moments, default=None)
    # --- published snapshots (endpoint/publishing.py) -------------------------------------

    def published(self, period_start: datetime, view: str) -> tuple[str, datetime | None] | None:
        """The stored body and data time of one view for one period, if it was published."""
        t = published_results.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.body, t.data_as_of).where(
                    t.period_start == to_utc_naive(period_start), t.view == view
                )
            ).first()
        if row is None:
            return None
        return row.body, None if row.data_as_of is None else from_db(row.data_as_of)

    def publish(
        self, period_start: datetime, bodies: Mapping[str, str], data_as_of: datetime | None
    ) -> None:
        """Store every view of one period in one transaction, and forget older periods.

        When another worker published the same period first, its rows stand and ours are
        dropped: the first publication of a period is the one everybody serves."""
        start = to_utc_naive(period_start)
        as_of = None if data_as_of is None else to_utc_naive(data_as_of)
        rows = [
            {"period_start": start, "view": view, "data_as_of": as_of, "body": body}
            for view, body in bodies.items()
        ]
        try:
            with self._tx() as conn:
                conn.execute(delete(published_results).where(
                    published_results.c.period_start < start))
                conn.execute(published_results.insert(), rows)
        except IntegrityError:
            return


def _outcome_group(row: Any) -> OutcomeGroup:
    values = row._mapping
    return OutcomeGroup(
        category=values["category"],
        borough=values["borough"],
        epsilon=float(values["epsilon"]),
        reports=int(values["reports"]),
        attendance=int(values["attendance"]),
        sums={name: int(values[name]) for name in _ONS4_ITEMS},
    )

