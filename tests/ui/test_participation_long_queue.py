"""Taking part with a long queue (issue #22): thousands of items waiting to be sent open as
quickly as ten. Each row is worded only when it comes into view and no widget or list item is
made per row; every queued item can still be reached, read, previewed and held back, by
keyboard as well."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from featurekit import in_vault
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.vault import Vault
from sync import consent, outbox
from sync.outbox import OutboxItem
from sync.protocol import Contribution, FFTFeedback
from ui.session import Session
from ui.views import participation
from ui.views.participation import ParticipationView

QUEUED = 2_000


def queue_many(vault: Vault, count: int) -> str:
    """`count` feedback items in one transaction (one `outbox.queue` each would take seconds),
    the newest rated "very poor"; returns the newest one's id."""
    consent.record(vault, "feedback", "given")
    start = datetime.now(UTC) - timedelta(days=1)
    rows = []
    for n in range(count):
        rating = "very_poor" if n == count - 1 else "good"
        item = Contribution(
            id=uuid.uuid4(), purpose="feedback", created_at=start + timedelta(seconds=n),
            body=FFTFeedback(service_id="svc-1", rating=rating),
        )
        rows.append((str(item.id), item.purpose, item.created_at.isoformat(),
                     item.model_dump_json()))
    with vault.store.transaction() as c:
        c.executemany(
            "INSERT INTO outbox(id, purpose, created_at, body) VALUES (?, ?, ?, ?)", rows
        )
    return rows[-1][0]


def test_a_long_queue_is_worded_only_where_it_is_seen(
    qtbot: Any, demo_session: Session, monkeypatch: Any
) -> None:
    already = in_vault(qtbot, demo_session, lambda v: len(outbox.pending(v)))
    newest = in_vault(qtbot, demo_session, lambda v: queue_many(v, QUEUED))
    worded: list[OutboxItem] = []
    words = participation.item_summary

    def counted(item: OutboxItem) -> str:
        worded.append(item)
        return words(item)

    monkeypatch.setattr(participation, "item_summary", counted)
    widgets = len(QApplication.allWidgets())
    view = ParticipationView(demo_session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    # Taking part opens on Choices: the queue is not read (not even unparsed) until the tab
    # that lists it is chosen (issue #22: a third of the time to open the screen).
    assert view.data is not None and view.data.pending is None
    assert view.pending_list.model().rowCount(QModelIndex()) == 0
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tabs.setCurrentIndex(view.tabs.count() - 1)  # Sent and waiting
    qtbot.wait(50)  # laid out and painted
    assert len(QApplication.allWidgets()) - widgets < 300  # the screen has ~130 of its own
    assert len(worded) < 100, f"{len(worded)} rows worded for a queue of {QUEUED}"

    model = view.pending_list.model()
    assert model.rowCount(QModelIndex()) == already + QUEUED
    last = model.index(model.rowCount(QModelIndex()) - 1, 0)
    assert model.data(last) == "Feedback on a service: Very poor"
    assert model.data(last, Qt.ItemDataRole.AccessibleTextRole) == model.data(last)

    # End reaches the newest, the preview shows exactly what will be sent, and it can be held
    # back; the rest stay queued.
    view.pending_list.setFocus()
    QTest.keyClick(view.pending_list, Qt.Key.Key_End)
    assert view.pending_list.currentIndex().row() == already + QUEUED - 1
    assert newest in view.preview.toPlainText()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.cancel_item()
    assert model.rowCount(QModelIndex()) == already + QUEUED - 1
    waiting = in_vault(qtbot, demo_session, outbox.pending)
    assert newest not in {str(i.contribution.id) for i in waiting}
    assert len(waiting) == already + QUEUED - 1


def test_the_queue_shown_is_the_queue_sent_in_order(qtbot: Any, demo_session: Session) -> None:
    """`pending_rows` (what the screen lists) holds what `pending` (what sync sends) holds,
    oldest first, and `count_pending` counts it without reading it."""
    in_vault(qtbot, demo_session, lambda v: queue_many(v, 50))

    def read(v: Vault) -> tuple[list[str], list[str], int]:
        rows = [str(outbox.parse_row(r).contribution.id) for r in outbox.pending_rows(v)]
        items = [str(i.contribution.id) for i in outbox.pending(v)]
        return rows, items, outbox.count_pending(v)

    rows, items, count = in_vault(qtbot, demo_session, read)
    assert rows == items and count == len(items) >= 50
