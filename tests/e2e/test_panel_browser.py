"""The console's citizens' panel page in a real browser (Debian's Chromium through Selenium, as
tests/e2e/test_console_browser.py): an editor filters to a borough, loads its population shares
from a CSV file, and an admin draws a stratified invitation; the page shows protected counts
only, never a member, and the draw's seed lands in the audit log."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from endpoint.app import create_app
from endpoint.store import audit_log
from endpoint.testing import serve
from tests.e2e.test_console_browser import PASSWORD, TODAY, Shots, _arrive, _login, browser

__all__ = ["browser"]  # the fixture, shared with the console's browser test

MEMBERS = {"16-24": 8, "25-34": 14, "35-44": 16, "45-54": 12, "55-64": 11, "65-74": 9, "75+": 5}


def _join_all(base: str) -> None:
    http = requests.Session()
    for band, n in MEMBERS.items():
        for i in range(n):
            made = http.post(f"{base}/v1/contributors", json={}, timeout=10).json()
            carer = "yes" if i % 4 == 0 else "no"
            reply = http.put(f"{base}/v1/panel/membership", timeout=10,
                             json={"age_band": band, "borough": "Camden", "carer": carer},
                             headers={"Authorization": f"Bearer {made['token']}"})
            assert reply.status_code == 200, reply.text


def test_the_panel_page_in_a_browser(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    app = create_app(f"sqlite:///{tmp_path / 'endpoint.db'}", today=lambda: TODAY,
                     registrations_per_minute=0, rate_limit_per_minute=0)
    ops = app.state.operators
    org_id = next(iter(ops.organisations()))
    now = app.state.context.now()
    ops.add("eve", PASSWORD, "editor", [org_id], now=now)
    ops.add("root", PASSWORD, "admin", now=now)
    shares = tmp_path / "camden.csv"
    shares.write_text("age_band,share\n16-24,0.14\n25-34,0.22\n35-44,0.18\n45-54,0.15\n"
                      "55-64,0.12\n65-74,0.10\n75+,0.09\n", encoding="utf-8")
    shots = Shots(browser, Path(os.environ.get("HP_CONSOLE_SHOTS") or tmp_path / "shots"))
    with serve(app) as base:
        _join_all(base)
        _login(browser, base, "eve")
        _arrive(browser, "/console/")
        browser.find_element(By.LINK_TEXT, "Panel").click()
        _arrive(browser, "/console/panel")
        assert "Camden" in browser.find_element(By.TAG_NAME, "table").text
        shots.take("panel-boroughs")
        Select(browser.find_element(By.ID, "borough")).select_by_visible_text("Camden")
        browser.find_element(By.CSS_SELECTOR, 'form[action="/console/panel"] button').click()
        _arrive(browser, "age_band=")
        browser.find_element(By.ID, "file").send_keys(str(shares))
        browser.find_element(By.CSS_SELECTOR,
                             'form[action="/console/panel/population"] button').click()
        _arrive(browser, "/console/panel?borough=Camden")
        text = browser.find_element(By.TAG_NAME, "main").text
        assert "Members in Camden: 75" in text and "22.0 %" in text
        assert "hidden" in text  # 75+ has 5 members: hidden, with what would give it away
        shots.take("panel-camden")
        shots.take("panel-camden-200", width=550)

        browser.delete_all_cookies()
        _login(browser, base, "root")
        _arrive(browser, "/console/")
        browser.get(f"{base}/console/panel?borough=Camden")
        browser.find_element(By.ID, "size").send_keys("20")
        browser.find_element(By.ID, "seed").send_keys("camden-2026-12")
        browser.find_element(By.CSS_SELECTOR, 'form[action="/console/panel/invite"] button').click()
        _arrive(browser, "drawn=20")
        notice = browser.find_element(By.CSS_SELECTOR, "p.notice").text
        assert notice.startswith("Invitations were drawn for a sample of 20.")
        shots.take("panel-drawn")
        with app.state.context.store.engine.connect() as conn:
            targets = conn.execute(select(audit_log.c.target).where(
                audit_log.c.action == "panel.invite")).scalars().all()
        assert len(targets) == 1 and targets[0].endswith("borough=Camden size=20 "
                                                         "seed=camden-2026-12")
