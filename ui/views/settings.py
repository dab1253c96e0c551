"""Settings: how this PC locks, looks and reminds, and the profile's passphrase.

Changes apply at once (no Save button to miss): each one goes to the `PreferenceStore`, which
saves `preferences.json` in the worker. Changing the passphrase and "remember me" touch keys, so
they run in the worker too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sync import state
from ui import forms
from ui.i18n import LANGUAGES
from ui.preferences import (
    SHARED_PC_AUTO_LOCK_MINUTES,
    SHARED_PC_CLIPBOARD_SECONDS,
    Preferences,
    PreferenceStore,
)
from ui.session import Session
from ui.widgets.forms import user_message
from ui.widgets.passphrase import PassphraseField

THEME_CHOICES = ("light", "dark", "high-contrast")


class SettingsView(QWidget):
    def __init__(
        self, session: Session, preferences: PreferenceStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.session = session
        self.preferences = preferences
        self._can_remember = False
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(forms.heading(self.tr("Settings")))
        layout.addWidget(self._security_box())
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self._looks_box())
        layout.addWidget(self._reminders_box())
        layout.addWidget(self._participation_box())
        from ui.views.settings_access import AccessSettings

        self.access = AccessSettings(session, self)
        layout.addWidget(self.access)
        layout.addStretch(1)

        order = [
            self.auto_lock,
            self.shared_pc,
            self.remember,
            self.old_passphrase,
            self.new_passphrase.edit,
            self.new_passphrase.show_box,
            self.repeat_passphrase,
            self.change_button,
            self.language,
            self.colours,
            self.text_size,
            self.reminders,
            self.endpoint,
            self.endpoint_save,
        ]
        forms.tab_order(order)

        preferences.changed.connect(self._load)
        self._load(preferences.value)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _security_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking and privacy"))
        layout = QVBoxLayout(box)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 60)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.auto_lock.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        row = QHBoxLayout()
        row.addWidget(
            forms.buddy(self.tr("Lock &after this many minutes without use:"), self.auto_lock), 1
        )
        row.addWidget(self.auto_lock)
        layout.addLayout(row)
        self.auto_lock_note = forms.label("", "hint")
        layout.addWidget(self.auto_lock_note)

        self.shared_pc = QCheckBox(self.tr("&Shared computer mode"))
        self.shared_pc.setAccessibleName(self.tr("Shared computer mode"))
        self.shared_pc.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.shared_pc.toggled.connect(self._shared_changed)
        layout.addWidget(self.shared_pc)
        shared_hint = forms.label(
            " ".join((
                self.tr("For a computer in a library, a surgery or a community centre."),
                self._locks_after(SHARED_PC_AUTO_LOCK_MINUTES),
                self.tr(
                    "It also locks when you minimise it, clears anything you copied after %n "
                    "seconds, and does not remember anyone.", None, SHARED_PC_CLIPBOARD_SECONDS
                ),
            )),
            "hint",
        )
        self.shared_pc.setAccessibleDescription(shared_hint.text())
        layout.addWidget(shared_hint)

        self.remember = QCheckBox(self.tr("Remember &me on this device"))
        self.remember.setAccessibleName(self.tr("Remember me on this device"))
        self.remember.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remember.toggled.connect(self._remember_changed)
        self.remember_hint = forms.label(
            self.tr(
                "You will not need your passphrase to open Health Planner on this computer. Only "
                "use this on a computer that is yours alone."
            ),
            "hint",
        )
        self.remember.setAccessibleDescription(self.remember_hint.text())
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_hint)
        self.remember_message = forms.message_label()
        layout.addWidget(self.remember_message)
        return box

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change your passphrase"))
        layout = QVBoxLayout(box)
        self.old_passphrase = forms.line_edit(self.tr("Current passphrase"), password=True)
        layout.addWidget(forms.buddy(self.tr("C&urrent passphrase"), self.old_passphrase))
        layout.addWidget(self.old_passphrase)
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), hint=True)
        layout.addWidget(forms.buddy(self.tr("&New passphrase"), self.new_passphrase.edit))
        layout.addWidget(self.new_passphrase)
        self.repeat_passphrase = forms.line_edit(
            self.tr("Type the new passphrase again"), password=True
        )
        self.repeat_passphrase.returnPressed.connect(self.change_passphrase)
        layout.addWidget(
            forms.buddy(self.tr("&Type the new passphrase again"), self.repeat_passphrase)
        )
        layout.addWidget(self.repeat_passphrase)
        self.passphrase_message = forms.message_label()
        layout.addWidget(self.passphrase_message)
        self.change_button = forms.button(
            self.tr("&Change passphrase"), self.tr("Change passphrase"), primary=True
        )
        self.change_button.clicked.connect(self.change_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            forms.label(
                self.tr("Your recovery code still works after you change your passphrase."), "hint"
            )
        )
        return box

    def _looks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language and display"))
        layout = QVBoxLayout(box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.activated.connect(self._language_changed)
        row = QHBoxLayout()
        row.addWidget(forms.buddy(self.tr("&Language:"), self.language))
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)

        self.colours = QComboBox()
        self.colours.setAccessibleName(self.tr("Colours"))
        self.colours.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.colours.addItem(self.tr("Light"), "light")
        self.colours.addItem(self.tr("Dark"), "dark")
        self.colours.addItem(self.tr("High contrast"), "high-contrast")
        self.colours.activated.connect(self._colours_changed)
        row = QHBoxLayout()
        row.addWidget(forms.buddy(self.tr("C&olours:"), self.colours))
        row.addWidget(self.colours)
        row.addStretch(1)
        layout.addLayout(row)

        self.text_size = QSlider(Qt.Orientation.Horizontal)
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setPageStep(25)
        self.text_size.setTickInterval(25)
        self.text_size.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text_size.setMinimumWidth(200)
        self.text_size.valueChanged.connect(self._show_text_size)
        self.text_size.sliderReleased.connect(self._text_size_changed)
        self.text_size.actionTriggered.connect(self._defer_text_size)
        self.text_size_value = QLabel()
        row = QHBoxLayout()
        row.addWidget(forms.buddy(self.tr("Te&xt size:"), self.text_size))
        row.addWidget(self.text_size, 1)
        row.addWidget(self.text_size_value)
        layout.addLayout(row)

        self.easy_read = QCheckBox(self.tr("Eas&y read: short sentences, big buttons, pictures"))
        self.easy_read.setAccessibleName(
            self.tr("Easy read: short sentences, big buttons and pictures on Today, My plan "
                    "and Check-ins")
        )
        self.easy_read.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.easy_read.toggled.connect(self._easy_read_changed)
        layout.addWidget(self.easy_read)
        return box

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        layout = QVBoxLayout(box)
        self.reminders = QCheckBox(self.tr("Show my r&eminders while Health Planner is open"))
        self.reminders.setAccessibleName(self.tr("Show my reminders while Health Planner is open"))
        self.reminders.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reminders.toggled.connect(self._reminders_changed)
        layout.addWidget(self.reminders)
        layout.addWidget(
            forms.label(
                self.tr(
                    "When Health Planner is locked, a reminder only says “Health Planner has a "
                    "reminder”, so nobody else can read it."
                ),
                "hint",
            )
        )
        return box

    def _participation_box(self) -> QGroupBox:
        """The participation server for this profile (kept in its vault, like its consents)."""
        box = QGroupBox(self.tr("Taking part"))
        layout = QVBoxLayout(box)
        self.endpoint = QLineEdit()
        self.endpoint.setAccessibleName(self.tr("Participation server address"))
        self.endpoint.setPlaceholderText("https://")
        self.endpoint_save = QPushButton(self.tr("Save the a&ddress"))
        self.endpoint_save.setAccessibleName(self.tr("Save the participation server address"))
        self.endpoint_save.clicked.connect(self.save_endpoint)
        row = QHBoxLayout()
        row.addWidget(forms.buddy(self.tr("Ser&ver:"), self.endpoint))
        row.addWidget(self.endpoint, 1)
        row.addWidget(self.endpoint_save)
        layout.addLayout(row)
        self.endpoint_message = forms.label(
            self.tr("None is set until you add one. Nothing is sent unless you agree in "
                    "Taking part."), "hint")
        layout.addWidget(self.endpoint_message)
        return box

    def save_endpoint(self) -> None:
        url = self.endpoint.text().strip() or None

        def saved(_result: object) -> None:
            forms.show_message(self.endpoint_message, self.tr("Address saved."), "hint")

        def failed(exc: BaseException) -> None:
            forms.show_message(self.endpoint_message, user_message(exc), "error")

        self.session.run(lambda vault: state.set_endpoint(vault, url),
                         forms.guard(self, saved), forms.guard(self, failed),
                         changes="participation")

    # -- showing the preferences ----------------------------------------------------------

    def _locks_after(self, minutes: float) -> str:
        """The shared-computer lock time as a plural: in minutes, or in seconds when the person
        set less than a whole minute (a count of minutes has to be a whole number)."""
        if minutes == int(minutes):
            return self.tr("Shared computer mode locks after %n minutes.", None, int(minutes))
        return self.tr("Shared computer mode locks after %n seconds.", None, round(minutes * 60))

    def _load(self, prefs: Preferences) -> None:
        self._loading = True
        try:
            self.auto_lock.setValue(max(1, min(60, round(prefs.auto_lock_minutes))))
            self.auto_lock.setEnabled(not prefs.shared_pc)
            shared = prefs.shared_pc
            note = self._locks_after(prefs.effective_auto_lock_minutes) if shared else ""
            forms.show_message(self.auto_lock_note, note, "hint")
            self.shared_pc.setChecked(prefs.shared_pc)
            self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
            self.colours.setCurrentIndex(max(0, self.colours.findData(prefs.theme_name)))
            self.text_size.setValue(prefs.text_scale)
            self._show_text_size(prefs.text_scale)
            self.reminders.setChecked(prefs.reminders)
            self.easy_read.setChecked(prefs.easy_read)
            self._update_remember()
        finally:
            self._loading = False

    def _update_remember(self) -> None:
        shown = (
            self._can_remember
            and self.preferences.value.allow_remember
            and self.session.is_unlocked
        )
        self.remember.setVisible(shown)
        self.remember_hint.setVisible(shown)

    def refresh(self) -> None:
        """Ask (in the worker) whether this PC has a real keyring and remembers this profile."""
        self._update_remember()
        name = self.session.name
        if name is None:
            return
        profiles = self.session.profiles
        allowed = self.preferences.value.allow_remember

        def ask() -> tuple[bool, bool]:
            if not allowed or not profiles.can_remember():
                return False, False
            return True, profiles.is_remembered(name)

        def answered(result: tuple[bool, bool]) -> None:
            self._can_remember, remembered = result
            self._loading = True
            self.remember.setChecked(remembered)
            self._loading = False
            self._update_remember()

        self.session.runner.run(ask, forms.guard(self, answered), lambda _exc: None)
        self.session.run(state.endpoint, forms.guard(self, self._show_endpoint),
                         lambda _exc: None)

    def _show_endpoint(self, url: str | None) -> None:
        self.endpoint.setText(url or "")

    def clear(self) -> None:
        """On lock: forget anything typed into the passphrase boxes."""
        self.old_passphrase.clear()
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.endpoint.clear()
        forms.show_message(self.passphrase_message, "")
        forms.show_message(self.remember_message, "")
        self._update_remember()

    # -- changes --------------------------------------------------------------------------

    def _set(self, **changes: object) -> None:
        if not self._loading:
            self.preferences.update(**changes)

    def _reminders_changed(self, on: bool) -> None:
        self._set(reminders=on)

    def _easy_read_changed(self, on: bool) -> None:
        self._set(easy_read=on)

    def _auto_lock_changed(self, minutes: int) -> None:
        self._set(auto_lock_minutes=float(minutes))

    def _shared_changed(self, on: bool) -> None:
        if self._loading:
            return
        if on and self.remember.isChecked() and self.session.is_unlocked:
            self._forget_me()
        self._set(shared_pc=on)

    def _language_changed(self, index: int) -> None:
        self._set(language=self.language.itemData(index))

    def _colours_changed(self, index: int) -> None:
        choice = self.colours.itemData(index)
        if choice == "high-contrast":
            self._set(high_contrast=True)
        else:
            self._set(high_contrast=False, theme=choice)

    def _show_text_size(self, value: int) -> None:
        self.text_size_value.setText(self.tr("%1 %").replace("%1", str(value)))
        self.text_size.setAccessibleDescription(self.text_size_value.text())

    def _defer_text_size(self, _action: int) -> None:
        # Keyboard steps (arrows, Page Up/Down) apply at once; a mouse drag waits for release.
        if not self.text_size.isSliderDown():
            QTimer.singleShot(0, self._text_size_changed)

    def _text_size_changed(self) -> None:
        value = self.text_size.value()
        snapped = int(round(value / 10) * 10)
        self._set(text_scale=max(100, min(200, snapped)))

    def _remember_changed(self, on: bool) -> None:
        if self._loading or not self.session.is_unlocked:
            return
        if on:
            profiles = self.session.profiles
            self.session.run(
                lambda vault: profiles.remember(vault),
                forms.guard(
                    self,
                    lambda _r: forms.show_message(
                        self.remember_message,
                        self.tr("This computer will remember you."),
                        "success",
                    ),
                ),
                forms.guard(self, self._remember_failed),
            )
        else:
            self._forget_me()

    def _forget_me(self) -> None:
        profiles = self.session.profiles
        self.session.run(
            lambda vault: profiles.forget(vault.profile_id),
            forms.guard(
                self,
                lambda _r: forms.show_message(
                    self.remember_message,
                    self.tr("This computer no longer remembers you."),
                    "success",
                ),
            ),
            forms.guard(self, self._remember_failed),
        )
        self._loading = True
        self.remember.setChecked(False)
        self._loading = False

    def _remember_failed(self, exc: BaseException) -> None:
        self._loading = True
        self.remember.setChecked(False)
        self._loading = False
        forms.show_message(self.remember_message, forms.friendly_error(exc), "error")

    def change_passphrase(self) -> None:
        name = self.session.name
        if name is None:
            return
        old = self.old_passphrase.text()
        new = self.new_passphrase.text()
        problem, focus = "", None
        if not old:
            problem, focus = self.tr("Type your current passphrase."), self.old_passphrase
        elif new != self.repeat_passphrase.text():
            problem = self.tr("The two new passphrases are different. Type them again.")
            focus = self.repeat_passphrase
        elif forms.passphrase_hint(new)[0] == 0:
            problem = self.tr("Your new passphrase is too short. Use at least 4 characters.")
            focus = self.new_passphrase.edit
        if problem:
            forms.show_message(self.passphrase_message, problem, "error")
            if focus is not None:
                focus.setFocus()
            return
        forms.show_message(self.passphrase_message, self.tr("Changing your passphrase…"), "hint")
        self.change_button.setEnabled(False)
        profiles = self.session.profiles

        def done(_result: object) -> None:
            self.change_button.setEnabled(True)
            self.old_passphrase.clear()
            self.new_passphrase.clear()
            self.repeat_passphrase.clear()
            forms.show_message(
                self.passphrase_message,
                self.tr("Your passphrase has been changed. Use the new one next time."),
                "success",
            )

        def failed(exc: BaseException) -> None:
            self.change_button.setEnabled(True)
            forms.show_message(self.passphrase_message, forms.friendly_error(exc), "error")
            self.old_passphrase.selectAll()
            self.old_passphrase.setFocus()

        self.session.runner.run(
            lambda: profiles.change_passphrase(name, old, new),
            forms.guard(self, done),
            forms.guard(self, failed),
        )
