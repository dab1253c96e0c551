"""A tracker chart drawn with QPainter: the person's data as points, the goal's target as a line.

No QtCharts (the app ships PySide6 Essentials only). The widget draws what it is given; the data
is already downsampled (`ui.models.series.load_series`), so ten years paint as fast as a week.
Axis labels are plain words ("Weight in kg", dates), sizes come from the font (points), and the
accessible description says in words what the chart shows; screen readers hear it as a chart
(ui/accessible.py) with that summary. Left and Right move a marker from point to point, and
each point reached is announced, so a keyboard user can read each value.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.domain.tracker import TrackerKind
from ui.accessible import describe_as
from ui.live import announce
from ui.models.series import ChartSeries, Period
from ui.widgets import wording


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        low, high = low - 1, high + 1
    span = high - low
    raw = span / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for multiple in (1, 2, 2.5, 5, 10):
        if span / (multiple * magnitude) <= count:
            step = multiple * magnitude
            break
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    steps = round((last - first) / step)
    return [first + i * step for i in range(steps + 1)]


def period_words(series: ChartSeries) -> str:
    if series.since is not None:
        return QCoreApplication.translate("ChartWidget", "since {day}").format(
            day=wording.day(series.since.date())
        )
    words = {
        Period.WEEK: QCoreApplication.translate("ChartWidget", "last week"),
        Period.MONTH: QCoreApplication.translate("ChartWidget", "last month"),
        Period.YEAR: QCoreApplication.translate("ChartWidget", "last year"),
        Period.ALL: QCoreApplication.translate("ChartWidget", "all time"),
    }
    return words[series.period]


def _amount(series: ChartSeries, value: float) -> str:
    if series.kind is TrackerKind.SCALE:
        return QCoreApplication.translate("ChartWidget", "{value} out of 10").format(
            value=wording.number(value)
        )
    if series.kind is TrackerKind.YES_NO:
        return (
            QCoreApplication.translate("ChartWidget", "yes")
            if value >= 0.5
            else QCoreApplication.translate("ChartWidget", "no")
        )
    return wording.with_unit(value, series.unit)


def describe(series: ChartSeries | None) -> str:
    """The chart in words, e.g. "Weight, last month: 31 entries, from 84 to 86.1 kg, latest
    84.2 kg. Target 85 kg or less."."""
    if series is None:
        return QCoreApplication.translate("ChartWidget", "No chart to show.")
    head = f"{series.label}, {period_words(series)}"
    if series.total == 0 or series.latest is None:
        return QCoreApplication.translate("ChartWidget", "{head}: nothing logged yet.").format(
            head=head
        )
    count = (
        QCoreApplication.translate("ChartWidget", "1 entry")
        if series.total == 1
        else QCoreApplication.translate("ChartWidget", "%n entries", None, series.total)
    )
    if series.kind is TrackerKind.YES_NO:
        body = QCoreApplication.translate("ChartWidget", "{count}, {yes} of them yes").format(
            count=count, yes=wording.number(series.yes_count)
        )
    else:
        low = series.low if series.low is not None else series.latest[1]
        high = series.high if series.high is not None else series.latest[1]
        if low == high:
            spread = QCoreApplication.translate("ChartWidget", "all {value}").format(
                value=_amount(series, low)
            )
        elif series.kind is TrackerKind.SCALE:
            spread = QCoreApplication.translate(
                "ChartWidget", "from {low} to {high} out of 10"
            ).format(low=wording.number(low), high=wording.number(high))
        else:
            spread = QCoreApplication.translate("ChartWidget", "from {low} to {high}").format(
                low=wording.number(low), high=wording.with_unit(high, series.unit)
            )
        body = QCoreApplication.translate(
            "ChartWidget", "{count}, {spread}, latest {latest}"
        ).format(count=count, spread=spread, latest=_amount(series, series.latest[1]))
    text = f"{head}: {body}."
    if series.target is not None and series.direction is not None:
        target = wording.target_text(series.target, series.direction, series.unit, series.kind)
        text += " " + QCoreApplication.translate("ChartWidget", "Target {target}.").format(
            target=target
        )
    return text


def _date_format(span_ms: float) -> str:
    days = span_ms / 86_400_000
    if days <= 8:
        return "ddd d MMM"
    if days <= 92:
        return "d MMM"
    return "MMM yyyy"


