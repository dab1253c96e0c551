"""A deliberative consultation in Taking part, with real widgets, a real vault and the real
endpoint over HTTP (issue #26, point 2): the person answers before, reads the pack, answers
after, syncs; the shift shows once enough people have answered.

Why 10 is not enough to see a change: with 10 people, any split of them puts fewer than 10 in
some answer, or all 10 in one ("all ten agreed" tells each of them); both are hidden by the
rule every published figure follows (endpoint/disclosure.py). So at 10 the app shows how many
answered and hides the rest; 30 more later, it shows before, after and the change.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from featurekit import idle, in_vault, open_view
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QScrollArea

from endpoint.app import create_app
from endpoint.testing import serve
from planner.vault import Vault
from sync import consent, outbox, state
from sync.protocol import PURPOSE_FOR_KIND
from ui.dialogs.deliberation import DeliberationDialog
from ui.dialogs.participation import SurveyDialog
from ui.session import Session
from ui.views.participation import ParticipationView
from ui.widgets.bars import BarChart, hidden_words

SURVEY = "care-closer-to-home-2026"


def _survey() -> dict[str, Any]:
    options = [{"id": o, "label": o.title()} for o in ("agree", "unsure", "disagree")]
    return {
        "id": SURVEY, "title": "Care closer to home",
        "description": "Should more clinics move into community centres?",
        "closes_on": "2099-03-31", "boroughs": [],
        "questions": [
            {"id": "move", "text": "Should clinics move into community centres?",
             "options": options},
            {"id": "travel", "text": "How do you get to your clinic?",
             "options": [{"id": "bus", "label": "Bus"}, {"id": "walk", "label": "Walk"}]},
        ],
        "deliberation": {
            "pack": {
                "title": "What would change",
                "sections": [{"heading": "Today",
                              "body": "Most clinics are in the hospital, 40 minutes away."},
                             {"heading": "The proposal",
                              "body": "Three clinics would open in community centres."}],
                "figures": [{"title": "Journey times", "unit": "minutes",
                             "caption": "A community centre is nearer for most people.",
                             "bars": [{"label": "Hospital", "value": 42},
                                      {"label": "Community centre", "value": 15}]}],
            },
            "paired": ["move"],
        },
        "last_modified": datetime(2026, 12, 1, tzinfo=UTC).isoformat(),
    }


@pytest.fixture
def deliberation_server(tmp_path: Any) -> Iterator[tuple[str, Any]]:
    app = create_app(f"sqlite:///{tmp_path / 'endpoint.db'}", rate_limit_per_minute=0,
                     registrations_per_minute=0, public_reads_per_minute=0,
                     results_period=timedelta(0))
    app.state.context.store.upsert_surveys([_survey()])
    with serve(app) as url:
        yield url, app


def _seed(url: str, moves: list[tuple[str, str]]) -> None:
    """Other people, each with their own pseudonym, through the public API."""
    with requests.Session() as http:
        for before, after in moves:
            token = http.post(f"{url}/v1/contributors", json={}, timeout=10).json()["token"]
            body = {"kind": "deliberation", "survey_id": SURVEY, "question_id": "move",
                    "before": before, "after": after, "read_pack": True}
            item = {"id": str(uuid.uuid4()), "purpose": PURPOSE_FOR_KIND["deliberation"],
                    "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                    "body": body}
            reply = http.post(f"{url}/v1/contributions", json={"items": [item]},
                              headers={"Authorization": f"Bearer {token}"}, timeout=10)
            assert reply.status_code == 200, reply.text


def _choose(dialog: DeliberationDialog, qtbot: Any, label: str) -> None:
    page = dialog.steps.currentWidget()
    button = next(b for b in page.findChildren(QRadioButton) if b.text() == label)
    # On the round mark itself: a radio button's row is wider than what takes a click.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _sync(qtbot: Any, view: ParticipationView) -> None:
    """Sync once nothing else is under way, and wait until the screen shows its outcome."""
    idle(qtbot, view.session)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.sync_now()
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20_000)
    idle(qtbot, view.session)


def _shift_chart(qtbot: Any, view: ParticipationView) -> BarChart:
    """The one chart of the shift on screen (the previous load's widgets are deleted first)."""
    def charts() -> list[BarChart]:
        return [c for c in view.results_page.findChildren(BarChart)
                if c.title == "After the information, with before and the change"]

    qtbot.waitUntil(lambda: len(charts()) == 1, timeout=5_000)
    return charts()[0]


def _texts(view: ParticipationView) -> list[str]:
    return [label.text() for label in view.results_page.findChildren(QLabel)]


def test_before_the_pack_after_then_the_shift_once_enough_have_answered(
    qtbot: Any, demo_session: Session, deliberation_server: tuple[str, Any]
) -> None:
    url, _app = deliberation_server
    shots = os.environ.get("HP_UI_SHOTS")  # look at them: HP_UI_SHOTS=DIR

    def prepare(v: Vault) -> None:
        state.set_endpoint(v, url)
        consent.record(v, "surveys", "given")

    in_vault(qtbot, demo_session, prepare)
    view = open_view(qtbot, ParticipationView, demo_session, (1000, 760))
    _sync(qtbot, view)  # the consultation, with its pack, comes down
    rows = [view.survey_list.item(i) for i in range(view.survey_list.count())]
    ours = [i for i, row in enumerate(rows) if row.data(Qt.ItemDataRole.UserRole) == SURVEY]
    assert len(ours) == 1
    _seed(url, [("unsure", "agree")] * 4 + [("disagree", "disagree")] * 5)  # 9 others

    view.survey_list.setCurrentRow(ours[0])
    view.answer_survey()
    dialog = view.dialog
    assert isinstance(dialog, DeliberationDialog)
    assert dialog.next_button.isVisible() and not dialog.done_button.isVisible()
    _choose(dialog, qtbot, "Unsure")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    pack_texts = [label.text() for label in dialog.steps.currentWidget().findChildren(QLabel)]
    assert "What would change" in pack_texts and "Three clinics would open in community " \
        "centres." in pack_texts
    chart = dialog.steps.currentWidget().findChild(BarChart)
    assert chart.accessibleDescription() == "Hospital: 42 minutes; Community centre: 15 minutes"
    assert dialog.skip_button.isVisible() and dialog.read_button.isVisible()
    if shots:
        dialog.grab().save(os.path.join(shots, "taking-part-deliberation-pack.png"))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.done_button.isVisible()
    _choose(dialog, qtbot, "Agree")
    if shots:
        qtbot.wait(100)
        dialog.grab().save(os.path.join(shots, "taking-part-deliberation-after.png"))
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    # The consultation's other question follows in the ordinary form.
    qtbot.waitUntil(lambda: isinstance(view.dialog, SurveyDialog), timeout=10_000)
    ordinary = view.dialog
    assert isinstance(ordinary, SurveyDialog)
    assert [q.id for q in ordinary.survey.questions] == ["travel"]
    ordinary.groups["travel"].buttons()[0].click()  # Bus
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ordinary.accept()

    queued = in_vault(qtbot, demo_session, lambda v: [
        row.contribution.body.model_dump() for row in outbox.pending(v)])
    assert {"kind": "deliberation", "survey_id": SURVEY, "question_id": "move",
            "before": "unsure", "after": "agree", "read_pack": True} in queued
    assert {"kind": "survey", "survey_id": SURVEY, "question_id": "travel",
            "option_id": "bus", "text": None} in queued
    assert len(queued) == 2

    _sync(qtbot, view)  # the 10th person: sent, and the figures come back
    shown_on = view.tabs.currentWidget()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tabs.setCurrentWidget(view.outbox_page)  # the queue, read when its tab is chosen
    assert view.pending_list.count() == 0, view.banner.label.text()
    assert view.sent_list.count() == 2
    view.tabs.setCurrentWidget(shown_on)
    texts = _texts(view)
    assert "Before and after the information: Care closer to home" in texts
    assert "10 people read the information and answered both times." in texts
    chart = _shift_chart(qtbot, view)
    hidden = hidden_words()
    assert chart.accessibleDescription() == (
        f"Agree: {hidden}; Unsure: {hidden}; Disagree: {hidden}")

    # 30 more people later: before agree 10, unsure 20, disagree 10; after 20, 10, 10.
    _seed(url, [("unsure", "agree")] * 5 + [("disagree", "disagree")] * 5
          + [("agree", "agree")] * 10 + [("unsure", "unsure")] * 10)
    _sync(qtbot, view)
    assert "40 people read the information and answered both times." in _texts(view)
    chart = _shift_chart(qtbot, view)
    assert chart.accessibleDescription() == (
        "Agree: 10 → 20 (+10); Unsure: 20 → 10 (-10); Disagree: 10 → 10 (+0)")
    # The question asked twice has no ordinary results (its answers went as pairs).
    assert "Should clinics move into community centres?" not in [
        c.title for c in view.results_page.findChildren(BarChart)]
    if shots:
        view.tabs.setCurrentIndex(view.tabs.count() - 2)
        area = view.tabs.currentWidget()
        assert isinstance(area, QScrollArea)
        area.verticalScrollBar().setValue(chart.y() - 120)
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-deliberation-shift.png"))


def test_skipping_the_pack_is_recorded_on_the_pair(qtbot: Any) -> None:
    from sync.protocol import Survey

    dialog = DeliberationDialog(Survey.model_validate(_survey()))
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog, qtbot, "Disagree")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.read_pack is False
    assert dialog.pairs() == []  # not answered after: nothing to send
    _choose(dialog, qtbot, "Disagree")
    assert dialog.pairs() == [("move", "disagree", "disagree")]


