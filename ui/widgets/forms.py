"""Form helpers: an error line under each field, and pydantic errors in plain English.

Forms build the domain model (pydantic) before anything is saved; a `ValidationError` becomes a
short message next to the field it is about, never a traceback.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError

log = logging.getLogger(__name__)


class FieldError(QLabel):
    """The error line under a field: hidden until there is a problem. The field's accessible
    description carries the same words, so a screen reader says them when the field has focus."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._description = field.accessibleDescription()
        self.setObjectName("field-error")
        self.setProperty("kind", "error")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setVisible(False)

    @property
    def field(self) -> QWidget:
        """The widget the error is about (it gets the error as its accessible description)."""
        return self._field

    @field.setter
    def field(self, widget: QWidget) -> None:
        if widget is self._field:
            return
        self._field.setAccessibleDescription(self._description)
        self._field = widget
        self._description = widget.accessibleDescription()
        if not self.isHidden():
            widget.setAccessibleDescription(self.text())

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)
        self.field.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.clear()
        self.setVisible(False)
        self.field.setAccessibleDescription(self._description)

    @property
    def message(self) -> str:
        return self.text() if not self.isHidden() else ""


def with_error(
    field: QWidget, parent: QWidget | None = None, *, about: QWidget | None = None
) -> tuple[QWidget, FieldError]:
    """A field with its error line underneath, ready for a form layout row. When `field` is a
    row of several widgets (`side_by_side`), `about` is the one the error describes."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = FieldError(about or field, box)
    layout.addWidget(error)
    return box, error


def side_by_side(parent: QWidget, *items: QWidget | tuple[QWidget, int]) -> QWidget:
    """Widgets left to right in one form cell, with no margins of their own (a tick box and
    the date it turns on, a number and its unit). `(widget, stretch)` gives a widget a share
    of the spare width."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        layout.addWidget(widget, stretch)
    return row


def find_data(combo: QComboBox, value: object) -> int:
    """`combo.findData` by equality: Qt compares Python objects (a UUID) by identity, so an
    equal id read from the vault again would not be found."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def plain_error(error: dict[str, object]) -> str:
    """One pydantic error (from `ValidationError.errors()`) as a short plain sentence."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx")
    context = ctx if isinstance(ctx, dict) else {}
    if kind in ("missing", "string_too_short"):
        return QCoreApplication.translate("FormErrors", "Please fill this in.")
    if kind == "string_too_long":
        return QCoreApplication.translate(
            "FormErrors",
            "This is too long. Use %n characters or fewer.",
            None,
            int(context.get("max_length", 0)),
        )
    if kind in ("float_parsing", "float_type", "finite_number", "int_parsing", "int_type"):
        return QCoreApplication.translate("FormErrors", "Enter a number, like 85 or 7.5.")
    if kind in ("date_type", "date_parsing", "datetime_type"):
        return QCoreApplication.translate("FormErrors", "Enter a date.")
    if kind == "value_error":
        message = str(context.get("error", "")) or str(error.get("msg", ""))
        return _sentence(message)
    if kind in ("greater_than_equal", "greater_than"):
        return QCoreApplication.translate("FormErrors", "This number is too small.")
    if kind in ("less_than_equal", "less_than"):
        return QCoreApplication.translate("FormErrors", "This number is too big.")
    return QCoreApplication.translate("FormErrors", "This does not look right. Please check it.")


def field_errors(exc: ValidationError) -> dict[str, str]:
    """{"title": "Please fill this in.", "measure.target": ..., "": form-level}; the first
    problem per field wins."""
    found: dict[str, str] = {}
    for error in exc.errors():
        loc = ".".join(str(part) for part in error.get("loc", ()))
        found.setdefault(loc, plain_error(dict(error)))
    return found


def user_message(exc: BaseException) -> str:
    """What to tell the person when a job failed: our own plain messages as they are, anything
    else as a calm sentence. Never a traceback, and the log gets only the error's type."""
    if isinstance(exc, ValidationError):
        errors = field_errors(exc)
        return " ".join(dict.fromkeys(errors.values()))
    if isinstance(exc, PlannerError | ValueError):
        # Every planner and sync error message is written for the person (planner/errors.py),
        # in English; the ones with a translation are shown in the person's language.
        from ui.forms import core_message  # ui.forms reaches the session, which needs us

        return _sentence(core_message(str(exc)))
    log.warning("a job failed: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "FormErrors", "Something went wrong and nothing was changed. Please try again."
    )


def wrapping_form() -> QFormLayout:
    """A form whose fields grow and whose rows wrap, so text at 200 % does not clip."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def save_cancel(dialog: QDialog, save_name: str) -> QDialogButtonBox:
    """Save (the default, named for what it saves) and Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setAccessibleName(save_name)
    save.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("Forms", "Cancel without saving"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
