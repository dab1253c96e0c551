"""Share and back up's "Export" tab: log entries as CSV for a spreadsheet, and reminders and
review dates as an iCalendar file.

A mixin of `SharingView` (see ui/views/sharing_tab.py for why the tabs are mixins); the words
keep the view's translation context, "SharingView".
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.share import csv as csv_share
from planner.share import ics
from ui.views.base import paragraph
from ui.views.sharing_tab import Period, SharingTab, midnight
from ui.widgets import wording
from ui.widgets.responsive import labelled


class ExportTab(SharingTab):
    """The "Export" tab; `SharingView` inherits it."""

    def _build_export(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        logs = QGroupBox(
            QCoreApplication.translate("SharingView", "Log entries for a spreadsheet (CSV)"), page
        )
        logs_layout = QVBoxLayout(logs)
        logs_layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "SharingView",
                    "One row for each entry, oldest first, with the time and its time zone. "
                    "Opens in Excel, LibreOffice and Numbers, and can be imported again.",
                ),
                logs,
            )
        )
        self.csv_period = self._period_combo(logs, with_all=True)
        self.csv_period.setAccessibleName(
            QCoreApplication.translate("SharingView", "Which log entries to save")
        )
        self.csv_from, self.csv_to, self.csv_dates = self._date_row(logs)
        logs_layout.addWidget(
            labelled(
                QLabel(QCoreApplication.translate("SharingView", "&Which entries:"), logs),
                self.csv_period,
                logs,
            )
        )
        logs_layout.addWidget(self.csv_dates)
        self.csv_period.currentIndexChanged.connect(self._csv_period_changed)
        self.save_csv_button = self._button(
            QCoreApplication.translate("SharingView", "Save log entries as CS&V…"),
            QCoreApplication.translate("SharingView", "Save log entries as CSV"),
            self.save_csv,
        )
        row = QHBoxLayout()
        row.addWidget(self.save_csv_button)
        row.addStretch(1)
        logs_layout.addLayout(row)
        layout.addWidget(logs)

        calendar = QGroupBox(
            QCoreApplication.translate(
                "SharingView", "Reminders and review dates for a calendar (iCalendar)"
            ),
            page,
        )
        calendar_layout = QVBoxLayout(calendar)
        calendar_layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "SharingView",
                    "Your reminders, the actions in your plan that repeat or have a date, and "
                    "your plan's review date, as a file Outlook, Google Calendar or a phone "
                    "can add to its calendar.",
                ),
                calendar,
            )
        )
        self.save_ics_button = self._button(
            QCoreApplication.translate("SharingView", "Save a &calendar file…"),
            QCoreApplication.translate(
                "SharingView", "Save reminders and review dates as a calendar file"
            ),
            self.save_ics,
        )
        row = QHBoxLayout()
        row.addWidget(self.save_ics_button)
        row.addStretch(1)
        calendar_layout.addLayout(row)
        layout.addWidget(calendar)
        layout.addStretch(1)
        self._csv_period_changed()
        return page

    def _csv_period_changed(self, *_args: object) -> None:
        self.csv_dates.setVisible(self.csv_period.currentData() == Period.CHOOSE)

    def save_csv(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("csv")
        if out is None:
            return
        first, last = self._period_dates(self.csv_period, self.csv_from, self.csv_to)
        start = midnight(first) if first else None
        end = midnight(last + timedelta(days=1)) if last else None
        self._job(
            QCoreApplication.translate("SharingView", "Saving log entries…"),
            lambda vault, _progress: csv_share.write_csv(vault, out, start, end),
            lambda n: self._saved(
                (
                    QCoreApplication.translate("SharingView", "Saved 1 log entry to {path}.")
                    if n == 1
                    else QCoreApplication.translate(
                        "SharingView", "Saved {n} log entries to {path}.", None, n
                    )
                ).format(n=wording.number(n), path=out)
            ),
        )

    def save_ics(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("ics")
        if out is None:
            return
        self._job(
            QCoreApplication.translate("SharingView", "Saving the calendar file…"),
            lambda vault, _progress: ics.write_ics(vault, out),
            lambda n: self._saved(
                (
                    QCoreApplication.translate("SharingView", "Saved 1 calendar event to {path}.")
                    if n == 1
                    else QCoreApplication.translate(
                        "SharingView", "Saved {n} calendar events to {path}.", None, n
                    )
                ).format(n=wording.number(n), path=out)
            ),
        )
