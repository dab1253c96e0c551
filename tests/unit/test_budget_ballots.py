"""A budget ballot on the person's computer (real vault): refused over the pot before it is
queued, queued under the `surveys` consent as the exact JSON that will leave, replaced by a
later vote, and cancelled when the consent is withdrawn."""

from __future__ import annotations

import pytest

from planner.errors import InputError
from planner.vault import Vault
from sync import consent, outbox
from sync.budgets import my_ballots, queue_ballot
from sync.protocol import BudgetRound


def _round(ballot: str = "knapsack", state: str = "open") -> BudgetRound:
    return BudgetRound.model_validate({
        "id": "r1", "title": "Healthy Hackney", "description": "Keep well.",
        "organisation": "Hackney Council", "borough": "Hackney", "pot": 100,
        "opens_on": "2026-11-20", "closes_on": "2026-12-31", "ballot": ballot,
        "rule": "greedy", "state": state,
        "projects": [{"id": f"p{n}", "title": f"P{n}", "description": "x",
                      "organisation": "o", "cost": cost}
                     for n, cost in ((1, 50), (2, 40), (3, 30))]})


def test_a_ballot_over_the_pot_is_refused_and_a_good_one_is_queued_then_replaced(
        vault: Vault) -> None:
    with pytest.raises(InputError, match="not agreed"):
        queue_ballot(vault, _round(), ["p1"])
    consent.record(vault, "surveys", "given")
    with pytest.raises(InputError) as refused:
        queue_ballot(vault, _round(), ["p1", "p2", "p3"])
    assert str(refused.value) == (
        "The chosen projects cost £120 together, more than the pot of £100. Choose projects "
        "that fit within the pot.")
    with pytest.raises(InputError, match="has closed"):
        queue_ballot(vault, _round(state="closed"), ["p1"])
    assert outbox.count_pending(vault) == 0
    # In an approval round ticking more than the pot is allowed: approving is not spending.
    queue_ballot(vault, _round(ballot="approval"), ["p1", "p2", "p3"])
    queued = queue_ballot(vault, _round(), ["p2", "p3"])
    assert queued.purpose == "surveys"
    [_first, second] = outbox.pending(vault)
    assert second.contribution == queued  # the preview is what will leave
    assert '"projects": [\n      "p2",\n      "p3"\n    ]' in second.json
    assert my_ballots(vault) == {"r1": ["p2", "p3"]}  # the later vote is the one that counts
    consent.record(vault, "surveys", "withdrawn")
    assert outbox.count_pending(vault) == 0 and my_ballots(vault) == {}


def test_ballots_are_found_without_reading_the_other_queued_items(vault: Vault) -> None:
    """Taking part reads the person's ballots each time it opens; with 10,000 pieces of
    feedback waiting it read all of them to find none (issue #22). The outbox's purpose index
    takes the query straight to the survey answers."""
    consent.record(vault, "feedback", "given")
    outbox.queue_feedback(vault, "svc-x", "good")
    asked: list[str] = []
    vault.store.conn.set_trace_callback(asked.append)
    try:
        assert my_ballots(vault) == {}
    finally:
        vault.store.conn.set_trace_callback(None)
    query = next(sql for sql in asked if "FROM outbox" in sql)
    plan = " ".join(row[-1] for row in vault.store.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "USING INDEX outbox_by_purpose" in plan, plan
