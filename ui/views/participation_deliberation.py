"""Taking part's share of deliberative consultations (issue #26, point 2): answering one (the
three-step dialog, then the consultation's other questions in the ordinary form) and showing
its published before/after figures in Results.

Words keep the screen's "ParticipationView" translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from planner.vault import Vault
from sync.deliberation import queue_pair
from sync.protocol import DeliberationResults, Survey, derived_shift
from ui.dialogs.deliberation import DeliberationDialog
from ui.dialogs.participation import SurveyDialog, server_text
from ui.views.base import heading, paragraph
from ui.widgets.banner import Banner
from ui.widgets.bars import Bar, BarChart


class _TakingPart(Protocol):
    """What of the Taking part view this module uses (the view imports this module)."""

    banner: Banner

    def call(self, op: Callable[[Vault], Any], on_done: Callable[[Any], None] | None = None,
             on_failed: Callable[[BaseException], None] | None = None, *,
             changes: str | None = None) -> None: ...

    def show_dialog(self, dialog: QDialog) -> None: ...

    def _queue_answers(self, survey: Survey, dialog: SurveyDialog) -> None: ...

__all__ = ["answer_deliberation", "asked_twice", "show_shifts"]


def answer_deliberation(view: _TakingPart, survey: Survey) -> None:
    """Open the three steps; what was answered both times is queued, then the consultation's
    other questions (if any) open in the ordinary form."""
    assert isinstance(view, QWidget)
    dialog = DeliberationDialog(survey, view)
    dialog.accepted.connect(lambda: _queue(view, survey, dialog))
    view.show_dialog(dialog)


def _queue(view: _TakingPart, survey: Survey, dialog: DeliberationDialog) -> None:
    pairs = dialog.pairs()
    read = bool(dialog.read_pack)
    rest = [q for q in survey.questions if q.id not in {q.id for q in dialog.questions}]

    def queue_all(vault: Vault) -> int:
        for question_id, before, after in pairs:
            queue_pair(vault, survey.id, question_id, before, after, read)
        return len(pairs)

    def queued(n: int) -> None:
        if n:
            view.banner.show_message(QCoreApplication.translate(
                "ParticipationView",
                "Your answers before and after reading: %n question(s) added to the send list.",
                None, n), "success")
        else:
            view.banner.show_message(QCoreApplication.translate(
                "ParticipationView",
                "You did not answer any question both times, so nothing was added."), "info")
        if rest:
            assert isinstance(view, QWidget)
            ordinary = SurveyDialog(survey.model_copy(update={"questions": rest}), view)
            ordinary.accepted.connect(lambda: view._queue_answers(survey, ordinary))
            view.show_dialog(ordinary)

    view.call(queue_all, queued, changes="participation")


def asked_twice(surveys: list[Survey]) -> set[tuple[str, str]]:
    """(survey, question) asked before and after a pack: their answers travel as pairs, so the
    ordinary results of such a question stay empty and are not shown."""
    return {(s.id, q) for s in surveys if s.deliberation is not None for q in s.deliberation.paired}


def show_shifts(surveys: list[Survey], shifts: dict[str, DeliberationResults],
                layout: QVBoxLayout, page: QWidget) -> None:
    """Per deliberative consultation kept offline: each question's answers before and after
    the information, among the people who read it. Only published figures are shown; a change
    is shown only where both its figures are."""
    for survey in surveys:
        published = shifts.get(survey.id)
        if published is None:
            continue
        layout.addWidget(server_text(heading(QCoreApplication.translate(
            "ParticipationView", "Before and after the information: {title}"
        ).format(title=survey.title), page, level=2)))
        by_id = {q.id: q for q in survey.questions}
        for result in published.questions:
            question = by_id.get(result.question_id)
            if question is None:
                continue
            layout.addWidget(server_text(QLabel(question.text, page)))
            if result.respondents is None:
                layout.addWidget(paragraph(QCoreApplication.translate(
                    "ParticipationView",
                    "Fewer than 10 people have read the information and answered both times, "
                    "so nothing is shown yet."), page))
                continue
            layout.addWidget(paragraph(QCoreApplication.translate(
                "ParticipationView", "%n people read the information and answered both times.",
                None, result.respondents), page))
            layout.addWidget(paragraph(QCoreApplication.translate(
                "ParticipationView",
                "Each bar is the number after reading; beside it, before → after and the "
                "change."), page))
            labels = {o.id: o.label for o in question.options}
            bars = []
            for option, pair in derived_shift(result).items():
                if pair is None:
                    bars.append(Bar(labels.get(option, option), None, ""))
                    continue
                before, after = pair
                bars.append(Bar(labels.get(option, option), after, QCoreApplication.translate(
                    "ParticipationView", "{before} → {after} ({change:+d})"
                ).format(before=before, after=after, change=after - before)))
            chart = BarChart(QCoreApplication.translate(
                "ParticipationView", "After the information, with before and the change"), page)
            chart.set_bars(bars)
            layout.addWidget(chart)
