"""Reminders, stored whole."""

from uuid import UUID

from planner.domain.reminder import Reminder
from planner.vault.codec import dump, load
from planner.vault.store import Store


class ReminderRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, reminder: Reminder) -> None:
        with self._store.transaction() as c:
            c.execute(
                "INSERT INTO reminders(id, body) VALUES (?, ?) "
                "ON CONFLICT(id) DO UPDATE SET body = excluded.body",
                (str(reminder.id), dump(reminder)),
            )

    def all(self) -> list[Reminder]:
        found = [load(Reminder, r[0]) for r in self._store.query("SELECT body FROM reminders")]
        return sorted(found, key=lambda r: (r.at, r.title))

    def delete(self, reminder_id: UUID) -> None:
        with self._store.transaction() as c:
            c.execute("DELETE FROM reminders WHERE id = ?", (str(reminder_id),))
