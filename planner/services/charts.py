"""Chart data: a tracker's series, downsampled so ten years draw as fast as a week.

Downsampling keeps each bucket's min and max (not just the mean), so a spike in blood pressure
still shows on a ten-year chart.
"""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from planner.vault.vault import Vault


@dataclass(frozen=True)
class ChartData:
    points: list[tuple[int, float]]  # (ms since epoch, value), oldest first
    total: int  # entries before downsampling
    target: float | None


def downsample(points: list[tuple[int, float]], max_points: int) -> list[tuple[int, float]]:
    if len(points) <= max_points or max_points < 4:
        return points
    buckets = max_points // 2
    first, last = points[0][0], points[-1][0]
    width = (last - first) / buckets or 1
    out: list[tuple[int, float]] = []
    lo: tuple[int, float] | None = None
    hi: tuple[int, float] | None = None
    current = 0
    for point in points:
        index = min(int((point[0] - first) / width), buckets - 1)
        if index != current and lo is not None and hi is not None:
            out.extend(sorted({lo, hi}))
            lo = hi = None
        current = index
        if lo is None or point[1] < lo[1]:
            lo = point
        if hi is None or point[1] > hi[1]:
            hi = point
    if lo is not None and hi is not None:
        out.extend(sorted({lo, hi}))
    return out


def chart_data(
    vault: Vault,
    tracker_id: UUID,
    start: datetime | None,
    end: datetime | None,
    max_points: int = 600,
    target: float | None = None,
) -> ChartData:
    points = vault.logs.series(tracker_id, start, end)
    return ChartData(downsample(points, max_points), len(points), target)
