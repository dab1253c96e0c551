"""The QPainter chart: what it draws, what it says in words, and how much it loads."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from planner.domain.goal import Direction
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.vault import Vault
from ui.models.series import ChartSeries, Period, load_series
from ui.widgets.chart import ChartWidget, describe, nice_ticks

NOW = datetime(2026, 3, 31, 12, tzinfo=UTC)
DAY_MS = 86_400_000


def weight_series(values: list[float], target: float | None = 85.0) -> ChartSeries:
    start = int((NOW - timedelta(days=31)).timestamp() * 1000)
    points = [(start + (i + 1) * DAY_MS, v) for i, v in enumerate(values)]
    return ChartSeries(
        label="Weight", unit="kg", kind=TrackerKind.NUMERIC, period=Period.MONTH,
        points=points, total=len(points), low=min(values), high=max(values),
        latest=points[-1], target=target, direction=Direction.AT_MOST,
        start_ms=start, end_ms=int(NOW.timestamp() * 1000))


def test_nice_ticks_cover_the_range_with_round_steps() -> None:
    ticks = nice_ticks(83.1, 86.1)
    assert ticks[0] <= 83.1 and ticks[-1] >= 86.1
    steps = {round(b - a, 6) for a, b in itertools.pairwise(ticks)}
    assert steps == {1.0}
    assert 3 <= len(ticks) <= 7
    assert nice_ticks(0, 27) == [0, 10, 20, 30]
    assert nice_ticks(5, 5)[0] < 5 < nice_ticks(5, 5)[-1]


def test_description_says_the_data_in_words() -> None:
    series = weight_series([86.1, 84.0, 85.3, 84.2])
    assert describe(series) == (
        "Weight, last month: 4 entries, from 84 to 86.1 kg, latest 84.2 kg. "
        "Target 85 kg or less.")


def test_description_of_yes_no_scale_and_empty_series() -> None:
    yes_no = ChartSeries(label="Took my tablets", unit="", kind=TrackerKind.YES_NO,
                         period=Period.WEEK, points=[(1, 1.0), (2, 0.0), (3, 1.0)], total=3,
                         low=0.0, high=1.0, latest=(3, 1.0), yes_count=2)
    assert describe(yes_no) == "Took my tablets, last week: 3 entries, 2 of them yes."
    scale = ChartSeries(label="Mood", unit="", kind=TrackerKind.SCALE, period=Period.YEAR,
                        points=[(1, 3.0), (2, 8.0)], total=2, low=3.0, high=8.0,
                        latest=(2, 8.0))
    assert describe(scale) == (
        "Mood, last year: 2 entries, from 3 to 8 out of 10, latest 8 out of 10.")
    empty = ChartSeries(label="Sleep", unit="hours", kind=TrackerKind.NUMERIC, period=Period.ALL)
    assert describe(empty) == "Sleep, all time: nothing logged yet."


def test_chart_draws_points_and_a_dashed_target_line(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    series = weight_series([86.1, 84.0, 85.3, 84.2, 83.5])
    chart.set_series(series)
    assert chart.accessibleName() == "Chart of Weight"
    assert chart.accessibleDescription() == describe(series)
    image: QImage = chart.grab().toImage()
    dpr = image.devicePixelRatio()
    palette = chart.palette()
    point_colour = palette.color(QPalette.ColorRole.Highlight)
    text_colour = palette.color(QPalette.ColorRole.Text)

    def colour_at(x: float, y: float) -> QColor:
        return image.pixelColor(int(x * dpr), int(y * dpr))

    for ms, value in series.points:
        centre = chart._to_screen(ms, value)
        assert colour_at(centre.x(), centre.y()) == point_colour
    target_y = chart._to_screen(0, 85.0).y()
    plot = chart._plot
    dark = [x for x in range(int(plot.left()), int(plot.right()))
            if colour_at(x, target_y) == text_colour]
    assert len(dark) > plot.width() * 0.3, "the target line is missing"
    assert len(dark) < plot.width() * 0.95, "the target line should be dashed"


def test_chart_with_no_points_says_so(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_series(ChartSeries(label="Sleep", unit="hours", kind=TrackerKind.NUMERIC,
                                 period=Period.WEEK))
    chart.grab()
    assert chart.points == []
    assert chart.accessibleDescription() == "Sleep, last week: nothing logged yet."


def test_arrow_keys_read_the_points_out(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    chart.set_series(weight_series([86.1, 84.0, 85.3]))
    said: list[str] = []
    chart.point_selected.connect(said.append)
    chart.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_End)
    QTest.keyClick(chart, Qt.Key.Key_Left)
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert [s.split(": ")[1] for s in said] == ["85.3 kg", "84 kg", "86.1 kg"]


def test_a_long_history_loads_downsampled_but_describes_every_entry(vault: Vault) -> None:
    tracker = vault.trackers.save(Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC,
                                          unit="steps"))
    start = NOW - timedelta(days=3000)
    values = [float(1000 + (i * 37) % 9000) for i in range(3000)]
    values[1234] = 99_000.0  # one spike must survive downsampling
    vault.logs.add_many(
        LogEntry(tracker_id=tracker.id, at=start + timedelta(days=i), value=v)
        for i, v in enumerate(values))
    series = load_series(vault, tracker.id, Period.ALL, max_points=300, now=NOW)
    assert series.total == 3000
    assert len(series.points) <= 300
    assert series.high == 99_000.0 and max(v for _, v in series.points) == 99_000.0
    assert series.low == min(values)
    assert series.latest is not None and series.latest[1] == values[-1]
    month = load_series(vault, tracker.id, Period.MONTH, now=NOW)
    assert month.total == 31 and len(month.points) == 31
