"""A profile opened read-only (read-only media, a folder without write permission, or another
copy of the app holding it): every write control is turned off and says why, while everything
that only shows or moves between screens keeps working.

Views name their buttons by what they do (`save_button`, `add_button`, ...); `WRITE_BUTTONS`
lists the names that change the profile, and a view may mark any other widget with
`mark_writes`. The vault refuses writes anyway (`Vault.read_only`, SQLite `query_only`), so a
control missed here fails with the same plain sentence instead of saving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget

WRITES = "writes"

WRITE_BUTTONS = frozenset({
    "add_button", "edit_button", "delete_button", "remove_button", "new_button",
    "new_tracker_button", "save_button", "revert_button", "done_button", "hold_button",
    "again_button", "take_button", "skip_button", "time_button", "late_button", "stop_button",
    "now_button", "after_button", "restart_button", "save", "yes", "no",
})


def mark_writes(*widgets: QWidget) -> None:
    """Mark controls that change the profile (for names `WRITE_BUTTONS` does not know)."""
    for widget in widgets:
        widget.setProperty(WRITES, True)


def is_write_control(widget: QWidget) -> bool:
    """Marked with `mark_writes`, or a button some view up the parent chain holds under one
    of the `WRITE_BUTTONS` names."""
    if widget.property(WRITES):
        return True
    if not isinstance(widget, QAbstractButton):
        return False
    owner = widget.parent()
    while owner is not None:
        attributes = getattr(owner, "__dict__", {})
        if any(attributes.get(name) is widget for name in WRITE_BUTTONS):
            return True
        owner = owner.parent()
    return False


class ReadOnlyGuard(QObject):
    """Installed on the application while the open profile is read-only: a write control is
    turned off (with `why` as its tooltip and accessible description) when it is first shown,
    and again whenever its view turns it on (a selection changed, a row was rebuilt)."""

    WATCHED = (QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.EnabledChange)

    def __init__(self, why: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.why = why

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A control a view builds already off (Edit before anything is chosen) is explained
        # when it is first polished or shown, not only once its view turns it on.
        kind = event.type()
        if kind not in self.WATCHED or not isinstance(watched, QWidget):
            return False
        unexplained = kind != QEvent.Type.EnabledChange and watched.toolTip() != self.why
        if (watched.isEnabled() or unexplained) and is_write_control(watched):
            self.hold(watched)
        return False

    def hold(self, widget: QWidget) -> None:
        widget.setEnabled(False)
        widget.setToolTip(self.why)
        widget.setAccessibleDescription(self.why)

    def sweep(self, root: QWidget) -> int:
        """Turn off every write control already under `root`; returns how many there are."""
        controls = [w for w in root.findChildren(QWidget) if is_write_control(w)]
        for widget in controls:
            self.hold(widget)
        return len(controls)
