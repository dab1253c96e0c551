"""Published results over real HTTP: suppression, de-noised ONS4 means, caching headers."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from endpoint.aggregates import rr_debias_mean
from sync.protocol import LONDON_BOROUGHS, ONS4_ITEMS, Results, rr_keep_probability

SURVEY = "getting-to-community-services-2026"
LUNCH_SURVEY = "lunch-clubs-lambeth-southwark-2026"


def _service_in(endpoint: Any, borough: str) -> dict[str, Any]:
    page = endpoint.get("/v1/directory/services", params={"borough": borough}).json()
    return page["contents"][0]


def _results(endpoint: Any, **params: str) -> dict[str, Any]:
    response = endpoint.get("/v1/results", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    Results.model_validate(body)
    return body


def _cells(node: Any) -> list[dict[str, Any]]:
    """Every {"value", "suppressed"} cell anywhere in a results document."""
    found = []
    if isinstance(node, dict):
        if set(node) == {"value", "suppressed"}:
            return [node]
        for value in node.values():
            found += _cells(value)
    elif isinstance(node, list):
        for value in node:
            found += _cells(value)
    return found


def _contribute(endpoint: Any, item: Any, service_id: str, *, option: str = "bus") -> None:
    who = endpoint.register()
    items = [
        item({"kind": "fft", "service_id": service_id, "rating": "very_good"}),
        item({"kind": "survey", "survey_id": SURVEY, "question_id": "travel", "option_id": option}),
        item(
            {
                "kind": "ons4",
                "borough": "Hackney",
                "satisfied": 7,
                "worthwhile": 7,
                "happy": 7,
                "anxious": 2,
                "epsilon": 3.0,
            }
        ),
    ]
    assert endpoint.send(who, items).status_code == 200


def _question(results: dict[str, Any], survey: str, question: str) -> dict[str, Any]:
    survey_doc = next(s for s in results["surveys"] if s["survey_id"] == survey)
    return next(q for q in survey_doc["questions"] if q["question_id"] == question)


def _service(results: dict[str, Any], service_id: str) -> dict[str, Any]:
    return next(s for s in results["services"] if s["service_id"] == service_id)


def _wellbeing(results: dict[str, Any], borough: str) -> dict[str, Any]:
    return next(w for w in results["wellbeing"] if w["borough"] == borough)


def test_nine_contributors_are_suppressed_and_ten_are_shown(endpoint, item):
    service_id = _service_in(endpoint, "Hackney")["id"]
    for _ in range(9):
        _contribute(endpoint, item, service_id)

    nine = _results(endpoint)
    question = _question(nine, SURVEY, "travel")
    assert question["respondents"] == {"value": None, "suppressed": True}
    assert all(o["count"] == {"value": None, "suppressed": True} for o in question["options"])
    service = _service(nine, service_id)
    assert service["responses"] == {"value": None, "suppressed": True}
    assert service["percent_positive"] == {"value": None, "suppressed": True}
    hackney = _wellbeing(nine, "Hackney")
    assert all(hackney[key]["suppressed"] for key in ("reports", *ONS4_ITEMS))
    # The raw small numbers never appear anywhere.
    assert all(cell["value"] is None for cell in _cells(nine))

    _contribute(endpoint, item, service_id)
    ten = _results(endpoint)
    question = _question(ten, SURVEY, "travel")
    assert question["respondents"] == {"value": 10, "suppressed": False}
    # All ten chose the bus: showing 10 beside hidden zeros would tell each of them what they
    # answered, so only the number of respondents is shown.
    assert all(o["count"] == {"value": None, "suppressed": True} for o in question["options"])
    service = _service(ten, service_id)
    assert service["responses"] == {"value": 10, "suppressed": False}
    # 100 % positive of ten people says every one of them was positive: hidden as well.
    assert service["percent_positive"] == {"value": None, "suppressed": True}
    hackney = _wellbeing(ten, "Hackney")
    assert hackney["reports"] == {"value": 10, "suppressed": False}
    assert hackney["satisfied"]["suppressed"] is False
    assert _wellbeing(ten, "Camden")["satisfied"] == {"value": None, "suppressed": True}
    for cell in _cells(ten):
        assert cell["suppressed"] == (cell["value"] is None)
        if isinstance(cell["value"], int):
            assert cell["value"] == 0 or cell["value"] >= 10


def test_counts_are_of_distinct_contributors_not_submissions(endpoint, item):
    """One person answering twenty times is still one person: suppressed."""
    who = endpoint.register()
    service_id = _service_in(endpoint, "Camden")["id"]
    items = [item({"kind": "fft", "service_id": service_id, "rating": "good"}) for _ in range(20)]
    items += [
        item({"kind": "survey", "survey_id": SURVEY, "question_id": "travel", "option_id": "car"})
        for _ in range(20)
    ]
    endpoint.send(who, items)
    results = _results(endpoint)
    assert _service(results, service_id)["responses"]["suppressed"] is True
    assert _question(results, SURVEY, "travel")["respondents"]["suppressed"] is True


def test_a_changed_survey_answer_counts_once_by_the_latest_choice(endpoint, item):
    for _ in range(10):
        who = endpoint.register()
        first = item(
            {"kind": "survey", "survey_id": SURVEY, "question_id": "travel", "option_id": "bus"},
            created_at="2026-11-01T09:00:00Z",
        )
        later = item(
            {"kind": "survey", "survey_id": SURVEY, "question_id": "travel", "option_id": "walk"},
            created_at="2026-11-02T09:00:00Z",
        )
        endpoint.send(who, [later, first])  # arrival order does not matter
    question = _question(_results(endpoint), SURVEY, "travel")
    assert question["respondents"]["value"] == 10  # ten people, not twenty answers
    # The tallies behind the published table: each person once, by the later choice.
    tallies = {t.option_id: t.contributors for t in endpoint.store.survey_option_tallies()
               if t.survey_id == SURVEY and t.question_id == "travel"}
    assert tallies == {"walk": 10}


def test_free_text_is_never_published(endpoint, item):
    for _ in range(12):
        who = endpoint.register()
        endpoint.send(
            who,
            [
                item(
                    {
                        "kind": "survey",
                        "survey_id": SURVEY,
                        "question_id": "opening_times",
                        "option_id": "weekend",
                        "text": "I work night shifts at the bus garage ZX-17",
                    }
                ),
                item(
                    {
                        "kind": "fft",
                        "service_id": "svc-x",
                        "rating": "good",
                        "comment": "Nurse Jo was lovely",
                    }
                ),
            ],
        )
    results = _results(endpoint)
    text = json.dumps(results)
    assert "ZX-17" not in text
    assert "Nurse Jo" not in text
    # A service the directory does not know still gets London-wide counts once 10+ people.
    unknown = _service(results, "svc-x")
    assert unknown["name"] is None
    assert unknown["responses"] == {"value": 12, "suppressed": False}
    assert "svc-x" not in json.dumps(_results(endpoint, borough="Hackney"))


def _randomise(value: int, epsilon: float, rng: random.Random) -> int:
    """The client's k-ary randomised response (k = 11), as sync.privacy does it."""
    if rng.random() < rr_keep_probability(epsilon):
        return value
    other = rng.randrange(10)
    return other if other < value else other + 1


