"""Logs: the paged history model, filters, add / change / delete with undo, and the chart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from featurekit import idle, in_vault, open_dialog, open_view
from PySide6.QtCore import QDate, QModelIndex, Qt

from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import InputError
from planner.vault.logs import LogFilter
from ui.dialogs.log_entry import LogEntryDialog
from ui.models.logs import ENTRY_ROLE, PAGE, Column, LogTableModel
from ui.models.series import Period
from ui.session import Session
from ui.views.logs import UNDO_SECONDS, LogsView, Span
from ui.widgets.forms import find_data


def test_history_is_paged_never_loaded_whole(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    model = view.model
    total = in_vault(qtbot, demo_session, lambda v: v.logs.count())
    assert model.total == total > 3 * PAGE
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    newest = in_vault(qtbot, demo_session, lambda v: v.logs.find(limit=2 * PAGE))
    assert [model.entry(r).id for r in range(model.rowCount())] == [e.id for e in newest]
    assert view.count_label.text() == f"{total} entries"


def test_scrolling_to_the_bottom_fetches_the_next_page(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.table.scrollToBottom()
        view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum())
    idle(qtbot, demo_session)
    assert view.model.rowCount() >= 2 * PAGE


def test_columns_are_named_and_cells_read_as_words(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["When", "What", "Value", "Note"]
    for row in range(model.rowCount()):
        entry = model.index(row, 0).data(ENTRY_ROLE)
        tracker = model.tracker(entry.tracker_id)
        if tracker.kind is TrackerKind.YES_NO:
            assert model.index(row, Column.VALUE).data() in ("yes", "no")
            assert model.index(row, Column.TRACKER).data() == "Took my tablets"
            break
    else:
        raise AssertionError("no yes/no entry on the first page")


def test_filters_by_tracker_and_dates(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    weight_id = in_vault(qtbot, demo_session, lambda v: v.trackers.by_key("weight").id)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.tracker_filter.setCurrentIndex(find_data(view.tracker_filter, weight_id))
    expected = in_vault(qtbot, demo_session,
                        lambda v: v.logs.count(LogFilter(tracker_id=weight_id)))
    assert view.model.total == expected
    assert all(view.model.entry(r).tracker_id == weight_id for r in range(view.model.rowCount()))
    assert view.chart_tracker.currentData() == weight_id  # the chart follows the filter

    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.span.setCurrentIndex(view.span.findData(Span.CHOOSE))
    assert view.date_from.isEnabled() and view.date_to.isEnabled()
    day = QDate.currentDate().addDays(-10)
    view.date_to.setDate(day)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.date_from.setDate(day)
    idle(qtbot, demo_session)
    filt = view.current_filter()
    assert filt.end is not None and filt.start is not None
    assert filt.start.date() == day.toPython()
    assert filt.end.date() == day.addDays(1).toPython()
    expected = in_vault(qtbot, demo_session, lambda v: v.logs.count(filt))
    assert view.model.total == expected <= 2
    for r in range(view.model.rowCount()):
        at = view.model.entry(r).at.astimezone()
        assert at.date() == day.toPython()


def test_add_an_entry_with_the_dialog(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    view.add_button.click()
    dialog = open_dialog(qtbot, view, LogEntryDialog)
    dialog.tracker.setCurrentIndex(dialog.tracker.findText("Sleep"))
    dialog.number.setText("6.5")
    dialog.note.setPlainText("Woke at 5")
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(qtbot, demo_session)
    saved = in_vault(qtbot, demo_session, lambda v: v.logs.latest(v.trackers.by_key("sleep").id))
    assert saved.value == 6.5 and saved.note == "Woke at 5"
    assert view.selected_entry() is not None and view.selected_entry().id == saved.id
    assert "Entry added." in view.banner.text


def test_the_dialog_explains_a_wrong_value_next_to_the_field(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    view.add_button.click()
    dialog = open_dialog(qtbot, view, LogEntryDialog)
    dialog.tracker.setCurrentIndex(dialog.tracker.findText("Weight"))
    dialog.number.setText("heavy")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.value_error.message == "Weight: 'heavy' is not a number."
    assert dialog.number.accessibleDescription() == dialog.value_error.message
    dialog.number.setText("500")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.value_error.message == "Weight: 500 is above the highest allowed (350)."
    dialog.note.setPlainText("x" * 5001)
    dialog.number.setText("80")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.note_error.message == "This is too long. Use 5000 characters or fewer."
    assert dialog.value_error.message == ""
    dialog.reject()


def test_change_an_entry_keeps_its_id(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    weight_id = in_vault(qtbot, demo_session, lambda v: v.trackers.by_key("weight").id)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.tracker_filter.setCurrentIndex(find_data(view.tracker_filter, weight_id))
    view.table.selectRow(0)
    original = view.selected_entry()
    assert original is not None
    view.edit_button.click()
    dialog = open_dialog(qtbot, view, LogEntryDialog)
    assert dialog.number.text() == f"{original.value:g}"
    dialog.number.setText("79.9")
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        dialog.accept()
    changed = in_vault(qtbot, demo_session, lambda v: v.logs.get(original.id))
    assert changed.value == 79.9 and changed.at == original.at
    assert view.model.entry(0).value == 79.9


def test_delete_then_undo_puts_the_same_entry_back(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    view.table.selectRow(3)
    doomed = view.selected_entry()
    assert doomed is not None
    neighbour = view.model.entry(4).id
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.delete_button.click()
    idle(qtbot, demo_session)
    try:
        in_vault(qtbot, demo_session, lambda v: v.logs.get(doomed.id))
        raise AssertionError("the entry is still there")
    except InputError:
        pass
    assert view.model.row_of(doomed.id) is None
    assert view.selected_entry() is not None and view.selected_entry().id == neighbour
    assert view.can_undo and view.banner.action.text() == "&Undo"
    assert view.banner._timer.isActive()
    assert view.banner._timer.interval() == UNDO_SECONDS * 1000
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.banner.action.click()
    back = in_vault(qtbot, demo_session, lambda v: v.logs.get(doomed.id))
    assert back == doomed
    assert view.model.row_of(doomed.id) == 3
    assert not view.can_undo


def test_chart_shows_the_goal_target_and_changes_period(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    weight_id = in_vault(qtbot, demo_session, lambda v: v.trackers.by_key("weight").id)
    assert view.chart_tracker.currentData() == weight_id  # the first tracker is shown
    series = view.chart_panel.series
    assert series is not None and series.label == "Weight" and series.target == 85.0
    assert series.period is Period.MONTH
    assert view.chart_panel.chart.accessibleDescription().startswith("Weight, last month: ")
    assert view.chart_panel.chart.accessibleDescription().endswith("Target 85 kg or less.")
    with qtbot.waitSignal(view.chart_panel.loaded, timeout=10_000):
        view.chart_panel.period_buttons[Period.ALL].click()
    everything = view.chart_panel.series
    assert everything is not None and everything.total > series.total
    assert len(everything.points) <= max(100, view.chart_panel.chart.width())
    steps_id = in_vault(qtbot, demo_session, lambda v: v.trackers.by_key("sleep").id)
    with qtbot.waitSignal(view.chart_panel.loaded, timeout=10_000):
        view.chart_tracker.setCurrentIndex(find_data(view.chart_tracker, steps_id))
    assert view.chart_panel.series is not None and view.chart_panel.series.target is None


def test_a_big_vault_is_read_a_page_at_a_time(qtbot, profiles, runner) -> None:
    vault, _ = profiles.create("Big", "big passphrase")
    tracker = vault.trackers.save(Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC,
                                          unit="steps"))
    start = datetime(2020, 1, 1, tzinfo=UTC)
    vault.logs.add_many(LogEntry(tracker_id=tracker.id, at=start + timedelta(hours=i),
                                 value=float(i)) for i in range(20_000))
    session = Session(profiles, runner)
    session.adopt(vault)
    model = LogTableModel(session)
    model.set_trackers([tracker])
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.set_filter(LogFilter())
    assert model.total == 20_000
    assert model.rowCount() == PAGE
    assert model.entry(0).value == 19_999.0
    session.lock()
    runner.wait()


def test_clear_drops_the_rows_and_the_chart(qtbot, demo_session) -> None:
    view = open_view(qtbot, LogsView, demo_session)
    assert view.model.rowCount() > 0
    view.clear()
    assert view.model.rowCount() == 0
    assert view.chart_panel.series is None
    assert view.tracker_filter.count() == 0
    assert not view.model.canFetchMore(QModelIndex())


def test_start_tracking_something_new_from_logs(qtbot, demo_session) -> None:
    from planner.domain.tracker import TrackerKind
    from ui.dialogs.tracker import TrackerDialog

    view = open_view(qtbot, LogsView, demo_session)
    view.new_tracker_button.click()
    dialog = open_dialog(qtbot, view, TrackerDialog)
    dialog.label.setText("Pain")
    dialog.kind.setCurrentIndex(find_data(dialog.kind, TrackerKind.SCALE))
    assert not dialog.unit.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    pain = in_vault(qtbot, demo_session, lambda v: v.trackers.by_key("pain"))
    assert pain.kind is TrackerKind.SCALE
    assert find_data(view.tracker_filter, pain.id) >= 0
    assert find_data(view.chart_tracker, pain.id) >= 0
    assert view.banner.text == "You can now log Pain."


def test_pages_join_up_even_when_entries_share_a_time(qtbot, profiles, runner) -> None:
    vault, _ = profiles.create("Ties", "ties passphrase")
    tracker = vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE))
    start = datetime(2024, 1, 1, tzinfo=UTC)
    # Seven entries at each moment, so page boundaries fall inside groups of equal times.
    vault.logs.add_many(LogEntry(tracker_id=tracker.id, at=start + timedelta(hours=i // 7),
                                 value=float(i % 11)) for i in range(3 * PAGE + 17))
    expected = [e.id for e in vault.logs.find()]
    session = Session(profiles, runner)
    session.adopt(vault)
    model = LogTableModel(session)
    model.set_trackers([tracker])
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.set_filter(LogFilter(tracker_id=tracker.id))
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            model.fetchMore(QModelIndex())
    assert [model.entry(r).id for r in range(model.rowCount())] == expected
    session.lock()
    runner.wait()
