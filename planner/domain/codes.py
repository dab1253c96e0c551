"""Clinical code ids a person may copy from a letter or a prescription: SNOMED CT and dm+d.

Both use the SNOMED CT identifier format: 6 to 18 digits, the last a Verhoeff check digit, and
the two before it the partition (00 or 10 for a concept; 10 means an extension such as the UK's
dm+d). Checking here catches a mistyped digit before it reaches a GP's system, with a message
that says which rule failed.
"""

from typing import Annotated

from pydantic import AfterValidator

__all__ = ["ConceptId", "check_concept_id", "verhoeff_valid"]

_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_valid(digits: str) -> bool:
    """True when the last digit of `digits` is its Verhoeff check digit."""
    check = 0
    for i, ch in enumerate(reversed(digits)):
        check = _D[check][_P[i % 8][int(ch)]]
    return check == 0


def check_concept_id(value: str) -> str:
    """A SNOMED CT or dm+d concept id, or a ValueError saying what is wrong with it."""
    digits = value.strip()
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("a SNOMED CT or dm+d code has digits only")
    if not 6 <= len(digits) <= 18:
        raise ValueError("a SNOMED CT or dm+d code has 6 to 18 digits")
    if digits[0] == "0":
        raise ValueError("a SNOMED CT or dm+d code does not start with 0")
    if digits[-3:-1] not in ("00", "10"):
        raise ValueError("this SNOMED CT number is not a concept (its partition digits are wrong)")
    if not verhoeff_valid(digits):
        raise ValueError(
            "this SNOMED CT or dm+d code has a typing error (its check digit is wrong)"
        )
    return digits


ConceptId = Annotated[str, AfterValidator(check_concept_id)]
