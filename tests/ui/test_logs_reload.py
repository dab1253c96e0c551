"""Logs after the data changed (issue #22): the reload redoes only what changed.

On a reload after a new entry the trackers are the same, so no cell's tracker name changes and
the filter lists stay as they are; the times already shown are not formatted again. Each redo
cost the UI thread a pass over every loaded row (the When and What columns are fitted to
their contents), on the path to the screen painted with its data.
"""

from __future__ import annotations

from datetime import UTC, datetime

from featurekit import idle, open_view

from planner.domain.tracker import LogEntry, TrackerKind
from ui.session import Session
from ui.views.logs import LogsView
from ui.widgets import wording


def _add_entry(qtbot, session: Session, view: LogsView) -> None:
    """Save one entry as another screen would; the view hears `changed` and reloads."""
    tracker = next(t for t in view._trackers if t.kind is TrackerKind.NUMERIC and not t.archived)
    entry = LogEntry(tracker_id=tracker.id, value=71.5, at=datetime.now(UTC))
    failures: list[BaseException] = []
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        session.run(lambda v: v.logs.add(entry), None, failures.append, changes="logs")
    idle(qtbot, session)
    assert not failures
    assert view.model.entry(0).id == entry.id


def test_a_new_entry_leaves_the_tracker_names_and_filter_lists_alone(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    changed: list[object] = []
    rebuilt: list[object] = []
    view.model.dataChanged.connect(lambda *args: changed.append(args))
    for combo in (view.tracker_filter, view.chart_tracker):
        combo.model().rowsRemoved.connect(lambda *args: rebuilt.append(args))
    _add_entry(qtbot, demo_session, view)
    assert changed == []
    assert rebuilt == []
    assert view.tracker_filter.itemText(0) == "Everything"


def test_times_already_shown_are_not_formatted_again(qtbot, demo_session, monkeypatch) -> None:
    formatted: list[datetime] = []
    moment = wording.moment

    def counting(value: datetime) -> str:
        formatted.append(value)
        return moment(value)

    monkeypatch.setattr(wording, "moment", counting)
    view = open_view(qtbot, LogsView, demo_session)
    assert formatted  # the first load formats what it shows
    formatted.clear()
    _add_entry(qtbot, demo_session, view)
    view.table.viewport().repaint()
    assert formatted == [view.model.entry(0).at]  # the new entry's time only
    assert view.model.index(1, 0).data()  # the others still read as words
