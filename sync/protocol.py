"""Wire models shared by the sync client and the participation endpoint (protocol v1).

Both sides import these classes, so the JSON that leaves a person's computer and the JSON the
endpoint accepts are defined once. The module is deliberately plain: pydantic and the standard
library only (no FastAPI, SQLAlchemy, requests or Qt), so the client can use it offline and the
endpoint can use it without the desktop stack.

Two kinds of model live here:

* **Requests** (what a client sends: `ContributionBatch` and everything inside it) forbid unknown
  fields (`extra="forbid"`). That is a privacy guard as much as a validation rule: a field such
  as `nhs_number` or `name` can never slip through to the store, because the endpoint rejects
  the whole batch instead of silently dropping it.
* **Responses** (what the endpoint returns) ignore unknown fields, so an older client keeps
  working when a newer endpoint adds a field.

Error bodies always have the shape of `ErrorResponse`:
`{"error": {"code": "...", "message": "plain English", "details": [...]}}`.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Annotated, Final, Literal, get_args
from uuid import UUID

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

from sync.untrusted import clean

__all__ = [
    "API_PREFIX",
    "ATTENDANCE_BUCKETS",
    "ATTENDANCE_LOW",
    "FFT_POSITIVE_RATINGS",
    "FFT_QUESTION",
    "FFT_RATINGS",
    "FFT_RATING_LABELS",
    "LONDON_BOROUGHS",
    "MAX_BATCH_ITEMS",
    "MAX_BODY_BYTES",
    "MAX_TEXT_LENGTH",
    "ONS4_CHANGE_LEVELS",
    "ONS4_ITEMS",
    "ONS4_LEVELS",
    "PROTOCOL_VERSION",
    "PURPOSE_FOR_KIND",
    "SUPPRESSION_THRESHOLD",
    "Accessibility",
    "Address",
    "AttendanceBucket",
    "BatchResult",
    "Borough",
    "CategoryCode",
    "ConsultationResponse",
    "ConsultationResponseList",
    "Contribution",
    "ContributionBatch",
    "ContributionBody",
    "ContributionKind",
    "ContributionList",
    "ContributionRecord",
    "ContributorCreated",
    "ContributorRequest",
    "CostOption",
    "CountCell",
    "ErrorDetail",
    "ErrorInfo",
    "ErrorResponse",
    "FFTFeedback",
    "FFTRating",
    "HealthStatus",
    "ItemResult",
    "ItemStatus",
    "Location",
    "MeasureCell",
    "OptionResult",
    "Organization",
    "OutcomeReport",
    "OutcomeResult",
    "Purpose",
    "QuestionResult",
    "RatingResult",
    "Results",
    "Schedule",
    "Service",
    "ServiceAtLocation",
    "ServiceFeedbackResult",
    "ServicePage",
    "Survey",
    "SurveyAnswer",
    "SurveyList",
    "SurveyOption",
    "SurveyQuestion",
    "SurveyResult",
    "TaxonomyTerm",
    "WellbeingONS4",
    "WellbeingResult",
    "WithdrawalResult",
    "rr_keep_probability",
]

PROTOCOL_VERSION: Final = "1"
"""Bumped only for a breaking change; the URL prefix follows it (`/v1`)."""

API_PREFIX: Final = "/v1"

MAX_BATCH_ITEMS: Final = 500
"""Most contributions in one `POST /v1/contributions`; the client splits a longer outbox."""

MAX_BODY_BYTES: Final = 1024 * 1024
"""Default largest request body (1 MiB); larger bodies get 413 before any parsing."""

MAX_TEXT_LENGTH: Final = 2000
"""Longest free-text comment or survey answer, in characters."""

SUPPRESSION_THRESHOLD: Final = 10
"""A published cell needs at least this many distinct contributors, or it is suppressed."""

ONS4_LEVELS: Final = 11
"""ONS4 answers are whole numbers 0..10, so randomised response works over 11 levels."""

ONS4_ITEMS: Final = ("satisfied", "worthwhile", "happy", "anxious")

ONS4_CHANGE_LEVELS: Final = 21
"""A before/after change of one ONS4 item is a whole number -10..10: 21 levels for randomised
response (the client shifts it to 0..20; the endpoint de-biases and shifts back)."""

AttendanceBucket = Literal["1", "2-3", "4-7", "8-15", "16+"]
"""How many sessions a person went to, coarsened so a rare exact count cannot single them out."""

ATTENDANCE_BUCKETS: Final[tuple[str, ...]] = get_args(AttendanceBucket)

ATTENDANCE_LOW: Final[dict[str, int]] = {"1": 1, "2-3": 2, "4-7": 4, "8-15": 8, "16+": 16}
"""The fewest sessions each bucket stands for: the published attendance is a sum of these, so
it says "at least"."""

FFT_QUESTION: Final = "Overall, how was your experience of our service?"
"""The NHS Friends and Family Test question, word for word."""

Purpose = Literal["feedback", "surveys", "wellbeing", "outcomes"]
"""The consent purposes that send data (`directory` only downloads, so it never appears here)."""

ContributionKind = Literal["fft", "survey", "ons4", "outcome"]

PURPOSE_FOR_KIND: Final[dict[str, str]] = {
    "fft": "feedback",
    "survey": "surveys",
    "ons4": "wellbeing",
    "outcome": "outcomes",
}
"""Each body kind belongs to exactly one consent purpose; a mismatch is rejected."""

FFTRating = Literal["very_good", "good", "neither", "poor", "very_poor", "dont_know"]
FFT_RATINGS: Final[tuple[str, ...]] = get_args(FFTRating)
FFT_RATING_LABELS: Final[dict[str, str]] = {
    "very_good": "Very good",
    "good": "Good",
    "neither": "Neither good nor poor",
    "poor": "Poor",
    "very_poor": "Very poor",
    "dont_know": "Don't know",
}
FFT_POSITIVE_RATINGS: Final = frozenset({"very_good", "good"})

Borough = Literal[
    "Barking and Dagenham",
    "Barnet",
    "Bexley",
    "Brent",
    "Bromley",
    "Camden",
    "City of London",
    "Croydon",
    "Ealing",
    "Enfield",
    "Greenwich",
    "Hackney",
    "Hammersmith and Fulham",
    "Haringey",
    "Harrow",
    "Havering",
    "Hillingdon",
    "Hounslow",
    "Islington",
    "Kensington and Chelsea",
    "Kingston upon Thames",
    "Lambeth",
    "Lewisham",
    "Merton",
    "Newham",
    "Redbridge",
    "Richmond upon Thames",
    "Southwark",
    "Sutton",
    "Tower Hamlets",
    "Waltham Forest",
    "Wandsworth",
    "Westminster",
]
"""The 32 London boroughs and the City of London, spelt as the GLA spells them."""

LONDON_BOROUGHS: Final[tuple[str, ...]] = get_args(Borough)

Identifier = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"),
]
"""Ids of services, surveys, questions and options: short and printable, never free text."""

FreeText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT_LENGTH)]

ONS4Score = Annotated[int, Field(ge=0, le=10, strict=True)]
"""Strict: `true` or `"7"` is a client bug, not a score."""

ONS4Change = Annotated[int, Field(ge=-10, le=10, strict=True)]
"""A randomised after-minus-before change of one ONS4 item."""

CategoryCode = Annotated[
    str, StringConstraints(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9-]*$")
]
"""A directory taxonomy term's code (`walking`, `peer-mh`): lower-case letters, digits and
hyphens, at most 32. Never a service id or free text; the endpoint also refuses a code its
directory does not use."""

Epsilon = Annotated[float, Field(ge=0.1, le=10.0, strict=True, allow_inf_nan=False)]

_EARLIEST: Final = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST: Final = datetime(3000, 1, 1, tzinfo=UTC)


def _sane_time(moment: datetime) -> datetime:
    """A time that converts to UTC and lies between 1970 and 3000.

    `9999-12-31T23:59:59-05:00` is valid ISO 8601 but lies past the last moment Python can
    hold in UTC: converting it would overflow in the endpoint (a 500), so it is refused here.
    """
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("the time is too far in the past or future") from None
    if not _EARLIEST <= utc < _LATEST:
        raise ValueError("the time should lie between 1970 and 3000") from None
    return moment


WireTime = Annotated[AwareDatetime, AfterValidator(_sane_time)]
"""A time a client sends: with a zone, convertible to UTC, between 1970 and 3000."""


def rr_keep_probability(epsilon: float, levels: int = ONS4_LEVELS) -> float:
    """Probability that randomised response reports the true value.

    k-ary randomised response with privacy budget `epsilon`: the client reports the true value
    with probability p = e^eps / (e^eps + k - 1), otherwise one of the other k - 1 values chosen
    uniformly. Any single report is then eps-locally differentially private. The client uses
    this to randomise; the endpoint uses the same p to de-noise the aggregate, so the formula
    lives here, once.
    """
    if not math.isfinite(epsilon) or epsilon <= 0:
        raise ValueError("epsilon must be a positive finite number")
    if levels < 2:
        raise ValueError("randomised response needs at least two levels")
    weight = math.exp(epsilon)
    return weight / (weight + levels - 1)


class _Request(BaseModel):
    """Base of everything a client sends: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class _Response(BaseModel):
    """Base of everything the endpoint returns: unknown fields are ignored (forward compatible)."""

    model_config = ConfigDict(extra="ignore", frozen=True)


