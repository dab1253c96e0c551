"""What a client sends (`ContributionBatch` and everything inside it) and what the endpoint
answers about it: receipts, the ledger, withdrawal, error bodies and the health check.

The request half forbids unknown fields (see `sync.protocol`): this is where a field such as
`nhs_number` would be refused, so it is kept together and short enough to read in one go.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, model_validator

from sync.protocol.budgets import BudgetBallot
from sync.protocol.common import (
    MAX_BATCH_ITEMS,
    PURPOSE_FOR_KIND,
    AttendanceBucket,
    Borough,
    CategoryCode,
    ContributionKind,
    Epsilon,
    FFTRating,
    FreeText,
    Identifier,
    Line,
    Message,
    ONS4Change,
    ONS4Score,
    Purpose,
    WireTime,
    _Request,
    _Response,
)
from sync.protocol.deliberation import DeliberationAnswer

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
    # Given in an assisted session at a community centre (issue #26): counted as "assisted",
    # never linked to the helper. Left out of the JSON when false, so the preview and older
    # endpoints see exactly what they saw before.
    assisted: bool = Field(default=False, strict=True, exclude_if=lambda value: not value)

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
    FFTFeedback | SurveyAnswer | WellbeingONS4 | OutcomeReport | BudgetBallot
    | DeliberationAnswer,
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
