"""A message strip at the top of a view: what just happened, a problem, or an "Undo" offer.

It is a frame with a label and up to one action button; screen readers are told it as an
announcement (ui/live.py), interrupting for an error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from ui.live import announce

__all__ = ["Banner", "announce"]  # views import `announce` from here


class Banner(QFrame):
    """`show_message(text, kind, action=..., seconds=...)`; `action_triggered` when the button
    is pressed. Kinds: "info", "success", "error" (a style property the themes can use)."""

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.icon.setAccessibleName(self.tr("Message"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote a server
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action = QPushButton(self)
        self.action.setVisible(False)
        self.action.clicked.connect(self._act)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_message(
        self,
        text: str,
        kind: str = "info",
        *,
        action: str | None = None,
        seconds: float | None = None,
    ) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        icons = {
            "error": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "success": QStyle.StandardPixmap.SP_DialogApplyButton,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(icons.get(kind, icons["info"])).pixmap(size))
        self.label.setText(text)
        self.setAccessibleName(text)
        if action:
            self.action.setText(action)
            self.action.setAccessibleName(action)
            self.action.setVisible(True)
        else:
            self.action.setVisible(False)
        self.setVisible(True)
        if seconds is not None:
            self._timer.start(int(seconds * 1000))
        else:
            self._timer.stop()
        announce(self.label, assertive=kind == "error")

    def dismiss(self) -> None:
        self._timer.stop()
        self.setVisible(False)
        self.label.clear()
        self.action.setVisible(False)

    def _act(self) -> None:
        self.action_triggered.emit()
        if self.action.isVisible():
            self.dismiss()
