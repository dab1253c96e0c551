"""Headless `tracker add|list`: what a person measures, so a new profile can log from here.

A new profile holds no trackers, and `log` needs one; the window's "Track something new" is
`tracker add` here. Both build the same `Tracker` (its rules: a number needs a unit, the lowest
value not above the highest) and save it with `save_new_tracker`, which makes the short name
typed after `log` from the tracker's words.
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from cli.common import IO, Command, open_vault, shown, valid
from planner.domain.tracker import Tracker, TrackerKind
from planner.errors import InputError
from planner.vault import KdfParams

KIND_WORDS = {
    TrackerKind.NUMERIC: "a number",
    TrackerKind.SCALE: "0 to 10",
    TrackerKind.YES_NO: "yes or no",
    TrackerKind.TEXT: "words",
}
EXAMPLES = {
    TrackerKind.NUMERIC: "NUMBER",
    TrackerKind.SCALE: "7",
    TrackerKind.YES_NO: "yes",
    TrackerKind.TEXT: '"some words"',
}


def describe(tracker: Tracker) -> str:
    """"weight: Weight (a number, kg, 20 to 300)", as `tracker list` prints it."""
    parts = [KIND_WORDS[tracker.kind]]
    if tracker.unit:
        parts.append(tracker.unit)
    low, high = tracker.minimum, tracker.maximum
    if low is not None or high is not None:
        parts.append(
            f"{_number(low)} to {_number(high)}" if low is not None and high is not None
            else (f"at least {_number(low)}" if low is not None else f"at most {_number(high)}")
        )
    archived = ", archived" if tracker.archived else ""
    return f"{tracker.key}: {tracker.label} ({', '.join(parts)}{archived})"


def _limit(text: str | None, what: str) -> float | None:
    """--lowest / --highest as a number; a mistake is one plain line (exit code 2)."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise InputError(f"{what}: '{shown(text)}' is not a number.")
    return value


def _number(value: float | None) -> str:
    return f"{value:g}" if value is not None else ""


def cmd_tracker(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    from planner.services.tracker_keys import save_new_tracker

    with open_vault(args, io, kdf) as vault:
        if args.action == "list":
            trackers = vault.trackers.all(include_archived=args.all)
            if not trackers:
                io.say("No trackers yet. Add one with 'health-planner tracker add NAME'.")
            for tracker in trackers:
                io.say(describe(tracker))
            return 0
        kind = TrackerKind(args.kind)
        new = valid(lambda: Tracker(
            key="new",  # replaced by a free short name made from the label when it is saved
            label=args.label,
            kind=kind,
            unit=args.unit or "",
            minimum=_limit(args.lowest, "lowest"),
            maximum=_limit(args.highest, "highest"),
        ))
        saved = save_new_tracker(vault, new)
    io.say(f"Added the tracker {describe(saved)}.")
    io.say(f"Log it with: health-planner log {saved.key} {EXAMPLES[kind]}")
    return 0


def add_tracker_parsers(sub: Any) -> None:
    """Add `tracker` to `sub`; its function is in TRACKER_COMMANDS."""
    tracker = sub.add_parser("tracker", help="add a tracker, or list them")
    actions = tracker.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="track something new, e.g. 'tracker add \"Blood sugar\" --unit mmol/L'"
    )
    add.add_argument("label", help="what you want to track, in your words")
    add.add_argument(
        "--kind", default=TrackerKind.NUMERIC.value, choices=[k.value for k in TrackerKind],
        help="the kind of answer: numeric (needs --unit; the default), scale (0-10), yes-no, "
        "text",
    )
    add.add_argument("--unit", help="for a number: kg, steps, glasses, ...")
    add.add_argument("--lowest", metavar="N", help="the lowest possible value")
    add.add_argument("--highest", metavar="N", help="the highest possible value")
    show = actions.add_parser("list", help="your trackers and the short names 'log' takes")
    show.add_argument("--all", action="store_true", help="include archived trackers")


TRACKER_COMMANDS: dict[str, Command] = {"tracker": cmd_tracker}
