"""The start screen: choose a profile and unlock it, create one, recover one, or try the demo.

Every step that touches a key or a file (listing profiles, Argon2id, opening or creating a vault,
building the demo) runs in the task runner; this screen only shows what is happening and waits
for the callback. A new profile's recovery code is shown once, with Print and Copy, and the
person confirms they have it by typing its last four characters; only then does the profile open.

This screen is the first thing a person sees, so it paints before anything heavy loads (issue
#6, cold start): the profile names come straight from the plaintext headers; the full check of
each header and of the keyring, the vault, the demo data and Qt's printing module load after
the first paint, in the worker, or when a button needs them.

The unlock page (start_unlock.py) and the create, code and recover pages (start_create.py) are
mixins this screen inherits; start_page.py says why. The welcome page, the demo, and moving
between pages are here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import forms
from ui.after_paint import AfterPaint
from ui.clipboard import SecureClipboard
from ui.i18n import LANGUAGES
from ui.preferences import PreferenceStore
from ui.session import Session
from ui.tasks import Progress
from ui.theme import BASE_POINT_SIZE
from ui.views.start_create import CreatePages
from ui.views.start_unlock import UnlockPage

if TYPE_CHECKING:
    from planner.vault import Profiles, Vault

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


class StartScreen(UnlockPage, CreatePages, QWidget):
    """Shown when no profile is unlocked. Emits nothing itself: a successful unlock, create,
    recover or demo ends in `session.adopt(vault)`, and the main window follows
    `Session.unlocked`."""

    profiles_listed = Signal(list)  # names, after each refresh
    page_changed = Signal(str)
    language_chosen = Signal(str)
    # Once, after the first paint and the start screen's own warm-up job: the window queues
    # its own (what the first screen after unlock imports), behind this screen's.
    warmed_up = Signal()

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
        # A screen covered by its pages and with no background of its own (no style sheet)
        # may never get a paint event: the put-off checks then run a moment later anyway.
        AfterPaint(self, self._first_painted, fallback_ms=FIRST_PAINT_FALLBACK_MS)

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
        # Built from the window down: the scroll area goes into its place first, then an empty
        # page into it, then each widget into the page. Under the app's style sheet, moving a
        # widget to a new parent restyles it and everything inside it; built bottom up, as
        # before, the finished page was restyled whole twice more (into its centring row,
        # then into the scroll area), and once inside a parentless scroll area that was
        # restyled again when it joined the window (issue #22, cold start).
        holder = self._holders[PAGES.index(key)]
        holder_layout = holder.layout()
        assert holder_layout is not None
        area = forms.scroll(None)
        area.setAccessibleName(self.tr("Health Planner start page"))
        holder_layout.addWidget(area)
        centred = QWidget()
        area.setWidget(centred)
        row = QHBoxLayout(centred)
        page = QWidget()
        page.setObjectName(f"start-{key}")
        self._pages[key] = page
        row.addStretch(1)
        row.addWidget(page, 4)
        row.addStretch(1)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        getattr(self, f"_build_{key}")(inner)
        inner.addStretch(1)
        # 900 px at the base text size, wider at larger sizes: the theme is on before the pages
        # are made, so they are in the chosen text size, and at 200 % a row of buttons needs
        # more than 900 px.
        scale = max(1.0, page.font().pointSizeF() / BASE_POINT_SIZE)
        page.setMaximumWidth(round(900 * scale))
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
        self.warmed_up.emit()

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

    def back(self) -> None:
        self._discard_pending()
        if self.names:
            self._fill_profiles()
        else:
            self._show("welcome", "welcome_create")

    def _adopt(self, vault: Vault) -> None:
        if self.preferences is not None and not self.preferences.value.shared_pc:
            self.preferences.update(last_profile=vault.name)
        self.session.adopt(vault)

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
