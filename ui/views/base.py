"""What every feature view shares: loading through the session, refreshing, forgetting on lock.

A view never holds the vault. `refresh()` runs `_load(vault)` in the serial worker and hands the
result to `_show(result)` in the UI thread. `clear()` drops every shown value (the app calls it
on lock) and makes any answer still on its way arrive at a view that no longer wants it, so no
health data reappears after a lock. A hidden view that hears of a change refreshes when it is
next shown, so five views do not all reload for one log entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from shiboken6 import isValid

from planner.vault import Vault
from sync.access import VaultCall
from ui.session import Locked, Session
from ui.tasks import Progress
from ui.widgets.banner import Banner
from ui.widgets.forms import user_message

T = TypeVar("T")

# What `Session.changed` names: an aggregate ("logs", "goals", "plan", "trackers",
# "questionnaires", "reminders", "person", ...), or EVERYTHING after a change to the whole
# profile (an import or a restore), which refreshes every view.
EVERYTHING = "all"


def heading(text: str, parent: QWidget | None = None, *, level: int = 1) -> QLabel:
    """A view or section heading: bigger and bold, sized relative to the app font (points)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.2))
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    return label


def bold(label: QLabel) -> QLabel:
    """Make a label bold and nothing else: its size still follows the app's text size."""
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    return label


def paragraph(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class FeatureView(QWidget, Generic[T]):
    """Subclasses set `WATCHES` and implement `_load`, `_show` and `_clear`."""

    loaded = Signal()  # after fresh data is on screen (tests and the shell's busy cues use it)

    WATCHES: frozenset[str] = frozenset()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._stale = True
        self._loading = False  # a load is on its way
        self._again = False  # and another was asked for meanwhile
        self.banner = Banner(self)
        self.dialog: QDialog | None = None  # the form this view has open, if any
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self._on_unlocked)

    # -- subclass hooks -----------------------------------------------------------------

    def _load(self, vault: Vault) -> T:  # runs in the worker: no widgets here
        raise NotImplementedError

    def _show(self, data: T) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    # -- public -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load again. While a load is on its way, further requests are folded into one more
        load after it, and `loaded` fires only once the newest data is on screen."""
        if not self.session.is_unlocked:
            return
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.call(self._load, self._shown, self._load_failed)

    def load_before_shown(self) -> None:
        """Start the first load now, before the view is shown: its window is about to show
        it and has only styling and layout left to do, which the worker's read can overlap,
        and the answer is then often there before the first paint (one paint, with the data,
        not an empty screen and then the data). `showEvent` finds nothing stale and does not
        load twice."""
        if self._stale:
            self.refresh()

    def _shown(self, data: T) -> None:
        self._loading = False
        self._show(data)
        if self._again:
            self._again = False
            self.refresh()
        else:
            self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.banner.show_message(user_message(exc), "error")
        if self._again:
            self._again = False
            self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock); answers already on their way are dropped, and an
        open form closes, so no health data stays on screen behind the lock."""
        self._generation += 1
        self._stale = True
        self._loading = False
        self._again = False
        self.banner.dismiss()
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)  # even a busy one: we are locked
            self.dialog = None
        self._clear()

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a form without blocking the event loop; the view keeps it (so `clear` can close
        it) and it is deleted once closed. It is fitted to its screen first (wrapping words,
        scrolling when taller than the screen: ui/widgets/dialog_fit.py)."""
        from ui.widgets.dialog_fit import fit_dialog

        fit_dialog(dialog)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def call(
        self,
        op: Callable[[Vault], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        changes: str | None = None,
    ) -> None:
        """`session.run`, with the answer dropped if the view was cleared meanwhile and any
        failure shown in the banner in plain words."""
        self.session.run(op, *self._guarded(on_done, on_failed), changes=changes)

    def call_network(
        self,
        op: Callable[[VaultCall, Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """`session.run_network`, guarded as `call` is."""
        self.session.run_network(op, *self._guarded(on_done, on_failed), on_progress)

    def _guarded(
        self,
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[BaseException], None] | None,
    ) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        generation = self._generation

        def current() -> bool:
            """Still the view that asked: neither cleared (lock) nor deleted meanwhile (the
            screens rebuilt for easy read or a language), whose widgets are gone."""
            return generation == self._generation and isValid(self)

        def done(result: Any) -> None:
            if not current():
                return
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Locked) or not current():
                return
            if on_failed is not None:
                on_failed(exc)
            else:
                self.banner.show_message(user_message(exc), "error")

        return done, failed

    # -- plumbing -----------------------------------------------------------------------

    def _on_changed(self, what: str) -> None:
        if what != EVERYTHING and what not in self.WATCHES:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_unlocked(self, _name: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