def test_randomised_response_estimator_recovers_a_known_mean_over_http(endpoint, item):
    """2,000 randomised ONS4 reports from 20 contributors: the published mean is de-noised."""
    rng = random.Random(20261124)
    epsilon = 2.0
    truth: dict[str, list[int]] = {name: [] for name in ONS4_ITEMS}
    reported: dict[str, list[int]] = {name: [] for name in ONS4_ITEMS}
    centre = {"satisfied": 7.2, "worthwhile": 7.6, "happy": 7.0, "anxious": 3.1}
    for _ in range(20):
        who = endpoint.register()
        batch = []
        for _ in range(100):
            body: dict[str, Any] = {"kind": "ons4", "borough": "Lambeth", "epsilon": epsilon}
            for name in ONS4_ITEMS:
                true_value = min(10, max(0, round(rng.gauss(centre[name], 2.0))))
                noisy = _randomise(true_value, epsilon, rng)
                truth[name].append(true_value)
                reported[name].append(noisy)
                body[name] = noisy
            batch.append(item(body))
        assert endpoint.send(who, batch).json()["accepted"] == 100

    lambeth = _wellbeing(_results(endpoint, borough="Lambeth"), "Lambeth")
    assert lambeth["reports"] == {"value": 2000, "suppressed": False}
    for name in ONS4_ITEMS:
        true_mean = sum(truth[name]) / len(truth[name])
        naive_mean = sum(reported[name]) / len(reported[name])
        published = lambeth[name]["value"]
        assert abs(published - true_mean) < 0.5, (name, published, true_mean)
        assert abs(naive_mean - true_mean) > 0.8  # without de-noising the mean would be wrong


