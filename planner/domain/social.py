"""Social prescribing: a referral, the community support chosen for it, going, and whether it
helped.

The journey in the person's terms: someone (a GP, a link worker, the person themself) refers
them; a "what matters to me" conversation follows; they choose services from the community
directory, each of which becomes a plan action (`Action.service_id`); they go, or not this time;
and ONS4 check-ins at the start and after some weeks show what changed. The link worker is a
supporter in the plan, so they appear wherever supporters do (the GP summary, the FHIR export).
"""

from datetime import date
from enum import StrEnum
from typing import Self
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from planner.domain.base import LongText, Model, ShortText

__all__ = [
    "Attendance",
    "ChosenService",
    "MissedReason",
    "ReferredBy",
    "SocialReferral",
]

SOCIAL_PRESCRIBING_REFERRAL = "871731000000106"
"""SNOMED CT: referral to social prescribing service (the ServiceRequest's code)."""


class ReferredBy(StrEnum):
    GP = "gp"
    LINK_WORKER = "link-worker"
    SELF = "self"
    OTHER = "other"


class SocialReferral(Model):
    id: UUID = Field(default_factory=uuid4)
    referred_by: ReferredBy
    referrer_name: str = Field(default="", max_length=200)  # "Dr Okafor", "Lea Surgery"
    referred_on: date
    link_worker_id: UUID | None = None  # the Supporter in the plan
    reason: LongText = ""  # in the person's own words
    what_matters: LongText = ""  # the conversation that followed; feeds the plan
    checkin_weeks: tuple[int, ...] = (0, 6, 12)  # ONS4 offered this many weeks after the start
    closed_on: date | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if any(w < 0 or w > 104 for w in self.checkin_weeks):
            raise ValueError("check-ins are between 0 and 104 weeks after the referral")
        if len(set(self.checkin_weeks)) != len(self.checkin_weeks):
            raise ValueError("the same check-in week is given twice")
        if self.closed_on is not None and self.closed_on < self.referred_on:
            raise ValueError("the referral closes before it starts")
        return self


class ChosenService(Model):
    """A directory service the person chose; `action_id` is its action in the plan."""

    id: UUID = Field(default_factory=uuid4)
    referral_id: UUID | None = None
    service_id: str = Field(min_length=1, max_length=64)  # the directory's id
    name: ShortText
    category: str = Field(default="", max_length=100)  # taxonomy term, e.g. "Walking groups"
    borough: str = Field(default="", max_length=40)
    action_id: UUID | None = None
    added_on: date


class MissedReason(StrEnum):
    COST = "cost"
    TRANSPORT = "transport"
    UNWELL = "unwell"
    NOT_FOR_ME = "not-for-me"
    OTHER = "other"


class Attendance(Model):
    """One session: went, or not this time (with a reason if the person wants to say)."""

    id: UUID = Field(default_factory=uuid4)
    chosen_id: UUID
    on: date
    attended: bool
    reason: MissedReason | None = None
    note: LongText = ""

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.attended and self.reason is not None:
            raise ValueError("a reason is only for a session you did not go to")
        return self
