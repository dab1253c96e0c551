"""SNOMED CT / dm+d ids: real ids pass, one wrong digit or a swap fails (Verhoeff check)."""

from __future__ import annotations

import pytest

from planner.domain.codes import check_concept_id, verhoeff_valid

REAL = (
    "138875005",  # SNOMED CT Concept (the root)
    "404684003",  # Clinical finding
    "116680003",  # Is a
    "195967001",  # Asthma
    "38341003",  # Hypertensive disorder
    "44054006",  # Type 2 diabetes mellitus
    "239873007",  # Osteoarthritis of knee
    "764146007",  # Penicillin
    "322236009",  # Paracetamol 500 mg oral tablet
    "39720311000001101",  # a dm+d id (partition 10, UK namespace)
)


@pytest.mark.parametrize("code", REAL)
def test_real_ids_pass(code: str) -> None:
    assert check_concept_id(code) == code


def test_the_verhoeff_examples_and_every_single_digit_error() -> None:
    assert verhoeff_valid("2363") and verhoeff_valid("1428570") and verhoeff_valid("123451")
    for code in REAL:
        for i in range(len(code) - 3):  # every digit but the partition and check digits
            for d in "0123456789":
                if d != code[i] and not (i == 0 and d == "0"):
                    assert not verhoeff_valid(code[:i] + d + code[i + 1 :]), (code, i, d)
        for i in range(len(code) - 1):  # adjacent swaps
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            if swapped != code:
                assert not verhoeff_valid(swapped), (code, i)


def test_clear_messages() -> None:
    with pytest.raises(ValueError, match="check digit"):
        check_concept_id("138875006")
    with pytest.raises(ValueError, match="partition"):
        check_concept_id("138875025")
    with pytest.raises(ValueError, match="6 to 18 digits"):
        check_concept_id("12345")
    with pytest.raises(ValueError, match="digits only"):
        check_concept_id("1388-75005")
