"""Heard through a real screen-reader stack (issue #23, point 4).

Under Xvfb with its own session bus and AT-SPI bus (tests/e2e/atspi_stack.py), the real app
runs as its own process (`health-planner --data-dir DIR` on a copy of the demo profile, cheap
Argon2id injected as every test does; tests/e2e/atspi_app.py), with its language chosen in
Settings' file (`preferences.json`). tests/e2e/atspi_walker.py, run by the system Python that
has Debian's pyatspi, unlocks it and moves through every screen with the keyboard as a screen
reader user would, on every page of every tab list too, and checks each control on screen: a
role, a name that reads as words, a way to reach it from the keyboard, and that pressing Tab
round the window really reaches it; charts say their data in words and read a point out when
End is pressed on them; saving an entry on Today and a reminder falling due are announced
(AT-SPI `object:announcement`, what Orca speaks).

Without the stack the test fails with the one command that installs it, never skips:
`make screen-reader` and `.ci/run` install it (`scripts/system-deps.sh screen-reader`). It takes
about 50 s a language, so it is not in `make test` but in `make screen-reader`, which `make
soak` and `.ci/run` run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from atspi_stack import PACKAGES, SYSTEM_PYTHON, Stack, missing

from planner import demo

pytestmark = pytest.mark.screen_reader  # `make screen-reader` (and soak, .ci/run): ~2.5 min

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# The demo's charts: weight on What matters and on Logs, doses on Medicines, sessions on
# Community support, the ONS4, PHQ-9 and GAD-7 scores on their Check-ins pages, and how
# involved the person felt (collaboRATE) on Deciding together.
CHARTS = 8


def translated(language: str, context: str, source: str) -> str:
    """`source` as the app shows it in `language`, from the .ts file it was compiled from."""
    if language == "en_GB":
        return source
    tree = ET.parse(TRANSLATIONS / f"health_planner_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                text = message.findtext("translation") or ""
                assert text, f"{source!r} has no {language} translation"
                return text
    raise AssertionError(f"{context}/{source!r} is not in the {language} catalogue")


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    gone = missing()
    if gone:
        # Never a skip: a run without the stack has not proven anything is heard.
        pytest.fail(f"the screen-reader test needs the AT-SPI stack: {gone} missing "
                    f"(apt-get install -y {PACKAGES})")
    made = Stack(tmp_path / "desktop")
    made.start()
    yield made
    made.close()


@pytest.mark.parametrize("language", ["en_GB", "pl", "ur"])
def test_a_screen_reader_hears_every_screen(
    language: str, stack: Stack, demo_template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template / "profiles", data / "profiles")
    (data / "preferences.json").write_text(json.dumps({"language": language}), "utf-8")
    clock = tmp_path / "clock"
    env = {**stack.app_env(), "HP_TEST_CLOCK_FILE": str(clock),
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
    log = (tmp_path / "app.log").open("wb")
    app = subprocess.Popen([sys.executable, str(HERE / "atspi_app.py"), "--data-dir",
                            str(data)], env=env, stdout=log, stderr=subprocess.STDOUT)
    started = time.monotonic()
    try:
        walk = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_walker.py"), str(app.pid),
             demo.DEMO_PASSPHRASE, str(clock)],
            env={**stack.env, "PYTHONPATH": ""}, capture_output=True, text=True,
            timeout=600, check=False)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(5)
        log.close()
    print(f"AT-SPI walk in {language}: {time.monotonic() - started:.1f} s")
    print(walk.stderr)
    assert walk.returncode == 0, (walk.stderr[-3000:]
                                  + (tmp_path / "app.log").read_text("utf-8", "replace")[-3000:])
    report = json.loads(walk.stdout)
    (tmp_path / "report.json").write_text(walk.stdout, "utf-8")

    titles = [title for title, _count in report["screens"]]
    from ui.views.screens import SCREENS

    # The start screen, then every screen in the sidebar (each feature screen and Settings).
    assert len(titles) == 1 + len(SCREENS) + 1
    assert all(count > 0 for _title, count in report["screens"]), report["screens"]

    assert len(report["charts"]) == CHARTS, report["charts"]

    # Saving an entry is announced, in the person's language, as the status line says it.
    saved = translated(language, "TodayView", "Saved: {value}.")
    pattern = re.escape(saved).replace(re.escape("{value}"), "(.+)")
    match = re.fullmatch(pattern, report["saved_status"])
    assert match is not None, report["saved_status"]
    assert "84" in match.group(1)
    # On a chart, End reads the latest point out: the weight just saved.
    assert report["chart_point"].endswith("84 kg"), report["chart_point"]
    # A reminder falling due is announced at once (assertive), with what it is about.
    reminder_text, politeness = report["reminder"]
    title = translated(language, "Reminders", "Reminder")
    line = translated(language, "LiveRegion", "{title}: {body}")
    assert reminder_text == line.format(title=title, body="Take my tablets")
    assert politeness == "2"  # AT-SPI: 1 polite, 2 assertive

    # Every control on every screen: a role, a name that reads as words, a keyboard path.
    assert not report["problems"], "\n".join(report["problems"])
