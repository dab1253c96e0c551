"""The auditor itself, on hand-written views (no server): it must catch the leaks of issue #21
as the OLD suppression published them, and it must not cry wolf on tables that are safe.

An auditor that found nothing anywhere would make every end-to-end privacy test pass; these
tests are what make its silence mean something.
"""

from __future__ import annotations

from typing import Any

import pytest
from privacy_auditor import assert_no_disclosure, audit, audit_views

from sync.protocol import FFT_RATINGS, Results

HIDDEN: dict[str, Any] = {"value": None, "suppressed": True}


def _count(value: int | None) -> dict[str, Any]:
    return dict(HIDDEN) if value is None else {"value": value, "suppressed": False}


def _measure(value: float | None) -> dict[str, Any]:
    return dict(HIDDEN) if value is None else {"value": value, "suppressed": False}


def _service(
    sid: str = "svc-a",
    *,
    borough: str | None = "Hackney",
    responses: int | None = None,
    percent: float | None = None,
    **ratings: int,
) -> dict[str, Any]:
    return {
        "service_id": sid,
        "name": f"Service {sid}",
        "borough": borough,
        "responses": _count(responses),
        "percent_positive": _measure(percent),
        "ratings": [
            {"rating": r, "label": r, "count": _count(ratings.get(r))} for r in FFT_RATINGS
        ],
    }


def _question(
    options: tuple[str, ...], respondents: int | None = None, **counts: int
) -> dict[str, Any]:
    return {
        "survey_id": "travel-survey",
        "title": "Travel",
        "questions": [
            {
                "question_id": "travel",
                "text": "How do you travel?",
                "respondents": _count(respondents),
                "options": [
                    {"option_id": o, "label": o, "count": _count(counts.get(o))} for o in options
                ],
            }
        ],
    }


def _wellbeing(borough: str, reports: int | None) -> dict[str, Any]:
    mean = _measure(None if reports is None else 7.0)
    return {
        "borough": borough,
        "reports": _count(reports),
        "satisfied": mean,
        "worthwhile": mean,
        "happy": mean,
        "anxious": mean,
    }


