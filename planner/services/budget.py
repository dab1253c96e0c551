"""The budget at a glance: balance, planned against spent per category, and a warning.

All sums are integers of pence. The warning compares what has been spent with what the
plan would have spent by now if spending were even over the period (`expected`), so
"overspending" shows early, not only once the money is gone; a margin of 10 % of the
expected figure keeps a single early bill from raising it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.domain.budget import Budget, Spend

__all__ = ["BudgetState", "CategoryLine", "Pace", "budget_state", "review_dates"]

MARGIN = 10  # per cent of the expected spend


class Pace(StrEnum):
    ON_TRACK = "on-track"
    UNDERSPENDING = "underspending"
    OVERSPENDING = "overspending"
    OVERSPENT = "overspent"  # more spent than the whole budget


@dataclass(frozen=True)
class CategoryLine:
    category: str
    planned: int
    spent: int

    @property
    def left(self) -> int:
        return self.planned - self.spent

    @property
    def planned_for(self) -> bool:
        return self.planned > 0


@dataclass(frozen=True)
class BudgetState:
    amount: int
    spent: int
    expected: int  # what even spending would have reached by the day asked about
    lines: tuple[CategoryLine, ...]
    pace: Pace

    @property
    def balance(self) -> int:
        return self.amount - self.spent


def budget_state(budget: Budget, spends: Iterable[Spend], on: date) -> BudgetState:
    """The budget's state on day `on`, counting only spending up to and including that day."""
    by_category: dict[str, int] = {}
    for spend in spends:
        if spend.budget_id != budget.id or spend.on > on:
            continue
        key = budget.category_named(spend.category) or spend.category
        by_category[key] = by_category.get(key, 0) + spend.amount
    lines = [CategoryLine(p.category, p.amount, by_category.pop(p.category, 0))
             for p in budget.planned]
    lines += [CategoryLine(k, 0, v) for k, v in sorted(by_category.items())]
    spent = sum(line.spent for line in lines)
    total_days = (budget.ends - budget.starts).days + 1
    gone = min(max((on - budget.starts).days + 1, 0), total_days)
    expected = budget.amount * gone // total_days
    margin = expected * MARGIN // 100
    if spent > budget.amount:
        pace = Pace.OVERSPENT
    elif spent > expected + margin:
        pace = Pace.OVERSPENDING
    elif spent < expected - margin:
        pace = Pace.UNDERSPENDING
    else:
        pace = Pace.ON_TRACK
    return BudgetState(budget.amount, spent, expected, tuple(lines), pace)


def review_dates(budget: Budget) -> dict[int, date]:
    """The 3-, 6- and 12-month review days from the budget's start (end of month if shorter)."""
    found = {}
    for months in (3, 6, 12):
        year, month = divmod(budget.starts.month - 1 + months, 12)
        year += budget.starts.year
        month += 1
        day = budget.starts.day
        while True:
            try:
                found[months] = date(year, month, day)
                break
            except ValueError:
                day -= 1
    return found
