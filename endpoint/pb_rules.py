"""The published rules that turn a budget round's ballots into funded projects.

Both rules come from `pabutools`, the library the participatory-budgeting field keeps (it is
what Pabulib's own analyses and equalshares.net's reference code are checked against), rather
than from code written here: the Method of Equal Shares and its completion are easy to get
subtly wrong (rounding of shares, the order of the completion steps), and the library is what
anyone checking our result with the field's tools will run.

* `greedy` (greedy by votes): `greedy_utilitarian_welfare` with cost satisfaction. A voter's
  satisfaction is the cost of the approved projects funded, so a project's gain per pound is its
  number of votes: projects are taken by votes, most first, skipping any that no longer fits.
* `equal-shares`: the Method of Equal Shares with cost satisfaction (each voter holds an equal
  share of the pot; a project is funded when its supporters can pay for it, the one asking the
  least of each supporter first), completed the usual way (equalshares.net's "add1" then
  greedy): the voters' shares are raised by £1 at a time while the outcome still fits the pot,
  and whatever money is left then goes to the greedy rule.

Tie-break, for both rules and both steps: `lexico_tie_breaking`, the library's default, which
prefers the project whose id comes first when ids are compared as text ("10" before "9").
It is the same in every tool that uses pabutools' defaults, so a tie cannot make our result
differ from a check made with them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pabutools.election import ApprovalBallot, ApprovalProfile, Cost_Sat, Instance, Project
from pabutools.rules import (
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
)
from pabutools.tiebreaking import lexico_tie_breaking

__all__ = ["RULES", "TIE_BREAKING", "election", "funded"]

RULES = ("greedy", "equal-shares")
TIE_BREAKING = lexico_tie_breaking


def election(pot: int, costs: Mapping[str, int],
             ballots: Sequence[Sequence[str]]) -> tuple[Instance, ApprovalProfile]:
    """The round as pabutools' instance and approval profile."""
    projects = {name: Project(name, cost) for name, cost in costs.items()}
    instance = Instance(projects.values(), budget_limit=pot)
    profile = ApprovalProfile(
        [ApprovalBallot(projects[name] for name in ballot) for ballot in ballots])
    return instance, profile


def funded(rule: str, pot: int, costs: Mapping[str, int],
           ballots: Sequence[Sequence[str]]) -> list[str]:
    """The ids of the funded projects under `rule`, in the round's order of `costs`."""
    instance, profile = election(pot, costs, ballots)
    chosen: Any
    if rule == "greedy":
        chosen = greedy_utilitarian_welfare(
            instance, profile, sat_class=Cost_Sat, tie_breaking=TIE_BREAKING)
    elif rule == "equal-shares":
        chosen = completion_by_rule_combination(
            instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": Cost_Sat, "tie_breaking": TIE_BREAKING, "voter_budget_increment": 1},
             {"sat_class": Cost_Sat, "tie_breaking": TIE_BREAKING}])
    else:
        raise ValueError(f"unknown rule {rule!r}: use one of {', '.join(RULES)}")
    names = {project.name for project in chosen}
    return [name for name in costs if name in names]
