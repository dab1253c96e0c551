"""Deliberative consultations (issue #26, point 2): an information pack read between two
askings of the same questions, and the published shift between the answers.

The pack travels inside the consultation (`Survey.deliberation`), so the app caches it with the
survey and the person can read it offline. A person's before and after answers to one question
travel as ONE contribution (`DeliberationAnswer`), sent only when both were given: the shift is
a property of the pair, and a lone half would be counted nowhere.

What is published per question: the answers before and the answers after of the people who read
the pack, as two tables over the same people, and how many skipped the pack; never how each
person moved (endpoint/deliberation.py says why, docs/PRIVACY.md in plain words).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from sync.protocol.common import Identifier, Line, Text, _Request, _Response

__all__ = [
    "Deliberation",
    "DeliberationAnswer",
    "DeliberationResults",
    "InformationPack",
    "OptionPeople",
    "PackBar",
    "PackFigure",
    "PackSection",
    "PairedResult",
    "derived_shift",
]


class PackSection(_Response):
    heading: Line
    body: Text


class PackBar(_Response):
    label: Line
    value: float


class PackFigure(_Response):
    """A bar chart as data, not a picture: readable by a screen reader and at any text size."""

    title: Line
    unit: Line = ""
    caption: Text = ""
    bars: list[PackBar] = Field(default_factory=list)


class InformationPack(_Response):
    title: Line
    sections: list[PackSection] = Field(default_factory=list)
    figures: list[PackFigure] = Field(default_factory=list)


class Deliberation(_Response):
    """The pack, and the single-choice questions asked before and again after it."""

    pack: InformationPack
    paired: list[Identifier] = Field(default_factory=list)


class DeliberationAnswer(_Request):
    """One question's answer before and after the pack (purpose `surveys`).

    `read_pack` is False when the person pressed "Skip reading": their pair is counted apart,
    as one number, and never in the shift of those who read.
    """

    kind: Literal["deliberation"] = "deliberation"
    survey_id: Identifier
    question_id: Identifier
    before: Identifier
    after: Identifier
    read_pack: bool


class OptionPeople(_Response):
    """People who chose `option_id` (None: hidden, fewer than 10 or protecting another)."""

    option_id: str
    people: int | None


class PairedResult(_Response):
    """One paired question, among the people who read the pack and answered both times.

    `before` and `after` are two tables over the same `respondents`; how each person moved
    between them is never published (see `derived_shift`). `skipped_pack` is the people who
    pressed "Skip reading": one number, a table of its own.
    """

    question_id: str
    respondents: int | None
    before: list[OptionPeople]
    after: list[OptionPeople]
    skipped_pack: int | None


class DeliberationResults(_Response):
    survey_id: str
    data_as_of: datetime | None = None
    questions: list[PairedResult]


def derived_shift(result: PairedResult) -> dict[str, tuple[int, int] | None]:
    """Per option: (people choosing it before, after), or None when either is hidden.

    The change is the difference of two published figures, never a figure of its own: a
    published change next to a hidden "before" would give the hidden one away.
    """
    after = {cell.option_id: cell.people for cell in result.after}
    shift: dict[str, tuple[int, int] | None] = {}
    for cell in result.before:
        later = after.get(cell.option_id)
        shift[cell.option_id] = (
            None if cell.people is None or later is None else (cell.people, later)
        )
    return shift
