"""A participatory budget end to end: an editor publishes a round in a real browser (the
Chromium + Selenium set-up of test_console_browser.py) and opens it; the desktop app (real
widgets, its own Sync button, against that server over HTTP) downloads it, refuses a ballot
over the pot, votes and sends; nine neighbours vote; the editor closes and counts the round and
says what became of a project; the app's next sync shows the funded projects and their fate.

Console pages are saved as screenshots (HP_CONSOLE_SHOTS=DIR keeps them), the app's screen too
(HP_UI_SHOTS=DIR).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from endpoint.app import create_app
from endpoint.testing import serve
from planner import demo
from planner.vault import Profiles, Vault
from sync import consent, state
from tests.e2e.test_console_browser import (
    PASSWORD,
    TODAY,
    Shots,
    _arrive,
    _button,
    _login,
    browser,  # noqa: F401 (the fixture)
)
from tests.ui.featurekit import in_vault
from ui.session import Session
from ui.tasks import TaskRunner
from ui.views.participation import ParticipationView


@pytest.fixture
def session(qtbot: Any, demo_profiles: Profiles) -> Iterator[Session]:
    runner = TaskRunner()
    made = Session(demo_profiles, runner)
    failures: list[BaseException] = []
    with qtbot.waitSignal(made.unlocked, timeout=10_000):
        made.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE, failures.append)
    assert not failures
    yield made
    made.lock()
    runner.wait()


def _sync(qtbot: Any, view: ParticipationView) -> str:
    view.banner.dismiss()
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.banner.text != "", timeout=30_000)
    return str(view.banner.text)


def _shows(driver: Any, text: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 15).until(lambda d: text in d.page_source, f"never showed {text!r}")


def _neighbour(base: str, round_id: str, *projects: str) -> None:
    token = requests.post(f"{base}/v1/contributors", timeout=10).json()["token"]
    item = {"id": str(uuid.uuid4()), "purpose": "surveys",
            "created_at": datetime(2026, 12, 1, 9, tzinfo=UTC).isoformat(),
            "body": {"kind": "budget", "round_id": round_id, "projects": list(projects)}}
    sent = requests.post(f"{base}/v1/contributions", json={"items": [item]},
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert sent.status_code == 200, sent.text


def test_a_round_published_in_the_browser_is_voted_on_in_the_app_and_shows_what_was_funded(
        browser: Any, qtbot: Any, session: Session, tmp_path: Path) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    app = create_app(f"sqlite:///{tmp_path / 'endpoint.db'}", today=lambda: TODAY,
                     results_period=timedelta(0))
    ops = app.state.operators
    org_id = next(iter(ops.organisations()))
    ops.add("eve", PASSWORD, "editor", [org_id], now=app.state.context.now())
    shots = Shots(browser, Path(os.environ.get("HP_CONSOLE_SHOTS") or tmp_path / "shots"))
    ui_shots = os.environ.get("HP_UI_SHOTS")
    with serve(app) as base:
        driver = browser
        _login(driver, base, "eve")
        _arrive(driver, "/console/")
        driver.find_element(By.LINK_TEXT, "Budgets").click()
        _arrive(driver, "/console/budgets")
        shots.take("budgets-empty")
        driver.find_element(By.LINK_TEXT, "Write a new budget round").click()
        _arrive(driver, "/console/budgets/new")
        driver.find_element(By.ID, "title").send_keys("Healthy Hackney 2026")
        driver.find_element(By.ID, "description").send_keys(
            "£100 for projects that help people in Dalston stay well. Everyone may vote.")
        Select(driver.find_element(By.ID, "organisation")).select_by_value(org_id)
        Select(driver.find_element(By.ID, "borough")).select_by_value("Hackney")
        driver.find_element(By.ID, "ward").send_keys("Dalston")
        driver.find_element(By.ID, "pot").send_keys("100")
        driver.execute_script("document.getElementById('opens_on').value = '2026-11-20';"
                              "document.getElementById('closes_on').value = '2026-12-31'")
        for n, (title, cost, who) in enumerate([("Walking group", 50, "Hackney Walks"),
                                                ("Chair yoga", 50, "Age UK East London"),
                                                ("Cooking club", 30, "Food Hub")]):
            driver.find_element(By.ID, f"p{n}_title").send_keys(title)
            driver.find_element(By.ID, f"p{n}_cost").send_keys(str(cost))
            driver.find_element(By.ID, f"p{n}_organisation").send_keys(who)
            driver.find_element(By.ID, f"p{n}_description").send_keys(f"{title}, weekly.")
        shots.take("budget-new")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        _arrive(driver, "/console/budgets")
        (round_id,) = [doc["id"] for doc in app.state.context.store.budget_rounds()]
        shots.take("budgets-draft")
        driver.get(f"{base}/console/budgets/{round_id}/edit")
        shots.take("budget-edit")
        driver.get(f"{base}/console/budgets")
        _button(driver, f"/console/budgets/{round_id}/open").click()
        _shows(driver, '<td class="state">open</td>')  # same address: wait for the new page
        shots.take("budgets-open")

        # The desktop app, with its own buttons: agree, sync, tick, send.
        def prepare(v: Vault) -> None:
            consent.record(v, "surveys", "given")
            state.set_endpoint(v, base)

        in_vault(qtbot, session, prepare)
        view = ParticipationView(session)
        qtbot.addWidget(view)
        view.resize(900, 760)
        view.show()
        panel = view.budget_panel
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.refresh()
        assert _sync(qtbot, view) == "Sync finished. Sent 0 items."
        qtbot.waitUntil(lambda: panel.round_list.count() == 1, timeout=10_000)
        view.tabs.setCurrentWidget(panel)
        assert panel.title.text() == "Healthy Hackney 2026"
        for n in range(3):
            panel.projects.item(n).setCheckState(Qt.CheckState.Checked)
        assert panel.total.text() == (
            "Chosen: £130 of the £100 pot. That is £30 over the pot: untick a project.")
        assert not panel.send_button.isEnabled()
        panel.projects.item(1).setCheckState(Qt.CheckState.Unchecked)
        assert panel.total.text() == "Chosen: £80 of the £100 pot."
        view.banner.dismiss()
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "send list" in view.banner.text, timeout=10_000)
        assert _sync(qtbot, view) == "Sync finished. Sent 1 item."

        # Nine neighbours: five want p1 and p2, four want p3.
        for _ in range(5):
            _neighbour(base, round_id, "p1", "p2")
        for _ in range(4):
            _neighbour(base, round_id, "p3")

        driver.get(f"{base}/console/budgets")
        _button(driver, f"/console/budgets/{round_id}/close").click()
        _shows(driver, "Outcome of Healthy Hackney 2026")
        # Equal Shares, by hand: £10 a voter. p1 (6 voters, £8.33 each) first; then p3 (£30:
        # four hold £10 each and the app's voter £1.67 left, enough); p2 (£50) is left to
        # the five who hold £1.67 each: not affordable, and the £20 left cannot buy it.
        page = driver.page_source
        assert "Outcome of Healthy Hackney 2026 (10 ballots)" in page
        assert page.count("not funded") == 1 and "Chair yoga: £50, fewer than 10 votes" in page
        shots.take("budgets-closed")
        driver.find_element(By.PARTIAL_LINK_TEXT, "Say what became of the projects").click()
        driver.find_element(By.ID, "fate_p1").send_keys("Walks start on 5 January, 10am.")
        shots.take("budget-fates")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        _arrive(driver, "/console/budgets")
        for path, name in (("/console/budgets", "budgets-at-200-percent"),
                           ("/console/budgets/new", "budget-new-at-200-percent")):
            driver.get(f"{base}{path}")
            shots.take(name, width=550)
            wide = driver.execute_script(
                "return document.documentElement.scrollWidth > window.innerWidth + 1")
            assert not wide, f"{path} scrolls sideways at 200 % zoom"

        assert _sync(qtbot, view) == "Sync finished. Sent 0 items."
    # The server is gone: the outcome is read from the vault's copy.
    qtbot.waitUntil(lambda: panel.round_list.item(0).text().endswith("(closed: see the outcome)"),
                    timeout=10_000)
    panel.round_list.setCurrentRow(0)
    texts = [panel.projects.item(n).text() for n in range(panel.projects.count())]
    assert texts == [
        "FUNDED: Walking group: £50, proposed by Hackney Walks. Walking group, weekly. "
        "(fewer than 10 votes) What became of it: Walks start on 5 January, 10am.",
        "not funded: Chair yoga: £50, proposed by Age UK East London. Chair yoga, weekly. "
        "(fewer than 10 votes)",
        "FUNDED: Cooking club: £30, proposed by Food Hub. Cooking club, weekly. "
        "(fewer than 10 votes)"]
    assert panel.total.text() == "2 project(s) funded, costing £80 of the £100 pot."
    if ui_shots:
        qtbot.wait(100)
        view.grab().save(os.path.join(ui_shots, "taking-part-budget-funded-after-sync.png"))
