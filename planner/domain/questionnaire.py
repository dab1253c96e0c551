"""Questionnaires: the instrument (wording, codes, bands) and a person's response and score.

Instruments live as data files in `planner.instruments` so that wording can be checked against
the published text, translated, and reviewed by a clinician without reading code. The models here
refuse an instrument whose bands leave a gap or overlap, because a gap would leave a real score
with no meaning shown to the person, and an overlap would make the meaning depend on file order.

A response does not know its instrument's items, so checking answers against an instrument is
`planner.instruments.validate_answers`, not a model validator.
"""

from typing import Annotated, Literal, Self
from uuid import UUID, uuid4

from pydantic import Field, StringConstraints, model_validator

from planner.domain.base import AwareDatetime, LongText, Model

InstrumentCode = Literal["ONS4", "PHQ9", "GAD7"]
"""Every instrument the app ships. A new one needs a data file and a code here."""

Severity = Literal[
    "none",
    "mild",
    "moderate",
    "moderately_severe",
    "severe",
    "very_low",
    "low",
    "medium",
    "high",
    "very_high",
]
"""How large a score is, not whether it is good: ONS4 "high" anxiety and "high" happiness share a
word, and `Item.reverse` says which way is better. Kept closed so a typo in a data file fails."""

ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
"""Stable ids: they are stored in the vault and sent in FHIR linkIds, so never renumber them."""

Loinc = Annotated[str, StringConstraints(pattern=r"^(LA|LP|LL)?\d{1,8}-\d$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class AnswerOption(Model):
    """One choice; `value` is what is scored and stored, `label` what the person reads."""

    value: int = Field(ge=0, le=100)
    label: Text
    loinc: Loinc | None = None  # LOINC answer code (LA...), for FHIR valueCoding


class Item(Model):
    """One question. `reverse` marks items where a higher answer means worse well-being."""

    id: ItemId
    text: Text
    loinc: Loinc | None = None
    options: tuple[AnswerOption, ...] = Field(min_length=2)
    reverse: bool = False

    @model_validator(mode="after")
    def _options_distinct(self) -> Self:
        values = [o.value for o in self.options]
        if len(set(values)) != len(values):
            raise ValueError(f"item {self.id}: answer values repeat")
        if values != sorted(values):
            raise ValueError(f"item {self.id}: answer values must be in ascending order")
        return self

    def values(self) -> frozenset[int]:
        """Allowed answers, for validation and for band coverage checks."""
        return frozenset(o.value for o in self.options)


class Band(Model):
    """A range of scores (both ends included) and what it means, in plain English."""

    min: int = Field(ge=0)
    max: int = Field(ge=0)
    label: Text
    severity: Severity
    advice: Text

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise ValueError(f"band {self.label!r}: min {self.min} is above max {self.max}")
        return self

    def contains(self, value: int) -> bool:
        return self.min <= value <= self.max


class AlertRule(Model):
    """An answer that needs action now (e.g. PHQ-9 item 9); the message is data so it can be
    translated and reviewed without a code change."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
    item: ItemId
    min_value: int = Field(ge=0)
    message: Text


class Alert(Model):
    """An alert raised by a score, ready to show to the person."""

    code: str
    message: str


def _check_bands(bands: tuple[Band, ...], low: int, high: int, where: str) -> None:
    """Bands must tile [low, high] exactly: every possible score gets exactly one meaning."""
    if not bands:
        raise ValueError(f"{where}: no bands")
    ordered = sorted(bands, key=lambda b: b.min)
    expected = low
    for band in ordered:
        if band.min != expected:
            raise ValueError(
                f"{where}: bands must cover {low}-{high} with no gap or overlap "
                f"(band {band.label!r} starts at {band.min}, expected {expected})"
            )
        expected = band.max + 1
    if expected - 1 != high:
        raise ValueError(f"{where}: bands end at {expected - 1}, but scores reach {high}")


class Instrument(Model):
    """A validated questionnaire as published, plus how to score it."""

    code: InstrumentCode
    title: Text
    stem: Text  # the instruction read before the items
    loinc: Loinc | None = None  # panel code
    total_loinc: Loinc | None = None  # code for the total score Observation
    licence: Text
    source: Text
    items: tuple[Item, ...] = Field(min_length=1)
    scoring: Literal["sum", "per_item"]
    bands: tuple[Band, ...] = ()
    per_item_bands: dict[ItemId, tuple[Band, ...]] = Field(default_factory=dict)
    min_items_answered: int = Field(ge=1)
    alerts: tuple[AlertRule, ...] = ()
    # Set only on a translated copy (`planner.instruments.translated`): the language of the
    # app's text (title, bands, advice, alerts), the language the items are worded in (English
    # where no validated translation exists), and the one-line note that says so.
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "en"
    items_language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "en"
    note: Annotated[str, StringConstraints(max_length=300)] = ""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.code}: item ids repeat")
        if self.min_items_answered > len(ids):
            raise ValueError(f"{self.code}: min_items_answered is more than the number of items")
        by_id = {item.id: item for item in self.items}
        if self.scoring == "sum":
            if self.per_item_bands:
                raise ValueError(f"{self.code}: sum scoring takes bands, not per_item_bands")
            # No prorating: a total from some items would not mean what the bands say.
            if self.min_items_answered != len(ids):
                raise ValueError(f"{self.code}: sum scoring needs every item answered")
            low = sum(min(item.values()) for item in self.items)
            high = sum(max(item.values()) for item in self.items)
            _check_bands(self.bands, low, high, f"{self.code} bands")
        else:
            if self.bands:
                raise ValueError(f"{self.code}: per_item scoring takes per_item_bands, not bands")
            if set(self.per_item_bands) != set(ids):
                raise ValueError(f"{self.code}: per_item_bands must have one entry per item")
            for item_id, bands in self.per_item_bands.items():
                values = by_id[item_id].values()
                _check_bands(bands, min(values), max(values), f"{self.code} {item_id} bands")
        for rule in self.alerts:
            if rule.item not in by_id:
                raise ValueError(f"{self.code}: alert {rule.code} names unknown item {rule.item}")
            if not any(v >= rule.min_value for v in by_id[rule.item].values()):
                raise ValueError(f"{self.code}: alert {rule.code} can never fire")
        return self

    def item(self, item_id: str) -> Item:
        """The item with this id; KeyError if there is none."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


class QuestionnaireResponse(Model):
    """One completed (or partly completed) questionnaire, as stored in the vault."""

    id: UUID = Field(default_factory=uuid4)
    instrument: InstrumentCode
    completed_at: AwareDatetime
    answers: dict[ItemId, Annotated[int, Field(ge=0)]]
    note: LongText = ""
    author: str | None = Field(default=None, min_length=1, max_length=40)  # a carer, or None


class Score(Model):
    """What a response means. `total` is None unless every item was answered (no prorating);
    `alerts` are raised from whatever was answered, so a partial response still warns."""

    instrument: InstrumentCode
    total: int | None = None
    band: Band | None = None
    item_bands: dict[ItemId, Band] = Field(default_factory=dict)
    alerts: tuple[Alert, ...] = ()
    missing: tuple[ItemId, ...] = ()  # items not answered, in questionnaire order
