"""Help at the community centre and commitments in Taking part, with real widgets against the
real endpoint over HTTP: a helper's one-time code starts the assisted session, the consent
dialog appears in the person's language, answers are kept and sent marked "assisted" when the
session ends at 30 minutes (injected clock), when the person leaves, or (kept for the next
sync) when the app locks; followed commitments show their milestones and updates offline."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

from featurekit import in_vault, open_view
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QProgressBar, QPushButton, QRadioButton
from sqlalchemy import func, select

from endpoint.store import assisted_contributions, contributions
from planner.vault import Vault
from sync import assisted, consent, outbox, state
from ui.dialogs.participation import ConsentDialog, SurveyDialog
from ui.session import Session
from ui.views.participation import ParticipationView
from ui.views.participation_account import CodeDialog


def _settle() -> None:
    """Delete the widgets of the screen's previous rendering (deleteLater) before reading."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


def _store(faults: Any) -> Any:
    return faults.app.state.context.store


def _assisted_at_server(faults: Any) -> tuple[int, int]:
    with _store(faults).engine.connect() as conn:
        marked = conn.execute(select(func.count()).select_from(assisted_contributions)
                              ).scalar_one()
        people = conn.execute(select(func.count(func.distinct(contributions.c.contributor_id)))
                              ).scalar_one()
    return marked, people


def _view(qtbot: Any, session: Session, server: Any) -> tuple[ParticipationView, Clock]:
    url, faults = server
    # The server's own open consultations, as a sync would have cached them.
    surveys = {"surveys": _store(faults).list_surveys()}

    def prepare(v: Vault) -> None:
        state.set_endpoint(v, url)
        state.put(v, "surveys", json.dumps(surveys, default=str))

    in_vault(qtbot, session, prepare)
    view = ParticipationView(session)
    qtbot.addWidget(view)
    clock = Clock()
    view.assisted.now = clock
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    return view, clock


def _start(qtbot: Any, view: ParticipationView, code: str, language: str) -> ConsentDialog:
    view.tabs.setCurrentIndex(2)
    qtbot.mouseClick(view.assisted.start_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CodeDialog)
    dialog.code.setText(code.lower())  # typed in lower case: still good
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(view.dialog, ConsentDialog), timeout=10_000)
    consent_dialog = view.dialog
    assert isinstance(consent_dialog, ConsentDialog)
    return consent_dialog


def _answer(qtbot: Any, view: ParticipationView, button: str = "Add my answers to the send list"
            ) -> None:
    qtbot.mouseClick(view.assisted.answer_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, SurveyDialog)
    assert button in [b.text() for b in dialog.findChildren(QPushButton)]  # their language
    dialog.findChildren(QRadioButton)[0].setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: "kept" in view.banner.label.text(), timeout=10_000)


def test_an_assisted_session_in_polish_ends_after_30_minutes_and_is_sent_as_assisted(
    qtbot: Any, demo_session: Session, server: Any
) -> None:
    _url, faults = server
    view, clock = _view(qtbot, demo_session, server)
    code = _store(faults).new_helper_code(datetime.now(UTC))
    consent_dialog = _start(qtbot, view, code, "pl")
    # The consent text in the person's language, while the app itself stays in English.
    assert consent_dialog.agree.text() != "I agree" and consent_dialog.agree.text()
    assert view.tabs.tabText(0) == "&Choices"
    shots = os.environ.get("HP_UI_SHOTS")  # look at it: HP_UI_SHOTS=DIR
    if shots:
        consent_dialog.grab().save(os.path.join(shots, "assisted-consent-polish.png"))
    consent_dialog.accept()
    qtbot.waitUntil(lambda: view.assisted.active.isVisible(), timeout=10_000)
    assert view.assisted.time_left.text() == "Assisted session: 30 minutes left."
    _answer(qtbot, view, "Dodaj moje odpowiedzi do listy do wysłania")
    held = in_vault(qtbot, demo_session, assisted.held_sessions)
    assert held == 1
    recorded = in_vault(qtbot, demo_session, assisted.consents)
    assert [(c["language"], c["purpose"]) for c in recorded] == [("pl", "surveys")]
    assert in_vault(qtbot, demo_session, lambda v: consent.has_consent(v, "surveys")) is False
    if shots:
        view.resize(900, 760)
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-assisted-session.png"))
    clock.at += timedelta(minutes=29, seconds=59)
    view.assisted.tick()
    assert view.assisted.active.isVisible()
    assert view.assisted.time_left.text() == "Assisted session: 1 minute left."
    clock.at += timedelta(seconds=1)
    view.assisted.tick()
    assert not view.assisted.active.isVisible()
    assert "30 minutes are up" in view.banner.label.text()
    qtbot.waitUntil(lambda: _assisted_at_server(faults) == (1, 1), timeout=10_000)
    qtbot.waitUntil(lambda: in_vault(qtbot, demo_session, assisted.held_sessions) == 0,
                    timeout=10_000)
    # The centre's own queue and pseudonym were never used.
    assert in_vault(qtbot, demo_session, outbox.count_pending) == 0
    assert "POST /v1/assisted-sessions" in faults.requests


