"""What our custom widgets are, told to screen readers (Qt's accessibility factory).

Qt describes its own widgets to assistive technology; a widget we paint ourselves is, to Qt, a
plain `QWidget`: role "client", which AT-SPI passes on as "filler", a thing Orca does not even
say when it gets focus. The real AT-SPI walk (tests/e2e/test_screen_reader.py) found every
chart and every tab widget so. Here each gets the role it is:

- the tracker chart and the bar charts: a chart, whose description is its data in words
  (ui/widgets/chart.py `describe`, ui/widgets/bars.py), read after its name;
- the wrapping rows of answer and action buttons (ui/widgets/flow.py): a group, named after
  what its buttons answer where the view gives it a name;
- tab widgets and scroll areas: a group holding their pages; the tab bar inside each is the
  "page tab list" Qt already describes.

`install()` is called once per process, by the main window (so the app and the in-process
tests get the same answers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface

_installed = False
# Exact classes only (a subclass may be something else); custom widgets add themselves with
# `describe_as` when their module loads, so nothing here imports them before they are used.
_ROLES: dict[type, QAccessible.Role] = {}
# Qt's own, by class name: naming the classes here would make PySide build them before the
# first paint (the main window installs the factory then; issue #6).
_QT_ROLES = {"QTabWidget": QAccessible.Role.Grouping, "QScrollArea": QAccessible.Role.Grouping}


def describe_as(cls: type[QWidget], role: QAccessible.Role) -> None:
    """Tell screen readers that widgets of `cls` are a `role` (a chart, a group)."""
    _ROLES[cls] = role


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    kind = type(obj)
    role = _ROLES.get(kind) or _QT_ROLES.get(kind.__name__)
    if role is None or not isinstance(obj, QWidget):
        return None
    from PySide6.QtWidgets import QAccessibleWidget  # only once a screen reader asks

    return QAccessibleWidget(obj, role)


def install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
