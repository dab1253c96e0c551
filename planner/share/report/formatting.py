"""How the GP summary writes dates and numbers, shared by its charts, its sections and the link
worker's summary, so every document a GP reads spells them the same way.
"""

from __future__ import annotations

from datetime import date

from planner.domain.tracker import Tracker, TrackerKind


def long_date(day: date) -> str:
    """3 March 2026: no leading zero, month in words, so nobody reads it the US way round."""
    return f"{day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def number(value: float) -> str:
    """7,000 or 82.4: thousands separated, at most two decimals, no trailing zeros."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def with_unit(value: float, tracker: Tracker) -> str:
    if tracker.kind is TrackerKind.YES_NO:
        return "yes" if value >= 0.5 else "no"
    if tracker.kind is TrackerKind.SCALE:
        return f"{number(value)} out of 10"
    return f"{number(value)} {tracker.unit}".strip()


def sentence(text: str) -> str:
    """First letter upper case, the rest untouched (str.capitalize would write "tuesday")."""
    return text[:1].upper() + text[1:]


def average(values: list[float]) -> float:
    """The mean, rounded the way the numbers came: whole steps stay whole, kg keep a decimal."""
    mean = sum(values) / len(values)
    whole = all(v == int(v) for v in values)
    return float(round(mean)) if whole and mean >= 10 else round(mean, 1)


def nhs_format(digits: str) -> str:
    """The NHS's own 3-3-4 grouping, the way it is printed on letters and cards."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
