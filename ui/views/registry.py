"""The feature screens with their classes, in the order the sidebar shows them.

`FEATURE_VIEWS` is `[(key, title, ViewClass), ...]`, made from `ui.views.screens.SCREENS`.
Importing this module imports every feature screen and what they pull in (the sync client,
printing), so the window never does: it lists `SCREENS` and imports each view when it is first
shown (issue #22). This list is for code that wants them all at once (tests, tools).
"""

from __future__ import annotations

from ui.views.screens import SCREENS, view_class

FEATURE_VIEWS: list[tuple[str, str, type]] = [
    (entry.key, entry.title, view_class(entry)) for entry in SCREENS
]

__all__ = ["FEATURE_VIEWS"]
