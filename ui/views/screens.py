"""The sidebar's screens as names only: key, title and where the view class lives.

The window lists every screen (sidebar, Go to menu, Ctrl+1..9, screen-reader names) from
`SCREENS` at unlock without importing a single view, and imports and builds each one the first
time a person goes to it (`view_class`). Building all of them at unlock took ~600 ms of the
UI thread on the 1M-entry vault: ~280 ms of imports Today does not need (`requests` through the
sync client, `pypdf` through printing) and ~210 ms of Qt polishing widgets nobody was looking at
(issue #22). `ui.views.registry.FEATURE_VIEWS` is the same list with the classes imported.

Titles are plain English source strings; the shell translates them
(`QCoreApplication.translate("Navigation", title)`), and the `QT_TRANSLATE_NOOP` marks let
lupdate find them. Each view takes `(session, parent=None)`, has `refresh()` and `clear()`, and
refreshes itself on `session.changed`.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
import time
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class ScreenEntry(NamedTuple):
    key: str
    title: str  # English source; translate in the "Navigation" context
    module: str
    cls: str


SCREENS: list[ScreenEntry] = [
    ScreenEntry("today", str(QT_TRANSLATE_NOOP("Navigation", "Today")),
                "ui.views.today", "TodayView"),
    ScreenEntry("goals", str(QT_TRANSLATE_NOOP("Navigation", "What matters and goals")),
                "ui.views.goals", "GoalsView"),
    ScreenEntry("plan", str(QT_TRANSLATE_NOOP("Navigation", "My plan")),
                "ui.views.plan", "PlanView"),
    ScreenEntry("medicines", str(QT_TRANSLATE_NOOP("Navigation", "Medicines")),
                "ui.views.medicines", "MedicinesView"),
    ScreenEntry("appointments", str(QT_TRANSLATE_NOOP("Navigation", "Appointments")),
                "ui.views.appointments", "AppointmentsView"),
    ScreenEntry("decisions", str(QT_TRANSLATE_NOOP("Navigation", "Deciding together")),
                "ui.views.decisions", "DecisionsView"),
    ScreenEntry("treatment", str(QT_TRANSLATE_NOOP("Navigation", "Where I am treated")),
                "ui.views.treatment", "TreatmentView"),
    ScreenEntry("summary", str(QT_TRANSLATE_NOOP("Navigation", "Health summary")),
                "ui.views.summary", "SummaryView"),
    ScreenEntry("social", str(QT_TRANSLATE_NOOP("Navigation", "Community support")),
                "ui.views.social", "SocialView"),
    ScreenEntry("budget", str(QT_TRANSLATE_NOOP("Navigation", "My health budget")),
                "ui.views.budget", "BudgetView"),
    ScreenEntry("sharing", str(QT_TRANSLATE_NOOP("Navigation", "Share and back up")),
                "ui.views.sharing", "SharingView"),
    ScreenEntry("logs", str(QT_TRANSLATE_NOOP("Navigation", "Logs")),
                "ui.views.logs", "LogsView"),
    ScreenEntry("checkins", str(QT_TRANSLATE_NOOP("Navigation", "Check-ins")),
                "ui.views.checkins", "CheckinsView"),
    ScreenEntry("participation", str(QT_TRANSLATE_NOOP("Navigation", "Taking part")),
                "ui.views.participation", "ParticipationView"),
    ScreenEntry("caring", str(QT_TRANSLATE_NOOP("Navigation", "People I care for")),
                "ui.views.caring", "CaringView"),
]


def view_class(entry: ScreenEntry) -> type:
    """The view class of `entry`, importing its module now if it was not yet."""
    cls: type = getattr(importlib.import_module(entry.module), entry.cls)
    return cls


def import_quietly(entries: list[ScreenEntry], pause: float = 0.05) -> threading.Thread:
    """Import the modules of `entries` in a thread of their own, one at a time, pausing between
    them. Building screens only when first opened made that first visit pay for its imports on
    the UI thread (~0.3-0.75 s for Share or Check-ins on a slow PC); importing them a little
    after unlock, while the person reads Today, leaves only the widgets to build. Not the task
    runner: these are not the person's work, so they must not show "Working…" or hold up a save,
    and the pauses let the UI thread take the interpreter lock between modules. Nothing here
    touches Qt objects or the vault; an import that fails is left for the visit to report."""

    def work() -> None:
        for entry in entries:
            with contextlib.suppress(Exception):
                importlib.import_module(entry.module)
            time.sleep(pause)

    thread = threading.Thread(target=work, name="import-screens", daemon=True)
    thread.start()
    return thread