def test_the_person_leaving_ends_the_session_and_a_lock_keeps_it_for_the_next_sync(
    qtbot: Any, demo_session: Session, server: Any
) -> None:
    _url, faults = server
    view, _clock = _view(qtbot, demo_session, server)
    _start(qtbot, view, _store(faults).new_helper_code(datetime.now(UTC)), "en_GB").accept()
    qtbot.waitUntil(lambda: view.assisted.active.isVisible(), timeout=10_000)
    _answer(qtbot, view)
    qtbot.mouseClick(view.assisted.leave_button, Qt.MouseButton.LeftButton)
    assert not view.assisted.active.isVisible()
    qtbot.waitUntil(lambda: _assisted_at_server(faults) == (1, 1), timeout=10_000)
    # A second person; the app locks before they finish: the session ends, nothing is lost.
    urdu = _start(qtbot, view, _store(faults).new_helper_code(datetime.now(UTC)), "ur")
    assert urdu.layoutDirection() == Qt.LayoutDirection.RightToLeft  # read right to left
    urdu.accept()
    qtbot.waitUntil(lambda: view.assisted.active.isVisible(), timeout=10_000)
    _answer(qtbot, view, "میرے جواب بھیجنے کی فہرست میں شامل کریں")
    view._clear()
    assert view.assisted.session is None and not view.assisted.active.isVisible()
    assert in_vault(qtbot, demo_session, assisted.held_sessions) == 1
    # A wrong code starts nothing.
    qtbot.mouseClick(view.assisted.start_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CodeDialog)
    dialog.code.setText("AAAAAAAA")
    dialog.accept()
    qtbot.waitUntil(lambda: "code is wrong" in view.banner.label.text(), timeout=10_000)
    assert not view.assisted.active.isVisible()


COMMITMENTS = {"commitments": [{
    "id": "c1", "response_id": "r1", "survey_id": "answered", "organisation": "Hackney Council",
    "title": "A bus every 12 minutes", "status": "in_progress", "percent": 40,
    "milestones": [{"title": "Ask TfL", "due_on": "2027-01-15", "done": True},
                   {"title": "New timetable", "due_on": None, "done": False}],
    "updates": [{"on": "2026-11-30", "percent": 40, "status": "in_progress",
                 "text": "TfL said yes."}]}, {
    "id": "c2", "response_id": "r2", "survey_id": "other", "organisation": "Parks",
    "title": "More benches", "status": "done", "percent": 100, "milestones": [],
    "updates": []}]}


def test_followed_commitments_show_milestones_and_updates_offline(
    qtbot: Any, demo_session: Session
) -> None:
    def prepare(v: Vault) -> None:
        consent.record(v, "surveys", "given")
        state.put(v, "commitments", json.dumps(COMMITMENTS))
        outbox.queue_survey_answer(v, "answered", "q1", "a")

    in_vault(qtbot, demo_session, prepare)
    view = open_view(qtbot, ParticipationView, demo_session)
    _settle()
    texts = [label.text() for label in view.results_page.findChildren(QLabel)]
    assert "A bus every 12 minutes" in texts and "More benches" not in texts
    assert "In progress, 40% complete. Hackney Council." in texts
    assert "TfL said yes." not in " ".join(texts)  # not followed yet: no updates
    (bar,) = [b for b in view.results_page.findChildren(QProgressBar)
              if b.accessibleName() == "A bus every 12 minutes: 40% complete"]
    assert bar.value() == 40
    (follow,) = [c for c in view.results_page.findChildren(QCheckBox)
                 if c.accessibleName() == "Follow this commitment: A bus every 12 minutes"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        follow.setChecked(True)
    _settle()
    texts = [label.text() for label in view.results_page.findChildren(QLabel)]
    assert any(t.startswith("Reached: Ask TfL") for t in texts)
    assert "To come: New timetable" in texts
    assert any(t.endswith("In progress, 40%. TfL said yes.") for t in texts)
    shots = os.environ.get("HP_UI_SHOTS")
    if shots:
        view.resize(900, 760)
        view.tabs.setCurrentIndex(3)
        qtbot.wait(100)
        view.grab().save(os.path.join(shots, "taking-part-commitments.png"))
