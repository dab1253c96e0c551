"""The disclosure-control rule on its own: what a table shows, cell by cell.

These are the cases of issue #21 as a reader meets them, plus the cases where the rule must
still publish useful figures (hiding everything would pass any privacy test and help nobody).
The end-to-end proof that a reader cannot narrow any hidden cell is tests/privacy_auditor.py
run against the real server (test_disclosure_audit.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endpoint.disclosure import Node, protect


def _question(**counts: int) -> Node:
    cells = [Node(k, n, n) for k, n in counts.items()]
    return Node.total("respondents", cells, sum(counts.values()))


def _fft(people: int | None = None, **cells: tuple[int, int]) -> Node:
    """responses = (very_good + good) + the other ratings; cells are (responses, people)."""
    leaf = {k: Node(k, *cells.get(k, (0, 0))) for k in
            ("very_good", "good", "neither", "poor", "very_poor", "dont_know")}
    positive = Node.total("positive", [leaf["very_good"], leaf["good"]])
    others = [leaf[k] for k in ("neither", "poor", "very_poor", "dont_know")]
    total_people = people if people is not None else sum(p for _, p in cells.values())
    return Node.total("responses", [positive, *others], total_people)


def test_fewer_than_ten_people_hide_the_whole_table():
    assert protect(_question(a=5, b=4)) == {"respondents", "a", "b"}


def test_a_question_split_ten_one_four_shows_only_its_respondents():
    # Old rule: 10 shown, 1 and 4 hidden; 15 - 10 = 5 people behind the hidden pair.
    assert protect(_question(a=10, b=1, c=4)) == {"a", "b", "c"}


def test_everyone_choosing_one_option_is_not_published():
    # "All ten chose the bus" tells each of them what they answered: hidden zeros are pinned.
    assert protect(_question(bus=10, walk=0)) == {"bus", "walk"}


def test_enough_people_behind_the_hidden_cells_leaves_the_others_shown():
    assert protect(_question(a=30, b=6, c=5, d=12)) == {"b", "c"}


def test_secondary_suppression_runs_however_many_cells_are_hidden():
    # Two hidden cells (0 and 3 people) used to be "enough"; their sum, 3, is not.
    hidden = protect(_question(a=40, b=0, c=3, d=15))
    assert {"b", "c"} <= hidden and "d" in hidden and "a" not in hidden


def test_one_very_good_and_nine_poor_hides_the_percentage():
    table = _fft(very_good=(1, 1), poor=(9, 9))
    hidden = protect(table, overlapping=True)
    assert "responses" not in hidden  # ten people: the total may stand
    assert {"positive", "very_good", "poor"} <= hidden


def test_a_small_other_side_hides_the_percentage_too():
    # 15 positive, 5 others: percent_positive would say "5 people were not positive".
    table = _fft(very_good=(15, 15), poor=(5, 5))
    hidden = protect(table, overlapping=True)
    assert "positive" in hidden and "very_good" in hidden and "poor" in hidden


def test_a_well_spread_service_shows_its_cells_and_percentage():
    table = _fft(very_good=(10, 10), good=(10, 10), poor=(10, 10))
    hidden = protect(table, overlapping=True)
    # The three empty ratings (0 people) cannot stay as a pinned zero: the smallest shown
    # rating on their side joins them, and the positive side stays readable.
    assert hidden == {"neither", "very_poor", "dont_know", "poor"}


def test_overlapping_people_are_counted_by_a_lower_bound():
    # 12 responses from 3 people (they rated twice): 12 >= 10 answers, but only 3 people.
    table = _fft(people=13, very_good=(10, 10), poor=(12, 3))
    hidden = protect(table, overlapping=True)
    assert "poor" in hidden and "positive" in hidden


@given(st.lists(st.integers(min_value=0, max_value=25), min_size=1, max_size=6))
def test_every_published_total_leaves_enough_people_hidden_below_it(counts):
    table = _question(**{f"o{i}": n for i, n in enumerate(counts)})
    hidden = protect(table)
    if "respondents" in hidden:
        return
    hidden_people = sum(n for i, n in enumerate(counts) if f"o{i}" in hidden)
    shown = [n for i, n in enumerate(counts) if f"o{i}" not in hidden]
    assert all(n >= 10 for n in shown)
    assert (hidden_people == 0 and len(shown) == len(counts)) or hidden_people >= 10


def test_a_table_that_is_not_a_sum_is_refused():
    with pytest.raises(ValueError, match="sum"):
        protect(Node("t", 5, 5, (Node("a", 1, 1),)))
    with pytest.raises(ValueError, match="key"):
        protect(Node.total("t", [Node("a", 1, 1), Node("a", 2, 2)], 3))
