"""A tracker's chart data for a time span, loaded in the worker and drawn by `ChartWidget`.

The points come from `planner.services.charts.chart_data`, the same function the benchmarks
time: downsampled (each bucket keeps its lowest and highest value, so a spike still shows), from
the vault's per-day summary when the span is long, while the count, range and latest value
describe every entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from uuid import UUID

from planner.domain.goal import Direction
from planner.domain.tracker import TrackerKind
from planner.services.charts import ChartData, chart_data, downsample
from planner.vault import Vault


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ALL = "all"


SPANS = {
    Period.WEEK: timedelta(days=7),
    Period.MONTH: timedelta(days=31),
    Period.YEAR: timedelta(days=365),
}


def period_start(period: Period, now: datetime) -> datetime | None:
    span = SPANS.get(period)
    return None if span is None else now - span


@dataclass(frozen=True)
class ChartSeries:
    """What one chart shows. `points` are downsampled; `total`, `low`, `high` and `latest`
    describe every entry in the span."""

    label: str
    unit: str
    kind: TrackerKind
    period: Period
    points: list[tuple[int, float]] = field(default_factory=list)
    total: int = 0
    low: float | None = None
    high: float | None = None
    latest: tuple[int, float] | None = None
    target: float | None = None
    direction: Direction | None = None
    yes_count: int = 0  # yes/no trackers: how many entries were "yes"
    since: datetime | None = None  # set when the span starts at a goal's start, not a period
    y_floor: float | None = None  # fixed value axis (e.g. 0..27 for a PHQ-9 total)
    y_ceiling: float | None = None
    start_ms: int | None = None  # left edge of the time axis (None: the first point)
    end_ms: int | None = None  # right edge (now)


def load_series(
    vault: Vault,
    tracker_id: UUID,
    period: Period,
    *,
    max_points: int = 600,
    target: float | None = None,
    direction: Direction | None = None,
    since: datetime | None = None,
    now: datetime | None = None,
) -> ChartSeries:
    """Runs in the worker. `since` overrides the period's start (a goal's start date)."""
    tracker = vault.trackers.get(tracker_id)
    now = now or datetime.now(UTC)
    start = since if since is not None else period_start(period, now)
    yes_count = 0
    if tracker.kind is TrackerKind.YES_NO:
        # one entry a day at most: reading them all is cheap, and "yes" needs every one
        raw = vault.logs.series(tracker_id, start, None)
        yes_count = sum(1 for _, v in raw if v >= 0.5)
        values = [v for _, v in raw]
        data = ChartData(downsample(raw, max_points), len(raw), target,
                         min(values, default=None), max(values, default=None),
                         raw[-1] if raw else None)
    else:
        # ten years of a wearable come from the per-day summary, not 190,000 readings
        data = chart_data(vault, tracker_id, start, None, max_points, target)
    return ChartSeries(
        label=tracker.label,
        unit=tracker.unit,
        kind=tracker.kind,
        period=period,
        points=data.points,
        total=data.total,
        low=data.low,
        high=data.high,
        latest=data.latest,
        target=target,
        direction=direction,
        yes_count=yes_count,
        since=since,
        start_ms=int(start.timestamp() * 1000) if start is not None else None,
        end_ms=int(now.timestamp() * 1000),
    )
