"""Participatory budgeting on the person's computer: the rounds last downloaded (kept in the
vault, so they read offline), the ballot queued for a round, and the refusal of a ballot the
endpoint would refuse (`sync.protocol.ballot_problem`, the same sentence on both sides).

Ballots are contributions of the `surveys` purpose: queued in the outbox with the consent,
previewed, sent at the next sync, cancelled on withdrawal, like a consultation answer.
"""

from __future__ import annotations

from planner.errors import InputError
from planner.vault.vault import Vault
from sync import outbox, state
from sync.protocol import (
    BudgetBallot,
    BudgetRound,
    BudgetRoundList,
    Contribution,
    ballot_problem,
)
from sync.untrusted import UNTRUSTED

__all__ = ["BUDGETS_KEY", "cached_rounds", "my_ballots", "queue_ballot"]

BUDGETS_KEY = "budgets"


def cached_rounds(vault: Vault) -> BudgetRoundList:
    """The last downloaded rounds (cleaned again on reading, like every server copy)."""
    raw = state.get(vault, BUDGETS_KEY)
    if not raw:
        return BudgetRoundList(rounds=[])
    return BudgetRoundList.model_validate_json(raw, context=UNTRUSTED)


def my_ballots(vault: Vault) -> dict[str, list[str]]:
    """The projects this person chose in each round (queued or sent), the latest ballot."""
    rows = vault.store.query(
        "SELECT body FROM outbox WHERE purpose = 'surveys' AND state IN ('queued', 'sent') "
        "ORDER BY created_at")
    chosen: dict[str, list[str]] = {}
    for (body,) in rows:
        found = Contribution.model_validate_json(body).body
        if isinstance(found, BudgetBallot):
            chosen[found.round_id] = list(found.projects)
    return chosen


def queue_ballot(vault: Vault, budget_round: BudgetRound, projects: list[str]) -> Contribution:
    """Queue a ballot, refused here (InputError, nothing queued) when it is over the pot of a
    "choose within the pot" round, or the round is not open."""
    if budget_round.state != "open":
        raise InputError("Voting in this round has closed.")
    costs = {project.id: project.cost for project in budget_round.projects}
    problem = ballot_problem(budget_round.ballot, budget_round.pot, costs, projects)
    if problem is not None:
        raise InputError(problem)
    return outbox.queue(vault, BudgetBallot(round_id=budget_round.id, projects=projects))
