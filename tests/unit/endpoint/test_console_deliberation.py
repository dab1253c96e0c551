"""The console's information pack page (issue #26, point 2) over HTTP: an editor attaches a
pack and ticks the questions asked twice; the rules of #15 hold (roles, CSRF, audit, drafts
only); once open, the page shows the same before/after figures as the API."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from endpoint.store import audit_log
from tests.unit.endpoint.conftest import RunningEndpoint
from tests.unit.endpoint.test_console import _create, _operator, _orgs

PACK = {
    "pack_title": "What would change",
    "s0_heading": "Today",
    "s0_body": "Most clinics are in the hospital, 40 minutes away by bus.",
    "f0_title": "Journey times",
    "f0_unit": "minutes",
    "f0_caption": "A community centre is nearer than the hospital for most people.",
    "f0_bars": "Hospital: 42\nCommunity centre: 15",
    "pair_q1": "1",
}


def _pack(endpoint: RunningEndpoint, survey_id: str) -> dict[str, Any] | None:
    doc = next(d for d in endpoint.store.list_surveys(drafts=True) if d["id"] == survey_id)
    return doc.get("deliberation")


def test_an_editor_attaches_a_pack_and_marks_the_questions_asked_twice(
    endpoint: RunningEndpoint,
) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    page = editor.get(f"/console/consultations/{survey_id}/pack")
    assert page.status_code == 200
    assert 'for="pair-q1"' in page.text and 'for="pair-q2"' in page.text

    assert editor.post(f"/console/consultations/{survey_id}/pack", PACK,
                       csrf=False).status_code == 403
    assert _pack(endpoint, survey_id) is None
    saved = editor.post(f"/console/consultations/{survey_id}/pack", PACK)
    assert saved.status_code == 303, saved.text

    assert _pack(endpoint, survey_id) == {
        "pack": {"title": "What would change",
                 "sections": [{"heading": "Today", "body": PACK["s0_body"]}],
                 "figures": [{"title": "Journey times", "unit": "minutes",
                              "caption": PACK["f0_caption"],
                              "bars": [{"label": "Hospital", "value": 42.0},
                                       {"label": "Community centre", "value": 15.0}]}]},
        "paired": ["q1"],
    }
    with endpoint.store.engine.connect() as conn:
        actions = conn.execute(select(audit_log.c.action, audit_log.c.target)).all()
    assert ("consultation.pack", survey_id) in [tuple(a) for a in actions]
    # Saving the consultation form again keeps the pack.
    again = editor.post(f"/console/consultations/{survey_id}/edit", {
        "title": "Bus or walk?", "description": "How do you get to the lunch club?",
        "organisation": org, "closes_on": "2027-01-31", "q0_text": "How do you usually get there?",
        "q0_type": "single", "q0_options": "Walk\nBus\nCar"})
    assert again.status_code == 303
    assert (_pack(endpoint, survey_id) or {})["paired"] == ["q1"]


def test_bad_bars_and_a_missing_caption_are_explained_and_nothing_is_saved(
    endpoint: RunningEndpoint,
) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    editor.get(f"/console/consultations/{survey_id}/pack")
    wrong = {**PACK, "f0_bars": "Hospital forty-two", "f0_caption": ""}
    response = editor.post(f"/console/consultations/{survey_id}/pack", wrong)
    assert response.status_code == 422
    assert "write each bar as “label: number”, not “Hospital forty-two”" in response.text
    assert "Figure 1 needs a caption" in response.text
    assert 'value="What would change"' in response.text  # what was typed is kept
    assert _pack(endpoint, survey_id) is None


def test_only_the_organisation_s_editors_change_a_pack_and_only_while_a_draft(
    endpoint: RunningEndpoint, item: Callable[..., dict[str, Any]]
) -> None:
    org, other = _orgs(endpoint)[:2]
    editor = _operator(endpoint, "eve", "editor", (org,))
    stranger = _operator(endpoint, "sam", "editor", (other,))
    analyst = _operator(endpoint, "ada", "analyst")
    survey_id = _create(editor, org)
    for someone in (stranger, analyst):
        someone.get("/console/")
        assert someone.post(f"/console/consultations/{survey_id}/pack", PACK).status_code == 403
    editor.get(f"/console/consultations/{survey_id}/pack")
    assert editor.post(f"/console/consultations/{survey_id}/pack", PACK).status_code == 303
    editor.get("/console/consultations")
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    assert editor.post(f"/console/consultations/{survey_id}/pack", PACK).status_code == 409

    # Open: of 43 who read the pack, 12 went Walk -> Bus, 11 stayed Walk, 10 stayed Bus,
    # 10 stayed Car (by hand: before Walk 23, Bus 10, Car 10; after Walk 11, Bus 22, Car 10).
    def pair(before: str, after: str) -> dict[str, Any]:
        return item({"kind": "deliberation", "survey_id": survey_id, "question_id": "q1",
                     "before": before, "after": after, "read_pack": True})

    moves = ([("walk", "bus")] * 12 + [("walk", "walk")] * 11 + [("bus", "bus")] * 10
             + [("car", "car")] * 10)
    for before, after in moves:
        assert endpoint.send(endpoint.register(), [pair(before, after)]).status_code == 200
    page = analyst.get(f"/console/consultations/{survey_id}/pack")
    assert page.status_code == 200
    text = " ".join(re.sub(r"<[^>]+>", " ", page.text).split())
    assert "43 people read the pack and answered both times" in text
    assert "Walk 23 11 -12 Bus 10 22 +12 Car 10 10 +0" in text
