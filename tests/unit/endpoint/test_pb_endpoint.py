"""Participatory budgeting on the real server over HTTP (SQLite and PostgreSQL): an editor
writes, opens and closes a round in the console; people vote through /v1/contributions; a
ballot over the pot is refused; the outcome and what became of each project are public, with
every count from fewer than 10 people left out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from endpoint.budget_cli import budget_main
from endpoint.store import audit_log, pb_ballots
from tests.unit.endpoint.conftest import PINNED_TODAY, RunningEndpoint, make_item
from tests.unit.endpoint.test_console import _operator, _orgs


def round_form(org: str, **extra: Any) -> dict[str, Any]:
    form = {
        "title": "Healthy Hackney 2026", "description": "£100 for projects that keep us well.",
        "organisation": org, "borough": "Hackney", "ward": "Dalston", "pot": "100",
        "opens_on": "2026-11-20", "closes_on": "2026-12-31", "ballot": "knapsack",
        "rule": "equal-shares",
        "p0_title": "Walking group", "p0_cost": "50", "p0_organisation": "Hackney Walks",
        "p0_description": "A weekly walk with a leader.",
        "p1_title": "Chair yoga", "p1_cost": "50", "p1_organisation": "Age UK East London",
        "p1_description": "Gentle exercise at the library.",
        "p2_title": "Cooking club", "p2_cost": "50", "p2_organisation": "Food Hub",
        "p2_description": "Cheap healthy meals, cooked together.",
    }
    form.update(extra)
    return form


def ballot(round_id: str, *projects: str) -> dict[str, Any]:
    return make_item({"kind": "budget", "round_id": round_id, "projects": list(projects)})


def _rounds(endpoint: RunningEndpoint) -> list[dict[str, Any]]:
    response = endpoint.get("/v1/budgets")
    assert response.status_code == 200, response.text
    rounds: list[dict[str, Any]] = response.json()["rounds"]
    return rounds


def test_a_round_from_the_console_is_voted_on_refuses_ballots_over_the_pot_and_is_counted(
        endpoint: RunningEndpoint, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "ed", "editor", (org,))
    analyst = _operator(endpoint, "an", "analyst")
    assert analyst.post("/console/budgets/new", round_form(org)).status_code == 403
    bad = editor.post("/console/budgets/new", round_form(org, pot="lots", p1_cost=""))
    assert bad.status_code == 422
    assert "Give the pot in whole pounds" in bad.text and "Project 2: give its cost" in bad.text
    assert editor.post("/console/budgets/new", round_form(org)).status_code == 303
    [doc] = endpoint.store.budget_rounds()
    round_id = doc["id"]
    assert doc["state"] == "draft" and [p["id"] for p in doc["projects"]] == ["p1", "p2", "p3"]
    assert _rounds(endpoint) == []  # a draft is seen by nobody outside the console
    # A form post without the session's CSRF token is refused.
    assert editor.post(f"/console/budgets/{round_id}/open", csrf=False).status_code == 403
    assert editor.post(f"/console/budgets/{round_id}/open").status_code == 303
    [shown] = _rounds(endpoint)
    assert (shown["state"], shown["pot"], shown["ballot"], shown["rule"]) == (
        "open", 100, "knapsack", "equal-shares")
    assert shown["projects"][0] == {
        "id": "p1", "title": "Walking group", "description": "A weekly walk with a leader.",
        "organisation": "Hackney Walks", "cost": 50, "votes": None, "funded": None,
        "fate": None}

    people = [endpoint.register() for _ in range(10)]
    over = endpoint.send(people[0], [ballot(round_id, "p1", "p2", "p3")])
    assert over.status_code == 422
    error = over.json()["error"]
    assert error["code"] == "over_pot"
    assert error["message"] == (
        "The ballot was not accepted: The chosen projects cost £150 together, more than the "
        "pot of £100. Choose projects that fit within the pot. Nothing was stored.")
    assert endpoint.ledger(people[0]) == []
    unknown = endpoint.send(people[0], [ballot(round_id, "p9")])
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "unknown_reference"

    # The hand-counted round of test_pb_rules: six want p1 and p2, four want p3. One of the
    # six first votes for p3 alone, then changes their mind: only the later ballot counts.
    assert endpoint.send(people[0], [ballot(round_id, "p3")]).status_code == 200
    for person in people[:6]:
        assert endpoint.send(person, [ballot(round_id, "p1", "p2")]).status_code == 200
    for person in people[6:]:
        assert endpoint.send(person, [ballot(round_id, "p3")]).status_code == 200
    # A person who votes and then withdraws takes their ballot with them.
    gone = endpoint.register()
    assert endpoint.send(gone, [ballot(round_id, "p2")]).status_code == 200
    assert endpoint.delete("/v1/contributors/me", headers=gone.headers).status_code == 200
    with endpoint.store.engine.connect() as conn:
        assert len(conn.execute(select(pb_ballots.c.id)).all()) == 10

    assert editor.post(f"/console/budgets/{round_id}/close").status_code == 303
    [closed] = _rounds(endpoint)
    assert closed["state"] == "closed" and closed["ballots"] == 10
    assert [(p["id"], p["votes"], p["funded"]) for p in closed["projects"]] == [
        ("p1", None, True), ("p2", None, False), ("p3", None, True)]  # 6, 6, 4: all under 10
    # A vote queued offline before the close and sent after it is accepted (the person's
    # outbox must not jam) and kept in their ledger, but never counted.
    latecomer = endpoint.register()
    late = endpoint.send(latecomer, [ballot(round_id, "p2")])
    assert late.status_code == 200 and late.json()["accepted"] == 1
    assert [row["kind"] for row in endpoint.ledger(latecomer)] == ["budget"]
    with endpoint.store.engine.connect() as conn:
        assert len(conn.execute(select(pb_ballots.c.id)).all()) == 10
    assert _rounds(endpoint) == [closed]

    page = editor.get("/console/budgets")
    assert "Close and count" not in page.text and "fewer than 10 votes" in page.text
    fates = editor.get(f"/console/budgets/{round_id}/fates")
    assert fates.status_code == 200 and 'for="fate_p1"' in fates.text
    assert editor.post(f"/console/budgets/{round_id}/fates", {
        "fate_p1": "Walks started in January, Tuesdays at 10.",
        "fate_p3": "Delayed: the kitchen is being refitted."}).status_code == 303
    [after] = _rounds(endpoint)
    assert [p["fate"] for p in after["projects"]] == [
        "Walks started in January, Tuesdays at 10.", None,
        "Delayed: the kitchen is being refitted."]
    with endpoint.store.engine.connect() as conn:
        actions = [row.action for row in conn.execute(
            select(audit_log.c.action).where(audit_log.c.target == round_id))]
    assert actions == ["budget.create", "budget.open", "budget.close", "budget.fates"]

    # The operator command line counts the same round the same way, under either rule.
    db = str(endpoint.store.engine.url.render_as_string(hide_password=False))
    assert budget_main(["outcome", round_id], db) == 0
    assert capsys.readouterr().out == "p1\np3\n100\n"
    assert budget_main(["outcome", "--last", "--rule", "greedy"], db) == 0
    assert capsys.readouterr().out == "p1\np2\n100\n"
    out = tmp_path / "round.pb"
    assert budget_main(["export", round_id, "--out", str(out)], db) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "max_sum_cost;100" in text and "unit;Hackney" in text and "subunit;Dalston" in text
    header, *votes = text.split("VOTES\n", 1)[1].splitlines()
    assert header == "voter_id;vote"  # numbered 1..10: no contributor id leaves
    assert sorted(line.split(";")[0] for line in votes) == sorted(str(n) for n in range(1, 11))
    assert sorted(",".join(sorted(line.split(";")[1].split(","))) for line in votes) == (
        ["p1,p2"] * 6 + ["p3"] * 4)


def test_counts_from_ten_people_are_published_and_from_nine_are_not(
        endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "ed", "editor", (org,))
    assert editor.post("/console/budgets/new", round_form(
        org, ballot="approval", rule="greedy")).status_code == 303
    [doc] = endpoint.store.budget_rounds()
    assert editor.post(f"/console/budgets/{doc['id']}/open").status_code == 303
    # In an approval round a ballot may cost more than the pot: approving is not spending.
    for n in range(19):
        chosen = ("p1", "p2") if n < 10 else ("p2", "p3")
        assert endpoint.send(endpoint.register(),
                             [ballot(doc["id"], *chosen)]).status_code == 200
    assert editor.post(f"/console/budgets/{doc['id']}/close").status_code == 303
    [closed] = _rounds(endpoint)
    # p1: 10 votes (shown), p2: 19 (shown), p3: 9 (left out). Greedy by votes: p2, then p1.
    assert [(p["id"], p["votes"], p["funded"]) for p in closed["projects"]] == [
        ("p1", 10, True), ("p2", 19, True), ("p3", None, False)]
    assert closed["ballots"] == 19


def test_only_the_rounds_organisation_edits_it_and_an_opened_round_cannot_be_changed(
        endpoint: RunningEndpoint) -> None:
    first, second = _orgs(endpoint)[:2]
    editor = _operator(endpoint, "ed", "editor", (first,))
    other = _operator(endpoint, "od", "editor", (second,))
    assert editor.post("/console/budgets/new", round_form(first)).status_code == 303
    [doc] = endpoint.store.budget_rounds()
    round_id = doc["id"]
    # Another organisation's editor may not write for this one, nor open, edit or close it.
    assert other.post("/console/budgets/new", round_form(first)).status_code == 422
    assert other.get(f"/console/budgets/{round_id}/edit").status_code == 403
    assert other.post(f"/console/budgets/{round_id}/open").status_code == 403
    edited = editor.post(f"/console/budgets/{round_id}/edit", round_form(first, pot="120"))
    assert edited.status_code == 303
    assert endpoint.store.budget_round(round_id)["pot"] == 120  # type: ignore[index]
    assert editor.post(f"/console/budgets/{round_id}/open").status_code == 303
    assert editor.get(f"/console/budgets/{round_id}/edit").status_code == 409
    assert editor.post(f"/console/budgets/{round_id}/edit", round_form(first)).status_code == 409
    assert editor.get(f"/console/budgets/{round_id}/fates").status_code == 409
    assert other.post(f"/console/budgets/{round_id}/close").status_code == 403
    assert endpoint.store.budget_round(round_id)["state"] == "open"  # type: ignore[index]
    assert [r["id"] for r in _rounds(endpoint)] == [round_id]


def test_a_ballot_after_the_closing_date_is_kept_but_not_counted(
        endpoint_factory: Any) -> None:
    early = endpoint_factory()
    org = _orgs(early)[0]
    editor = _operator(early, "ed", "editor", (org,))
    assert editor.post("/console/budgets/new", round_form(
        org, closes_on="2026-12-01")).status_code == 303
    [doc] = early.store.budget_rounds()
    assert editor.post(f"/console/budgets/{doc['id']}/open").status_code == 303
    assert early.send(early.register(), [ballot(doc["id"], "p1")]).status_code == 200
    # The next day: the window has passed though nobody has closed the round yet.
    later = endpoint_factory(today=lambda: PINNED_TODAY + timedelta(days=1))
    assert _rounds(later) == []  # not offered for voting, not counted yet
    sent = later.send(later.register(), [ballot(doc["id"], "p2")])
    assert sent.status_code == 200 and sent.json()["accepted"] == 1
    with later.store.engine.connect() as conn:
        assert [row.projects for row in conn.execute(select(pb_ballots.c.projects))] == [["p1"]]