def _shown(limit: int, *, lines: bool = False) -> AfterValidator:
    """Server text a person may see: cleaned by `sync.untrusted.clean` when the reply is
    validated with `context=sync.untrusted.UNTRUSTED` (the client does, for every reply and for
    every copy it reads back from the vault). The endpoint builds these models without that
    context, so what it serves is exactly what it stored."""

    def check(value: str, info: ValidationInfo) -> str:
        if isinstance(info.context, dict) and info.context.get("untrusted"):
            return clean(value, limit, lines=lines)
        return value

    return AfterValidator(check)


Line = Annotated[str, _shown(200)]
"""A name, label, title or address line from a server: one line, at most 200 characters."""

Message = Annotated[str, _shown(300)]
"""A server's error message: one line, at most 300 characters."""

Text = Annotated[str, _shown(4000, lines=True)]
"""A description or question from a server: line breaks kept, at most 4000 characters."""


# --- contributions (client -> endpoint) ---------------------------------------------------


class ContributorRequest(_Request):
    """Optional body of `POST /v1/contributors`: empty on purpose.

    A contributor is created from nothing. Sending a name, an NHS number or any other field
    is refused with 422, so no client can attach identity by mistake.
    """


class FFTFeedback(_Request):
    """Friends and Family Test answer about one directory service (purpose `feedback`)."""

    kind: Literal["fft"] = "fft"
    service_id: Identifier
    rating: FFTRating
    comment: FreeText | None = None


