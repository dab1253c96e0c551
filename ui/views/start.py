"""The start screen: choose a profile and unlock it, create one, recover one, or try the demo.

Every step that touches a key or a file (listing profiles, Argon2id, opening or creating a vault,
building the demo) runs in the task runner; this screen only shows what is happening and waits
for the callback. A new profile's recovery code is shown once, with Print and Copy, and the
person confirms they have it by typing its last four characters; only then does the profile open.

This screen is the first thing a person sees, so it paints before anything heavy loads (issue
#6, cold start): the profile names come straight from the plaintext headers; the full check of
each header and of the keyring, the vault, the demo data and Qt's printing module load after
the first paint, in the worker, or when a button needs them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import WrongPassphrase
from ui import forms
from ui.clipboard import SecureClipboard
from ui.i18n import LANGUAGES
from ui.preferences import PreferenceStore
from ui.session import Session
from ui.tasks import Progress
from ui.theme import BASE_POINT_SIZE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from planner.vault import Profiles, Vault
    from planner.vault.keys import RecoveryCode

log = logging.getLogger(__name__)
FIRST_PAINT_FALLBACK_MS = 400
PAGES = ("loading", "welcome", "unlock", "create", "code", "recover", "demo")
# The buttons that start a job: disabled while one runs (see `_set_busy`).
BUSY_BUTTONS = (
    "unlock_button",
    "create_button",
    "recover_button",
    "welcome_create",
    "welcome_demo",
    "unlock_demo",
    "remembered_button",
)


def _warm_up() -> None:
    """In the worker, after the first paint: load what Unlock, Create, Recover and the demo
    need (the vault and its repositories, SQLCipher, Argon2id, AES-GCM), so that the first of
    them does not wait for imports the start screen put off."""
    import planner.vault.vault  # noqa: F401
    from planner.vault import keys

    keys.load_crypto()


def _close_vault(result: object) -> None:
    """A vault opened for a start screen that has since gone: lock it, nobody will use it."""
    vault = result[0] if isinstance(result, tuple) else result
    module = sys.modules.get("planner.vault.vault")  # not loaded: no vault was ever opened
    if module is not None and isinstance(vault, module.Vault):
        vault.lock()


class _FirstPaint(QObject):
    """Calls `then` once, as soon as the control loop is back after `widget`'s first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


