"""Decisions (migration 8), stored whole; and preparing an appointment for one.

`prepare` is one transaction over two aggregates: the appointment gains the "Ask 3
Questions" and BRAN questions and the decision gains the appointment, or neither changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from planner.domain.appointment import Appointment
from planner.domain.decision import ASK_3_QUESTIONS, BRAN_QUESTIONS, Decision
from planner.errors import InputError
from planner.vault.codec import dump, load, to_ms
from planner.vault.store import Store

__all__ = ["INSERT_DECISION", "DecisionRepository", "decision_row", "with_questions"]

INSERT_DECISION = "INSERT INTO decisions(id, created_on, body) VALUES (?, ?, ?)"


def decision_row(d: Decision) -> tuple[Any, ...]:
    return (str(d.id), d.created_on.isoformat(), dump(d))


PREPARE_QUESTIONS = (*ASK_3_QUESTIONS, *BRAN_QUESTIONS)


def with_questions(appointment: Appointment,
                   questions: Sequence[str] = PREPARE_QUESTIONS) -> Appointment:
    """The appointment with the Ask 3 Questions and BRAN questions added after its own, each
    once (asking twice adds nothing). `questions` are those seven in the person's language
    (the window passes its translation; the core's are English)."""
    have = {q.casefold() for q in appointment.questions}
    added = [q for q in questions if q.casefold() not in have]
    return appointment.edit(questions=(*appointment.questions, *added))


class DecisionRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, decision: Decision) -> None:
        with self._store.transaction() as c:
            _put(c, decision)

    def get(self, decision_id: UUID) -> Decision | None:
        rows = self._store.query("SELECT body FROM decisions WHERE id = ?", (str(decision_id),))
        return load(Decision, rows[0][0]) if rows else None

    def all(self) -> list[Decision]:
        """Open decisions first, then by the day written down, newest first."""
        rows = self._store.query("SELECT body FROM decisions ORDER BY created_on DESC, id")
        found = [load(Decision, r[0]) for r in rows]
        return sorted(found, key=lambda d: not d.is_open)

    def delete(self, decision_id: UUID) -> None:
        with self._store.transaction() as c:
            c.execute("DELETE FROM decisions WHERE id = ?", (str(decision_id),))

    def prepare(self, decision_id: UUID, appointment_id: UUID,
                questions: Sequence[str] = PREPARE_QUESTIONS) -> tuple[Decision, Appointment]:
        """Add the Ask 3 Questions and BRAN questions to the appointment's questions to ask
        and link it to the decision, in one transaction. Returns both as saved."""
        with self._store.transaction() as c:
            d_rows = c.execute(
                "SELECT body FROM decisions WHERE id = ?", (str(decision_id),)
            ).fetchall()
            a_rows = c.execute(
                "SELECT body FROM appointments WHERE id = ?", (str(appointment_id),)
            ).fetchall()
            if not d_rows:
                raise InputError("That decision is not in this profile.")
            if not a_rows:
                raise InputError("That appointment is not in this profile.")
            decision = load(Decision, d_rows[0][0])
            appointment = with_questions(load(Appointment, a_rows[0][0]), questions)
            if appointment_id not in decision.appointment_ids:
                decision = decision.edit(
                    appointment_ids=(*decision.appointment_ids, appointment_id)
                )
            _put(c, decision)
            c.execute(
                "UPDATE appointments SET at = ?, body = ? WHERE id = ?",
                (to_ms(appointment.at), dump(appointment), str(appointment.id)),
            )
        return decision, appointment


def _put(c: Any, decision: Decision) -> None:
    c.execute(
        INSERT_DECISION + " ON CONFLICT(id) DO UPDATE SET created_on = excluded.created_on, "
        "body = excluded.body",
        decision_row(decision),
    )
