"""The operator console in a real browser, then the desktop app syncing against that server.

Debian's Chromium, driven by Selenium through Debian's chromedriver (`.ci/run` installs both
when it runs as root with apt-get): an editor logs in, writes and opens a consultation; the
desktop client (a real vault, `sync_now` over HTTP) downloads it and answers; the editor closes
it and publishes "you said, we did"; the next sync brings the response into the vault's cache
and the Taking part data shows it. Every console page is saved as a screenshot (set
HP_CONSOLE_SHOTS=DIR to keep them; they go to the test's tmp_path otherwise).

Without Chromium and chromedriver the test fails with the one command that installs them;
`make test` installs them itself where it may (as root), as .ci/run does.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from endpoint.app import create_app
from endpoint.testing import serve
from sync import consent, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import cached_responses, cached_surveys, sync_now
from sync.tokens import tokens_of

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
TODAY = date(2026, 12, 1)
PASSWORD = "a long enough passphrase"

_MISSING = (
    "Browser test did NOT run: Debian's chromium and chromium-driver are not installed "
    "(apt-get install -y chromium chromium-driver)."
)


def _need_browser() -> None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing = "the selenium package is not installed (pip install health-planner[test])"
    else:
        missing = "" if CHROMIUM and CHROMEDRIVER else _MISSING
    if missing:
        # Never a skip: a run without the browser has not proven the console works.
        pytest.fail(f"the browser test needs a browser: {missing}")


@pytest.fixture
def browser() -> Iterator[Any]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-dev-shm-usage", "--window-size=1100,1400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                              options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


class Shots:
    def __init__(self, driver: Any, folder: Path) -> None:
        self.driver, self.folder, self.n = driver, folder, 0
        folder.mkdir(parents=True, exist_ok=True)

    def take(self, name: str, width: int = 1100) -> None:
        """Save the whole page; `width=550` shows it as 1100 pixels at 200 % zoom would."""
        self.n += 1
        self.driver.set_window_size(width, 800)
        height = self.driver.execute_script("return document.body.scrollHeight")
        self.driver.set_window_size(width, max(800, min(int(height) + 120, 4000)))
        self.driver.save_screenshot(str(self.folder / f"{self.n:02d}-{name}.png"))


def _login(driver: Any, base: str, username: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/console/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()


def _arrive(driver: Any, suffix: str) -> None:
    """Wait until the browser has followed the form's redirect to a new page ending in suffix.

    A form on /console/consultations posts and comes back to /console/consultations: the address
    alone says nothing has happened yet, and a test that went on read the store before the post
    was handled (CI failed so). Each page _arrive has seen is marked in its own window object,
    which a new document does not carry, so only a page loaded since counts."""
    from selenium.webdriver.support.ui import WebDriverWait

    def _new_page(d: Any) -> bool:
        return bool(d.current_url.endswith(suffix) and d.execute_script(
            "return document.readyState === 'complete' && !window.__hpArrived"))

    WebDriverWait(driver, 15).until(_new_page, f"never reached a new page at {suffix}")
    driver.execute_script("window.__hpArrived = true")


def _button(driver: Any, form_action: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, f'form[action="{form_action}"] button')


def test_console_in_a_browser_then_the_app_shows_the_response(
    browser: Any, vault: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from ui.views import participation

    app = create_app(f"sqlite:///{tmp_path / 'endpoint.db'}", today=lambda: TODAY,
                     results_period=__import__("datetime").timedelta(0))
    ops = app.state.operators
    org_id, org_name = next(iter(ops.organisations().items()))
    now = app.state.context.now()
    ops.add("eve", PASSWORD, "editor", [org_id], now=now)
    ops.add("root", PASSWORD, "admin", now=now)
    shots = Shots(browser, Path(os.environ.get("HP_CONSOLE_SHOTS") or tmp_path / "shots"))
    with serve(app) as base:
        driver = browser
        driver.get(f"{base}/console/login")
        shots.take("login")
        _login(driver, base, "eve")
        _arrive(driver, "/console/")
        assert "Dashboard" in driver.title
        shots.take("dashboard")

        # Write a consultation: the form works without JavaScript; only the date field is
        # set through the DOM, because typing a date depends on the browser's locale.
        driver.get(f"{base}/console/consultations/new")
        driver.find_element(By.ID, "title").send_keys("Lunch club times")
        driver.find_element(By.ID, "description").send_keys(
            "We are changing when the lunch club meets. Tell us what suits you.")
        Select(driver.find_element(By.ID, "organisation")).select_by_value(org_id)
        driver.execute_script("document.getElementById('closes_on').value = '2027-01-31'")
        driver.find_element(By.ID, "q0_text").send_keys("Which day suits you best?")
        driver.find_element(By.ID, "q0_options").send_keys("Monday\nWednesday\nFriday")
        driver.find_element(By.ID, "q1_text").send_keys("How likely are you to come?")
        Select(driver.find_element(By.ID, "q1_type")).select_by_value("scale")
        shots.take("consultation-new")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        _arrive(driver, "/console/consultations")
        (survey_id,) = [d["id"] for d in app.state.context.store.list_surveys(drafts=True)
                        if d.get("organisation_id") == org_id]
        shots.take("consultations-draft")
        driver.get(f"{base}/console/consultations/{survey_id}/edit")
        shots.take("consultation-edit")
        driver.get(f"{base}/console/consultations")
        _button(driver, f"/console/consultations/{survey_id}/open").click()
        _arrive(driver, "/console/consultations")
        shots.take("consultations-open")

        # The desktop app: consent, download, answer, send.
        consent.record(vault, "surveys", "given")
        state.set_endpoint(vault, base)
        client = EndpointClient(base, retries=2, backoff=0.01)
        sync_now(Here(vault), client, tokens_of(vault))
        survey = next(s for s in cached_surveys(vault).surveys if s.id == survey_id)
        assert survey.organisation == org_name
        question = survey.questions[0]
        outbox.queue_survey_answer(vault, survey.id, question.id, question.options[1].id)
        assert sync_now(Here(vault), client, tokens_of(vault)).sent == 1

        # Close it and say what was done.
        driver.get(f"{base}/console/consultations")
        _button(driver, f"/console/consultations/{survey_id}/close").click()
        _arrive(driver, "/console/consultations")
        shots.take("consultations-closed")
        driver.find_element(By.PARTIAL_LINK_TEXT, "you said, we did").click()
        driver.find_element(By.ID, "title").send_keys("Wednesdays it is")
        driver.find_element(By.ID, "body").send_keys(
            "You said Wednesday suits most of you. From January the club meets on "
            "Wednesdays at 12:30.")
        shots.take("response-form")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        _arrive(driver, "/console/consultations")

        driver.get(f"{base}/console/results")
        assert "Lunch club times" in driver.page_source
        shots.take("results")
        driver.get(f"{base}/console/results?borough=Hackney")
        shots.take("results-hackney")
        driver.get(f"{base}/console/directory")
        shots.take("directory")
        driver.get(f"{base}/console/directory/new")
        shots.take("service-new")
        driver.get(f"{base}/console/remarks")
        shots.take("remarks")
        driver.get(f"{base}/console/consultations")
        shots.take("consultations-at-200-percent", width=550)
        wide = driver.execute_script(
            "return document.documentElement.scrollWidth > window.innerWidth + 1")
        assert not wide, "the page scrolls sideways at 200 % zoom"
        driver.get(f"{base}/console/consultations/new")
        shots.take("consultation-new-at-200-percent", width=550)
        driver.get(f"{base}/console/audit")
        shots.take("refused-audit-for-editor")
        _button(driver, "/console/logout").click()
        _arrive(driver, "/console/login")
        _login(driver, base, "root")
        _arrive(driver, "/console/")
        driver.get(f"{base}/console/audit")
        assert "response.publish" in driver.page_source
        shots.take("audit")
        driver.get(f"{base}/console/login")
        driver.find_element(By.ID, "username").send_keys("nobody")
        driver.find_element(By.ID, "password").send_keys("wrong password")
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        shots.take("login-failed")

        # Back in the app: the next sync brings the response, shown offline from the cache.
        report = sync_now(Here(vault), client, tokens_of(vault))
        assert report.responses_updated
    (response,) = cached_responses(vault).responses
    assert response.title == "Wednesdays it is" and response.organisation == org_name
    data = participation.load(vault)  # the server is gone: this is the vault's cache
    assert [r.title for r in data.responses] == ["Wednesdays it is"]
