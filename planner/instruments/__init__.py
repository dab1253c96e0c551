"""Validated questionnaires (ONS4, PHQ-9, GAD-7) as data files, with loading and scoring.

The wording, LOINC codes, bands and alert messages live in the JSON files next to this module;
the code only loads, checks and scores them. See `scoring` for the rules (no prorating; alerts
from partial answers).
"""

from planner.instruments.scoring import (
    INSTRUMENT_CODES,
    AnswerError,
    InvalidAnswer,
    TooFewAnswers,
    UnknownInstrument,
    UnknownItem,
    all_instruments,
    language_code,
    load_instrument,
    score,
    score_response,
    validate_answers,
    validate_response,
)

__all__ = [
    "INSTRUMENT_CODES",
    "AnswerError",
    "InvalidAnswer",
    "TooFewAnswers",
    "UnknownInstrument",
    "UnknownItem",
    "all_instruments",
    "language_code",
    "load_instrument",
    "score",
    "score_response",
    "validate_answers",
    "validate_response",
]
