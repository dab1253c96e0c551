"""Participatory budgeting on the wire: the rounds the endpoint publishes and the ballot a
person sends (purpose `surveys`).

A round's ballot is either `approval` (tick every project you support) or `knapsack` ("choose
within the pot": the chosen projects may cost no more than the pot, Pabulib's `max_sum_cost`).
`ballot_problem` is the one statement of what makes a ballot acceptable, so the app refuses to
queue exactly the ballots the endpoint would refuse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, field_validator

from sync.protocol.common import Borough, Identifier, Line, Text, _Request, _Response

BallotKind = Literal["approval", "knapsack"]
OutcomeRule = Literal["greedy", "equal-shares"]
RoundState = Literal["open", "closed"]

MAX_PROJECTS = 200
"""Most projects in one round (and so on one ballot)."""


class BudgetBallot(_Request):
    """One person's ballot in one round: the ids of the projects they choose.

    The endpoint counts one ballot per contributor and round: a later ballot replaces the
    earlier one while the round is open.
    """

    kind: Literal["budget"] = "budget"
    round_id: Identifier
    projects: Annotated[list[Identifier], Field(min_length=1, max_length=MAX_PROJECTS)]

    @field_validator("projects")
    @classmethod
    def _once_each(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a project may be chosen only once")
        return value


class BudgetProject(_Response):
    id: str
    title: Line
    description: Text
    organisation: Line
    cost: int
    # After the round: the published count (None when under the disclosure threshold),
    # whether it was funded, and what the editor says became of it.
    votes: int | None = None
    funded: bool | None = None
    fate: Text | None = None


class BudgetRound(_Response):
    """A published round. Costs and the pot are whole pounds."""

    id: str
    title: Line
    description: Text
    organisation: Line
    borough: Borough
    ward: Line | None = None
    pot: int
    opens_on: date
    closes_on: date
    ballot: BallotKind
    rule: OutcomeRule
    state: RoundState
    projects: list[BudgetProject]
    ballots: int | None = None
    """Ballots counted, once closed; None while open or when under the threshold."""


class BudgetRoundList(_Response):
    rounds: list[BudgetRound]


def ballot_cost(costs: Mapping[str, int], chosen: Sequence[str]) -> int:
    """What the chosen projects cost together (unknown ids cost nothing here; see below)."""
    return sum(costs.get(project, 0) for project in chosen)


def ballot_problem(ballot: BallotKind, pot: int, costs: Mapping[str, int],
                   chosen: Sequence[str]) -> str | None:
    """Why this ballot cannot be sent, in one sentence, or None when it can."""
    if not chosen:
        return "Choose at least one project."
    unknown = [project for project in chosen if project not in costs]
    if unknown:
        return f"{unknown[0]} is not a project of this round."
    total = ballot_cost(costs, chosen)
    if ballot == "knapsack" and total > pot:
        return (f"The chosen projects cost £{total:,} together, more than the pot of "
                f"£{pot:,}. Choose projects that fit within the pot.")
    return None
