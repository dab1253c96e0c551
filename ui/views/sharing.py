"""Share and back up: a summary for the GP, exports, imports, backups and restores.

Four tabs:

- **Share with my GP**: the person ticks what goes in (each `ReportOptions` section, the NHS
  number and date of birth on their own, which measurements to chart, the period), sees the
  very summary that will be printed (the same HTML, charts included; the PDF adds page breaks
  and page numbers), and saves it as a PDF or as a FHIR file for GP systems. The summary's
  language and direction follow the app's (Urdu runs right to left).
- **Export**: log entries as CSV for a spreadsheet, reminders and review dates as iCalendar.
- **Import**: a CSV, FHIR or backup file is checked in full first (`planner.share.files.check_file`,
  a dry run), the person sees what it holds, and only then is it added, all or nothing. A file
  that is refused lists every line to fix and leaves the profile as it was.
- **Back up and restore**: a backup locked with its own passphrase; a restore as a new profile
  next to this one, or over this one (after typing its name; the current vault is copied aside
  first).

Every file job (charts, PDF, FHIR, CSV, iCalendar, import, Argon2id for backups) runs in the
serial worker through the session, with a progress bar; failures are plain sentences
(`user_message`). The file dialogs go through `choose_save_path(kind)` and
`choose_open_path(kind)`: tests set those attributes to return a path (a file chooser cannot be
driven offscreen); everything after the choice is the real code.

This module holds the view itself: its frame, the job runner every tab uses, loading, and the
"Back up and restore" tab's making of a backup. The other tabs are mixins the view inherits,
one module each: sharing_gp.py, sharing_export.py and sharing_import.py (importing, and
restoring a backup); sharing_tab.py says why.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.tracker import Tracker, TrackerKind
from planner.share import backup as backups
from planner.share import report
from planner.share.backup import save_backup
from planner.share.importing import ImportResult
from planner.vault import KdfParams, Vault
from ui import forms
from ui.printing import ensure_app
from ui.session import Locked, Session
from ui.sharing_ops import Preview
from ui.tasks import Progress
from ui.views.base import FeatureView, heading, paragraph
from ui.views.sharing_export import ExportTab
from ui.views.sharing_gp import GpTab
from ui.views.sharing_import import ImportTab
from ui.views.sharing_tab import Period, as_day
from ui.widgets import wording
from ui.widgets.forms import user_message
from ui.widgets.passphrase import PassphraseField
from ui.widgets.tabs import short_tabs

PREVIEW_DELAY_MS = 350  # ticking three boxes in a row builds one preview, not three
MIN_BACKUP_PASSPHRASE = backups.MIN_BACKUP_PASSPHRASE


@dataclass(frozen=True)
class SharingData:
    trackers: list[Tracker]  # the ones that can be charted (numbers, 0-10, yes/no)
    has_nhs_number: bool
    has_date_of_birth: bool


def file_stamp(today: date | None = None) -> str:
    return (today or date.today()).isoformat()


def default_name(kind: str, profile: str = "", today: date | None = None) -> str:
    """The file name a save dialog suggests, e.g. "health-plan-2026-11-24.pdf"."""
    stamp = file_stamp(today)
    if kind == "pdf":
        return f"health-plan-{stamp}.pdf"
    if kind == "fhir":
        return f"health-plan-{stamp}.fhir.json"
    if kind == "csv":
        return f"health-log-{stamp}.csv"
    if kind == "ics":
        return f"health-reminders-{stamp}.ics"
    safe = re.sub(r"[^\w-]+", "-", profile).strip("-").lower() or "profile"
    return f"health-planner-{safe}-{stamp}.hpbackup"


class BackupPassphraseField(PassphraseField):
    """A passphrase for a backup: at least 8 characters, with the strength hint."""

    def _update_hint(self, text: str) -> None:
        if self.hint is None:
            return
        if not text:
            message = QCoreApplication.translate(
                "SharingView",
                "Use at least %n characters. 3 or 4 random words are easy to remember and "
                "hard to guess.",
                None,
                MIN_BACKUP_PASSPHRASE,
            )
        elif len(text) < MIN_BACKUP_PASSPHRASE:
            message = QCoreApplication.translate(
                "SharingView",
                "Too short for a backup: %n more character(s) needed.",
                None,
                MIN_BACKUP_PASSPHRASE - len(text),
            )
        else:
            message = forms.passphrase_hint(text)[1]
        self.hint.setText(message)
        self.edit.setAccessibleDescription(message)


# -- the screen -----------------------------------------------------------------------------


class SharingView(GpTab, ExportTab, ImportTab, FeatureView[SharingData]):
    """Share with my GP, export, import, back up and restore."""

    WATCHES = frozenset(
        {"trackers", "person", "logs", "goals", "plan", "questionnaires", "reminders"}
    )

    GP, EXPORT, IMPORT, BACKUP = range(4)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        ensure_app()  # the printing fonts, loaded here in the UI thread before any job
        self.setAccessibleName(self.tr("Share and back up"))
        # None: the Argon2id cost calibrated on this PC, as for profiles (keys.calibrated);
        # tests inject cheap parameters.
        self.backup_kdf: KdfParams | None = None
        self._trackers: list[Tracker] = []
        self._preview: tuple[report.ReportOptions, Preview] | None = None
        self._preview_asked = 0
        self._preview_stale = False  # the data changed while the GP tab was not chosen
        self._busy = False
        self._import_path: Path | None = None
        self._import_kind: str | None = None
        self._import_secret: str | None = None
        self._import_checked: ImportResult | None = None
        self._stop_reading = threading.Event()  # the Stop button of a phone import (#19)
        self.setAcceptDrops(True)  # a file dropped on the screen is imported (#19)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Share and back up"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A summary for your GP, your records for other apps, and backups. "
                    "Nothing leaves this computer unless you save it somewhere yourself."
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sharing sections"))
        self.tabs.addTab(self._build_gp(), self.tr("&Share with my GP"))
        self.tabs.addTab(self._build_export(), self.tr("E&xport"))
        self.tabs.addTab(self._build_import(), self.tr("&Import"))
        self.tabs.addTab(self._build_backup(), self.tr("&Back up and restore"))
        # Short names at large text sizes; the whole name stays in the tooltip (#23).
        self.tab_names = short_tabs(self.tabs, [
            (self.tr("&Share with my GP"), self.tr("GP &summary")),
            (self.tr("E&xport"), self.tr("E&xport")),
            (self.tr("&Import"), self.tr("&Import")),
            (self.tr("&Back up and restore"), self.tr("&Back up")),
        ])
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout.addWidget(self.tabs, 1)

        self.work_row = QWidget(self)
        work = QHBoxLayout(self.work_row)
        work.setContentsMargins(0, 0, 0, 0)
        self.work_label = QLabel(self.work_row)
        self.progress = QProgressBar(self.work_row)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumWidth(260)
        work.addWidget(self.work_label, 1)
        work.addWidget(self.progress)
        self.stop_button = self._button(
            self.tr("&Stop"), self.tr("Stop reading the phone export"), self.stop_reading
        )
        self.stop_button.setVisible(False)
        work.addWidget(self.stop_button)
        self.work_row.setVisible(False)
        layout.addWidget(self.work_row)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._options_changed()

    # -- building: pieces every tab uses --------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = forms.button(text, accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _period_combo(self, parent: QWidget, *, with_all: bool) -> QComboBox:
        combo = QComboBox(parent)
        if with_all:
            combo.addItem(self.tr("Every entry"), Period.ALL)
        combo.addItem(self.tr("The last month"), Period.MONTH)
        combo.addItem(self.tr("The last 3 months"), Period.QUARTER)
        combo.addItem(self.tr("The last year"), Period.YEAR)
        combo.addItem(self.tr("Dates I choose"), Period.CHOOSE)
        combo.setCurrentIndex(combo.findData(Period.ALL if with_all else Period.QUARTER))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _date_row(self, parent: QWidget) -> tuple[QDateEdit, QDateEdit, QWidget]:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        start = QDateEdit(row)
        end = QDateEdit(row)
        today = QDate.currentDate()
        for edit, day, name in (
            (start, today.addMonths(-3).addDays(1), self.tr("From date")),
            (end, today, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDate(day)
            edit.setMaximumDate(today)
            edit.setAccessibleName(name)
        label_from = QLabel(self.tr("from"), row)
        label_from.setBuddy(start)
        label_to = QLabel(self.tr("to"), row)
        label_to.setBuddy(end)
        layout.addWidget(label_from)
        layout.addWidget(start)
        layout.addWidget(label_to)
        layout.addWidget(end)
        layout.addStretch(1)
        return start, end, row

    # -- building: Back up and restore ----------------------------------------------------

    def _build_backup(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        make = QGroupBox(self.tr("Make a backup"), page)
        make_layout = QVBoxLayout(make)
        make_layout.addWidget(
            paragraph(
                self.tr(
                    "A backup is one file with everything in this profile, locked with a "
                    "passphrase of its own. Keep it on a USB stick or another computer. "
                    "Without its passphrase nobody can open it, not even you."
                ),
                make,
            )
        )
        self.backup_secret = BackupPassphraseField(
            self.tr("Passphrase for the backup"), hint=True, parent=make
        )
        make_layout.addWidget(
            forms.buddy(self.tr("Backup p&assphrase:"), self.backup_secret.edit)
        )
        make_layout.addWidget(self.backup_secret)
        self.backup_repeat = forms.line_edit(self.tr("Type the backup passphrase again"),
                                             password=True)
        make_layout.addWidget(forms.buddy(self.tr("T&ype it again:"), self.backup_repeat))
        make_layout.addWidget(self.backup_repeat)
        self.backup_error = forms.message_label()
        make_layout.addWidget(self.backup_error)
        self.save_backup_button = self._button(
            self.tr("Save the back&up…"), self.tr("Save a backup of this profile"),
            self.make_backup,
        )
        self.backup_repeat.returnPressed.connect(self.make_backup)
        row = QHBoxLayout()
        row.addWidget(self.save_backup_button)
        row.addStretch(1)
        make_layout.addLayout(row)
        layout.addWidget(make)

        restore = QGroupBox(self.tr("Restore from a backup"), page)
        restore_layout = QVBoxLayout(restore)
        restore_layout.addWidget(
            paragraph(
                self.tr(
                    "Bring a backup back as a new profile next to this one, or put it in "
                    "place of this profile. You need the backup's passphrase."
                ),
                restore,
            )
        )
        self.restore_button = self._button(
            self.tr("&Restore from a backup…"), self.tr("Restore from a backup"),
            self.restore_backup,
        )
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        restore_layout.addLayout(row)
        layout.addWidget(restore)
        layout.addStretch(1)
        return page

    # -- loading --------------------------------------------------------------------------

    def _load(self, vault: Vault) -> SharingData:
        person = vault.person.get()
        trackers = [
            t for t in vault.trackers.all() if not t.archived and t.kind is not TrackerKind.TEXT
        ]
        return SharingData(
            trackers=trackers,
            has_nhs_number=bool(person and person.nhs_number),
            has_date_of_birth=bool(person and person.date_of_birth),
        )

    def _show(self, data: SharingData) -> None:
        left_out = {
            str(self.tracker_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.tracker_list.count())
            if self.tracker_list.item(i).checkState() != Qt.CheckState.Checked
        }
        self._trackers = data.trackers
        self.tracker_list.blockSignals(True)
        self.tracker_list.clear()
        for tracker in data.trackers:
            item = QListWidgetItem(tracker.label)
            item.setData(Qt.ItemDataRole.UserRole, tracker.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if tracker.key in left_out else Qt.CheckState.Checked
            )
            self.tracker_list.addItem(item)
        self.tracker_list.blockSignals(False)
        self._fit_tracker_list()
        self.show_nhs.setVisible(data.has_nhs_number)
        self.show_dob.setVisible(data.has_date_of_birth)
        self._options_changed()
        self._preview_timer.stop()
        self._data_changed_preview()

    def _clear(self) -> None:
        self._preview_timer.stop()
        self._preview_asked += 1
        self._preview = None
        self._preview_stale = False
        self._trackers = []
        self._busy = False
        self.preview.clear()
        self.preview_state.clear()
        self.tracker_list.clear()
        self.backup_secret.clear()
        self.backup_repeat.clear()
        forms.show_message(self.backup_error, "")
        self._reset_import()
        self.work_row.setVisible(False)
        self._set_buttons_enabled(True)

    # -- the keyboard's way in ------------------------------------------------------------

    def focus_gp(self) -> None:
        """Show "Share with my GP" with its first choice focused (the plan screen's
        "Share with my GP…" button lands here)."""
        self.tabs.setCurrentIndex(self.GP)
        first = self.include["details"]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- file choosers (tests replace these attributes) -----------------------------------

    def choose_save_path(self, kind: str) -> Path | None:
        """Where to save a file of `kind` ("pdf", "fhir", "csv", "ics", "backup")."""
        titles = {
            "pdf": (self.tr("Save the summary for your GP"), self.tr("PDF files (*.pdf)")),
            "fhir": (self.tr("Save for GP systems"), self.tr("FHIR files (*.json)")),
            "csv": (self.tr("Save log entries"), self.tr("CSV files (*.csv)")),
            "ics": (self.tr("Save a calendar file"), self.tr("Calendar files (*.ics)")),
            "backup": (self.tr("Save a backup"), self.tr("Health Planner backups (*.hpbackup)")),
        }
        title, pattern = titles[kind]
        suggested = str(Path.home() / default_name(kind, self.session.name or ""))
        chosen, _filter = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return Path(chosen) if chosen else None

    def choose_open_path(self, kind: str) -> Path | None:
        """Which file to read: "import" (CSV, FHIR or a backup) or "backup"."""
        if kind == "backup":
            title = self.tr("Choose a backup to restore")
            pattern = self.tr("Health Planner backups (*.hpbackup);;All files (*)")
        else:
            title = self.tr("Choose a file to import")
            pattern = self.tr(
                "Files the planner reads (*.csv *.json *.hpbackup *.zip *.xml);;All files (*)"
            )
        chosen, _filter = QFileDialog.getOpenFileName(self, title, str(Path.home()), pattern)
        return Path(chosen) if chosen else None

    # -- running file jobs ----------------------------------------------------------------

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (
            self.save_pdf_button, self.save_fhir_button, self.save_csv_button,
            self.save_ics_button, self.choose_import_button, self.open_backup_button,
            self.import_button, self.save_backup_button, self.restore_button,
        ):
            button.setEnabled(enabled)

    def _job(
        self,
        what: str,
        op: Callable[[Vault, Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        changes: str | None = None,
    ) -> None:
        """Run a file job in the worker with a progress bar; one at a time, and the answer is
        dropped if the profile was locked meanwhile (like `FeatureView.call`)."""
        if self._busy:
            return
        generation = self._generation
        self._busy = True
        self._set_buttons_enabled(False)
        self.work_label.setText(what)
        self.progress.setRange(0, 0)  # "working" until the job says how far it is
        self.work_row.setVisible(True)

        def finish() -> bool:
            if generation != self._generation:
                return False
            self._busy = False
            self._set_buttons_enabled(True)
            self.work_row.setVisible(False)
            self.stop_button.setVisible(False)
            return True

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not finish() or isinstance(exc, Locked):
                return
            if on_failed is not None:
                on_failed(exc)
            else:
                self.banner.show_message(user_message(exc), "error")

        def step(done_: int, total: int) -> None:
            if generation == self._generation and total > 0:
                self.progress.setRange(0, total)
                self.progress.setValue(done_)

        self.session.run_with_progress(op, done, failed, step, changes=changes)

    def _saved(self, text: str) -> None:
        self.banner.show_message(text, "success", seconds=12)

    # -- the period chosen (the GP summary's charts, the CSV export) ----------------------

    def _period_dates(self, combo: QComboBox, start: QDateEdit, end: QDateEdit) -> tuple[
        date | None, date | None
    ]:
        today = QDate.currentDate()
        span = combo.currentData()
        if span == Period.ALL:
            return None, None
        if span == Period.CHOOSE:
            first, last = as_day(start.date()), as_day(end.date())
            return (first, last) if first <= last else (last, first)
        months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[span]
        return as_day(today.addMonths(-months).addDays(1)), as_day(today)

    # -- Back up --------------------------------------------------------------------------

    def make_backup(self) -> None:
        if self._busy:
            return
        secret = self.backup_secret.text()
        problem = ""
        focus: QWidget = self.backup_secret.edit
        if len(secret) < MIN_BACKUP_PASSPHRASE:
            problem = self.tr("Use a backup passphrase of at least %n characters.", None,
                              MIN_BACKUP_PASSPHRASE)
        elif secret != self.backup_repeat.text():
            problem = self.tr("The two passphrases are different. Type them again.")
            focus = self.backup_repeat
        if problem:
            forms.show_message(self.backup_error, problem, "error")
            focus.setFocus()
            return
        forms.show_message(self.backup_error, "")
        out = self.choose_save_path("backup")
        if out is None:
            return
        kdf = self.backup_kdf

        def saved(entries: int) -> None:
            self.backup_secret.clear()
            self.backup_repeat.clear()
            self._saved(
                (
                    self.tr(
                        "Saved a backup with 1 log entry to {path}. Keep the backup "
                        "passphrase safe: without it the backup cannot be opened."
                    )
                    if entries == 1
                    else self.tr(
                        "Saved a backup with {n} log entries to {path}. Keep the backup "
                        "passphrase safe: without it the backup cannot be opened.",
                        None,
                        entries,
                    )
                ).format(n=wording.number(entries), path=out)
            )

        self._job(
            self.tr("Making the backup…"),
            lambda vault, _progress: save_backup(vault, out, secret, kdf=kdf),
            saved,
        )

