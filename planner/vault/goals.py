"""Goals, stored whole as JSON with their status pulled out for filtering."""

from uuid import UUID

from planner.domain.base import now
from planner.domain.goal import Goal, GoalStatus
from planner.errors import InputError
from planner.vault.codec import dump, load
from planner.vault.store import Store


class GoalRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, goal: Goal) -> Goal:
        """Insert or replace; `updated_at` is set here so every path records the change time."""
        goal = self._store.stamp(goal.edit(updated_at=now()))
        with self._store.transaction() as c:
            self._store.changed(c, "goals")
            c.execute(
                "INSERT INTO goals(id, status, updated_at, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET status = excluded.status, "
                "updated_at = excluded.updated_at, body = excluded.body",
                (str(goal.id), goal.status.value, goal.updated_at.isoformat(), dump(goal)),
            )
        return goal

    def get(self, goal_id: UUID) -> Goal:
        rows = self._store.query("SELECT body FROM goals WHERE id = ?", (str(goal_id),))
        if not rows:
            raise InputError("That goal is not in this profile.")
        return load(Goal, rows[0][0])

    def all(self, statuses: set[GoalStatus] | None = None) -> list[Goal]:
        goals = [load(Goal, r[0]) for r in self._store.query("SELECT body FROM goals")]
        if statuses is not None:
            goals = [g for g in goals if g.status in statuses]
        return sorted(goals, key=lambda g: (g.due or g.start, g.title))

    def set_status(self, goal_id: UUID, status: GoalStatus) -> Goal:
        return self.save(self.get(goal_id).moved_to(status))

    def delete(self, goal_id: UUID) -> None:
        with self._store.transaction() as c:
            self._store.changed(c, "goals")
            c.execute("DELETE FROM goals WHERE id = ?", (str(goal_id),))
