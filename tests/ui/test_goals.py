"""What matters to me and goals: the list of what matters (saved as plan versions), the goal
editor with pydantic errors next to fields, progress charts and the goal lifecycle."""

from __future__ import annotations

from datetime import date, timedelta

from featurekit import in_vault, open_dialog, open_view
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from planner.domain.goal import Direction, GoalStatus
from ui.dialogs.goal_editor import GoalDialog, parse_number
from ui.views.goals import GoalsView


def goal_by_title(qtbot, session, title: str):
    return next(g for g in in_vault(qtbot, session, lambda v: v.goals.all()) if g.title == title)


def test_shows_what_matters_and_every_goal_with_progress(qtbot, demo_session) -> None:
    view = open_view(qtbot, GoalsView, demo_session)
    assert view.matters.items() == ("Seeing my grandchildren every week", "Staying in my own home",
                                    "Being able to walk to the shops", "Feeling less lonely")
    texts = [view.goal_list.item(i).text() for i in range(view.goal_list.count())]
    assert texts[0].startswith("Get my weight down to 85 kg\nWorking on it")
    assert "Target: 85 kg or less" in texts[0]
    assert texts[-1].startswith("Sleep 7 hours most nights\nOn hold")
    # The first goal is chosen and its chart shows the target line.
    assert view.detail_title.text() == "Get my weight down to 85 kg"
    qtbot.waitUntil(lambda: view.chart_panel.series is not None, timeout=5_000)
    series = view.chart_panel.series
    assert series is not None and series.target == 85.0 and series.direction is Direction.AT_MOST
    assert view.detail_progress.text().startswith("Latest: ")


def test_a_new_goal_is_validated_next_to_its_fields(qtbot, demo_session) -> None:
    view = open_view(qtbot, GoalsView, demo_session)
    view.new_button.click()
    dialog = open_dialog(qtbot, view, GoalDialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    save.click()
    assert dialog.isVisible()
    assert dialog.title_error.message == "Please fill this in."
    assert dialog.title.accessibleDescription() == "Please fill this in."
    dialog.title.setText("Walk 8,000 steps")
    dialog.tracker.setCurrentIndex(dialog.tracker.findText("Steps"))
    dialog.target.setText("lots")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate.currentDate().addDays(-5))
    save.click()
    assert dialog.isVisible()
    assert dialog.title_error.message == ""
    assert dialog.target_error.message.startswith("Enter the number you are aiming for")
    assert dialog.due_error.message == "The due date is before the start date."
    dialog.target.setText("200000")
    dialog.due.setDate(QDate.currentDate().addMonths(2))
    save.click()
    assert dialog.target_error.message == "200000 is above the highest allowed (100000)."
    dialog.reject()


def test_create_a_goal_and_add_it_to_the_plan(qtbot, demo_session) -> None:
    view = open_view(qtbot, GoalsView, demo_session)
    versions = in_vault(qtbot, demo_session, lambda v: len(v.plans.history()))
    view.new_button.click()
    dialog = open_dialog(qtbot, view, GoalDialog)
    QTest.keyClicks(dialog.title, "Sleep 7.5 hours")
    dialog.why.setPlainText("I feel calmer.")
    dialog.tracker.setCurrentIndex(dialog.tracker.findText("Sleep"))
    dialog.target.setText("7.5")
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.AT_LEAST))
    dialog.has_due.setChecked(True)
    assert dialog.add_to_plan.isChecked()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    goal = goal_by_title(qtbot, demo_session, "Sleep 7.5 hours")
    assert goal.why == "I feel calmer." and goal.status is GoalStatus.ACTIVE
    assert goal.measure is not None and goal.measure.target == 7.5
    assert goal.start == date.today() and goal.due is not None and goal.due > goal.start
    plan = in_vault(qtbot, demo_session, lambda v: v.plans.current())
    assert plan.version == versions + 1 and goal.id in plan.plan.goal_ids
    assert view.selected_goal_id() == goal.id
    assert view.detail_title.text() == "Sleep 7.5 hours"


