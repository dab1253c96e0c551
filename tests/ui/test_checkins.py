"""Check-ins: forms built from the instrument data, live scores and bands, the get-help panel
the moment PHQ-9 question 9 is answered above "Not at all", saving and the trend."""

from __future__ import annotations

from featurekit import activate, in_vault, key, open_view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from planner.instruments import load_instrument
from ui.views.checkins import CheckinsView, QuestionnaireForm


def test_forms_are_built_from_the_instrument_data(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Well-being (ONS4)", "Mood (PHQ-9)", "Worry and anxiety (GAD-7)"]
    for code in ("ONS4", "PHQ9", "GAD7"):
        instrument = load_instrument(code)
        form = view.form(code)
        assert list(form.groups) == [item.id for item in instrument.items]
        for item in instrument.items:
            buttons = form.buttons(item.id)
            assert [b.accessibleName() for b in buttons] == [o.label for o in item.options]
            assert all(isinstance(b, QRadioButton) for b in buttons)
            assert form.groups[item.id].exclusive()
            assert form.item_labels[item.id].text().endswith(item.text)
    phq9 = view.form("PHQ9")
    assert phq9.buttons("phq9_1")[2].text() == "2 – More than half the days"
    assert view.form("ONS4").buttons("happiness")[0].text() == "0 – Not at all"
    assert view.form("ONS4").buttons("happiness")[5].text() == "5"


def test_the_score_and_band_show_when_every_question_is_answered(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    form = view.form("GAD7")
    form.answer("gad7_1", 2)
    assert form.score_label.text() == "Answer every question to see your score. 6 questions to go."
    for n, value in zip(range(2, 8), (2, 1, 1, 2, 1, 3), strict=True):
        form.answer(f"gad7_{n}", value)
    assert form.score_label.text() == "Score: 12 out of 21. Moderate."
    band = load_instrument("GAD7").bands[2]
    assert form.advice.text() == band.advice
    assert not form.alert.isVisible()


def test_phq9_question_9_shows_the_help_panel_at_once(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    view.select_instrument("PHQ9")
    form = view.form("PHQ9")
    assert not form.alert.isVisible()
    form.answer("phq9_9", 1)  # the first answer given, nothing saved
    assert form.alert.isVisible()
    message = load_instrument("PHQ9").alerts[0].message
    assert form.alert.text == message
    for number in ("111", "999", "116 123"):
        assert number in form.alert.text
    assert form.alert.title.text() == "Please get help now"
    # The panel sits above the scrolling questions, so it is on screen, not scrolled away.
    assert form.alert.visibleRegion().boundingRect().height() == form.alert.height()
    saved = in_vault(qtbot, demo_session, lambda v: len(v.questionnaires.all("PHQ9")))
    assert saved == 4
    form.answer("phq9_9", 0)
    assert not form.alert.isVisible()
    form.answer("phq9_9", 3)
    assert form.alert.isVisible()


def test_save_a_check_in_and_see_it_in_the_trend(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    form = view.form("PHQ9")
    for n in range(1, 10):
        form.answer(f"phq9_{n}", 1 if n != 9 else 0)
    assert form.score_label.text() == "Score: 8 out of 27. Mild."
    trend = view.trends["PHQ9"]
    points_before = len(trend.chart.points)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        form.save_button.click()
    latest = in_vault(qtbot, demo_session, lambda v: v.questionnaires.latest("PHQ9"))
    assert latest.answers == {f"phq9_{n}": (1 if n != 9 else 0) for n in range(1, 10)}
    assert form.status.text().startswith("Saved on ")
    assert not form.save_button.isEnabled()
    assert len(trend.chart.points) == points_before + 1
    assert trend.chart.points[-1][1] == 8.0
    assert trend.history.item(0).text().endswith(": 8 out of 27, Mild")
    assert form.score_label.text() == "Score: 8 out of 27. Mild."  # still shown after saving
    form.restart_button.click()
    assert form.answers() == {} and form.save_button.isEnabled()


def test_an_unfinished_check_in_says_which_questions_are_left(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    form = view.form("PHQ9")
    for n in (1, 2, 4, 5, 6, 7, 8, 9):
        form.answer(f"phq9_{n}", 0)
    form.save_button.click()
    assert form.status.text() == "Please answer question 3."
    assert in_vault(qtbot, demo_session, lambda v: len(v.questionnaires.all("PHQ9"))) == 4


def test_ons4_shows_what_each_answer_means(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    form = view.form("ONS4")
    form.answer("anxiety", 7)
    assert form.item_bands["anxiety"].text().startswith("High.")
    assert form.item_bands["happiness"].isHidden()
    assert form.score_label.text() == "1 of 4 answered."
    for item_id, value in (("life_satisfaction", 8), ("worthwhile", 9), ("happiness", 6)):
        form.answer(item_id, value)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        form.save_button.click()
    trend = view.trends["ONS4"]
    assert trend.chart.points[-1][1] == 8.0  # life satisfaction is charted first
    trend.item_choice.setCurrentIndex(3)
    assert trend.chart.series.label == "Anxiety yesterday"
    assert trend.chart.points[-1][1] == 7.0


def test_answers_by_keyboard_tab_and_space(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    view.select_instrument("GAD7")
    activate(qtbot, view)
    form: QuestionnaireForm = view.form("GAD7")
    form.buttons("gad7_1")[0].setFocus()
    for n in range(1, 8):
        key(Qt.Key.Key_Space)  # chooses "Not at all" for the focused question
        assert form.answers()[f"gad7_{n}"] == 0
        key(Qt.Key.Key_Tab)  # on to the next question
    assert form.score_label.text() == "Score: 0 out of 21. Minimal."
    # An arrow key moves to the next answer within a question.
    form.buttons("gad7_3")[0].setFocus()
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Space)
    assert form.answers()["gad7_3"] == 1


def test_clear_resets_the_forms_and_trends(qtbot, demo_session) -> None:
    view = open_view(qtbot, CheckinsView, demo_session)
    view.form("PHQ9").answer("phq9_9", 2)
    view.clear()
    assert view.form("PHQ9").answers() == {}
    assert not view.form("PHQ9").alert.isVisible()
    assert view.trends["PHQ9"].history.count() == 0
    assert view.trends["PHQ9"].chart.points == []
