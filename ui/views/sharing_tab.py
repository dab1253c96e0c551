"""What the tabs of Share and back up have in common, apart from the view itself.

`SharingView` (ui/views/sharing.py) is one screen of four tabs; the GP summary, the export and
the import each live in a mixin module of their own (sharing_gp.py, sharing_export.py,
sharing_import.py) that the view inherits, so every widget and method stays the view's own and
every word keeps the view's translation context, "SharingView". Here are the period choice the
GP summary's charts and the CSV export both offer, and `SharingTab`, the base a tab mixin is
typed against: for the type checker it is the view's job runner and helpers that the tabs call;
at run time it is plain `object`, and the methods are SharingView's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDateEdit, QPushButton, QTabWidget, QWidget

    from planner.vault import Vault
    from ui.tasks import Progress
    from ui.views.base import FeatureView


class Period:
    ALL = "all"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CHOOSE = "choose"


def as_day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def midnight(day: date) -> datetime:
    """Local midnight at the start of `day`, as UTC (how the core filters log entries)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


if TYPE_CHECKING:

    class SharingTab(FeatureView[Any]):
        """SharingView as its tab mixins see it (the type checker's view only)."""

        tabs: QTabWidget
        _busy: bool

        def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton: ...

        def _period_combo(self, parent: QWidget, *, with_all: bool) -> QComboBox: ...

        def _date_row(self, parent: QWidget) -> tuple[QDateEdit, QDateEdit, QWidget]: ...

        def _period_dates(
            self, combo: QComboBox, start: QDateEdit, end: QDateEdit
        ) -> tuple[date | None, date | None]: ...

        def _job(
            self,
            what: str,
            op: Callable[[Vault, Progress], Any],
            on_done: Callable[[Any], None],
            on_failed: Callable[[BaseException], None] | None = None,
            *,
            changes: str | None = None,
        ) -> None: ...

        def _saved(self, text: str) -> None: ...

        def choose_save_path(self, kind: str) -> Path | None: ...

        def choose_open_path(self, kind: str) -> Path | None: ...

else:
    SharingTab = object
