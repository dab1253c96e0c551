"""Constants, value types and base classes that every part of the wire protocol uses.

They sit apart from the models so each area's module (contributions, directory, consultations,
results) reads top to bottom with only its own classes, while the limits and the rules for what
a client may send or a server may show are defined once.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Annotated, Final, Literal, get_args

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
)

from sync.untrusted import clean

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

ContributionKind = Literal["fft", "survey", "ons4", "outcome", "budget", "deliberation"]

PURPOSE_FOR_KIND: Final[dict[str, str]] = {
    "fft": "feedback",
    "survey": "surveys",
    "ons4": "wellbeing",
    "outcome": "outcomes",
    "budget": "surveys",
    "deliberation": "surveys",
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
