"""The feature screens, in the order the sidebar shows them (imported on first unlock).

`FEATURE_VIEWS` is `[(key, title, ViewClass), ...]`. Titles are plain English source strings;
the shell translates them (`QCoreApplication.translate("Navigation", title)`), and the
`QT_TRANSLATE_NOOP` marks let lupdate find them. Each view takes `(session, parent=None)`, has
`refresh()` and `clear()`, and refreshes itself on `session.changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.views.appointments import AppointmentsView
from ui.views.checkins import CheckinsView
from ui.views.goals import GoalsView
from ui.views.logs import LogsView
from ui.views.medicines import MedicinesView
from ui.views.participation import ParticipationView
from ui.views.plan import PlanView
from ui.views.sharing import SharingView
from ui.views.social import SocialView
from ui.views.summary import SummaryView
from ui.views.today import TodayView

FEATURE_VIEWS: list[tuple[str, str, type]] = [
    ("today", str(QT_TRANSLATE_NOOP("Navigation", "Today")), TodayView),
    ("goals", str(QT_TRANSLATE_NOOP("Navigation", "What matters and goals")), GoalsView),
    ("plan", str(QT_TRANSLATE_NOOP("Navigation", "My plan")), PlanView),
    ("medicines", str(QT_TRANSLATE_NOOP("Navigation", "Medicines")), MedicinesView),
    ("appointments", str(QT_TRANSLATE_NOOP("Navigation", "Appointments")), AppointmentsView),
    ("summary", str(QT_TRANSLATE_NOOP("Navigation", "Health summary")), SummaryView),
    ("social", str(QT_TRANSLATE_NOOP("Navigation", "Community support")), SocialView),
    ("sharing", str(QT_TRANSLATE_NOOP("Navigation", "Share and back up")), SharingView),
    ("logs", str(QT_TRANSLATE_NOOP("Navigation", "Logs")), LogsView),
    ("checkins", str(QT_TRANSLATE_NOOP("Navigation", "Check-ins")), CheckinsView),
    ("participation", str(QT_TRANSLATE_NOOP("Navigation", "Taking part")), ParticipationView),
]

__all__ = [
    "FEATURE_VIEWS",
    "AppointmentsView",
    "CheckinsView",
    "GoalsView",
    "LogsView",
    "MedicinesView",
    "ParticipationView",
    "PlanView",
    "SharingView",
    "SocialView",
    "SummaryView",
    "TodayView",
]
