"""Share and back up: a summary for the GP, exports, imports, backups and restores.

Four tabs:

- **Share with my GP**: the person ticks what goes in (each `ReportOptions` section, the NHS
  number and date of birth on their own, which measurements to chart, the period), sees the
  very summary that will be printed (the same HTML, charts included; the PDF adds page breaks
  and page numbers), and saves it as a PDF or as a FHIR file for GP systems. The summary's
  language and direction follow the app's (Urdu runs right to left).
- **Export**: log entries as CSV for a spreadsheet, reminders and review dates as iCalendar.
- **Import**: a CSV, FHIR or backup file is checked in full first (`planner.share.check_file`,
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
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QMimeData,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QResizeEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.tracker import Tracker, TrackerKind
from planner.errors import InputError, ProfileExists, ValidationFailed
from planner.share import backup as backups
from planner.share import check_file, detect_kind, fhir, ics, import_file, phone, report
from planner.share import csv as csv_share
from planner.share.backup import save_backup
from planner.share.importing import ImportResult
from planner.vault import KdfParams, Vault
from ui import forms
from ui.printing import ensure_app, report_labels, report_language
from ui.session import Locked, Session
from ui.sharing_ops import gp_report, save_gp_pdf
from ui.tasks import Progress
from ui.views.base import EVERYTHING, FeatureView, heading, paragraph
from ui.views.start import PassphraseField
from ui.widgets.forms import user_message
from ui.widgets.responsive import ResponsiveBox, labelled

PREVIEW_DELAY_MS = 350  # ticking three boxes in a row builds one preview, not three
MIN_BACKUP_PASSPHRASE = backups.MIN_BACKUP_PASSPHRASE
MAX_PROBLEMS_SHOWN = 200  # a file that clashes with every record would list thousands

# What an import holds, in words (planner.vault.bulk.Snapshot.counts keys).
COUNT_WORDS: dict[str, str] = {
    "trackers": str(QT_TRANSLATE_NOOP("SharingView", "things you track")),
    "log entries": str(QT_TRANSLATE_NOOP("SharingView", "log entries")),
    "goals": str(QT_TRANSLATE_NOOP("SharingView", "goals")),
    "plan versions": str(QT_TRANSLATE_NOOP("SharingView", "versions of a care plan")),
    "questionnaires": str(QT_TRANSLATE_NOOP("SharingView", "check-ins")),
    "reminders": str(QT_TRANSLATE_NOOP("SharingView", "reminders")),
    "consent records": str(QT_TRANSLATE_NOOP("SharingView", "choices about taking part")),
    "outbox items": str(QT_TRANSLATE_NOOP("SharingView", "items waiting to be sent")),
}

# The sections of the summary the person can leave out: (ReportOptions field, label, accessible).
SECTIONS: list[tuple[str, str, str]] = [
    ("details", str(QT_TRANSLATE_NOOP("SharingView", "&About me (name, borough)")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: about me"))),
    ("what_matters", str(QT_TRANSLATE_NOOP("SharingView", "&What matters to me")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: what matters to me"))),
    ("goals", str(QT_TRANSLATE_NOOP("SharingView", "My goa&ls")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my goals"))),
    ("plan", str(QT_TRANSLATE_NOOP("SharingView", "My &care and support plan")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my care and support plan"))),
    ("crisis_plan", str(QT_TRANSLATE_NOOP("SharingView", "My c&risis plan")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my crisis plan"))),
    ("questionnaires", str(QT_TRANSLATE_NOOP("SharingView", "Ch&eck-in scores (questionnaires)")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my latest check-in scores"))),
    ("charts", str(QT_TRANSLATE_NOOP("SharingView", "&Measurements and charts")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: measurements and charts"))),
    ("medicines", str(QT_TRANSLATE_NOOP("SharingView", "My me&dicines")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my medicines"))),
    ("allergies", str(QT_TRANSLATE_NOOP("SharingView", "My allergies")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my allergies"))),
    ("conditions", str(QT_TRANSLATE_NOOP("SharingView", "My conditions, c&urrent and past")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my conditions, current and past"))),
    ("appointments", str(QT_TRANSLATE_NOOP("SharingView", "My coming appointments")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my coming appointments"))),
]


class Period:
    ALL = "all"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CHOOSE = "choose"


@dataclass(frozen=True)
class SharingData:
    trackers: list[Tracker]  # the ones that can be charted (numbers, 0-10, yes/no)
    has_nhs_number: bool
    has_date_of_birth: bool


@dataclass(frozen=True)
class RestoredNew:
    name: str
    entries: int
    code: str  # the new profile's recovery code: shown once, then forgotten


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _midnight(day: date) -> datetime:
    """Local midnight at the start of `day`, as UTC (how the core filters log entries)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def describe_counts(counts: dict[str, int]) -> str:
    parts = [
        f"{n:,} {QCoreApplication.translate('SharingView', COUNT_WORDS.get(what, what))}"
        for what, n in counts.items()
        if n
    ]
    return ", ".join(parts) if parts else QCoreApplication.translate("SharingView", "nothing new")


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


