"""The full computation of the aggregate tables in SQL, apart from the per-contribution
bookkeeping (endpoint/store/tallying.py) so schema setup can fill the tables of an older
database without depending on it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, delete, func, literal, select

from endpoint.store.tables import (
    _ONS4_ITEMS,
    _TOTAL,
    AGGREGATE_TABLES,
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
from sync.protocol import ATTENDANCE_LOW


def _rebuild_aggregates(conn: Connection) -> None:
    """Fill every aggregate table from `contributions` with INSERT ... SELECT (no rows travel
    through Python), by the same rules as the full computations."""
    for table in AGGREGATE_TABLES:
        conn.execute(delete(table))
    c = contributions.c
    fft = c.kind == "fft"
    conn.execute(agg_fft_people.insert().from_select(
        ["service_id", "rating", "contributor_id", "n"],
        select(c.service_id, c.rating, c.contributor_id, func.count()).where(fft)
        .group_by(c.service_id, c.rating, c.contributor_id),
    ))
    conn.execute(agg_fft_people.insert().from_select(
        ["service_id", "rating", "contributor_id", "n"],
        select(c.service_id, literal(_TOTAL), c.contributor_id, func.count()).where(fft)
        .group_by(c.service_id, c.contributor_id),
    ))
    p = agg_fft_people.c
    conn.execute(agg_fft_cells.insert().from_select(
        ["service_id", "rating", "responses", "contributors"],
        select(p.service_id, p.rating, func.sum(p.n), func.count()).group_by(p.service_id,
                                                                           p.rating),
    ))
    ranked = (
        select(
            c.contributor_id, c.survey_id, c.question_id, c.option_id, c.created_at,
            c.id.label("contribution_id"),
            func.row_number().over(
                partition_by=(c.contributor_id, c.survey_id, c.question_id),
                order_by=(c.created_at.desc(), c.id.desc()),
            ).label("rank"),
        )
        .where(c.kind == "survey", c.option_id.is_not(None))
        .subquery()
    )
    conn.execute(agg_survey_latest.insert().from_select(
        ["contributor_id", "survey_id", "question_id", "option_id", "created_at",
         "contribution_id"],
        select(ranked.c.contributor_id, ranked.c.survey_id, ranked.c.question_id,
               ranked.c.option_id, ranked.c.created_at, ranked.c.contribution_id)
        .where(ranked.c.rank == 1),
    ))
    s = agg_survey_latest.c
    conn.execute(agg_survey_cells.insert().from_select(
        ["survey_id", "question_id", "option_id", "contributors"],
        select(s.survey_id, s.question_id, s.option_id, func.count())
        .group_by(s.survey_id, s.question_id, s.option_id),
    ))
    ons4 = c.kind == "ons4"
    conn.execute(agg_ons4_groups.insert().from_select(
        ["borough", "epsilon", "reports", *_ONS4_ITEMS],
        select(c.borough, c.epsilon, func.count(), *(func.sum(c[name]) for name in _ONS4_ITEMS))
        .where(ons4).group_by(c.borough, c.epsilon),
    ))
    conn.execute(agg_ons4_people.insert().from_select(
        ["borough", "contributor_id", "n"],
        select(c.borough, c.contributor_id, func.count()).where(ons4)
        .group_by(c.borough, c.contributor_id),
    ))
    o = agg_ons4_people.c
    conn.execute(agg_ons4_boroughs.insert().from_select(
        ["borough", "contributors"], select(o.borough, func.count()).group_by(o.borough),
    ))
    outcome = c.kind == "outcome"
    conn.execute(agg_outcome_groups.insert().from_select(
        ["category", "borough", "epsilon", "reports", "attendance", *_ONS4_ITEMS],
        select(c.category, c.borough, c.epsilon, func.count(), func.sum(_attendance_low(c)),
               *(func.sum(c[name]) for name in _ONS4_ITEMS))
        .where(outcome).group_by(c.category, c.borough, c.epsilon),
    ))
    conn.execute(agg_outcome_people.insert().from_select(
        ["category", "borough", "contributor_id", "n"],
        select(c.category, c.borough, c.contributor_id, func.count()).where(outcome)
        .group_by(c.category, c.borough, c.contributor_id),
    ))
    q = agg_outcome_people.c
    conn.execute(agg_outcome_cells.insert().from_select(
        ["category", "borough", "contributors"],
        select(q.category, q.borough, func.count()).group_by(q.category, q.borough),
    ))


def _attendance_low(c: Any) -> Any:
    """SQL: the lowest number of sessions the row's attendance bucket stands for."""
    return case(
        *((c.attended == bucket, literal(low)) for bucket, low in ATTENDANCE_LOW.items()),
        else_=literal(0),
    )

