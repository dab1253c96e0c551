"""The person the profile belongs to, as they choose to be named on what they share.

Every field is optional except a display name: the planner is useful without an NHS number, and a
person may prefer their GP not to see a date of birth on a printout.
"""

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, field_validator

from planner.domain.base import Model, ShortText


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number's modulus 11 check digit, so a typo is caught before it reaches a GP."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_number(value: str) -> str:
    digits = value.replace(" ", "").replace("-", "")
    if not nhs_number_is_valid(digits):
        raise ValueError("this is not a valid NHS number (10 digits, check digit must match)")
    return digits


NhsNumber = Annotated[str, AfterValidator(_nhs_number)]


class Person(Model):
    display_name: ShortText
    nhs_number: NhsNumber | None = None
    date_of_birth: date | None = None
    borough: ShortText | None = None

    @field_validator("date_of_birth")
    @classmethod
    def _not_future(cls, value: date | None) -> date | None:
        if value is not None and value > date.today():
            raise ValueError("date of birth cannot be in the future")
        return value
