"""The start screen: choose a profile and unlock it, create one, recover one, or try the demo.

Every step that touches a key or a file (listing profiles, Argon2id, opening or creating a vault,
building the demo) runs in the task runner; this screen only shows what is happening and waits
for the callback. A new profile's recovery code is shown once, with Print and Copy, and the
person confirms they have it by typing its last four characters; only then does the profile open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import demo
from planner.errors import WrongPassphrase
from planner.vault import Profiles, Vault
from planner.vault.keys import RecoveryCode
from ui import forms
from ui.clipboard import SecureClipboard
from ui.demo_profile import create_demo
from ui.i18n import LANGUAGES
from ui.preferences import PreferenceStore
from ui.session import Session
from ui.tasks import Progress

log = logging.getLogger(__name__)
PAGES = ("loading", "welcome", "unlock", "create", "code", "recover", "demo")


def _close_vault(result: object) -> None:
    """A vault opened for a start screen that has since gone: lock it, nobody will use it."""
    vault = result[0] if isinstance(result, tuple) else result
    if isinstance(vault, Vault):
        vault.lock()


class PassphraseField(QWidget):
    """A passphrase box with a "Show" tick box and, for new passphrases, a strength hint."""

    def __init__(self, accessible: str, *, hint: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = forms.line_edit(accessible, password=True)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase"))
        self.show_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_box.toggled.connect(self._toggle)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.hint: QLabel | None = None
        if hint:
            self.hint = forms.label("", "hint")
            layout.addWidget(self.hint)
            self.edit.textChanged.connect(self._update_hint)
            self._update_hint("")
        self.setFocusProxy(self.edit)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _update_hint(self, text: str) -> None:
        if self.hint is None:
            return
        if not text:
            message = self.tr(
                "Tip: 3 or 4 random words make a passphrase that is easy to "
                "remember and hard to guess."
            )
        else:
            message = forms.passphrase_hint(text)[1]
        self.hint.setText(message)
        self.edit.setAccessibleDescription(message)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.show_box.setChecked(False)


class StartScreen(QWidget):
    """Shown when no profile is unlocked. Emits nothing itself: a successful unlock, create,
    recover or demo ends in `session.adopt(vault)`, and the main window follows
    `Session.unlocked`."""

    profiles_listed = Signal(list)  # names, after each refresh
    page_changed = Signal(str)
    language_chosen = Signal(str)

    def __init__(
        self,
        session: Session,
        preferences: PreferenceStore | None = None,
        clipboard: SecureClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("start")
        self.session = session
        self.preferences = preferences
        self.clipboard = clipboard or SecureClipboard(parent=self)
        self.names: list[str] = []
        self._pending: Vault | None = None
        self._code: str = ""
        self._busy = False
        self._preselect = preferences.value.remembered_profile if preferences else ""
        self._remembered: set[str] = set()
        self._can_remember = False

        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for key, build in (
            ("loading", self._build_loading),
            ("welcome", self._build_welcome),
            ("unlock", self._build_unlock),
            ("create", self._build_create),
            ("code", self._build_code),
            ("recover", self._build_recover),
            ("demo", self._build_demo),
        ):
            page = QWidget()
            page.setObjectName(f"start-{key}")
            inner = QVBoxLayout(page)
            inner.setContentsMargins(24, 24, 24, 24)
            inner.setSpacing(12)
            build(inner)
            inner.addStretch(1)
            centred = QWidget()
            row = QHBoxLayout(centred)
            row.addStretch(1)
            row.addWidget(page, 4)
            row.addStretch(1)
            page.setMaximumWidth(900)
            self._pages[key] = page
            self.stack.addWidget(forms.scroll(centred))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show("loading")

    # -- building the pages ---------------------------------------------------------------

    def _language_row(self, layout: QVBoxLayout) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Language"))
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for code, name in LANGUAGES:
            combo.addItem(name, code)
        current = self.preferences.value.language if self.preferences else "en_GB"
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.activated.connect(lambda index: self.language_chosen.emit(combo.itemData(index)))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(forms.buddy(self.tr("&Language:"), combo))
        row.addWidget(combo)
        layout.addLayout(row)
        return combo

    def _build_loading(self, layout: QVBoxLayout) -> None:
        self.loading_label = forms.label(self.tr("Opening Health Planner…"), "subheading")
        layout.addWidget(self.loading_label)

    def _build_welcome(self, layout: QVBoxLayout) -> None:
        self.welcome_language = self._language_row(layout)
        layout.addWidget(forms.heading(self.tr("Welcome to Health Planner")))
        layout.addWidget(
            forms.label(
                self.tr(
                    "Plan and keep track of your health and care: your goals, your care plan, "
                    "and how "
                    "you feel. Everything stays on this computer, locked with a passphrase only "
                    "you "
                    "know."
                )
            )
        )
        self.welcome_create = forms.button(
            self.tr("&Create my profile"), self.tr("Create my profile"), primary=True
        )
        self.welcome_create.clicked.connect(self.show_create)
        self.welcome_demo = forms.button(self.tr("&Try the demo"), self.tr("Try the demo"))
        self.welcome_demo.clicked.connect(self.start_demo)
        layout.addWidget(self.welcome_create)
        layout.addWidget(self.welcome_demo)
        layout.addWidget(
            forms.label(
                self.tr(
                    "The demo has two years of made-up information, so you can look around "
                    "before you "
                    "start. Its passphrase is “demo”."
                ),
                "hint",
            )
        )
        self.welcome_error = forms.message_label()
        layout.addWidget(self.welcome_error)
        QWidget.setTabOrder(self.welcome_language, self.welcome_create)
        QWidget.setTabOrder(self.welcome_create, self.welcome_demo)

    def _build_unlock(self, layout: QVBoxLayout) -> None:
        self.unlock_language = self._language_row(layout)
        self.unlock_heading = forms.heading(self.tr("Unlock your profile"))
        layout.addWidget(self.unlock_heading)
        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(self.tr("Profiles on this computer"))
        self.profile_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.profile_list.setMaximumHeight(180)
        self.profile_list.currentTextChanged.connect(self._profile_selected)
        self.profile_list_label = forms.buddy(
            self.tr("&Who is using Health Planner?"), self.profile_list
        )
        layout.addWidget(self.profile_list_label)
        layout.addWidget(self.profile_list)
        self.single_profile = forms.label("", "subheading")
        layout.addWidget(self.single_profile)
        self.unlock_passphrase = PassphraseField(self.tr("Passphrase"), hint=False)
        self.unlock_passphrase.edit.returnPressed.connect(self.unlock)
        layout.addWidget(forms.buddy(self.tr("Pa&ssphrase"), self.unlock_passphrase.edit))
        layout.addWidget(self.unlock_passphrase)
        self.remember_box = QCheckBox(self.tr("&Remember me on this device"))
        self.remember_box.setAccessibleName(self.tr("Remember me on this device"))
        self.remember_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remember_box.setVisible(False)
        layout.addWidget(self.remember_box)
        self.unlock_error = forms.message_label()
        layout.addWidget(self.unlock_error)
        self.unlock_button = forms.button(self.tr("&Unlock"), self.tr("Unlock"), primary=True)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button)
        self.remembered_button = forms.button(
            self.tr("&Open without passphrase"), self.tr("Open without passphrase")
        )
        self.remembered_button.clicked.connect(self.unlock_remembered)
        self.remembered_button.setVisible(False)
        layout.addWidget(self.remembered_button)
        self.forgot_button = forms.button(
            self.tr("&Forgotten your passphrase?"), self.tr("Forgotten your passphrase?")
        )
        self.forgot_button.clicked.connect(self.show_recover)
        self.new_button = forms.button(self.tr("&New profile"), self.tr("New profile"))
        self.new_button.clicked.connect(self.show_create)
        self.unlock_demo = forms.button(self.tr("Try the &demo"), self.tr("Try the demo"))
        self.unlock_demo.clicked.connect(self.start_demo)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addWidget(self.new_button)
        row.addWidget(self.unlock_demo)
        row.addStretch(1)
        layout.addLayout(row)
        order = [
            self.unlock_language,
            self.profile_list,
            self.unlock_passphrase.edit,
            self.unlock_passphrase.show_box,
            self.remember_box,
            self.unlock_button,
            self.remembered_button,
            self.forgot_button,
            self.new_button,
            self.unlock_demo,
        ]
        forms.tab_order(order)

    def _build_create(self, layout: QVBoxLayout) -> None:
        layout.addWidget(forms.heading(self.tr("Create your profile")))
        layout.addWidget(
            forms.label(
                self.tr(
                    "Your profile keeps your information locked on this computer. Nobody can "
                    "open it "
                    "without your passphrase."
                )
            )
        )
        self.create_name = forms.line_edit(self.tr("Your name or a nickname"))
        self.create_name.setMaxLength(40)
        layout.addWidget(forms.buddy(self.tr("Your &name or a nickname"), self.create_name))
        layout.addWidget(self.create_name)
        self.create_passphrase = PassphraseField(self.tr("Passphrase"), hint=True)
        layout.addWidget(forms.buddy(self.tr("Choose a pa&ssphrase"), self.create_passphrase.edit))
        layout.addWidget(self.create_passphrase)
        self.create_repeat = forms.line_edit(self.tr("Type the passphrase again"), password=True)
        layout.addWidget(forms.buddy(self.tr("&Type the passphrase again"), self.create_repeat))
        layout.addWidget(self.create_repeat)
        self.create_repeat.returnPressed.connect(self.create_profile)
        self.create_error = forms.message_label()
        layout.addWidget(self.create_error)
        self.create_button = forms.button(
            self.tr("&Create profile"), self.tr("Create profile"), primary=True
        )
        self.create_button.clicked.connect(self.create_profile)
        self.create_back = forms.button(self.tr("&Back"), self.tr("Back"))
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
        layout.addWidget(forms.heading(self.tr("Your recovery code")))
        self.code_intro = forms.label(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your profile. "
                "Write it down now and keep it somewhere safe, away from this computer. We will "
                "show it only once."
            )
        )
        layout.addWidget(self.code_intro)
        self.code_label = forms.label("", "code")
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.code_label)
        self.print_button = forms.button(self.tr("P&rint"), self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        self.copy_button = forms.button(self.tr("C&opy"), self.tr("Copy the recovery code"))
        self.copy_button.clicked.connect(self.copy_code)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.copy_note = forms.message_label("hint")
        layout.addWidget(self.copy_note)
        self.confirm_edit = forms.line_edit(self.tr("Last 4 characters of the recovery code"))
        self.confirm_edit.setMaxLength(8)
        self.confirm_edit.textChanged.connect(self._check_confirm)
        self.confirm_edit.returnPressed.connect(self.confirm_code)
        layout.addWidget(
            forms.buddy(
                self.tr(
                    "To show you have written it down, type the &last 4 characters of the code"
                ),
                self.confirm_edit,
            )
        )
        layout.addWidget(self.confirm_edit)
        self.confirm_error = forms.message_label()
        layout.addWidget(self.confirm_error)
        self.confirm_button = forms.button(
            self.tr("&I have written it down"), self.tr("I have written it down"), primary=True
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
        layout.addWidget(forms.heading(self.tr("Forgotten your passphrase?")))
        self.recover_intro = forms.label("")
        layout.addWidget(self.recover_intro)
        self.recover_code = forms.line_edit(self.tr("Recovery code"))
        layout.addWidget(forms.buddy(self.tr("&Recovery code"), self.recover_code))
        layout.addWidget(self.recover_code)
        self.recover_passphrase = PassphraseField(self.tr("New passphrase"), hint=True)
        layout.addWidget(forms.buddy(self.tr("&New passphrase"), self.recover_passphrase.edit))
        layout.addWidget(self.recover_passphrase)
        self.recover_repeat = forms.line_edit(
            self.tr("Type the new passphrase again"), password=True
        )
        self.recover_repeat.returnPressed.connect(self.recover)
        layout.addWidget(forms.buddy(self.tr("&Type it again"), self.recover_repeat))
        layout.addWidget(self.recover_repeat)
        self.recover_error = forms.message_label()
        layout.addWidget(self.recover_error)
        self.recover_button = forms.button(
            self.tr("&Set new passphrase"), self.tr("Set new passphrase"), primary=True
        )
        self.recover_button.clicked.connect(self.recover)
        self.recover_back = forms.button(self.tr("&Back"), self.tr("Back"))
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

    def _build_demo(self, layout: QVBoxLayout) -> None:
        layout.addWidget(forms.heading(self.tr("Setting up the demo")))
        self.demo_step = forms.label(self.tr("Getting ready…"))
        layout.addWidget(self.demo_step)
        self.demo_progress = QProgressBar()
        self.demo_progress.setAccessibleName(self.tr("Demo set-up progress"))
        self.demo_progress.setRange(0, 3)
        self.demo_progress.setValue(0)
        layout.addWidget(self.demo_progress)
        self.demo_error = forms.message_label()
        layout.addWidget(self.demo_error)
        self.demo_back = forms.button(self.tr("&Back"), self.tr("Back"))
        self.demo_back.clicked.connect(self.back)
        self.demo_back.setVisible(False)
        layout.addWidget(self.demo_back)

    # -- navigation -----------------------------------------------------------------------

    @property
    def profiles(self) -> Profiles:
        return self.session.profiles

    @property
    def page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _show(self, key: str, focus: QWidget | None = None) -> None:
        self.stack.setCurrentIndex(PAGES.index(key))
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_changed.emit(key)

    def _run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            on_failed(exc)

        self.session.runner.run(
            fn, forms.guard(self, done, _close_vault), forms.guard(self, failed)
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.unlock_button,
            self.create_button,
            self.recover_button,
            self.welcome_create,
            self.welcome_demo,
            self.unlock_demo,
            self.remembered_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def busy(self) -> bool:
        return self._busy

    def refresh(self) -> None:
        """List the profiles (in the worker) and show the welcome or the unlock page."""

        def listed(result: tuple[list[str], bool]) -> None:
            names, can_remember = result
            self.names = names
            self._can_remember = can_remember
            self._fill_profiles()
            self.profiles_listed.emit(names)

        def failed(exc: BaseException) -> None:
            self.names = []
            self._show("welcome", self.welcome_create)
            forms.show_message(self.welcome_error, forms.friendly_error(exc))

        profiles = self.profiles
        self._run(
            lambda: (profiles.names(), self._remember_allowed() and profiles.can_remember()),
            listed,
            failed,
        )

    def _remember_allowed(self) -> bool:
        return self.preferences is None or self.preferences.value.allow_remember

    def preselect(self, name: str) -> None:
        self._preselect = name
        if self.names:
            self._fill_profiles()

    def _fill_profiles(self) -> None:
        self.unlock_passphrase.clear()
        forms.show_message(self.unlock_error, "")
        if not self.names:
            self._show("welcome", self.welcome_create)
            return
        several = len(self.names) > 1
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        self.profile_list.addItems(self.names)
        wanted = next(
            (n for n in self.names if n.casefold() == self._preselect.casefold()), self.names[0]
        )
        self.profile_list.setCurrentRow(self.names.index(wanted))
        self.profile_list.blockSignals(False)
        self.profile_list.setVisible(several)
        self.profile_list_label.setVisible(several)
        self.single_profile.setVisible(not several)
        self.single_profile.setText(self.tr("Profile: %1").replace("%1", wanted))
        self.remember_box.setVisible(self._can_remember and self._remember_allowed())
        self.remember_box.setChecked(False)
        self._profile_selected(wanted)
        self._show("unlock", self.unlock_passphrase.edit)

    def selected_name(self) -> str:
        item = self.profile_list.currentItem()
        if item is not None:
            return item.text()
        return self.names[0] if self.names else ""

    def _profile_selected(self, name: str) -> None:
        forms.show_message(self.unlock_error, "")
        self.remembered_button.setVisible(name in self._remembered)
        if not name or not self._can_remember or not self._remember_allowed():
            return
        profiles = self.profiles

        def checked(remembered: bool) -> None:
            if remembered:
                self._remembered.add(name)
            else:
                self._remembered.discard(name)
            self.remembered_button.setVisible(remembered and self.selected_name() == name)

        self.session.runner.run(
            lambda: profiles.is_remembered(name), forms.guard(self, checked), lambda _exc: None
        )

    def back(self) -> None:
        self._discard_pending()
        if self.names:
            self._fill_profiles()
        else:
            self._show("welcome", self.welcome_create)

    def show_create(self) -> None:
        self.create_name.clear()
        self.create_passphrase.clear()
        self.create_repeat.clear()
        forms.show_message(self.create_error, "")
        self._show("create", self.create_name)

    def show_recover(self) -> None:
        name = self.selected_name()
        if not name:
            return
        self.recover_intro.setText(
            self.tr(
                "Type the recovery code you were given when you made the profile “%1”, "
                "then choose a new passphrase. You will get a new recovery code."
            ).replace("%1", name)
        )
        self.recover_code.clear()
        self.recover_passphrase.clear()
        self.recover_repeat.clear()
        forms.show_message(self.recover_error, "")
        self._show("recover", self.recover_code)

    # -- unlock ---------------------------------------------------------------------------

    def unlock(self) -> None:
        if self._busy:
            return
        name = self.selected_name()
        passphrase = self.unlock_passphrase.text()
        if not passphrase:
            forms.show_message(self.unlock_error, self.tr("Type your passphrase."))
            self.unlock_passphrase.edit.setFocus()
            return
        remember = self.remember_box.isVisible() and self.remember_box.isChecked()
        forms.show_message(self.unlock_error, self.tr("Unlocking…"), "hint")
        profiles = self.profiles

        def open_it() -> Vault:
            vault = profiles.unlock(name, passphrase)
            if remember:
                try:
                    profiles.remember(vault)
                except Exception:  # noqa: BLE001 - a convenience: unlocking still worked
                    log.warning("could not remember the profile on this device")
            return vault

        self._run(open_it, self._opened, self._unlock_failed)

    def unlock_remembered(self) -> None:
        if self._busy:
            return
        name = self.selected_name()
        profiles = self.profiles
        self._run(lambda: profiles.unlock_remembered(name), self._opened, self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        forms.show_message(self.unlock_error, forms.friendly_error(exc), "error")
        self.unlock_passphrase.edit.selectAll()
        self.unlock_passphrase.edit.setFocus()

    def _opened(self, vault: Vault) -> None:
        forms.show_message(self.unlock_error, "")
        self.unlock_passphrase.clear()
        self._adopt(vault)

    def _adopt(self, vault: Vault) -> None:
        if self.preferences is not None and not self.preferences.value.shared_pc:
            self.preferences.update(last_profile=vault.name)
        self.session.adopt(vault)

    # -- create ---------------------------------------------------------------------------

    def create_profile(self) -> None:
        if self._busy:
            return
        name = self.create_name.text().strip()
        passphrase = self.create_passphrase.text()
        problem = ""
        if not name:
            problem, focus = self.tr("Type a name for your profile."), self.create_name
        elif passphrase != self.create_repeat.text():
            problem = self.tr("The two passphrases are different. Type them again.")
            focus = self.create_repeat
        elif forms.passphrase_hint(passphrase)[0] == 0:
            problem = self.tr("Your passphrase is too short. Use at least 4 characters.")
            focus = self.create_passphrase.edit
        if problem:
            forms.show_message(self.create_error, problem, "error")
            focus.setFocus()
            return
        forms.show_message(self.create_error, self.tr("Creating your profile…"), "hint")
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
            self.tr("Recovery code: %1").replace("%1", " ".join(code))
        )
        if fresh:
            self.code_intro.setText(
                self.tr(
                    "If you forget your passphrase, this code is the only way back into your "
                    "profile. Write it down now and keep it somewhere safe, away from this "
                    "computer. We will show it only once."
                )
            )
        else:
            self.code_intro.setText(
                self.tr(
                    "Your passphrase has been changed. Your old recovery code no longer works. "
                    "Write down this new one and keep it somewhere safe. We will show it only once."
                )
            )
        self.confirm_edit.clear()
        forms.show_message(self.copy_note, "")
        forms.show_message(self.confirm_error, "")
        self.confirm_button.setEnabled(False)
        self._show("code", self.code_label)

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
                self.tr(
                    "Those are not the last 4 characters of the code. Check what you wrote down "
                    "and try again."
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
            self.tr(
                "Copied. Paste it somewhere safe now: Health Planner will clear it from the "
                "clipboard in %1 seconds."
            ).replace("%1", str(seconds)),
            "hint",
        )

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        code, name = self._code, self._pending.name if self._pending else ""

        def accepted() -> None:
            document = QTextDocument()
            document.setPlainText(
                "\n".join(
                    [
                        self.tr("Health Planner recovery code"),
                        "",
                        self.tr("Profile: %1").replace("%1", name),
                        "",
                        code,
                        "",
                        self.tr("Keep this somewhere safe. With it, anyone can open this profile."),
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
        self.code_label.clear()
        if vault is not None:
            self.session.runner.run(vault.lock)

    # -- recover --------------------------------------------------------------------------

    def recover(self) -> None:
        if self._busy:
            return
        name = self.selected_name()
        code = self.recover_code.text()
        passphrase = self.recover_passphrase.text()
        problem = ""
        if not code.strip():
            problem, focus = self.tr("Type your recovery code."), self.recover_code
        elif passphrase != self.recover_repeat.text():
            problem = self.tr("The two passphrases are different. Type them again.")
            focus = self.recover_repeat
        elif forms.passphrase_hint(passphrase)[0] == 0:
            problem = self.tr("Your passphrase is too short. Use at least 4 characters.")
            focus = self.recover_passphrase.edit
        if problem:
            forms.show_message(self.recover_error, problem, "error")
            focus.setFocus()
            return
        forms.show_message(self.recover_error, self.tr("Checking the code…"), "hint")
        profiles = self.profiles

        def failed(exc: BaseException) -> None:
            message = forms.friendly_error(exc)
            if isinstance(exc, WrongPassphrase) and not str(exc).startswith("Too many"):
                message = self.tr(
                    "That recovery code does not open this profile. Check it and try again."
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

    # -- demo -----------------------------------------------------------------------------

    def start_demo(self) -> None:
        """Open the demo profile, building it first (in the worker) if it is not here."""
        if self._busy:
            return
        profiles = self.profiles
        steps = [
            self.tr("Getting ready…"),
            self.tr("Making the demo profile…"),
            self.tr("Adding two years of made-up information…"),
            self.tr("Opening the demo…"),
        ]
        self.demo_progress.setValue(0)
        self.demo_step.setText(steps[0])
        forms.show_message(self.demo_error, "")
        self.demo_back.setVisible(False)
        self._show("demo", self.demo_progress)

        def build(progress: Progress) -> Vault:
            if profiles.exists(demo.DEMO_NAME):
                progress(2, 3)
                return profiles.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
            return create_demo(profiles, progress)

        def moved(done: int, total: int) -> None:
            self.demo_progress.setValue(done)
            self.demo_step.setText(steps[min(done, len(steps) - 1)])

        def finished(vault: Vault) -> None:
            self._set_busy(False)
            self.demo_progress.setValue(3)
            self.demo_step.setText(steps[3])
            if demo.DEMO_NAME not in self.names:
                self.names = sorted({*self.names, demo.DEMO_NAME}, key=str.casefold)
            self.session.adopt(vault)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            forms.show_message(self.demo_error, forms.friendly_error(exc), "error")
            self.demo_back.setVisible(True)
            self.demo_back.setFocus()

        self._set_busy(True)
        self.session.runner.run_with_progress(
            build,
            forms.guard(self, finished, _close_vault),
            forms.guard(self, failed),
            lambda done, total: moved(done, total) if shiboken6.isValid(self) else None,
        )

    # -- after a lock ---------------------------------------------------------------------

    def reset(self) -> None:
        """Forget anything typed and list the profiles again (after a lock)."""
        self._discard_pending()
        for edit in (
            self.create_name,
            self.create_repeat,
            self.recover_code,
            self.recover_repeat,
            self.confirm_edit,
        ):
            edit.clear()
        for field in (self.unlock_passphrase, self.create_passphrase, self.recover_passphrase):
            field.clear()
        self.refresh()
