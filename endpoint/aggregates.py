"""Published results: aggregates only, shaped into the protocol's `Results`.

Nothing here touches the database or HTTP; `endpoint.store` supplies tallies and this module turns
them into tables. Which cells of a table may be shown is decided by `endpoint.disclosure`, the
one disclosure-control module; here each table is described to it as a tree of sums:

* FFT per service: responses = (very good + good) + neither + poor + very poor + don't know,
  where (very good + good) is what `percent_positive` reveals. One person may rate a service
  more than once, so the leaves overlap and people are counted by lower bounds.
* a survey question: respondents = the sum of its options (one latest answer per person).
* wellbeing per borough: the number of reports, alone; its means are shown only with it.
* outcomes per (service category, borough): the number of people, alone; attendance and the
  mean changes are shown only with it. Each cell is its own one-node table: no category or
  borough totals are published, because cells with margins make a two-way table, which
  `endpoint.disclosure` refuses on purpose.

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
    ONS4_CHANGE_LEVELS,
    ONS4_ITEMS,
    ONS4_LEVELS,
    SUPPRESSION_THRESHOLD,
    CountCell,
    MeasureCell,
    OptionResult,
    OutcomeResult,
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
    "OutcomeGroup",
    "build_results",
    "directory_categories",
    "rr_debias_change",
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


@dataclass(frozen=True, slots=True)
class OutcomeGroup:
    """Sums of randomised outcome reports sharing a category, a borough and an epsilon.

    `sums` are of the reported changes (-10..10); `attendance` of each bucket's lowest value."""

    category: str
    borough: str
    epsilon: float
    reports: int
    attendance: int
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


def rr_debias_change(groups: Iterable[tuple[float, int, int]]) -> float | None:
    """Unbiased mean change (-10..10) from randomised changes: `rr_debias_mean` over 21 levels.

    The client randomises the change c as the level c + 10 in {0..20}; the sum of levels of n
    reports is the sum of changes + 10n, and the de-biased mean level minus 10 is the mean
    change (both steps are linear, so unbiasedness carries over).
    """
    half = ONS4_CHANGE_LEVELS // 2
    estimate = rr_debias_mean(
        ((epsilon, n, total + half * n) for epsilon, n, total in groups), ONS4_CHANGE_LEVELS
    )
    return None if estimate is None else estimate - half


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


_PEOPLE = "#people"


def _outcome_result(
    category: str, name: str, borough: str, groups: Sequence[OutcomeGroup], people: int,
    threshold: int,
) -> OutcomeResult:
    """One (category, borough) cell: its own single-node table for `protect`."""
    hidden = _PEOPLE in protect(Node(_PEOPLE, people, people), threshold=threshold)
    changes: dict[str, MeasureCell] = {}
    for item in ONS4_ITEMS:
        estimate = rr_debias_change((g.epsilon, g.reports, g.sums[item]) for g in groups)
        # As with wellbeing, the unbiased estimate may stray past the scale; publish it clamped.
        shown = None if estimate is None else round(min(10.0, max(-10.0, estimate)), 2)
        changes[item] = (
            MeasureCell(value=None, suppressed=True)
            if hidden or shown is None
            else MeasureCell(value=shown, suppressed=False)
        )
    return OutcomeResult(
        category=category,
        category_name=name,
        borough=cast(Any, borough),
        people=_count(people, hidden),
        attendance=_count(sum(g.attendance for g in groups), hidden),
        satisfied=changes["satisfied"],
        worthwhile=changes["worthwhile"],
        happy=changes["happy"],
        anxious=changes["anxious"],
    )


def _outcome_results(
    borough: str | None,
    categories: Mapping[str, str],
    offered: Iterable[tuple[str, str]],
    groups: Sequence[OutcomeGroup],
    people: Mapping[tuple[str, str], int],
    threshold: int,
) -> list[OutcomeResult]:
    """The cells the directory offers (a category with a service in that borough), with or
    without data, plus any other known category's cell that 10 or more people stand behind;
    so a row's presence says no more than its published count."""
    by_cell: dict[tuple[str, str], list[OutcomeGroup]] = defaultdict(list)
    for group in groups:
        by_cell[(group.category, group.borough)].append(group)
    cells = set(offered)
    cells |= {cell for cell, n in people.items() if n >= threshold}
    return [
        _outcome_result(category, categories[category], place, by_cell.get((category, place), []),
                        people.get((category, place), 0), threshold)
        for category, place in sorted(cells)
        if category in categories and (borough is None or place == borough)
    ]


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
    outcomes: Sequence[OutcomeGroup] = (),
    outcome_people: Mapping[tuple[str, str], int] | None = None,
    categories: Mapping[str, str] | None = None,
) -> Results:
    """Assemble `GET /v1/results`.

    `services` and `surveys` are the directory and consultations already narrowed to the
    borough asked for. Every directory service and every borough is listed, with or without
    data, so the mere presence of a row never reveals that somebody contributed.
    Feedback about a service id the directory does not know is shown only London-wide and
    only when enough people stand behind it.
    `categories` maps the directory's taxonomy codes to their names; outcome cells are listed
    for each (category, borough) the directory's `services` offer (see `_outcome_results`).
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

    if categories is None:
        categories = directory_categories(services)
    offered = {
        (str(term["code"]), str(doc["borough"]))
        for doc in services
        for term in doc.get("taxonomy_terms") or ()
        if term.get("code")
    }
    return Results(
        borough=cast(Any, borough),
        suppression_threshold=threshold,
        data_as_of=data_as_of,
        fft_question=FFT_QUESTION,
        surveys=_survey_results(surveys, options, threshold),
        services=service_results,
        wellbeing=wellbeing,
        outcomes=_outcome_results(
            borough, categories, offered, outcomes, outcome_people or {}, threshold
        ),
    )


def directory_categories(services: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Taxonomy code -> name over the directory's services (the first name met wins)."""
    names: dict[str, str] = {}
    for doc in services:
        for term in doc.get("taxonomy_terms") or ():
            if term.get("code"):
                names.setdefault(str(term["code"]), str(term.get("name") or term["code"]))
    return names
