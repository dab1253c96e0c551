"""Today: due items, quick log in one or two keystrokes, review date, kind streak words."""

from __future__ import annotations

from featurekit import in_vault, open_view
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner.domain.tracker import TrackerKind
from planner.vault.logs import LogFilter
from ui.views.today import TodayView, streak_words
from ui.widgets import wording


def latest(qtbot, session, key: str):
    return in_vault(qtbot, session, lambda v: v.logs.latest(v.trackers.by_key(key).id))


def count(qtbot, session, key: str) -> int:
    return in_vault(qtbot, session,
                    lambda v: v.logs.count(LogFilter(tracker_id=v.trackers.by_key(key).id)))


def test_today_shows_a_row_per_tracker_what_is_due_and_the_review(qtbot, demo_session) -> None:
    view = open_view(qtbot, TodayView, demo_session)
    keys = [row.tracker.key for row in view.rows.values()]
    assert keys == ["weight", "steps", "sleep", "mood", "medication", "journal"]
    assert view.title.text().startswith("Today, ")
    due = [view.due_list.item(i).text() for i in range(view.due_list.count())]
    assert any(text.startswith("Check-in: Well-being (ONS4)") for text in due)
    assert any("Take my tablets" in text for text in due)
    review = in_vault(qtbot, demo_session, lambda v: v.plans.current().plan.review_date)
    assert wording.day(review) in view.review.text()
    assert view.goals.text() == "You are working on 2 goals."
    weight = latest(qtbot, demo_session, "weight")
    assert f"Last: {wording.number(weight.value)} kg" in view.row("weight").last.text()
    assert "days in a row" in view.row("steps").last.text()


def test_type_a_number_and_press_enter_logs_it(qtbot, demo_session) -> None:
    view = open_view(qtbot, TodayView, demo_session)
    row = view.row("weight")
    assert row.field is not None
    before = count(qtbot, demo_session, "weight")
    row.field.setFocus()
    QTest.keyClicks(row.field, "84.5")
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # saving refreshes the screen
        QTest.keyClick(row.field, Qt.Key.Key_Return)
    entry = latest(qtbot, demo_session, "weight")
    assert entry.value == 84.5
    assert count(qtbot, demo_session, "weight") == before + 1
    assert row.status.text() == "Saved: 84.5 kg."
    assert row.field.text() == ""
    assert "Last: 84.5 kg" in row.last.text()


def test_yes_no_answers_with_one_key_and_scale_with_a_digit(qtbot, demo_session) -> None:
    view = open_view(qtbot, TodayView, demo_session)
    tablets = view.row("medication")
    assert tablets.tracker.kind is TrackerKind.YES_NO and tablets.yes_no is not None
    tablets.yes_no.yes.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        QTest.keyClick(tablets.yes_no.yes, Qt.Key.Key_N)
    assert latest(qtbot, demo_session, "medication").value == 0.0
    assert tablets.status.text() == "Saved: no."
    mood = view.row("mood")
    assert mood.field is not None
    mood.field.setFocus()
    QTest.keyClick(mood.field, Qt.Key.Key_7)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        QTest.keyClick(mood.field, Qt.Key.Key_Return)
    assert latest(qtbot, demo_session, "mood").value == 7.0
    assert mood.status.text() == "Saved: 7 out of 10."


def test_a_wrong_value_is_explained_and_nothing_is_saved(qtbot, demo_session) -> None:
    view = open_view(qtbot, TodayView, demo_session)
    row = view.row("sleep")
    assert row.field is not None
    before = count(qtbot, demo_session, "sleep")
    row.field.setFocus()
    QTest.keyClicks(row.field, "30")
    QTest.keyClick(row.field, Qt.Key.Key_Return)
    assert row.status.text() == "Sleep: 30 is above the highest allowed (24)."
    assert row.field.accessibleDescription() == row.status.text()
    QTest.keyClicks(row.field, "x")  # "30x"
    QTest.keyClick(row.field, Qt.Key.Key_Return)
    assert "is not a number" in row.status.text()
    assert "Traceback" not in row.status.text()
    assert count(qtbot, demo_session, "sleep") == before
    assert demo_session.runner.busy == 0


def test_choosing_a_due_check_in_asks_to_open_it(qtbot, demo_session) -> None:
    view = open_view(qtbot, TodayView, demo_session)
    asked: list[tuple[str, str]] = []
    view.navigate_requested.connect(lambda key, detail: asked.append((key, detail)))
    for i in range(view.due_list.count()):
        item = view.due_list.item(i)
        if item.text().startswith("Check-in: Mood (PHQ-9)"):
            view.due_list.itemActivated.emit(item)
    assert asked == [("checkins", "PHQ9")]
    view.open_goals.click()
    assert asked[-1] == ("goals", "")


def test_streak_words_are_kind(qtbot) -> None:
    from planner.services.today import TrackerToday

    assert streak_words(TrackerToday("w", "Weight", True, "84 kg", 5)) == (
        "5 days in a row. Well done!")
    assert streak_words(TrackerToday("w", "Weight", True, "84 kg", 1)) == "Done for today."
    # A gap is never pointed out: no "missed", no "broken streak".
    assert streak_words(TrackerToday("w", "Weight", False, "84 kg", 0)) == ""


def test_clear_drops_everything_shown(qtbot, demo_session) -> None:
    view = open_view(qtbot, TodayView, demo_session)
    view.clear()
    assert view.rows == {}
    assert view.due_list.count() == 0
    assert view.review.text() == "" and view.goals.text() == ""


def test_a_new_profile_can_start_tracking_and_log_at_once(qtbot, profiles, runner) -> None:
    from featurekit import open_dialog

    from ui.dialogs.tracker import TrackerDialog
    from ui.session import Session

    vault, _ = profiles.create("New", "a new passphrase")
    session = Session(profiles, runner)
    session.adopt(vault)
    view = open_view(qtbot, TodayView, session)
    assert view.rows == {} and view.empty_trackers.isVisible()
    view.new_tracker_button.click()
    dialog = open_dialog(qtbot, view, TrackerDialog)
    QTest.keyClicks(dialog.label, "Water")
    dialog.accept()
    assert dialog.errors["unit"].message == "A number tracker needs a unit, e.g. kg or steps."
    QTest.keyClicks(dialog.unit, "glasses")
    QTest.keyClicks(dialog.minimum, "lots")
    dialog.accept()
    assert dialog.errors["minimum"].message == "Enter a number, or leave this empty."
    dialog.minimum.setText("0")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    tracker = in_vault(qtbot, session, lambda v: v.trackers.by_key("water"))
    assert tracker.label == "Water" and tracker.unit == "glasses" and tracker.minimum == 0
    assert not view.empty_trackers.isVisible()
    row = view.row("water")
    assert row.field is not None
    row.field.setFocus()
    QTest.keyClicks(row.field, "6")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        QTest.keyClick(row.field, Qt.Key.Key_Return)
    assert in_vault(qtbot, session, lambda v: v.logs.latest(tracker.id)).value == 6.0
    assert row.status.text() == "Saved: 6 glasses."
    session.lock()
    runner.wait()


def test_a_decimal_comma_is_read_in_a_language_that_uses_one(qtbot, demo_session) -> None:
    from PySide6.QtCore import QLocale

    view = open_view(qtbot, TodayView, demo_session)
    row = view.row("weight")
    assert row.field is not None
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        row.field.setFocus()
        QTest.keyClicks(row.field, "84,5")
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            QTest.keyClick(row.field, Qt.Key.Key_Return)
    finally:
        QLocale.setDefault(before)
    assert latest(qtbot, demo_session, "weight").value == 84.5