class SurveyAnswer(_Request):
    """An answer to one consultation question (purpose `surveys`).

    A single-choice answer sets `option_id`; `text` carries an optional free-text remark. At
    least one of the two must be present. The endpoint checks the ids against its surveys.
    """

    kind: Literal["survey"] = "survey"
    survey_id: Identifier
    question_id: Identifier
    option_id: Identifier | None = None
    text: FreeText | None = None

    @model_validator(mode="after")
    def _has_an_answer(self) -> SurveyAnswer:
        if self.option_id is None and self.text is None:
            raise ValueError("an answer needs option_id, text, or both")
        return self


class WellbeingONS4(_Request):
    """ONS4 personal wellbeing scores, already randomised on the person's computer.

    Each score is the output of randomised response with budget `epsilon` (see
    `rr_keep_probability`); the endpoint never sees the true answers and only publishes
    de-noised borough means.
    """

    kind: Literal["ons4"] = "ons4"
    borough: Borough
    satisfied: ONS4Score
    worthwhile: ONS4Score
    happy: ONS4Score
    anxious: ONS4Score
    epsilon: Epsilon


class OutcomeReport(_Request):
    """What social-prescribing support did, for one kind of service in one borough
    (purpose `outcomes`).

    `category` is the directory's taxonomy code of the service the person went to (never the
    service id), `borough` the service's borough, `attended` a bucket of sessions, and each
    ONS4 field the after-minus-before change of that item (-10..10), already randomised on the
    person's computer by k-ary randomised response over 21 levels with budget `epsilon`.
    """

    kind: Literal["outcome"] = "outcome"
    category: CategoryCode
    borough: Borough
    attended: AttendanceBucket
    satisfied: ONS4Change
    worthwhile: ONS4Change
    happy: ONS4Change
    anxious: ONS4Change
    epsilon: Epsilon


