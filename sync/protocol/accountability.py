"""Accountability and help at the community centre, on the wire (issue #26, points 4 and 5).

"You said, we did" commitments carry a status, milestones and dated updates; the app caches
them with the `surveys` consent (a conditional GET like surveys and responses) and shows those
of consultations the person answered. Redeeming a helper's one-time code starts an assisted
session; the reply says only whether the code was good and how long the session may last, and
names no helper. Channel counts (how many took part online, with a helper, or on paper) are
published per consultation under the same k >= 10 rule as every other figure.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from sync.protocol.common import Line, Text, _Request, _Response
from sync.protocol.results import CountCell, SurveyResult

CommitmentStatus = Literal["planned", "in_progress", "done", "dropped"]
COMMITMENT_STATUSES: tuple[str, ...] = ("planned", "in_progress", "done", "dropped")
Percent = Annotated[int, Field(ge=0, le=100, strict=True)]
ASSISTED_SESSION_MINUTES = 30
"""An assisted session ends after this long, or earlier when the person leaves."""


class Milestone(_Response):
    title: Line
    due_on: date | None = None
    done: bool = False


class CommitmentUpdate(_Response):
    """One dated step: what happened, and the percentage and status from that day on."""

    on: date
    percent: Percent
    status: CommitmentStatus
    text: Text


class Commitment(_Response):
    """A promise made in a "you said, we did" response, and how far it has got."""

    id: str
    response_id: str
    survey_id: str
    organisation: Line
    title: Line
    status: CommitmentStatus
    percent: Percent
    milestones: list[Milestone] = Field(default_factory=list)
    updates: list[CommitmentUpdate] = Field(default_factory=list)


class CommitmentList(_Response):
    commitments: list[Commitment]


HelperCode = Annotated[str, StringConstraints(pattern=r"^[0-9A-Z]{8}$")]


class AssistedCodeRequest(_Request):
    """Body of `POST /v1/assisted-sessions`: the one-time code the helper read from the console."""

    code: HelperCode


class AssistedSessionGranted(_Response):
    """The code was good (and is now spent): an assisted session may start on this PC."""

    minutes: int = ASSISTED_SESSION_MINUTES


class ChannelCounts(_Response):
    """How people took part in one consultation: a tree (the total over its three channels)
    under the k >= 10 rule, so a channel of fewer than 10 people is never shown."""

    survey_id: str
    title: Line
    total: CountCell
    online: CountCell
    assisted: CountCell
    paper: CountCell


class ChannelCountsList(_Response):
    """`paper` holds the answers typed in from paper forms, per consultation, in the shape of
    `Results.surveys` and under the same rule (each question its own tree)."""

    suppression_threshold: int
    consultations: list[ChannelCounts]
    paper: list[SurveyResult] = Field(default_factory=list)
