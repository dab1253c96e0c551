"""Plan review dates: when the next review is and whether it is overdue."""

from dataclasses import dataclass
from datetime import date

from planner.vault.vault import Vault


@dataclass(frozen=True)
class Review:
    on: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def next_review(vault: Vault, today: date | None = None) -> Review | None:
    today = today or date.today()
    current = vault.plans.current()
    if current is None or current.plan.review_date is None:
        return None
    on = current.plan.review_date
    return Review(on, (on - today).days)
