"""Participatory budgeting: the rounds people may vote in now, and the outcome of those that
have closed (public). Ballots themselves travel as contributions (POST /v1/contributions,
purpose `surveys`), checked by `endpoint.budgets.check_ballots`.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from endpoint.budgets import is_voting, public_round
from endpoint.deps import NOT_MODIFIED, Ctx, conditional_json
from sync.protocol import API_PREFIX, BudgetRoundList

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)


@router.get(
    "/budgets",
    response_model=BudgetRoundList,
    responses=NOT_MODIFIED,
    tags=["budgets"],
)
def budget_rounds(request: Request, context: Ctx) -> Response:
    """Budget rounds open for voting today, and closed rounds with their funded projects,
    what became of each, and the votes per project (a count from fewer than 10 people is
    left out)."""
    today = context.today()
    docs = [doc for doc in context.store.budget_rounds(("open", "closed"))
            if doc["state"] == "closed" or is_voting(doc, today)]
    body = BudgetRoundList(rounds=[public_round(doc) for doc in docs])
    return conditional_json(request, body, None)
