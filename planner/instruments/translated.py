"""An instrument in the person's language: the English data file with a translation laid over it.

A validated questionnaire's items may only be shown in a published, validated translation, so a
translation file (`phq9.pl.json` beside `phq9.json`, its source and licence in `phq9.pl.SOURCE.md`)
says which it is: `items_language` equal to its own `language` means it carries the published
items and answers; "en" means none exists, the items stay in English and `note` tells the person
so in their language. Either way it translates the app's own text around the items: the title,
bands, advice and alert messages (the PHQ-9 get-help message with its phone numbers).

Only words are laid over; values, ranges, codes and alert rules always come from the English
file, so a translation cannot change a score. A translation that misses or adds a band, item,
answer or alert is refused when loaded, and the tests load every one.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Annotated, Self

from pydantic import Field, StringConstraints, model_validator

from planner.domain.base import Model
from planner.domain.questionnaire import Instrument, InstrumentCode, ItemId, Text

Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class ItemText(Model):
    """One item's published wording and its answers, by answer value ("0": "Kilka dni")."""

    text: Text
    options: dict[str, Text]


class BandText(Model):
    """A band's words; `min` and `max` name the English band they translate."""

    min: int = Field(ge=0)
    max: int = Field(ge=0)
    label: Text
    advice: Text


class Translation(Model):
    """The contents of one `<code>.<language>.json` file."""

    code: InstrumentCode
    language: Language
    items_language: Language
    source: Text
    licence: Text
    title: Text
    stem: Text | None = None  # None keeps the English stem (it belongs to English items)
    note: Annotated[str, StringConstraints(max_length=300)] = ""
    items: dict[ItemId, ItemText] = Field(default_factory=dict)
    bands: tuple[BandText, ...] = ()
    per_item_bands: dict[ItemId, tuple[BandText, ...]] = Field(default_factory=dict)
    alerts: dict[str, Text] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _published_or_said(self) -> Self:
        if self.items_language not in ("en", self.language):
            raise ValueError(f"{self.code}.{self.language}: items are either English or "
                             f"{self.language}, not {self.items_language}")
        published = self.items_language == self.language
        if published and not self.items:
            raise ValueError(f"{self.code}.{self.language}: published items are missing")
        if not published and self.items:
            raise ValueError(f"{self.code}.{self.language}: English items take no item text")
        if not published and not self.note:
            raise ValueError(f"{self.code}.{self.language}: say why the items are in English")
        return self


def _file_name(code: str, language: str) -> str:
    return f"{code.lower()}.{language}.json"


def translation_for(code: str, language: str) -> Translation | None:
    """The translation file of `code` in `language`, or None when the app has none."""
    path = resources.files("planner.instruments").joinpath(_file_name(code, language))
    if not path.is_file():
        return None
    return Translation.model_validate_json(path.read_text(encoding="utf-8"))


def _bands(english: tuple, words: tuple[BandText, ...], where: str) -> list[dict]:
    ranges = [(band.min, band.max) for band in english]
    if [(w.min, w.max) for w in words] != ranges:
        raise ValueError(f"{where}: the translated bands must be {ranges}, in that order")
    return [
        {**band.model_dump(mode="json"), "label": w.label, "advice": w.advice}
        for band, w in zip(english, words, strict=True)
    ]


def apply(instrument: Instrument, translation: Translation) -> Instrument:
    """`instrument` with the words of `translation`; ValueError if they do not match exactly."""
    where = f"{instrument.code}.{translation.language}"
    if translation.code != instrument.code:
        raise ValueError(f"{where}: the file holds {translation.code}")
    data = instrument.model_dump(mode="json")
    data.update(
        title=translation.title,
        licence=translation.licence,
        source=translation.source,
        language=translation.language,
        items_language=translation.items_language,
        note=translation.note,
    )
    if translation.stem is not None:
        data["stem"] = translation.stem
    if translation.items:
        if set(translation.items) != {item.id for item in instrument.items}:
            raise ValueError(f"{where}: items must be exactly those of {instrument.code}")
        for item in data["items"]:
            words = translation.items[item["id"]]
            values = [str(option["value"]) for option in item["options"]]
            if sorted(words.options) != sorted(values):
                raise ValueError(f"{where}: {item['id']} needs answers for {values}")
            item["text"] = words.text
            for option in item["options"]:
                option["label"] = words.options[str(option["value"])]
    data["bands"] = _bands(instrument.bands, translation.bands, f"{where} bands")
    if set(translation.per_item_bands) != set(instrument.per_item_bands):
        raise ValueError(f"{where}: per-item bands must be given for every item")
    data["per_item_bands"] = {
        item_id: _bands(bands, translation.per_item_bands[item_id], f"{where} {item_id}")
        for item_id, bands in instrument.per_item_bands.items()
    }
    if set(translation.alerts) != {rule.code for rule in instrument.alerts}:
        raise ValueError(f"{where}: every alert needs its message, and no others")
    for rule in data["alerts"]:
        rule["message"] = translation.alerts[rule["code"]]
    # Through JSON, as the data files are read: strict models take lists only from JSON.
    return Instrument.model_validate_json(json.dumps(data))
