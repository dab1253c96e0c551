"""The start screen's unlock page: choose a profile and open it with its passphrase, or
without one when this PC remembers it, or read-only when another copy of the app holds it.

A mixin of `StartScreen` (see ui/views/start_page.py for why); the words keep the screen's
translation context, "StartScreen". Opening runs in the worker; the vault's modules are not
imported here, so the page can paint first (issue #6).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout

from ui import forms
from ui.views.start_page import StartPage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from planner.vault import Vault

log = logging.getLogger(__name__)


class UnlockPage(StartPage):
    """The "unlock" page; `StartScreen` inherits it."""

    def _build_unlock(self, layout: QVBoxLayout) -> None:
        self.unlock_language = self._language_row(layout)
        self.unlock_heading = forms.heading(
            QCoreApplication.translate("StartScreen", "Unlock your profile")
        )
        layout.addWidget(self.unlock_heading)
        from PySide6.QtWidgets import QListWidget  # ~2 ms of enums: not on the welcome page

        self.profile_list: QListWidget = QListWidget()
        self.profile_list.setAccessibleName(
            QCoreApplication.translate("StartScreen", "Profiles on this computer")
        )
        forms.set_enum(self.profile_list, "focusPolicy", "StrongFocus")
        self.profile_list.setMaximumHeight(180)
        self.profile_list.currentTextChanged.connect(self._profile_selected)
        self.profile_list_label = forms.buddy(
            QCoreApplication.translate("StartScreen", "&Who is using Health Planner?"),
            self.profile_list,
        )
        layout.addWidget(self.profile_list_label)
        layout.addWidget(self.profile_list)
        self.single_profile = forms.label("", "subheading")
        layout.addWidget(self.single_profile)
        from ui.widgets.passphrase import PassphraseField  # with its page, not before

        self.unlock_passphrase = PassphraseField(
            QCoreApplication.translate("StartScreen", "Passphrase"), hint=False
        )
        self.unlock_passphrase.edit.returnPressed.connect(self.unlock)
        layout.addWidget(
            forms.buddy(
                QCoreApplication.translate("StartScreen", "Pa&ssphrase"),
                self.unlock_passphrase.edit,
            )
        )
        layout.addWidget(self.unlock_passphrase)
        self.remember_box = QCheckBox(
            QCoreApplication.translate("StartScreen", "&Remember me on this device")
        )
        self.remember_box.setAccessibleName(
            QCoreApplication.translate("StartScreen", "Remember me on this device")
        )
        forms.set_enum(self.remember_box, "focusPolicy", "StrongFocus")
        self.remember_box.setVisible(False)
        layout.addWidget(self.remember_box)
        self.unlock_error = forms.message_label()
        layout.addWidget(self.unlock_error)
        self.unlock_button = forms.button(
            QCoreApplication.translate("StartScreen", "&Unlock"),
            QCoreApplication.translate("StartScreen", "Unlock"),
            primary=True,
        )
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button)
        # Offered when another copy of the app holds the profile (planner/vault/holder.py).
        self.read_only_button = forms.button(
            QCoreApplication.translate("StartScreen", "Open &read-only"),
            QCoreApplication.translate("StartScreen", "Open read-only, without saving"),
        )
        self.read_only_button.clicked.connect(lambda: self.unlock(read_only=True))
        self.read_only_button.setVisible(False)
        layout.addWidget(self.read_only_button)
        self.remembered_button = forms.button(
            QCoreApplication.translate("StartScreen", "&Open without passphrase"),
            QCoreApplication.translate("StartScreen", "Open without passphrase"),
        )
        self.remembered_button.clicked.connect(self.unlock_remembered)
        self.remembered_button.setVisible(False)
        layout.addWidget(self.remembered_button)
        self.forgot_button = forms.button(
            QCoreApplication.translate("StartScreen", "&Forgotten your passphrase?"),
            QCoreApplication.translate("StartScreen", "Forgotten your passphrase?"),
        )
        self.forgot_button.clicked.connect(self.show_recover)
        self.new_button = forms.button(
            QCoreApplication.translate("StartScreen", "&New profile"),
            QCoreApplication.translate("StartScreen", "New profile"),
        )
        self.new_button.clicked.connect(self.show_create)
        self.unlock_demo = forms.button(
            QCoreApplication.translate("StartScreen", "Try the &demo"),
            QCoreApplication.translate("StartScreen", "Try the demo"),
        )
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
            self.read_only_button,
            self.remembered_button,
            self.forgot_button,
            self.new_button,
            self.unlock_demo,
        ]
        forms.tab_order(order)

    def _fill_profiles(self) -> None:
        for field in self._built("unlock_passphrase"):
            field.clear()
        for error in self._built("unlock_error"):
            forms.show_message(error, "")
        if not self.names:
            self._show("welcome", "welcome_create")
            return
        self._page("unlock")
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
        self.single_profile.setText(
            QCoreApplication.translate("StartScreen", "Profile: %1").replace("%1", wanted)
        )
        self.remember_box.setVisible(self._can_remember and self._remember_allowed())
        self.remember_box.setChecked(False)
        self._profile_selected(wanted)
        self._show("unlock", "unlock_passphrase.edit")

    def selected_name(self) -> str:
        item = self.profile_list.currentItem()
        if item is not None:
            return item.text()
        return self.names[0] if self.names else ""

    def _profile_selected(self, name: str) -> None:
        forms.show_message(self.unlock_error, "")
        self.read_only_button.setVisible(False)
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

    def unlock(self, read_only: bool = False) -> None:
        """`read_only`: open a profile another copy of the app holds, for reading only."""
        if self._busy:
            return
        self.read_only_button.setVisible(False)
        name = self.selected_name()
        passphrase = self.unlock_passphrase.text()
        if not passphrase:
            forms.show_message(
                self.unlock_error,
                QCoreApplication.translate("StartScreen", "Type your passphrase."),
            )
            self.unlock_passphrase.edit.setFocus()
            return
        remember = self.remember_box.isVisible() and self.remember_box.isChecked()
        forms.show_message(
            self.unlock_error, QCoreApplication.translate("StartScreen", "Unlocking…"), "hint"
        )
        profiles = self.profiles

        def open_it() -> Vault:
            vault = profiles.unlock(name, passphrase, read_only=bool(read_only))
            if remember and vault.read_only is None:
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
        from planner.vault.holder import ProfileInUse  # loaded by now: it just failed

        forms.show_message(self.unlock_error, forms.friendly_error(exc), "error")
        self.read_only_button.setVisible(isinstance(exc, ProfileInUse))
        self.unlock_passphrase.edit.selectAll()
        self.unlock_passphrase.edit.setFocus()

    def _opened(self, vault: Vault) -> None:
        forms.show_message(self.unlock_error, "")
        self.unlock_passphrase.clear()
        self._adopt(vault)
