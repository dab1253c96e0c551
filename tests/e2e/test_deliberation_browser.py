"""The information pack page in a real browser (issue #26, point 2): an editor attaches a pack
to a draft consultation with the keyboard-and-form path a person uses, opens it, and once
people have answered sees the before/after figures. Screenshots at 1100 px and at 550 px (what
1100 px at 200 % zoom shows); HP_CONSOLE_SHOTS=DIR keeps them."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from test_console_browser import PASSWORD, Shots, _arrive, _button, _login, browser  # noqa: F401

from endpoint.app import create_app
from endpoint.testing import serve

TODAY = date(2026, 12, 1)


def _pairs(base: str, survey_id: str, moves: list[tuple[str, str]]) -> None:
    with requests.Session() as http:
        for before, after in moves:
            token = http.post(f"{base}/v1/contributors", json={}, timeout=10).json()["token"]
            item = {"id": str(uuid.uuid4()), "purpose": "surveys",
                    "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                    "body": {"kind": "deliberation", "survey_id": survey_id, "question_id": "q1",
                             "before": before, "after": after, "read_pack": True}}
            reply = http.post(f"{base}/v1/contributions", json={"items": [item]},
                              headers={"Authorization": f"Bearer {token}"}, timeout=10)
            assert reply.status_code == 200, reply.text


def test_an_editor_attaches_a_pack_in_a_browser_and_sees_before_and_after(
    browser: Any, tmp_path: Path  # noqa: F811
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    app = create_app(f"sqlite:///{tmp_path / 'endpoint.db'}", today=lambda: TODAY,
                     results_period=timedelta(0), registrations_per_minute=0,
                     rate_limit_per_minute=0)
    ops = app.state.operators
    org_id = next(iter(ops.organisations()))
    ops.add("eve", PASSWORD, "editor", [org_id], now=app.state.context.now())
    shots = Shots(browser, Path(os.environ.get("HP_CONSOLE_SHOTS") or tmp_path / "shots"))
    with serve(app) as base:
        driver = browser
        _login(driver, base, "eve")
        _arrive(driver, "/console/")
        driver.get(f"{base}/console/consultations/new")
        driver.find_element(By.ID, "title").send_keys("Care closer to home")
        driver.find_element(By.ID, "description").send_keys(
            "Should more clinics move into community centres?")
        Select(driver.find_element(By.ID, "organisation")).select_by_value(org_id)
        driver.execute_script("document.getElementById('closes_on').value = '2027-03-31'")
        driver.find_element(By.ID, "q0_text").send_keys(
            "Should clinics move into community centres?")
        driver.find_element(By.ID, "q0_options").send_keys("Agree\nUnsure\nDisagree")
        driver.find_element(By.ID, "q1_text").send_keys("How do you get to your clinic?")
        driver.find_element(By.ID, "q1_options").send_keys("Bus\nWalk")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        _arrive(driver, "/console/consultations")
        (survey_id,) = [d["id"] for d in app.state.context.store.list_surveys(drafts=True)
                        if d.get("organisation_id") == org_id]

        driver.find_element(By.PARTIAL_LINK_TEXT, "Information pack").click()
        _arrive(driver, f"/console/consultations/{survey_id}/pack")
        driver.find_element(By.ID, "pack_title").send_keys("What would change")
        driver.find_element(By.ID, "pair-q1").click()
        driver.find_element(By.ID, "s0_heading").send_keys("Today")
        driver.find_element(By.ID, "s0_body").send_keys(
            "Most clinics are in the hospital, 40 minutes away by bus.")
        driver.find_element(By.ID, "s1_heading").send_keys("The proposal")
        driver.find_element(By.ID, "s1_body").send_keys(
            "Three clinics would open in community centres in 2027.")
        driver.find_element(By.ID, "f0_title").send_keys("Journey times")
        driver.find_element(By.ID, "f0_unit").send_keys("minutes")
        driver.find_element(By.ID, "f0_caption").send_keys(
            "A community centre is nearer than the hospital for most people.")
        driver.find_element(By.ID, "f0_bars").send_keys("Hospital: 42\nCommunity centre: 15")
        shots.take("pack-form")
        shots.take("pack-form-200", width=550)
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        _arrive(driver, "/console/consultations")
        doc = next(d for d in app.state.context.store.list_surveys(drafts=True)
                   if d["id"] == survey_id)
        assert doc["deliberation"]["paired"] == ["q1"]
        assert doc["deliberation"]["pack"]["figures"][0]["bars"][1] == {
            "label": "Community centre", "value": 15.0}
        _button(driver, f"/console/consultations/{survey_id}/open").click()
        _arrive(driver, "/console/consultations")

        _pairs(base, survey_id, [("unsure", "agree")] * 10 + [("agree", "agree")] * 10
               + [("disagree", "disagree")] * 10 + [("unsure", "unsure")] * 10)
        driver.get(f"{base}/console/consultations/{survey_id}/pack")
        text = driver.find_element(By.TAG_NAME, "main").text
        assert "40 people read the pack and answered both times" in text
        assert "Agree 10 20 +10" in text and "Unsure 20 10 -10" in text
        shots.take("pack-before-after")
        shots.take("pack-before-after-200", width=550)
