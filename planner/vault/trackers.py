"""Trackers: what a person measures. Few rows, read often, so they are cached after first read."""

from uuid import UUID

from planner.domain.tracker import Tracker
from planner.errors import InputError, ValidationFailed
from planner.vault.codec import dump, load
from planner.vault.store import Store


class TrackerRepository:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[UUID, tuple[int, Tracker]] | None = None
        self._by_number: dict[int, Tracker] | None = None

    def _all(self) -> dict[UUID, tuple[int, Tracker]]:
        if self._cache is None:
            rows = self._store.query("SELECT n, body FROM trackers ORDER BY n")
            self._cache = {}
            for n, body in rows:
                tracker = load(Tracker, body)
                self._cache[tracker.id] = (int(n), tracker)
        return self._cache

    def save(self, tracker: Tracker) -> Tracker:
        clash = next(
            (t for _, t in self._all().values() if t.key == tracker.key and t.id != tracker.id),
            None,
        )
        if clash is not None:
            raise ValidationFailed(f"There is already a tracker called '{tracker.key}'.")
        with self._store.transaction() as c:
            c.execute(
                "INSERT INTO trackers(id, key, body) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET key = excluded.key, body = excluded.body",
                (str(tracker.id), tracker.key, dump(tracker)),
            )
        self.forget_cache()
        return tracker

    def all(self, *, include_archived: bool = False) -> list[Tracker]:
        return [t for _, t in self._all().values() if include_archived or not t.archived]

    def get(self, tracker_id: UUID) -> Tracker:
        try:
            return self._all()[tracker_id][1]
        except KeyError:
            raise InputError("That tracker is not in this profile.") from None

    def by_key(self, key: str) -> Tracker:
        """Find by short name or label, case-insensitively, as typed on the command line."""
        wanted = key.strip().lower()
        for _, tracker in self._all().values():
            if wanted in (tracker.key, tracker.label.lower()):
                return tracker
        names = ", ".join(sorted(t.key for _, t in self._all().values() if not t.archived))
        raise InputError(f"No tracker called '{key}'. Trackers: {names or 'none yet'}.")

    def row_number(self, tracker_id: UUID) -> int:
        """The integer key log entries use; keeps the hot index narrow."""
        try:
            return self._all()[tracker_id][0]
        except KeyError:
            raise InputError("That tracker is not in this profile.") from None

    def by_row_number(self) -> dict[int, Tracker]:
        """Called once per log row read, so it is cached with the rest (a dict per row cost
        a third of a 20,000-entry export)."""
        if self._by_number is None or self._cache is None:
            self._by_number = {n: t for n, t in self._all().values()}
        return self._by_number

    def forget_cache(self) -> None:
        self._cache = None
        self._by_number = None
