"""The data behind each chart of the GP summary, its table of figures, and the chart as SVG.

The UI reads `chart_series` to draw PNGs before the document is built, so the chart data is
its own step rather than something hidden inside the HTML.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from html import escape

from planner.domain.goal import Direction
from planner.domain.tracker import Tracker, TrackerKind
from planner.services.charts import downsample
from planner.services.progress import direction_word
from planner.share.report.formatting import long_date, number, with_unit
from planner.share.report.options import ReportOptions
from planner.vault.vault import Vault


@dataclass(frozen=True)
class SummaryRow:
    label: str  # "March 2026" or "week of 3 Mar 2026"
    count: int
    low: float
    mean: float  # not rounded: yes/no rows show it as a percentage
    high: float
    whole: bool = False  # every value a whole number (steps), so the average is shown whole

    @property
    def shown_mean(self) -> float:
        return float(round(self.mean)) if self.whole and self.mean >= 10 else round(self.mean, 1)


@dataclass(frozen=True)
class TrackerSeries:
    """One tracker over the report's period: what a chart and its table are drawn from."""

    tracker: Tracker
    start: date
    end: date
    points: list[tuple[int, float]]  # (ms since epoch UTC, value), oldest first
    target: float | None = None
    direction: Direction | None = None
    rows: list[SummaryRow] = field(default_factory=list)

    @property
    def title(self) -> str:
        unit = self.tracker.unit
        if self.tracker.kind is TrackerKind.SCALE:
            unit = "0 to 10"
        if not unit or unit.lower() == self.tracker.label.lower():
            return self.tracker.label
        return f"{self.tracker.label} ({unit})"


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _bucket(day: date, span_days: int) -> tuple[date, date]:
    """The week, month or quarter `day` is in, as (first day, last day)."""
    if span_days <= 62:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    months = 1 if span_days <= 550 else 3
    first = date(day.year, (day.month - 1) // months * months + 1, 1)
    after = date(first.year + (first.month + months - 1) // 12,
                 (first.month + months - 1) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def _span_label(first: date, last: date, start: date, end: date) -> str:
    """"March 2026" for a whole month; "27 to 31 August 2026" where the period cuts it, so a
    GP does not read five entries as a whole month's worth."""
    first, last = max(first, start), min(last, end)
    whole_month = first.day == 1 and (last + timedelta(days=1)).day == 1
    if whole_month and first.month == last.month:
        return f"{first:%B %Y}"
    if whole_month:
        return f"{first:%B} to {last:%B %Y}" if first.year == last.year else (
            f"{first:%B %Y} to {last:%B %Y}")
    if first.year != last.year:
        return f"{long_date(first)} to {long_date(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%B} to {long_date(last)}"
    return f"{first.day} to {long_date(last)}"


def summary_rows(points: list[tuple[int, float]], start: date, end: date) -> list[SummaryRow]:
    """Weekly, monthly or quarterly figures, whichever gives a table that fits on a page."""
    span = (end - start).days + 1
    buckets: list[tuple[date, date]] = []
    day = start
    while day <= end:
        buckets.append(_bucket(day, span))
        day = buckets[-1][1] + timedelta(days=1)
    # The instant each bucket starts (local midnight, so summer time is right); a point goes in
    # the last bucket starting at or before it. One bisect per point: a wearable's year is
    # 40,000 points, and a date conversion each took a seventh of a second.
    edges = [int(_local_midnight(first).timestamp() * 1000) for first, _ in buckets]
    groups: list[list[float]] = [[] for _ in buckets]
    for ms, value in points:
        groups[max(0, bisect_right(edges, ms) - 1)].append(value)
    return [
        SummaryRow(_span_label(first, last, start, end), len(values), min(values),
                   sum(values) / len(values), max(values), all(v == int(v) for v in values))
        for (first, last), values in zip(buckets, groups, strict=True) if values
    ]


def chosen_trackers(vault: Vault, options: ReportOptions) -> list[Tracker]:
    """The trackers to chart: the chosen keys in the order given, or every tracker that holds
    numbers (free-text journals stay private unless someone asks for them by name)."""
    trackers = vault.trackers.all(include_archived=True)
    if options.trackers:
        by_key = {t.key: t for t in trackers}
        return [by_key[k] for k in options.trackers if k in by_key]
    return [t for t in trackers if not t.archived and t.kind is not TrackerKind.TEXT]


def chart_series(vault: Vault, options: ReportOptions, today: date | None = None) -> list[
    TrackerSeries
]:
    """The data behind each chart, for the UI to draw and for the report's tables."""
    start, end = options.period(today or date.today())
    goals = [g for g in vault.goals.all() if g.measure is not None]
    out = []
    for tracker in chosen_trackers(vault, options):
        if tracker.kind is TrackerKind.TEXT:
            continue
        points = vault.logs.series(tracker.id, _local_midnight(start),
                                   _local_midnight(end + timedelta(days=1)))
        goal = next((g for g in goals if g.measure and g.measure.tracker_id == tracker.id
                     and g.status.value in ("active", "on-hold")), None)
        out.append(TrackerSeries(
            tracker=tracker, start=start, end=end, points=points,
            target=goal.measure.target if goal and goal.measure else None,
            direction=goal.measure.direction if goal and goal.measure else None,
            rows=summary_rows(points, start, end),
        ))
    return out


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(1, ticks)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def chart_svg(series: TrackerSeries, width: int = 680, height: int = 230) -> str:
    """A plain SVG chart: the person's data as points, the goal's target as a dashed line,
    axes labelled in words. Only shapes SVG Tiny has, so Qt's renderer draws it too."""
    left, right, top, bottom = 64, 16, 24, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    t0 = _local_midnight(series.start).timestamp() * 1000
    t1 = _local_midnight(series.end + timedelta(days=1)).timestamp() * 1000
    values = [v for _, v in series.points]
    if series.target is not None:
        values.append(series.target)
    if series.tracker.kind is TrackerKind.SCALE:
        low, high = 0.0, 10.0
    elif values:
        low, high = min(values), max(values)
    else:
        low, high = 0.0, 1.0
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step

    def x(ms: float) -> float:
        return left + (ms - t0) / max(1.0, t1 - t0) * plot_w

    def y(value: float) -> float:
        return top + plot_h - (value - low) / (high - low) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    tick = low
    while tick <= high + step / 2:
        ty = y(tick)
        parts.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{left + plot_w}" y2="{ty:.1f}" '
                     'stroke="#d0d0d0" stroke-width="1"/>')
        parts.append(f'<text x="{left - 6}" y="{ty + 4:.1f}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="end" fill="#333333">{number(tick)}</text>')
        tick += step
    # Month (or week) marks along the bottom.
    span_days = (series.end - series.start).days + 1
    day = series.start
    marks: list[tuple[date, str]] = []
    while day <= series.end:
        if span_days > 62 and day.day == 1:
            marks.append((day, f"{day:%b %Y}" if day.month == 1 or not marks else f"{day:%b}"))
        elif span_days <= 62 and day.weekday() == 0:
            marks.append((day, f"{day.day} {day:%b}"))
        day += timedelta(days=1)
    if span_days > 62 * 12:
        marks = [m for m in marks if m[0].month in (1, 4, 7, 10)]
    for mark, label in marks:
        mx = x(_local_midnight(mark).timestamp() * 1000)
        parts.append(f'<line x1="{mx:.1f}" y1="{top}" x2="{mx:.1f}" y2="{top + plot_h}" '
                     'stroke="#eeeeee" stroke-width="1"/>')
        parts.append(f'<text x="{mx:.1f}" y="{top + plot_h + 16}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="middle" fill="#333333">{escape(label)}</text>')
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" '
                 f'y2="{top + plot_h}" stroke="#555555" stroke-width="1"/>')
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" '
                 'stroke="#555555" stroke-width="1"/>')
    if series.target is not None:
        ty = y(series.target)
        words = f"Goal: {with_unit(series.target, series.tracker)}"
        if series.direction is not None:
            words += f" {direction_word(series.direction)}"
        parts.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{left + plot_w}" y2="{ty:.1f}" '
                     'stroke="#b03a2e" stroke-width="2" stroke-dasharray="8,5"/>')
        # The label sits above the plot, where no data point can cover it.
        parts.append(f'<line x1="{left + plot_w - 24}" y1="{top - 14}" x2="{left + plot_w}" '
                     f'y2="{top - 14}" stroke="#b03a2e" stroke-width="2" '
                     'stroke-dasharray="8,5"/>')
        parts.append(f'<text x="{left + plot_w - 30}" y="{top - 10}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="end" fill="#b03a2e">{escape(words)}</text>')
    shown = downsample(series.points, 400)
    radius = 2.5 if len(shown) <= 120 else 1.8
    for ms, value in shown:
        parts.append(f'<circle cx="{x(ms):.1f}" cy="{y(value):.1f}" r="{radius}" '
                     'fill="#1f4e79"/>')
    if not series.points:
        parts.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" '
                     'font-family="sans-serif" font-size="14" text-anchor="middle" '
                     'fill="#555555">No entries in this period</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 4}" font-family="sans-serif" '
                 'font-size="12" text-anchor="middle" fill="#333333">Date</text>')
    axis = "0 to 10" if series.tracker.kind is TrackerKind.SCALE else series.tracker.unit
    if axis:
        parts.append(f'<text x="{left - 6}" y="{top - 10}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="end" fill="#333333">{escape(axis)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
