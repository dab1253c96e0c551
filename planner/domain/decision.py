"""Deciding together (NICE NG197): a decision the person is facing, its options, and how it went.

Every decision keeps a "not doing anything for now" option, because NG197 and every NICE
decision aid name it as a real choice; the model puts it back whenever it is missing, so no
edit, import or restore can take it away (`_keep_nothing`). Its id is derived from the
decision's, so putting it back is the same option each time, and a leaning towards it or a
decision for it keeps pointing at it.

What an option would mean for the person is written against the items of "What matters to
me" (the plan's `what_matters`, which have no ids: the decision keeps the item's words, as
the person sees them). The collaboRATE answers are kept per appointment, scored as its
authors publish (`planner.services.decisions.collaborate_summary`).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Self
from uuid import UUID, uuid4, uuid5

from pydantic import Field, ValidationInfo, field_validator, model_validator

from planner.domain.base import LongText, Model, ShortText

__all__ = [
    "ASK_3_QUESTIONS",
    "BRAN_QUESTIONS",
    "NOTHING_FOR_NOW",
    "Certainty",
    "Collaborate",
    "ConversationNote",
    "Decision",
    "DecisionOption",
    "DecisionOutcome",
    "OptionEffect",
    "nothing_id",
]

NOTHING_FOR_NOW = "Not doing anything for now"
_NOTHING_NAMESPACE = UUID("0c6c3a52-5b0e-4e57-9d4a-1b25c2f1d8a7")

# NHS England / Advancing Quality Alliance "Ask 3 Questions" (patient wording).
ASK_3_QUESTIONS = (
    "What are my options?",
    "What are the pros and cons of each option for me?",
    "How do I get support to help me make a decision that is right for me?",
)
# BRAN (Choosing Wisely UK): Benefits, Risks, Alternatives, doing Nothing.
BRAN_QUESTIONS = (
    "What are the benefits?",
    "What are the risks?",
    "What are the alternatives?",
    "What if I do nothing?",
)

# collaboRATE (Elwyn, Barr et al., 2013), patient version: three items, each 0 (no effort was
# made) to 9 (every effort was made). Freely usable (CC BY-NC-ND 3.0), not to be modified.
COLLABORATE_ITEMS = (
    "How much effort was made to help you understand your health issues?",
    "How much effort was made to listen to the things that matter most to you about your "
    "health issues?",
    "How much effort was made to include what matters most to you in choosing what to do "
    "next?",
)


def nothing_id(decision_id: UUID) -> UUID:
    """The id of a decision's "not doing anything for now" option: the same every time."""
    return uuid5(_NOTHING_NAMESPACE, str(decision_id))


class Certainty(StrEnum):
    """How sure the person feels about their leaning (the SURE test's plain words)."""

    UNSURE = "unsure"
    FAIRLY_SURE = "fairly-sure"
    SURE = "sure"


class OptionEffect(Model):
    """What an option would mean for one item of "What matters to me", in the person's words."""

    what_matters: ShortText
    meaning: LongText


class DecisionOption(Model):
    id: UUID = Field(default_factory=uuid4)
    title: ShortText
    benefits: LongText = ""
    risks: LongText = ""
    effects: tuple[OptionEffect, ...] = Field(default=(), max_length=20)
    is_nothing: bool = False


class ConversationNote(Model):
    on: date
    with_whom: str = Field(default="", max_length=200)
    text: LongText


class Collaborate(Model):
    """One appointment's collaboRATE answers (0-9 each)."""

    on: date
    appointment_id: UUID | None = None
    understand: int = Field(ge=0, le=9)
    listen: int = Field(ge=0, le=9)
    include: int = Field(ge=0, le=9)

    @property
    def answers(self) -> tuple[int, int, int]:
        return (self.understand, self.listen, self.include)

    @property
    def top(self) -> bool:
        """The published "top score": all three items answered 9."""
        return self.answers == (9, 9, 9)

    @property
    def total(self) -> int:
        """The sum of the three answers; the published mean is total / 3 (kept exact)."""
        return sum(self.answers)


