"""Taking part shows "you said, we did" for consultations this person answered, as plain
text, from the vault's cache (no server is running here)."""

from __future__ import annotations

import json
import os
from typing import Any

from featurekit import in_vault, open_view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.vault import Vault
from sync import consent, outbox, state
from ui.session import Session
from ui.views.participation import ParticipationView

RESPONSES = {
    "responses": [
        {"id": "r1", "survey_id": "answered", "survey_title": "Lunch club times",
         "organisation": "Age Friendly Newham", "title": "Wednesdays it is",
         "body": "<b>You said</b> Wednesday. We moved the club.", "published_on": "2026-12-01"},
        {"id": "r2", "survey_id": "not-answered", "survey_title": "Parks",
         "organisation": "Parks team", "title": "More benches", "body": "Done.",
         "published_on": "2026-12-01"},
    ]
}


def test_responses_to_answered_consultations_are_shown_as_plain_text(
    qtbot: Any, demo_session: Session
) -> None:
    def prepare(v: Vault) -> None:
        consent.record(v, "surveys", "given")
        state.put(v, "responses", json.dumps(RESPONSES))
        outbox.queue_survey_answer(v, "answered", "q1", "wednesday")

    in_vault(qtbot, demo_session, prepare)
    view = open_view(qtbot, ParticipationView, demo_session)
    labels = view.results_page.findChildren(QLabel)
    texts = [label.text() for label in labels]
    assert "You said, we did" in texts and "Wednesdays it is" in texts
    assert "More benches" not in texts  # not answered: not shown
    body = next(label for label in labels if label.text().startswith("<b>You said"))
    assert body.textFormat() == Qt.TextFormat.PlainText
    assert any("Age Friendly Newham" in text and "Lunch club times" in text for text in texts)
    shots = os.environ.get("HP_UI_SHOTS")  # look at it: HP_UI_SHOTS=DIR
    if shots:
        view.resize(900, 700)
        view.tabs.setCurrentIndex(view.tabs.count() - 2)  # What people say
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-you-said-we-did.png"))


def test_a_multiple_choice_question_is_tick_boxes_under_one_heading(qtbot: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QGroupBox

    from sync.protocol import Survey
    from ui.dialogs.participation import SurveyDialog

    yes = [{"id": "yes", "label": "Yes"}]
    survey = Survey.model_validate({
        "id": "s", "title": "Travel", "description": "How you travel.",
        "closes_on": "2027-01-31",
        "questions": [
            {"id": "q1", "text": "How often?", "options": [{"id": "a", "label": "Often"}]},
            {"id": "q2-bus", "text": "Bus", "group": "Which do you use?", "options": yes},
            {"id": "q2-tube", "text": "Tube", "group": "Which do you use?", "options": yes},
            {"id": "q2-bike", "text": "Bike & scooter", "group": "Which do you use?",
             "options": yes},
        ],
    })
    dialog = SurveyDialog(survey)
    qtbot.addWidget(dialog)
    boxes = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert boxes == ["How often?", "Which do you use?"]
    ticks = {tick.accessibleName(): tick for tick in dialog.findChildren(QCheckBox)}
    assert set(ticks) == {"Bus", "Tube", "Bike & scooter"}
    assert ticks["Bike & scooter"].text() == "Bike && scooter"  # shown, not a shortcut
    ticks["Bus"].setChecked(True)
    ticks["Bike & scooter"].setChecked(True)
    assert dialog.answers() == [("q2-bus", "yes", None), ("q2-bike", "yes", None)]


def test_results_of_a_closed_consultation_say_it_has_closed(qtbot: Any, demo_session: Session
                                                           ) -> None:
    cell = {"value": None, "suppressed": True}
    results = {
        "borough": None, "suppression_threshold": 10, "data_as_of": None,
        "fft_question": "Overall, how was your experience of our service?",
        "surveys": [{"survey_id": "gone", "title": "Closed one", "questions": [
            {"question_id": "q1", "text": "Which?", "respondents": cell,
             "options": [{"option_id": "a", "label": "A", "count": cell}]}]}],
        "services": [], "wellbeing": [],
    }

    def prepare(v: Vault) -> None:
        consent.record(v, "surveys", "given")
        state.put(v, "results", json.dumps(results))
        state.put(v, "surveys", json.dumps({"surveys": []}))

    in_vault(qtbot, demo_session, prepare)
    view = open_view(qtbot, ParticipationView, demo_session)
    texts = [label.text() for label in view.results_page.findChildren(QLabel)]
    assert "Closed one" in texts
    assert "This consultation has closed: these are its results." in texts