ContributionBody = Annotated[
    FFTFeedback | SurveyAnswer | WellbeingONS4 | OutcomeReport,
    Field(discriminator="kind"),
]


class Contribution(_Request):
    """One outbox item. `id` is the idempotency key: resending it never stores it twice."""

    id: UUID
    purpose: Purpose
    created_at: WireTime
    body: ContributionBody

    @model_validator(mode="after")
    def _purpose_matches_kind(self) -> Contribution:
        expected = PURPOSE_FOR_KIND[self.body.kind]
        if self.purpose != expected:
            raise ValueError(
                f"a {self.body.kind!r} contribution belongs to purpose {expected!r}, "
                f"not {self.purpose!r}"
            )
        return self


class ContributionBatch(_Request):
    """Body of `POST /v1/contributions`: 1 to `MAX_BATCH_ITEMS` contributions.

    The endpoint validates the whole batch before writing anything and stores it in one
    transaction, so a batch is either fully processed or not at all.
    """

    items: Annotated[list[Contribution], Field(min_length=1, max_length=MAX_BATCH_ITEMS)]


# --- contributions (endpoint -> client) ---------------------------------------------------


class ContributorCreated(_Response):
    """Answer to `POST /v1/contributors`. Keep `token` secret; the endpoint stores only its hash."""

    contributor_id: str
    token: str


ItemStatus = Literal["accepted", "duplicate"]


class ItemResult(_Response):
    """What happened to one contribution: newly stored, or already there (a safe retry)."""

    id: UUID
    status: ItemStatus


class BatchResult(_Response):
    """Answer to `POST /v1/contributions`; `items` follow the order of the request."""

    accepted: int
    duplicate: int
    items: list[ItemResult]


class ContributionRecord(_Response):
    """Ledger line for `GET /v1/contributors/me/contributions`: what, when; never contents."""

    id: UUID
    purpose: Purpose
    kind: ContributionKind
    created_at: datetime
    received_at: datetime


class ContributionList(_Response):
    contributor_id: str
    items: list[ContributionRecord]


class WithdrawalResult(_Response):
    """Answer to `DELETE /v1/contributors/me`: the contributor and its data are gone."""

    deleted_contributions: int


class ErrorDetail(_Response):
    """One problem in a request, e.g. location `items[3].body.rating`."""

    location: Line
    problem: Message


class ErrorInfo(_Response):
    code: Line
    message: Message
    details: list[ErrorDetail] = Field(default_factory=list)


class ErrorResponse(_Response):
    """Body of every 4xx/5xx answer."""

    error: ErrorInfo


class HealthStatus(_Response):
    status: Literal["ok"]
    protocol_version: str


