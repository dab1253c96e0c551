"""Bringing records in on Share and back up: the "Import" tab, and restoring a backup.

Both read a file the person chose and change the whole profile, all or nothing. An import is
checked in full first (`planner.share.files.check_file`, a dry run) and the person sees what
the file holds before anything is added; a file that is refused lists every line to fix. A
phone export is read for many seconds, with a Stop button. Restoring runs the restore dialog's
answers (ui/dialogs/restore.py): a new profile next to this one, or this profile replaced after
its vault is copied aside. Making a backup stays in sharing.py.

A mixin of `SharingView` (see ui/views/sharing_tab.py for why the tabs are mixins); the words
keep the view's translation context, "SharingView".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from planner.errors import InputError, ProfileExists, ValidationFailed
from planner.share import backup as backups
from planner.share import phone
from planner.share.files import check_file, detect_kind, import_file
from planner.share.importing import ImportResult
from planner.vault import Vault
from ui import forms
from ui.dialogs.restore import RecoveryCodeDialog, RestoreDialog
from ui.tasks import Progress
from ui.views.base import EVERYTHING, paragraph
from ui.views.sharing_tab import SharingTab
from ui.widgets import wording
from ui.widgets.forms import user_message

MAX_PROBLEMS_SHOWN = 200  # a file that clashes with every record would list thousands

# What an import holds, in words (planner.vault.snapshot.Snapshot.counts keys).
COUNT_WORDS: dict[str, str] = {
    "trackers": str(QT_TRANSLATE_NOOP("SharingView", "things you track")),
    "log entries": str(QT_TRANSLATE_NOOP("SharingView", "log entries")),
    "goals": str(QT_TRANSLATE_NOOP("SharingView", "goals")),
    "plan versions": str(QT_TRANSLATE_NOOP("SharingView", "versions of a care plan")),
    "questionnaires": str(QT_TRANSLATE_NOOP("SharingView", "check-ins")),
    "reminders": str(QT_TRANSLATE_NOOP("SharingView", "reminders")),
    "consent records": str(QT_TRANSLATE_NOOP("SharingView", "choices about taking part")),
    "outbox items": str(QT_TRANSLATE_NOOP("SharingView", "items waiting to be sent")),
    "medicines": str(QT_TRANSLATE_NOOP("SharingView", "medicines")),
    "doses": str(QT_TRANSLATE_NOOP("SharingView", "doses taken or missed")),
    "appointments": str(QT_TRANSLATE_NOOP("SharingView", "appointments")),
    "social prescribing referrals": str(
        QT_TRANSLATE_NOOP("SharingView", "social prescribing referrals")
    ),
    "chosen services": str(QT_TRANSLATE_NOOP("SharingView", "services you chose")),
    "attendance records": str(QT_TRANSLATE_NOOP("SharingView", "visits to services")),
    "decisions": str(QT_TRANSLATE_NOOP("SharingView", "decisions")),
    "treatment referrals": str(QT_TRANSLATE_NOOP("SharingView", "referrals for treatment")),
    "personal health budgets": str(QT_TRANSLATE_NOOP("SharingView", "personal health budgets")),
    "budget spends": str(QT_TRANSLATE_NOOP("SharingView", "budget spends")),
    "receipts": str(QT_TRANSLATE_NOOP("SharingView", "receipts")),
}


@dataclass(frozen=True)
class RestoredNew:
    name: str
    entries: int
    code: str  # the new profile's recovery code: shown once, then forgotten


def describe_counts(counts: dict[str, int]) -> str:
    parts = [
        f"{n:,} {QCoreApplication.translate('SharingView', COUNT_WORDS.get(what, what))}"
        for what, n in counts.items()
        if n
    ]
    return ", ".join(parts) if parts else QCoreApplication.translate("SharingView", "nothing new")


def describe_skipped(result: ImportResult) -> list[str]:
    """The line that says what the file holds that the profile has already (left out, not
    added twice: planner.vault.present), or no line when there is none."""
    if not any(result.skipped.values()):
        return []
    return [
        QCoreApplication.translate(
            "SharingView", "Already in your profile, so left out: {what}."
        ).format(what=describe_counts(result.skipped))
    ]


def describe_preview(result: ImportResult, file: str, kind: str) -> str:
    """The preview's first line: what the file holds, or, when some of it is in the profile
    already, what is new in it (the next line, `describe_skipped`, says what is not)."""
    if not any(result.skipped.values()):
        text = QCoreApplication.translate("SharingView", "“{file}” is {kind}. It holds: {what}.")
    elif any(result.counts.values()):
        text = QCoreApplication.translate(
            "SharingView", "“{file}” is {kind}. New to your profile: {what}."
        )
    else:
        text = QCoreApplication.translate(
            "SharingView", "“{file}” is {kind}. Everything in it is in your profile already."
        )
    return text.format(file=file, kind=kind, what=describe_counts(result.counts))


class ImportTab(SharingTab):
    """The "Import" tab and restoring a backup; `SharingView` inherits it."""

    # SharingView's, set in its __init__.
    _import_path: Path | None
    _import_kind: str | None
    _import_secret: str | None
    _import_checked: ImportResult | None  # the dry run's answer, reused by the import
    _stop_reading: threading.Event
    stop_button: QPushButton

    def _build_import(self) -> QWidget:
        page = QWidget(self)
        self.import_page = page
        layout = QVBoxLayout(page)
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "SharingView",
                    "Add log entries from a spreadsheet (CSV), records from a FHIR file made "
                    "by this app, the records in a backup, or your phone's steps, weight, heart "
                    "rate, blood pressure, sleep and blood glucose (Apple Health's export.zip, "
                    "or Google Fit data from Google Takeout). Choose the file or drop it here. "
                    "The whole file is checked "
                    "first and you see what it holds before anything is added. If any line "
                    "is wrong, nothing is changed and you see every line to fix.",
                ),
                page,
            )
        )
        self.choose_import_button = self._button(
            QCoreApplication.translate("SharingView", "Choose a &file to import…"),
            QCoreApplication.translate("SharingView", "Choose a file to import"),
            self.choose_import,
        )
        row = QHBoxLayout()
        row.addWidget(self.choose_import_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.import_summary = forms.label("")
        self.import_summary.setAccessibleName(
            QCoreApplication.translate("SharingView", "About the chosen file")
        )
        self.import_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.import_summary)

        self.secret_row = QWidget(page)
        secret_layout = QHBoxLayout(self.secret_row)
        secret_layout.setContentsMargins(0, 0, 0, 0)
        self.import_secret = forms.line_edit(
            QCoreApplication.translate("SharingView", "The backup's passphrase"), password=True
        )
        self.import_secret.returnPressed.connect(self.open_import_backup)
        self.open_backup_button = self._button(
            QCoreApplication.translate("SharingView", "&Open the backup"),
            QCoreApplication.translate("SharingView", "Open the backup with this passphrase"),
            self.open_import_backup,
        )
        secret_layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("SharingView", "Backup p&assphrase:"), self.import_secret
            )
        )
        secret_layout.addWidget(self.import_secret, 1)
        secret_layout.addWidget(self.open_backup_button)
        self.secret_row.setVisible(False)
        layout.addWidget(self.secret_row)

        self.confirm_row = QWidget(page)
        confirm = QHBoxLayout(self.confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.import_button = self._button(
            QCoreApplication.translate("SharingView", "Add these to my p&rofile"),
            QCoreApplication.translate("SharingView", "Add what the file holds to my profile"),
            self.run_import,
        )
        self.cancel_import_button = self._button(
            QCoreApplication.translate("SharingView", "&Not now"),
            QCoreApplication.translate("SharingView", "Do not import this file"),
            self.cancel_import,
        )
        confirm.addWidget(self.import_button)
        confirm.addWidget(self.cancel_import_button)
        confirm.addStretch(1)
        self.confirm_row.setVisible(False)
        layout.addWidget(self.confirm_row)

        self.problems_label = QLabel(
            QCoreApplication.translate("SharingView", "&What needs fixing:"), page
        )
        self.problems = QListWidget(page)
        self.problems.setAccessibleName(
            QCoreApplication.translate("SharingView", "What needs fixing in the file")
        )
        self.problems.setWordWrap(True)
        self.problems_label.setBuddy(self.problems)
        self.problems_label.setVisible(False)
        self.problems.setVisible(False)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        return page

    def _reset_import(self) -> None:
        self._import_path = None
        self._import_kind = None
        self._import_secret = None
        self._forget_checked()
        self.import_secret.clear()
        self.secret_row.setVisible(False)
        self.confirm_row.setVisible(False)
        self.import_summary.clear()
        self._show_problems([])

    def _forget_checked(self) -> None:
        """Drop the preview's parsed file, freeing its 100,000 rows in the worker rather than
        here on the UI thread (0.2 s of a frozen window when they were LogEntry models)."""
        checked = self._import_checked.checked if self._import_checked is not None else None
        self._import_checked = None
        if checked is not None and checked.rows:
            self.session.runner.run(checked.take_rows().clear)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            self.problems.addItem(problem)
        if len(problems) > MAX_PROBLEMS_SHOWN:
            self.problems.addItem(
                QCoreApplication.translate("SharingView", "… and {n} more.").format(
                    n=f"{len(problems) - MAX_PROBLEMS_SHOWN:,}"
                )
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
                    QCoreApplication.translate(
                        "SharingView",
                        "“{file}” is a Health Planner backup. Type its backup passphrase to "
                        "see what is in it.",
                    ).format(file=path.name)
                )
                self.secret_row.setVisible(True)
                self.import_secret.setFocus()
            else:
                self._check_import()

        self._job(
            QCoreApplication.translate("SharingView", "Reading {file}…").format(file=path.name),
            kind_of,
            known,
            self._import_refused,
        )

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
            result = check_file(vault, path, backup_passphrase=secret, progress=reading(progress))
            progress(1, 1)
            return result

        def checked(result: ImportResult) -> None:
            self._import_checked = result
            self.secret_row.setVisible(False)
            self.import_secret.clear()
            self._show_problems([])
            kinds = {
                "CSV": QCoreApplication.translate("SharingView", "a spreadsheet file (CSV)"),
                "FHIR": QCoreApplication.translate("SharingView", "a FHIR file"),
                "backup": QCoreApplication.translate("SharingView", "a backup"),
                "Apple Health export": QCoreApplication.translate(
                    "SharingView", "an Apple Health export"
                ),
                "Google Fit file": QCoreApplication.translate(
                    "SharingView", "Google Fit data from Google Takeout"
                ),
            }
            lines = [
                describe_preview(result, path.name, kinds.get(result.kind, result.kind)),
                *describe_skipped(result),
                *result.notes,
                QCoreApplication.translate("SharingView", "Nothing has been added yet."),
            ]
            self.import_summary.setText("\n".join(lines))
            self.confirm_row.setVisible(True)
            self.import_button.setFocus()

        self._job(
            QCoreApplication.translate("SharingView", "Checking {file}…").format(file=path.name),
            check,
            checked,
            self._import_refused,
        )

    def _import_refused(self, exc: BaseException) -> None:
        path = self._import_path
        name = path.name if path is not None else ""
        self.confirm_row.setVisible(False)
        if isinstance(exc, ValidationFailed) and exc.problems:
            self.import_summary.setText(
                QCoreApplication.translate(
                    "SharingView",
                    "“{file}” was not imported, and nothing was changed. Fix what is listed "
                    "below and try again.",
                ).format(file=name)
            )
            self._show_problems(exc.problems)
            self.banner.show_message(
                QCoreApplication.translate(
                    "SharingView", "The file was not imported. Nothing was changed."
                ),
                "error",
            )
            self.problems.setCurrentRow(0)
            self.problems.setFocus()
            return
        message = user_message(exc)
        if (
            self._import_kind == "backup"
            and isinstance(exc, InputError)
            and not self.secret_row.isHidden()
        ):
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
        previewed, self._import_checked = self._import_checked, None  # the worker frees it

        reading = self._reading_progress()

        def work(vault: Vault, progress: Progress) -> ImportResult:
            progress(0, 1)
            result = import_file(vault, path, backup_passphrase=secret,
                                 progress=reading(progress), previewed=previewed)
            progress(1, 1)
            return result

        def done(result: ImportResult) -> None:
            self._reset_import()
            text = " ".join([QCoreApplication.translate(
                "SharingView", "Added to your profile from “{file}”: {what}."
            ).format(file=path.name, what=describe_counts(result.counts)),
                *describe_skipped(result)])
            self.import_summary.setText(text)
            self.banner.show_message(text, "success", seconds=12)
            self.choose_import_button.setFocus()

        self._job(
            QCoreApplication.translate("SharingView", "Adding {file} to your profile…").format(
                file=path.name
            ),
            work,
            done,
            self._import_refused,
            changes=EVERYTHING,
        )

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
        # The connection warmed for the write (planner/vault/apart.py) is not kept until lock.
        self.session.run(lambda vault: vault.store.drop_prepared_write(),
                         on_failed=lambda _exc: None)  # locked meanwhile: closed already
        self.import_summary.setText(
            QCoreApplication.translate("SharingView", "Nothing was imported.")
        )
        self.choose_import_button.setFocus()

    # -- Restore (on the Back up and restore tab) -----------------------------------------

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
                    (
                        QCoreApplication.translate(
                            "SharingView",
                            "This profile now holds the backup (1 log entry). The profile as "
                            "it was is kept, still locked, in {aside}.",
                        )
                        if entries == 1
                        else QCoreApplication.translate(
                            "SharingView",
                            "This profile now holds the backup ({n} log entries). The profile "
                            "as it was is kept, still locked, in {aside}.",
                            None,
                            entries,
                        )
                    ).format(n=wording.number(entries), aside=aside)
                )

            self._job(
                QCoreApplication.translate("SharingView", "Restoring the backup…"),
                replace,
                replaced,
                failed,
                changes=EVERYTHING,
            )
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
            entries = result.entries
            self._saved(
                (
                    QCoreApplication.translate(
                        "SharingView",
                        "Restored the backup as the profile “{name}” (1 log entry). To open "
                        "it, lock this profile and choose it on the start screen.",
                    )
                    if entries == 1
                    else QCoreApplication.translate(
                        "SharingView",
                        "Restored the backup as the profile “{name}” ({n} log entries). To "
                        "open it, lock this profile and choose it on the start screen.",
                        None,
                        entries,
                    )
                ).format(name=result.name, n=wording.number(entries))
            )
            code_dialog = RecoveryCodeDialog(result.name, result.code, self)
            self.show_dialog(code_dialog)

        self._job(
            QCoreApplication.translate("SharingView", "Restoring the backup…"),
            restore,
            restored,
            failed,
        )
