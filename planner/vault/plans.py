"""The care and support plan: every save appends a version, none is ever overwritten."""

from datetime import date
from typing import Any

from planner.domain.plan import CarePlan, PlanVersion
from planner.errors import InputError
from planner.vault.codec import dump, load
from planner.vault.store import Store


class PlanRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self) -> PlanVersion | None:
        rows = self._store.query("SELECT body FROM plan_versions ORDER BY version DESC LIMIT 1")
        return load(PlanVersion, rows[0][0]) if rows else None

    def save(
        self,
        plan: CarePlan,
        *,
        agreed_with: str = "",
        agreed_on: date | None = None,
        change_note: str = "",
    ) -> PlanVersion:
        """Append `plan` as the next version; the previous one stays in the history."""
        with self._store.transaction() as c:
            self._store.changed(c, "plan versions")
            return append_version(
                c, plan, agreed_with=agreed_with, agreed_on=agreed_on, change_note=change_note,
                author=self._store.author,
            )

    def history(self) -> list[PlanVersion]:
        """Every saved version, oldest first."""
        rows = self._store.query("SELECT body FROM plan_versions ORDER BY version")
        return [load(PlanVersion, r[0]) for r in rows]

    def version(self, number: int) -> PlanVersion:
        rows = self._store.query("SELECT body FROM plan_versions WHERE version = ?", (number,))
        if not rows:
            raise InputError(f"There is no version {number} of the plan.")
        return load(PlanVersion, rows[0][0])


def current_in(c: Any) -> PlanVersion | None:
    """The current version, read with `c` inside an open transaction."""
    row = c.execute("SELECT body FROM plan_versions ORDER BY version DESC LIMIT 1").fetchone()
    return load(PlanVersion, row[0]) if row else None


def append_version(
    c: Any,
    plan: CarePlan,
    *,
    agreed_with: str = "",
    agreed_on: date | None = None,
    change_note: str = "",
    author: str | None = None,
) -> PlanVersion:
    """Append `plan` as the next version with `c` inside an open transaction (for services
    that change the plan together with another aggregate, all or nothing)."""
    (last,) = c.execute("SELECT coalesce(max(version), 0) FROM plan_versions").fetchone()
    version = PlanVersion(
        plan=plan,
        version=int(last) + 1,
        agreed_with=agreed_with,
        agreed_on=agreed_on,
        change_note=change_note,
        author=author,
    )
    c.execute(
        "INSERT INTO plan_versions(version, saved_at, body) VALUES (?, ?, ?)",
        (version.version, version.saved_at.isoformat(), dump(version)),
    )
    return version
