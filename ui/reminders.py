"""Reminders while the app runs: a system-tray notification when one is due.

The schedule is read from the vault when the profile unlocks. When it locks, the titles are
dropped from memory and any reminder that falls due says only "Health Planner has a reminder":
a notification pops up over whatever else is on screen, and on a shared PC anyone may see it.
Each reminder is also said in the main window's status bar and announced to screen readers
(`announced`, ui/live.py), so one still reaches the person without a system tray (GNOME, the
offscreen platform) and without sight.

Doses and appointments remind too (#13): each dose of today and tomorrow not yet recorded at
its time, a snoozed dose when its snooze ends, and an appointment an hour before it starts.
The tray cannot carry buttons on every desktop, so Take, Skip and Snooze are on Today, which
lists the same doses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui.forms import guard
from ui.preferences import PreferenceStore
from ui.session import Session

if TYPE_CHECKING:  # the schedule code loads with the first reminder, after unlock (issue #6)
    from datetime import datetime

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QSystemTrayIcon

    from planner.domain.reminder import Reminder

CHECK_EVERY_MS = 30_000
REFILL_REMINDER_AT = (10, 0)  # hour, minute: a medicine running low is told then, daily
ALERT_WATCHES = frozenset({"medicines", "doses", "appointments"})


def _now() -> datetime:
    from datetime import datetime  # not before the first paint: ~2 ms of a cold start (#6)

    return datetime.now()


def reminder_messages(due: list[Reminder], *, locked: bool) -> list[tuple[str, str]]:
    """(title, body) of each notification to show for the reminders now due."""
    if not due:
        return []
    if locked:
        return [
            (
                QCoreApplication.translate("Reminders", "Health Planner"),
                QCoreApplication.translate("Reminders", "Health Planner has a reminder"),
            )
        ]
    title = QCoreApplication.translate("Reminders", "Reminder")
    return [(title, reminder.title) for reminder in due]


def load_alerts(vault: object, now: datetime) -> list[tuple[datetime, str]]:
    """(aware time, words) for each dose of today and tomorrow not yet recorded, each medicine
    running low (at 10:00), and each appointment of the next two days an hour before it (runs
    in the worker)."""
    from datetime import datetime, time, timedelta

    from planner.services import doses as dose_service

    found: list[tuple[datetime, str]] = []
    zone = dose_service.local_zone()
    day = now.astimezone(zone).date()
    for offset in (0, 1):
        for dose in dose_service.doses_on(vault, day + timedelta(days=offset), zone):  # type: ignore[arg-type]
            if dose.record is None:
                what = " ".join(p for p in (dose.medicine.name, dose.medicine.dose) if p)
                found.append(
                    (
                        dose.due,
                        QCoreApplication.translate("Reminders", "Time to take {what}").format(
                            what=what
                        ),
                    )
                )
    # Running low: once a day at 10:00, so there is time to ask the pharmacy that day.
    for medicine in dose_service.running_low(vault):  # type: ignore[arg-type]
        for offset in (0, 1):
            found.append(
                (
                    datetime.combine(day + timedelta(days=offset), time(*REFILL_REMINDER_AT), zone),
                    QCoreApplication.translate(
                        "Reminders", "Running low on {name}: time to order more."
                    ).format(name=medicine.name),
                )
            )
    for visit in dose_service.upcoming_appointments(vault, now, timedelta(days=2)):  # type: ignore[arg-type]
        found.append(
            (
                visit.at - timedelta(hours=1),
                QCoreApplication.translate("Reminders", "At {time}: {what}").format(
                    time=visit.at.astimezone().strftime("%H:%M"), what=visit.what_for
                ),
            )
        )
    return found


class ReminderNotifier(QObject):
    announced = Signal(str, str)  # title, body: what the notification said

    def __init__(
        self,
        session: Session,
        preferences: PreferenceStore,
        parent: QObject | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self._clock = clock or _now
        self._schedule: list[Reminder] = []
        self._alerts: list[tuple[datetime, str]] = []  # doses and appointments (#13)
        self._locked = True
        # Since when reminders are due; the start time as a plain timestamp so that datetime
        # needs not load before the first paint (it is the same moment as datetime.now()).
        self._last: datetime | float = clock() if clock is not None else time.time()
        self.tray: QSystemTrayIcon | None = None  # see `show_in_tray`
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()  # with or without a tray: the main window says them too
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._forget_titles)
        session.changed.connect(self._changed)

    def show_in_tray(self) -> None:
        """Put the icon in the system tray, if there is one, and start looking for what is
        due. The main window calls it after its first paint: the tray's Python type and
        enums (and, on a desktop with a tray, the icon and its D-Bus registration) are no part
        of what the start screen shows (issue #22, cold start)."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if self.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        app = QApplication.instance()
        icon = (
            app.windowIcon()
            if isinstance(app, QApplication) and not app.windowIcon().isNull()
            else self._fallback_icon()
        )
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(QCoreApplication.translate("Reminders", "Health Planner"))
        self.tray.show()
        self._timer.start()

    @staticmethod
    def _fallback_icon() -> QIcon:
        from PySide6.QtGui import QIcon

        app = QApplication.instance()
        if isinstance(app, QApplication):
            from PySide6.QtWidgets import QStyle  # ~5 ms of enums: only with a system tray

            return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return QIcon()

    @property
    def schedule(self) -> list[Reminder]:
        return list(self._schedule)

    def _tick(self) -> None:
        self.check()

    def _unlocked(self, _name: str) -> None:
        self.reload()

    def _changed(self, what: str) -> None:
        if what == "reminders":
            self.reload()
        elif what in ALERT_WATCHES or what == "all":
            self.reload_alerts()

    def reload(self) -> None:
        if not self.session.is_unlocked:
            return
        self.session.run(
            lambda vault: vault.reminders.all(),
            guard(self, self._loaded),
            on_failed=lambda _exc: None,
        )
        self.reload_alerts()

    def reload_alerts(self) -> None:
        if not self.session.is_unlocked:
            return
        moment = self._clock()
        self.session.run(
            lambda vault: load_alerts(vault, moment.astimezone()),
            guard(self, self._alerts_loaded),
            on_failed=lambda _exc: None,
        )

    def _alerts_loaded(self, alerts: list[tuple[datetime, str]]) -> None:
        if self.session.is_unlocked:
            self._alerts = list(alerts)

    @property
    def alerts(self) -> list[tuple[datetime, str]]:
        return list(self._alerts)

    def _loaded(self, reminders: list[Reminder]) -> None:
        if self.session.is_unlocked:
            self._schedule = list(reminders)
            self._locked = False

    def _forget_titles(self) -> None:
        """Keep when reminders fire, not what they say."""
        self._locked = True
        self._schedule = [
            r.model_copy(update={"title": "-", "target": "", "target_id": None})
            for r in self._schedule
        ]
        self._alerts = [(when, "-") for when, _words in self._alerts]

    def check(self, now: datetime | None = None) -> list[tuple[str, str]]:
        """Announce reminders due since the last check; returns what was announced."""
        now = now or self._clock()
        after, self._last = self._last, now
        if isinstance(after, float):
            from datetime import datetime

            after = datetime.fromtimestamp(after)
        if not self.preferences.value.reminders or now <= after:
            return []
        from ui.snoozes import snoozes

        snoozed = snoozes(self.session).due_between(after.astimezone(), now.astimezone())
        if not self._schedule and not self._alerts and not snoozed:
            return []
        from planner.services.schedule import due_between

        locked = self._locked or not self.session.is_unlocked
        messages = reminder_messages(due_between(self._schedule, after, now), locked=locked)
        start, end = after.astimezone(), now.astimezone()
        words = [w for when, w in self._alerts if start < when <= end]
        words += [s.title or "-" for s in snoozed]
        if words and locked:
            messages = messages or reminder_messages([None], locked=True)  # type: ignore[list-item]
        elif words:
            title = QCoreApplication.translate("Reminders", "Reminder")
            messages += [(title, w) for w in words]
        for title, body in messages:
            self.announced.emit(title, body)
            if self.tray is not None:
                from PySide6.QtWidgets import QSystemTrayIcon

                self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)
        return messages
