"""The carers' screens for `health-planner screenshots` (issue #24), in English and Urdu.

The demo profile cares for nobody, so these pictures come from a data folder of their own, made
in a temporary folder and deleted afterwards: Amira, who gave Sam manage access and Priya view
access ending within a month; Joan, who gave Sam view access ending within a month; and Sam,
who logged Amira's blood pressure through his grant. Shown: Sam's People I care for, Amira's
Logs opened by Sam ("entered by Sam (carer)"), Joan's Today through a view grant (writes
greyed out, and why), and Amira's Settings, Who can see my profile, with the reminder and the
access log.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from planner.vault import KdfParams, Profiles

PEOPLE = {"Amira": "amira kettle river", "Joan": "joan garden gate",
          "Priya": "priya blue door", "Sam": "sam yellow lamp"}


def _made(folder: Path, kdf: KdfParams | None) -> Profiles:
    """The carers' data folder (runs in the worker: key derivation and vault writes)."""
    from planner.domain.tracker import LogEntry, Tracker, TrackerKind
    from planner.vault.access import Access

    profiles = Profiles(folder, kdf=kdf)
    access = Access(profiles)
    opened = {name: profiles.create(name, passphrase)[0] for name, passphrase in PEOPLE.items()}
    try:
        for name in ("Sam", "Priya"):
            access.carer_key(opened[name]).wipe()
        amira = opened["Amira"]
        amira.trackers.save(Tracker(key="blood-pressure-top", label="Blood pressure (top number)",
                                    kind=TrackerKind.NUMERIC, unit="mmHg"))
        tracker = amira.trackers.by_key("blood-pressure-top")
        now = datetime.now(UTC).replace(microsecond=0)
        amira.logs.add(LogEntry(tracker_id=tracker.id, at=now - timedelta(days=1), value=131))
        soon = date.today() + timedelta(days=20)
        access.grant(amira, "Sam", "manage")
        access.grant(amira, "Priya", "view", soon)
        access.grant(opened["Joan"], "Sam", "view", soon)
        for name, vault in opened.items():
            if name != "Sam":  # his own stays open: he opens Amira's with it
                vault.lock()
        through = access.open_for(opened["Sam"], "Amira")
        try:
            through.logs.add(LogEntry(tracker_id=tracker.id, at=now, value=128,
                                      note="After breakfast"))
        finally:
            through.lock()
    finally:
        for vault in opened.values():
            if vault.is_open:
                vault.lock()
    return profiles


def take_carer_screenshots(
    shoot_into: Callable[[Any, str], None], settle: Callable[..., None],
    kdf: KdfParams | None,
) -> None:
    """`shoot_into(window, name)` saves a picture; `settle(app, runner, until=...)` turns
    the event loop until the worker is idle."""
    from PySide6.QtWidgets import QApplication

    from ui.app import build_shell
    from ui.preferences import Preferences
    from ui.tasks import TaskRunner

    with tempfile.TemporaryDirectory(prefix="health-planner-care-") as scratch:
        maker = TaskRunner()
        made: list[Profiles] = []
        failed: list[BaseException] = []
        maker.run(lambda: _made(Path(scratch), kdf), made.append, failed.append)
        maker.wait(600_000)
        settle(QApplication.instance(), maker, until=lambda: bool(made or failed))
        if failed:
            raise failed[0]
        shell = build_shell(None, profiles=Profiles(Path(scratch), kdf=kdf),
                            preferences=Preferences())
        app, runner, session = shell.app, shell.runner, shell.session
        window: Any = shell.window  # its views are looked up by key
        try:
            window.resize(1280, 800)
            window.show()
            settle(app, runner, until=lambda: window.start.page == "unlock")

            def unlock(name: str) -> None:
                session.unlock(name, PEOPLE[name], lambda exc: None)
                settle(app, runner, until=lambda: session.name == name)

            for language, tail in (("en_GB", ""), ("ur", "-urdu")):
                shell.preferences.update(language=language)
                settle(app, runner, until=lambda lang=language: shell.translations.language
                       == lang)
                unlock("Sam")
                window.go_to("caring")
                settle(app, runner)
                shoot_into(window, f"care-people-i-care-for{tail}")
                caring = window.view("caring")
                caring.people.setCurrentRow(0)
                caring.open_person()
                settle(app, runner, until=lambda: session.name == "Amira")
                window.go_to("logs")
                settle(app, runner)
                shoot_into(window, f"care-logs-entered-by-sam{tail}")
                window.go_to("caring")  # on to Joan, who gave view access only
                settle(app, runner)
                caring = window.view("caring")
                caring.people.setCurrentRow(1)
                caring.open_person()
                settle(app, runner, until=lambda: session.name == "Joan")
                window.go_to("today")
                settle(app, runner)
                shoot_into(window, f"care-view-only-today{tail}")
                session.lock()
                settle(app, runner)
                unlock("Amira")
                window.go_to("settings")
                settle(app, runner)
                settings = window.settings
                area = window.current_screen().area
                area.ensureWidgetVisible(settings.access.revoke_button, 0, 0)
                settle(app, runner)
                shoot_into(window, f"care-settings-access{tail}")
                area.ensureWidgetVisible(settings.access.log, 0, 0)
                settle(app, runner)
                shoot_into(window, f"care-settings-access-log{tail}")
                session.lock()
                settle(app, runner)
        finally:
            shell.preferences.update(language="en_GB")
            shell.shut_down()
            window.close()
            window.deleteLater()
            app.processEvents()
