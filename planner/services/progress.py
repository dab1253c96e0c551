"""Goal progress from the linked tracker's logs."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from planner.domain.goal import Direction, Goal
from planner.vault.vault import Vault


@dataclass(frozen=True)
class Progress:
    """Where a goal stands: the latest value against the target, and how many recent days met it.

    `fraction` is 0..1 of the way from the first value to the target, so "lose 5 kg" and
    "walk 7,000 steps" can share one progress bar.
    """

    latest: float | None
    first: float | None
    target: float
    met: bool
    fraction: float
    days_met_last_week: int


def goal_progress(vault: Vault, goal: Goal, at: datetime | None = None) -> Progress | None:
    if goal.measure is None:
        return None
    at = at or datetime.now(UTC)
    measure = goal.measure
    start = datetime.combine(goal.start, datetime.min.time(), tzinfo=UTC)
    points = vault.logs.series(measure.tracker_id, start, at + timedelta(seconds=1))
    if not points:
        return Progress(None, None, measure.target, False, 0.0, 0)
    first, latest = points[0][1], points[-1][1]
    met = measure.met_by(latest)
    if met:
        fraction = 1.0
    elif first == measure.target:
        fraction = 0.0
    else:
        fraction = (latest - first) / (measure.target - first)
        fraction = max(0.0, min(1.0, fraction))
    week_ago = at - timedelta(days=7)
    days = {
        ms // 86_400_000
        for ms, v in points
        if ms >= week_ago.timestamp() * 1000 and measure.met_by(v)
    }
    return Progress(latest, first, measure.target, met, fraction, len(days))


def direction_word(direction: Direction) -> str:
    return "or more" if direction is Direction.AT_LEAST else "or less"