# -- widgets and dialogs --------------------------------------------------------------------


class PreviewBrowser(QTextBrowser):
    """The summary on screen. Charts are drawn no wider than the box (the PDF prints them at
    their full width), so a narrow window shows the whole chart instead of a scroll bar."""

    NATURAL = QTextFormat.Property.UserProperty + 1  # the width the summary asks for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_html(self, html: str) -> None:
        bar = self.verticalScrollBar()
        where = bar.value()
        self.setHtml(html)
        self.fit_images()
        self._tidy_scroll_bar()
        bar.setValue(min(where, bar.maximum()))

    def fit_images(self) -> None:
        document = self.document()
        room = self.viewport().width() - 2 * document.documentMargin() - 16
        if room <= 0:
            return
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                if not fragment.isValid() or not fragment.charFormat().isImageFormat():
                    continue
                image = fragment.charFormat().toImageFormat()
                natural = image.property(self.NATURAL)
                if not natural:
                    natural = (image.width(), image.height())
                    image.setProperty(self.NATURAL, natural)
                width, height = natural
                if width <= 0 or height <= 0:
                    continue
                shown = min(width, room)
                if abs(image.width() - shown) < 1:
                    continue
                image.setWidth(shown)
                image.setHeight(height * shown / width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image)
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()
        self._tidy_scroll_bar()

    def _tidy_scroll_bar(self) -> None:
        """No sideways scroll bar for the pixel or two a right-to-left table's border can
        overhang; a real overflow (a wide table in a narrow box) still gets one."""
        overhang = self.document().size().width() - self.viewport().width()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if overhang <= 3
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)


# -- dialogs --------------------------------------------------------------------------------


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


