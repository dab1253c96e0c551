"""Issue #21 end to end: the attacker (tests/privacy_auditor.py) against the REAL endpoint.

People are registered and their contributions POSTed over HTTP; then every view a reader can
download (London-wide and each borough) goes to the auditor, which solves the reader's equations
with HiGHS. No hidden cell or group may be narrowed below 10 people.

Suppressing everything would pass that, so each data set is also checked for usefulness: every
published count is the true count, and every table with 10 or more people behind it still
publishes at least one figure (its total alone is always safe to show, so this never asks the
impossible).

* crafted small groups (the cases of the issue), on every backend the `endpoint` fixture runs;
* hypothesis data sets over HTTP: a fresh SQLite server per example; `max_examples` is 15 for
  `make test` and 300 with HYPOTHESIS_PROFILE=soak;
* large random data sets straight through `endpoint.aggregates.build_results` (no HTTP): 25 in
  `make test`, HEALTH_PLANNER_SOAK_AUDIT data sets (default 2,000) under the soak profile.

`make soak` runs this file with HYPOTHESIS_PROFILE=soak (the big sizes); by hand:
`HYPOTHESIS_PROFILE=soak pytest tests/unit/endpoint/test_disclosure_audit.py`
(about 2.5 min for 300 HTTP data sets, 0.2 s per direct data set).

Not covered: one person giving several responses to a service. The reader sees responses, not
people, so the auditor judges responses; a derived sum of 12 responses from 1 person passes it.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from privacy_auditor import assert_no_disclosure, download_views

from endpoint.aggregates import (
    FFTTally,
    ONS4Group,
    OptionTally,
    OutcomeGroup,
    build_results,
    directory_categories,
)
from endpoint.app import create_app
from endpoint.testing import serve
from sync.protocol import FFT_POSITIVE_RATINGS, FFT_RATINGS, LONDON_BOROUGHS, PURPOSE_FOR_KIND

SURVEY = "getting-to-community-services-2026"
LUNCH_SURVEY = "lunch-clubs-lambeth-southwark-2026"
TRAVEL = ("walk", "bus", "tube_rail", "car", "community_transport", "do_not_go")
OPENING = ("weekday_morning", "weekday_afternoon", "weekday_evening", "weekend")
PINNED_TODAY = date(2026, 12, 1)  # as tests/unit/endpoint/conftest.py: both surveys open
TIMEOUT = 10



def _seed(name: str) -> list[dict[str, Any]]:
    text = resources.files("endpoint.seed").joinpath(f"{name}.json").read_text(encoding="utf-8")
    documents: list[dict[str, Any]] = json.loads(text)[name]
    return documents


_SERVICES = _seed("services")  # what the endpoint seeds its directory and surveys with
_SURVEYS = _seed("surveys")


def _seed_services(borough: str) -> list[str]:
    return [doc["id"] for doc in _SERVICES if doc["borough"] == borough]


SOAK = os.environ.get("HYPOTHESIS_PROFILE") == "soak" or bool(
    os.environ.get("HEALTH_PLANNER_SOAK_AUDIT")
)
HTTP_EXAMPLES = 300 if SOAK else 15
DIRECT_DATA_SETS = int(os.environ.get("HEALTH_PLANNER_SOAK_AUDIT") or 2000) if SOAK else 25


# --- a data set: the truth behind the published figures ---------------------------------------


@dataclass
class DataSet:
    """How many people gave each answer. One person per answer in each table; a person may be
    in several tables (that is how people are: one rates two services and answers a survey)."""

    fft: dict[str, Counter[str]] = field(default_factory=dict)  # service id -> rating -> people
    survey: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    wellbeing: dict[str, int] = field(default_factory=dict)  # borough -> people
    # (category code, borough) -> people who shared an outcome there
    outcomes: dict[tuple[str, str], int] = field(default_factory=dict)

    def describe(self, only: str | None = None) -> str:
        """The truth, table by table; with `only`, just the tables that text names."""
        parts = [f"{sid}: {dict(+c)}" for sid, c in self.fft.items()
                 if only is None or sid in only]
        parts += [f"{s}/{q}: {dict(+c)}" for (s, q), c in self.survey.items()
                  if only is None or f"survey {s} question {q}" in only]
        parts += [f"wellbeing {b}: {n} people" for b, n in self.wellbeing.items()
                  if only is None or f"wellbeing {b}" in only]
        parts += [f"outcomes {c} in {b}: {n} people" for (c, b), n in self.outcomes.items()
                  if only is None or f"outcomes {c} in {b}" in only]
        return "; ".join(parts)

    def bodies_per_table(self) -> list[list[dict[str, Any]]]:
        tables: list[list[dict[str, Any]]] = []
        for sid, ratings in self.fft.items():
            tables.append(
                [
                    {"kind": "fft", "service_id": sid, "rating": rating}
                    for rating, n in ratings.items()
                    for _ in range(n)
                ]
            )
        for (survey, question), options in self.survey.items():
            tables.append(
                [
                    {"kind": "survey", "survey_id": survey, "question_id": question,
                     "option_id": option}
                    for option, n in options.items()
                    for _ in range(n)
                ]
            )
        for borough, n in self.wellbeing.items():
            tables.append(
                [
                    {"kind": "ons4", "borough": borough, "satisfied": 7, "worthwhile": 8,
                     "happy": 6, "anxious": 3, "epsilon": 2.0}
                    for _ in range(n)
                ]
            )
        for (category, borough), n in self.outcomes.items():
            tables.append(
                [
                    {"kind": "outcome", "category": category, "borough": borough,
                     "attended": "2-3", "satisfied": 2, "worthwhile": 1, "happy": 1,
                     "anxious": -2, "epsilon": 2.0}
                    for _ in range(n)
                ]
            )
        return tables


def _item(body: dict[str, Any]) -> dict[str, Any]:
    purpose = PURPOSE_FOR_KIND[body["kind"]]
    return {
        "id": str(uuid.uuid4()),
        "purpose": purpose,
        "created_at": datetime(2026, 11, 20, 10, 0, tzinfo=UTC).isoformat().replace(
            "+00:00", "Z"
        ),
        "body": body,
    }


def post_data_set(base_url: str, session: requests.Session, data: DataSet) -> int:
    """Person i sends the i-th answer of every table, in one batch. Returns the people."""
    people = list(itertools.zip_longest(*data.bodies_per_table()))
    for answers in people:
        made = session.post(f"{base_url}/v1/contributors", timeout=TIMEOUT)
        assert made.status_code == 201, made.text
        token = made.json()["token"]
        items = [_item(body) for body in answers if body is not None]
        sent = session.post(
            f"{base_url}/v1/contributions",
            json={"items": items},
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
        assert sent.status_code == 200, sent.text
        assert sent.json()["accepted"] == len(items), sent.text
    return len(people)


# --- usefulness: true where shown, and not everything hidden ----------------------------------


def _value(cell: dict[str, Any]) -> Any:
    return cell["value"]


def assert_true_and_useful(views: list[dict[str, Any]], data: DataSet) -> None:
    london = next(v for v in views if v["borough"] is None)
    for view in views:
        for service in view["services"]:
            truth = data.fft.get(service["service_id"], Counter())
            total = sum(truth.values())
            for rating in service["ratings"]:
                shown = _value(rating["count"])
                assert shown in (None, truth[rating["rating"]]), (view["borough"], service)
            assert _value(service["responses"]) in (None, total), (view["borough"], service)
            percent = _value(service["percent_positive"])
            if percent is not None:
                positive = sum(truth[r] for r in FFT_POSITIVE_RATINGS)
                assert percent == round(100.0 * positive / total, 1), service
        for survey in view["surveys"]:
            for question in survey["questions"]:
                truth = data.survey.get((survey["survey_id"], question["question_id"]), Counter())
                for option in question["options"]:
                    assert _value(option["count"]) in (None, truth[option["option_id"]])
                assert _value(question["respondents"]) in (None, sum(truth.values()))
        for wellbeing in view["wellbeing"]:
            people = data.wellbeing.get(wellbeing["borough"], 0)
            assert _value(wellbeing["reports"]) in (None, people), wellbeing
            if people < 10:
                assert all(v["value"] is None for k, v in wellbeing.items() if k != "borough")
        for outcome in view.get("outcomes", []):
            people = data.outcomes.get((outcome["category"], outcome["borough"]), 0)
            assert _value(outcome["people"]) in (None, people), outcome
            if people < 10:
                assert all(outcome[k]["value"] is None for k in
                           ("people", "attendance", "satisfied", "worthwhile", "happy",
                            "anxious")), outcome
    # Every table with 10 or more people behind it says something London-wide.
    services = {s["service_id"]: s for s in london["services"]}
    for sid, ratings in data.fft.items():
        if sum(ratings.values()) >= 10:
            assert sid in services, f"{sid} with {dict(+ratings)} is missing London-wide"
            service = services[sid]
            cells = [service["responses"], service["percent_positive"]]
            cells += [r["count"] for r in service["ratings"]]
            assert any(c["value"] is not None for c in cells), (
                f"{sid} with {dict(+ratings)}: every figure hidden"
            )
    for (survey_id, question_id), options in data.survey.items():
        if sum(options.values()) >= 10:
            survey = next(s for s in london["surveys"] if s["survey_id"] == survey_id)
            question = next(q for q in survey["questions"] if q["question_id"] == question_id)
            cells = [question["respondents"], *(o["count"] for o in question["options"])]
            assert any(c["value"] is not None for c in cells), (
                f"{survey_id}/{question_id} with {dict(+options)}: every figure hidden"
            )
    for borough, people in data.wellbeing.items():
        if people >= 10:
            shown = next(w for w in london["wellbeing"] if w["borough"] == borough)
            assert shown["reports"]["value"] == people
            assert shown["satisfied"]["value"] is not None
    cells = {(o["category"], o["borough"]): o for o in london.get("outcomes", [])}
    for cell, people in data.outcomes.items():
        if people >= 10:
            assert cells[cell]["people"]["value"] == people, cells.get(cell)
            assert cells[cell]["attendance"]["value"] == 2 * people  # all "2-3": at least 2
            assert cells[cell]["happy"]["value"] is not None


# --- (a) crafted small groups, over HTTP on every backend -------------------------------------

A = _seed_services("Hackney")[0]
A_SMALL = _seed_services("Hackney")[1]
B = _seed_services("Camden")[0]
C = _seed_services("Lambeth")[0]
D = _seed_services("Southwark")[0]
E = _seed_services("Newham")[0]
F = _seed_services("Brent")[0]
G = _seed_services("Islington")[0]
UNKNOWN = "svc-not-in-directory"
UNKNOWN_SMALL = "svc-small-not-in-directory"


def _crafted() -> DataSet:
    return DataSet(
        fft={
            A: Counter(very_good=1, poor=9),  # the issue: 10.0 % of 10 people
            B: Counter(very_good=10, good=5, neither=2, poor=3),  # 15 positive / 5 others
            C: Counter(very_good=10),  # two halves: hidden cells summing to 0
            D: Counter(very_good=10, good=10, poor=10),  # 30 people, 10/10/10
            E: Counter(good=11, dont_know=1),
            F: Counter(very_good=4, good=3, poor=3),  # ten people, all in small cells
            G: Counter(very_poor=12, very_good=9),
            A_SMALL: Counter(poor=9),
            UNKNOWN: Counter(good=11, poor=1),
            UNKNOWN_SMALL: Counter(good=5),
        },
        survey={
            (SURVEY, "travel"): Counter(bus=10, car=1, walk=4),  # the issue: 15 = 10 + 1 + 4
            (SURVEY, "opening_times"): Counter(weekend=12, weekday_evening=3),
            (LUNCH_SURVEY, "attendance"): Counter(weekly=10),
        },
        wellbeing={"Hackney": 9, "Lambeth": 10},
        # nine and ten people in an outcome cell; a cell the directory does not offer (no
        # lunch club in Bexley) with ten, and one with nine that must not even be listed
        outcomes={("walking", "Hackney"): 9, ("walking", "Camden"): 10,
                  ("lunch", "Bexley"): 10, ("carers", "Bexley"): 9},
    )


def test_crafted_small_groups_disclose_nothing_in_any_view(endpoint: Any) -> None:
    data = _crafted()
    post_data_set(endpoint.base_url, endpoint.session, data)
    views = download_views(endpoint.base_url, endpoint.session)
    assert len(views) == 1 + len(LONDON_BOROUGHS)
    assert_no_disclosure(views)


def test_crafted_small_groups_still_publish_what_is_safe(endpoint: Any) -> None:
    data = _crafted()
    post_data_set(endpoint.base_url, endpoint.session, data)
    views = download_views(endpoint.base_url, endpoint.session)
    assert_true_and_useful(views, data)
    london = views[0]
    services = {s["service_id"]: s for s in london["services"]}
    # 30 people spread 10/10/10: most of it can be shown (three figures or more, e.g. the three
    # cells, or the total, the percentage and two cells).
    d = services[D]
    shown = [d["responses"], d["percent_positive"]]
    shown += [r["count"] for r in d["ratings"] if r["rating"] in ("very_good", "good", "poor")]
    assert sum(c["value"] is not None for c in shown) >= 3, d
    # Feedback about a service the directory does not know: London-wide only, 10+ people only.
    assert UNKNOWN in services
    assert UNKNOWN_SMALL not in services
    assert all(UNKNOWN not in json.dumps(view) for view in views[1:])
    # Nine people in Hackney say nothing; ten in Lambeth show their borough's wellbeing.
    wellbeing = {w["borough"]: w for w in london["wellbeing"]}
    assert wellbeing["Hackney"]["reports"]["value"] is None
    assert wellbeing["Lambeth"]["reports"]["value"] == 10
    # Outcomes: nine people in walking groups in Hackney say nothing, ten in Camden do; a cell
    # the directory does not offer is listed only once ten people stand behind it.
    outcomes = {(o["category"], o["borough"]): o for o in london["outcomes"]}
    assert outcomes[("walking", "Hackney")]["people"] == {"value": None, "suppressed": True}
    assert outcomes[("walking", "Hackney")]["happy"]["value"] is None
    assert outcomes[("walking", "Camden")]["people"]["value"] == 10
    assert outcomes[("lunch", "Bexley")]["people"]["value"] == 10
    assert ("carers", "Bexley") not in outcomes
    hackney = next(v for v in views if v["borough"] == "Hackney")
    assert {o["borough"] for o in hackney["outcomes"]} == {"Hackney"}
    assert {(o["category"], o["borough"]): o for o in hackney["outcomes"]}[
        ("walking", "Hackney")] == outcomes[("walking", "Hackney")]
    # Each service shows the same figures in its borough's view as London-wide.
    for view in views[1:]:
        for service in view["services"]:
            assert service == services[service["service_id"]]


# --- (b) hypothesis data sets over HTTP, a fresh server per example ---------------------------

_SMALL_COUNT = st.one_of(
    st.integers(0, 3), st.integers(0, 3), st.integers(8, 12), st.integers(0, 22)
)
_POOL = [*_seed_services("Hackney")[:2], _seed_services("Lambeth")[0],
         _seed_services("Camden")[0], UNKNOWN]


@st.composite
def data_sets(draw: st.DrawFn) -> DataSet:
    services = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=3, unique=True))
    fft = {}
    for sid in services:
        used = draw(st.lists(st.sampled_from(FFT_RATINGS), min_size=1, max_size=4, unique=True))
        fft[sid] = Counter({rating: draw(_SMALL_COUNT) for rating in used})
    used = draw(st.lists(st.sampled_from(TRAVEL), min_size=1, max_size=4, unique=True))
    survey = {(SURVEY, "travel"): Counter({option: draw(_SMALL_COUNT) for option in used})}
    wellbeing = draw(st.dictionaries(st.sampled_from(["Hackney", "Lambeth"]),
                                     st.integers(8, 11), max_size=2))
    return DataSet(fft=fft, survey=survey, wellbeing=wellbeing)


@contextmanager
def _fresh_endpoint() -> Iterator[tuple[str, requests.Session]]:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(
            f"sqlite:///{folder}/endpoint.db",
            today=lambda: PINNED_TODAY,
            results_period=timedelta(0),  # live results: read the contributions back at once
            rate_limit_per_minute=100_000,
            registrations_per_minute=100_000,
        )
        with serve(app) as base_url, requests.Session() as session:
            yield base_url, session


@settings(max_examples=HTTP_EXAMPLES, deadline=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=data_sets())
def test_generated_data_sets_over_http_disclose_nothing(data: DataSet) -> None:
    with _fresh_endpoint() as (base_url, session):
        post_data_set(base_url, session, data)
        views = download_views(base_url, session)
    try:
        assert_no_disclosure(views)
        assert_true_and_useful(views, data)
    except AssertionError as failure:
        raise AssertionError(f"data set: {data.describe()}\n{failure}") from None


# --- (c) many large random data sets through build_results, no HTTP --------------------------


def _random_data_set(rng: random.Random) -> DataSet:
    def counts(keys: tuple[str, ...]) -> Counter[str]:
        shape = rng.random()
        if shape < 0.4:  # small numbers everywhere: the interesting cases
            return Counter({k: rng.choice([0, 0, 1, 2, 3, 5, 8, 9, 10, 11]) for k in keys})
        if shape < 0.8:  # one big cell and small others
            big = rng.choice(keys)
            return Counter({k: rng.randint(10, 60) if k == big else rng.randint(0, 9)
                            for k in keys})
        return Counter({k: rng.randint(0, 40) for k in keys})

    fft = {doc["id"]: counts(FFT_RATINGS) for doc in _SERVICES if rng.random() < 0.5}
    fft.update({f"svc-x{n}": counts(FFT_RATINGS) for n in range(rng.randint(0, 3))})
    survey = {
        (doc["id"], question["id"]): counts(tuple(o["id"] for o in question["options"]))
        for doc in _SURVEYS
        for question in doc["questions"]
    }
    wellbeing = {b: rng.choice([0, 5, 9, 10, 11, 40]) for b in LONDON_BOROUGHS}
    outcomes = {(category, borough): rng.choice([0, 1, 5, 9, 10, 11, 40])
                for category in ("walking", "lunch", "carers")
                for borough in rng.sample(LONDON_BOROUGHS, 4)}
    return DataSet(fft=fft, survey=survey, wellbeing=wellbeing, outcomes=outcomes)


def _views_from_build_results(data: DataSet) -> list[dict[str, Any]]:
    fft: list[FFTTally] = []
    for sid, ratings in data.fft.items():
        ratings = +ratings
        if not ratings:
            continue
        fft += [FFTTally(sid, rating, n, n) for rating, n in ratings.items()]
        total = sum(ratings.values())
        fft.append(FFTTally(sid, None, total, total))
    options = [
        OptionTally(survey, question, option, n)
        for (survey, question), counts in data.survey.items()
        for option, n in counts.items()
        if n
    ]
    ons4 = [
        ONS4Group(borough, 2.0, n, {"satisfied": 7 * n, "worthwhile": 8 * n, "happy": 6 * n,
                                    "anxious": 3 * n})
        for borough, n in data.wellbeing.items()
        if n
    ]
    people = {borough: n for borough, n in data.wellbeing.items() if n}
    outcomes = [
        OutcomeGroup(category, borough, 2.0, n, 2 * n,
                     {"satisfied": 2 * n, "worthwhile": n, "happy": n, "anxious": -2 * n})
        for (category, borough), n in data.outcomes.items()
        if n
    ]
    outcome_people = {cell: n for cell, n in data.outcomes.items() if n}
    views = []
    for borough in (None, *LONDON_BOROUGHS):
        surveys = [
            doc for doc in _SURVEYS
            if borough is None or not doc.get("boroughs") or borough in doc["boroughs"]
        ]
        services = [doc for doc in _SERVICES if borough is None or doc["borough"] == borough]
        results = build_results(
            borough=borough,
            services=services,
            surveys=surveys,
            fft=fft,
            options=options,
            ons4=ons4,
            ons4_contributors=people,
            data_as_of=None,
            outcomes=outcomes,
            outcome_people=outcome_people,
            categories=directory_categories(_SERVICES),
        )
        views.append(results.model_dump(mode="json"))
    return views


@pytest.mark.parametrize("seed", range(5))
def test_large_random_data_sets_through_build_results_disclose_nothing(seed: int) -> None:
    """DIRECT_DATA_SETS data sets in all: 25 under `make test`, thousands under the soak."""
    rng = random.Random(20261221 + seed)
    for number in range(DIRECT_DATA_SETS // 5):
        data = _random_data_set(rng)
        views = _views_from_build_results(data)
        try:
            assert_no_disclosure(views)
            assert_true_and_useful(views, data)
        except AssertionError as failure:
            raise AssertionError(
                f"{failure}\nseed {seed}, data set {number}; the truth behind the tables named "
                f"above: {data.describe(only=str(failure))}"
            ) from None
