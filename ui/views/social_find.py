"""The Find support box of Community support: search the cached directory (offline) by words,
borough, kind of support, day and cost, read a service's details and add it to my plan.

It is the base class of `ui.views.social.SocialView`, which builds the box through `_find_box`
and keeps the box's widgets as its own attributes; the split keeps each module short. Its words
keep the screen's "SocialView" translation context.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from planner.domain.social import ChosenService
from planner.services import social as social_service
from planner.vault import Vault
from sync import directory
from sync.protocol import LONDON_BOROUGHS, Service
from ui.dialogs.social import AddServiceDialog
from ui.views.base import FeatureView, paragraph
from ui.views.social_data import SocialData
from ui.views.social_words import schedule_words, service_details
from ui.widgets import wording
from ui.widgets.going import ID_ROLE
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row


class FindSupport(FeatureView[SocialData]):
    """Find support, the directory half of Community support (see the module docstring)."""

    data: SocialData | None
    _keep_chosen: UUID | None
    _found: list[Service]
    _borough_set: bool

    def _find_box(self) -> QGroupBox:
        find = QGroupBox(QCoreApplication.translate("SocialView", "Find support"), self)
        self.need = QLineEdit(find)
        self.need.setAccessibleName(QCoreApplication.translate("SocialView", "Words to search for"))
        self.need.setPlaceholderText(
            QCoreApplication.translate("SocialView", "For example: walking, food, carers")
        )
        self.borough = QComboBox(find)
        self.borough.setAccessibleName(QCoreApplication.translate("SocialView", "Borough"))
        self.borough.addItem(QCoreApplication.translate("SocialView", "All of London"), "")
        for name in LONDON_BOROUGHS:
            self.borough.addItem(name, name)
        self.category = QComboBox(find)
        self.category.setAccessibleName(QCoreApplication.translate("SocialView", "Kind of support"))
        self.category.addItem(QCoreApplication.translate("SocialView", "Any kind of support"), "")
        self.weekday = QComboBox(find)
        self.weekday.setAccessibleName(QCoreApplication.translate("SocialView", "Day of the week"))
        self.weekday.addItem(QCoreApplication.translate("SocialView", "Any day"), -1)
        for index in range(7):
            self.weekday.addItem(wording.weekday_name(index), index)
        self.cost = QComboBox(find)
        self.cost.setAccessibleName(QCoreApplication.translate("SocialView", "Cost"))
        self.cost.addItem(QCoreApplication.translate("SocialView", "Free or paid"), "")
        self.cost.addItem(QCoreApplication.translate("SocialView", "Free"), directory.FREE)
        self.cost.addItem(QCoreApplication.translate("SocialView", "Paid"), directory.PAID)
        self.need.textChanged.connect(self.search)
        for combo in (self.borough, self.category, self.weekday, self.cost):
            combo.currentIndexChanged.connect(self.search)
        need_label = QLabel(QCoreApplication.translate("SocialView", "&Search for"), find)
        need_label.setBuddy(self.need)
        self.found_note = paragraph("", find)
        self.found = QListWidget(find)
        self.found.setWordWrap(True)
        self.found.setAccessibleName(QCoreApplication.translate("SocialView", "Services found"))
        self.found.setAccessibleDescription(
            QCoreApplication.translate("SocialView", "Choose a service to read about it below.")
        )
        self.found.currentRowChanged.connect(self._show_service)
        self.details = QPlainTextEdit(find)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(
            QCoreApplication.translate("SocialView", "About the chosen service")
        )
        self.details.setMinimumHeight(self.fontMetrics().height() * 8)
        self.add_button = QPushButton(
            QCoreApplication.translate("SocialView", "&Add to my plan…"), find
        )
        self.add_button.setAccessibleName(
            QCoreApplication.translate("SocialView", "Add the chosen service to my plan")
        )
        self.add_button.clicked.connect(self.add_to_plan)
        find_layout = QVBoxLayout(find)
        find_layout.addWidget(need_label)
        find_layout.addWidget(self.need)
        filters, flow = flow_row(find)
        for combo in (self.borough, self.category, self.weekday, self.cost):
            flow.addWidget(combo)
        find_layout.addWidget(filters)
        find_layout.addWidget(self.found_note)
        find_layout.addWidget(self.found)
        find_layout.addWidget(self.details)
        row, flow = flow_row(find)
        flow.addWidget(self.add_button)
        find_layout.addWidget(row)
        return find

    def _update_buttons(self, *_args: object) -> None:
        """The view turns its buttons on and off (`SocialView._update_buttons`)."""

    def _fill_filters(self, data: SocialData) -> None:
        if not self._borough_set and data.borough:
            index = self.borough.findData(data.borough)
            if index >= 0:
                self.borough.blockSignals(True)
                self.borough.setCurrentIndex(index)
                self.borough.blockSignals(False)
            self._borough_set = True
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(QCoreApplication.translate("SocialView", "Any kind of support"), "")
        for code, name in directory.categories(data.services):
            self.category.addItem(name.replace("&", "&&"), code)
        index = self.category.findData(chosen) if chosen else 0
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def search(self, *_args: object) -> None:
        data = self.data
        keep = self.selected_service()
        self.found.clear()
        if data is None:
            return
        if not data.services:
            self.found_note.setText(
                QCoreApplication.translate(
                    "SocialView",
                    "No list of services on this computer yet. In Taking part, turn on "
                    '"Download the list of local services" and press Sync now once; after '
                    "that, searching works without the internet.",
                )
            )
            self.found.setVisible(False)
            self.details.setVisible(False)
            self.add_button.setVisible(False)
            self._update_buttons()
            return
        day = self.weekday.currentData()
        found = directory.search(
            data.services,
            self.need.text(),
            self.borough.currentData() or None,
            category=self.category.currentData() or None,
            weekday=day if isinstance(day, int) and day >= 0 else None,
            costs=self.cost.currentData() or None,
        )
        self.found_note.setText(
            QCoreApplication.translate("SocialView", "Services found: {count}").format(
                count=len(found)
            )
        )
        self.found.setVisible(bool(found))
        self.details.setVisible(bool(found))
        self.add_button.setVisible(True)
        self._found = found
        for service in found:
            # A borough's feed may name no London borough: then the name stands alone.
            item = QListWidgetItem(f"{service.name} ({service.borough})" if service.borough
                                   else service.name)
            item.setData(ID_ROLE, service.id)
            self.found.addItem(item)
        fit_height(self.found, min_lines=3, max_lines=8)
        row = next((i for i, s in enumerate(found) if keep and s.id == keep.id), 0)
        if found:
            self.found.setCurrentRow(row)
        self._show_service()

    def selected_service(self) -> Service | None:
        row = self.found.currentRow()
        found = self._found
        return found[row] if 0 <= row < len(found) and self.found.count() else None

    def select_service(self, service_id: str) -> bool:
        for row in range(self.found.count()):
            if self.found.item(row).data(ID_ROLE) == service_id:
                self.found.setCurrentRow(row)
                return True
        return False

    def _show_service(self, *_args: object) -> None:
        service = self.selected_service()
        self.details.setPlainText(service_details(service) if service else "")
        self._update_buttons()

    def add_to_plan(self) -> None:
        service = self.selected_service()
        if service is None or self.data is None:
            return
        dialog = AddServiceDialog(service.name, schedule_words(service), self.data.goals, self)
        dialog.accepted.connect(lambda: self._add(service, dialog))
        self.show_dialog(dialog)

    def _add(self, service: Service, dialog: AddServiceDialog) -> None:
        referral = self.data.referrals[0] if self.data and self.data.referrals else None
        goal_id = dialog.goal_id
        info = social_service.ServiceInfo.from_directory(service.model_dump(mode="json"))

        def add(vault: Vault) -> ChosenService:
            return social_service.add_service(
                vault, info, referral_id=referral.id if referral else None, goal_id=goal_id
            )

        def added(chosen: ChosenService) -> None:
            self._keep_chosen = chosen.id
            self.banner.show_message(
                QCoreApplication.translate("SocialView", "Added to your plan: {name}.").format(
                    name=service.name
                ),
                "success",
                seconds=6,
            )

        self.call(add, added, changes="plan")