class RestoreDialog(QDialog):
    """How to restore a backup: as a new profile (its name and passphrase) or over this one
    (after typing this profile's name). `submitted` fires when the answers are complete; the
    view runs the restore and closes the dialog when it worked, or shows why it did not."""

    submitted = Signal()

    def __init__(self, file_name: str, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Restore {file}").format(file=file_name), self, level=2))

        self.secret = PassphraseField(self.tr("The backup's passphrase"), hint=False, parent=self)
        layout.addWidget(forms.buddy(self.tr("The &backup's passphrase:"), self.secret.edit))
        layout.addWidget(self.secret)

        self.choice = QButtonGroup(self)
        self.as_new = QRadioButton(self.tr("As a &new profile, next to this one"), self)
        self.as_new.setAccessibleName(self.tr("Restore as a new profile"))
        self.replace = QRadioButton(
            self.tr("&Instead of this profile ({name})").format(name=profile), self
        )
        self.replace.setAccessibleName(self.tr("Restore instead of this profile"))
        self.choice.addButton(self.as_new)
        self.choice.addButton(self.replace)
        self.as_new.setChecked(True)
        layout.addWidget(self.as_new)

        self.new_box = QWidget(self)
        new_layout = QVBoxLayout(self.new_box)
        new_layout.setContentsMargins(24, 0, 0, 0)
        self.name = forms.line_edit(self.tr("Name for the restored profile"))
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("Leave empty for the name saved in the backup"))
        new_layout.addWidget(forms.buddy(self.tr("Profile na&me:"), self.name))
        new_layout.addWidget(self.name)
        self.new_secret = PassphraseField(
            self.tr("Passphrase for the restored profile"), hint=True, parent=self.new_box
        )
        new_layout.addWidget(forms.buddy(self.tr("Its pa&ssphrase:"), self.new_secret.edit))
        new_layout.addWidget(self.new_secret)
        self.new_repeat = forms.line_edit(self.tr("Type the new passphrase again"), password=True)
        new_layout.addWidget(forms.buddy(self.tr("T&ype it again:"), self.new_repeat))
        new_layout.addWidget(self.new_repeat)
        layout.addWidget(self.new_box)

        layout.addWidget(self.replace)
        self.replace_box = QWidget(self)
        replace_layout = QVBoxLayout(self.replace_box)
        replace_layout.setContentsMargins(24, 0, 0, 0)
        replace_layout.addWidget(
            paragraph(
                self.tr(
                    "Everything in {name} will be replaced by what is in the backup. First, "
                    "the profile as it is now is copied aside, still locked with its own "
                    "passphrase, so it can be brought back if you need it."
                ).format(name=profile),
                self.replace_box,
            )
        )
        self.confirm = forms.line_edit(self.tr("Type the profile's name to confirm"))
        replace_layout.addWidget(
            forms.buddy(self.tr("&To confirm, type “{name}”:").format(name=profile), self.confirm)
        )
        replace_layout.addWidget(self.confirm)
        layout.addWidget(self.replace_box)

        self.error = forms.message_label()
        layout.addWidget(self.error)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Restoring, please wait"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Restore the backup"))
        self.cancel = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.busy = False
        self.as_new.toggled.connect(self._mode_changed)
        self._mode_changed()
        self.secret.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.adjustSize()

    def reject(self) -> None:
        if not self.busy:  # a restore under way cannot be stopped half way; let it finish
            super().reject()

    @property
    def replacing(self) -> bool:
        return self.replace.isChecked()

    def _mode_changed(self, *_args: object) -> None:
        self.new_box.setVisible(not self.replacing)
        self.replace_box.setVisible(self.replacing)
        forms.show_message(self.error, "")
        self.adjustSize()

    def show_error(self, text: str) -> None:
        forms.show_message(self.error, text, "error")

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.ok.setEnabled(not busy)
        self.cancel.setEnabled(not busy)
        for part in (self.secret, self.new_box, self.replace_box, self.as_new, self.replace):
            part.setEnabled(not busy)

    def _check(self) -> None:
        problem = ""
        focus: QWidget = self.secret.edit
        if not self.secret.text():
            problem = self.tr("Type the passphrase the backup was saved with.")
        elif self.replacing:
            if self.confirm.text().strip() != self.profile:
                problem = self.tr("Type the profile's name, {name}, exactly, to confirm.").format(
                    name=self.profile
                )
                focus = self.confirm
        elif self.new_secret.text() != self.new_repeat.text():
            problem = self.tr("The two new passphrases are different. Type them again.")
            focus = self.new_repeat
        elif forms.passphrase_hint(self.new_secret.text())[0] == 0:
            problem = self.tr("The new passphrase is too short. Use at least 4 characters.")
            focus = self.new_secret.edit
        if problem:
            self.show_error(problem)
            focus.setFocus()
            return
        forms.show_message(self.error, "")
        self.submitted.emit()


