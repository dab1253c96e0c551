"""Consultations the endpoint publishes, and "You said, we did" answers to them.

These are read by the app and written from the operator console; they change with the
consultation features, not with contributions or the directory, so they have their own module.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from sync.protocol.common import (
    Borough,
    Line,
    Text,
    _Response,
)
from sync.protocol.deliberation import Deliberation


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
    # A deliberative consultation's information pack and the questions asked before and after
    # it (issue #26). Optional: ordinary consultations and older clients are unchanged.
    deliberation: Deliberation | None = None


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
