"""collaboRATE, scored as its authors publish (glynelwyn.com, "Scoring collaboRATE").

Two scores over a set of encounters with all three items answered: the **top score**, the
percentage of encounters where all three answers were 9 (the one the authors recommend), and
the **mean score**, the mean over encounters of each encounter's mean of the three (0-9).
The authors compute them for a clinician or clinic over at least 25 encounters; for one
person's own appointments we show them with their count, so a reader sees how few they are.
Kept as exact fractions until shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from planner.domain.decision import Collaborate, Decision

__all__ = ["CollaborateSummary", "collaborate_summary", "collaborate_trend"]


@dataclass(frozen=True)
class CollaborateSummary:
    count: int
    top: int  # encounters with 9, 9, 9
    mean: Fraction  # 0-9

    @property
    def top_percent(self) -> Fraction:
        return Fraction(100 * self.top, self.count) if self.count else Fraction(0)

    def describe(self) -> str:
        if not self.count:
            return "No collaboRATE answers yet."
        return (f"collaboRATE top score {float(self.top_percent):.0f}% "
                f"(mean {float(self.mean):.1f} of 9) over {self.count} appointment"
                f"{'s' if self.count != 1 else ''}")


def collaborate_summary(answers: Iterable[Collaborate]) -> CollaborateSummary:
    items = list(answers)
    if not items:
        return CollaborateSummary(0, 0, Fraction(0))
    mean = sum((Fraction(a.total, 3) for a in items), Fraction(0)) / len(items)
    return CollaborateSummary(len(items), sum(a.top for a in items), mean)


def collaborate_trend(decisions: Iterable[Decision]) -> list[Collaborate]:
    """Every appointment's answers across decisions, oldest first (for the trend chart)."""
    found = [c for d in decisions for c in d.collaborate]
    return sorted(found, key=lambda c: c.on)
