"""What leaves, and how much it says: randomised response for wellbeing scores.

k-ary randomised response: each ONS4 score (0-10, k = 11 levels) is sent as itself with
probability p = e^eps / (e^eps + k - 1) and otherwise as one of the other ten values, chosen
uniformly. Every single report is eps-locally differentially private, so even the endpoint's
operator cannot know a person's real answer; the endpoint's estimator undoes the noise in
aggregate. The formula for p lives in sync.protocol, shared with the endpoint.

Outcomes (purpose `outcomes`) send the after-minus-before change of each ONS4 item instead, a
whole number -10..10: the same mechanism over those 21 levels (`randomise_change`). The change is
randomised as one value rather than before and after separately: for the same budget per item
that leaves less noise in the de-biased mean change (docs/PRIVACY.md gives the numbers).
"""

from __future__ import annotations

import random

from sync.protocol import ONS4_CHANGE_LEVELS, ONS4_LEVELS, rr_keep_probability

DEFAULT_EPSILON = 2.0
_rng = random.SystemRandom()


def _k_ary(value: int, levels: int, epsilon: float, rng: random.Random | None) -> int:
    """k-ary randomised response over 0..levels-1."""
    chooser = rng or _rng
    if chooser.random() < rr_keep_probability(epsilon, levels):
        return value
    others = [v for v in range(levels) if v != value]
    return others[chooser.randrange(len(others))]


def randomise(value: int, epsilon: float, rng: random.Random | None = None) -> int:
    if not 0 <= value < ONS4_LEVELS:
        raise ValueError("ONS4 scores are whole numbers from 0 to 10")
    return _k_ary(value, ONS4_LEVELS, epsilon, rng)


def randomise_change(change: int, epsilon: float, rng: random.Random | None = None) -> int:
    """An after-minus-before ONS4 change (-10..10) through randomised response over 21 levels."""
    half = ONS4_CHANGE_LEVELS // 2
    if not -half <= change <= half:
        raise ValueError("an ONS4 change is a whole number from -10 to 10")
    return _k_ary(change + half, ONS4_CHANGE_LEVELS, epsilon, rng) - half


def epsilon_in_words(epsilon: float) -> str:
    """The privacy setting as a person can picture it (the UI translates its own version)."""
    keep = rr_keep_probability(epsilon)
    in_ten = max(1, round(keep * 10))
    return (
        f"About {in_ten} in 10 of the numbers sent are your real answers; the rest are "
        "random. No one can tell which."
    )
