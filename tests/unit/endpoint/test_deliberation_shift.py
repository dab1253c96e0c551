"""Deliberative consultations on the real server (issue #26, point 2): before/after pairs go in
over HTTP, the published shift equals a hand count, nothing from fewer than 10 people shows,
and a reader playing before, after and shift off against each other learns nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from privacy_auditor import CellBounds, audit, download_shift_views
from unit.endpoint.conftest import RunningEndpoint

from sync.protocol import PairedResult, derived_shift

SURVEY = "care-closer-to-home-2026"
OPTIONS = ["agree", "unsure", "disagree"]


def deliberative_survey() -> dict[str, Any]:
    return {
        "id": SURVEY,
        "title": "Care closer to home",
        "description": "Should more clinics move into community centres?",
        "closes_on": "2027-03-31",
        "boroughs": [],
        "questions": [
            {"id": "move", "text": "Should clinics move into community centres?",
             "options": [{"id": o, "label": o.title()} for o in OPTIONS]},
            {"id": "travel", "text": "How do you get to your clinic?",
             "options": [{"id": "bus", "label": "Bus"}, {"id": "walk", "label": "Walk"}]},
        ],
        "deliberation": {
            "pack": {
                "title": "What would change",
                "sections": [{"heading": "Today", "body": "Most clinics are in the hospital."}],
                "figures": [{"title": "Journey times", "unit": "minutes",
                             "caption": "Average journey to a clinic",
                             "bars": [{"label": "Hospital", "value": 42},
                                      {"label": "Community centre", "value": 15}]}],
            },
            "paired": ["move"],
        },
        "last_modified": datetime(2026, 12, 1, tzinfo=UTC).isoformat(),
    }


def pair(before: str, after: str, read: bool = True) -> dict[str, Any]:
    return {"kind": "deliberation", "survey_id": SURVEY, "question_id": "move",
            "before": before, "after": after, "read_pack": read}


def send_pairs(endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]],
               pairs: list[tuple[str, str, bool]]) -> None:
    for before, after, read in pairs:
        who = endpoint.register()
        response = endpoint.send(who, [item(pair(before, after, read))])
        assert response.status_code == 200, response.text


def shift(endpoint: RunningEndpoint) -> PairedResult:
    response = endpoint.get(f"/v1/surveys/{SURVEY}/shift")
    assert response.status_code == 200, response.text
    (question,) = response.json()["questions"]
    return PairedResult.model_validate(question)


def people(cells: list[Any]) -> dict[str, int | None]:
    return {cell.option_id: cell.people for cell in cells}


def test_shift_equals_a_hand_count_and_hides_what_fewer_than_ten_gave(
    endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]]
) -> None:
    endpoint.store.upsert_surveys([deliberative_survey()])
    # By hand: of 35 who read the pack, 10 stayed "agree", 3 went agree -> disagree,
    # 12 went unsure -> agree, 10 stayed "disagree"; 4 more skipped the pack.
    hand = ([("agree", "agree", True)] * 10 + [("agree", "disagree", True)] * 3
            + [("unsure", "agree", True)] * 12 + [("disagree", "disagree", True)] * 10
            + [("agree", "agree", False)] * 4)
    send_pairs(endpoint, item, hand)

    result = shift(endpoint)

    assert result.respondents == 35
    assert people(result.before) == {"agree": 13, "unsure": 12, "disagree": 10}
    # After: agree 22, unsure 0, disagree 13. The 0 is hidden, and "nobody is unsure now"
    # would be told by 35 - 22 - 13, so the smaller of the others (13) is hidden with it.
    assert people(result.after) == {"agree": 22, "unsure": None, "disagree": None}
    assert derived_shift(result) == {"agree": (13, 22), "unsure": None, "disagree": None}
    assert result.skipped_pack is None  # 4 people
    send_pairs(endpoint, item, [("unsure", "unsure", False)] * 6)
    assert shift(endpoint).skipped_pack == 10


def test_nine_people_show_nothing_and_ten_show_only_their_number(
    endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]]
) -> None:
    endpoint.store.upsert_surveys([deliberative_survey()])
    send_pairs(endpoint, item, [("disagree", "agree", True)] * 9)
    nine = shift(endpoint)
    assert nine.respondents is None
    assert set(people(nine.before).values()) | set(people(nine.after).values()) == {None}
    send_pairs(endpoint, item, [("disagree", "agree", True)])
    ten = shift(endpoint)
    # "All ten disagreed before" would tell each of the ten their answer: only the 10 shows.
    assert ten.respondents == 10
    assert set(people(ten.before).values()) | set(people(ten.after).values()) == {None}


def test_a_reader_derives_nothing_from_before_after_and_shift_together(
    endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]]
) -> None:
    endpoint.store.upsert_surveys([deliberative_survey()])
    mix = ([("agree", "agree", True)] * 11 + [("agree", "unsure", True)] * 2
           + [("unsure", "agree", True)] * 14 + [("unsure", "disagree", True)] * 1
           + [("disagree", "disagree", True)] * 12 + [("disagree", "agree", True)] * 7
           + [("unsure", "unsure", False)] * 3)
    send_pairs(endpoint, item, mix)
    result = shift(endpoint)
    assert people(result.before) == {"agree": 13, "unsure": 15, "disagree": 19}
    assert people(result.after) == {"agree": 32, "unsure": None, "disagree": None}

    report = audit(download_shift_views(endpoint.base_url, [SURVEY], endpoint.session))

    assert report.violations == []
    # The 2 who moved agree -> unsure: a reader can fit anything from 0 to 13 (all 13 who
    # agreed before), so their path is not told.
    assert report.bounds_of("shift of", "agree>unsure") == CellBounds(
        f"shift of {SURVEY} question move", "agree>unsure", 0, 13)


def test_the_auditor_catches_a_shift_that_tells_everyone_s_path() -> None:
    """A view the endpoint never publishes: all 12 agreed before and after. Every move but
    agree -> agree is pinned to 0, so each person's path is known."""
    view = {"borough": "shift", "deliberations": [{"survey_id": SURVEY, "questions": [{
        "question_id": "move", "respondents": 12, "skipped_pack": None,
        "before": [{"option_id": o, "people": 12 if o == "agree" else None} for o in OPTIONS],
        "after": [{"option_id": o, "people": 12 if o == "agree" else None} for o in OPTIONS],
    }]}]}
    narrowed = {v.cells for v in audit([view]).violations if v.kind == "narrowed"}
    assert ("agree>unsure",) in narrowed and ("unsure>unsure",) in narrowed


