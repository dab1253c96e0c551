"""The published aggregates (`GET /v1/results`): counts and means, never a single contribution.

Every cell here can be suppressed, so the shapes that disclosure control fills in are kept
together, apart from the models of what is sent.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from sync.protocol.common import (
    Borough,
    FFTRating,
    Line,
    Text,
    _Response,
)


class CountCell(_Response):
    """A count that is `null` with `suppressed: true` when too few contributors stand behind it."""

    value: int | None
    suppressed: bool


class MeasureCell(_Response):
    """A mean or percentage, suppressed like `CountCell`."""

    value: float | None
    suppressed: bool


class OptionResult(_Response):
    option_id: str
    label: Line
    count: CountCell


class QuestionResult(_Response):
    """Counts each contributor once, by their latest choice for the question."""

    question_id: str
    text: Text
    respondents: CountCell
    options: list[OptionResult]


class SurveyResult(_Response):
    survey_id: str
    title: Line
    questions: list[QuestionResult]


class RatingResult(_Response):
    rating: FFTRating
    label: Line
    count: CountCell


class ServiceFeedbackResult(_Response):
    """FFT results for one service; `percent_positive` is (very good + good) / all responses."""

    service_id: Line
    name: Line | None
    borough: Borough | None
    responses: CountCell
    percent_positive: MeasureCell
    ratings: list[RatingResult]


class WellbeingResult(_Response):
    """De-noised ONS4 means (0-10) for one borough, from randomised reports."""

    borough: Borough
    reports: CountCell
    satisfied: MeasureCell
    worthwhile: MeasureCell
    happy: MeasureCell
    anxious: MeasureCell


class OutcomeResult(_Response):
    """What people who went to one kind of service in one borough said (purpose `outcomes`).

    One cell, published alone (no category or borough totals): `people` is the number of
    distinct contributors; `attendance` the sessions they went to, counted from each report's
    bucket's lowest value (so "at least"); the four changes are de-noised mean after-minus-before
    changes (-10..10; for `anxious` a fall is good). All are hidden together when `people` is.
    """

    category: Line  # the directory's code; from a server, so cleaned like any other text
    category_name: Line
    borough: Borough
    people: CountCell
    attendance: CountCell
    satisfied: MeasureCell
    worthwhile: MeasureCell
    happy: MeasureCell
    anxious: MeasureCell


class Results(_Response):
    """Body of `GET /v1/results`: aggregates only, never a single contribution.

    `outcomes` is newer than the rest; an older endpoint leaves it out and it reads as [].
    """

    borough: Borough | None
    suppression_threshold: int
    data_as_of: datetime | None
    fft_question: Line
    surveys: list[SurveyResult]
    services: list[ServiceFeedbackResult]
    wellbeing: list[WellbeingResult]
    outcomes: list[OutcomeResult] = Field(default_factory=list)
