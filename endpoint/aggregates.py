"""Published results: aggregates only, shaped into the protocol's `Results`.

Nothing here touches the database or HTTP; `store.py` supplies tallies and this module turns
them into tables. Which cells of a table may be shown is decided by `endpoint.disclosure`, the
one disclosure-control module; here each table is described to it as a tree of sums:

* FFT per service: responses = (very good + good) + neither + poor + very poor + don't know,
  where (very good + good) is what `percent_positive` reveals. One person may rate a service
  more than once, so the leaves overlap and people are counted by lower bounds.
* a survey question: respondents = the sum of its options (one latest answer per person).
* wellbeing per borough: the number of reports, alone; its means are shown only with it.

A percentage is published only when both its numerator and its denominator may be, so it never
says more than the counts would. docs/PRIVACY.md states the rule with a worked example and what
differencing over time can and cannot learn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from endpoint.disclosure import Node, protect
from sync.protocol import (
    FFT_POSITIVE_RATINGS,
    FFT_QUESTION,
    FFT_RATING_LABELS,
    FFT_RATINGS,
    LONDON_BOROUGHS,
    ONS4_ITEMS,
    ONS4_LEVELS,
    SUPPRESSION_THRESHOLD,
    CountCell,
    MeasureCell,
    OptionResult,
    QuestionResult,
    RatingResult,
    Results,
    ServiceFeedbackResult,
    SurveyResult,
    WellbeingResult,
    rr_keep_probability,
)

__all__ = [
    "FFTTally",
    "ONS4Group",
    "OptionTally",
    "build_results",
    "rr_debias_mean",
]


@dataclass(frozen=True, slots=True)
class FFTTally:
    """FFT responses for one (service, rating), or for the whole service when rating is None."""

    service_id: str
    rating: str | None
    responses: int
    contributors: int


@dataclass(frozen=True, slots=True)
class OptionTally:
    """How many contributors' latest answer to a question is this option."""

    survey_id: str
    question_id: str
    option_id: str
    contributors: int


@dataclass(frozen=True, slots=True)
class ONS4Group:
    """Sums of randomised ONS4 reports sharing a borough and an epsilon."""

    borough: str
    epsilon: float
    reports: int
    sums: Mapping[str, int]


def rr_debias_mean(
    groups: Iterable[tuple[float, int, float]], levels: int = ONS4_LEVELS
) -> float | None:
    """Unbiased estimate of the mean true answer from k-ary randomised-response reports.

    `groups` holds `(epsilon, number_of_reports, sum_of_reported_values)`; reports may use
    different budgets, so each group is de-noised with its own p and the results are pooled.

    The mechanism (run by the client, see `sync.protocol.rr_keep_probability`): the true value
    x in {0, ..., k-1} (k = 11 for ONS4's 0-10 scale) is reported with probability
    p = e^eps / (e^eps + k - 1); otherwise one of the other k - 1 values is reported, uniformly.
    With S = 0 + 1 + ... + (k-1) = k(k-1)/2, the expected report is

        E[y | x] = p*x + (1 - p) * (S - x) / (k - 1)  =  a*x + b,
        a = (p*k - 1) / (k - 1),   b = (1 - p) * S / (k - 1).

    So (y - b) / a is an unbiased estimate of x for every single report, and the mean of those
    over n reports, (sum_y - n*b) / a summed per group and divided by the total n, is an
    unbiased estimate of the mean true answer. a > 0 whenever eps > 0 (p > 1/k). The variance
    grows like 1/a^2, which is why small epsilons need many reports before the mean is useful.
    Returns None when there are no reports.
    """
    total_reports = 0
    estimate_sum = 0.0
    level_sum = levels * (levels - 1) / 2
    for epsilon, reports, reported_sum in groups:
        if reports <= 0:
            continue
        p = rr_keep_probability(epsilon, levels)
        slope = (p * levels - 1) / (levels - 1)
        offset = (1 - p) * level_sum / (levels - 1)
        estimate_sum += (reported_sum - reports * offset) / slope
        total_reports += reports
    if total_reports == 0:
        return None
    return estimate_sum / total_reports


_RESPONDENTS = "#respondents"
_RESPONSES = "#responses"
_POSITIVE = "#positive"
_REPORTS = "#reports"


def _count(value: int, hidden: bool) -> CountCell:
    if hidden:
        return CountCell(value=None, suppressed=True)
    return CountCell(value=value, suppressed=False)


def _fft_table(total: FFTTally, tallies: Mapping[str | None, FFTTally]) -> Node:
    """responses = positive (very good + good, shown as percent_positive) + the other ratings."""
    cells = {
        rating: Node(
            rating,
            getattr(tallies.get(rating), "responses", 0),
            getattr(tallies.get(rating), "contributors", 0),
        )
        for rating in FFT_RATINGS
    }
    positive = Node.total(_POSITIVE, [cells[r] for r in FFT_RATINGS if r in FFT_POSITIVE_RATINGS])
    others = [cells[r] for r in FFT_RATINGS if r not in FFT_POSITIVE_RATINGS]
    return Node.total(_RESPONSES, [positive, *others], total.contributors)