def test_a_pair_must_name_a_paired_question_and_its_options(
    endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]]
) -> None:
    endpoint.store.upsert_surveys([deliberative_survey()])
    who = endpoint.register()
    wrong_question = {**pair("agree", "agree"), "question_id": "travel"}
    wrong_option = pair("agree", "maybe")
    extra_field = {**pair("agree", "agree"), "name": "Ann"}
    for body, where in ((wrong_question, "question_id"), (wrong_option, "after")):
        response = endpoint.send(who, [item(body)])
        assert response.status_code == 422, response.text
        assert response.json()["error"]["details"][0]["location"].endswith(where)
    assert endpoint.send(who, [item(extra_field)]).status_code == 422
    assert endpoint.ledger(who) == []


def test_withdrawal_takes_the_pairs_out_of_the_shift(
    endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]]
) -> None:
    endpoint.store.upsert_surveys([deliberative_survey()])
    send_pairs(endpoint, item, [("agree", "agree", True)] * 10)
    leaving = endpoint.register()
    assert endpoint.send(leaving, [item(pair("agree", "agree"))]).status_code == 200
    assert shift(endpoint).respondents == 11
    assert endpoint.delete("/v1/contributors/me", headers=leaving.headers).status_code == 200
    assert shift(endpoint).respondents == 10


def test_pairs_show_only_from_the_next_publication_period(
    endpoint_factory: Callable[..., RunningEndpoint], item: Callable[..., dict[str, Any]]
) -> None:
    """Published once a day, like /v1/results: a download just before and just after one
    person's pair is the same, so the pair cannot be read off the difference."""
    clock = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    endpoint = endpoint_factory(results_period=timedelta(days=1), now=lambda: clock[0])
    endpoint.store.upsert_surveys([deliberative_survey()])
    send_pairs(endpoint, item, [("agree", "agree", True)] * 10
               + [("unsure", "agree", True)] * 10)
    assert shift(endpoint).respondents is None  # sent today: not yet published
    clock[0] = datetime(2026, 12, 2, 0, 1, tzinfo=UTC)
    assert shift(endpoint).respondents == 20
    send_pairs(endpoint, item, [("disagree", "agree", True)])  # one more person, same day
    assert shift(endpoint).respondents == 20
