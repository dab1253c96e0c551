"""The person's own details (name, optional NHS number and date of birth)."""

from planner.domain.person import Person
from planner.vault.codec import dump, load
from planner.vault.store import Store

_KEY = "person"


class PersonRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> Person | None:
        rows = self._store.query("SELECT value FROM meta WHERE key = ?", (_KEY,))
        return load(Person, rows[0][0]) if rows else None

    def save(self, person: Person) -> None:
        with self._store.transaction() as c:
            c.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_KEY, dump(person)),
            )
