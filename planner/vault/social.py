"""Social prescribing (migration 7): referrals, the services chosen for them, and attendance.

All three are stored whole (JSON bodies) with columns for what the queries and constraints
need. UNIQUE (chosen_id, on_day) makes one attendance record per chosen service and day: a
second record for a day already recorded raises `AttendanceAlreadyRecorded` (an InputError)
and changes nothing; the constraint, not a check in Python, is what holds.

Deleting follows the person's history rather than the tidy tree: deleting a referral keeps the
services chosen for it (they are still in the plan, with their attendance) and only unlinks
them; deleting a chosen service deletes its attendance in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

import sqlcipher3

from planner.domain.social import Attendance, ChosenService, SocialReferral
from planner.errors import InputError
from planner.vault.codec import dump, load
from planner.vault.store import Store

__all__ = [
    "AttendanceAlreadyRecorded",
    "AttendanceRepository",
    "ChosenServiceRepository",
    "ReferralRepository",
    "attendance_row",
    "chosen_row",
    "referral_row",
]


class AttendanceAlreadyRecorded(InputError):
    """That service already has a record (went or not this time) for that day."""


def referral_row(r: SocialReferral) -> tuple[Any, ...]:
    """The social_referrals row (bulk.py writes the same shape)."""
    return (str(r.id), r.referred_on.isoformat(), dump(r))


def chosen_row(c: ChosenService) -> tuple[Any, ...]:
    return (
        str(c.id),
        None if c.referral_id is None else str(c.referral_id),
        c.service_id,
        None if c.action_id is None else str(c.action_id),
        c.added_on.isoformat(),
        dump(c),
    )


def attendance_row(a: Attendance) -> tuple[Any, ...]:
    return (str(a.id), str(a.chosen_id), a.on.isoformat(), int(a.attended), dump(a))


INSERT_REFERRAL = "INSERT INTO social_referrals(id, referred_on, body) VALUES (?, ?, ?)"
INSERT_CHOSEN = (
    "INSERT INTO chosen_services(id, referral_id, service_id, action_id, added_on, body) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_ATTENDANCE = (
    "INSERT INTO attendance(id, chosen_id, on_day, attended, body) VALUES (?, ?, ?, ?, ?)"
)


class ReferralRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, referral: SocialReferral) -> None:
        with self._store.transaction() as c:
            save_referral(c, referral)

    def get(self, referral_id: UUID) -> SocialReferral | None:
        rows = self._store.query(
            "SELECT body FROM social_referrals WHERE id = ?", (str(referral_id),)
        )
        return load(SocialReferral, rows[0][0]) if rows else None

    def all(self) -> list[SocialReferral]:
        """Newest first (by the day of the referral)."""
        rows = self._store.query(
            "SELECT body FROM social_referrals ORDER BY referred_on DESC, id"
        )
        return [load(SocialReferral, r[0]) for r in rows]

    def delete(self, referral_id: UUID) -> None:
        """The referral only; the services chosen for it stay, unlinked (see the module)."""
        with self._store.transaction() as c:
            rows = c.execute(
                "SELECT body FROM chosen_services WHERE referral_id = ?", (str(referral_id),)
            ).fetchall()
            for (body,) in rows:
                unlinked = load(ChosenService, body).edit(referral_id=None)
                _put_chosen(c, unlinked)
            c.execute("DELETE FROM social_referrals WHERE id = ?", (str(referral_id),))


def save_referral(c: Any, referral: SocialReferral) -> None:
    """Insert or replace a referral with the connection `c` inside an open transaction."""
    c.execute(
        INSERT_REFERRAL + " ON CONFLICT(id) DO UPDATE SET referred_on = excluded.referred_on, "
        "body = excluded.body",
        referral_row(referral),
    )


class ChosenServiceRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, chosen: ChosenService) -> None:
        """Insert or replace; its referral, if it names one, must be in the profile."""
        with self._store.transaction() as c:
            save_chosen(c, chosen)

    def get(self, chosen_id: UUID) -> ChosenService | None:
        rows = self._store.query(
            "SELECT body FROM chosen_services WHERE id = ?", (str(chosen_id),)
        )
        return load(ChosenService, rows[0][0]) if rows else None

    def for_referral(self, referral_id: UUID) -> list[ChosenService]:
        """In the order they were added."""
        return self._load(
            "SELECT body FROM chosen_services WHERE referral_id = ? ORDER BY added_on, rowid",
            (str(referral_id),),
        )

    def all(self) -> list[ChosenService]:
        """In the order they were added."""
        return self._load("SELECT body FROM chosen_services ORDER BY added_on, rowid", ())

    def by_action(self, action_id: UUID) -> ChosenService | None:
        rows = self._store.query(
            "SELECT body FROM chosen_services WHERE action_id = ? ORDER BY added_on, id LIMIT 1",
            (str(action_id),),
        )
        return load(ChosenService, rows[0][0]) if rows else None

    def delete(self, chosen_id: UUID) -> None:
        """The chosen service and its attendance, in one transaction (the plan's action stays:
        changing the plan is a new plan version, the person's to make)."""
        with self._store.transaction() as c:
            c.execute("DELETE FROM attendance WHERE chosen_id = ?", (str(chosen_id),))
            c.execute("DELETE FROM chosen_services WHERE id = ?", (str(chosen_id),))

    def _load(self, sql: str, params: tuple[object, ...]) -> list[ChosenService]:
        return [load(ChosenService, r[0]) for r in self._store.query(sql, params)]


def save_chosen(c: Any, chosen: ChosenService) -> None:
    """Insert or replace a chosen service with `c` inside an open transaction."""
    if chosen.referral_id is not None and not c.execute(
        "SELECT 1 FROM social_referrals WHERE id = ?", (str(chosen.referral_id),)
    ).fetchone():
        raise InputError("That referral is not in this profile.")
    _put_chosen(c, chosen)


def _put_chosen(c: Any, chosen: ChosenService) -> None:
    c.execute(
        INSERT_CHOSEN + " ON CONFLICT(id) DO UPDATE SET referral_id = excluded.referral_id, "
        "service_id = excluded.service_id, action_id = excluded.action_id, "
        "added_on = excluded.added_on, body = excluded.body",
        chosen_row(chosen),
    )


def _already(chosen: str, on: str) -> AttendanceAlreadyRecorded:
    return AttendanceAlreadyRecorded(
        f"{on} is already recorded for {chosen} (went or not this time); "
        "change that record instead."
    )


class AttendanceRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, attendance: Attendance) -> None:
        """Insert, or update the record with the same id. A second record for a day already
        recorded for that service raises AttendanceAlreadyRecorded and changes nothing."""
        with self._store.transaction() as c:
            found = c.execute(
                "SELECT body FROM chosen_services WHERE id = ?", (str(attendance.chosen_id),)
            ).fetchone()
            if found is None:
                raise InputError("That service is not among the ones you chose.")
            try:
                c.execute(
                    INSERT_ATTENDANCE + " ON CONFLICT(id) DO UPDATE SET "
                    "chosen_id = excluded.chosen_id, on_day = excluded.on_day, "
                    "attended = excluded.attended, body = excluded.body",
                    attendance_row(attendance),
                )
            except sqlcipher3.IntegrityError as exc:
                if "UNIQUE" in str(exc):
                    name = load(ChosenService, found[0]).name
                    raise _already(name, attendance.on.isoformat()) from None
                raise

    def add_many(self, records: Iterable[Attendance]) -> None:
        """Insert many new records in one transaction (the demo); all or nothing."""
        rows = [attendance_row(a) for a in records]
        with self._store.transaction() as c:
            try:
                c.executemany(INSERT_ATTENDANCE, rows)
            except sqlcipher3.IntegrityError as exc:
                if "UNIQUE" in str(exc):
                    raise AttendanceAlreadyRecorded(
                        "A day is recorded twice for the same service; nothing was added."
                    ) from None
                raise InputError("That service is not among the ones you chose.") from None

    def get(self, attendance_id: UUID) -> Attendance | None:
        rows = self._store.query("SELECT body FROM attendance WHERE id = ?", (str(attendance_id),))
        return load(Attendance, rows[0][0]) if rows else None

    def for_chosen(self, chosen_id: UUID) -> list[Attendance]:
        """By date, oldest first."""
        return self._load(
            "SELECT body FROM attendance WHERE chosen_id = ? ORDER BY on_day", (str(chosen_id),)
        )

    def all(self) -> list[Attendance]:
        """By date, oldest first."""
        return self._load("SELECT body FROM attendance ORDER BY on_day, chosen_id", ())

    def delete(self, attendance_id: UUID) -> None:
        with self._store.transaction() as c:
            c.execute("DELETE FROM attendance WHERE id = ?", (str(attendance_id),))

    def _load(self, sql: str, params: tuple[object, ...]) -> list[Attendance]:
        return [load(Attendance, r[0]) for r in self._store.query(sql, params)]