def test_edit_a_goal(qtbot, demo_session) -> None:
    view = open_view(qtbot, GoalsView, demo_session)
    goal = goal_by_title(qtbot, demo_session, "Walk 7,000 steps a day")
    assert view.select_goal(goal.id)
    view.edit_button.click()
    dialog = open_dialog(qtbot, view, GoalDialog)
    assert dialog.title.text() == goal.title
    assert parse_number(dialog.target.text()) == 7000
    assert not dialog.add_to_plan.isVisible()
    dialog.target.setText("7500")
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.ON_HOLD))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    changed = goal_by_title(qtbot, demo_session, "Walk 7,000 steps a day")
    assert changed.id == goal.id and changed.status is GoalStatus.ON_HOLD
    assert changed.measure is not None and changed.measure.target == 7500


def test_mark_done_put_on_hold_and_start_again(qtbot, demo_session) -> None:
    view = open_view(qtbot, GoalsView, demo_session)
    goal = goal_by_title(qtbot, demo_session, "Get my weight down to 85 kg")
    view.select_goal(goal.id)
    assert view.done_button.isEnabled() and not view.again_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.done_button.click()
    assert goal_by_title(qtbot, demo_session, goal.title).status is GoalStatus.COMPLETED
    assert view.banner.text == "Well done! The goal is marked as done."
    assert view.selected_goal_id() == goal.id
    assert view.again_button.isEnabled() and not view.hold_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.again_button.click()
    assert goal_by_title(qtbot, demo_session, goal.title).status is GoalStatus.ACTIVE
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.hold_button.click()
    assert goal_by_title(qtbot, demo_session, goal.title).status is GoalStatus.ON_HOLD
    assert "You can start again any time." in view.banner.text


def test_editing_what_matters_saves_a_new_plan_version(qtbot, demo_session) -> None:
    view = open_view(qtbot, GoalsView, demo_session)
    before = in_vault(qtbot, demo_session, lambda v: v.plans.current())
    QTest.keyClicks(view.matters.line, "Gardening with my son")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.matters.add_button.click()
    after = in_vault(qtbot, demo_session, lambda v: v.plans.current())
    assert after.version == before.version + 1
    assert after.plan.what_matters == (*before.plan.what_matters, "Gardening with my son")
    assert after.change_note == "Changed what matters to me."
    assert after.plan.actions == before.plan.actions  # the rest of the plan is kept
    view.matters.list.setCurrentRow(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.matters.remove_button.click()
    latest = in_vault(qtbot, demo_session, lambda v: v.plans.current())
    assert latest.plan.what_matters[0] == "Staying in my own home"
    assert view.matters.items() == latest.plan.what_matters


def test_what_matters_on_a_new_profile_starts_the_plan(qtbot, profiles, runner) -> None:
    from ui.session import Session

    vault, _ = profiles.create("New", "a new passphrase")
    session = Session(profiles, runner)
    session.adopt(vault)
    view = open_view(qtbot, GoalsView, session)
    assert view.matters.items() == ()
    assert view.no_goals.isVisible()
    QTest.keyClicks(view.matters.line, "My dog")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.matters.add_button.click()
    plan = in_vault(qtbot, session, lambda v: v.plans.current())
    assert plan.version == 1 and plan.plan.what_matters == ("My dog",)
    session.lock()
    runner.wait()


def test_parse_number_reads_what_people_type() -> None:
    assert parse_number("7000") == 7000
    assert parse_number("7,000") == 7000
    assert parse_number(" 84.5 ") == 84.5
    assert parse_number("") is None and parse_number("eighty") is None
    assert parse_number("nan") is None


def test_dates_default_sensibly(qtbot) -> None:
    dialog = GoalDialog([])
    qtbot.addWidget(dialog)
    assert dialog.start.date().toPython() == date.today()
    assert not dialog.due.isEnabled()
    assert dialog.due.date().toPython() > date.today() + timedelta(days=60)
