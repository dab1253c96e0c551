"""Taking part -> Budgets with real widgets, from the vault's copy (no server here): the
running total as projects are ticked, a ballot over the pot refused before it is queued, a
vote queued under the `surveys` consent, and a closed round's funded projects and their fate."""

from __future__ import annotations

import json
import os
from typing import Any

from featurekit import in_vault, open_view
from PySide6.QtCore import Qt

from planner.vault import Vault
from sync import consent, outbox, state
from sync.budgets import my_ballots
from sync.protocol import BudgetBallot
from ui.session import Session
from ui.views.participation import ParticipationView


def _project(key: str, title: str, cost: int, **after: Any) -> dict[str, Any]:
    return {"id": key, "title": title, "description": f"About {title}.",
            "organisation": "Hackney CVS", "cost": cost, **after}


ROUNDS = {"rounds": [
    {"id": "open-round", "title": "Healthy Hackney 2026", "description": "Keep us well.",
     "organisation": "Hackney Council", "borough": "Hackney", "ward": "Dalston", "pot": 100,
     "opens_on": "2026-11-20", "closes_on": "2026-12-31", "ballot": "knapsack",
     "rule": "equal-shares", "state": "open",
     "projects": [_project("p1", "Walking group", 50), _project("p2", "Chair yoga", 40),
                  _project("p3", "Cooking club", 30)]},
    {"id": "old-round", "title": "Parks 2025", "description": "Parks.",
     "organisation": "Hackney Council", "borough": "Hackney", "pot": 90,
     "opens_on": "2025-05-01", "closes_on": "2025-05-31", "ballot": "approval",
     "rule": "greedy", "state": "closed", "ballots": 31,
     "projects": [_project("p1", "Benches", 60, votes=25, funded=True,
                           fate="Twelve benches were put in by June."),
                  _project("p2", "Bins", 50, votes=None, funded=False)]},
]}


def _texts(view: ParticipationView) -> list[str]:
    panel = view.budget_panel
    return [panel.projects.item(n).text() for n in range(panel.projects.count())]


def test_the_budget_tab_totals_refuses_over_the_pot_queues_a_vote_and_shows_the_outcome(
        qtbot: Any, demo_session: Session) -> None:
    def prepare(v: Vault) -> None:
        consent.record(v, "surveys", "given")
        state.put(v, "budgets", json.dumps(ROUNDS))

    in_vault(qtbot, demo_session, prepare)
    view = open_view(qtbot, ParticipationView, demo_session)
    panel = view.budget_panel
    qtbot.waitUntil(lambda: panel.round_list.count() == 2, timeout=10_000)
    view.tabs.setCurrentWidget(panel)
    assert panel.round_list.item(0).text() == "Healthy Hackney 2026 (open until 2026-12-31)"
    assert panel.title.text() == "Healthy Hackney 2026"
    assert "Hackney, Dalston. Pot: £100. Voting from 2026-11-20 to 2026-12-31." in (
        panel.details.text())
    assert panel.total.text() == "Chosen: £0 of the £100 pot."
    assert not panel.send_button.isEnabled()

    panel.projects.item(0).setCheckState(Qt.CheckState.Checked)  # £50
    panel.projects.item(1).setCheckState(Qt.CheckState.Checked)  # £40
    assert panel.total.text() == "Chosen: £90 of the £100 pot."
    assert panel.send_button.isEnabled()
    panel.projects.item(2).setCheckState(Qt.CheckState.Checked)  # £30: £120 in all
    assert panel.total.text() == (
        "Chosen: £120 of the £100 pot. That is £20 over the pot: untick a project.")
    assert not panel.send_button.isEnabled()
    panel.vote()  # even if asked, nothing over the pot is queued
    assert "costs more than the pot" in view.banner.text
    assert in_vault(qtbot, demo_session, lambda v: outbox.count_pending(v)) == 0
    shots = os.environ.get("HP_UI_SHOTS")
    if shots:
        view.resize(900, 760)
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-budget-over-the-pot.png"))

    panel.projects.item(0).setCheckState(Qt.CheckState.Unchecked)  # £70
    view.banner.dismiss()
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.banner.text != "", timeout=10_000)
    assert view.banner.text == (
        "Your vote was added to the send list. It leaves at the next sync.")
    queued = in_vault(qtbot, demo_session, lambda v: outbox.pending(v))
    assert [item.contribution.body for item in queued] == [
        BudgetBallot(round_id="open-round", projects=["p2", "p3"])]
    assert queued[0].contribution.purpose == "surveys"
    assert in_vault(qtbot, demo_session, my_ballots) == {"open-round": ["p2", "p3"]}
    qtbot.waitUntil(lambda: "You have voted" in panel.total.text(), timeout=10_000)
    assert panel.projects.item(1).checkState() == Qt.CheckState.Checked

    panel.round_list.setCurrentRow(1)
    assert panel.title.text() == "Parks 2025"
    assert _texts(view) == [
        "FUNDED: Benches: £60, proposed by Hackney CVS. About Benches. (25 vote(s)) "
        "What became of it: Twelve benches were put in by June.",
        "not funded: Bins: £50, proposed by Hackney CVS. About Bins. (fewer than 10 votes)"]
    assert panel.total.text() == "1 project(s) funded, costing £60 of the £90 pot."
    assert not panel.send_button.isEnabled()
    if shots:
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-budget-outcome.png"))
        big = view.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        view.setFont(big)  # 200 % text: the words wrap, nothing is cut off
        panel.round_list.setCurrentRow(0)
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-budget-200-percent.png"))
