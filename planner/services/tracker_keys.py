"""Short names for new trackers: the `key` typed on the command line (`log weight 82.5`).

A person names a tracker in words ("Blood pressure (top number)"); the key is made from those
words so it is easy to type, and made unique among the profile's trackers.
"""

import re
import unicodedata
from collections.abc import Iterable

from planner.domain.tracker import Tracker
from planner.vault.vault import Vault

MAX_KEY = 40


def key_for(label: str, taken: Iterable[str]) -> str:
    """"Blood pressure (top)" -> "blood-pressure-top"; "blood-pressure-top-2" if taken.

    Keys match `planner.domain.tracker.Key`: a small letter first, then small letters, digits
    and dashes, 40 characters at most. Words with no letters a-z (say, in Urdu) give
    "tracker", "tracker-2", ... so every label gets a key.
    """
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower())
    base = "-".join(words).lstrip("0123456789-") or "tracker"
    base = base[:MAX_KEY].rstrip("-")
    used = set(taken)
    if base not in used:
        return base
    for n in range(2, 10_000):
        suffix = f"-{n}"
        candidate = base[: MAX_KEY - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
    raise ValueError("too many trackers with this name")


def save_new_tracker(vault: Vault, tracker: Tracker) -> Tracker:
    """Give a new tracker a free short name, then save it: the window (in its worker, where
    the other trackers' names are known) and `health-planner tracker add` both do this."""
    taken = [t.key for t in vault.trackers.all(include_archived=True)]
    return vault.trackers.save(tracker.edit(key=key_for(tracker.label, taken)))