class PassphraseField(QWidget):
    """A passphrase box with a "Show" tick box and, for new passphrases, a strength hint."""

    def __init__(self, accessible: str, *, hint: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = forms.line_edit(accessible, password=True)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase"))
        forms.set_enum(self.show_box, "focusPolicy", "StrongFocus")
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
        self._painted = False
        self._checks_waiting = False
        _FirstPaint(self, self._first_painted)
        # A screen covered by its pages and with no background of its own (no style sheet)
        # may never get a paint event: the put-off checks then run a moment later anyway.
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._first_painted)

        # One holder per page, in PAGES order; a page's widgets are made the first time it is
        # shown (or reached into, see __getattr__). Only the page a person sees first is built
        # before the first paint: the other six, with their style sheet, cost ~20 ms (#6).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Shown above every page when a profile here cannot be read (see `_show_damaged`).
        self.damaged_note = forms.message_label()
        layout.addWidget(self.damaged_note)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self._pages: dict[str, QWidget] = {}
        self._holders: list[QWidget] = []
        for _key in PAGES:
            holder = QWidget(self.stack)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.stack.addWidget(holder)
        self.stack.currentChanged.connect(lambda index: self._page(PAGES[index]))
        # The stack starts on "loading", built only if it is ever seen: `refresh` usually
        # picks the real page before the window shows (see showEvent).

    # -- building the pages ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._page(self.page)

    def _page(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet."""
        page = self._pages.get(key)
        if page is not None:
            return page
        page = QWidget()
        page.setObjectName(f"start-{key}")
        self._pages[key] = page
        inner = QVBoxLayout(page)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        getattr(self, f"_build_{key}")(inner)
        inner.addStretch(1)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(page, 4)
        row.addStretch(1)
        # 900 px at the base text size, wider at larger sizes: the theme is on before the pages
        # are made, so they are in the chosen text size, and at 200 % a row of buttons needs
        # more than 900 px.
        scale = max(1.0, page.font().pointSizeF() / BASE_POINT_SIZE)
        page.setMaximumWidth(round(900 * scale))
        holder = self._holders[PAGES.index(key)]
        holder_layout = holder.layout()
        assert holder_layout is not None
        holder_layout.addWidget(forms.scroll(centred))
        if self._busy:
            self._set_busy(True)
        return page

    def __getattr__(self, name: str) -> Any:
        """A widget of a page not built yet (the window and tests reach in): build the pages
        that are missing, then look again. Only called when normal lookup fails."""
        pages = self.__dict__.get("_pages")
        if pages is None or name.startswith("_") or len(pages) == len(PAGES):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        for key in PAGES:
            self._page(key)
        return getattr(self, name)

    def _built(self, *names: str) -> list[Any]:
        """Those of the widgets `names` whose page has been built."""
        found = (self.__dict__.get(name) for name in names)
        return [widget for widget in found if widget is not None]

    def _language_row(self, layout: QVBoxLayout) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Language"))
        forms.set_enum(combo, "focusPolicy", "StrongFocus")
        # The codes stay in Python rather than in the items' data: handing PySide a QVariant
        # here makes it create every QtCore class (~10 ms of the first paint, issue #6).
        codes = [code for code, _name in LANGUAGES]
        combo.addItems([name for _code, name in LANGUAGES])
        current = self.preferences.value.language if self.preferences else "en_GB"
        combo.setCurrentIndex(codes.index(current) if current in codes else 0)
        combo.activated.connect(lambda index: self.language_chosen.emit(codes[index]))
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
        from PySide6.QtWidgets import QListWidget  # ~2 ms of enums: not on the welcome page

        self.profile_list: QListWidget = QListWidget()
        self.profile_list.setAccessibleName(self.tr("Profiles on this computer"))
        forms.set_enum(self.profile_list, "focusPolicy", "StrongFocus")
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
        forms.set_enum(self.remember_box, "focusPolicy", "StrongFocus")
        self.remember_box.setVisible(False)
        layout.addWidget(self.remember_box)
        self.unlock_error = forms.message_label()
        layout.addWidget(self.unlock_error)
        self.unlock_button = forms.button(self.tr("&Unlock"), self.tr("Unlock"), primary=True)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button)
        # Offered when another copy of the app holds the profile (planner/vault/holder.py).
        self.read_only_button = forms.button(
            self.tr("Open &read-only"), self.tr("Open read-only, without saving")
        )
        self.read_only_button.clicked.connect(lambda: self.unlock(read_only=True))
        self.read_only_button.setVisible(False)
        layout.addWidget(self.read_only_button)
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
            self.read_only_button,
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
        selectable = "TextSelectableByKeyboard|TextSelectableByMouse"
        forms.set_enum(self.code_label, "textInteractionFlags", selectable)
        forms.set_enum(self.code_label, "focusPolicy", "StrongFocus")
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

    def _show(self, key: str, focus: str = "") -> None:
        """Show page `key` (building it if need be) with the focus on its widget named `focus`
        (an attribute path such as "unlock_passphrase.edit")."""
        self._page(key)
        self.stack.setCurrentIndex(PAGES.index(key))
        if focus:
            target: Any = self
            for part in focus.split("."):
                target = getattr(target, part)
            target.setFocus()  # Qt.FocusReason.OtherFocusReason, the default
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
        for widget in self._built(*BUSY_BUTTONS):  # a page built later follows `_busy`
            widget.setEnabled(not busy)
        if busy:
            from PySide6.QtCore import Qt  # not before the first paint: see forms.set_enum

            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def busy(self) -> bool:
        return self._busy

    def refresh(self) -> None:
        """List the profiles and show the welcome or the unlock page.

        The names are read at once from the plaintext headers (`Profiles.quick_names`: a few
        small files, no pydantic, no keys), so the page a person sees first is the real one.
        The full check of every header, and whether this PC has a keyring that can remember
        someone, follow in the worker (`_check_profiles`); the first time, only after this
        screen has painted, so they do not slow the first paint down (issue #6)."""
        profiles = self.profiles
        try:
            names = profiles.quick_names()
        except Exception as exc:  # noqa: BLE001 - shown as a plain message, as before
            self._list_failed(exc)
        else:
            known = profiles.can_remember_now() if self._remember_allowed() else False
            self.names = names
            self._can_remember = bool(known)
            self._fill_profiles()
            self.profiles_listed.emit(names)
        if self._painted:
            self._check_profiles()
        else:
            self._checks_waiting = True

    def _first_painted(self) -> None:
        """After the first paint, once: the checks `refresh` put off."""
        if self._painted:
            return
        self._painted = True
        if self._checks_waiting:
            self._check_profiles()
        self.session.runner.run(_warm_up, on_failed=lambda _exc: None)

    def _check_profiles(self) -> None:
        """In the worker: every header validated in full, and the keyring looked up. The page
        changes only if that tells something new, so nothing typed meanwhile is lost."""
        self._checks_waiting = False
        profiles = self.profiles
        allowed = self._remember_allowed()

        def check() -> tuple[list[str], bool, list[str]]:
            damaged = [str(path) for path in profiles.damaged()]
            return profiles.names(), allowed and profiles.can_remember(), damaged

        def checked(result: tuple[list[str], bool, list[str]]) -> None:
            names, can_remember, damaged = result
            self._show_damaged(damaged)
            if names == self.names:
                self._set_remember(can_remember)
                return
            self.names = names
            if self.page in ("loading", "welcome", "unlock") and not self._busy:
                self._can_remember = can_remember
                self._fill_profiles()
                self.profiles_listed.emit(names)
            else:  # busy elsewhere: the new list shows when the person comes back
                self._set_remember(can_remember)

        def failed(exc: BaseException) -> None:
            if self.page in ("loading", "welcome", "unlock") and not self._busy:
                self._list_failed(exc)

        self.session.runner.run(check, forms.guard(self, checked), forms.guard(self, failed))

    def _show_damaged(self, paths: list[str]) -> None:
        """Say so when a profile's header cannot be read: the profile is then missing from the
        list, and a person might otherwise think their records were gone and start again."""
        text = ""
        if paths:
            text = self.tr(
                "A profile on this computer cannot be opened because its file %1 is damaged "
                "or missing. Its records have not been deleted. If you have a backup of that "
                "profile, restore it; or ask the person who helps you with this computer."
            ).replace("%1", ", ".join(paths))
        forms.show_message(self.damaged_note, text, "error")

    def _set_remember(self, can_remember: bool) -> None:
        if can_remember == self._can_remember:
            return
        self._can_remember = can_remember
        for box in self._built("remember_box"):
            box.setVisible(can_remember and self._remember_allowed())
        if can_remember and self.names and self._built("profile_list"):
            self._profile_selected(self.selected_name())

    def _list_failed(self, exc: BaseException) -> None:
        self.names = []
        self._show("welcome", "welcome_create")
        forms.show_message(self.welcome_error, forms.friendly_error(exc))

    def _remember_allowed(self) -> bool:
        return self.preferences is None or self.preferences.value.allow_remember

    def preselect(self, name: str) -> None:
        self._preselect = name
        if self.names:
            self._fill_profiles()

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
        self.single_profile.setText(self.tr("Profile: %1").replace("%1", wanted))
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

    def back(self) -> None:
        self._discard_pending()
        if self.names:
            self._fill_profiles()
        else:
            self._show("welcome", "welcome_create")

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
            self.tr(
                "Type the recovery code you were given when you made the profile “%1”, "
                "then choose a new passphrase. You will get a new recovery code."
            ).replace("%1", name)
        )
        self.recover_code.clear()
        self.recover_passphrase.clear()
        self.recover_repeat.clear()
        forms.show_message(self.recover_error, "")
        self._show("recover", "recover_code")

    # -- unlock ---------------------------------------------------------------------------

    def unlock(self, read_only: bool = False) -> None:
        """`read_only`: open a profile another copy of the app holds, for reading only."""
        if self._busy:
            return
        self.read_only_button.setVisible(False)
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
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # ~10 ms, only for printing
        from PySide6.QtWidgets import QDialog

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
        for label in self._built("code_label"):
            label.clear()
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
        self._show("demo", "demo_progress")

        def build(progress: Progress) -> Vault:
            # In the worker: the demo data and the vault load here, not before the first paint.
            from planner import demo
            from sync.demo import create_demo

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
            from planner import demo  # loaded by `build`

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
        for edit in self._built(
            "create_name", "create_repeat", "recover_code", "recover_repeat", "confirm_edit"
        ):
            edit.clear()
        for field in self._built("unlock_passphrase", "create_passphrase", "recover_passphrase"):
            field.clear()
        # Listed once the lock has settled (the screens it drops take their focus with them),
        # so the passphrase box keeps the focus it is given.
        QTimer.singleShot(0, self, self.refresh)
