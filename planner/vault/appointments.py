"""Appointments, stored whole, with their time in a column (indexed) for "what is coming up"."""

from datetime import datetime
from uuid import UUID

from planner.domain.appointment import Appointment
from planner.vault.codec import dump, load, to_ms
from planner.vault.store import Store


class AppointmentRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, appointment: Appointment) -> None:
        appointment = self._store.stamp(appointment)
        with self._store.transaction() as c:
            self._store.changed(c, "appointments")
            c.execute(
                "INSERT INTO appointments(id, at, body) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET at = excluded.at, body = excluded.body",
                (str(appointment.id), to_ms(appointment.at), dump(appointment)),
            )

    def get(self, appointment_id: UUID) -> Appointment | None:
        rows = self._store.query(
            "SELECT body FROM appointments WHERE id = ?", (str(appointment_id),)
        )
        return load(Appointment, rows[0][0]) if rows else None

    def all(self) -> list[Appointment]:
        """Every appointment, in time order."""
        return self._load("SELECT body FROM appointments ORDER BY at, id", ())

    def between(self, start: datetime, end: datetime) -> list[Appointment]:
        """Appointments starting in [start, end), in time order."""
        return self._load(
            "SELECT body FROM appointments WHERE at >= ? AND at < ? ORDER BY at, id",
            (to_ms(start), to_ms(end)),
        )

    def delete(self, appointment_id: UUID) -> None:
        with self._store.transaction() as c:
            self._store.changed(c, "appointments")
            c.execute("DELETE FROM appointments WHERE id = ?", (str(appointment_id),))

    def _load(self, sql: str, params: tuple[object, ...]) -> list[Appointment]:
        return [load(Appointment, r[0]) for r in self._store.query(sql, params)]
