"""My care and support plan: edit every section, save a version with an "agreed with" record,
compare two versions side by side, and the "Share with my GP" placeholder."""

from __future__ import annotations

from datetime import date

from featurekit import in_vault, open_dialog, open_view
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from planner.domain.recurrence import Frequency
from ui.dialogs.plan_items import ActionDialog, SaveVersionDialog, SupporterDialog
from ui.session import Session
from ui.views.plan import PlanView
from ui.widgets.forms import find_data


def current(qtbot, session):
    return in_vault(qtbot, session, lambda v: v.plans.current())


def save_plan(qtbot, view: PlanView, *, who: str = "", on: QDate | None = None,
              note: str = "") -> None:
    """Save, and answer the "agreed with / what changed" questions."""
    view.save_button.click()
    dialog = open_dialog(qtbot, view, SaveVersionDialog)
    QTest.keyClicks(dialog.agreed_with, who)
    if on is not None:
        dialog.agreed_on.setDate(on)
    QTest.keyClicks(dialog.change_note, note)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_the_form_shows_the_current_plan(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    plan = current(qtbot, demo_session).plan
    assert view.title.text() == plan.title
    assert view.coordinator.text() == "Nurse Grace Owusu, Lea Surgery"
    assert view.has_review.isChecked() and view.review.date().toPython() == plan.review_date
    assert view.matters.items() == plan.what_matters
    assert view.checked_goal_ids() == set(plan.goal_ids)
    actions = [view.action_list.list.item(i).text() for i in range(view.action_list.list.count())]
    assert actions[0] == "Walk with Priya · Every week on Tuesday, Thursday · by Priya"
    assert view.supporter_list.list.count() == 3
    assert view.warning_signs.toPlainText() == plan.contingency.warning_signs
    assert "116 123" in view.crisis_numbers.toPlainText()
    assert not view.dirty


def test_save_makes_a_new_version_with_who_agreed_it(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    before = current(qtbot, demo_session)
    view.coordinator.setFocus()
    view.coordinator.selectAll()
    QTest.keyClicks(view.coordinator, "Dr A Khan, Lea Surgery")
    assert view.dirty and view.dirty_label.text() == "You have changes that are not saved yet."
    save_plan(qtbot, view, who="Dr A Khan", on=QDate(2026, 3, 2), note="New coordinator")
    after = current(qtbot, demo_session)
    assert after.version == before.version + 1
    assert after.plan.coordinator == "Dr A Khan, Lea Surgery"
    assert after.agreed_with == "Dr A Khan" and after.agreed_on == date(2026, 3, 2)
    assert after.change_note == "New coordinator"
    assert after.plan.actions == before.plan.actions and after.plan.id == before.plan.id
    assert not view.dirty
    assert view.banner.text == f"Your plan is saved as version {after.version}."
    assert view.versions.count() == after.version


def test_saving_with_no_change_says_so(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.save_button.click()
    open_dialog(qtbot, view, SaveVersionDialog).accept()
    assert view.banner.text == "Nothing has changed, so there is nothing to save."
    assert current(qtbot, demo_session).version == 2


def test_an_empty_title_is_explained_next_to_it(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.title.clear()
    view.save_button.click()
    assert view.title_error.message == "Please fill this in."
    assert view.banner.text == "Please check the parts marked below."
    view.title.setText("My plan")
    view.warning_signs.setPlainText("x" * 5001)
    view.save_button.click()
    assert view.crisis_errors["warning_signs"].message == (
        "This is too long. Use 5000 characters or fewer.")
    assert view.title_error.message == ""
    assert current(qtbot, demo_session).version == 2


def test_add_a_weekly_action_and_a_supporter(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.action_list.add_button.click()
    dialog = open_dialog(qtbot, view, ActionDialog)
    QTest.keyClicks(dialog.text, "Swim at the leisure centre")
    dialog.repeat.setCurrentIndex(find_data(dialog.repeat, Frequency.WEEKLY))
    assert dialog.days_row.isVisible() and not dialog.due.isVisible()
    dialog.days[0].setChecked(True)
    dialog.days[2].setChecked(True)
    dialog.has_until.setChecked(True)
    dialog.until.setDate(QDate.currentDate().addDays(-400))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.until_error.message == "The end date is before the start date."
    dialog.until.setDate(QDate.currentDate().addMonths(3))
    dialog.accept()
    assert not dialog.isVisible()
    assert view.dirty
    view.supporter_list.add_button.click()
    helper = open_dialog(qtbot, view, SupporterDialog)
    helper.accept()
    assert helper.errors["name"].message == "Please fill this in."
    QTest.keyClicks(helper.name, "Anita")
    QTest.keyClicks(helper.email, "anita.example.org")
    helper.accept()
    assert helper.errors["email"].message.startswith("This does not look like an email")
    helper.email.setText("anita@example.org")
    helper.accept()
    assert not helper.isVisible()
    save_plan(qtbot, view)
    plan = current(qtbot, demo_session).plan
    swim = plan.actions[-1]
    assert swim.text == "Swim at the leisure centre"
    assert swim.recurrence is not None and swim.recurrence.frequency is Frequency.WEEKLY
    assert swim.recurrence.weekdays == (0, 2)
    assert plan.supporters[-1].name == "Anita" and plan.supporters[-1].email == "anita@example.org"


def test_change_and_remove_an_action(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.action_list.list.setCurrentRow(1)
    view.action_list.edit_button.click()
    dialog = open_dialog(qtbot, view, ActionDialog)
    assert dialog.text.text() == "Take my blood pressure tablets"
    assert dialog.repeat.currentData() == Frequency.DAILY
    dialog.done_box.setChecked(True)
    dialog.accept()
    view.action_list.list.setCurrentRow(0)
    view.action_list.remove_button.click()
    save_plan(qtbot, view)
    actions = current(qtbot, demo_session).plan.actions
    assert [a.text for a in actions] == ["Take my blood pressure tablets",
                                         "Go to the Tuesday lunch club at St Mary's",
                                         "London Fields Wednesday Walk",
                                         "Homerton Friday Lunch Club"]
    assert actions[0].done


def test_ticking_goals_and_review_date(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    item = view.goal_list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.has_review.setChecked(False)
    save_plan(qtbot, view)
    plan = current(qtbot, demo_session).plan
    assert plan.review_date is None
    assert len(plan.goal_ids) == 2


def test_versions_side_by_side_highlight_what_changed(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.tabs.setCurrentIndex(1)
    assert view.versions.count() == 2
    assert view.compare_old.currentData() == 1 and view.compare_new.currentData() == 2
    assert view.changes_label.text() == (
        "What changed: What matters to me, Goals, Actions, Who supports me, Review date.")
    html = view.comparison.toHtml()
    text = view.comparison.toPlainText()
    assert "Feeling less lonely" in text and "Tom Green" in text
    assert text.count("(changed)") == 5
    assert "First plan" in text and "Added the lunch club" in text
    view.only_changed.setChecked(True)
    text = view.comparison.toPlainText()
    assert "Care coordinator" not in text and "Who supports me" in text
    view.compare(2, 2)
    assert view.changes_label.text() == "Nothing changed between these versions."
    assert "These two versions are the same." in view.comparison.toPlainText()
    assert html.count("background-color") >= 5  # the changed rows are shaded


def test_share_button_asks_for_the_sharing_screen(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    assert view.share_button.text() == "Share with &my GP…"
    with qtbot.waitSignal(view.share_requested, timeout=1_000):
        view.share_button.click()


def test_unsaved_edits_survive_a_change_made_elsewhere(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.coordinator.setFocus()
    QTest.keyClicks(view.coordinator, " (Mondays)")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        demo_session.run(lambda v: v.plans.save(v.plans.current().plan.edit(
            what_matters=("Only this",))), changes="plan")
    assert view.coordinator.text().endswith(" (Mondays)")
    assert view.dirty
    assert "changed on another page" in view.banner.text
    assert view.versions.count() == 3
    view.revert_button.click()
    assert view.matters.items() == ("Only this",)
    assert not view.dirty


def test_a_new_profile_saves_its_first_plan(qtbot, profiles, runner) -> None:
    vault, _ = profiles.create("New", "a new passphrase")
    session = Session(profiles, runner)
    session.adopt(vault)
    view = open_view(qtbot, PlanView, session)
    assert view.title.text() == "My care and support plan"
    assert "NHS 111" in view.crisis_numbers.toPlainText()
    view.tabs.setCurrentIndex(1)
    assert view.changes_label.text() == "There are no saved versions yet."
    view.tabs.setCurrentIndex(0)
    QTest.keyClicks(view.matters.line, "My garden")
    QTest.keyClick(view.matters.line, Qt.Key.Key_Return)
    save_plan(qtbot, view)
    saved = current(qtbot, session)
    assert saved.version == 1 and saved.plan.what_matters == ("My garden",)
    session.lock()
    runner.wait()


def test_clear_forgets_the_plan(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.clear()
    assert view.coordinator.text() == "" and view.matters.items() == ()
    assert view.action_list.list.count() == 0 and view.versions.count() == 0
    assert view.comparison.toPlainText() == ""


def test_the_save_dialog_checks_what_it_is_given(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    view.save_button.click()
    dialog = open_dialog(qtbot, view, SaveVersionDialog)
    assert not dialog.agreed_on.isEnabled()
    QTest.keyClicks(dialog.agreed_with, "Dr A Khan")
    assert dialog.agreed_on.isEnabled()
    dialog.agreed_on.setDate(QDate.currentDate().addDays(3))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.date_error.message == "This date is in the future. Check it."
    dialog.reject()
    assert current(qtbot, demo_session).version == 2


def test_a_review_with_no_change_can_still_be_recorded(qtbot, demo_session) -> None:
    view = open_view(qtbot, PlanView, demo_session)
    save_plan(qtbot, view, who="Nurse Grace Owusu", note="Reviewed, no changes")
    after = current(qtbot, demo_session)
    assert after.version == 3 and after.agreed_with == "Nurse Grace Owusu"
    assert after.agreed_on == date.today()
