"""What screen readers are told without being asked, and what our painted widgets are to them
(the in-process half of issue #23's point 4; tests/e2e/test_screen_reader.py listens on the
real AT-SPI bus): a reminder is said in the window and gone once locked; charts are charts with
their data in words; button rows and tab widgets are groups; and in Urdu the Medicines screen
chooses a medicine, so its chart is there to hear."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget
from shellkit import close, language, make_window, type_into
from test_chart import weight_series

from planner import demo
from planner.vault import Profiles
from ui import accessible
from ui.preferences import Preferences
from ui.widgets.bars import Bar, BarChart
from ui.widgets.chart import ChartWidget
from ui.widgets.flow import flow_widget


def unlock(qtbot, window) -> None:
    type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    window.session.runner.wait()
    qtbot.wait(50)


@pytest.fixture
def demo_window(qtbot, demo_profiles: Profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    unlock(qtbot, win)
    yield win
    close(win)


def face(widget: QWidget):
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def test_a_reminder_is_said_in_the_window_and_gone_once_locked(qtbot, demo_window) -> None:
    win = demo_window
    notifier = win.reminders
    qtbot.waitUntil(lambda: bool(notifier.schedule), timeout=5_000)
    tomorrow = datetime.now().replace(hour=7, minute=55, second=0, microsecond=0) + \
        timedelta(days=1)
    notifier.check(tomorrow)
    said = notifier.check(tomorrow + timedelta(minutes=10))  # 08:00: "Take my tablets"
    assert ("Reminder", "Take my tablets") in said
    title, body = said[-1]
    line = win.reminder_line
    assert line.isVisible()
    assert line.text() == f"{title}: {body}"
    assert face(line).text(QAccessible.Text.Name) == f"{title}: {body}"

    win.lock_now()
    assert line.text() == ""
    assert not line.isVisible()


def test_charts_are_charts_that_say_their_data(qtbot) -> None:
    accessible.install()
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.set_series(weight_series([86.0, 85.2, 84.4]))
    assert face(chart).role() == QAccessible.Role.Chart
    assert face(chart).text(QAccessible.Text.Name) == "Chart of Weight"
    assert face(chart).text(QAccessible.Text.Description) == (
        "Weight, last month: 3 entries, from 84.4 to 86 kg, latest 84.4 kg. "
        "Target 85 kg or less.")

    bars = BarChart("Doses taken")
    qtbot.addWidget(bars)
    bars.set_bars([Bar("Last 7 days", 100.0, "100%"), Bar("Last 30 days", None, "")])
    assert face(bars).role() == QAccessible.Role.Chart
    assert face(bars).text(QAccessible.Text.Description) == (
        "Last 7 days: 100%; Last 30 days: Hidden: fewer than 10 people")


def test_button_rows_and_tab_widgets_are_named_groups(qtbot) -> None:
    accessible.install()
    host, flow = flow_widget()
    qtbot.addWidget(host)
    host.setAccessibleName("1. Little interest or pleasure in doing things")
    flow.addWidget(QPushButton("Not at all"))
    assert face(host).role() == QAccessible.Role.Grouping
    assert face(host).text(QAccessible.Text.Name) == (
        "1. Little interest or pleasure in doing things")
    assert face(host).childCount() == 1


    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Urdu: the first on the right
    second = QPushButton("Several days")
    flow.addWidget(second)
    host.resize(600, 100)
    flow.setGeometry(host.rect())
    first = flow.itemAt(0).widget()
    assert first.geometry().right() == host.rect().right()
    assert second.geometry().right() < first.geometry().left()

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.setAccessibleName("Plan pages")
    assert face(tabs).role() == QAccessible.Role.Grouping


def test_in_urdu_medicines_chooses_a_medicine_and_shows_its_chart(
    qtbot, demo_profiles: Profiles, runner
) -> None:
    with language("ur") as translations:
        win = make_window(qtbot, demo_profiles, runner, translations=translations,
                          prefs=Preferences(language="ur"))
        try:
            unlock(qtbot, win)
            win.go_to("medicines")
            view = win.view("medicines")
            qtbot.waitUntil(lambda: view.selected_medicine() is not None, timeout=5_000)
            assert view.selected_medicine().name == "Amlodipine"
            assert view.chart.isVisibleTo(view)
            assert face(view.chart).text(QAccessible.Text.Name) == "Amlodipine کی لی گئی خوراکیں"
        finally:
            close(win)
