"""Participatory budgeting outcomes and Pabulib files: a hand-counted round under both rules,
the library's own result on generated rounds, and files that survive import and export."""

from __future__ import annotations

import random
from pathlib import Path

from pabutools.election import Cost_Sat
from pabutools.election.pabulib import parse_pabulib
from pabutools.rules import (
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
)
from pabutools.tiebreaking import lexico_tie_breaking

from endpoint import pabulib
from endpoint.budget_cli import budget_main
from endpoint.budgets import tally
from endpoint.pb_rules import election, funded

# Hand-counted round. Pot £100, ten voters, three projects of £50 each:
#   six voters approve p1 and p2; four voters approve p3.
# Greedy by votes: p1 (6 votes) and p2 (6 votes) come first; p1 is taken (£50), p2 is taken
#   (£100 spent); p3 (4 votes) no longer fits. Funded: p1, p2, £100.
# Method of Equal Shares (cost satisfaction): each voter holds 100 / 10 = £10.
#   p1 costs 50 over 6 supporters = £8.33 each, p2 the same: a tie, broken by id, p1 first.
#   p3 needs 50 from 4 supporters holding 4 x 10 = £40: not affordable.
#   After p1 the six hold 10 - 8.33 = £1.67 each, £10 together: p2 is not affordable.
#   Funded so far p1 (£50): money is left, so the completion raises every share by £1:
#   £11: p3's supporters hold 44 < 50; £12: 48 < 50; £13: 52 >= 50, so p3 (50/4 = £12.50
#   each) is affordable, and p1 (8.33 each, the smaller share) is still bought first; the
#   six then hold 6 x (13 - 8.33) = £28 < 50, so not p2. £100 spent: nothing else fits.
#   Funded: p1, p3, £100 — the minority's project instead of the majority's second.
HAND_COSTS = {"p1": 50, "p2": 50, "p3": 50}
HAND_BALLOTS = [["p1", "p2"]] * 6 + [["p3"]] * 4


def test_a_hand_counted_round_gives_the_same_outcome_under_both_rules() -> None:
    assert funded("greedy", 100, HAND_COSTS, HAND_BALLOTS) == ["p1", "p2"]
    assert funded("equal-shares", 100, HAND_COSTS, HAND_BALLOTS) == ["p1", "p3"]
    doc = {"pot": 100, "rule": "equal-shares",
           "projects": [{"id": key, "cost": cost} for key, cost in HAND_COSTS.items()]}
    counted = tally(doc, HAND_BALLOTS)
    assert counted == {"funded": ["p1", "p3"], "cost": 100, "ballots": 10,
                       "votes": {"p1": 6, "p2": 6, "p3": 4}}


def _generated(seed: int) -> tuple[int, dict[str, int], list[list[str]]]:
    rng = random.Random(seed)
    costs = {f"p{n}": rng.randrange(5, 60) * 100 for n in range(1, rng.randrange(4, 12))}
    pot = sum(costs.values()) * rng.randrange(25, 70) // 100
    names = list(costs)
    ballots = [rng.sample(names, rng.randrange(1, len(names) + 1))
               for _ in range(rng.randrange(12, 60))]
    return pot, costs, ballots


def test_generated_rounds_match_the_library_called_directly() -> None:
    differed = 0
    for seed in range(25):
        pot, costs, ballots = _generated(seed)
        instance, profile = election(pot, costs, ballots)
        greedy = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat,
                                            tie_breaking=lexico_tie_breaking)
        shares = completion_by_rule_combination(
            instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": Cost_Sat, "tie_breaking": lexico_tie_breaking,
              "voter_budget_increment": 1},
             {"sat_class": Cost_Sat, "tie_breaking": lexico_tie_breaking}])
        ours_greedy = funded("greedy", pot, costs, ballots)
        ours_shares = funded("equal-shares", pot, costs, ballots)
        assert set(ours_greedy) == {project.name for project in greedy}, seed
        assert set(ours_shares) == {project.name for project in shares}, seed
        assert sum(costs[p] for p in ours_shares) <= pot
        differed += ours_greedy != ours_shares
    # The two rules are really different rules on these rounds, not one run twice.
    assert differed > 0


PABULIB = """META
key;value
description;Ursynów 2023
country;Poland
unit;Warszawa
subunit;Ursynów
instance;2023
num_projects;4
num_votes;5
budget;1000
vote_type;approval
rule;greedy
max_sum_cost;1000
PROJECTS
project_id;cost;name;category;votes;selected
1;400;Park benches;environment,public space;3;1
2;500;Library hours;education;3;1
3;300;Walking group;health;2;0
10;200;Bike racks;public transit;1;1
VOTES
voter_id;age;sex;vote
1;34;F;1,2
2;51;M;1,3
3;27;F;2,10
4;63;M;1,2,3
5;40;F;
"""


