"""Accountability and help at the community centre in a real browser (Debian's Chromium through
Selenium, as in test_console_browser.py): an editor adds a commitment with milestones and posts
a dated update, enters a paper batch; a helper gets a one-time code that the app then spends;
the app's sync brings the commitment into its cache. Each page is saved as a screenshot, also
at the width 200 % text gives (HP_CONSOLE_SHOTS=DIR keeps them)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from endpoint.app import create_app
from endpoint.testing import serve
from sync import consent, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import cached_commitments, sync_now
from sync.tokens import tokens_of
from tests.e2e.test_console_browser import Shots, _arrive, _login, browser
from tests.unit.endpoint.conftest import RunningEndpoint
from tests.unit.endpoint.test_console import Console, _create

__all__ = ["browser"]  # the fixture, shared with the console's own browser test

TODAY = date(2026, 12, 1)
PASSWORD = "a long enough passphrase"


def test_commitments_paper_and_a_helpers_code_in_a_browser(
    browser: Any, vault: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    app = create_app(f"sqlite:///{tmp_path / 'e.db'}", today=lambda: TODAY,
                     results_period=timedelta(0))
    with serve(app) as base:
        ops = app.state.operators
        org = next(iter(ops.organisations()))
        now = app.state.context.now()
        ops.add("eve", PASSWORD, "editor", (org,), now=now)
        ops.add("hal", PASSWORD, "helper", now=now)
        setup = Console(RunningEndpoint(base_url=base, app=app))
        setup.login("eve")
        survey_id = _create(setup, org)
        assert setup.post(f"/console/consultations/{survey_id}/open").status_code == 303
        # The app answers it while open, so it may follow what comes of it.
        state.set_endpoint(vault, base)
        consent.record(vault, "surveys", "given")
        sync_now(Here(vault), EndpointClient(base), tokens_of(vault))
        outbox.queue_survey_answer(vault, survey_id, "q1", "walk")
        assert setup.post(f"/console/consultations/{survey_id}/close").status_code == 303
        assert setup.post(f"/console/consultations/{survey_id}/response", {
            "title": "More buses", "body": "We asked TfL."}).status_code == 303

        shots = Shots(browser, Path(os.environ.get("HP_CONSOLE_SHOTS") or tmp_path / "shots"))
        _login(browser, base, "eve")
        _arrive(browser, "/console/")
        browser.find_element(By.LINK_TEXT, "Commitments").click()
        _arrive(browser, "/console/commitments")
        browser.find_element(By.ID, "title").send_keys("A bus every 12 minutes on the 394")
        browser.find_element(By.ID, "milestones").send_keys("2027-01-15 Ask TfL\nNew timetable")
        browser.find_element(By.CSS_SELECTOR, 'form[action="/console/commitments/new"] button'
                             ).click()
        _arrive(browser, "/console/commitments")
        percent = browser.find_element(By.CSS_SELECTOR, "input[name=percent]")
        percent.clear()
        percent.send_keys("40")
        Select(browser.find_element(By.CSS_SELECTOR, "select[name=status]")
               ).select_by_visible_text("In progress")
        browser.find_element(By.CSS_SELECTOR, "input[name=milestone-0]").click()
        browser.find_element(By.CSS_SELECTOR, "textarea[name=text]").send_keys("TfL said yes.")
        browser.find_element(By.XPATH, "//button[starts-with(normalize-space(.), "
                                       "'Publish update')]").click()
        _arrive(browser, "/console/commitments")
        assert "In progress, 40% complete." in browser.page_source
        shots.take("commitments")
        shots.take("commitments-200", width=550)

        browser.find_element(By.LINK_TEXT, "Paper responses").click()
        _arrive(browser, "/console/paper")
        browser.find_element(By.PARTIAL_LINK_TEXT, "Bus or walk?").click()
        _arrive(browser, f"/console/paper/{survey_id}")
        browser.find_element(By.ID, "forms").send_keys("12")
        for key, n in (("q1:walk", "5"), ("q1:bus", "7")):
            box = browser.find_element(By.ID, key)
            box.clear()
            box.send_keys(n)
        shots.take("paper-batch")
        browser.find_element(By.XPATH, "//button[normalize-space(.)='Save the batch']").click()
        _arrive(browser, "/console/paper")
        assert "<td>12</td>" in browser.page_source
        shots.take("paper")
        browser.find_element(By.CSS_SELECTOR, "form.logout button").click()

        _login(browser, base, "hal")
        _arrive(browser, "/console/")
        nav = browser.find_element(By.CSS_SELECTOR, "nav").text
        assert "Assisted sessions" in nav and "Results" not in nav and "Commitments" not in nav
        browser.find_element(By.LINK_TEXT, "Assisted sessions").click()
        _arrive(browser, "/console/assisted")
        browser.find_element(By.XPATH, "//button[normalize-space(.)='Get a one-time code']"
                             ).click()
        # The code comes back on a new page: wait for it, not for the address (it is the same).
        code = WebDriverWait(browser, 10).until(
            lambda b: b.find_elements(By.CSS_SELECTOR, "p.code strong"))[0].text
        shots.take("assisted-code")
        shots.take("assisted-code-200", width=550)
        assert EndpointClient(base).start_assisted(code).minutes == 30

        report = sync_now(Here(vault), EndpointClient(base), tokens_of(vault))
        assert report.commitments_updated
        (commitment,) = cached_commitments(vault).commitments
        assert (commitment.percent, commitment.status) == (40, "in_progress")
        assert [m.done for m in commitment.milestones] == [True, False]
