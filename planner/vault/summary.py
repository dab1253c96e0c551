"""The health summary ("About me"): one row, stored whole."""

from planner.domain.summary import HealthSummary
from planner.vault.codec import dump, load
from planner.vault.store import Store


class SummaryRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> HealthSummary:
        """The saved summary, or an empty one when none has been saved."""
        rows = self._store.query("SELECT body FROM health_summary WHERE id = 1")
        return load(HealthSummary, rows[0][0]) if rows else HealthSummary()

    def save(self, summary: HealthSummary) -> None:
        with self._store.transaction() as c:
            c.execute(
                "INSERT INTO health_summary(id, body) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET body = excluded.body",
                (dump(summary),),
            )