# --- community-services directory (Open Referral UK 3.0 shape) ----------------------------


class TaxonomyTerm(_Response):
    id: str
    code: Line
    name: Line
    vocabulary: Line
    description: Text | None = None


class Organization(_Response):
    id: str
    name: Line
    description: Text | None = None
    website: Line | None = None
    email: Line | None = None


class Address(_Response):
    id: str
    address_1: Line
    address_2: Line | None = None
    city: Line
    state_province: Line | None = None
    postal_code: Line
    country: Line = "GB"
    address_type: Line = "physical"


class Accessibility(_Response):
    """What a place does for disabled visitors (HSDS 3.0 `accessibility`)."""

    id: str
    description: Text | None = None
    details: Text | None = None


class Location(_Response):
    id: str
    location_type: Line = "physical"
    name: Line | None = None
    latitude: float | None = None
    longitude: float | None = None
    transportation: Text | None = None  # how to get there (HSDS 3.0)
    addresses: list[Address] = Field(default_factory=list)
    accessibility: list[Accessibility] = Field(default_factory=list)


class ServiceAtLocation(_Response):
    id: str
    location: Location


class Schedule(_Response):
    """When a service runs, in the iCalendar-like terms HSDS 3.0 uses (freq, byday, times)."""

    id: str
    freq: Line | None = None
    byday: Line | None = None
    opens_at: Line | None = None
    closes_at: Line | None = None
    description: Text | None = None


class CostOption(_Response):
    """What going costs (HSDS 3.0 `cost_option`): an amount of 0 is free."""

    id: str
    option: Line | None = None
    amount: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    currency: Line | None = None
    amount_description: Text | None = None


class Service(_Response):
    """An Open Referral UK 3.0 service, plus `borough` (our extension for London filtering)."""

    id: str
    name: Line
    description: Text | None = None
    url: Line | None = None
    email: Line | None = None
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    last_modified: datetime
    borough: Borough
    organization: Organization
    service_at_locations: list[ServiceAtLocation] = Field(default_factory=list)
    taxonomy_terms: list[TaxonomyTerm] = Field(default_factory=list)
    schedules: list[Schedule] = Field(default_factory=list)
    cost_options: list[CostOption] = Field(default_factory=list)


class ServicePage(_Response):
    """One page of services, in the Open Referral UK paged-result shape."""

    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[Service]


# --- consultations ------------------------------------------------------------------------


class SurveyOption(_Response):
    id: str
    label: Line


class SurveyQuestion(_Response):
    """A single-choice question; `allow_text` says whether a free-text remark is invited.

    A multiple-choice question travels as one yes-only question per option, all carrying the
    question's words in `group` (optional, newer than the rest): each option is then counted
    and suppressed on its own, with no total across them, so nothing can be narrowed by
    subtraction. A client that knows `group` shows them as tick boxes under one heading; an
    older one shows each as a question with a single "Yes", which still answers it.
    """

    id: str
    text: Text
    options: list[SurveyOption]
    allow_text: bool = False
    group: Text | None = None


class Survey(_Response):
    """An open consultation. `boroughs` empty means it is for all of London."""

    id: str
    title: Line
    description: Text
    closes_on: date
    boroughs: list[Borough] = Field(default_factory=list)
    questions: list[SurveyQuestion]
    # Who asks (a directory organisation's name; consultations from the console carry it).
    # Optional, so older servers' consultations and older clients both keep working.
    organisation: Line | None = None


class SurveyList(_Response):
    surveys: list[Survey]


class ConsultationResponse(_Response):
    """"You said, we did": what an organisation did after a consultation closed (public)."""

    id: str
    survey_id: str
    survey_title: Line
    organisation: Line
    title: Line
    body: Text
    published_on: date


class ConsultationResponseList(_Response):
    responses: list[ConsultationResponse]


# --- published results (aggregates only) --------------------------------------------------


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
