"""The table behind deliberative consultations (issue #26, point 2), kept out of tables.py so
the slice reads as one page. It shares `metadata`, so Alembic and the tests see it.

A row hangs off its contribution (`contributions.id`, ON DELETE CASCADE): the withdrawal that
deletes a person's contributions deletes their before/after pairs in the same statement.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Index, SmallInteger, String, Table

from endpoint.store.tables import metadata

__all__ = ["deliberation_answers"]

deliberation_answers = Table(
    "deliberation_answers",
    metadata,
    Column(
        "contribution_id",
        String(36),
        ForeignKey("contributions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("contributor_id", String(36), nullable=False),
    Column("survey_id", String(64), nullable=False),
    Column("question_id", String(64), nullable=False),
    Column("before_option", String(64), nullable=False),
    Column("after_option", String(64), nullable=False),
    Column("read_pack", SmallInteger, nullable=False),  # 1 read, 0 pressed "Skip reading"
    Column("created_at", DateTime, nullable=False),
    Column("received_at", DateTime, nullable=False),
    Index("ix_deliberation_answers_survey", "survey_id", "question_id"),
)
