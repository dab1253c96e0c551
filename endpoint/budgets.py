"""Participatory budgeting rounds: what state a round is in, which ballots it accepts, how it
is counted when it closes, and what of it is public.

Shared by the public API (endpoint/routers/budgets.py, and the ballot check in
endpoint/routers/contributors.py), the console (endpoint/console/budgets.py) and the operator
command line (endpoint/budget_cli.py), so each says the same thing about a round.

Counting happens once, when an editor closes the round: the funded projects (by the round's
published rule, endpoint/pb_rules.py) and the number of ballots and of votes for each project
are kept in the round's document. The public figures are those stored counts passed through
endpoint/disclosure.py, each as a table of its own (one node: a project's supporters overlap
with other projects', so they are no parts of a total), so a count from fewer than 10 people
is never shown, and a later withdrawal cannot be differenced against the published figure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from endpoint.disclosure import Node, protect
from endpoint.errors import ApiError, summary
from endpoint.pb_rules import funded
from endpoint.store import Store
from sync.protocol import (
    BudgetBallot,
    BudgetProject,
    BudgetRound,
    Contribution,
    ErrorDetail,
    ballot_problem,
)

__all__ = ["check_ballots", "close_round", "costs", "is_voting", "public_round", "tally"]


def costs(doc: dict[str, Any]) -> dict[str, int]:
    """Each project's cost, in the round's order."""
    return {project["id"]: int(project["cost"]) for project in doc["projects"]}


def is_voting(doc: dict[str, Any], today: date) -> bool:
    """Opened by an editor, not closed, and today within its voting window."""
    return (doc.get("state") == "open"
            and date.fromisoformat(doc["opens_on"]) <= today
            <= date.fromisoformat(doc["closes_on"]))


def check_ballots(store: Store, items: Sequence[Contribution], today: date) -> set[str]:
    """Refuse the whole batch (422) if a ballot names no published round, a project not in its
    round, or (in a "choose within the pot" round) costs more than the pot; the app refuses
    to queue all of these, so only a broken or hostile client meets them.

    Return the ids of the ballots that arrive too late (the round has closed, or its window
    has passed): they are accepted, so a vote queued offline before the close never jams
    the person's outbox, and stored for their ledger, but not counted."""
    details: list[ErrorDetail] = []
    over_pot: str | None = None
    rounds: dict[str, dict[str, Any] | None] = {}
    late: set[str] = set()
    for i, item in enumerate(items):
        body = item.body
        if not isinstance(body, BudgetBallot):
            continue
        where = f"items[{i}].body"
        if body.round_id not in rounds:  # one read per round, however long the batch
            rounds[body.round_id] = store.budget_round(body.round_id)
        doc = rounds[body.round_id]
        if doc is None or doc.get("state") in {"draft", "imported"}:
            details.append(ErrorDetail(location=f"{where}.round_id",
                                       problem="is not a budget round"))
            continue
        if not is_voting(doc, today):
            late.add(str(item.id))
        problem = ballot_problem(doc["ballot"], int(doc["pot"]), costs(doc), body.projects)
        if problem is not None:
            if problem.startswith("The chosen projects cost"):
                over_pot = over_pot or problem
            details.append(ErrorDetail(location=f"{where}.projects", problem=problem))
    if over_pot is not None:
        raise ApiError(422, "over_pot", f"The ballot was not accepted: {over_pot} "
                       "Nothing was stored.", details=details)
    if details:
        raise ApiError(422, "unknown_reference", summary(details), details=details)
    return late


def tally(doc: dict[str, Any], ballots: Sequence[Sequence[str]], rule: str | None = None
          ) -> dict[str, Any]:
    """The count of a round: funded projects by `rule` (the round's own by default), their
    total cost, ballots and votes per project (raw: published only through `public_round`)."""
    prices = costs(doc)
    chosen = funded(rule or doc["rule"], int(doc["pot"]), prices, ballots)
    votes = Counter(project for ballot in ballots for project in ballot)
    return {"funded": chosen, "cost": sum(prices[project] for project in chosen),
            "ballots": len(ballots), "votes": {project: votes.get(project, 0)
                                               for project in prices}}


def close_round(store: Store, doc: dict[str, Any]) -> dict[str, Any]:
    """The round closed and counted (the caller saves it)."""
    ballots = [ballot["projects"] for ballot in store.round_ballots(doc["id"])]
    closed = dict(doc)
    closed["state"] = "closed"
    closed["outcome"] = tally(doc, ballots)
    return closed


def _shown(count: int | None, key: str) -> int | None:
    if count is None:
        return None
    return None if key in protect(Node(key, count, count)) else count


def public_round(doc: dict[str, Any]) -> BudgetRound:
    """What anyone may see of an open or closed round."""
    outcome = doc.get("outcome") or {}
    closed = doc["state"] == "closed"
    fates = doc.get("fates") or {}
    funded_ids = set(outcome.get("funded") or [])
    projects = [
        BudgetProject(
            id=project["id"], title=project["title"], description=project["description"],
            organisation=project["organisation"], cost=int(project["cost"]),
            votes=_shown((outcome.get("votes") or {}).get(project["id"]), project["id"])
            if closed else None,
            funded=(project["id"] in funded_ids) if closed else None,
            fate=(fates.get(project["id"]) or None) if closed else None,
        )
        for project in doc["projects"]
    ]
    return BudgetRound(
        id=doc["id"], title=doc["title"], description=doc["description"],
        organisation=doc.get("organisation") or "", borough=doc["borough"],
        ward=doc.get("ward") or None, pot=int(doc["pot"]),
        opens_on=date.fromisoformat(doc["opens_on"]),
        closes_on=date.fromisoformat(doc["closes_on"]), ballot=doc["ballot"],
        rule=doc["rule"], state="closed" if closed else "open", projects=projects,
        ballots=_shown(outcome.get("ballots"), "ballots") if closed else None,
    )
