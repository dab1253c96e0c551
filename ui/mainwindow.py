"""The main window: the start screen while locked; a sidebar of screens once unlocked.

The screens are listed from `ui.views.screens.SCREENS` (names only) when a profile unlocks; each
view is imported and built the first time the person goes to it, so unlocking builds Today alone
(issue #22), and every view is thrown away when the profile locks, so no widget or table model
keeps health data behind a locked screen. Ctrl+1..9 jump to the screens, Ctrl+L locks, F1 shows
About. Jobs that fail without their own handler end up in one plain message box; a busy bar in
the status bar shows while the worker has jobs.

Before the first paint the window builds only what the start screen needs: the sidebar page is
made at the first unlock, and this module names no `Qt` enum at import or in `__init__` (see
`forms.set_enum`; issue #6, cold start).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ui import accessible, forms, heap
from ui.after_paint import AfterPaint
from ui.clipboard import SecureClipboard
from ui.i18n import Translations
from ui.idle import IdleLock
from ui.navigation import NavigationWindow, Screen
from ui.preferences import Preferences, PreferenceStore
from ui.reminders import ReminderNotifier
from ui.session import Session
from ui.theme import apply_theme
from ui.views.start import StartScreen
from ui.window_chrome import WindowChrome

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton

    from ui.read_only import ReadOnlyGuard
    from ui.views.settings import SettingsView

log = logging.getLogger(__name__)
AFTER_PAINT_MS = 200  # if a visible window is not painted by then, do not wait for it


def feature_views() -> list[tuple[str, str, type]]:
    """`ui.views.registry.FEATURE_VIEWS`: every feature screen with its class, all imported.
    The window itself never calls this: it lists `ui.views.screens.SCREENS` and imports a view
    when it is first shown (issue #22)."""
    from ui.views.registry import FEATURE_VIEWS

    return list(FEATURE_VIEWS)


def _import_first_screen() -> None:
    """Runs in the worker: import the first screen's module (no widget is made there)."""
    from ui.views.screens import SCREENS, view_class

    view_class(SCREENS[0])


# Long enough that unlocking and painting Today have the interpreter to themselves.
WARM_UP_AFTER_MS = 3000


def translate_title(title: str) -> str:
    return QCoreApplication.translate("Navigation", title)  # as marked in ui/views


class MainWindow(NavigationWindow, WindowChrome):
    def __init__(
        self,
        session: Session,
        preferences: PreferenceStore,
        translations: Translations | None = None,
        clipboard: SecureClipboard | None = None,
        *,
        apply_looks: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        accessible.install()  # our painted widgets' roles, for screen readers
        self.setObjectName("main-window")
        self.session = session
        self.preferences = preferences
        self.translations = translations
        self.apply_looks = apply_looks
        prefs = preferences.value
        self.clipboard = clipboard or SecureClipboard(prefs.effective_clipboard_seconds, self)
        self.screens: list[Screen] = []
        self.read_only_guard: ReadOnlyGuard | None = None
        self.error_box: QMessageBox | None = None
        self.about_box: QMessageBox | None = None
        self._looks = (prefs.theme_name, prefs.text_scale)
        if apply_looks:  # first: each widget is then styled once, as it is made
            self._apply_looks(prefs, force=True)
        self._easy_read = prefs.easy_read
        if prefs.easy_read:  # not imported for everyone before the first paint (#6)
            from ui import easy_read

            easy_read.set_enabled(True)

        self.pages = QStackedWidget()
        self.start = self._make_start()
        self._app_page: QWidget | None = None  # at the first unlock: see `app_page`
        self._screens_imported = False  # the other screens imported once, after the first unlock
        self.pages.addWidget(self.start)
        self.setCentralWidget(self.pages)
        self.setWindowTitle(self.tr("Health Planner"))
        self.resize(1100, 760)
        # The menus and the status bar are built after the first paint, which shows neither:
        # when the start screen says it has painted (`_warm_up_first_screen`), or at once when
        # something needs them sooner (`_ensure_chrome`).
        self._chrome = False
        self.go_actions: list[QAction] = []  # Ctrl+1..9, made with the screens' list

        self.idle = IdleLock(session, prefs.effective_auto_lock_minutes, self)
        self.reminders = ReminderNotifier(session, preferences, self)
        self.reminders.announced.connect(self._say_reminder)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.runner.failed_unhandled.connect(self.show_error)
        session.runner.busy_changed.connect(self._busy_changed)
        preferences.changed.connect(self._preferences_changed)
        self.start.refresh()

    def _say_reminder(self, title: str, body: str) -> None:
        """A reminder in the status bar's line (and so to screen readers), even one that
        falls due before the chrome is built."""
        self._ensure_chrome()
        self.reminder_line.show_reminder(title, body)

    # -- building -------------------------------------------------------------------------

    def _make_start(self) -> StartScreen:
        start = StartScreen(self.session, self.preferences, self.clipboard)
        start.language_chosen.connect(self._language_chosen)
        start.warmed_up.connect(self._warm_up_first_screen)
        return start

    def _warm_up_first_screen(self) -> None:
        """After the first paint: the menus and status bar; and, in the worker, import the
        screen unlocking shows (Today and what it pulls in: the services, the
        social-prescribing data, ~100 ms), while the person types a passphrase, so unlocking
        builds it without importing on the UI thread (#22)."""
        heap.start_painted()  # the collector back on, what the start made frozen
        self._ensure_chrome()
        self.session.runner.run(_import_first_screen, on_failed=lambda _exc: None)

    def _language_chosen(self, code: str) -> None:
        self.preferences.update(language=code)

    @property
    def app_page(self) -> QWidget:
        """The sidebar, the header and the screens: made at the first unlock, as the start
        screen paints without them."""
        if self._app_page is None:
            self._app_page = self._build_app_page()
            self.pages.addWidget(self._app_page)
            self._retranslate_app_page()
        return self._app_page

    def _build_app_page(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout

        from ui.widgets.wrapping import wrap_rows

        page = QWidget()
        page.setObjectName("app-page")
        self.sidebar: QListWidget = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        wrap_rows(self.sidebar)  # whole names, wrapped when the sidebar is narrow (#23)
        self.sidebar.currentRowChanged.connect(self._screen_chosen)
        self.views = QStackedWidget()
        self.profile_label: QLabel = forms.label("", "subheading", wrap=False)
        self.lock_button: QPushButton = forms.button("", "")
        self.lock_button.clicked.connect(self.lock_now)
        header = QHBoxLayout()
        header.setContentsMargins(16, 8, 16, 8)
        header.addWidget(self.profile_label, 1)
        header.addWidget(self.lock_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(header)
        from ui.widgets.banner import Banner

        self.read_only_banner = Banner(page)  # why the profile is read-only, while it is
        right.addWidget(self.read_only_banner)
        right.addWidget(self.views, 1)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        QWidget.setTabOrder(self.sidebar, self.lock_button)
        return page

    @property
    def has_menus(self) -> bool:
        """The menus and status bar are built (right after the first paint)."""
        return self._chrome

    def _ensure_chrome(self) -> None:
        """The menu bar, its menus and the status bar with its busy bar, once. Before the
        first paint they cost ~6M instructions of Qt's (the menu bar's extension button and
        its icon) and the Python types of QMenuBar, QMenu, QAction, QKeySequence, QStatusBar
        and QProgressBar (issue #22, cold start <= 1.3x a bare window); the start screen
        needs none of them to be seen. The reminders' tray icon goes up then too."""
        if self._chrome:
            return
        self._chrome = True
        self._build_menus()
        self._build_status_bar()
        self._retranslate()
        self._set_unlocked_ui(self.session.is_unlocked)
        self._busy_changed(self.session.runner.busy)
        self.reminders.show_in_tray()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Health Planner"))
        if self._app_page is not None:
            self._retranslate_app_page()
        if not self._chrome:
            return
        self.profile_menu.setTitle(self.tr("&Profile"))
        self.lock_action.setText(self.tr("&Lock"))
        self.switch_action.setText(self.tr("&Switch profile"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go to"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Health Planner"))
        self.busy_label.setText(self.tr("Working…"))
        self.busy_bar.setAccessibleName(self.tr("Working, please wait"))

    def _retranslate_app_page(self) -> None:
        self.lock_button.setText(self.tr("Loc&k"))
        self.lock_button.setAccessibleName(self.tr("Lock Health Planner"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.sidebar.setAccessibleName(self.tr("Screens"))
        if self.session.name:
            self._name_profile(self.session.name)

    def _name_profile(self, name: str) -> None:
        """The open profile's name, and whose carer is in it when it is not their own (#24)."""
        carer = self.session.home_name
        if carer is None:
            self.profile_label.setText(name)
            self.profile_label.setAccessibleName(self.tr("Profile: %1").replace("%1", name))
            return
        from ui.widgets.wording import directed

        text = directed(self.tr("%1, opened by %2 (carer)").replace("%1", name)
                        .replace("%2", carer))
        self.profile_label.setText(text)
        self.profile_label.setAccessibleName(self.tr("Profile: %1").replace("%1", text))

    # -- screens --------------------------------------------------------------------------

    def _build_views(self) -> None:
        """List every screen in the sidebar, the Go to menu and Ctrl+1..9; build none. A view is
        built when first shown (`_build_screen`), so unlocking imports and polishes Today alone:
        building all of them took ~600 ms of the UI thread at unlock (issue #22)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QListWidgetItem

        from ui.views.screens import SCREENS

        self.app_page  # noqa: B018 - made now if this is the first unlock
        self._ensure_chrome()  # the Go to menu (built already, unless unlocked at once)
        self._drop_views()
        entries = [(entry.key, translate_title(entry.title)) for entry in SCREENS]
        entries.append(("settings", self.tr("Settings")))
        for index, (key, title) in enumerate(entries):
            self.screens.append(Screen(key, title, self._build_screen))
            item = QListWidgetItem(title)
            if index < 9:
                shortcut = QKeySequence(f"Ctrl+{index + 1}")
                item.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
                action = QAction(title, self)
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(lambda _checked=False, i=index: self.go_to(i))
                self.go_menu.addAction(action)
                self.addAction(action)
                self.go_actions.append(action)
            self.sidebar.addItem(item)
        self.sidebar.setFixedWidth(self._sidebar_width())

    def _build_screen(self, screen: Screen) -> QWidget:
        """Import and build the view of `screen` and put it in the stack (not shown yet). Runs
        the first time anything asks for `screen.widget`. A view's own load runs in the worker
        and starts when the view is shown or, for the screen being chosen, as soon as it
        exists, so the worker reads while this thread styles and lays the view out and the
        answer is usually there for the first paint (#22).

        The scroll area joins the stack before the view is made, and the view is made inside
        it (in its viewport, where `setWidget` keeps it): under the app's style sheet each
        move to a new parent restyles a widget and all inside it. The finished view once moved
        twice (into a parentless scroll area, then with it into the window), and later once;
        made in place it is styled as its widgets are made, which took ~10 ms off opening
        Taking part (#22)."""
        area = forms.scroll(None)
        screen.area = area
        self.views.addWidget(area)
        if screen.key == "settings":
            from ui.views.settings import SettingsView

            view: QWidget = SettingsView(self.session, self.preferences, area.viewport())
        else:
            from ui.views.screens import SCREENS, view_class

            entry = next(e for e in SCREENS if e.key == screen.key)
            view = view_class(entry)(self.session, area.viewport())
        from ui.widgets.wrapping import let_text_wrap

        let_text_wrap(view)  # long group titles and check boxes wrap, not widen the screen (#23)
        if self._easy_read:
            from ui import easy_read

            easy_read.apply(screen.key, view)
        if screen.key == self._about_to_show:
            load_early = getattr(view, "load_before_shown", None)
            if callable(load_early):
                load_early()  # the worker reads while this thread polishes and lays out
        area.setAccessibleName(screen.title)  # a screen reader names the region it scrolls
        area.setWidget(view)
        self._connect_view(screen.key, view)
        guard = self.read_only_guard
        if guard is not None:
            guard.sweep(view)
        self.session.heap.screen_built()  # its widgets frozen next turn (ui/heap.py)
        return view

    @property
    def settings(self) -> SettingsView:
        """The Settings screen's view, built now if it was not yet."""
        from ui.views.settings import SettingsView

        view = self.view("settings")
        assert isinstance(view, SettingsView)
        return view

    # -- locking --------------------------------------------------------------------------

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        if not self._chrome:
            return  # `_ensure_chrome` sets it as it builds the menus
        self.lock_action.setEnabled(unlocked)
        self.switch_action.setEnabled(unlocked)
        self.go_menu.setEnabled(unlocked)

    def _on_unlocked(self, name: str) -> None:
        from PySide6.QtCore import Qt

        self._build_views()
        self.clipboard.clear()  # a carer moving to another person leaves nothing copied behind
        self._name_profile(name)
        # The list would choose its first row as it shows or takes focus, building Today now:
        # it is chosen here and built in the next turn (below).
        self.sidebar.blockSignals(True)
        self.pages.setCurrentWidget(self.app_page)
        self._set_unlocked_ui(True)
        self._show_read_only()
        self.sidebar.setCurrentRow(0)
        self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sidebar.blockSignals(False)
        self.statusBar().showMessage(self.tr("Unlocked."), 4000)
        # The sidebar and header paint first; Today, imported already by the warm-up, is built
        # in the turn after that paint, so the window never freezes for both (#22).
        self._after_paint(self._show_chosen_screen)

    def _after_paint(self, then: Callable[[], None]) -> None:
        """`then` in the turn after the window's next paint (at once, if it paints nothing)."""
        if self.isVisible() and not self.isMinimized():
            AfterPaint(self, then, event=QEvent.Type.UpdateRequest, fallback_ms=AFTER_PAINT_MS)
        else:
            QTimer.singleShot(0, self, then)

    def _show_chosen_screen(self) -> None:
        """Build and show the screen the sidebar has chosen, unless it is shown already (the
        person moved on meanwhile) or the profile locked."""
        screen = self.current_screen()
        if screen is None or not self.session.is_unlocked:
            return
        if screen.area is None or self.views.currentWidget() is not screen.area:
            self._screen_chosen(self.sidebar.currentRow())
        if not self._screens_imported:
            self._screens_imported = True
            QTimer.singleShot(WARM_UP_AFTER_MS, self, self._import_other_screens)

    def _import_other_screens(self) -> None:
        """A few seconds after unlock, import the screens not yet built (in a thread of their
        own), so a first visit builds widgets without importing on the UI thread (#22)."""
        from ui.views.screens import SCREENS, import_quietly

        if self.session.is_unlocked:
            import_quietly([entry for entry in SCREENS if entry.key != self.screens[0].key])

    def read_only_reason(self) -> str:
        """Why nothing can be saved, in the person's language ("" when it can)."""
        why = self.session.read_only
        if why is None:
            return ""
        from ui.widgets.wording import directed  # a carer's name may lead the sentence (#24)

        return directed(" ".join((
            forms.core_message(str(why)),
            self.tr("You can look at everything, but saving is turned off."),
        )))

    def _show_read_only(self) -> None:
        """Say why the profile is read-only, and turn off every write control in every view,
        now and whenever a view shows or rebuilds one (`ui.read_only.ReadOnlyGuard`)."""
        from PySide6.QtWidgets import QApplication

        from ui.read_only import ReadOnlyGuard

        app = QApplication.instance()
        old = self.read_only_guard
        if old is not None and app is not None:
            app.removeEventFilter(old)
        self.read_only_guard = None
        reason = self.read_only_reason()
        if self._app_page is None:
            return
        if not reason:
            self.read_only_banner.dismiss()
            return
        self.read_only_banner.show_message(reason, "error")
        self.read_only_banner.close_button.setVisible(False)
        guard = ReadOnlyGuard(reason, self)
        self.read_only_guard = guard
        if app is not None:
            app.installEventFilter(guard)
        for view in self.built_views():  # the others are swept as they are built
            guard.sweep(view)

    def _on_locked(self) -> None:
        self._show_read_only()  # the session forgot why: the guard and banner go
        self._drop_views()
        self.clipboard.clear()
        if self._chrome:
            self.reminder_line.clear_reminder()
        if self._app_page is not None:
            self.profile_label.clear()
        self._set_unlocked_ui(False)
        self.pages.setCurrentWidget(self.start)
        self.start.reset()
        self.statusBar().showMessage(self.tr("Locked. Type your passphrase to carry on."))

    def lock_now(self) -> None:
        if self.session.is_unlocked:
            self.session.lock()

    @property
    def showing_start(self) -> bool:
        return self.pages.currentWidget() is self.start

    # -- preferences ----------------------------------------------------------------------

    def _preferences_changed(self, prefs: Preferences) -> None:
        self.idle.set_minutes(prefs.effective_auto_lock_minutes)
        self.clipboard.seconds = prefs.effective_clipboard_seconds
        if self.apply_looks:
            self._apply_looks(prefs)
        if prefs.easy_read != self._easy_read:
            QTimer.singleShot(0, lambda: self._change_easy_read(prefs.easy_read))
        if self.translations is not None and prefs.language != self.translations.language:
            # Let the combo box that asked for it finish its signal before rebuilding.
            QTimer.singleShot(0, lambda: self._change_language(prefs.language))

    def _apply_looks(self, prefs: Preferences, *, force: bool = False) -> None:
        looks = (prefs.theme_name, prefs.text_scale)
        app = QApplication.instance()
        if (force or looks != self._looks) and isinstance(app, QApplication):
            self._looks = looks
            apply_theme(app, prefs.theme_name, prefs.text_scale)
            if self.screens:
                self.sidebar.setFixedWidth(self._sidebar_width())

    def _change_easy_read(self, on: bool) -> None:
        """Build the screens again, in easy read or not (`ui.easy_read`)."""
        from ui import easy_read

        if on == self._easy_read:
            return
        self._easy_read = on
        easy_read.set_enabled(on)
        if self.session.is_unlocked:
            current = self.current_screen()
            key = current.key if current else None
            self._build_views()
            self.go_to(key if key in self.screen_keys() else 0)

    def _change_language(self, code: str) -> None:
        if self.translations is None or code == self.translations.language:
            return
        self.translations.apply(code)
        self._retranslate()
        old = self.start
        self.start = self._make_start()
        self.pages.insertWidget(0, self.start)
        if self.pages.currentWidget() is old:
            self.pages.setCurrentWidget(self.start)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.start.refresh()
        if self.session.is_unlocked:
            current = self.current_screen()
            key = current.key if current else None
            self._build_views()
            self.go_to(key if key in self.screen_keys() else 0)
            if key == "settings":
                self.settings.language.setFocus()

    # -- messages -------------------------------------------------------------------------

    def show_error(self, exc: object) -> None:
        """A job failed and nobody handled it: one plain message, never a traceback."""
        if not isinstance(exc, BaseException) or forms.is_quiet(exc):
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        log.warning("a job failed: %s", type(exc).__name__)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Health Planner"),
            forms.friendly_error(exc),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAccessibleName(self.tr("Problem"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from planner import __version__

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Health Planner"),
            self.tr("Health Planner, version %1").replace("%1", __version__),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Plan and keep track of your own health and care. Your information stays on this "
                "computer, locked with your passphrase.\n\nFonts: Noto Sans and Noto Naskh Arabic, "
                "SIL Open Font License 1.1."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    # -- window events --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.preferences.value.lock_on_minimise
        ):
            self.lock_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock_now()
        self.clipboard.clear()
        super().closeEvent(event)
