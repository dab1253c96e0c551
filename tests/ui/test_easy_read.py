"""Easy read (#23, point 5): Today, My plan and Check-ins in short sentences, with pictures
beside the words and controls at least 48 px high; turned on and off in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
)
from shellkit import close, make_window, type_into, visible_texts

from planner import demo
from ui.easy_read import MIN_HEIGHT
from ui.preferences import Preferences
from ui.theme import apply_theme

LONG = "Type a value and press Enter. For yes or no, press Y or N."
SHORT = "Write your answer. Then press Enter."


def _unlock(qtbot, window) -> None:
    type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    qtbot.waitUntil(lambda: window.view("today") is not None
                    and window.view("today").isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.session.runner.busy == 0, timeout=10_000)
    qtbot.wait(50)


def _small_controls(view) -> list[str]:
    small = []
    for widget in view.findChildren(QAbstractButton) + view.findChildren(QLineEdit) + \
            view.findChildren(QComboBox):
        if not widget.isVisible() or isinstance(widget.parent(), QAbstractItemView):
            continue
        if widget.height() < MIN_HEIGHT:
            text = widget.text() if hasattr(widget, "text") else ""
            small.append(f"{type(widget).__name__} {text!r} {widget.height()} px")
    return small


def test_easy_read_today_has_short_sentences_pictures_and_big_controls(
        qtbot, demo_profiles, runner) -> None:
    window = make_window(qtbot, demo_profiles, runner, prefs=Preferences(easy_read=True))
    try:
        _unlock(qtbot, window)
        today = window.view("today")
        texts = visible_texts(today)
        assert SHORT in texts
        assert LONG not in texts
        assert today.open_plan.text() == "My pl&an"
        assert not today.open_plan.icon().isNull()
        assert not today.open_medicines.icon().isNull()
        assert _small_controls(today) == []
        check_ins = [today.due_list.item(i) for i in range(today.due_list.count())
                     if today.due_list.item(i).text().startswith("Check-in:")]
        assert check_ins and all(not item.icon().isNull() for item in check_ins)
        doses = today.doses.findChildren(QListWidget)
        assert doses and doses[0].count() and not doses[0].item(0).icon().isNull()
    finally:
        close(window)


def test_easy_read_is_turned_on_and_off_in_settings(qtbot, demo_profiles, runner) -> None:
    window = make_window(qtbot, demo_profiles, runner)
    try:
        _unlock(qtbot, window)
        assert LONG in visible_texts(window.view("today"))
        assert window.view("today").open_plan.icon().isNull()
        window.go_to("settings")
        window.settings.easy_read.click()
        assert window.preferences.value.easy_read is True
        qtbot.waitUntil(lambda: window.view("today") is not None and
                        window.view("today").open_plan.text() == "My pl&an", timeout=5_000)
        window.go_to("today")
        qtbot.waitUntil(lambda: window.session.runner.busy == 0, timeout=10_000)
        qtbot.wait(50)
        assert SHORT in visible_texts(window.view("today"))
        assert _small_controls(window.view("today")) == []
        window.go_to("checkins")
        qtbot.waitUntil(lambda: window.session.runner.busy == 0, timeout=10_000)
        checkins = window.view("checkins")
        assert ("Answer questions about how you feel. Only you see the answers."
                in visible_texts(checkins))
        assert _small_controls(checkins) == []
        window.go_to("plan")
        qtbot.waitUntil(lambda: window.session.runner.busy == 0, timeout=10_000)
        plan = window.view("plan")
        assert "Tick your goals for this plan." in visible_texts(plan)
        assert not plan.save_button.icon().isNull()
        assert _small_controls(plan) == []
        window.go_to("settings")
        window.settings.easy_read.click()
        assert window.preferences.value.easy_read is False
        qtbot.waitUntil(lambda: window.view("today").open_plan.text() == "Open my pl&an",
                        timeout=5_000)
    finally:
        close(window)


def test_easy_read_controls_stay_big_under_the_theme_and_a_new_text_size(
        qtbot, demo_profiles, runner) -> None:
    """The real app draws through the theme's style sheet, whose min-height used to win over
    easy read's 48 px (buttons 44-46 px) each time a control was polished."""
    window = make_window(qtbot, demo_profiles, runner, apply_looks=True)
    try:
        _unlock(qtbot, window)
        window.go_to("settings")
        window.settings.easy_read.click()
        qtbot.waitUntil(lambda: window.view("today").open_plan.text() == "My pl&an",
                        timeout=5_000)
        window.go_to("today")
        qtbot.waitUntil(lambda: window.session.runner.busy == 0, timeout=10_000)
        qtbot.wait(50)
        assert _small_controls(window.view("today")) == []
        window.preferences.update(text_scale=120)  # the sheet is applied again
        qtbot.wait(50)
        assert _small_controls(window.view("today")) == []
        window.go_to("settings")
        window.settings.easy_read.click()  # off and on again
        qtbot.waitUntil(lambda: window.view("today").open_plan.text() == "Open my pl&an",
                        timeout=5_000)
        window.settings.easy_read.click()
        qtbot.waitUntil(lambda: window.view("today").open_plan.text() == "My pl&an",
                        timeout=5_000)
        window.go_to("today")
        qtbot.waitUntil(lambda: window.session.runner.busy == 0, timeout=10_000)
        qtbot.wait(50)
        assert _small_controls(window.view("today")) == []
    finally:
        close(window)
        app = QApplication.instance()
        apply_theme(app, "light", 100)
        app.setStyleSheet("")
