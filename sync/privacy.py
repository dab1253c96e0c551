"""What leaves, and how much it says: randomised response for wellbeing scores.

k-ary randomised response: each ONS4 score (0-10, k = 11 levels) is sent as itself with
probability p = e^eps / (e^eps + k - 1) and otherwise as one of the other ten values, chosen
uniformly. Every single report is eps-locally differentially private, so even the endpoint's
operator cannot know a person's real answer; the endpoint's estimator undoes the noise in
aggregate. The formula for p lives in sync.protocol, shared with the endpoint.
"""

from __future__ import annotations

import random

from sync.protocol import ONS4_LEVELS, rr_keep_probability

DEFAULT_EPSILON = 2.0
_rng = random.SystemRandom()


def randomise(value: int, epsilon: float, rng: random.Random | None = None) -> int:
    if not 0 <= value < ONS4_LEVELS:
        raise ValueError("ONS4 scores are whole numbers from 0 to 10")
    chooser = rng or _rng
    if chooser.random() < rr_keep_probability(epsilon):
        return value
    others = [v for v in range(ONS4_LEVELS) if v != value]
    return others[chooser.randrange(len(others))]


def epsilon_in_words(epsilon: float) -> str:
    """The privacy setting as a person can picture it (the UI translates its own version)."""
    keep = rr_keep_probability(epsilon)
    in_ten = max(1, round(keep * 10))
    return (
        f"About {in_ten} in 10 of the numbers sent are your real answers; the rest are "
        "random. No one can tell which."
    )
