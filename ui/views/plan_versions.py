"""The plan screen's "Versions" tab: every saved version, and any two of them side by side.

It is a mixin of `PlanView` (ui/views/plan.py), so its widgets and methods stay the view's own
(`view.versions`, `view.compare(1, 2)`); it lives apart because the editor and the history are
two jobs of one screen. Its words keep the view's translation context, "PlanView".
`PlanData`, what the screen loads, is here too: both halves read it, and plan.py imports this
module rather than the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import Goal
from planner.domain.plan import PlanVersion
from ui.views.base import FeatureView, paragraph
from ui.views.plan_compare import changed_fields, comparison_html, section_name
from ui.widgets import wording
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row, labelled

ID_ROLE = Qt.ItemDataRole.UserRole + 1

if TYPE_CHECKING:
    _View = FeatureView[Any]
else:
    _View = object


@dataclass(frozen=True)
class PlanData:
    history: list[PlanVersion]  # oldest first; the last is the current plan
    goals: list[Goal]
    # Community services in the plan: action id -> (sessions went, sessions missed).
    going: dict[UUID, tuple[int, int]] = field(default_factory=dict)

    @property
    def current(self) -> PlanVersion | None:
        return self.history[-1] if self.history else None


class VersionsTab(_View):
    """Building and filling the "Versions" tab; `PlanView` inherits it."""

    _data: PlanData | None

    if TYPE_CHECKING:  # PlanView's own

        def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel: ...

    def _build_history(self) -> QWidget:
        page = QWidget(self)
        self.versions = QListWidget(page)
        self.versions.setAccessibleName(
            QCoreApplication.translate("PlanView", "Saved versions of my plan")
        )
        self.versions.setWordWrap(True)

        self.compare_old = QComboBox(page)
        self.compare_old.setAccessibleName(
            QCoreApplication.translate("PlanView", "Compare this version")
        )
        self.compare_new = QComboBox(page)
        self.compare_new.setAccessibleName(
            QCoreApplication.translate("PlanView", "With this version")
        )
        self.only_changed = QCheckBox(
            QCoreApplication.translate("PlanView", "Only show what &changed"), page
        )
        self.only_changed.setAccessibleName(
            QCoreApplication.translate("PlanView", "Only show the sections that changed")
        )
        self.changes_label = paragraph("", page)
        self.changes_label.setAccessibleName(QCoreApplication.translate("PlanView", "What changed"))
        self.comparison = QTextBrowser(page)
        self.comparison.setAccessibleName(
            QCoreApplication.translate("PlanView", "The two versions side by side")
        )
        self.comparison.setOpenLinks(False)
        self.compare_old.currentIndexChanged.connect(self.show_comparison)
        self.compare_new.currentIndexChanged.connect(self.show_comparison)
        self.only_changed.toggled.connect(self.show_comparison)
        self.versions.currentRowChanged.connect(self._version_chosen)

        row_widget, row = flow_row(page)
        row.addWidget(
            labelled(
                self._label(
                    QCoreApplication.translate("PlanView", "C&ompare version"),
                    self.compare_old,
                    page,
                ),
                self.compare_old,
                row_widget,
            )
        )
        row.addWidget(
            labelled(
                self._label(
                    QCoreApplication.translate("PlanView", "&with version"), self.compare_new, page
                ),
                self.compare_new,
                row_widget,
            )
        )
        row.addWidget(self.only_changed)
        layout = QVBoxLayout(page)
        layout.addWidget(
            self._label(
                QCoreApplication.translate("PlanView", "Saved ve&rsions"), self.versions, page
            )
        )
        layout.addWidget(self.versions)
        layout.addWidget(row_widget)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.comparison, 1)
        return page

    def _fill_history(self, data: PlanData) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        for version in reversed(data.history):
            text = QCoreApplication.translate("PlanView", "Version {n}, saved {day}").format(
                n=version.version, day=wording.day(version.saved_at.astimezone().date())
            )
            if version.agreed_with:
                text += " · " + QCoreApplication.translate("PlanView", "agreed with {who}").format(
                    who=version.agreed_with
                )
            if version.author:
                text += " · " + wording.entered_by(version.author)
            if version.change_note:
                text += f"\n{version.change_note}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, version.version)
            self.versions.addItem(item)
        self.versions.blockSignals(False)
        fit_height(self.versions, min_lines=2, max_lines=8)
        for combo in (self.compare_old, self.compare_new):
            combo.blockSignals(True)
            chosen = combo.currentData()
            combo.clear()
            for version in data.history:
                combo.addItem(
                    QCoreApplication.translate("PlanView", "Version {n}").format(n=version.version),
                    version.version,
                )
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
            combo.blockSignals(False)
        count = len(data.history)
        if count and (
            self.compare_new.currentData() is None or self.compare_new.currentIndex() == count - 2
        ):
            self.compare_new.setCurrentIndex(count - 1)
            self.compare_old.setCurrentIndex(max(0, count - 2))
        elif count and self.compare_old.currentIndex() < 0:
            self.compare_old.setCurrentIndex(max(0, count - 2))
        self.show_comparison()

    def _version_chosen(self, row: int) -> None:
        if self._data is None or row < 0:
            return
        number = self.versions.item(row).data(ID_ROLE)
        self.compare(int(number) - 1 if number > 1 else 1, int(number))

    def compare(self, old: int, new: int) -> None:
        """Show versions `old` and `new` side by side."""
        self.compare_old.setCurrentIndex(self.compare_old.findData(old))
        self.compare_new.setCurrentIndex(self.compare_new.findData(new))
        self.show_comparison()

    def _version(self, number: Any) -> PlanVersion | None:
        if self._data is None or number is None:
            return None
        return next((v for v in self._data.history if v.version == number), None)

    def show_comparison(self, *_args: object) -> None:
        old = self._version(self.compare_old.currentData())
        new = self._version(self.compare_new.currentData())
        if old is None or new is None or self._data is None:
            self.comparison.clear()
            self.changes_label.setText(
                QCoreApplication.translate("PlanView", "There are no saved versions yet.")
                if self._data is not None and not self._data.history
                else ""
            )
            return
        goals = {g.id: g.title for g in self._data.goals}
        fields = changed_fields(old.plan, new.plan)
        if fields:
            self.changes_label.setText(
                QCoreApplication.translate("PlanView", "What changed: {sections}.").format(
                    sections=", ".join(section_name(f) for f in fields)
                )
            )
        else:
            self.changes_label.setText(
                QCoreApplication.translate("PlanView", "Nothing changed between these versions.")
            )
        self.comparison.setHtml(
            comparison_html(
                old, new, goals, self.palette(), only_changed=self.only_changed.isChecked()
            )
        )
        self.comparison.setAccessibleDescription(self.changes_label.text())
