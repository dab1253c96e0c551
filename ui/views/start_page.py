"""The start screen as its page mixins see it, for the type checker.

`StartScreen` (ui/views/start.py) is one screen of seven pages. Unlocking lives in
start_unlock.py and the pages about a new key (create a profile, its recovery code, recover with
a code) in start_create.py, as mixins the screen inherits: every widget and method stays the
screen's own (the window and tests reach `start.unlock_button`), and every word keeps the
screen's translation context, "StartScreen". `StartPage` is what those mixins may call on the
screen; at run time it is plain `object`. This module imports nothing at run time, because the
start screen paints before anything heavy loads (issue #6).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

    from planner.vault import Profiles, Vault
    from ui.clipboard import SecureClipboard
    from ui.preferences import PreferenceStore
    from ui.session import Session

    class StartPage(QWidget):
        """StartScreen's state and steps that its page mixins use."""

        session: Session
        preferences: PreferenceStore | None
        clipboard: SecureClipboard
        names: list[str]
        _busy: bool
        _pending: Vault | None
        _code: str
        _preselect: str
        _remembered: set[str]
        _can_remember: bool

        @property
        def profiles(self) -> Profiles: ...

        def _page(self, key: str) -> QWidget: ...

        def _show(self, key: str, focus: str = "") -> None: ...

        def _built(self, *names: str) -> list[Any]: ...

        def _language_row(self, layout: QVBoxLayout) -> QComboBox: ...

        def _run(
            self,
            fn: Callable[[], Any],
            on_done: Callable[[Any], None],
            on_failed: Callable[[BaseException], None],
        ) -> None: ...

        def _remember_allowed(self) -> bool: ...

        def _adopt(self, vault: Vault) -> None: ...

        def back(self) -> None: ...

        def start_demo(self) -> None: ...

        # One page mixin's, called from the other.
        def selected_name(self) -> str: ...

        def show_create(self) -> None: ...

        def show_recover(self) -> None: ...

else:
    StartPage = object