class RecoveryCodeDialog(QDialog):
    """The restored profile's recovery code, shown once."""

    def __init__(self, name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code for {name}").format(name=name))
        layout = QVBoxLayout(self)
        title = self.tr("Write down the recovery code for {name}").format(name=name)
        layout.addWidget(heading(title, self, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If the passphrase of the restored profile is ever forgotten, this code is "
                    "the only way back in. Write it down and keep it somewhere safe, away from "
                    "this computer. It is shown only once."
                ),
                self,
            )
        )
        self.code = QLabel(code, self)
        font = QFont(self.code.font())
        font.setBold(True)
        font.setFamilies(["monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code: {code}").format(code=" ".join(code)))
        layout.addWidget(self.code)
        buttons = QDialogButtonBox(self)
        self.done_button = buttons.addButton(
            self.tr("I have &written it down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setAccessibleName(self.tr("I have written the recovery code down"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.done_button.setFocus()


# -- the screen -----------------------------------------------------------------------------


class SharingView(FeatureView[SharingData]):
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
        self._preview: tuple[report.ReportOptions, str] | None = None
        self._preview_asked = 0
        self._busy = False
        self._import_path: Path | None = None
        self._import_kind: str | None = None
        self._import_secret: str | None = None
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

    # -- building: Share with my GP -------------------------------------------------------

    def _build_gp(self) -> QWidget:
        page = QWidget(self)
        columns = ResponsiveBox(page, min_chars=70)
        columns.setContentsMargins(0, 0, 0, 0)

        options = QWidget(page)
        options.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        left = QVBoxLayout(options)
        left.setContentsMargins(0, 0, 0, 0)

        include = QGroupBox(self.tr("What to include"), options)
        boxes = QVBoxLayout(include)
        boxes.setSpacing(2)
        self.include: dict[str, QCheckBox] = {}
        for field, text, accessible in SECTIONS:
            box = QCheckBox(self.tr(text), include)
            box.setAccessibleName(self.tr(accessible))
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            self.include[field] = box
            boxes.addWidget(box)
            if field == "details":
                self.show_nhs = QCheckBox(self.tr("My &NHS number"), include)
                self.show_nhs.setAccessibleName(self.tr("Include: my NHS number"))
                self.show_dob = QCheckBox(self.tr("My da&te of birth"), include)
                self.show_dob.setAccessibleName(self.tr("Include: my date of birth"))
                for sub in (self.show_nhs, self.show_dob):
                    sub.setChecked(True)
                    sub.toggled.connect(self._options_changed)
                    boxes.addWidget(self._indented(sub, include))

        # What the charts show: which measurements, over which period (under their box).
        charts = QWidget(include)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tracker_list = QListWidget(charts)
        self.tracker_list.setAccessibleName(self.tr("Measurements to chart"))
        self.tracker_list.setAccessibleDescription(
            self.tr("Press Space to include or leave out the chosen measurement.")
        )
        self.tracker_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tracker_list.itemChanged.connect(lambda _item: self._options_changed())
        charts_layout.addWidget(self.tracker_list)
        self.period = self._period_combo(charts, with_all=False)
        self.period.setAccessibleName(self.tr("Period for the measurements"))
        self.date_from, self.date_to, self.gp_dates = self._date_row(charts)
        charts_layout.addWidget(labelled(QLabel(self.tr("Peri&od:"), charts), self.period, charts))
        charts_layout.addWidget(self.gp_dates)
        self.period.currentIndexChanged.connect(self._options_changed)
        self.date_from.dateChanged.connect(self._options_changed)
        self.date_to.dateChanged.connect(self._options_changed)
        boxes.addWidget(self._indented(charts, include))
        left.addWidget(include)
        left.addStretch(1)

        right_box = QWidget(page)
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        self.save_pdf_button = self._button(
            self.tr("Save as PD&F…"), self.tr("Save the summary as a PDF"), self.save_pdf
        )
        self.save_fhir_button = self._button(
            self.tr("Save for GP s&ystems (FHIR)…"),
            self.tr("Save for GP systems as a FHIR file"),
            self.save_fhir,
        )
        actions = QHBoxLayout()
        actions.addWidget(self.save_pdf_button)
        actions.addWidget(self.save_fhir_button)
        actions.addStretch(1)
        right.addLayout(actions)

        self.preview = PreviewBrowser(right_box)
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setAccessibleDescription(
            self.tr("The summary as it will be printed. Page numbers are added when it is saved.")
        )
        preview_label = QLabel(self.tr("Pre&view:"), right_box)
        preview_label.setBuddy(self.preview)
        self.preview_state = forms.label("", "hint")
        head = QHBoxLayout()
        head.addWidget(preview_label)
        head.addWidget(self.preview_state, 1)
        right.addLayout(head)
        right.addWidget(self.preview, 1)
        right.addWidget(
            paragraph(
                self.tr(
                    "The PDF holds only what you ticked. The FHIR file is for GP computer "
                    "systems: it holds your name, goals, plan, check-ins and the "
                    "measurements from the period you chose, and your NHS number and date "
                    "of birth if you ticked them."
                ),
                right_box,
            )
        )

        columns.addWidget(options)
        columns.addWidget(right_box, 1)
        forms.tab_order(
            [*self._section_boxes(), self.tracker_list, self.period, self.date_from,
             self.date_to, self.save_pdf_button, self.save_fhir_button, self.preview]
        )
        return page

    def _section_boxes(self) -> list[QWidget]:
        found: list[QWidget] = []
        for field, box in self.include.items():
            found.append(box)
            if field == "details":
                found += [self.show_nhs, self.show_dob]
        return found

    @staticmethod
    def _indented(widget: QWidget, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(widget)
        return box

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

    # -- building: Export -----------------------------------------------------------------

    def _build_export(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        logs = QGroupBox(self.tr("Log entries for a spreadsheet (CSV)"), page)
        logs_layout = QVBoxLayout(logs)
        logs_layout.addWidget(
            paragraph(
                self.tr(
                    "One row for each entry, oldest first, with the time and its time zone. "
                    "Opens in Excel, LibreOffice and Numbers, and can be imported again."
                ),
                logs,
            )
        )
        self.csv_period = self._period_combo(logs, with_all=True)
        self.csv_period.setAccessibleName(self.tr("Which log entries to save"))
        self.csv_from, self.csv_to, self.csv_dates = self._date_row(logs)
        logs_layout.addWidget(
            labelled(QLabel(self.tr("&Which entries:"), logs), self.csv_period, logs)
        )
        logs_layout.addWidget(self.csv_dates)
        self.csv_period.currentIndexChanged.connect(self._csv_period_changed)
        self.save_csv_button = self._button(
            self.tr("Save log entries as CS&V…"), self.tr("Save log entries as CSV"),
            self.save_csv,
        )
        row = QHBoxLayout()
        row.addWidget(self.save_csv_button)
        row.addStretch(1)
        logs_layout.addLayout(row)
        layout.addWidget(logs)

        calendar = QGroupBox(self.tr("Reminders and review dates for a calendar (iCalendar)"), page)
        calendar_layout = QVBoxLayout(calendar)
        calendar_layout.addWidget(
            paragraph(
                self.tr(
                    "Your reminders, the actions in your plan that repeat or have a date, and "
                    "your plan's review date, as a file Outlook, Google Calendar or a phone "
                    "can add to its calendar."
                ),
                calendar,
            )
        )
        self.save_ics_button = self._button(
            self.tr("Save a &calendar file…"),
            self.tr("Save reminders and review dates as a calendar file"),
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

    # -- building: Import -----------------------------------------------------------------

    def _build_import(self) -> QWidget:
        page = QWidget(self)
        self.import_page = page
        layout = QVBoxLayout(page)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Add log entries from a spreadsheet (CSV), records from a FHIR file made "
                    "by this app, the records in a backup, or your phone's steps, weight, heart "
                    "rate, blood pressure, sleep and blood glucose (Apple Health's export.zip, "
                    "or Google Fit data from Google Takeout). Choose the file or drop it here. "
                    "The whole file is checked "
                    "first and you see what it holds before anything is added. If any line "
                    "is wrong, nothing is changed and you see every line to fix."
                ),
                page,
            )
        )
        self.choose_import_button = self._button(
            self.tr("Choose a &file to import…"), self.tr("Choose a file to import"),
            self.choose_import,
        )
        row = QHBoxLayout()
        row.addWidget(self.choose_import_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.import_summary = forms.label("")
        self.import_summary.setAccessibleName(self.tr("About the chosen file"))
        self.import_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.import_summary)

        self.secret_row = QWidget(page)
        secret_layout = QHBoxLayout(self.secret_row)
        secret_layout.setContentsMargins(0, 0, 0, 0)
        self.import_secret = forms.line_edit(self.tr("The backup's passphrase"), password=True)
        self.import_secret.returnPressed.connect(self.open_import_backup)
        self.open_backup_button = self._button(
            self.tr("&Open the backup"), self.tr("Open the backup with this passphrase"),
            self.open_import_backup,
        )
        secret_layout.addWidget(forms.buddy(self.tr("Backup p&assphrase:"), self.import_secret))
        secret_layout.addWidget(self.import_secret, 1)
        secret_layout.addWidget(self.open_backup_button)
        self.secret_row.setVisible(False)
        layout.addWidget(self.secret_row)

        self.confirm_row = QWidget(page)
        confirm = QHBoxLayout(self.confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.import_button = self._button(
            self.tr("Add these to my p&rofile"), self.tr("Add what the file holds to my profile"),
            self.run_import,
        )
        self.cancel_import_button = self._button(
            self.tr("&Not now"), self.tr("Do not import this file"), self.cancel_import
        )
        confirm.addWidget(self.import_button)
        confirm.addWidget(self.cancel_import_button)
        confirm.addStretch(1)
        self.confirm_row.setVisible(False)
        layout.addWidget(self.confirm_row)

        self.problems_label = QLabel(self.tr("&What needs fixing:"), page)
        self.problems = QListWidget(page)
        self.problems.setAccessibleName(self.tr("What needs fixing in the file"))
        self.problems.setWordWrap(True)
        self.problems_label.setBuddy(self.problems)
        self.problems_label.setVisible(False)
        self.problems.setVisible(False)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        return page

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
        self.update_preview()

    def _fit_tracker_list(self) -> None:
        rows = max(3, min(self.tracker_list.count(), 8))
        row = self.tracker_list.sizeHintForRow(0) if self.tracker_list.count() else -1
        if row <= 0:
            row = self.fontMetrics().height() + 6
        self.tracker_list.setFixedHeight(rows * row + 2 * self.tracker_list.frameWidth() + 2)

    def _clear(self) -> None:
        self._preview_timer.stop()
        self._preview_asked += 1
        self._preview = None
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

    # -- Share with my GP -----------------------------------------------------------------

    def _period_dates(self, combo: QComboBox, start: QDateEdit, end: QDateEdit) -> tuple[
        date | None, date | None
    ]:
        today = QDate.currentDate()
        span = combo.currentData()
        if span == Period.ALL:
            return None, None
        if span == Period.CHOOSE:
            first, last = _day(start.date()), _day(end.date())
            return (first, last) if first <= last else (last, first)
        months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[span]
        return _day(today.addMonths(-months).addDays(1)), _day(today)

    def chosen_trackers(self) -> tuple[str, ...]:
        return tuple(
            str(self.tracker_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.tracker_list.count())
            if self.tracker_list.item(i).checkState() == Qt.CheckState.Checked
        )

    def report_options(self) -> report.ReportOptions:
        """What the person ticked, as the core's options (the language from the app's)."""
        start, end = self._period_dates(self.period, self.date_from, self.date_to)
        trackers = self.chosen_trackers()
        lang, direction = report_language()
        chosen = {field: box.isChecked() for field, box in self.include.items()}
        if not trackers:
            chosen["charts"] = False  # an empty choice would mean "every tracker" to the core
        details = chosen["details"]
        return report.ReportOptions(
            **chosen,
            show_nhs_number=details and self.show_nhs.isChecked(),
            show_date_of_birth=details and self.show_dob.isChecked(),
            trackers=trackers,
            start=start,
            end=end,
            lang=lang,
            direction=direction,
            labels=report_labels(),
        )

    def _options_changed(self, *_args: object) -> None:
        details = self.include["details"].isChecked()
        self.show_nhs.setEnabled(details)
        self.show_dob.setEnabled(details)
        charts = self.include["charts"].isChecked()
        self.tracker_list.setEnabled(charts)
        self.period.setEnabled(charts)
        self.gp_dates.setVisible(self.period.currentData() == Period.CHOOSE)
        if self.session.is_unlocked and self._trackers:
            self.preview_state.setText(self.tr("Updating…"))
            self._preview_timer.start()

    def update_preview(self) -> None:
        """Build the summary for the current choices in the worker and show it."""
        if not self.session.is_unlocked:
            return
        self._preview_timer.stop()
        options = self.report_options()
        self._preview_asked += 1
        asked = self._preview_asked
        self.preview_state.setText(self.tr("Updating…"))

        def shown(html: str) -> None:
            if asked != self._preview_asked:
                return  # the choices changed again; a newer preview is on its way
            self._preview = (options, html)
            self.preview.show_html(html)
            self.preview_state.setText(self.tr("Up to date."))
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if asked == self._preview_asked:
                self.preview_state.clear()
                self.banner.show_message(user_message(exc), "error")

        self.call(lambda vault: gp_report(vault, options), shown, failed)

    @property
    def preview_html(self) -> str:
        return self._preview[1] if self._preview else ""

    def save_pdf(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("pdf")
        if out is None:
            return
        options = self.report_options()
        previewed = self._preview[1] if self._preview and self._preview[0] == options else None
        self._job(
            self.tr("Saving the summary as a PDF…"),
            lambda vault, _progress: save_gp_pdf(vault, options, out, html=previewed),
            lambda _r: self._saved(
                self.tr("Saved the summary for your GP to {path}.").format(path=out)
            ),
        )

    def save_fhir(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("fhir")
        if out is None:
            return
        first, last = self._period_dates(self.period, self.date_from, self.date_to)
        start = _midnight(first) if first else None
        end = _midnight(last + timedelta(days=1)) if last else None
        chosen = self.report_options()
        self._job(
            self.tr("Saving the FHIR file…"),
            lambda vault, _progress: fhir.write_fhir(
                vault, out, start, end, nhs_number=chosen.show_nhs_number,
                date_of_birth=chosen.show_date_of_birth),
            lambda n: self._saved(
                self.tr("Saved a FHIR file with {n} records to {path}.").format(
                    n=f"{n:,}", path=out
                )
            ),
        )

    # -- Export ---------------------------------------------------------------------------

    def _csv_period_changed(self, *_args: object) -> None:
        self.csv_dates.setVisible(self.csv_period.currentData() == Period.CHOOSE)

    def save_csv(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("csv")
        if out is None:
            return
        first, last = self._period_dates(self.csv_period, self.csv_from, self.csv_to)
        start = _midnight(first) if first else None
        end = _midnight(last + timedelta(days=1)) if last else None
        self._job(
            self.tr("Saving log entries…"),
            lambda vault, _progress: csv_share.write_csv(vault, out, start, end),
            lambda n: self._saved(
                self.tr("Saved {n} log entries to {path}.").format(n=f"{n:,}", path=out)
            ),
        )

    def save_ics(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("ics")
        if out is None:
            return
        self._job(
            self.tr("Saving the calendar file…"),
            lambda vault, _progress: ics.write_ics(vault, out),
            lambda n: self._saved(
                self.tr("Saved {n} calendar events to {path}.").format(n=f"{n:,}", path=out)
            ),
        )

    # -- Import ---------------------------------------------------------------------------

    def _reset_import(self) -> None:
        self._import_path = None
        self._import_kind = None
        self._import_secret = None
        self.import_secret.clear()
        self.secret_row.setVisible(False)
        self.confirm_row.setVisible(False)
        self.import_summary.clear()
        self._show_problems([])

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            self.problems.addItem(problem)
        if len(problems) > MAX_PROBLEMS_SHOWN:
            self.problems.addItem(
                self.tr("… and {n} more.").format(n=f"{len(problems) - MAX_PROBLEMS_SHOWN:,}")
            )
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    def choose_import(self) -> None:
        if self._busy:
            return
        path = self.choose_open_path("import")
        if path is None:
            return
        self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Check `path` in full (a dry run) and say what it holds; nothing is added yet."""
        self._reset_import()
        self.banner.dismiss()
        self._import_path = path

        def kind_of(_vault: Vault, _progress: Progress) -> str:
            return detect_kind(path)

        def known(kind: str) -> None:
            self._import_kind = kind
            if kind == "backup":
                self.import_summary.setText(
                    self.tr(
                        "“{file}” is a Health Planner backup. Type its backup passphrase to "
                        "see what is in it."
                    ).format(file=path.name)
                )
                self.secret_row.setVisible(True)
                self.import_secret.setFocus()
            else:
                self._check_import()

        self._job(self.tr("Reading {file}…").format(file=path.name), kind_of, known,
                  self._import_refused)

    def open_import_backup(self) -> None:
        if self._busy or self._import_kind != "backup":
            return
        secret = self.import_secret.text()
        if not secret:
            self.import_secret.setFocus()
            return
        self._import_secret = secret
        self._check_import()

    def _check_import(self) -> None:
        path = self._import_path
        if path is None:
            return
        secret = self._import_secret

        reading = self._reading_progress()

        def check(vault: Vault, progress: Progress) -> ImportResult:
            progress(0, 1)
            result = check_file(vault, path, backup_passphrase=secret,
                                progress=reading(progress))
            progress(1, 1)
            return result

        def checked(result: ImportResult) -> None:
            self.secret_row.setVisible(False)
            self.import_secret.clear()
            self._show_problems([])
            kinds = {
                "CSV": self.tr("a spreadsheet file (CSV)"),
                "FHIR": self.tr("a FHIR file"),
                "backup": self.tr("a backup"),
                "Apple Health export": self.tr("an Apple Health export"),
                "Google Fit file": self.tr("Google Fit data from Google Takeout"),
            }
            lines = [
                self.tr("“{file}” is {kind}. It holds: {what}.").format(
                    file=path.name,
                    kind=kinds.get(result.kind, result.kind),
                    what=describe_counts(result.counts),
                ),
                *result.notes,
                self.tr("Nothing has been added yet."),
            ]
            self.import_summary.setText("\n".join(lines))
            self.confirm_row.setVisible(True)
            self.import_button.setFocus()

        self._job(self.tr("Checking {file}…").format(file=path.name), check, checked,
                  self._import_refused)

    def _import_refused(self, exc: BaseException) -> None:
        path = self._import_path
        name = path.name if path is not None else ""
        self.confirm_row.setVisible(False)
        if isinstance(exc, ValidationFailed) and exc.problems:
            self.import_summary.setText(
                self.tr(
                    "“{file}” was not imported, and nothing was changed. Fix what is listed "
                    "below and try again."
                ).format(file=name)
            )
            self._show_problems(exc.problems)
            self.banner.show_message(
                self.tr("The file was not imported. Nothing was changed."), "error"
            )
            self.problems.setCurrentRow(0)
            self.problems.setFocus()
            return
        message = user_message(exc)
        if self._import_kind == "backup" and isinstance(exc, InputError) and \
                not self.secret_row.isHidden():
            self.import_summary.setText(message)
            self.import_secret.selectAll()
            self.import_secret.setFocus()
            return
        self.import_summary.setText(message)
        self.banner.show_message(message, "error")

    def run_import(self) -> None:
        path = self._import_path
        if self._busy or path is None:
            return
        secret = self._import_secret

        reading = self._reading_progress()

        def work(vault: Vault, progress: Progress) -> ImportResult:
            progress(0, 1)
            result = import_file(vault, path, backup_passphrase=secret,
                                 progress=reading(progress))
            progress(1, 1)
            return result

        def done(result: ImportResult) -> None:
            self._reset_import()
            text = self.tr("Added to your profile from “{file}”: {what}.").format(
                file=path.name, what=describe_counts(result.counts)
            )
            self.import_summary.setText(text)
            self.banner.show_message(text, "success", seconds=12)
            self.choose_import_button.setFocus()

        self._job(self.tr("Adding {file} to your profile…").format(file=path.name), work, done,
                  self._import_refused, changes=EVERYTHING)

    def _reading_progress(self) -> Callable[[Progress], Progress]:
        """For a phone export (read for many seconds): the bar counts megabytes, and Stop
        ends the reading at the next step (phone.Cancelled; nothing is written)."""
        self._stop_reading.clear()
        stop = self._stop_reading
        if self._import_kind in ("apple_health", "google_fit"):
            self.stop_button.setVisible(True)

        def wrap(progress: Progress) -> Progress:
            def step(done: int, total: int) -> None:
                if stop.is_set():
                    raise phone.Cancelled
                if total > 1 << 20:  # bytes: show megabytes, so the bar's range fits an int
                    progress(done >> 20, total >> 20)
                else:
                    progress(done, total)

            return step

        return wrap

    def stop_reading(self) -> None:
        self._stop_reading.set()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """One local file dragged here (from the file manager) may be dropped to import it."""
        if not self._busy and self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path is None or self._busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.import_page))
        self.import_file(path)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> Path | None:
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        return Path(urls[0].toLocalFile())

    def cancel_import(self) -> None:
        self._reset_import()
        self.import_summary.setText(self.tr("Nothing was imported."))
        self.choose_import_button.setFocus()

    # -- Back up and restore --------------------------------------------------------------

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
                self.tr(
                    "Saved a backup with {n} log entries to {path}. Keep the backup "
                    "passphrase safe: without it the backup cannot be opened."
                ).format(n=f"{entries:,}", path=out)
            )

        self._job(
            self.tr("Making the backup…"),
            lambda vault, _progress: save_backup(vault, out, secret, kdf=kdf),
            saved,
        )

    def restore_backup(self) -> None:
        if self._busy:
            return
        path = self.choose_open_path("backup")
        if path is None:
            return
        dialog = RestoreDialog(path.name, self.session.name or "", self)
        dialog.submitted.connect(lambda: self._restore(dialog, path))
        self.show_dialog(dialog)

    def _restore(self, dialog: RestoreDialog, path: Path) -> None:
        secret = dialog.secret.text()
        profiles = self.session.profiles

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.set_busy(False)
                dialog.show_error(user_message(exc))
            else:
                self.banner.show_message(user_message(exc), "error")

        def close_dialog() -> None:
            if shiboken6.isValid(dialog):
                dialog.set_busy(False)
                dialog.accept()

        dialog.set_busy(True)
        if dialog.replacing:

            def replace(vault: Vault, _progress: Progress) -> tuple[str, int]:
                contents = backups.read_backup(path, secret)
                aside = backups.restore_replacing(vault, contents)
                return aside.name, vault.logs.count()

            def replaced(result: tuple[str, int]) -> None:
                aside, entries = result
                close_dialog()
                self._saved(
                    self.tr(
                        "This profile now holds the backup ({n} log entries). The profile as "
                        "it was is kept, still locked, in {aside}."
                    ).format(n=f"{entries:,}", aside=aside)
                )

            self._job(self.tr("Restoring the backup…"), replace, replaced, failed,
                      changes=EVERYTHING)
            return

        wanted = dialog.name.text().strip()
        new_secret = dialog.new_secret.text()

        def restore(_vault: Vault, _progress: Progress) -> RestoredNew:
            if wanted and profiles.exists(wanted):
                raise ProfileExists(
                    f"There is already a profile called '{wanted}'. Choose another name."
                )
            contents = backups.read_backup(path, secret)
            name = wanted or contents.profile_name
            if profiles.exists(name):
                raise ProfileExists(
                    f"There is already a profile called '{name}'. Type a new name for the "
                    "restored profile."
                )
            vault, code = backups.restore_as_new(profiles, contents, name, new_secret)
            try:
                entries = vault.logs.count()
            finally:
                vault.lock()
            return RestoredNew(name, entries, code.text)

        def restored(result: RestoredNew) -> None:
            close_dialog()
            self._saved(
                self.tr(
                    "Restored the backup as the profile “{name}” ({n} log entries). To open "
                    "it, lock this profile and choose it on the start screen."
                ).format(name=result.name, n=f"{result.entries:,}")
            )
            code_dialog = RecoveryCodeDialog(result.name, result.code, self)
            self.show_dialog(code_dialog)

        self._job(self.tr("Restoring the backup…"), restore, restored, failed)
