"""The GP summary's "Decisions I am making" section (issue #25, NICE NG197).

Open decisions come first, each with its options, what the person is leaning towards and how
sure they feel, so the GP sees where the conversation stands before it starts; decisions
already made follow with the choice, when and with whom.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.decision import Decision
from planner.share.report.formatting import long_date
from planner.share.report.markup import _Html

CERTAINTY = {"unsure": "not sure yet", "fairly-sure": "fairly sure", "sure": "sure"}


def decisions_section(decisions: list[Decision], html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["decisions"])
    if not decisions:
        html.p("No decisions written down.")
        return
    for d in sorted(decisions, key=lambda d: (not d.is_open, d.created_on)):
        html.h(3, d.question)
        entries = []
        for option in d.options:
            parts = [p for p in (option.benefits and f"Benefits: {option.benefits}",
                                 option.risks and f"Risks: {option.risks}") if p]
            lead = option.title + (" (I am leaning towards this)"
                                   if option.id == d.leaning_id else "")
            entries.append((lead, " ".join(parts) or "-"))
        html.items(entries)
        if d.outcome is not None:
            chosen = d.option(d.outcome.option_id).title
            who = f" with {d.outcome.with_whom}" if d.outcome.with_whom else ""
            html.p(f"Decided: {chosen}, on {long_date(d.outcome.decided_on)}{who}.")
        elif d.certainty is not None:
            html.p(f"How sure I feel: {CERTAINTY[d.certainty.value]}.")
        if d.aid_title:
            html.p(f"Decision aid: {d.aid_title} ({d.aid_url})", "small")
