"""The published shift of a deliberative consultation, and why it is safe next to itself.

Before, after and how each person moved are three views of ONE two-way table (answer before x
answer after, among the people who read the pack). Publish its cells and both margins and it is
not a tree: `endpoint.disclosure` refuses it, and rightly, since a hidden cell can then be found
by subtracting along its row and along its column; publish a "change" per option next to a
suppressed "before" and the hidden "before" is published after minus change. So per question:

* the **before** table (respondents -> the answer they gave first) and the **after** table
  (respondents -> the answer they gave last) are each a tree, each protected by `protect`, with
  the SAME root (the same people, counted once, so hidden or shown alike: a root is hidden only
  when under the threshold);
* the cells (who moved from what to what) are never published, nor a change figure: the app
  shows a change as the difference of two published figures (`sync.protocol.derived_shift`);
* `skipped_pack` is a one-number table of its own.

Why the two margins cannot be played off against each other: for ANY before-vector and
after-vector with the same total there is a table of non-negative whole numbers with those
margins (fill it corner to corner, the "north-west corner rule"). So knowing the after table
rules out no before-vector the before table allowed, and the reverse: each table's hidden cells
are exactly as protected as if it were published alone, which `protect` proves. A single
person's move (a cell) can reach min(before, after) of its row and column, and both can reach at
least the threshold at once, so no cell is narrowed below it either. The privacy auditor
(tests/privacy_auditor.py) checks this with the cells as unknowns, by integer programming.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from endpoint.disclosure import Node, protect
from endpoint.store import Store
from endpoint.store.deliberation import PairCount
from sync.protocol import DeliberationResults, OptionPeople, PairedResult

__all__ = [
    "carry_over",
    "margin_tree",
    "pairable",
    "paired_questions",
    "published_shift",
    "shift_result",
]


def paired_questions(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The consultation's questions asked before and after its pack, in survey order."""
    deliberation = document.get("deliberation") or {}
    paired = set(deliberation.get("paired") or ())
    return [q for q in document.get("questions", []) if q["id"] in paired]


def pairable(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Questions that can be asked twice: single choice with options (a tick box of a
    multiple-choice question, or free text, has no answer to compare)."""
    return [q for q in doc.get("questions", []) if q.get("options") and not q.get("group")]


def carry_over(old: Mapping[str, Any], new: dict[str, Any]) -> None:
    """Keep the pack when a draft is saved again from the consultation form; questions that
    are no longer single choice drop out of the pairing."""
    deliberation = old.get("deliberation")
    if not deliberation:
        return
    still = {q["id"] for q in pairable(new)}
    new["deliberation"] = {**deliberation,
                           "paired": [q for q in deliberation.get("paired", []) if q in still]}


def margin_tree(options: Sequence[str], people: Mapping[str, int]) -> Node:
    """respondents -> option, every option included (the shape is public: an absent option
    must not stand out from a hidden one)."""
    leaves = [Node(option, people.get(option, 0), people.get(option, 0)) for option in options]
    return Node.total("respondents", leaves, sum(leaf.value for leaf in leaves))


def _published(tree: Node) -> tuple[int | None, list[OptionPeople]]:
    hidden = protect(tree)
    return (
        None if tree.key in hidden else tree.value,
        [OptionPeople(option_id=leaf.key, people=None if leaf.key in hidden else leaf.value)
         for leaf in tree.children],
    )


def shift_result(question_id: str, options: Sequence[str], counts: PairCount) -> PairedResult:
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    skipped = 0
    for (read, first, last), people in counts.items():
        if not read:
            skipped += people
            continue
        before[first] = before.get(first, 0) + people
        after[last] = after.get(last, 0) + people
    respondents, before_cells = _published(margin_tree(options, before))
    same_root, after_cells = _published(margin_tree(options, after))
    assert same_root == respondents  # one root, hidden or shown alike (see above)
    skipped_hidden = protect(Node("skipped", skipped, skipped))
    return PairedResult(
        question_id=question_id,
        respondents=respondents,
        before=before_cells,
        after=after_cells,
        skipped_pack=None if skipped_hidden else skipped,
    )


def published_shift(
    store: Store, document: Mapping[str, Any], cut: datetime | None
) -> DeliberationResults:
    """Everything published about one deliberative consultation: the API and the console
    show the same figures, counted up to `cut` (the publication period's start)."""
    counts, newest = store.deliberation_pairs(str(document["id"]), cut)
    return DeliberationResults(
        survey_id=str(document["id"]),
        data_as_of=newest,
        questions=[
            shift_result(q["id"], [o["id"] for o in q["options"]], counts.get(q["id"], {}))
            for q in paired_questions(document)
        ],
    )
