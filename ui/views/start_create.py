"""The start screen's pages about a new key: create a profile, write down its recovery code
(shown once, with Print and Copy, confirmed by typing its last four characters), and recover a
profile with that code, which ends on the same code page with a new code.

A mixin of `StartScreen` (see ui/views/start_page.py for why); the words keep the screen's
translation context, "StartScreen". Qt's printing module loads only when Print is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from planner.errors import WrongPassphrase
from ui import forms
from ui.views.start_page import StartPage

if TYPE_CHECKING:
    from planner.vault import Vault
    from planner.vault.keys import RecoveryCode


def new_passphrase_problem(
    passphrase: str, repeat: QLineEdit, field: QWidget
) -> tuple[str, QWidget]:
    """What is wrong with a new passphrase and where to put the cursor ("" when nothing):
    creating a profile and recovering one ask the same of it."""
    if passphrase != repeat.text():
        return QCoreApplication.translate(
            "StartScreen", "The two passphrases are different. Type them again."
        ), repeat
    if forms.passphrase_hint(passphrase)[0] == 0:
        return QCoreApplication.translate(
            "StartScreen", "Your passphrase is too short. Use at least 4 characters."
        ), field
    return "", field


class CreatePages(StartPage):
    """The "create", "code" and "recover" pages; `StartScreen` inherits them."""

    def _build_create(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            forms.heading(QCoreApplication.translate("StartScreen", "Create your profile"))
        )
        layout.addWidget(
            forms.label(
                QCoreApplication.translate(
                    "StartScreen",
                    "Your profile keeps your information locked on this computer. Nobody can "
                    "open it "
                    "without your passphrase.",
                )
            )
        )
        self.create_name = forms.line_edit(
            QCoreApplication.translate("StartScreen", "Your name or a nickname")
        )
        self.create_name.setMaxLength(40)
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "Your &name or a nickname"),
                self.create_name,
            )
        )
        layout.addWidget(self.create_name)
        from ui.widgets.passphrase import PassphraseField  # with its page, not before

        self.create_passphrase = PassphraseField(
            QCoreApplication.translate("StartScreen", "Passphrase"), hint=True
        )
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "Choose a pa&ssphrase"),
                self.create_passphrase.edit,
            )
        )
        layout.addWidget(self.create_passphrase)
        self.create_repeat = forms.line_edit(
            QCoreApplication.translate("StartScreen", "Type the passphrase again"), password=True
        )
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "&Type the passphrase again"),
                self.create_repeat,
            )
        )
        layout.addWidget(self.create_repeat)
        self.create_repeat.returnPressed.connect(self.create_profile)
        self.create_error = forms.message_label()
        layout.addWidget(self.create_error)
        self.create_button = forms.button(
            QCoreApplication.translate("StartScreen", "&Create profile"),
            QCoreApplication.translate("StartScreen", "Create profile"),
            primary=True,
        )
        self.create_button.clicked.connect(self.create_profile)
        self.create_back = forms.button(
            QCoreApplication.translate("StartScreen", "&Back"),
            QCoreApplication.translate("StartScreen", "Back"),
        )
        self.create_back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.create_back)
        row.addStretch(1)
        layout.addLayout(row)
        order = [
            self.create_name,
            self.create_passphrase.edit,
            self.create_repeat,
            self.create_passphrase.show_box,
            self.create_button,
            self.create_back,
        ]
        forms.tab_order(order)

    def _build_code(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            forms.heading(QCoreApplication.translate("StartScreen", "Your recovery code"))
        )
        self.code_intro = forms.label(
            QCoreApplication.translate(
                "StartScreen",
                "If you forget your passphrase, this code is the only way back into your profile. "
                "Write it down now and keep it somewhere safe, away from this computer. We will "
                "show it only once.",
            )
        )
        layout.addWidget(self.code_intro)
        self.code_label = forms.label("", "code")
        selectable = "TextSelectableByKeyboard|TextSelectableByMouse"
        forms.set_enum(self.code_label, "textInteractionFlags", selectable)
        forms.set_enum(self.code_label, "focusPolicy", "StrongFocus")
        layout.addWidget(self.code_label)
        self.print_button = forms.button(
            QCoreApplication.translate("StartScreen", "P&rint"),
            QCoreApplication.translate("StartScreen", "Print the recovery code"),
        )
        self.print_button.clicked.connect(self.print_code)
        self.copy_button = forms.button(
            QCoreApplication.translate("StartScreen", "C&opy"),
            QCoreApplication.translate("StartScreen", "Copy the recovery code"),
        )
        self.copy_button.clicked.connect(self.copy_code)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.copy_note = forms.message_label("hint")
        layout.addWidget(self.copy_note)
        self.confirm_edit = forms.line_edit(
            QCoreApplication.translate("StartScreen", "Last 4 characters of the recovery code")
        )
        self.confirm_edit.setMaxLength(8)
        self.confirm_edit.textChanged.connect(self._check_confirm)
        self.confirm_edit.returnPressed.connect(self.confirm_code)
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate(
                    "StartScreen",
                    "To show you have written it down, type the &last 4 characters of the code",
                ),
                self.confirm_edit,
            )
        )
        layout.addWidget(self.confirm_edit)
        self.confirm_error = forms.message_label()
        layout.addWidget(self.confirm_error)
        self.confirm_button = forms.button(
            QCoreApplication.translate("StartScreen", "&I have written it down"),
            QCoreApplication.translate("StartScreen", "I have written it down"),
            primary=True,
        )
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm_code)
        layout.addWidget(self.confirm_button)
        order = [
            self.code_label,
            self.print_button,
            self.copy_button,
            self.confirm_edit,
            self.confirm_button,
        ]
        forms.tab_order(order)

    def _build_recover(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            forms.heading(QCoreApplication.translate("StartScreen", "Forgotten your passphrase?"))
        )
        self.recover_intro = forms.label("")
        layout.addWidget(self.recover_intro)
        self.recover_code = forms.line_edit(
            QCoreApplication.translate("StartScreen", "Recovery code")
        )
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "&Recovery code"), self.recover_code
            )
        )
        layout.addWidget(self.recover_code)
        from ui.widgets.passphrase import PassphraseField  # with its page, not before

        self.recover_passphrase = PassphraseField(
            QCoreApplication.translate("StartScreen", "New passphrase"), hint=True
        )
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "&New passphrase"),
                self.recover_passphrase.edit,
            )
        )
        layout.addWidget(self.recover_passphrase)
        self.recover_repeat = forms.line_edit(
            QCoreApplication.translate("StartScreen", "Type the new passphrase again"),
            password=True,
        )
        self.recover_repeat.returnPressed.connect(self.recover)
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "&Type it again"), self.recover_repeat
            )
        )
        layout.addWidget(self.recover_repeat)
        self.recover_error = forms.message_label()
        layout.addWidget(self.recover_error)
        self.recover_button = forms.button(
            QCoreApplication.translate("StartScreen", "&Set new passphrase"),
            QCoreApplication.translate("StartScreen", "Set new passphrase"),
            primary=True,
        )
        self.recover_button.clicked.connect(self.recover)
        self.recover_back = forms.button(
            QCoreApplication.translate("StartScreen", "&Back"),
            QCoreApplication.translate("StartScreen", "Back"),
        )
        self.recover_back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.recover_button)
        row.addWidget(self.recover_back)
        row.addStretch(1)
        layout.addLayout(row)
        order = [
            self.recover_code,
            self.recover_passphrase.edit,
            self.recover_repeat,
            self.recover_passphrase.show_box,
            self.recover_button,
            self.recover_back,
        ]
        forms.tab_order(order)

    def show_create(self) -> None:
        self.create_name.clear()
        self.create_passphrase.clear()
        self.create_repeat.clear()
        forms.show_message(self.create_error, "")
        self._show("create", "create_name")

    def show_recover(self) -> None:
        name = self.selected_name()
        if not name:
            return
        self.recover_intro.setText(
            QCoreApplication.translate(
                "StartScreen",
                "Type the recovery code you were given when you made the profile “%1”, "
                "then choose a new passphrase. You will get a new recovery code.",
            ).replace("%1", name)
        )
        self.recover_code.clear()
        self.recover_passphrase.clear()
        self.recover_repeat.clear()
        forms.show_message(self.recover_error, "")
        self._show("recover", "recover_code")

    def create_profile(self) -> None:
        if self._busy:
            return
        name = self.create_name.text().strip()
        passphrase = self.create_passphrase.text()
        focus: QWidget
        if not name:
            problem, focus = (
                QCoreApplication.translate("StartScreen", "Type a name for your profile."),
                self.create_name,
            )
        else:
            problem, focus = new_passphrase_problem(
                passphrase, self.create_repeat, self.create_passphrase.edit
            )
        if problem:
            forms.show_message(self.create_error, problem, "error")
            focus.setFocus()
            return
        forms.show_message(
            self.create_error,
            QCoreApplication.translate("StartScreen", "Creating your profile…"),
            "hint",
        )
        profiles = self.profiles

        def failed(exc: BaseException) -> None:
            forms.show_message(self.create_error, forms.friendly_error(exc), "error")
            self.create_name.setFocus()

        self._run(lambda: profiles.create(name, passphrase), self._created, failed)

    def _created(self, result: tuple[Vault, RecoveryCode]) -> None:
        vault, code = result
        self.names = sorted({*self.names, vault.name}, key=str.casefold)
        self.create_passphrase.clear()
        self.create_repeat.clear()
        forms.show_message(self.create_error, "")
        self._show_code(vault, code.text, fresh=True)

    def _show_code(self, vault: Vault, code: str, *, fresh: bool) -> None:
        self._pending = vault
        self._code = code
        self.code_label.setText(code)
        self.code_label.setAccessibleName(
            QCoreApplication.translate("StartScreen", "Recovery code: %1").replace(
                "%1", " ".join(code)
            )
        )
        if fresh:
            self.code_intro.setText(
                QCoreApplication.translate(
                    "StartScreen",
                    "If you forget your passphrase, this code is the only way back into your "
                    "profile. Write it down now and keep it somewhere safe, away from this "
                    "computer. We will show it only once.",
                )
            )
        else:
            self.code_intro.setText(
                QCoreApplication.translate(
                    "StartScreen",
                    "Your passphrase has been changed. Your old recovery code no longer works. "
                    "Write down this new one and keep it somewhere safe. "
                    "We will show it only once.",
                )
            )
        self.confirm_edit.clear()
        forms.show_message(self.copy_note, "")
        forms.show_message(self.confirm_error, "")
        self.confirm_button.setEnabled(False)
        self._show("code", "code_label")

    def _last_four(self) -> str:
        return "".join(ch for ch in self._code if ch.isalnum())[-4:].upper()

    def _check_confirm(self, text: str) -> None:
        typed = "".join(ch for ch in text if ch.isalnum()).upper()
        self.confirm_button.setEnabled(len(typed) == 4)
        forms.show_message(self.confirm_error, "")

    def confirm_code(self) -> None:
        typed = "".join(ch for ch in self.confirm_edit.text() if ch.isalnum()).upper()
        if typed != self._last_four():
            forms.show_message(
                self.confirm_error,
                QCoreApplication.translate(
                    "StartScreen",
                    "Those are not the last 4 characters of the code. Check what you wrote down "
                    "and try again.",
                ),
                "error",
            )
            self.confirm_edit.selectAll()
            self.confirm_edit.setFocus()
            return
        vault, self._pending = self._pending, None
        self._code = ""
        self.code_label.clear()
        self.confirm_edit.clear()
        self.clipboard.clear()
        if vault is not None:
            self._adopt(vault)

    def copy_code(self) -> None:
        seconds = (
            self.preferences.value.effective_clipboard_seconds
            if self.preferences
            else self.clipboard.seconds
        )
        self.clipboard.copy(self._code, seconds)
        forms.show_message(
            self.copy_note,
            QCoreApplication.translate(
                "StartScreen",
                "Copied. Paste it somewhere safe now: Health Planner will clear it from the "
                "clipboard in %n seconds.",
                None,
                int(seconds),
            ),
            "hint",
        )

    def print_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # ~10 ms, only for printing
        from PySide6.QtWidgets import QDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("StartScreen", "Print the recovery code"))
        code, name = self._code, self._pending.name if self._pending else ""

        def accepted() -> None:
            document = QTextDocument()
            document.setPlainText(
                "\n".join(
                    [
                        QCoreApplication.translate("StartScreen", "Health Planner recovery code"),
                        "",
                        QCoreApplication.translate("StartScreen", "Profile: %1").replace(
                            "%1", name
                        ),
                        "",
                        code,
                        "",
                        QCoreApplication.translate(
                            "StartScreen",
                            "Keep this somewhere safe. With it, anyone can open this profile.",
                        ),
                    ]
                )
            )
            document.print_(printer)

        dialog.accepted.connect(accepted)
        QDialog.open(dialog)

    def _discard_pending(self) -> None:
        """Leaving the code page without confirming still closes the new vault."""
        vault, self._pending = self._pending, None
        self._code = ""
        for label in self._built("code_label"):
            label.clear()
        if vault is not None:
            self.session.runner.run(vault.lock)

    def recover(self) -> None:
        if self._busy:
            return
        name = self.selected_name()
        code = self.recover_code.text()
        passphrase = self.recover_passphrase.text()
        focus: QWidget
        if not code.strip():
            problem, focus = (
                QCoreApplication.translate("StartScreen", "Type your recovery code."),
                self.recover_code,
            )
        else:
            problem, focus = new_passphrase_problem(
                passphrase, self.recover_repeat, self.recover_passphrase.edit
            )
        if problem:
            forms.show_message(self.recover_error, problem, "error")
            focus.setFocus()
            return
        forms.show_message(
            self.recover_error,
            QCoreApplication.translate("StartScreen", "Checking the code…"),
            "hint",
        )
        profiles = self.profiles

        def failed(exc: BaseException) -> None:
            message = forms.friendly_error(exc)
            if isinstance(exc, WrongPassphrase) and not str(exc).startswith("Too many"):
                message = QCoreApplication.translate(
                    "StartScreen",
                    "That recovery code does not open this profile. Check it and try again.",
                )
            forms.show_message(self.recover_error, message, "error")
            self.recover_code.selectAll()
            self.recover_code.setFocus()

        def done(result: tuple[Vault, RecoveryCode]) -> None:
            self.recover_passphrase.clear()
            self.recover_repeat.clear()
            self.recover_code.clear()
            forms.show_message(self.recover_error, "")
            self._show_code(result[0], result[1].text, fresh=False)

        self._run(lambda: profiles.recover(name, code, passphrase), done, failed)
