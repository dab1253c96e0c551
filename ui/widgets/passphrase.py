"""A passphrase box with a "Show" tick box and, for a new passphrase, a strength hint.

The start screen, Settings (change the passphrase) and Share and back up (a backup's own
passphrase, a restore) all ask for passphrases the same way. The start screen paints before
anything heavy loads (issue #6), so this module imports only Qt and `ui.forms`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui import forms


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