def _same_round(first: Path, second: Path) -> None:
    (a, pa), (b, pb) = parse_pabulib(str(first)), parse_pabulib(str(second))
    assert a.meta == b.meta
    assert a.budget_limit == b.budget_limit
    def shape(instance):  # type: ignore[no-untyped-def]
        return sorted((p.name, p.cost, sorted(p.categories), sorted(
            (key, sorted(value) if isinstance(value, set) else value)
            for key, value in instance.project_meta[p].items())) for p in instance)

    assert shape(a) == shape(b)
    votes = sorted((tuple(sorted(x.meta.items())), tuple(sorted(p.name for p in x))) for x in pa)
    assert votes == sorted((tuple(sorted(x.meta.items())), tuple(sorted(p.name for p in x)))
                           for x in pb)


def test_a_pabulib_file_with_a_byte_order_mark_imports_counts_and_exports_as_the_same_round(
        tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "poland_warszawa_2023_ursynow.pb"
    source.write_bytes("\ufeff".encode() + PABULIB.encode())
    db = f"sqlite:///{tmp_path / 'endpoint.db'}"
    assert budget_main(["import", str(source)], db) == 0
    assert "imported poland_warszawa_2023_ursynow: 4 projects, 5 ballots" in capsys.readouterr().out
    # Greedy by votes, by hand: 1 (3 votes, £400) and 2 (3 votes, £500) make £900;
    # 3 (2 votes, £300) does not fit in the £100 left; 10 (1 vote, £200) does not either.
    assert budget_main(["outcome", "--last", "--rule", "greedy"], db) == 0
    assert capsys.readouterr().out == "1\n2\n900\n"
    assert budget_main(["outcome", "poland_warszawa_2023_ursynow", "--rule", "greedy"], db) == 0
    assert capsys.readouterr().out == "1\n2\n900\n"
    exported = tmp_path / "again.pb"
    assert budget_main(["export", "poland_warszawa_2023_ursynow", "--out", str(exported)],
                       db) == 0
    assert exported.read_bytes().startswith(b"\xef\xbb\xbfMETA")
    _same_round(source, exported)
    # And a second import of the same file is refused, not doubled.
    assert budget_main(["import", str(source)], db) == 2
    assert "already held" in capsys.readouterr().err


def test_generated_rounds_survive_export_and_import(tmp_path: Path) -> None:
    for seed in range(5):
        pot, costs, ballots = _generated(seed)
        doc = {"id": f"generated-{seed}", "title": f"Round {seed}", "description": "Generated",
               "borough": "Hackney", "ward": "Dalston", "pot": pot, "opens_on": "2026-11-01",
               "closes_on": "2026-11-30", "ballot": "knapsack", "rule": "equal-shares",
               "organisation": "Hackney Council", "state": "closed",
               "projects": [{"id": key, "title": f"Project {key}", "description": "Things",
                             "organisation": "A charity", "cost": cost}
                            for key, cost in costs.items()]}
        text = pabulib.write(doc, [{"voter": None, "projects": b} for b in ballots])
        path = tmp_path / f"{seed}.pb"
        path.write_text(text, encoding="utf-8")
        read, read_ballots = pabulib.read(path.read_text(encoding="utf-8-sig"), "unused")
        assert read["id"] == doc["id"] and read["pot"] == pot
        assert read["ballot"] == "knapsack" and read["rule"] == "equal-shares"
        assert {p["id"]: p["cost"] for p in read["projects"]} == costs
        assert sorted(sorted(b["projects"]) for b in read_ballots) == sorted(
            sorted(b) for b in ballots)
        again = tmp_path / f"{seed}-again.pb"
        again.write_text(pabulib.write(read, read_ballots), encoding="utf-8")
        _same_round(path, again)
        assert funded("equal-shares", pot, costs, ballots) == funded(
            read["rule"], read["pot"], {p["id"]: p["cost"] for p in read["projects"]},
            [b["projects"] for b in read_ballots])


def test_files_that_are_not_approval_rounds_are_refused_with_a_reason_and_nothing_is_kept(
        tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'endpoint.db'}"
    spreadsheet = tmp_path / "votes.pb"
    spreadsheet.write_text("name,votes\nPark,3\n", encoding="utf-8")
    assert budget_main(["import", str(spreadsheet)], db) == 2
    assert capsys.readouterr().err == (
        "health-planner-endpoint budget: this is not a Pabulib file: it has no vote_type "
        "(META, PROJECTS and VOTES sections, ';' between fields)\n")
    ordinal = tmp_path / "ordinal.pb"
    ordinal.write_text(PABULIB.replace("vote_type;approval", "vote_type;ordinal"),
                       encoding="utf-8")
    assert budget_main(["import", str(ordinal)], db) == 2
    assert "only approval rounds can be imported" in capsys.readouterr().err
    assert budget_main(["outcome", "--last"], db) == 2
    assert capsys.readouterr().err == "health-planner-endpoint budget: there is no round yet\n"
