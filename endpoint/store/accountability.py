"""Accountability and help at the community centre (issue #26, points 4 and 5): the tables
and every query behind them.

* Commitments hang off a published "you said, we did" response: a status, a percentage,
  milestones and dated updates, all public (`GET /v1/commitments`).
* Helper codes are one-time codes a helper (a console role) asks for to start an assisted
  session on a centre's PC. A row holds the code's SHA-256, its expiry and whether it was
  spent: no operator id, so nothing in the database ties a session, or what was said in it,
  to the helper (the audit log says a helper asked for a code, and when; never which code).
* Paper batches are responses typed in from paper forms by editors: per question option, a
  count, with the batch's size. They are counted as "paper" beside online and assisted answers.

Assisted answers are ordinary survey answers (counted in the consultation's results like any
other answer) with a row in `assisted_contributions`, which cascades away with the contribution
on withdrawal.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from endpoint.store.core import StoreCore, from_db, to_utc_naive
from endpoint.store.tables import consultation_responses, contributions, metadata
from sync.protocol import Contribution, SurveyAnswer

commitments = Table(
    # A promise made in a "you said, we did" response, and how far it has got (public).
    "commitments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("response_id", String(36), ForeignKey("consultation_responses.id",
                                                   ondelete="CASCADE"), nullable=False,
           index=True),
    Column("title", String(200), nullable=False),
    Column("status", String(16), nullable=False),
    Column("percent", SmallInteger, nullable=False),
    Column("milestones", JSON, nullable=False),  # [{"title", "due_on", "done"}]
    Column("last_modified", DateTime, nullable=False, index=True),
)

commitment_updates = Table(
    # Dated steps of a commitment, append-only from the console.
    "commitment_updates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("commitment_id", String(36), ForeignKey("commitments.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("on_date", Date, nullable=False),
    Column("percent", SmallInteger, nullable=False),
    Column("status", String(16), nullable=False),
    Column("text", Text, nullable=False),
)

assisted_contributions = Table(
    # Contributions given in an assisted session: the mark only, never who helped.
    "assisted_contributions",
    metadata,
    Column("contribution_id", String(36), ForeignKey("contributions.id", ondelete="CASCADE"),
           primary_key=True),
)

helper_codes = Table(
    # One-time codes for assisted sessions: no operator id, by design (see the module's text).
    "helper_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("expires_at", DateTime, nullable=False),
    Column("spent", SmallInteger, nullable=False),
)

paper_batches = Table(
    # Responses typed in from paper forms, a batch at a time: counts only, never a person.
    "paper_batches",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("survey_id", String(64), nullable=False, index=True),
    Column("forms", Integer, nullable=False),  # paper forms in the batch
    Column("counts", JSON, nullable=False),  # {question_id: {option_id: count}}
    Column("entered_on", Date, nullable=False),
)

HELPER_CODE_LIFETIME = timedelta(minutes=15)
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I to misread


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def mark_assisted(conn: Connection, items: Sequence[Contribution]) -> None:
    """Mark the newly stored assisted answers, in the insert's own transaction."""
    ids = [{"contribution_id": str(item.id)} for item in items
           if isinstance(item.body, SurveyAnswer) and item.body.assisted]
    if ids:
        conn.execute(insert(assisted_contributions), ids)


