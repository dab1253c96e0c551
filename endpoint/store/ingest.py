"""What a contributor's requests do to the database: register a pseudonym, send a batch,
read the ledger, withdraw everything, and the per-request rate limit every worker shares.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from endpoint.store.accountability import mark_assisted
from endpoint.store.budgets import Budgets
from endpoint.store.core import ContributorGoneError, from_db, to_utc_naive
from endpoint.store.deliberation import Deliberations
from endpoint.store.tables import (
    _FREE_TEXT,
    _LAST_WITHDRAWAL,
    contributions,
    contributors,
    rate_limits,
)
from endpoint.store.tallying import Tallying
from sync.protocol import (
    Contribution,
    DeliberationAnswer,
    FFTFeedback,
    OutcomeReport,
    SurveyAnswer,
    WellbeingONS4,
)


class Ingest(Budgets, Tallying, Deliberations):
    """Contributors, their contributions and their requests' rate limits."""

    # --- contributors ---------------------------------------------------------------------

    def create_contributor(self, contributor_id: str, token_hash: str, now: datetime) -> None:
        with self._tx() as conn:
            conn.execute(
                contributors.insert().values(
                    id=contributor_id, token_hash=token_hash, created_at=to_utc_naive(now)
                )
            )

    def contributor_for_token(self, token_hash: str) -> str | None:
        """The contributor id whose token hashes to `token_hash`, if any."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(contributors.c.id).where(contributors.c.token_hash == token_hash)
            ).scalar_one_or_none()
        return cast(str | None, found)

    def withdraw(self, contributor_id: str, now: datetime) -> int:
        """Delete a contributor and everything it sent; return how many contributions went.

        The time of the last withdrawal is kept (no id) so published results, which may have
        changed, get a new Last-Modified.
        """
        upsert = self._upsert_meta(_LAST_WITHDRAWAL, to_utc_naive(now).isoformat())
        with self._tx() as conn:
            self._count_out(conn, contributor_id)
            deleted = conn.execute(
                delete(contributions).where(contributions.c.contributor_id == contributor_id)
            ).rowcount
            conn.execute(delete(contributors).where(contributors.c.id == contributor_id))
            conn.execute(upsert)
        self._scrub_log()
        return int(deleted or 0)

    def _scrub_log(self) -> None:
        """SQLite: copy the write-ahead log into the database and truncate it, so the withdrawn
        text lingers in neither file (`secure_delete` has already zeroed it in the pages).
        Waits for readers up to busy_timeout; if they outlast it, the next checkpoint does
        it. PostgreSQL keeps dead rows until VACUUM: see docs/PRIVACY.md."""
        if self.dialect != "sqlite":
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- contributions --------------------------------------------------------------------

    def add_contributions(
        self, contributor_id: str, items: Sequence[Contribution], received_at: datetime,
        *, uncounted: Set[str] = frozenset(),
    ) -> set[str]:
        """Store `items` in one transaction; return the ids that were new. Budget ballots whose
        ids are in `uncounted` (arrived after their round closed) are kept for the ledger only.

        Insert-or-ignore on the primary key makes a resend harmless, and RETURNING tells which
        rows were really inserted, even when two retries race each other.
        """
        if not items:
            return set()
        received = to_utc_naive(received_at)
        rows = [_row(contributor_id, item, received) for item in items]
        if self.cipher is not None:
            for row in rows:
                for name in _FREE_TEXT:
                    if row[name] is not None:
                        row[name] = self.cipher.encrypt(row[name], row["id"])
        try:
            with self._tx() as conn:
                exists = conn.execute(
                    select(contributors.c.id).where(contributors.c.id == contributor_id)
                ).first()
                if exists is None:
                    raise ContributorGoneError(contributor_id)
                inserted = {str(row.id) for row in self._insert_new(
                    conn, contributions, rows, ["id"], [contributions.c.id])}
                new = [item for item in items if str(item.id) in inserted]
                self._count_in(conn, contributor_id, new)
                mark_assisted(conn, new)
                self._ballots_in(conn, contributor_id,
                                 [item for item in new if str(item.id) not in uncounted],
                                 received)
                self._store_deliberations(conn, contributor_id, new, received)
        except IntegrityError as exc:  # withdrawn between the check and the insert
            raise ContributorGoneError(contributor_id) from exc
        return inserted

    # --- the ledger -----------------------------------------------------------------------

    def list_contributions(self, contributor_id: str) -> list[dict[str, Any]]:
        """The ledger of one contributor: ids, kinds and times, never contents."""
        query = (
            select(
                contributions.c.id,
                contributions.c.purpose,
                contributions.c.kind,
                contributions.c.created_at,
                contributions.c.received_at,
            )
            .where(contributions.c.contributor_id == contributor_id)
            .order_by(contributions.c.received_at, contributions.c.created_at, contributions.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            {
                "id": row["id"],
                "purpose": row["purpose"],
                "kind": row["kind"],
                "created_at": from_db(row["created_at"]),
                "received_at": from_db(row["received_at"]),
            }
            for row in rows
        ]

    def count_contributions(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(contributions)).scalar_one())

    # --- rate limits (endpoint/app.py RateLimiter) -----------------------------------------

    def count_request(self, key: str, window_start: int) -> int:
        """Count one request for `key` in the window starting at `window_start` (Unix seconds)
        and return the window's count so far, this request included.

        One atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so concurrent
        workers never lose a count. The first request a process sees in a new window also
        deletes the rows of earlier windows: a cheap indexed delete, once a minute."""
        upsert = self._insert(rate_limits).values(key=key, window_start=window_start, count=1)
        upsert = upsert.on_conflict_do_update(
            index_elements=["key", "window_start"],
            set_={"count": rate_limits.c.count + 1},
        ).returning(rate_limits.c.count)
        with self._tx() as conn:
            if self.dialect == "postgresql":
                # A count lost in a crash is harmless; waiting for the WAL flush on every
                # request is not (5 ms -> 0.3 ms per request on a plain disk).
                conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            count = int(conn.execute(upsert).scalar_one())
        if window_start > self._rate_pruned:
            self._rate_pruned = window_start
            with self._tx() as conn:
                conn.execute(delete(rate_limits).where(rate_limits.c.window_start < window_start))
        return count


def _row(contributor_id: str, item: Contribution, received: datetime) -> dict[str, Any]:
    row: dict[str, Any] = {column.name: None for column in contributions.columns}
    row.update(
        id=str(item.id),
        contributor_id=contributor_id,
        purpose=item.purpose,
        kind=item.body.kind,
        created_at=to_utc_naive(item.created_at),
        received_at=received,
    )
    body = item.body
    if isinstance(body, FFTFeedback):
        row.update(service_id=body.service_id, rating=body.rating, comment=body.comment)
    elif isinstance(body, SurveyAnswer):
        row.update(
            survey_id=body.survey_id,
            question_id=body.question_id,
            option_id=body.option_id,
            answer_text=body.text,
        )
    elif isinstance(body, DeliberationAnswer):  # the after answer is in deliberation_answers
        row.update(survey_id=body.survey_id, question_id=body.question_id, option_id=body.before)
    elif isinstance(body, WellbeingONS4):
        row.update(
            borough=body.borough,
            satisfied=body.satisfied,
            worthwhile=body.worthwhile,
            happy=body.happy,
            anxious=body.anxious,
            epsilon=body.epsilon,
        )
    elif isinstance(body, OutcomeReport):
        row.update(
            category=body.category,
            borough=body.borough,
            attended=body.attended,
            satisfied=body.satisfied,
            worthwhile=body.worthwhile,
            happy=body.happy,
            anxious=body.anxious,
            epsilon=body.epsilon,
        )
    return row