def test_estimator_pools_reports_with_different_epsilons():
    rng = random.Random(7)
    values = [min(10, max(0, round(rng.gauss(6.0, 2.5)))) for _ in range(3000)]
    groups: dict[float, list[int]] = {1.5: [], 2.5: [], 4.0: []}
    budgets = list(groups)
    for index, value in enumerate(values):
        epsilon = budgets[index % 3]
        groups[epsilon].append(_randomise(value, epsilon, rng))
    estimate = rr_debias_mean((eps, len(ys), sum(ys)) for eps, ys in groups.items())
    assert estimate is not None
    assert abs(estimate - sum(values) / len(values)) < 0.4
    assert rr_debias_mean([]) is None


def test_results_filter_by_borough(endpoint):
    lambeth = _results(endpoint, borough="lambeth")
    assert lambeth["borough"] == "Lambeth"
    assert {s["borough"] for s in lambeth["services"]} == {"Lambeth"}
    assert [w["borough"] for w in lambeth["wellbeing"]] == ["Lambeth"]
    assert {s["survey_id"] for s in lambeth["surveys"]} == {SURVEY, LUNCH_SURVEY}

    hackney = _results(endpoint, borough="Hackney")
    assert {s["survey_id"] for s in hackney["surveys"]} == {SURVEY}

    london = _results(endpoint)
    assert london["borough"] is None
    assert [w["borough"] for w in london["wellbeing"]] == list(LONDON_BOROUGHS)
    assert len(london["services"]) == 55

    response = endpoint.get("/v1/results", params={"borough": "Gotham"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_borough"


def test_results_support_etag_and_last_modified(endpoint, item):
    first = endpoint.get("/v1/results")
    etag = first.headers["ETag"]
    assert first.headers["Last-Modified"].endswith("GMT")
    assert endpoint.get("/v1/results", headers={"If-None-Match": etag}).status_code == 304
    not_modified = endpoint.get(
        "/v1/results", headers={"If-Modified-Since": first.headers["Last-Modified"]}
    )
    assert not_modified.status_code == 304
    assert not_modified.content == b""

    who = endpoint.register()
    endpoint.send(who, [item({"kind": "fft", "service_id": "svc-1", "rating": "good"})])
    changed = endpoint.get("/v1/results", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


@pytest.mark.parametrize("threshold_people", [10])
def test_secondary_suppression_hides_a_cell_that_subtraction_would_reveal(
    endpoint, item, threshold_people
):
    """10 say bus, 1 says car: 'car' is hidden, and 'bus' too, or 11 - 10 gives car away."""
    for option in ["bus"] * threshold_people + ["car"]:
        who = endpoint.register()
        endpoint.send(
            who,
            [
                item(
                    {
                        "kind": "survey",
                        "survey_id": SURVEY,
                        "question_id": "travel",
                        "option_id": option,
                    }
                )
            ],
        )
    question = _question(_results(endpoint), SURVEY, "travel")
    assert question["respondents"]["value"] == threshold_people + 1
    counts = {o["option_id"]: o["count"] for o in question["options"]}
    assert counts["car"]["suppressed"] is True
    assert counts["bus"]["suppressed"] is True
