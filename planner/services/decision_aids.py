"""The small offline list of NICE patient decision aids (title and address), kept as data in
`nice_decision_aids.json` with where it came from, so the app offers a decision aid without
going online and a new aid is a line of data, not code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["DecisionAid", "decision_aids", "find_aid"]

DATA = Path(__file__).with_name("nice_decision_aids.json")


@dataclass(frozen=True)
class DecisionAid:
    title: str
    guideline: str
    url: str


@cache
def decision_aids() -> tuple[DecisionAid, ...]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(DecisionAid(a["title"], a["guideline"], a["url"]) for a in raw["aids"])


def find_aid(words: str) -> DecisionAid | None:
    """The aid whose title or guideline number holds `words` (case ignored), if exactly one."""
    wanted = words.strip().casefold()
    found = [a for a in decision_aids()
             if wanted and (wanted in a.title.casefold() or wanted == a.guideline.casefold())]
    return found[0] if len(found) == 1 else None