class DecisionOutcome(Model):
    option_id: UUID
    decided_on: date
    with_whom: str = Field(default="", max_length=200)
    note: LongText = ""


class Decision(Model):
    id: UUID = Field(default_factory=uuid4)
    question: ShortText
    created_on: date
    options: tuple[DecisionOption, ...] = Field(default=(), max_length=12)
    what_matters: tuple[ShortText, ...] = Field(default=(), max_length=30)
    aid_title: str = Field(default="", max_length=300)
    aid_url: str = Field(default="", max_length=500)
    leaning_id: UUID | None = None
    certainty: Certainty | None = None
    notes: tuple[ConversationNote, ...] = Field(default=(), max_length=200)
    appointment_ids: tuple[UUID, ...] = Field(default=(), max_length=50)
    outcome: DecisionOutcome | None = None
    collaborate: tuple[Collaborate, ...] = Field(default=(), max_length=100)

    @field_validator("options", mode="after")
    @classmethod
    def _keep_nothing(
        cls, options: tuple[DecisionOption, ...], info: ValidationInfo
    ) -> tuple[DecisionOption, ...]:
        """Put "not doing anything for now" back if it is missing (see the module). A field
        check after validation, so JSON and Python input take the same path; `id` is
        declared first, so it is known here."""
        decision_id = info.data.get("id")
        if not isinstance(decision_id, UUID) or any(o.is_nothing for o in options):
            return options
        nothing = DecisionOption(
            id=nothing_id(decision_id), title=NOTHING_FOR_NOW, is_nothing=True
        )
        return (*options, nothing)

    @model_validator(mode="after")
    def _check(self) -> Self:
        ids = [o.id for o in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError("two options have the same id")
        nothing = [o for o in self.options if o.is_nothing]
        if len(nothing) != 1:
            raise ValueError('a decision has one "not doing anything for now" option')
        if nothing[0].id != nothing_id(self.id):
            raise ValueError('the "not doing anything for now" option has the wrong id')
        titles = [o.title.casefold() for o in self.options]
        if len(set(titles)) != len(titles):
            raise ValueError("two options have the same name")
        if self.leaning_id is not None and self.leaning_id not in ids:
            raise ValueError("the leaning is towards an option this decision does not have")
        if self.outcome is not None:
            if self.outcome.option_id not in ids:
                raise ValueError("the decision made is not one of its options")
            if self.outcome.decided_on < self.created_on:
                raise ValueError("the decision is made before it was written down")
        linked = set(self.what_matters)
        for option in self.options:
            for effect in option.effects:
                if effect.what_matters not in linked:
                    raise ValueError(
                        "an option speaks of a 'what matters to me' item the decision is not "
                        "linked to"
                    )
        if len(set(self.appointment_ids)) != len(self.appointment_ids):
            raise ValueError("the same appointment is linked twice")
        if self.aid_url and not self.aid_url.startswith("https://"):
            raise ValueError("a decision aid's address starts with https://")
        return self

    @property
    def nothing(self) -> DecisionOption:
        return next(o for o in self.options if o.is_nothing)

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    def option(self, option_id: UUID) -> DecisionOption:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    def option_named(self, title: str) -> DecisionOption:
        """The option whose title is `title` (case ignored); KeyError if none."""
        wanted = title.strip().casefold()
        for option in self.options:
            if option.title.casefold() == wanted:
                return option
        raise KeyError(title)

    def without_option(self, option_id: UUID) -> Decision:
        """The decision without that option; "not doing anything for now" cannot be removed."""
        if option_id == self.nothing.id:
            raise ValueError('"not doing anything for now" is always an option')
        kept = tuple(o for o in self.options if o.id != option_id)
        changes: dict[str, Any] = {"options": tuple(o.model_dump() for o in kept)}
        if self.leaning_id == option_id:
            changes["leaning_id"] = None
        return self.edit(**changes)
