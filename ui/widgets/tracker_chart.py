"""A tracker's chart with Week / Month / Year / All buttons, loaded through the session.

Used by the Logs view (any tracker) and the Goals view (the goal's tracker, with its target).
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import Direction
from ui.models.series import ChartSeries, Period, load_series
from ui.session import Locked, Session
from ui.widgets.chart import ChartWidget
from ui.widgets.flow import flow_widget
from ui.widgets.forms import user_message


class TrackerChartPanel(QWidget):
    loaded = Signal()  # a new series is on screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._tracker_id: UUID | None = None
        self._target: float | None = None
        self._direction: Direction | None = None
        self._since: datetime | None = None
        self.period = Period.MONTH

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row, self.buttons_row = flow_widget(self)
        self.period_label = QLabel(self.tr("Show:"), self)
        self.buttons_row.addWidget(self.period_label)
        # No QButtonGroup: Qt makes checkable buttons in a group one Tab stop (the arrow keys
        # move within it), which buttons a screen reader calls check boxes tell nobody, so Tab
        # reached "Week" only (tests/e2e/test_screen_reader.py). Each is its own Tab stop, and
        # `set_period` keeps exactly one checked.
        self.period_buttons: dict[Period, QPushButton] = {}
        names = {
            Period.WEEK: (self.tr("Week"), self.tr("Show the last week")),
            Period.MONTH: (self.tr("Month"), self.tr("Show the last month")),
            Period.YEAR: (self.tr("Year"), self.tr("Show the last year")),
            Period.ALL: (self.tr("All"), self.tr("Show all time")),
        }
        for period, (text, name) in names.items():
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setChecked(period is self.period)
            button.clicked.connect(lambda _checked=False, p=period: self.set_period(p))
            self.period_buttons[period] = button
            self.buttons_row.addWidget(button)
        layout.addWidget(row)
        self.chart = ChartWidget(self)
        layout.addWidget(self.chart, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Chart summary"))
        layout.addWidget(self.summary)
        self.chart.point_selected.connect(self.summary.setText)
        session.locked.connect(self.clear)

    @property
    def series(self) -> ChartSeries | None:
        return self.chart.series

    def set_period(self, period: Period) -> None:
        self.period = period
        for each, button in self.period_buttons.items():
            button.setChecked(each is period)
        self._since = None
        self.reload()

    def show_tracker(
        self,
        tracker_id: UUID | None,
        *,
        target: float | None = None,
        direction: Direction | None = None,
        since: datetime | None = None,
    ) -> None:
        self._tracker_id = tracker_id
        self._target = target
        self._direction = direction
        self._since = since
        self.reload()

    def reload(self) -> None:
        tracker_id = self._tracker_id
        if tracker_id is None or not self.session.is_unlocked:
            self._generation += 1
            self.chart.set_series(None)
            self.summary.clear()
            return
        self._generation += 1
        generation = self._generation
        period, target, direction, since = self.period, self._target, self._direction, self._since
        max_points = max(100, self.chart.width())

        def done(series: ChartSeries) -> None:
            if generation != self._generation:
                return
            self.chart.set_series(series)
            self.summary.setText(self.chart.summary())
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation and not isinstance(exc, Locked):
                self.chart.set_series(None)
                self.summary.setText(user_message(exc))

        self.session.run(
            lambda vault: load_series(
                vault,
                tracker_id,
                period,
                max_points=max_points,
                target=target,
                direction=direction,
                since=since,
            ),
            done,
            failed,
        )

    def clear(self) -> None:
        self._generation += 1
        self._tracker_id = None
        self.chart.set_series(None)
        self.summary.clear()
