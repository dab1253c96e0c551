"""The dialogs of restoring a backup from the Share and back up screen: how to restore it, and
the restored profile's recovery code, shown once.

They only ask and show; the screen (ui/views/sharing_import.py) runs the restore and closes the
dialog when it worked or shows why it did not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui import forms
from ui.views.base import heading, paragraph
from ui.widgets.passphrase import PassphraseField


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
