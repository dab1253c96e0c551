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
from endpoint.deps import AppContext
from endpoint.disclosure import Node, protect
from sync.protocol import (
    SUPPRESSION_THRESHOLD,
    ChannelCounts,
    ChannelCountsList,
    CountCell,
    SurveyResult,
)

__all__ = ["CHANNELS", "channel_counts", "paper_results", "published_channels"]

_VIEW = "channels"  # its name among a period's published views

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


def published_channels(context: AppContext) -> bytes:
    """The channels view of this publication period: built once and stored, like the results,
    so two downloads in one period cannot be differenced; `/v1/channels` serves these bytes
    and the console's results page shows them."""
    publisher = context.publisher
    store = context.store
    if publisher is None or not publisher.period:
        return _build(context).model_dump_json().encode()
    start = publisher.period_start(context.now())
    stored = store.published(start, _VIEW)
    if stored is None:
        store.publish(start, {_VIEW: _build(context).model_dump_json()}, None)
        stored = store.published(start, _VIEW)
        assert stored is not None
    return stored[0].encode()


def _build(context: AppContext) -> ChannelCountsList:
    published = context.store.list_surveys()  # drafts are left out
    titles = {str(doc["id"]): str(doc["title"]) for doc in published}
    return ChannelCountsList(
        suppression_threshold=SUPPRESSION_THRESHOLD,
        consultations=channel_counts(context.store.channel_people(), titles,
                                     SUPPRESSION_THRESHOLD),
        paper=paper_results(context.store.paper_counts(), published, SUPPRESSION_THRESHOLD))
