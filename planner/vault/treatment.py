"""Treatment referrals (migration 8), stored whole, apart from social-prescribing referrals.

Saving a referral also keeps its two wait reminders (12 and 18 weeks after the clock
started) in the reminders table, in the same transaction, so the existing reminder schedule
announces them and a changed clock start moves them. Their ids come from the referral's, so
saving again replaces them rather than adding more.
"""

from __future__ import annotations

from datetime import time, timedelta
from typing import Any
from uuid import UUID, uuid5

from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder, ReminderKind
from planner.domain.treatment import REMINDER_WEEKS, TreatmentReferral
from planner.vault.codec import dump, load
from planner.vault.store import Store

__all__ = [
    "INSERT_TREATMENT",
    "REMINDER_TARGET",
    "TreatmentReferralRepository",
    "treatment_row",
    "wait_reminders",
]

INSERT_TREATMENT = "INSERT INTO treatment_referrals(id, referred_on, body) VALUES (?, ?, ?)"
REMINDER_TARGET = "treatment-referral"
REMINDER_AT = time(9, 0)
_NAMESPACE = UUID("6d0f8c1e-3f0b-4c5e-8b9e-77a1b0e4f2d3")


def treatment_row(r: TreatmentReferral) -> tuple[Any, ...]:
    return (str(r.id), r.referred_on.isoformat(), dump(r))


def wait_reminders(referral: TreatmentReferral) -> list[Reminder]:
    """One reminder on the day the wait reaches 12 weeks and one at 18 (calendar days from
    the clock start, so a clock change moves neither); none once treatment has started."""
    if referral.treatment_started_on is not None:
        return []
    found = []
    for weeks in REMINDER_WEEKS:
        day = referral.starts + timedelta(weeks=weeks)
        found.append(Reminder(
            id=uuid5(_NAMESPACE, f"{referral.id}:{weeks}"),
            title=f"{weeks} weeks waiting: {referral.what_for}"[:200],
            kind=ReminderKind.OTHER,
            at=REMINDER_AT,
            recurrence=Recurrence(frequency=Frequency.DAILY, start=day, until=day),
            target=REMINDER_TARGET,
            target_id=referral.id,
        ))
    return found


class TreatmentReferralRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, referral: TreatmentReferral) -> None:
        with self._store.transaction() as c:
            c.execute(
                INSERT_TREATMENT + " ON CONFLICT(id) DO UPDATE SET "
                "referred_on = excluded.referred_on, body = excluded.body",
                treatment_row(referral),
            )
            _replace_reminders(c, referral)

    def get(self, referral_id: UUID) -> TreatmentReferral | None:
        rows = self._store.query(
            "SELECT body FROM treatment_referrals WHERE id = ?", (str(referral_id),)
        )
        return load(TreatmentReferral, rows[0][0]) if rows else None

    def all(self) -> list[TreatmentReferral]:
        """Newest first."""
        rows = self._store.query(
            "SELECT body FROM treatment_referrals ORDER BY referred_on DESC, id"
        )
        return [load(TreatmentReferral, r[0]) for r in rows]

    def delete(self, referral_id: UUID) -> None:
        with self._store.transaction() as c:
            c.execute("DELETE FROM treatment_referrals WHERE id = ?", (str(referral_id),))
            for weeks in REMINDER_WEEKS:
                c.execute("DELETE FROM reminders WHERE id = ?",
                          (str(uuid5(_NAMESPACE, f"{referral_id}:{weeks}")),))


def _replace_reminders(c: Any, referral: TreatmentReferral) -> None:
    for weeks in REMINDER_WEEKS:
        c.execute("DELETE FROM reminders WHERE id = ?",
                  (str(uuid5(_NAMESPACE, f"{referral.id}:{weeks}")),))
    c.executemany(
        "INSERT INTO reminders(id, body) VALUES (?, ?)",
        [(str(r.id), dump(r)) for r in wait_reminders(referral)],
    )