class Accountability(StoreCore):
    """Commitments, helper codes, paper batches and the channel counts built from them."""

    # --- commitments ----------------------------------------------------------------------

    def add_commitment(self, response_id: str, title: str, milestones: Sequence[Mapping[str, Any]],
                       now: datetime) -> str:
        commitment_id = str(uuid.uuid4())
        with self._tx() as conn:
            conn.execute(insert(commitments).values(
                id=commitment_id, response_id=response_id, title=title, status="planned",
                percent=0, milestones=list(milestones), last_modified=to_utc_naive(now)))
        return commitment_id

    def update_commitment(self, commitment_id: str, *, on: date, percent: int, status: str,
                          text: str, milestones_done: Sequence[int] | None, now: datetime) -> None:
        """One dated update; the commitment takes its percentage and status (one transaction)."""
        with self._tx() as conn:
            row = conn.execute(select(commitments.c.milestones).where(
                commitments.c.id == commitment_id)).first()
            if row is None:
                raise KeyError(commitment_id)
            milestones = [dict(m) for m in row.milestones]
            if milestones_done is not None:
                for index, milestone in enumerate(milestones):
                    milestone["done"] = index in milestones_done
            conn.execute(insert(commitment_updates).values(
                commitment_id=commitment_id, on_date=on, percent=percent, status=status,
                text=text))
            conn.execute(update(commitments).where(commitments.c.id == commitment_id).values(
                percent=percent, status=status, milestones=milestones,
                last_modified=to_utc_naive(now)))

    def commitment_owner(self, commitment_id: str) -> tuple[str, str] | None:
        """(organisation id, survey id) of a commitment, for the console's checks."""
        r = consultation_responses.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(r.organisation_id, r.survey_id)
                .join(commitments, commitments.c.response_id == r.id)
                .where(commitments.c.id == commitment_id)).first()
        return None if row is None else (str(row.organisation_id), str(row.survey_id))

    def commitments(self) -> tuple[list[dict[str, Any]], datetime | None]:
        """Every commitment as `sync.protocol.Commitment` fields, and the latest change."""
        r, c, u = consultation_responses.c, commitments.c, commitment_updates.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(c.id, c.response_id, c.title, c.status, c.percent, c.milestones,
                       c.last_modified, r.survey_id, r.organisation)
                .join(consultation_responses, r.id == c.response_id)
                .order_by(c.last_modified.desc(), c.id)).all()
            steps = conn.execute(select(u.commitment_id, u.on_date, u.percent, u.status, u.text)
                                 .order_by(u.on_date, u.id)).all()
        updates: dict[str, list[dict[str, Any]]] = {}
        for step in steps:
            updates.setdefault(step.commitment_id, []).append({
                "on": step.on_date, "percent": step.percent, "status": step.status,
                "text": step.text})
        docs = [{
            "id": row.id, "response_id": row.response_id, "survey_id": row.survey_id,
            "organisation": row.organisation, "title": row.title, "status": row.status,
            "percent": row.percent, "milestones": list(row.milestones),
            "updates": updates.get(row.id, []),
        } for row in rows]
        latest = max((from_db(row.last_modified) for row in rows), default=None)
        return docs, latest

    # --- helper codes ---------------------------------------------------------------------

    def new_helper_code(self, now: datetime) -> str:
        """A fresh one-time code (8 characters, about 40 bits, valid 15 minutes)."""
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
        with self._tx() as conn:
            conn.execute(delete(helper_codes).where(
                helper_codes.c.expires_at < to_utc_naive(now)))
            conn.execute(insert(helper_codes).values(
                code_hash=_code_hash(code), expires_at=to_utc_naive(now + HELPER_CODE_LIFETIME),
                spent=0))
        return code

    def spend_helper_code(self, code: str, now: datetime) -> bool:
        """True once for a good, unexpired code; it is spent in the same statement, so two
        PCs racing with one code cannot both start a session."""
        h = helper_codes.c
        with self._tx() as conn:
            done = conn.execute(update(helper_codes).where(
                h.code_hash == _code_hash(code), h.spent == 0,
                h.expires_at >= to_utc_naive(now)).values(spent=1))
            return bool(done.rowcount == 1)

    # --- paper batches --------------------------------------------------------------------

    def add_paper_batch(self, survey_id: str, forms: int,
                        counts: Mapping[str, Mapping[str, int]], entered_on: date) -> str:
        batch_id = str(uuid.uuid4())
        with self._tx() as conn:
            conn.execute(insert(paper_batches).values(
                id=batch_id, survey_id=survey_id, forms=forms,
                counts={q: dict(o) for q, o in counts.items()}, entered_on=entered_on))
        return batch_id

    def paper_batches(self, survey_id: str | None = None) -> list[dict[str, Any]]:
        p = paper_batches.c
        query = select(p.id, p.survey_id, p.forms, p.counts, p.entered_on).order_by(
            p.entered_on, p.id)
        if survey_id is not None:
            query = query.where(p.survey_id == survey_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def paper_counts(self) -> dict[tuple[str, str, str], int]:
        """(survey, question, option) -> answers typed in from paper, over every batch."""
        totals: dict[tuple[str, str, str], int] = {}
        for batch in self.paper_batches():
            for question_id, options in dict(batch["counts"]).items():
                for option_id, n in dict(options).items():
                    key = (str(batch["survey_id"]), str(question_id), str(option_id))
                    totals[key] = totals.get(key, 0) + int(n)
        return totals

    # --- channels -------------------------------------------------------------------------

    def channel_people(self) -> dict[str, dict[str, int]]:
        """survey id -> {"online", "assisted", "paper"}: people who took part each way.

        Online and assisted are distinct contributors (an assisted session has its own
        one-off contributor, see sync/assisted.py); paper is the forms entered."""
        t = contributions.c
        found: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            assisted = assisted_contributions.c.contribution_id.is_not(None)
            rows = conn.execute(
                select(t.survey_id, assisted, func.count(func.distinct(t.contributor_id)))
                .select_from(contributions.outerjoin(
                    assisted_contributions, assisted_contributions.c.contribution_id == t.id))
                .where(t.kind == "survey").group_by(t.survey_id, assisted)).all()
            papers = conn.execute(select(paper_batches.c.survey_id,
                                         func.sum(paper_batches.c.forms))
                                  .group_by(paper_batches.c.survey_id)).all()
        for survey_id, assisted, people in rows:
            cell = found.setdefault(str(survey_id), {"online": 0, "assisted": 0, "paper": 0})
            cell["assisted" if assisted else "online"] += int(people)
        for survey_id, forms in papers:
            cell = found.setdefault(str(survey_id), {"online": 0, "assisted": 0, "paper": 0})
            cell["paper"] = int(forms or 0)
        return found
