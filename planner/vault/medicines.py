"""Medicines and their dose log (migration 6).

Medicines are stored whole (JSON bodies) with the moment each was first saved (`added_at`).
Dose records are stored whole too, with real columns for what the queries and the constraints
need: the medicine, the scheduled moment `due` (ms, UTC), the same moment as the local
wall-clock `slot` it was scheduled for, and `t`, the time the dose is listed under (`due`, or
`at` for an "as needed" dose). UNIQUE (medicine_id, due) and UNIQUE (medicine_id, slot) mean a
scheduled dose is recorded once, whatever restarts, concurrent runs or time-zone changes happen
between two marks; the constraint, not a check in Python, is what holds.

`due` must carry the offset of the person's time zone (as `planner.services.doses` builds it):
its wall-clock reading is the slot ("the 08:00 dose on 1 March").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from uuid import UUID

import sqlcipher3

from planner.domain.base import now
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.errors import DoseAlreadyRecorded, InputError
from planner.vault.codec import dump, from_ms, load, to_ms
from planner.vault.store import Store

__all__ = ["DoseRepository", "MedicineRepository", "dose_row", "slot_of"]


def slot_of(due: datetime | None) -> str | None:
    """The local wall-clock reading of a scheduled moment, in the offset it carries."""
    if due is None:
        return None
    return due.replace(tzinfo=None).isoformat(timespec="seconds")


class MedicineRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, medicine: Medicine, *, added: datetime | None = None) -> None:
        """Insert or replace. `added` (default now) is kept from the first save only."""
        added_ms = to_ms(added or now())
        with self._store.transaction() as c:
            c.execute(
                "INSERT INTO medicines(id, added_at, body) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET body = excluded.body",
                (str(medicine.id), added_ms, dump(medicine)),
            )

    def get(self, medicine_id: UUID) -> Medicine | None:
        rows = self._store.query("SELECT body FROM medicines WHERE id = ?", (str(medicine_id),))
        return load(Medicine, rows[0][0]) if rows else None

    def all(self, include_stopped: bool = True) -> list[Medicine]:
        found = [load(Medicine, r[0]) for r in self._store.query("SELECT body FROM medicines")]
        if not include_stopped:
            found = [m for m in found if m.active]
        return sorted(found, key=lambda m: (m.name.casefold(), m.name, str(m.id)))

    def added_at(self, medicine_id: UUID) -> datetime | None:
        """When the medicine was first saved in this vault (None if it is not there)."""
        rows = self._store.query("SELECT added_at FROM medicines WHERE id = ?", (str(medicine_id),))
        return from_ms(int(rows[0][0])) if rows else None

    def delete(self, medicine_id: UUID) -> None:
        """The medicine and every dose recorded for it, in one transaction."""
        with self._store.transaction() as c:
            c.execute("DELETE FROM doses WHERE medicine_id = ?", (str(medicine_id),))
            c.execute("DELETE FROM medicines WHERE id = ?", (str(medicine_id),))


_INSERT = (
    "INSERT INTO doses(id, medicine_id, due, slot, t, status, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def dose_row(d: DoseRecord) -> tuple[Any, ...]:
    """The doses row of a record (bulk.py writes the same shape)."""
    due = None if d.due is None else to_ms(d.due)
    return (
        str(d.id),
        str(d.medicine_id),
        due,
        slot_of(d.due),
        to_ms(d.due if d.due is not None else d.at),
        d.status.value,
        dump(d),
    )


def _already() -> DoseAlreadyRecorded:
    return DoseAlreadyRecorded(
        "That dose is already recorded (taken, skipped or missed); change that record instead."
    )


class DoseRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- writing ----------------------------------------------------------------------------

    def record(self, dose: DoseRecord) -> None:
        """Insert, or update the record with the same id. A second record for a dose already
        recorded (same medicine and due time) raises DoseAlreadyRecorded."""
        with self._store.transaction() as c:
            self._put(c, dose)

    def _put(self, c: Any, dose: DoseRecord) -> None:
        dose = self._store.stamp(dose)
        self._store.changed(c, "doses")
        if not c.execute(
            "SELECT 1 FROM medicines WHERE id = ?", (str(dose.medicine_id),)
        ).fetchone():
            raise InputError("That medicine is not in this profile.")
        row = dose_row(dose)
        try:
            c.execute(
                _INSERT + " ON CONFLICT(id) DO UPDATE SET medicine_id = excluded.medicine_id, "
                "due = excluded.due, slot = excluded.slot, t = excluded.t, "
                "status = excluded.status, body = excluded.body",
                row,
            )
        except sqlcipher3.IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise _already() from None
            raise

    def record_missed(self, doses: Iterable[DoseRecord]) -> int:
        """Add each record unless its dose is already recorded; how many were added. One
        transaction; a dose recorded meanwhile by another run is left as it is."""
        added = 0
        with self._store.transaction() as c:
            for dose in doses:
                cur = c.execute(_INSERT + " ON CONFLICT DO NOTHING", dose_row(dose))
                added += max(cur.rowcount, 0)
        return added

    def add_many(self, doses: Iterable[DoseRecord]) -> int:
        """Insert many new records in one transaction (the demo, imports); a record for a dose
        already recorded raises DoseAlreadyRecorded and adds nothing."""
        rows = [dose_row(self._store.stamp(d)) for d in doses]
        with self._store.transaction() as c:
            self._store.changed(c, "doses", len(rows))
            try:
                c.executemany(_INSERT, rows)
            except sqlcipher3.IntegrityError as exc:
                if "UNIQUE" in str(exc):
                    raise _already() from None
                raise InputError("A dose is for a medicine that is not in this profile.") from None
        return len(rows)

    def take(
        self, medicine: Medicine, due: datetime | None, at: datetime, note: str = ""
    ) -> DoseRecord:
        """Record the dose due at `due` (None: an "as needed" dose) as taken at `at`, and
        lower the medicine's stock by one if it is counted, in one transaction. A dose that
        was marked missed becomes taken (the person forgot to press Take)."""
        with self._store.transaction() as c:
            record = self._replacing_missed(
                c,
                medicine.id,
                due,
                status=DoseStatus.TAKEN,
                at=at,
                note=note,
            )
            rows = c.execute(
                "SELECT body FROM medicines WHERE id = ?", (str(medicine.id),)
            ).fetchall()
            if not rows:
                raise InputError("That medicine is not in this profile.")
            current = load(Medicine, rows[0][0])
            self._put(c, record)
            if current.stock is not None:
                lower = current.edit(stock=max(0, current.stock - 1))
                c.execute(
                    "UPDATE medicines SET body = ? WHERE id = ?", (dump(lower), str(medicine.id))
                )
        return record

    def skip(
        self, medicine: Medicine, due: datetime, reason: str, at: datetime | None = None
    ) -> DoseRecord:
        """Record the dose due at `due` as skipped, with the person's reason."""
        with self._store.transaction() as c:
            record = self._replacing_missed(
                c, medicine.id, due, status=DoseStatus.SKIPPED, at=at or now(), reason=reason
            )
            self._put(c, record)
        return record

    def _replacing_missed(
        self, c: Any, medicine_id: UUID, due: datetime | None, **fields: Any
    ) -> DoseRecord:
        """A new record for this dose; one marked missed is replaced (keeping its id), one
        taken or skipped already is refused."""
        if due is not None:
            rows = c.execute(
                "SELECT body FROM doses WHERE medicine_id = ? AND (due = ? OR slot = ?)",
                (str(medicine_id), to_ms(due), slot_of(due)),
            ).fetchall()
            if rows:
                existing = load(DoseRecord, rows[0][0])
                if existing.status is not DoseStatus.MISSED:
                    raise _already()
                return self._store.stamp(
                    existing.edit(**{"due": due, "reason": "", "note": "", **fields}))
        return self._store.stamp(DoseRecord(medicine_id=medicine_id, due=due, **fields))

    def delete(self, dose_id: UUID) -> None:
        with self._store.transaction() as c:
            c.execute("DELETE FROM doses WHERE id = ?", (str(dose_id),))

    # -- reading ----------------------------------------------------------------------------

    def between(
        self, start: datetime, end: datetime, medicine_id: UUID | None = None
    ) -> list[DoseRecord]:
        """Records whose dose falls in [start, end): by `due`, or `at` for "as needed"
        doses; in time order."""
        sql = "SELECT body FROM doses WHERE t >= ? AND t < ?"
        params: tuple[Any, ...] = (to_ms(start), to_ms(end))
        if medicine_id is not None:
            sql = "SELECT body FROM doses WHERE medicine_id = ? AND t >= ? AND t < ?"
            params = (str(medicine_id), *params)
        return self._load(sql + " ORDER BY t, medicine_id, id", params)

    def for_due(self, medicine_id: UUID, due: datetime) -> DoseRecord | None:
        """The record of the dose scheduled at `due` (by moment or by wall-clock slot)."""
        found = self._load(
            "SELECT body FROM doses WHERE medicine_id = ? AND (due = ? OR slot = ?) "
            "ORDER BY due = ? DESC LIMIT 1",
            (str(medicine_id), to_ms(due), slot_of(due), to_ms(due)),
        )
        return found[0] if found else None

    def all(self) -> list[DoseRecord]:
        return self._load("SELECT body FROM doses ORDER BY t, medicine_id, id", ())

    def count(self) -> int:
        return int(self._store.query("SELECT count(*) FROM doses")[0][0])

    def _load(self, sql: str, params: tuple[Any, ...]) -> list[DoseRecord]:
        # Validated on the way in; model_validate_json again is cheap enough for a few
        # thousand rows and keeps a vault from an older app honest.
        return [load(DoseRecord, r[0]) for r in self._store.query(sql, params)]