def _survey_results(
    surveys: Sequence[Mapping[str, Any]],
    options: Sequence[OptionTally],
    threshold: int,
) -> list[SurveyResult]:
    tally: dict[tuple[str, str, str], int] = {
        (t.survey_id, t.question_id, t.option_id): t.contributors for t in options
    }
    results = []
    for survey in surveys:
        questions = []
        for question in survey["questions"]:
            counts = {
                option["id"]: tally.get((survey["id"], question["id"], option["id"]), 0)
                for option in question["options"]
            }
            respondents = sum(counts.values())
            table = Node.total(
                _RESPONDENTS,
                [Node(option_id, n, n) for option_id, n in counts.items()],
                respondents,
            )
            hidden = protect(table, threshold=threshold)
            respondents_cell = _count(respondents, _RESPONDENTS in hidden)
            questions.append(
                QuestionResult(
                    question_id=question["id"],
                    text=question["text"],
                    respondents=respondents_cell,
                    options=[
                        OptionResult(
                            option_id=option["id"],
                            label=option["label"],
                            count=_count(counts[option["id"]], option["id"] in hidden),
                        )
                        for option in question["options"]
                    ],
                )
            )
        results.append(
            SurveyResult(survey_id=survey["id"], title=survey["title"], questions=questions)
        )
    return results


def _service_result(
    service_id: str,
    name: str | None,
    borough: str | None,
    tallies: Mapping[str | None, FFTTally],
    threshold: int,
) -> ServiceFeedbackResult:
    total = tallies.get(None) or FFTTally(service_id, None, 0, 0)
    hidden = protect(_fft_table(total, tallies), threshold=threshold, overlapping=True)
    values = {rating: getattr(tallies.get(rating), "responses", 0) for rating in FFT_RATINGS}
    percent: float | None = None
    if _RESPONSES not in hidden and _POSITIVE not in hidden and total.responses:
        positive = sum(values[r] for r in FFT_RATINGS if r in FFT_POSITIVE_RATINGS)
        percent = round(100.0 * positive / total.responses, 1)
    return ServiceFeedbackResult(
        service_id=service_id,
        name=name,
        borough=cast(Any, borough),
        responses=_count(total.responses, _RESPONSES in hidden),
        percent_positive=(
            MeasureCell(value=None, suppressed=True)
            if percent is None
            else MeasureCell(value=percent, suppressed=False)
        ),
        ratings=[
            RatingResult(
                rating=cast(Any, rating),
                label=FFT_RATING_LABELS[rating],
                count=_count(values[rating], rating in hidden),
            )
            for rating in FFT_RATINGS
        ],
    )


def _wellbeing_result(
    borough: str, groups: Sequence[ONS4Group], contributors: int, threshold: int
) -> WellbeingResult:
    reports = sum(group.reports for group in groups)
    hidden = _REPORTS in protect(Node(_REPORTS, reports, contributors), threshold=threshold)
    means: dict[str, MeasureCell] = {}
    for item in ONS4_ITEMS:
        estimate = rr_debias_mean((g.epsilon, g.reports, g.sums[item]) for g in groups)
        # The unbiased estimate can stray outside the scale by chance; publish it clamped.
        shown = None if estimate is None else round(min(10.0, max(0.0, estimate)), 2)
        means[item] = (
            MeasureCell(value=None, suppressed=True)
            if hidden or shown is None
            else MeasureCell(value=shown, suppressed=False)
        )
    return WellbeingResult(
        borough=cast(Any, borough),
        reports=_count(reports, hidden),
        satisfied=means["satisfied"],
        worthwhile=means["worthwhile"],
        happy=means["happy"],
        anxious=means["anxious"],
    )


def build_results(
    *,
    borough: str | None,
    services: Sequence[Mapping[str, Any]],
    surveys: Sequence[Mapping[str, Any]],
    fft: Sequence[FFTTally],
    options: Sequence[OptionTally],
    ons4: Sequence[ONS4Group],
    ons4_contributors: Mapping[str, int],
    data_as_of: datetime | None,
    threshold: int = SUPPRESSION_THRESHOLD,
) -> Results:
    """Assemble `GET /v1/results`.

    `services` and `surveys` are the directory and consultations already narrowed to the
    borough asked for. Every directory service and every borough is listed, with or without
    data, so the mere presence of a row never reveals that somebody contributed.
    Feedback about a service id the directory does not know is shown only London-wide and
    only when enough people stand behind it.
    """
    by_service: dict[str, dict[str | None, FFTTally]] = defaultdict(dict)
    for tally in fft:
        by_service[tally.service_id][tally.rating] = tally

    service_results = [
        _service_result(
            doc["id"], doc["name"], doc["borough"], by_service.get(doc["id"], {}), threshold
        )
        for doc in services
    ]
    if borough is None:
        known = {doc["id"] for doc in services}
        for service_id in sorted(set(by_service) - known):
            total = by_service[service_id].get(None)
            if total is not None and total.contributors >= threshold:
                service_results.append(
                    _service_result(service_id, None, None, by_service[service_id], threshold)
                )

    groups_by_borough: dict[str, list[ONS4Group]] = defaultdict(list)
    for group in ons4:
        groups_by_borough[group.borough].append(group)
    boroughs = [borough] if borough is not None else list(LONDON_BOROUGHS)
    wellbeing = [
        _wellbeing_result(
            name, groups_by_borough.get(name, []), ons4_contributors.get(name, 0), threshold
        )
        for name in boroughs
    ]

    return Results(
        borough=cast(Any, borough),
        suppression_threshold=threshold,
        data_as_of=data_as_of,
        fft_question=FFT_QUESTION,
        surveys=_survey_results(surveys, options, threshold),
        services=service_results,
        wellbeing=wellbeing,
    )
