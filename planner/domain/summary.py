"""The health summary ("About me"): what whoever treats the person should know first.

Conditions and allergies may carry a SNOMED CT code copied from a letter; everything else is
the person's own words. One summary per profile, stored whole.
"""

from datetime import date
from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import Field

from planner.domain.base import LongText, Model, ShortText
from planner.domain.codes import ConceptId

__all__ = [
    "Allergy",
    "AllergySeverity",
    "CommunicationNeed",
    "Condition",
    "EmergencyContact",
    "HealthSummary",
]


class Condition(Model):
    id: UUID = Field(default_factory=uuid4)
    name: ShortText  # "Type 2 diabetes"
    onset: date | None = None
    concept_id: ConceptId | None = None
    note: LongText = ""
    resolved: bool = False


class AllergySeverity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Allergy(Model):
    """An allergy or intolerance: what to, what happens, how bad."""

    id: UUID = Field(default_factory=uuid4)
    substance: ShortText  # "Penicillin"
    reaction: str = Field(default="", max_length=300)  # "rash", "swelling of the face"
    severity: AllergySeverity | None = None
    intolerance: bool = False  # an intolerance rather than an allergy
    concept_id: ConceptId | None = None


class EmergencyContact(Model):
    name: ShortText
    relationship: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=40, pattern=r"^[0-9+() \-]*$")


class CommunicationNeed(StrEnum):
    """Support the person asks for, in the Accessible Information Standard's sense (#23): the
    common ones to tick; anything else goes in `HealthSummary.communication_needs` in their
    words."""

    EASY_READ = "easy-read"
    LARGE_PRINT = "large-print"
    BSL_INTERPRETER = "bsl-interpreter"
    SOMEONE_WITH_ME = "someone-with-me"


class HealthSummary(Model):
    conditions: tuple[Condition, ...] = Field(default=(), max_length=200)
    allergies: tuple[Allergy, ...] = Field(default=(), max_length=200)
    communication_needs: LongText = ""  # in their words: "I hear better on my left side"
    # Ticked on the summary screen. Vaults written before #23 have no such key: empty.
    communication_support: tuple[CommunicationNeed, ...] = Field(default=(), max_length=10)
    carer: str = Field(default="", max_length=200)  # a carer's name
    about_me: LongText = ""  # what I want people to know about me
    contacts: tuple[EmergencyContact, ...] = Field(default=(), max_length=20)
