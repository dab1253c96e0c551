"""The Taking part screen with real widgets, a real vault and the real endpoint over HTTP."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from featurekit import in_vault, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.domain.tracker import LogEntry
from sync import outbox
from ui.dialogs.participation import ConsentDialog, FeedbackDialog
from ui.views.participation import ParticipationView


def agree(dialog: QDialog) -> None:
    assert isinstance(dialog, ConsentDialog)
    dialog.agree.click()


def shown(qtbot, view: ParticipationView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()


def test_consent_sync_search_feedback_and_ledger(qtbot, demo_session, server) -> None:
    url, faults = server
    view = ParticipationView(demo_session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    shown(qtbot, view)
    status, _read, stop = view.consent_rows["directory"]
    assert "Nothing is shared" in status.text() and not stop.isEnabled()

    assert not view.sync_button.isEnabled()  # no server yet: nothing to sync with
    from ui.preferences import PreferenceStore
    from ui.views.settings import SettingsView

    settings = SettingsView(demo_session, PreferenceStore(None))
    qtbot.addWidget(settings)
    settings.endpoint.setText(url)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        settings.save_endpoint()  # Settings holds the address; Taking part sees the change
    assert view.sync_button.isEnabled() and view.endpoint_label.text() == url

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.sync_now()  # nothing agreed yet: nothing may reach the server
    assert faults.requests == []
    assert "nothing was sent" in view.banner.label.text()

    for purpose in ("directory", "feedback"):
        when_dialog_opens(ConsentDialog, agree)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.ask_consent(purpose)
    assert "You agreed on" in view.consent_rows["feedback"][0].text()

    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.sync_now()
    assert any(r.startswith("GET /v1/directory/services") for r in faults.requests)
    assert view.service_list.count() >= 40

    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(view.need, "food")
    assert 0 < view.service_list.count() < 40
    view.service_list.setCurrentRow(0)
    assert "Run by" in view.service_detail.toPlainText()

    def rate(dialog: QDialog) -> None:
        assert isinstance(dialog, FeedbackDialog)
        dialog.group.buttons()[1].click()  # "Good"
        dialog.comment.setPlainText("Friendly volunteers")
        dialog._check()

    when_dialog_opens(FeedbackDialog, rate)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.give_feedback()
    assert view.pending_list.count() == 0  # the queue is read when its tab is chosen
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tabs.setCurrentWidget(view.outbox_page)
    assert view.pending_list.count() == 1
    view.pending_list.setCurrentRow(0)
    assert '"rating": "good"' in view.preview.toPlainText()
    assert "Friendly volunteers" in view.preview.toPlainText()

    faults.requests.clear()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.sync_now()
    assert "POST /v1/contributions" in faults.requests
    assert view.pending_list.count() == 0
    assert view.sent_list.count() == 1 and url in view.sent_list.item(0).text()


def _queued_feedback(qtbot, session, url: str) -> ParticipationView:
    """The screen, shown, with a server set, feedback agreed to and one rating waiting."""
    from sync import consent, state

    in_vault(qtbot, session, lambda v: (state.set_endpoint(v, url),
                                        consent.record(v, "feedback", "given"),
                                        outbox.queue_feedback(v, "svc-x", "good")))
    view = ParticipationView(session)
    qtbot.addWidget(view)
    view.show()
    shown(qtbot, view)
    return view


def test_holding_an_item_back_means_it_is_never_sent(qtbot, demo_session, server) -> None:
    url, faults = server
    view = _queued_feedback(qtbot, demo_session, url)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tabs.setCurrentWidget(view.outbox_page)  # "Sent and waiting": the queue is read
    assert view.pending_list.count() == 1
    view.pending_list.setCurrentRow(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.cancel_item()
    assert view.pending_list.count() == 0
    faults.requests.clear()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.sync_now()
    assert "POST /v1/contributions" not in faults.requests


def test_every_control_has_a_name_and_lock_clears_the_screen(qtbot, demo_session) -> None:
    view = ParticipationView(demo_session)
    qtbot.addWidget(view)
    view.show()
    shown(qtbot, view)
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget

    for kind in (QAbstractButton, QLineEdit, QComboBox, QListWidget):
        for widget in view.findChildren(kind):
            if widget.parent() is view.tabs.tabBar() or widget.isHidden():
                continue  # tab buttons are named by their text; hidden ones get a name when shown
            what = f"{type(widget).__name__} '{getattr(widget, 'text', str)()}'"
            assert widget.accessibleName(), f"{what} has no accessible name"
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    demo_session.lock()
    assert view.data is None and view.endpoint_label.text() == ""


def test_locking_closes_an_open_form(qtbot, demo_session) -> None:
    view = ParticipationView(demo_session)
    qtbot.addWidget(view)
    view.show()
    shown(qtbot, view)
    view.ask_consent("wellbeing")
    dialog = view.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    demo_session.lock()
    assert view.dialog is None and not dialog.isVisible()


@contextmanager
def batch_on_its_way(qtbot, view: ParticipationView, faults) -> Iterator[None]:
    """Start a sync, and keep the server from answering its batch until the block ends."""
    faults.held = threading.Event()
    try:
        view.sync_now()
        qtbot.waitUntil(lambda: "POST /v1/contributions" in faults.requests, timeout=10_000)
        yield
    finally:
        faults.held.set()


def test_the_vault_stays_usable_while_a_sync_waits_on_the_server(
    qtbot, demo_session, server
) -> None:
    url, faults = server
    view = _queued_feedback(qtbot, demo_session, url)
    with batch_on_its_way(qtbot, view, faults):
        # The server is still thinking; the person logs their weight meanwhile.
        weight = in_vault(qtbot, demo_session, lambda v: v.trackers.by_key("weight"))
        entry = LogEntry(tracker_id=weight.id, at=datetime.now(UTC), value=70.5)
        in_vault(qtbot, demo_session, lambda v: v.logs.add(entry))
        assert in_vault(qtbot, demo_session, lambda v: v.logs.get(entry.id).value) == 70.5
        assert not view.sync_button.isEnabled() and view.progress.isVisible()
        view.refresh()  # a screen refresh mid-sync must not offer a second sync
        qtbot.waitUntil(lambda: not view._loading, timeout=10_000)
        assert not view.sync_button.isEnabled()
    qtbot.waitUntil(lambda: "Sent 1 item" in view.banner.label.text(), timeout=20_000)
    assert view.sync_button.isEnabled() and not view.progress.isVisible()


def test_stopping_while_a_batch_is_on_its_way_leaves_nothing_at_the_server(
    qtbot, demo_session, server, tmp_path
) -> None:
    url, faults = server
    view = _queued_feedback(qtbot, demo_session, url)
    with batch_on_its_way(qtbot, view, faults):
        yes = QMessageBox.StandardButton.Yes
        when_dialog_opens(QMessageBox, lambda box: box.button(yes).click())
        view.withdraw("feedback")
        # Recorded at once, while the batch is still on its way ...
        qtbot.waitUntil(lambda: "You stopped" in view.consent_rows["feedback"][0].text(),
                        timeout=10_000)
        assert "DELETE /v1/contributors/me" not in faults.requests
    # ... and the request to delete reaches the server after that batch, so it deletes it.
    qtbot.waitUntil(lambda: "Stopped. Nothing more will be sent." in view.banner.label.text(),
                    timeout=20_000)
    requests = faults.requests
    assert requests.index("DELETE /v1/contributors/me") > requests.index("POST /v1/contributions")
    with sqlite3.connect(tmp_path / "endpoint.db") as db:
        assert db.execute("SELECT count(*) FROM contributions").fetchone() == (0,)


def test_what_people_who_went_said_shows_published_cells_as_plain_text(
    qtbot, demo_session
) -> None:
    from PySide6.QtWidgets import QLabel

    from sync.protocol import Results
    from sync.untrusted import UNTRUSTED

    view = ParticipationView(demo_session)
    qtbot.addWidget(view)
    view.show()
    shown(qtbot, view)
    assert "outcomes" in view.consent_rows  # the consent toggle, from sync/consent.py

    def cell(category: str, name: str, borough: str, people: int | None) -> dict[str, object]:
        hidden = people is None
        count = {"value": people, "suppressed": hidden}
        change = {"value": None if hidden else 1.25, "suppressed": hidden}
        return {"category": category, "category_name": name, "borough": borough,
                "people": count, "attendance": {"value": None if hidden else 31,
                                                "suppressed": hidden},
                "satisfied": change, "worthwhile": change, "happy": change,
                "anxious": {"value": None if hidden else -0.5, "suppressed": hidden}}

    results = Results.model_validate(
        {"borough": None, "suppression_threshold": 10, "data_as_of": None,
         "fft_question": "Overall, how was your experience of our service?", "surveys": [],
         "services": [], "wellbeing": [],
         "outcomes": [cell("walking", "<b>Walking groups</b>", "Hackney", 12),
                      cell("lunch", "Lunch clubs", "Camden", None)]},
        context=UNTRUSTED,
    )
    view._show_results(results)
    labels = list(view.results_page.findChildren(QLabel))
    texts = [label.text() for label in labels]
    title = "What people who went to <b>Walking groups</b> in Hackney said"
    assert title in texts
    assert next(x for x in labels if x.text() == title).textFormat() == Qt.TextFormat.PlainText
    said = next(t for t in texts if t.startswith("12 people went at least 31 times"))
    assert "life satisfaction +1.2" in said and "anxiety -0.5" in said
    assert not any("Lunch clubs" in t for t in texts)  # a hidden cell is not listed
