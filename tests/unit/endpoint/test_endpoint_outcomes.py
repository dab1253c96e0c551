"""Purpose `outcomes` at the endpoint (issue #14): what it accepts, keeps and publishes.

Over HTTP on every backend the `endpoint` fixture runs (SQLite, and PostgreSQL when
HEALTH_PLANNER_TEST_PG is set). The estimator is checked without HTTP, against the client's
own randomiser.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from privacy_auditor import assert_no_disclosure, download_views

from endpoint.aggregates import rr_debias_change
from sync.privacy import randomise_change
from sync.protocol import Results
from tests.unit.endpoint.conftest import RunningEndpoint

Item = Callable[..., dict[str, Any]]
ITEMS = ("satisfied", "worthwhile", "happy", "anxious")


def _outcome(category: str = "walking", borough: str = "Hackney", **extra: Any) -> dict[str, Any]:
    body = {"kind": "outcome", "category": category, "borough": borough, "attended": "2-3",
            "satisfied": 3, "worthwhile": 1, "happy": 2, "anxious": -4, "epsilon": 2.0}
    body.update(extra)
    return body


def _cell(endpoint: RunningEndpoint, category: str, borough: str,
          view: str | None = None) -> dict[str, Any]:
    params = {"borough": view} if view else {}
    outcomes = endpoint.get("/v1/results", params=params).json()["outcomes"]
    found = [o for o in outcomes if (o["category"], o["borough"]) == (category, borough)]
    assert len(found) == 1, outcomes
    return dict(found[0])


def test_a_service_id_or_any_other_extra_field_is_refused(endpoint: RunningEndpoint,
                                                          item: Item) -> None:
    who = endpoint.register()
    sent = endpoint.send(who, [item(_outcome(service_id="svc-hackney-walking-1"))])
    assert sent.status_code == 422
    assert sent.json()["error"]["details"][0]["location"] == "items[0].body.service_id"
    assert endpoint.store.count_contributions() == 0


def test_a_category_must_be_a_code_the_directory_uses(endpoint: RunningEndpoint,
                                                      item: Item) -> None:
    who = endpoint.register()
    for category in ("Walking groups", "ann-smith-42-acacia-road-hackney-e8-extra-long", ""):
        sent = endpoint.send(who, [item(_outcome(category=category))])
        assert sent.status_code == 422, category
    sent = endpoint.send(who, [item(_outcome()), item(_outcome(category="knitting"))])
    assert sent.status_code == 422
    error = sent.json()["error"]
    assert error["code"] == "unknown_reference"
    assert error["details"] == [{"location": "items[1].body.category",
                                 "problem": "is not a category of the directory"}]
    assert endpoint.store.count_contributions() == 0  # the whole batch, not part of it


def test_changes_and_attendance_stay_in_range_and_purpose(endpoint: RunningEndpoint,
                                                          item: Item) -> None:
    who = endpoint.register()
    for bad in ({"happy": 11}, {"anxious": -11}, {"attended": "0"}, {"attended": 3},
                {"borough": "Paris"}, {"epsilon": 0.0}):
        assert endpoint.send(who, [item(_outcome(**bad))]).status_code == 422, bad
    wrong_purpose = item(_outcome(), purpose="wellbeing")
    assert endpoint.send(who, [wrong_purpose]).status_code == 422
    assert endpoint.store.count_contributions() == 0


def test_a_cell_shows_from_ten_people_and_hides_again_when_one_withdraws(
    endpoint: RunningEndpoint, item: Item
) -> None:
    people = [endpoint.register() for _ in range(10)]
    for who in people[:9]:
        assert endpoint.send(who, [item(_outcome())]).status_code == 200
    # One person sends twice: they count once in people, twice in attendance and the means.
    twice = people[9]
    assert endpoint.send(twice, [item(_outcome()), item(_outcome(attended="8-15"))]).json()[
        "accepted"] == 2
    shown = _cell(endpoint, "walking", "Hackney")
    assert shown["people"] == {"value": 10, "suppressed": False}
    assert shown["attendance"] == {"value": 10 * 2 + 8, "suppressed": False}
    assert shown["category_name"] == "Walking groups"
    assert all(shown[k]["value"] is not None and -10 <= shown[k]["value"] <= 10 for k in ITEMS)
    assert _cell(endpoint, "walking", "Hackney", view="Hackney") == shown  # same in every view
    hackney = endpoint.get("/v1/results", params={"borough": "Hackney"}).json()
    assert {o["borough"] for o in hackney["outcomes"]} == {"Hackney"}
    assert_no_disclosure(download_views(endpoint.base_url, endpoint.session))

    assert endpoint.delete("/v1/contributors/me", headers=twice.headers).json() == {
        "deleted_contributions": 2}
    hidden = _cell(endpoint, "walking", "Hackney")
    assert hidden["people"] == {"value": None, "suppressed": True}
    assert all(hidden[k] == {"value": None, "suppressed": True}
               for k in ("attendance", *ITEMS))
    kept = endpoint.store.outcome_groups()
    assert kept[1] == {("walking", "Hackney"): 9}
    assert sorted(map(repr, kept[0])) == sorted(map(repr, endpoint.store.outcome_groups_full()[0]))


def test_every_offered_cell_is_listed_with_or_without_data(endpoint: RunningEndpoint) -> None:
    """A row's presence must not say that somebody took part: the directory decides the rows."""
    london = endpoint.get("/v1/results").json()
    cells = {(o["category"], o["borough"]) for o in london["outcomes"]}
    offered = {
        (term["code"], doc["borough"])
        for doc in endpoint.store.all_services()
        for term in doc.get("taxonomy_terms") or ()
    }
    assert cells == offered
    assert all(o["people"]["suppressed"] for o in london["outcomes"])


def test_an_older_results_document_without_outcomes_still_reads() -> None:
    older = {"borough": None, "suppression_threshold": 10, "data_as_of": None,
             "fft_question": "Overall, how was your experience of our service?",
             "surveys": [], "services": [], "wellbeing": []}
    assert Results.model_validate(older).outcomes == []


def test_the_estimator_undoes_the_clients_randomisation() -> None:
    """The mean of de-biased reports is the true mean change, whatever the budget."""
    rng = random.Random(14)
    for epsilon in (1.0, 2.0, 4.0):
        truth = [rng.choice([-3, -1, 0, 1, 2, 2, 4, 6]) for _ in range(40_000)]
        reports = [randomise_change(change, epsilon, rng) for change in truth]
        estimate = rr_debias_change([(epsilon, len(reports), sum(reports))])
        assert estimate is not None
        assert abs(estimate - sum(truth) / len(truth)) < 0.35, (epsilon, estimate)
        raw = sum(reports) / len(reports)
        assert abs(raw) < abs(sum(truth) / len(truth))  # the noise pulls towards 0: de-bias
    mixed = rr_debias_change([(1.0, 0, 0), (2.0, 2, 2 * 5)])
    assert mixed is not None
    assert rr_debias_change([]) is None
