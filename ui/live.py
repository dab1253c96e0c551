"""Live regions: what a screen reader says without the person moving focus.

`announce` sends Qt's announcement event (Qt 6.8+), which Qt passes on as AT-SPI's
`object:announcement` on Linux (what Orca speaks), a UI Automation notification on Windows and
an announcement request on macOS. Qt's older `Alert` event, which the app sent before, never
reaches AT-SPI: a person using Orca heard nothing when an entry was saved
(tests/e2e/test_screen_reader.py listens on the real bus). Only the announcement is sent:
on Windows both would be read, twice.

`ReminderLine` is the status-bar line that says the last reminder: without a system tray (GNOME,
a kiosk session on a community-centre PC) a reminder was shown nowhere, and a tray bubble is
not read by every screen reader either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui import forms


def spoken_text(widget: QWidget) -> str:
    """What the widget shows, as a screen reader would read it."""
    if isinstance(widget, QLabel) and widget.text():
        return widget.text()
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name) if face is not None else ""
    return name or widget.accessibleName()


def announce(widget: QWidget, text: str | None = None, *, assertive: bool = False) -> None:
    """Ask screen readers to say `text` (else what `widget` shows) now, without moving focus.
    Polite waits for the current speech to end; assertive (a reminder, an error) interrupts."""
    message = text if text is not None else spoken_text(widget)
    if not message.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class ReminderLine(QLabel):
    """The last reminder, in the status bar, read out the moment it falls due."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder-line")
        # Plain text: reminder titles are the person's words. By name, not Qt.TextFormat: the
        # main window makes this line before the first paint, and naming `Qt` costs ~13 ms (#6).
        forms.set_enum(self, "textFormat", "PlainText")
        self.setVisible(False)

    def show_reminder(self, title: str, body: str) -> None:
        words = QCoreApplication.translate("LiveRegion", "{title}: {body}").format(
            title=title, body=body)
        self.setText(words)
        self.setAccessibleName(words)
        self.setVisible(True)
        announce(self, words, assertive=True)

    def clear_reminder(self) -> None:
        """On lock: a reminder's words are health data and stay off a locked screen."""
        self.clear()
        self.setAccessibleName("")
        self.setVisible(False)
