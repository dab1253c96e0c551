"""The personalised care and support plan (NHS England's PCSP shape).

One current plan per profile. The plan is saved as a whole, and every save keeps the previous
version: people revisit "what did we agree last time?" at reviews, and a GP may ask what changed.
Goals live in their own aggregate (their status changes daily); the plan refers to them by id.
"""

from datetime import date
from uuid import UUID, uuid4

from pydantic import Field

from planner.domain.base import AwareDatetime, LongText, Model, ShortText, now
from planner.domain.recurrence import Recurrence


class Action(Model):
    """Something the person (or a supporter) will do, once or on a repeat."""

    id: UUID = Field(default_factory=uuid4)
    text: ShortText
    goal_id: UUID | None = None
    recurrence: Recurrence | None = None
    due: date | None = None
    who: str = ""  # "me" when empty
    done: bool = False
    # A community service from the directory (social prescribing); going is recorded against it.
    service_id: str | None = Field(default=None, max_length=64)


class Supporter(Model):
    """Someone who helps: family, a friend, a care coordinator, a social prescriber."""

    id: UUID = Field(default_factory=uuid4)
    name: ShortText
    role: str = ""
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    notes: LongText = ""


class Contingency(Model):
    """What to do if things go wrong: the crisis part of the plan."""

    warning_signs: LongText = ""
    what_i_do: LongText = ""
    who_to_contact: LongText = ""
    crisis_numbers: LongText = (
        "NHS 111 (phone or 111.nhs.uk) for urgent help. 999 in an emergency. "
        "Samaritans, free, any time: 116 123."
    )


class CarePlan(Model):
    id: UUID = Field(default_factory=uuid4)
    title: ShortText = "My care and support plan"
    what_matters: tuple[ShortText, ...] = ()
    goal_ids: tuple[UUID, ...] = ()
    actions: tuple[Action, ...] = ()
    supporters: tuple[Supporter, ...] = ()
    contingency: Contingency = Field(default_factory=Contingency)
    review_date: date | None = None
    coordinator: str = ""  # the named care coordinator, e.g. "Dr A Khan, Lea Surgery"


class PlanVersion(Model):
    """One saved state of the plan; version numbers start at 1 and only go up."""

    plan: CarePlan
    version: int = Field(ge=1)
    saved_at: AwareDatetime = Field(default_factory=now)
    agreed_with: str = ""  # "Agreed with" record: who the plan was agreed with, if anyone
    agreed_on: date | None = None
    change_note: LongText = ""
    author: str | None = Field(default=None, min_length=1, max_length=40)  # a carer, or None


def plan_changes(old: CarePlan, new: CarePlan) -> list[str]:
    """Names of the plan sections that differ, for the version history's "what changed"."""
    sections = {
        "title": "Title",
        "what_matters": "What matters to me",
        "goal_ids": "Goals",
        "actions": "Actions",
        "supporters": "Who supports me",
        "contingency": "If things go wrong",
        "review_date": "Review date",
        "coordinator": "Care coordinator",
    }
    return [
        label for field, label in sections.items() if getattr(old, field) != getattr(new, field)
    ]
