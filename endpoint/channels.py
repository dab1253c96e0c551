"""The channel table of each consultation: how many took part online, with a helper at a
community centre (assisted) or on paper, shaped for `endpoint.disclosure`.

Each consultation is one tree: its total over the three channels, every node the number of
people behind it. The channels are disjoint (an assisted session has its own one-off
contributor; a paper form is a person), so the tree's sums are exact and the rule of
`endpoint.disclosure.protect` applies unchanged: a channel of fewer than 10 is hidden, and so is
a second one when the first could otherwise be found by subtraction from the total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from endpoint.aggregates import OptionTally, _survey_results
from endpoint.disclosure import Node, protect
from sync.protocol import ChannelCounts, CountCell, SurveyResult

__all__ = ["CHANNELS", "channel_counts", "paper_results"]

CHANNELS = ("online", "assisted", "paper")
_TOTAL = "#total"


def _cell(value: int, hidden: bool) -> CountCell:
    return CountCell(value=None if hidden else value, suppressed=hidden)


def channel_counts(people: Mapping[str, Mapping[str, int]], titles: Mapping[str, str],
                   threshold: int) -> list[ChannelCounts]:
    """One protected table per published consultation that anyone took part in."""
    shown: list[ChannelCounts] = []
    for survey_id in sorted(titles):
        counts = people.get(survey_id)
        if not counts:
            continue
        leaves = [Node(channel, counts.get(channel, 0), counts.get(channel, 0))
                  for channel in CHANNELS]
        total = Node.total(_TOTAL, leaves, people=sum(leaf.value for leaf in leaves))
        hidden = protect(total, threshold=threshold)
        shown.append(ChannelCounts(
            survey_id=survey_id, title=titles[survey_id],
            total=_cell(total.value, _TOTAL in hidden),
            **{channel: _cell(counts.get(channel, 0), channel in hidden) for channel in CHANNELS},
        ))
    return shown


def paper_results(counts: Mapping[tuple[str, str, str], int],
                  surveys: Sequence[Mapping[str, Any]], threshold: int) -> list[SurveyResult]:
    """The paper answers of each consultation that has any, shaped and protected exactly as
    `/v1/results` shapes online answers (one tree per question: its respondents over options).
    On paper each form is a person, so a count is also its number of people."""
    with_paper = {survey_id for survey_id, _q, _o in counts}
    tallies = [OptionTally(s, q, o, n) for (s, q, o), n in counts.items()]
    return _survey_results([doc for doc in surveys if doc["id"] in with_paper], tallies,
                           threshold)