def _view(
    borough: str | None = None,
    services: list[dict[str, Any]] | None = None,
    surveys: list[dict[str, Any]] | None = None,
    wellbeing: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    view = {
        "borough": borough,
        "suppression_threshold": 10,
        "data_as_of": None,
        "fft_question": "Overall, how was your experience of our service?",
        "surveys": surveys or [],
        "services": services or [],
        "wellbeing": wellbeing or [],
    }
    Results.model_validate(view)  # the views are real /v1/results documents
    return view


def _narrowed(views: list[dict[str, Any]]) -> dict[tuple[str, ...], tuple[int | None, int | None]]:
    return {v.cells: (v.low, v.high) for v in audit_views(views) if v.kind == "narrowed"}


# --- the leaks of issue #21, as the old code published them ----------------------------------


def test_one_very_good_and_nine_poor_behind_a_published_percentage_is_caught():
    """responses 10, percent_positive 10.0, every rating hidden: 1 positive and 9 others."""
    views = [_view(services=[_service(responses=10, percent=10.0)])]
    found = _narrowed(views)
    assert found[("very_good", "good")] == (1, 1)
    assert found[("neither", "poor", "very_poor", "dont_know")] == (9, 9)
    for rating in FFT_RATINGS:  # every hidden rating is below 10 now
        assert (rating,) in found
    assert found[("very_good",)] == (0, 1)
    assert found[("poor",)] == (0, 9)
    message = "\n".join(v.message for v in audit_views(views))
    assert "very_good + good pinned to exactly 1" in message
    assert "responses 10 (London-wide)" in message
    assert "percent_positive 10.0" in message


def test_a_question_split_ten_one_four_is_caught():
    """respondents 15, one option shown as 10, two hidden: the hidden pair is exactly 5."""
    views = [_view(surveys=[_question(("bus", "car", "walk"), respondents=15, bus=10)])]
    found = _narrowed(views)
    assert found[("car", "walk")] == (5, 5)
    assert found[("car",)] == (0, 5)
    assert found[("walk",)] == (0, 5)
    with pytest.raises(AssertionError) as failure:
        assert_no_disclosure(views)
    text = str(failure.value)
    assert "survey travel-survey question travel, which publishes: bus 10" in text
    assert "car + walk = exactly 5" in text


def test_the_six_option_question_as_the_old_code_published_it_is_caught():
    options = ("walk", "bus", "tube_rail", "car", "community_transport", "do_not_go")
    views = [_view(surveys=[_question(options, respondents=15, bus=10)])]
    found = _narrowed(views)
    assert found[("walk", "tube_rail", "car", "community_transport", "do_not_go")] == (5, 5)
    assert all(found[(o,)] == (0, 5) for o in options if o != "bus")


def test_two_hidden_cells_summing_to_zero_are_caught():
    """Ten 'very good': the old code showed responses 10 and 100.0 %, so nobody was negative."""
    views = [_view(services=[_service(responses=10, percent=100.0)])]
    found = _narrowed(views)
    for rating in ("neither", "poor", "very_poor", "dont_know"):
        assert found[(rating,)] == (0, 0)
    assert ("very_good",) not in found  # 0..10: it may be all ten
    assert ("very_good", "good") not in found


def test_the_rounded_percentage_pins_the_split_of_twenty():
    """20 responses at 75.0 %: exactly 15 positive, so the others (hidden) are exactly 5."""
    views = [_view(services=[_service(responses=20, percent=75.0, very_good=15)])]
    found = _narrowed(views)
    assert found[("neither", "poor", "very_poor", "dont_know")] == (5, 5)
    assert found[("good",)] == (0, 0)


def test_views_are_played_off_against_each_other():
    """Each view alone is safe; together (total from one, percentage from the other) they leak."""
    london = _view(services=[_service(responses=10)])
    hackney = _view("Hackney", services=[_service(percent=10.0)])
    assert audit_views([london]) == []
    assert audit_views([hackney]) == []
    found = _narrowed([london, hackney])
    assert found[("very_good", "good")] == (1, 1)


def test_views_that_contradict_each_other_are_reported():
    london = _view(services=[_service(responses=10)])
    hackney = _view("Hackney", services=[_service(responses=12)])
    (violation,) = audit_views([london, hackney])
    assert violation.kind == "inconsistent"
    assert "responses 10 (London-wide), responses 12 (Hackney)" in violation.message


def test_a_small_count_published_outright_is_reported():
    views = [_view(wellbeing=[_wellbeing("Camden", 5)])]
    (violation,) = audit_views(views)
    assert violation.kind == "published"
    assert "wellbeing Camden: reports is published as 5" in violation.message


# --- and silence where a reader learns nothing below 10 --------------------------------------


def test_respondents_fifteen_with_every_option_hidden_is_safe():
    views = [_view(surveys=[_question(("bus", "car", "walk"), respondents=15)])]
    assert audit_views(views) == []
    assert_no_disclosure(views)
    report = audit(views)
    assert report.bounds_of("question travel", "car").low == 0
    assert report.bounds_of("question travel", "car").high == 15


def test_ten_responses_with_every_rating_hidden_is_safe():
    assert audit_views([_view(services=[_service(responses=10)])]) == []


def test_hidden_cells_with_ten_people_between_them_are_safe():
    views = [_view(surveys=[_question(("a", "b", "c", "d"), respondents=30, a=10, b=10)])]
    assert audit_views(views) == []
    assert audit(views).bounds_of("travel", "c").high == 10
    leaky = [_view(surveys=[_question(("a", "b", "c", "d"), respondents=28, a=10, b=10)])]
    assert _narrowed(leaky)[("c", "d")] == (8, 8)


def test_a_percentage_without_its_total_leaves_the_counts_unbounded():
    views = [_view(services=[_service(percent=0.0)]), _view(services=[_service(percent=50.0,
                                                                                sid="svc-b")])]
    assert audit_views(views) == []
    assert audit(views).bounds_of("svc-a", "very_good").high is None


def test_published_cells_without_a_total_say_nothing_about_the_hidden_ones():
    views = [_view(services=[_service(very_good=10, good=10, poor=10)])]
    assert audit_views(views) == []


def test_nothing_published_is_safe_and_wellbeing_alone_is_safe():
    views = [
        _view(services=[_service()], wellbeing=[_wellbeing("Hackney", None),
                                                _wellbeing("Lambeth", 10)]),
        _view("Lambeth", wellbeing=[_wellbeing("Lambeth", 10)]),
    ]
    assert_no_disclosure(views)


def _outcome(category: str, borough: str, people: int | None) -> dict[str, Any]:
    change = _measure(None if people is None else 1.5)
    return {
        "category": category,
        "category_name": category.title(),
        "borough": borough,
        "people": _count(people),
        "attendance": _count(None if people is None else 3 * people),
        "satisfied": change,
        "worthwhile": change,
        "happy": change,
        "anxious": change,
    }


def _with_outcomes(view: dict[str, Any], *cells: dict[str, Any]) -> dict[str, Any]:
    view = {**view, "outcomes": list(cells)}
    Results.model_validate(view)
    return view


def test_an_outcome_cell_of_nine_published_outright_is_reported():
    views = [_with_outcomes(_view(), _outcome("walking", "Hackney", 9))]
    (violation,) = audit_views(views)
    assert violation.kind == "published"
    assert "outcomes walking in Hackney: people is published as 9" in violation.message


def test_outcome_cells_alone_are_safe_and_views_that_disagree_are_caught():
    cells = (_outcome("walking", "Hackney", None), _outcome("walking", "Camden", 10))
    views = [
        _with_outcomes(_view(), *cells),
        _with_outcomes(_view("Camden"), _outcome("walking", "Camden", 10)),
    ]
    assert_no_disclosure(views)
    views[1] = _with_outcomes(_view("Camden"), _outcome("walking", "Camden", 11))
    assert [v.kind for v in audit_views(views)] == ["inconsistent"]
