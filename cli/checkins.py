"""Headless `checkin ons4|phq9|gad7`: answering a questionnaire as the Check-ins screen does.

Asked one question at a time (the answer's number on a line of its own, so a screen reader or a
pipe works as well as a keyboard), or all at once with `--answers 1,0,2,...`. Either way the
answers are checked against the instrument's data file before anything is saved, and a
get-help-now alert (PHQ-9 question 9 answered above "Not at all") is printed the moment the
answer is known, before saving, with the words from the data file, as the window shows it.
The response is saved the way the window saves it (`vault.questionnaires.save`); sharing the
wellbeing scores is a separate, consented step in both.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import IO, Command, open_vault
from planner.domain.base import now
from planner.domain.questionnaire import Instrument, Item, QuestionnaireResponse, Score
from planner.errors import InputError
from planner.instruments import AnswerError, load_instrument, score, validate_answers
from planner.vault import KdfParams

CODES = {"ons4": "ONS4", "phq9": "PHQ9", "gad7": "GAD7"}
ALERT_TITLE = "Please get help now"  # the window's alert panel heading


def _range(item: Item) -> tuple[int, int]:
    values = item.values()
    return min(values), max(values)


def _optional(instrument: Instrument) -> bool:
    """Whether a question may be left out (ONS4 counts any answered item on its own)."""
    return instrument.min_items_answered < len(instrument.items)


def parse_answers(instrument: Instrument, text: str) -> dict[str, int]:
    """`--answers 1,0,2,...`: one answer a question, in order (left empty to skip, where the
    questionnaire allows it). A wrong count or value is one plain line, never the value itself
    (an answer to a mental health question is health data, and messages end up in logs)."""
    cells = text.split(",")
    count = len(instrument.items)
    if len(cells) != count:
        raise InputError(
            f"--answers: {instrument.code} has {count} questions, and {len(cells)} "
            f"answer{'s were' if len(cells) != 1 else ' was'} given. Give one a question, in "
            "order, separated by commas."
        )
    answers: dict[str, int] = {}
    for number, (item, cell) in enumerate(zip(instrument.items, cells, strict=True), start=1):
        cell = cell.strip()
        if not cell and _optional(instrument):
            continue
        low, high = _range(item)
        if not (cell.isascii() and cell.isdigit()) or int(cell) not in item.values():
            raise InputError(
                f"--answers: the answer to question {number} must be a whole number from "
                f"{low} to {high}."
            )
        answers[item.id] = int(cell)
    _check(instrument, answers)
    return answers


def _check(instrument: Instrument, answers: dict[str, int]) -> None:
    try:
        validate_answers(instrument, answers)
    except AnswerError:
        raise InputError(
            f"Answer at least {instrument.min_items_answered} of the questions. Nothing was "
            "saved."
        ) from None


def ask(instrument: Instrument, io: IO) -> dict[str, int]:
    """One question at a time on standard input; each get-help-now alert as soon as its
    answer is read."""
    io.say(instrument.title)
    io.say(instrument.stem)
    answers: dict[str, int] = {}
    shown: set[str] = set()
    skip = ", or press Enter to skip it" if _optional(instrument) else ""
    for number, item in enumerate(instrument.items, start=1):
        low, high = _range(item)
        io.say()
        io.say(f"{number}. {item.text}")
        for option in item.options:
            if option.label != str(option.value):  # ONS4's 1 to 9 are only numbers
                io.say(f"   {option.value}  {option.label}")
        while True:
            io.stdout.write(f"Your answer ({low} to {high}{skip}): ")
            io.stdout.flush()
            line = io.stdin.readline()
            if not line:
                raise InputError(
                    f"The check-in stopped before question {number} was answered. Nothing "
                    "was saved."
                )
            typed = line.strip()
            if not typed and skip:
                break
            if typed.isascii() and typed.isdigit() and int(typed) in item.values():
                answers[item.id] = int(typed)
                break
            io.say(f"Type one of the numbers {low} to {high}.")
        _alerts(score(instrument, answers), io, shown)
    _check(instrument, answers)
    return answers


def _alerts(result: Score, io: IO, shown: set[str]) -> None:
    for alert in result.alerts:
        if alert.code not in shown:
            shown.add(alert.code)
            io.say()
            io.say(f"*** {ALERT_TITLE} ***")
            io.say(alert.message)
            io.say()


def _say_score(instrument: Instrument, result: Score, io: IO) -> None:
    if instrument.scoring == "sum":
        if result.total is not None and result.band is not None:
            most = sum(max(item.values()) for item in instrument.items)
            io.say(f"Score: {result.total} out of {most}. {result.band.label}.")
            io.say(result.band.advice)
        return
    for number, item in enumerate(instrument.items, start=1):
        band = result.item_bands.get(item.id)
        if band is not None:
            io.say(f"{number}. {band.label}. {band.advice}")


def cmd_checkin(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    instrument = load_instrument(CODES[args.instrument])
    given = parse_answers(instrument, args.answers) if args.answers is not None else None
    with open_vault(args, io, kdf) as vault:
        if given is None:
            answers = ask(instrument, io)
        else:
            answers = given
            _alerts(score(instrument, answers), io, set())
        response = QuestionnaireResponse(
            instrument=instrument.code, completed_at=now(), answers=answers
        )
        vault.questionnaires.save(response)
    io.say()
    _say_score(instrument, score(instrument, answers), io)
    io.say("Check-in saved.")
    return 0


def add_checkin_parser(sub: Any) -> None:
    """Add `checkin` to `sub`; its function is in CHECKIN_COMMANDS."""
    checkin = sub.add_parser(
        "checkin",
        help="answer a questionnaire: ons4 (wellbeing), phq9 (mood), gad7 (anxiety)",
    )
    checkin.add_argument("instrument", choices=list(CODES))
    checkin.add_argument(
        "--answers", metavar="A,B,...",
        help="every answer's number, in order, e.g. 1,0,2,... (without it, each question is "
        "asked in turn)",
    )


CHECKIN_COMMANDS: dict[str, Command] = {"checkin": cmd_checkin}