def _local_text(ms: float, fmt: str) -> str:
    at = datetime.fromtimestamp(ms / 1000, UTC)
    return QLocale().toString(wording.local_qdatetime(at), fmt)


class ChartWidget(QWidget):
    """`set_series(series)` to draw; `series` and `points` say what is drawn."""

    point_selected = Signal(str)  # the marked point in words, for a label under the chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(QCoreApplication.translate("ChartWidget", "Chart"))
        self._series: ChartSeries | None = None
        self.empty_text = QCoreApplication.translate(
            "ChartWidget", "Nothing logged for this time yet."
        )
        self._cursor: int | None = None
        self._plot = QRectF()
        self._x_range = (0.0, 1.0)
        self._y_range = (0.0, 1.0)
        self.setAccessibleDescription(describe(None))

    # -- data ---------------------------------------------------------------------------

    @property
    def series(self) -> ChartSeries | None:
        return self._series

    @property
    def points(self) -> list[tuple[int, float]]:
        return list(self._series.points) if self._series is not None else []

    def set_series(self, series: ChartSeries | None) -> None:
        self._series = series
        self._cursor = None
        name = (
            QCoreApplication.translate("ChartWidget", "Chart of {label}").format(label=series.label)
            if series is not None
            else QCoreApplication.translate("ChartWidget", "Chart")
        )
        self.setAccessibleName(name)
        self.setAccessibleDescription(describe(series))
        self.setToolTip(describe(series))
        self.update()

    def summary(self) -> str:
        return describe(self._series)

    # -- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(40 * line, 14 * line)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(16 * line, 9 * line)

    def _ranges(self, series: ChartSeries) -> tuple[tuple[float, float], list[float]]:
        times = [p[0] for p in series.points]
        x0 = float(series.start_ms if series.start_ms is not None else min(times))
        x1 = float(max([*times, series.end_ms or 0]))
        if x1 <= x0:
            x0, x1 = x0 - 43_200_000, x1 + 43_200_000
        if series.kind is TrackerKind.SCALE:
            ticks = [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        elif series.kind is TrackerKind.YES_NO:
            ticks = [0.0, 1.0]
        elif series.y_floor is not None and series.y_ceiling is not None:
            ticks = nice_ticks(series.y_floor, series.y_ceiling)
        else:
            values = [p[1] for p in series.points]
            if series.target is not None:
                values.append(series.target)
            low, high = min(values), max(values)
            pad = (high - low) * 0.05
            ticks = nice_ticks(low - pad, high + pad)
        return (x0, x1), ticks

    def _to_screen(self, ms: float, value: float) -> QPointF:
        x0, x1 = self._x_range
        y0, y1 = self._y_range
        plot = self._plot
        x = plot.left() + (ms - x0) / (x1 - x0) * plot.width()
        y = plot.bottom() - (value - y0) / (y1 - y0) * plot.height()
        return QPointF(x, y)

    def _tick_label(self, value: float) -> str:
        assert self._series is not None
        if self._series.kind is TrackerKind.YES_NO:
            return (
                QCoreApplication.translate("ChartWidget", "Yes")
                if value >= 0.5
                else QCoreApplication.translate("ChartWidget", "No")
            )
        return wording.number(value)

    def _axis_title(self) -> str:
        assert self._series is not None
        series = self._series
        if series.kind is TrackerKind.SCALE:
            return QCoreApplication.translate("ChartWidget", "{label} (0 to 10)").format(
                label=series.label
            )
        if series.unit:
            return QCoreApplication.translate("ChartWidget", "{label} in {unit}").format(
                label=series.label, unit=series.unit
            )
        return series.label

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = metrics.height()
        series = self._series
        if series is None or not series.points:
            painter.setPen(text_colour)
            message = (
                self.empty_text
                if series is not None
                else QCoreApplication.translate("ChartWidget", "Choose something to show.")
            )
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message
            )
            if self.hasFocus():
                self._focus_frame(painter)
            painter.end()
            return

        self._x_range, ticks = self._ranges(series)
        self._y_range = (ticks[0], ticks[-1])
        left = max(metrics.horizontalAdvance(self._tick_label(t)) for t in ticks) + line
        self._plot = QRectF(
            left, line * 2.2, self.width() - left - line, self.height() - line * 4.4
        )
        plot = self._plot
        if plot.width() < 10 or plot.height() < 10:
            painter.end()
            return

        # Axis title (top left) and the marked point (top right).
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(0, 0, self.width(), line * 1.5),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._axis_title(),
        )

        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        grid.setWidthF(0.5)
        for tick in ticks:
            y = self._to_screen(0, tick).y()
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - line / 2, left - line / 2, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._tick_label(tick),
            )

        # Time axis: as many date labels as fit without touching.
        x0, x1 = self._x_range
        fmt = _date_format(x1 - x0)
        sample = _local_text(x0, fmt)
        slots = max(2, min(7, int(plot.width() // (metrics.horizontalAdvance(sample) + line * 2))))
        painter.setPen(text_colour)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for i in range(slots):
            ms = x0 + (x1 - x0) * i / (slots - 1)
            x = self._to_screen(ms, 0).x()
            label = _local_text(ms, fmt)
            width = metrics.horizontalAdvance(label) + line
            box_left = min(max(x - width / 2, 0), self.width() - width)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line / 4))
            painter.drawText(
                QRectF(box_left, plot.bottom() + line / 4, width, line),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + line * 1.3, plot.width(), line),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("ChartWidget", "Date"),
        )

        # The target: a thick dashed line with its words above the right end.
        if series.target is not None:
            y = self._to_screen(0, series.target).y()
            pen = QPen(text_colour)
            pen.setWidthF(max(2.0, line / 8))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            words = QCoreApplication.translate("ChartWidget", "Target")
            if series.direction is not None:
                words = QCoreApplication.translate("ChartWidget", "Target: {target}").format(
                    target=wording.target_text(
                        series.target, series.direction, series.unit, series.kind
                    )
                )
            above = y - line * 1.1 if y - line * 1.1 > plot.top() - line else y + line * 0.1
            painter.drawText(
                QRectF(plot.left(), above, plot.width() - line / 2, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                words,
            )

        # The data: points (already downsampled), smaller when there are many.
        colour = palette.color(QPalette.ColorRole.Highlight)
        radius = max(2.0, line / (5 if len(series.points) < 120 else 8))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for ms, value in series.points:
            painter.drawEllipse(self._to_screen(ms, value), radius, radius)

        if self._cursor is not None and 0 <= self._cursor < len(series.points):
            ms, value = series.points[self._cursor]
            centre = self._to_screen(ms, value)
            pen = QPen(text_colour)
            pen.setWidthF(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius * 2.5, radius * 2.5)
            painter.drawText(
                QRectF(0, 0, self.width() - line / 2, line * 1.5),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.point_text(self._cursor),
            )
        if self.hasFocus():
            self._focus_frame(painter)
        painter.end()

    def _focus_frame(self, painter: QPainter) -> None:
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidthF(2)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    # -- reading points with the keyboard or mouse --------------------------------------

    def point_text(self, index: int) -> str:
        assert self._series is not None
        ms, value = self._series.points[index]
        when = wording.moment(datetime.fromtimestamp(ms / 1000, UTC))
        return QCoreApplication.translate("ChartWidget", "{when}: {value}").format(
            when=when, value=_amount(self._series, value)
        )

    def _mark(self, index: int) -> None:
        if self._series is None or not self._series.points:
            return
        self._cursor = max(0, min(index, len(self._series.points) - 1))
        text = self.point_text(self._cursor)
        self.point_selected.emit(text)
        announce(self, text)  # the point a keyboard user moved to, read out
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self._series.points) if self._series is not None else 0
        if count == 0:
            super().keyPressEvent(event)
            return
        current = self._cursor if self._cursor is not None else count
        step = max(1, count // 10)
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Right: current + 1 if self._cursor is not None else count - 1,
            Qt.Key.Key_PageUp: current - step,
            Qt.Key.Key_PageDown: current + step,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        self._mark(target)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._series is None or not self._series.points or self._plot.isEmpty():
            return
        x = event.position().x()
        points = self._series.points
        best = min(range(len(points)), key=lambda i: abs(self._to_screen(points[i][0], 0).x() - x))
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._mark(best)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


describe_as(ChartWidget, QAccessible.Role.Chart)
