"""Taking part -> What people say: the published results drawn on the screen.

A mixin of `ui.views.participation.ParticipationView` (that module is long already); its words
keep the screen's "ParticipationView" translation context. Every figure shown is one the
endpoint published under its disclosure rule; a hidden one is drawn as hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sync.protocol import Results
from ui.dialogs.participation import server_text
from ui.views.base import heading, paragraph
from ui.views.participation_actions import ParticipationData
from ui.views.participation_deliberation import asked_twice, show_shifts
from ui.widgets.bars import Bar, BarChart


class ResultsShown:
    """Draws `/v1/results` (and the before/after and outcome figures) on the results page."""

    data: ParticipationData | None
    results_page: QWidget
    results_layout: QVBoxLayout

    def _people(self, n: int) -> str:
        raise NotImplementedError  # the view's (a plural message in its context)

    def _show_results(self, results: Results | None) -> None:
        while self.results_layout.count():
            taken = self.results_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        page = self.results_page
        if results is None:
            self.results_layout.addWidget(
                paragraph(
                    QCoreApplication.translate(
                        "ParticipationView",
                        "No results yet. Results come with Sync now once you take part.",
                    ),
                    page,
                )
            )
            self.results_layout.addStretch(1)
            return
        self.results_layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "ParticipationView",
                    "Numbers from fewer than 10 people are hidden, so no one can be picked out.",
                ),
                page,
            )
        )
        data = self.data
        assert data is not None
        still_open = {survey.id for survey in data.surveys}
        twice = asked_twice(data.surveys)
        for survey in results.surveys:
            self.results_layout.addWidget(server_text(heading(survey.title, page, level=2)))
            if data.agreed["surveys"] and survey.survey_id not in still_open:
                self.results_layout.addWidget(
                    paragraph(
                        QCoreApplication.translate(
                            "ParticipationView",
                            "This consultation has closed: these are its results.",
                        ),
                        page,
                    )
                )
            for question in survey.questions:
                if (survey.survey_id, question.question_id) in twice:
                    continue  # shown under "Before and after" (participation_deliberation)
                chart = BarChart(question.text, page)
                chart.set_bars(
                    [
                        # A hidden count (None) is shown as "Hidden: …" by the chart itself.
                        Bar(o.label, o.count.value, self._people(o.count.value or 0))
                        for o in question.options
                    ]
                )
                self.results_layout.addWidget(server_text(QLabel(question.text, page)))
                self.results_layout.addWidget(chart)
        rated = [s for s in results.services if s.responses.value]
        if rated:
            self.results_layout.addWidget(
                heading(
                    QCoreApplication.translate(
                        "ParticipationView", "Services: people who said good or very good"
                    ),
                    page,
                    level=2,
                )
            )
            chart = BarChart(
                QCoreApplication.translate("ParticipationView", "Services rated good or very good"),
                page,
            )
            chart.set_bars(
                [
                    Bar(
                        s.name or s.service_id,
                        s.percent_positive.value,
                        f"{s.percent_positive.value or 0:.0f}%",
                    )
                    for s in rated
                ],
                maximum=100,
            )
            self.results_layout.addWidget(chart)
        shown = [w for w in results.wellbeing if not w.reports.suppressed]
        if shown:
            self.results_layout.addWidget(
                heading(
                    QCoreApplication.translate(
                        "ParticipationView",
                        "How satisfied people are with life (0 to 10), by borough",
                    ),
                    page,
                    level=2,
                )
            )
            chart = BarChart(
                QCoreApplication.translate("ParticipationView", "Life satisfaction by borough"),
                page,
            )
            chart.set_bars(
                [Bar(w.borough, w.satisfied.value, f"{w.satisfied.value or 0:.1f}") for w in shown],
                maximum=10,
            )
            self.results_layout.addWidget(chart)
        show_shifts(data.surveys, data.shifts, self.results_layout, page)
        self._show_outcomes(results, page)
        self.results_layout.addStretch(1)

    def _show_outcomes(self, results: Results, page: QWidget) -> None:
        """Each published (category, borough) cell on its own; hidden cells are not listed."""
        for cell in results.outcomes:
            if cell.people.suppressed or cell.people.value is None:
                continue
            title = QCoreApplication.translate(
                "ParticipationView", "What people who went to {category} in {borough} said"
            ).format(category=cell.category_name, borough=cell.borough)
            self.results_layout.addWidget(server_text(heading(title, page, level=2)))
            changes = [
                cell.satisfied.value,
                cell.worthwhile.value,
                cell.happy.value,
                cell.anxious.value,
            ]
            if any(value is None for value in changes):
                continue
            said = QCoreApplication.translate(
                "ParticipationView",
                "{people} people went at least {sessions} times between them. On average, "
                "since they started: life satisfaction {satisfied}, feeling worthwhile "
                "{worthwhile}, happiness {happy}, anxiety {anxious} (each on a 0 to 10 scale; "
                "for anxiety, down is better).",
                None,
                cell.attendance.value or 0,
            ).format(
                people=cell.people.value,
                sessions=cell.attendance.value,
                satisfied=f"{cell.satisfied.value:+.1f}",
                worthwhile=f"{cell.worthwhile.value:+.1f}",
                happy=f"{cell.happy.value:+.1f}",
                anxious=f"{cell.anxious.value:+.1f}",
            )
            self.results_layout.addWidget(server_text(paragraph(said, page)))