def test_the_three_steps_by_keyboard_alone_and_at_200_percent_text(qtbot: Any) -> None:
    from featurekit import activate, focused, key, tab_to
    from shellkit import looks

    from sync.protocol import Survey

    with looks(scale=200):
        dialog = DeliberationDialog(Survey.model_validate(_survey()))
        qtbot.addWidget(dialog)
        dialog.resize(640, 600)
        dialog.show()
        activate(qtbot, dialog)
        assert isinstance(focused(), QRadioButton)  # each step starts on its first answer
        key(Qt.Key.Key_Space)  # Agree
        key(Qt.Key.Key_Down)  # then Unsure: arrow keys move the choice within a question
        assert focused().text() == "Unsure" and focused().isChecked()
        tab_to(dialog.next_button)
        key(Qt.Key.Key_Space)
        assert dialog.steps.currentIndex() == 1
        tab_to(dialog.read_button)
        key(Qt.Key.Key_Space)
        assert dialog.read_pack is True and dialog.steps.currentIndex() == 2
        key(Qt.Key.Key_Space)  # the focused first answer: Agree
        assert focused().text() == "Agree" and focused().isChecked()
        tab_to(dialog.done_button)
        key(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.result() == DeliberationDialog.DialogCode.Accepted,
                        timeout=5_000)
        assert dialog.pairs() == [("move", "unsure", "agree")]
        # At 200 % the buttons do not run off the side of the dialog.
        dialog._go(1)
        shots = os.environ.get("HP_UI_SHOTS")
        if shots:
            dialog.show()
            qtbot.wait(50)
            dialog.grab().save(os.path.join(shots, "taking-part-deliberation-pack-200.png"))
        for button in (dialog.back_button, dialog.skip_button, dialog.read_button):
            assert button.geometry().right() <= dialog.width(), button.text()
