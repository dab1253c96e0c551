"""Loading the instrument data files and scoring answers against them.

Scoring reads everything (bands, alert rules, wording) from the data files, so a clinician can
review one JSON file per instrument, and a translation is a copy of that file. Answers are plain
`{item_id: value}` dicts, the same shape `QuestionnaireResponse.answers` stores.

Error messages name the item and the allowed values but never the value given, because messages
end up in logs and an answer to a mental health question is health data.
"""

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import get_args

from planner.domain.questionnaire import (
    Alert,
    Band,
    Instrument,
    InstrumentCode,
    QuestionnaireResponse,
    Score,
)
from planner.errors import InputError

INSTRUMENT_CODES: tuple[str, ...] = get_args(InstrumentCode)


class AnswerError(InputError, ValueError):
    """Answers do not fit the instrument. A ValueError too, so pydantic validators and callers
    that only know the standard library can catch it; `item_id` says which item, if any."""

    def __init__(self, message: str, item_id: str | None = None) -> None:
        super().__init__(message)
        self.item_id = item_id


class UnknownItem(AnswerError):
    """An answer names an item the instrument does not have."""


class InvalidAnswer(AnswerError):
    """An answer is not one of the item's options (out of range, or not a whole number)."""


class TooFewAnswers(AnswerError):
    """Fewer items were answered than the instrument needs for a valid response."""


class UnknownInstrument(InputError, KeyError):
    """No data file exists for that code. A KeyError too, since it is a failed look-up."""

    def __str__(self) -> str:
        # KeyError's str() wraps the message in quotes; the person should see plain text.
        return str(self.args[0]) if self.args else ""


def _resource_name(code: str) -> str:
    return f"{code.lower()}.json"


def language_code(language: str | None) -> str:
    """ "pl_PL", "ur-PK", "en_GB" or None as the two-letter code the data files are named by."""
    if not language:
        return "en"
    return language.replace("-", "_").split("_", 1)[0].lower()


def load_instrument(code: str, language: str | None = None) -> Instrument:
    """The instrument for `code`, in `language` when the app has a translation for it (see
    `planner.instruments.translated`), else in English. Scores, codes and rules are the same in
    every language; the command line, FHIR and the GP summary ask for English."""
    return _load(code, language_code(language))


@cache
def _load(code: str, language: str) -> Instrument:
    """Read once per process: the data files ship with the app and never change while it runs,
    and validation of the bands is not free."""
    if language != "en":
        from planner.instruments.translated import apply, translation_for

        english = _load(code, "en")  # first: it refuses an unknown code
        translation = translation_for(code, language)
        return english if translation is None else apply(english, translation)
    if code not in INSTRUMENT_CODES:
        known = ", ".join(INSTRUMENT_CODES)
        raise UnknownInstrument(f"No questionnaire called {code!r}. Known: {known}.")
    text = (
        resources.files("planner.instruments")
        .joinpath(_resource_name(code))
        .read_text(encoding="utf-8")
    )
    instrument = Instrument.model_validate_json(text)
    if instrument.code != code:
        # A copied file with the old code left in would otherwise score as the wrong instrument.
        raise ValueError(f"{_resource_name(code)} holds {instrument.code}, not {code}")
    return instrument


def all_instruments() -> tuple[Instrument, ...]:
    """Every shipped instrument, in a stable order for menus and for tests."""
    return tuple(load_instrument(code) for code in INSTRUMENT_CODES)


def _check_values(instrument: Instrument, answers: Mapping[str, object]) -> None:
    """Reject anything that is not an answer to this instrument, before any arithmetic."""
    known = {item.id: item for item in instrument.items}
    for item_id, value in answers.items():
        item = known.get(item_id)
        if item is None:
            raise UnknownItem(
                f"{instrument.code} has no question {item_id!r}.", item_id=str(item_id)
            )
        allowed = item.values()
        # bool is an int in Python; True is not an answer to a questionnaire.
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            raise InvalidAnswer(
                f"The answer to {instrument.code} question {item_id!r} must be a whole number "
                f"from {min(allowed)} to {max(allowed)}.",
                item_id=item_id,
            )


def validate_answers(instrument: Instrument, answers: Mapping[str, object]) -> None:
    """Raise an `AnswerError` unless `answers` is a valid response to `instrument`: every item id
    known, every value one of its options, and at least `min_items_answered` items answered."""
    _check_values(instrument, answers)
    if len(answers) < instrument.min_items_answered:
        missing = [item.id for item in instrument.items if item.id not in answers]
        raise TooFewAnswers(
            f"{instrument.code} needs at least {instrument.min_items_answered} answers; "
            f"not answered: {', '.join(missing)}.",
            item_id=missing[0] if missing else None,
        )


def validate_response(response: QuestionnaireResponse) -> Instrument:
    """Check a stored or imported response against its instrument; returns the instrument so
    the caller can go on to score it without a second look-up."""
    instrument = load_instrument(response.instrument)
    validate_answers(instrument, response.answers)
    return instrument


def _band_for(bands: tuple[Band, ...], value: int) -> Band:
    for band in bands:
        if band.contains(value):
            return band
    # Instrument validation makes bands cover every reachable value, so this is a bug.
    raise AssertionError(f"no band holds {value}")


def score(instrument: Instrument, answers: Mapping[str, object]) -> Score:
    """Score whatever has been answered.

    Unknown items and impossible values raise `AnswerError`, but missing items do not: a person
    who stops after answering PHQ-9 item 9 must still see the get-help-now alert. A total (and
    its band) is given only when every item is answered, because the published bands are for
    the full questionnaire and we do not prorate. ONS4 bands each answered item on its own.
    """
    _check_values(instrument, answers)
    values: dict[str, int] = {k: v for k, v in answers.items() if isinstance(v, int)}
    missing = tuple(item.id for item in instrument.items if item.id not in values)

    alerts = tuple(
        Alert(code=rule.code, message=rule.message)
        for rule in instrument.alerts
        if values.get(rule.item, -1) >= rule.min_value
    )

    total: int | None = None
    band: Band | None = None
    item_bands: dict[str, Band] = {}
    if instrument.scoring == "sum":
        if not missing:
            total = sum(values.values())
            band = _band_for(instrument.bands, total)
    else:
        for item in instrument.items:
            if item.id in values:
                item_bands[item.id] = _band_for(instrument.per_item_bands[item.id], values[item.id])

    return Score(
        instrument=instrument.code,
        total=total,
        band=band,
        item_bands=item_bands,
        alerts=alerts,
        missing=missing,
    )


def score_response(response: QuestionnaireResponse) -> Score:
    """Score a stored response against the shipped instrument it names."""
    return score(load_instrument(response.instrument), response.answers)
