"""Published results: aggregates only, with small-number suppression and de-noised ONS4 means.

Nothing here touches the database or HTTP; `store.py` supplies tallies and this module turns
them into the protocol's `Results`, so the privacy rules can be read (and tested) in one place.

Suppression rules
-----------------
* Primary: a cell built from fewer than `SUPPRESSION_THRESHOLD` (10) distinct contributors is
  published as `{"value": null, "suppressed": true}`. The raw count is never sent, not even
  as "fewer than 10". A count of zero is suppressed too: "nobody" is a small number.
* Secondary: in a group of cells whose total is published (the options of a question, the
  positive and the other FFT ratings of a service), a single suppressed cell could be recovered
  by subtraction, so the smallest other cell of that group is suppressed as well.

What this does not defend against (documented so nobody relies on it): differencing between
two downloads taken before and after one person's contribution, and one person registering
many contributor ids. Randomised response protects ONS4 answers even then; the other purposes
rely on the threshold and on the endpoint being run by a trusted operator.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

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
    "count_cell",
    "measure_cell",
    "rr_debias_mean",
    "suppress_group",
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


def count_cell(value: int, contributors: int, threshold: int = SUPPRESSION_THRESHOLD) -> CountCell:
    """A published count, or a suppressed one when too few people stand behind it."""
    if contributors < threshold:
        return CountCell(value=None, suppressed=True)
    return CountCell(value=value, suppressed=False)


def measure_cell(
    value: float | None, contributors: int, threshold: int = SUPPRESSION_THRESHOLD
) -> MeasureCell:
    """A published mean or percentage, suppressed like `count_cell`."""
    if value is None or contributors < threshold:
        return MeasureCell(value=None, suppressed=True)
    return MeasureCell(value=value, suppressed=False)


def suppress_group(
    values: Mapping[str, int], contributors: Mapping[str, int], threshold: int
) -> set[str]:
    """Keys to suppress in a group of cells whose total is published.

    Primary suppression first; then, if exactly one cell is hidden, hide the smallest other one
    so the hidden value cannot be worked out as "total minus the rest". Ties break by the
    group's order, so the outcome is deterministic.
    """
    hidden = {key for key in values if contributors.get(key, 0) < threshold}
    if len(hidden) == 1 and len(values) > 1:
        order = list(values)
        visible = [key for key in order if key not in hidden]
        hidden.add(min(visible, key=lambda key: (values[key], order.index(key))))
    return hidden


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
            respondents_cell = count_cell(respondents, respondents, threshold)
            if respondents_cell.suppressed:
                hidden = set(counts)
            else:
                hidden = suppress_group(counts, counts, threshold)
            questions.append(
                QuestionResult(
                    question_id=question["id"],
                    text=question["text"],
                    respondents=respondents_cell,
                    options=[
                        OptionResult(
                            option_id=option["id"],
                            label=option["label"],
                            count=(
                                CountCell(value=None, suppressed=True)
                                if option["id"] in hidden
                                else CountCell(value=counts[option["id"]], suppressed=False)
                            ),
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
    responses = count_cell(total.responses, total.contributors, threshold)
    values = {rating: getattr(tallies.get(rating), "responses", 0) for rating in FFT_RATINGS}
    people = {rating: getattr(tallies.get(rating), "contributors", 0) for rating in FFT_RATINGS}
    if responses.suppressed:
        hidden = set(FFT_RATINGS)
        percent: float | None = None
    else:
        # percent_positive publishes (very good + good), so both halves have known totals.
        positive = {r: values[r] for r in FFT_RATINGS if r in FFT_POSITIVE_RATINGS}
        others = {r: values[r] for r in FFT_RATINGS if r not in FFT_POSITIVE_RATINGS}
        hidden = suppress_group(positive, people, threshold) | suppress_group(
            others, people, threshold
        )
        percent = round(100.0 * sum(positive.values()) / total.responses, 1)
    return ServiceFeedbackResult(
        service_id=service_id,
        name=name,
        borough=cast(Any, borough),
        responses=responses,
        percent_positive=measure_cell(percent, total.contributors, threshold),
        ratings=[
            RatingResult(
                rating=cast(Any, rating),
                label=FFT_RATING_LABELS[rating],
                count=(
                    CountCell(value=None, suppressed=True)
                    if rating in hidden
                    else CountCell(value=values[rating], suppressed=False)
                ),
            )
            for rating in FFT_RATINGS
        ],
    )


def _wellbeing_result(
    borough: str, groups: Sequence[ONS4Group], contributors: int, threshold: int
) -> WellbeingResult:
    reports = sum(group.reports for group in groups)
    means: dict[str, MeasureCell] = {}
    for item in ONS4_ITEMS:
        estimate = rr_debias_mean((g.epsilon, g.reports, g.sums[item]) for g in groups)
        # The unbiased estimate can stray outside the scale by chance; publish it clamped.
        shown = None if estimate is None else round(min(10.0, max(0.0, estimate)), 2)
        means[item] = measure_cell(shown, contributors, threshold)
    return WellbeingResult(
        borough=cast(Any, borough),
        reports=count_cell(reports, contributors, threshold),
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
