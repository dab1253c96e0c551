"""The daily figures phone and wearable exports are folded into, shared by the readers
(`apple_health`, `google_fit`) and the import that plans entries from them (`phone`).

Its own module so the readers need not import `phone`, which imports them to read a file:
the readers depend on this, and `phone` on the readers and this. The rules each tracker's day
follows are in `phone`'s docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

# Progress: called with (bytes read, bytes in all); it may raise (Cancelled) to stop.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Spec:
    key: str
    label: str
    unit: str
    minimum: float
    maximum: float
    loinc: str
    rule: str  # "busiest" (sum per source, the busiest source), "last", "mean"


SPECS = {
    s.key: s
    for s in (
        Spec("steps", "Steps", "steps", 0, 100_000, "55423-8", "busiest"),
        Spec("weight", "Weight", "kg", 20, 350, "29463-7", "last"),
        Spec("heart-rate", "Heart rate", "bpm", 20, 250, "8867-4", "mean"),
        Spec("resting-heart-rate", "Resting heart rate", "bpm", 20, 200, "40443-4", "last"),
        Spec("systolic", "Blood pressure (systolic)", "mmHg", 50, 260, "8480-6", "last"),
        Spec("diastolic", "Blood pressure (diastolic)", "mmHg", 30, 160, "8462-4", "last"),
        Spec("sleep", "Sleep", "hours", 0, 24, "93832-4", "busiest"),
        Spec("glucose", "Blood glucose", "mmol/L", 0.5, 40, "15074-8", "mean"),
    )
}


class OutOfRange(ValueError):
    """A well-formed reading outside what the tracker accepts (a heart rate of 400, a device's
    glitch): skipped and counted in the preview, not a reason to refuse the whole export."""


OUT_OF_RANGE = "readings outside what the tracker accepts (e.g. a heart rate over 250)"


@dataclass(slots=True)
class _Day:
    by_source: dict[str, float] = field(default_factory=dict)
    spans: dict[str, list[tuple[datetime, datetime]]] = field(default_factory=dict)
    total: float = 0.0
    count: int = 0
    last_at: datetime | None = None
    last: float = 0.0


@dataclass
class Days:
    """One figure per (tracker, day), folded as samples arrive."""

    days: dict[tuple[str, date], _Day] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # why -> how many records
    offsets: dict[date, timedelta] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    def add(self, key: str, at: datetime, source: str, value: float) -> None:
        """A sample of tracker `key` at `at` (aware; its offset decides the day)."""
        day = at.date()
        self.offsets.setdefault(day, at.utcoffset() or timedelta())
        slot = self.days.get((key, day))
        if slot is None:
            slot = self.days[key, day] = _Day()
        rule = SPECS[key].rule
        if rule == "busiest":
            slot.by_source[source] = slot.by_source.get(source, 0.0) + value
        elif rule == "mean":
            slot.total += value
            slot.count += 1
        elif slot.last_at is None or at >= slot.last_at:
            slot.last_at, slot.last = at, value

    def add_span(self, key: str, start: datetime, end: datetime, source: str) -> None:
        """A span of time (asleep) ending on its day; overlapping spans of one source (a core
        and a deep stage recorded over each other) count once."""
        day = end.date()
        self.offsets.setdefault(day, end.utcoffset() or timedelta())
        slot = self.days.get((key, day))
        if slot is None:
            slot = self.days[key, day] = _Day()
        slot.spans.setdefault(source, []).append((start, end))

    def figures(self) -> Iterable[tuple[str, date, float]]:
        for (key, day), slot in sorted(self.days.items()):
            rule = SPECS[key].rule
            if slot.spans:
                yield key, day, float(round(max(_hours(s) for s in slot.spans.values()), 2))
                continue
            if rule == "busiest":
                value = max(slot.by_source.values())
                value = round(value) if key == "steps" else round(value, 2)
            elif rule == "mean":
                value = round(slot.total / slot.count, 1)
            else:
                value = round(slot.last, 1)
            yield key, day, float(value)


def _hours(spans: list[tuple[datetime, datetime]]) -> float:
    """The length of the union of `spans`, in hours."""
    total = 0.0
    reach: datetime | None = None
    for start, end in sorted(spans):
        if reach is not None and start < reach:
            start = reach
        if end > start:
            total += (end - start).total_seconds()
        reach = end if reach is None or end > reach else reach
    return total / 3600


def check_value(key: str, value: float) -> None:
    """Raise OutOfRange in plain words when a reading is outside what the tracker accepts."""
    spec = SPECS[key]
    if not spec.minimum <= value <= spec.maximum:
        raise OutOfRange(
            f"{spec.label}: {value:.6g} {spec.unit} is outside {spec.minimum:g} to "
            f"{spec.maximum:g} {spec.unit}"
        )


def number(raw: str) -> float:
    """A reading's number, refusing text, NaN, infinity and numbers of any length too big."""
    text = raw.strip()
    if len(text) > 40:
        raise ValueError("the value is too long to be a reading")
    try:
        value = float(text)
    except ValueError:
        raise ValueError("the value is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("the value is not a real number")
    return value
