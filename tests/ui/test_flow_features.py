"""End to end across the feature views, with the real demo profile behind the real worker:
a goal, a value logged from Today, the new point on the charts, a check-in and its band; the
get-help panel; the same journey by keyboard alone; delete and undo."""

from __future__ import annotations

from featurekit import (
    activate,
    all_texts,
    focused,
    idle,
    in_vault,
    key,
    open_dialog,
    open_view,
    tab_to,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from planner.domain.goal import Direction, GoalStatus
from planner.errors import InputError
from planner.instruments import load_instrument
from ui.dialogs.goal_editor import GoalDialog
from ui.session import Session
from ui.views.checkins import CheckinsView
from ui.views.goals import GoalsView
from ui.views.logs import LogsView
from ui.views.registry import FEATURE_VIEWS
from ui.views.today import TodayView
from ui.widgets.forms import find_data


def tracker_id(qtbot, session, key_: str):
    return in_vault(qtbot, session, lambda v: v.trackers.by_key(key_).id)


def test_feature_views_are_listed_in_order() -> None:
    assert [(k, t) for k, t, _cls in FEATURE_VIEWS] == [
        ("today", "Today"), ("goals", "What matters and goals"), ("plan", "My plan"),
        ("medicines", "Medicines"), ("appointments", "Appointments"),
        ("decisions", "Deciding together"), ("treatment", "Where I am treated"),
        ("summary", "Health summary"), ("social", "Community support"),
        ("budget", "My health budget"),
        ("sharing", "Share and back up"), ("logs", "Logs"),
        ("checkins", "Check-ins"),
        ("participation", "Taking part"), ("caring", "People I care for")]


def test_goal_then_log_then_chart_then_check_in(qtbot, demo_session) -> None:
    session = demo_session
    goals = open_view(qtbot, GoalsView, session)
    today = open_view(qtbot, TodayView, session)
    logs = open_view(qtbot, LogsView, session)
    checkins = open_view(qtbot, CheckinsView, session)
    sleep = tracker_id(qtbot, session, "sleep")

    # 1. A new goal, measured by the Sleep tracker.
    goals.new_button.click()
    dialog = open_dialog(qtbot, goals, GoalDialog)
    dialog.title.setText("Sleep 8 hours")
    dialog.tracker.setCurrentIndex(find_data(dialog.tracker, sleep))
    dialog.target.setText("8")
    dialog.direction.setCurrentIndex(find_data(dialog.direction, Direction.AT_LEAST))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(qtbot, session)
    goal = next(g for g in in_vault(qtbot, session, lambda v: v.goals.all())
                if g.title == "Sleep 8 hours")
    assert goal.status is GoalStatus.ACTIVE and goal.measure is not None
    assert goals.detail_title.text() == "Sleep 8 hours"

    # 2. Log a value for its tracker from Today.
    row = today.row("sleep")
    assert row.field is not None
    row.field.setFocus()
    QTest.keyClicks(row.field, "8.25")
    QTest.keyClick(row.field, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert row.status.text() == "Saved: 8.25 hours."
    logged = in_vault(qtbot, session, lambda v: v.logs.latest(sleep))
    assert logged.value == 8.25

    # 3. The new point is on the Logs chart, with the new goal's target line ...
    logs.chart_tracker.setCurrentIndex(find_data(logs.chart_tracker, sleep))
    idle(qtbot, session)
    series = logs.chart_panel.series
    assert series is not None and series.label == "Sleep"
    assert series.target == 8.0 and series.direction is Direction.AT_LEAST
    assert any(v == 8.25 for _, v in logs.chart_panel.chart.points)
    assert logs.chart_panel.chart.points[-1] == (int(logged.at.timestamp() * 1000), 8.25)
    assert "latest 8.25 hours. Target 8 hours or more." in logs.chart_panel.chart.summary()
    # ... and on the goal's progress chart, and at the top of the history table.
    goal_points = goals.chart_panel.chart.points
    assert goal_points and goal_points[-1][1] == 8.25
    assert goals.chart_panel.series is not None and goals.chart_panel.series.target == 8.0
    assert "You have reached it!" in goals.detail_progress.text()
    assert logs.model.entry(0).id == logged.id

    # 4. Complete a questionnaire: the score and band show.
    checkins.select_instrument("GAD7")
    form = checkins.form("GAD7")
    for n, value in zip(range(1, 8), (1, 1, 0, 1, 0, 1, 2), strict=True):
        form.answer(f"gad7_{n}", value)
    form.save_button.click()
    idle(qtbot, session)
    assert form.score_label.text() == "Score: 6 out of 21. Mild."
    assert form.advice.text() == load_instrument("GAD7").bands[1].advice
    saved = in_vault(qtbot, session, lambda v: v.questionnaires.latest("GAD7"))
    assert sum(saved.answers.values()) == 6
    assert checkins.trends["GAD7"].chart.points[-1][1] == 6.0


def test_phq9_question_9_help_panel_on_a_new_profile(qtbot, profiles, runner) -> None:
    profiles.create("Ann", "correct horse")[0].lock()
    session = Session(profiles, runner)
    failures: list[BaseException] = []
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock("Ann", "correct horse", failures.append)
    assert not failures
    view = open_view(qtbot, CheckinsView, session)
    view.select_instrument("PHQ9")
    form = view.form("PHQ9")
    assert view.trends["PHQ9"].history.item(0).text() == "No check-ins saved yet."
    form.buttons("phq9_9")[2].click()  # "More than half the days", nothing else answered
    assert form.alert.isVisible()
    assert form.alert.text == load_instrument("PHQ9").alerts[0].message
    assert session.runner.busy == 0  # shown before anything was saved
    assert in_vault(qtbot, session, lambda v: v.questionnaires.all()) == []
    session.lock()
    runner.wait()


def test_the_same_journey_by_keyboard_alone(qtbot, demo_session) -> None:
    session = demo_session
    sleep = tracker_id(qtbot, session, "sleep")

    # A goal: Tab to "New goal", Space, then type into the dialog and press Enter.
    goals = open_view(qtbot, GoalsView, session)
    activate(qtbot, goals)
    tab_to(goals.new_button)
    key(Qt.Key.Key_Space)
    dialog = open_dialog(qtbot, goals, GoalDialog)
    qtbot.waitUntil(lambda: focused() is dialog.title, timeout=5_000)
    type_text("Sleep longer")
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.why
    type_text("I feel better.")
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.tracker
    type_text("Sleep")  # a closed list box jumps to what is typed
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.target
    type_text("7.5")
    key(Qt.Key.Key_Return)  # Save is the default button
    idle(qtbot, session)
    assert goals.dialog is None  # closed
    goal = next(g for g in in_vault(qtbot, session, lambda v: v.goals.all())
                if g.title == "Sleep longer")
    assert goal.why == "I feel better."
    assert goal.measure is not None and goal.measure.tracker_id == sleep
    assert goal.measure.target == 7.5

    # Log from Today: Tab to the Sleep field, type, Enter.
    today = open_view(qtbot, TodayView, session)
    activate(qtbot, today)
    field = today.row("sleep").field
    assert field is not None
    tab_to(field)
    type_text("7.75")
    key(Qt.Key.Key_Return)
    idle(qtbot, session)
    assert in_vault(qtbot, session, lambda v: v.logs.latest(sleep)).value == 7.75
    # Yes/no with one key press: Tab to the tablets row, then Space on "Yes".
    tablets = today.row("medication").yes_no
    assert tablets is not None
    tab_to(tablets.yes)
    key(Qt.Key.Key_Space)
    idle(qtbot, session)
    medication = tracker_id(qtbot, session, "medication")
    assert in_vault(qtbot, session, lambda v: v.logs.latest(medication)).value == 1.0

    # The chart on Logs: Tab to "What to show on the chart", type the tracker's name.
    logs = open_view(qtbot, LogsView, session)
    activate(qtbot, logs)
    tab_to(logs.chart_tracker)
    type_text("Sleep")
    idle(qtbot, session)
    assert logs.chart_panel.series is not None and logs.chart_panel.series.label == "Sleep"
    assert logs.chart_panel.series.target == 7.5
    assert logs.chart_panel.chart.points[-1][1] == 7.75
    tab_to(logs.chart_panel.period_buttons[logs.chart_panel.period.__class__("week")])
    key(Qt.Key.Key_Space)
    idle(qtbot, session)
    assert logs.chart_panel.series.period.value == "week"

    # A check-in: Tab through the ONS4 questions choosing with Space, then Save.
    checkins = open_view(qtbot, CheckinsView, session)
    activate(qtbot, checkins)
    form = checkins.form("ONS4")
    tab_to(form.buttons("life_satisfaction")[0])
    for item_id in ("life_satisfaction", "worthwhile", "happiness", "anxiety"):
        assert focused() is form.buttons(item_id)[0]
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Tab)
    assert form.answers() == {"life_satisfaction": 0, "worthwhile": 0, "happiness": 0,
                              "anxiety": 0}
    assert form.item_bands["life_satisfaction"].text().startswith("Low.")
    assert form.item_bands["anxiety"].text().startswith("Very low.")
    tab_to(form.save_button)
    key(Qt.Key.Key_Space)
    idle(qtbot, session)
    assert form.status.text().startswith("Saved on ")
    saved = in_vault(qtbot, session, lambda v: v.questionnaires.latest("ONS4"))
    assert saved is not None and saved.answers["anxiety"] == 0


def test_delete_a_log_entry_then_undo_brings_it_back(qtbot, demo_session) -> None:
    session = demo_session
    logs = open_view(qtbot, LogsView, session)
    activate(qtbot, logs)
    tab_to(logs.table)
    entry = logs.selected_entry()
    assert entry is not None  # the first row is current when the table gets the focus
    before = in_vault(qtbot, session, lambda v: v.logs.count())
    key(Qt.Key.Key_Delete)
    idle(qtbot, session)
    assert in_vault(qtbot, session, lambda v: v.logs.count()) == before - 1
    try:
        in_vault(qtbot, session, lambda v: v.logs.get(entry.id))
        raise AssertionError("the entry was not deleted")
    except InputError:
        pass
    assert logs.can_undo
    QTest.keySequence(focused(), QKeySequence(QKeySequence.StandardKey.Undo))
    idle(qtbot, session)
    back = in_vault(qtbot, session, lambda v: v.logs.get(entry.id))
    assert back == entry
    assert in_vault(qtbot, session, lambda v: v.logs.count()) == before
    assert logs.banner.text == "The entry is back."
    assert logs.model.entry(0).id == entry.id


def test_views_forget_everything_on_lock(qtbot, demo_session) -> None:
    views = [open_view(qtbot, cls, demo_session) for _key, _title, cls in FEATURE_VIEWS]
    keys = [key_ for key_, _title, _cls in FEATURE_VIEWS]
    views[keys.index("checkins")].form("PHQ9").answer("phq9_9", 1)
    shown = "\n".join(all_texts(view) for view in views)
    for secret in ("Priya", "Walk 7,000 steps", "Take my tablets", "Feeling less lonely",
                   "I stop going out", "You said you have had thoughts"):
        assert secret in shown
    demo_session.lock()
    demo_session.runner.wait()
    qtbot.wait(20)
    left = "\n".join(all_texts(view) for view in views)
    for secret in ("Priya", "Walk 7,000 steps", "Take my tablets", "Feeling less lonely",
                   "I stop going out", "You said you have had thoughts", "84."):
        assert secret not in left, secret


# Alt+letter keys the window's menu bar and Lock button use; a screen must not take them.
WINDOW_KEYS = {"p", "g", "h", "k"}


def mnemonics(root) -> list[str]:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisibleTo(root):
            match = re.search(r"&(\w)", widget.text())
            if match:
                found.append(match.group(1).lower())
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            match = re.search(r"&(\w)", tabs.tabText(index))
            if match:
                found.append(match.group(1).lower())
    return found


def test_access_keys_are_unique_and_leave_the_window_its_own(qtbot, demo_session) -> None:
    for _key, title, cls in FEATURE_VIEWS:
        view = open_view(qtbot, cls, demo_session)
        keys = mnemonics(view)
        assert keys, f"{title} has no access keys"
        assert len(keys) == len(set(keys)), f"{title} repeats an access key: {sorted(keys)}"
        assert not WINDOW_KEYS & set(keys), f"{title} takes a key the window uses"


def test_every_dialog_control_has_a_name_and_a_tab_stop(qtbot) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    from planner.demo_data import new_trackers as _trackers
    from ui.dialogs.log_entry import LogEntryDialog
    from ui.dialogs.plan_items import ActionDialog, SaveVersionDialog, SupporterDialog
    from ui.dialogs.tracker import TrackerDialog

    trackers = list(_trackers().values())
    for dialog in (GoalDialog(trackers), LogEntryDialog(trackers), ActionDialog([]),
                   SupporterDialog(), SaveVersionDialog(), TrackerDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)), f"{type(dialog).__name__}: {sorted(keys)}"
        checked = 0
        for widget in dialog.findChildren(QWidget):
            if not isinstance(widget, QAbstractButton | QLineEdit | QComboBox
                              | QAbstractSpinBox | QPlainTextEdit):
                continue
            if not widget.isVisibleTo(dialog) or widget.objectName().startswith("qt_"):
                continue
            if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                continue
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            assert name.strip(), f"{type(dialog).__name__}: {type(widget).__name__} has no name"
            assert widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            checked += 1
        assert checked >= 4, type(dialog).__name__


def test_views_refresh_for_their_own_changes_and_for_everything(qtbot, demo_session) -> None:
    from ui.views.base import EVERYTHING

    today = open_view(qtbot, TodayView, demo_session)
    checkins = open_view(qtbot, CheckinsView, demo_session)
    heard: list[str] = []
    today.loaded.connect(lambda: heard.append("today"))
    checkins.loaded.connect(lambda: heard.append("checkins"))
    demo_session.changed.emit("participation")  # neither view shows it
    idle(qtbot, demo_session)
    assert heard == []
    demo_session.changed.emit("questionnaires")
    idle(qtbot, demo_session)
    assert sorted(heard) == ["checkins", "today"]  # Today lists check-ins that are due
    heard.clear()
    demo_session.changed.emit(EVERYTHING)
    idle(qtbot, demo_session)
    assert sorted(heard) == ["checkins", "today"]
    heard.clear()
    checkins.hide()
    demo_session.changed.emit("questionnaires")
    idle(qtbot, demo_session)
    assert heard == ["today"]  # a hidden view waits until it is shown again
    with qtbot.waitSignal(checkins.loaded, timeout=10_000):
        checkins.show()
