"""My personal health budget (PHB): the amount agreed, how it is held, what it is for, and
what has been spent.

Money is whole pence (`int`), never a float: a statement's totals must match the person's
own count to the penny. Receipts (a photo or a PDF) are bytes kept encrypted in the vault; the
model holds only what describes them (`Receipt`), and the bytes travel apart so a list of
spends never loads megabytes of photos.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Self
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from planner.domain.base import LongText, Model, ShortText

__all__ = [
    "MAX_RECEIPT_BYTES",
    "RECEIPT_TYPES",
    "Budget",
    "BudgetOutcome",
    "HeldAs",
    "Pence",
    "PlannedSpend",
    "Receipt",
    "Spend",
    "format_pence",
    "parse_pence",
]

MAX_RECEIPT_BYTES = 5 * 1024 * 1024
"""A phone photo of a receipt is 1-4 MB; more is a film or a scan at print resolution."""

RECEIPT_TYPES = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/pdf": (b"%PDF-",),
}
"""What a receipt may be, and how its first bytes say so (a renamed file is told apart)."""

Pence = Annotated[int, Field(ge=0, le=100_000_000_00)]  # up to £100 million, never negative


def format_pence(pence: int) -> str:
    """£1,234.56 (a minus sign in front for a negative amount such as an overspend)."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def parse_pence(text: str) -> int:
    """Whole pence from what a person types ("12.50", "£1,200", "7"): integer maths only, so
    "0.1" is 10p, never 9.999999p. ValueError with the reason."""
    cleaned = text.strip().removeprefix("£").replace(",", "").strip()
    pounds, dot, pennies = cleaned.partition(".")
    if not pounds and not pennies:
        raise ValueError("give an amount, such as 12.50")
    if not cleaned.isascii() or not (pounds or "0").isdigit() or (dot and not pennies.isdigit()):
        raise ValueError(f"'{text[:20]}' is not an amount of money, such as 12.50")
    if len(pennies) > 2:
        raise ValueError("an amount has at most two digits after the point")
    return int(pounds or "0") * 100 + int(pennies.ljust(2, "0") if dot else "0")


class HeldAs(StrEnum):
    """How the budget is held (NHS England's three ways)."""

    NOTIONAL = "notional"  # the NHS holds the money and arranges the care agreed
    THIRD_PARTY = "third-party"  # an organisation holds it and pays for the person
    DIRECT_PAYMENT = "direct-payment"  # the money is paid to the person, who buys the care


class BudgetOutcome(Model):
    """An outcome the budget is for, linked to a goal in the plan when there is one."""

    text: ShortText
    goal_id: UUID | None = None


class PlannedSpend(Model):
    category: ShortText  # "Personal assistant", "Equipment", "Therapies"
    amount: Pence


class Budget(Model):
    id: UUID = Field(default_factory=uuid4)
    amount: Pence  # agreed for the whole period
    starts: date
    ends: date
    held_as: HeldAs
    outcomes: tuple[BudgetOutcome, ...] = Field(default=(), max_length=30)
    planned: tuple[PlannedSpend, ...] = Field(default=(), max_length=50)
    notes: LongText = ""

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.ends <= self.starts:
            raise ValueError("the budget's period ends before it starts")
        categories = [p.category.casefold() for p in self.planned]
        if len(set(categories)) != len(categories):
            raise ValueError("the same spending category is planned twice")
        if sum(p.amount for p in self.planned) > self.amount:
            raise ValueError("the planned spending is more than the budget")
        return self

    def category_named(self, name: str) -> str | None:
        """The planned category called `name` (case ignored), as written in the plan."""
        wanted = name.strip().casefold()
        return next((p.category for p in self.planned if p.category.casefold() == wanted), None)


class Receipt(Model):
    """What describes a receipt; its bytes are in the vault (`BudgetRepository.receipt`)."""

    media_type: str
    size: int = Field(ge=1, le=MAX_RECEIPT_BYTES)
    name: str = Field(default="", max_length=200)  # the file's name, for the person

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.media_type not in RECEIPT_TYPES:
            raise ValueError("a receipt is a photo (JPEG, PNG) or a PDF")
        return self


class Spend(Model):
    id: UUID = Field(default_factory=uuid4)
    budget_id: UUID
    on: date
    payee: ShortText
    category: ShortText
    amount: Pence = Field(gt=0)
    note: LongText = ""
    receipt: Receipt | None = None


def receipt_type(data: bytes) -> str | None:
    """The receipt's media type from its first bytes, or None when it is no photo or PDF."""
    for media_type, signatures in RECEIPT_TYPES.items():
        if any(data.startswith(s) for s in signatures):
            return media_type
    return None


def describe_mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
