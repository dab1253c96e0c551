"""Chart data: a tracker's series, downsampled so ten years draw as fast as a week.

Downsampling keeps each bucket's min and max (not just the mean), so a spike in blood pressure
still shows on a ten-year chart.

A long chart (at least `SUMMARY_DAYS` days per bucket) is built from the vault's per-day
summary instead of every reading: buckets are then whole UTC days, and each still shows the
lowest and highest reading in it at the time it was logged, so what a person would notice (a
spike, a low) is the same; only where a bucket's edge falls moves by under a day. Ten years of a
wearable's readings are ~3,650 day rows instead of ~190,000 points.
"""

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from operator import itemgetter
from uuid import UUID

from planner.vault.logs import DAY_MS
from planner.vault.vault import Vault

# Days per bucket from which the per-day summary is used: below it a bucket edge inside a day
# would move visibly, and the readings of so short a window are few enough to read whole.
SUMMARY_DAYS = 3


@dataclass(frozen=True)
class ChartData:
    """What a chart of one tracker shows. `points` are downsampled; `total`, `low`, `high` and
    `latest` describe every valued entry in the window, so a screen can label the chart
    without reading the readings itself."""

    points: list[tuple[int, float]]  # (ms since epoch, value), oldest first
    total: int  # entries before downsampling
    target: float | None
    low: float | None = None
    high: float | None = None
    latest: tuple[int, float] | None = None  # the last (ms, value), as `series` ends


def _segments(
    points: list[tuple[int, float]], first: int, width: float, buckets: int
) -> Iterator[tuple[int, tuple[int, float], tuple[int, float]]]:
    """(bucket, lowest, highest) for each run of time-ordered points in one bucket.

    Buckets are found by bisection and extremes by the built-in min/max over a slice, so the
    per-point work runs in C (ten times faster than a Python loop on 100,000 points).
    min/max return the first of equal values: the earliest, as the loop they replaced did.
    """

    def bucket(point: tuple[int, float]) -> int:
        return int((point[0] - first) / width)

    value = itemgetter(1)
    lo_index = 0
    while lo_index < len(points):
        current = min(bucket(points[lo_index]), buckets - 1)
        if current == buckets - 1:
            hi_index = len(points)
        else:
            hi_index = bisect_left(points, current + 1, lo=lo_index, key=bucket)
        part = points[lo_index:hi_index]
        yield current, min(part, key=value), max(part, key=value)
        lo_index = hi_index


def downsample(points: list[tuple[int, float]], max_points: int) -> list[tuple[int, float]]:
    """At most `max_points` of the time-ordered `points`: per time bucket the lowest and the
    highest (the earliest on a tie), in time order, so a spike survives any zoom."""
    if len(points) <= max_points or max_points < 4:
        return points
    return downsample_chunks([points], points[0][0], points[-1][0], max_points)


def downsample_chunks(
    chunks: Iterable[list[tuple[int, float]]], first: int, last: int, max_points: int
) -> list[tuple[int, float]]:
    """`downsample` of the concatenated chunks, holding one chunk at a time.

    `first` and `last` are the times of the first and last point. Chunks are buffered until
    there are more than `max_points` points (fewer come back as they are, as `downsample`
    does); after that each bucket's extremes are merged across chunk boundaries.
    """
    buffered: list[tuple[int, float]] = []
    stream = iter(chunks)
    for chunk in stream:
        buffered += chunk
        if len(buffered) > max_points:
            break
    if len(buffered) <= max_points or max_points < 4:
        for chunk in stream:
            buffered += chunk
        return buffered
    buckets = max_points // 2
    width = (last - first) / buckets or 1
    out: list[tuple[int, float]] = []
    open_bucket = -1
    lo: tuple[int, float] = (0, 0.0)
    hi: tuple[int, float] = (0, 0.0)
    for chunk in chain([buffered], stream):
        for index, low, high in _segments(chunk, first, width, buckets):
            if index == open_bucket:  # the bucket goes on from the last chunk
                lo = low if low[1] < lo[1] else lo
                hi = high if high[1] > hi[1] else hi
                continue
            if open_bucket >= 0:
                out.extend(sorted({lo, hi}))
            open_bucket, lo, hi = index, low, high
    if open_bucket >= 0:
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
    """The chart's points: from the per-day summary for long spans, else every reading, read
    in chunks so ten years of a wearable never sit in memory."""
    span = vault.logs.series_span(tracker_id, start, end)
    if span is None:
        return ChartData([], 0, target)
    buckets = max_points // 2
    first_day, last_day = span[0] // DAY_MS, span[1] // DAY_MS
    per_bucket = -(-(last_day - first_day + 1) // buckets) if buckets else 0
    if max_points >= 4 and per_bucket >= SUMMARY_DAYS:
        days = vault.logs.day_extremes(tracker_id, start, end)
        count = sum(d[1] for d in days)
        if count > max_points:  # fewer come back as they are, read below
            return ChartData(
                downsample_days(days, first_day, per_bucket), count, target,
                low=min(d[2] for d in days), high=max(d[4] for d in days),
                latest=vault.logs.last_point(tracker_id, start, end),
            )
    total = 0
    low: float | None = None
    high: float | None = None
    latest: tuple[int, float] | None = None
    value = itemgetter(1)

    def counted() -> Iterator[list[tuple[int, float]]]:
        nonlocal total, low, high, latest
        for chunk in vault.logs.series_chunks(tracker_id, start, end):
            total += len(chunk)
            least, most = min(chunk, key=value)[1], max(chunk, key=value)[1]
            low = least if low is None else min(low, least)
            high = most if high is None else max(high, most)
            latest = chunk[-1]
            yield chunk

    points = downsample_chunks(counted(), span[0], span[1], max_points)
    return ChartData(points, total, target, low, high, latest)


def downsample_days(
    days: Iterable[tuple[int, int, float, int, float, int]], first_day: int, per_bucket: int
) -> list[tuple[int, float]]:
    """Per bucket of `per_bucket` whole days from `first_day`, the lowest and highest reading
    (the earliest on a tie) in time order, from `LogRepository.day_extremes` rows (oldest
    first): the same points `downsample` keeps, for buckets that begin at midnight UTC."""
    out: list[tuple[int, float]] = []
    open_bucket = -1
    lo: tuple[int, float] = (0, 0.0)
    hi: tuple[int, float] = (0, 0.0)
    for day, _count, low, low_at, high, high_at in days:
        index = (day - first_day) // per_bucket
        if index != open_bucket:
            if open_bucket >= 0:
                out.extend(sorted({lo, hi}))
            open_bucket, lo, hi = index, (low_at, low), (high_at, high)
            continue
        if low < lo[1] or (low == lo[1] and low_at < lo[0]):
            lo = (low_at, low)
        if high > hi[1] or (high == hi[1] and high_at < hi[0]):
            hi = (high_at, high)
    if open_bucket >= 0:
        out.extend(sorted({lo, hi}))
    return out
