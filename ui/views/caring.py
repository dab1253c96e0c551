"""People I care for (issue #24): the carer's own start screen, listing the profiles in this
data folder (a USB stick's too) that the unlocked carer was granted, with each grant's level
and end date, and opening one without locking the carer out.

The list and the opening run with the carer's own vault (`Session.run_home`), which stays
open while they are in someone else's profile; the rules (an ended grant does not open, a
view grant opens read-only) are `planner.vault.access.Access`'s, not this screen's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.vault import Vault
from planner.vault.access import Access, CaredFor
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.views.caring_behalf import OnBehalfBox
from ui.widgets import wording
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row
from ui.widgets.wrapping import wrap_rows

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CaringData:
    carer: str
    people: list[CaredFor]
    on_behalf_of: str | None = None  # the open profile, when made on its person's behalf


def level_text(level: str) -> str:
    """A grant's level as the person reads it (shared with Settings' access review)."""
    from PySide6.QtCore import QCoreApplication

    if level == "view":
        return QCoreApplication.translate("CaringView", "can see")
    return QCoreApplication.translate("CaringView", "can see and change")


class CaringView(FeatureView[CaringData]):
    WATCHES = frozenset({"access"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("People I care for"))
        self.intro = paragraph(self.tr(
            "The people who gave you access to their profile on this computer or this USB "
            "stick. Opening one keeps your own profile open: you can come back to it, or go "
            "to someone else, without typing your passphrase again."), self)
        self.reminder = paragraph("", self)
        self.reminder.setObjectName("caring-reminder")
        self.reminder.setAccessibleName(self.tr("Access that ends soon"))
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr(
            "People who gave you access, with what you can do and until when"))
        wrap_rows(self.people)
        self.people.itemActivated.connect(lambda _item: self.open_person())
        self.people.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.none = paragraph(self.tr(
            "Nobody has given you access to their profile yet. The person opens Settings in "
            "their own profile and gives you access there."), self)
        self.open_button = QPushButton(self.tr("&Open their profile"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen person's profile"))
        self.open_button.clicked.connect(self.open_person)
        self.home_button = QPushButton(self.tr("&Back to my own profile"), self)
        self.home_button.setAccessibleName(self.tr("Close this profile and go back to my own"))
        self.home_button.clicked.connect(self.session.back_home)
        row, flow = flow_row(self)
        flow.addWidget(self.open_button)
        flow.addWidget(self.home_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("People I care for"), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.intro)
        layout.addWidget(self.reminder)
        layout.addWidget(self.people)
        layout.addWidget(self.none)
        layout.addWidget(row)
        self.behalf = OnBehalfBox(self)
        layout.addWidget(self.behalf)
        layout.addStretch(1)
        self.reminder.hide()
        self._update_buttons()

    # -- loading with the carer's own vault ----------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        self._stale = False
        here = self.session.name if self.session.home_name is not None else None
        self.session.run_home(lambda vault: self._load(vault, here),
                              *self._guarded(self._shown_people, None))

    def _load(self, vault: Vault, here: str | None = None) -> CaringData:
        access = Access(self.session.profiles)
        key = access.carer_key(vault)
        try:
            people = access.cared_for(key)
        finally:
            key.wipe()
        behalf = None
        if here is not None and self.session.profiles.header(here).on_behalf is not None:
            behalf = here
        return CaringData(key.name, people, behalf)

    def _shown_people(self, data: CaringData) -> None:
        self._show(data)
        self.loaded.emit()

    def _show(self, data: CaringData) -> None:
        self.people.clear()
        soon: list[str] = []
        for each in data.people:
            until = wording.day(each.until)
            if each.ended:
                state = self.tr("{name}: access ended on {day}").format(name=each.name, day=until)
            else:
                state = (self.tr("{name}: you can see their profile until {day}")
                         if each.level == "view" else
                         self.tr("{name}: you can see and change their profile until {day}")
                         ).format(name=each.name, day=until)
            if each.ends_soon:
                soon.append(self.tr("Your access to {name} ends on {day}. Ask {name} to renew "
                                    "it if you still help them.").format(name=each.name,
                                                                        day=until))
            item = QListWidgetItem(state)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, state)
            item.setData(NAME_ROLE, None if each.ended else each.name)
            if each.ended:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(item)
        self.people.setVisible(bool(data.people))
        self.none.setVisible(not data.people)
        self.reminder.setText(wording.directed("\n".join(soon)))
        self.reminder.setVisible(bool(soon))
        if data.people and self.people.currentRow() < 0:
            first = next((i for i, p in enumerate(data.people) if not p.ended), -1)
            self.people.setCurrentRow(first)
        fit_height(self.people, min_lines=3, max_lines=12)
        self._update_buttons()
        self.behalf.show_for(data.on_behalf_of)

    def _clear(self) -> None:
        self.people.clear()
        self.reminder.clear()
        self.behalf.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.chosen() is not None)
        self.home_button.setVisible(self.session.home_name is not None)

    def chosen(self) -> str | None:
        item = self.people.currentItem()
        return None if item is None else item.data(NAME_ROLE)

    def people_shown(self) -> list[str]:
        """The names listed (tests and screen readers read the items themselves)."""
        return [self.people.item(i).text() for i in range(self.people.count())]

    def open_person(self) -> None:
        """Open the chosen person's profile through their grant; the carer's stays open."""
        name = self.chosen()
        if name is None:
            return
        if name == self.session.name:
            self.banner.show_message(self.tr("You are in {name}'s profile already.").format(
                name=name), "info", seconds=6)
            return
        access = Access(self.session.profiles)
        self.open_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            from ui.widgets.forms import user_message

            self.banner.show_message(user_message(exc), "error")

        def opened(vault: Vault) -> None:
            if self.session.is_unlocked:
                self.session.switch_to(vault)
            else:  # locked meanwhile: nobody is there to use it
                self.session.runner.run(vault.lock)

        self.session.run_home(lambda home: access.open_for(home, name), opened, failed)


def grant_sentence(carer: str, level: str, day: date) -> str:
    """The owner's side: what a carer can do with their profile, and until when."""
    from PySide6.QtCore import QCoreApplication

    if level == "view":
        text = QCoreApplication.translate("CaringView", "{carer} can see your profile until {day}")
    else:
        text = QCoreApplication.translate(
            "CaringView", "{carer} can see and change your profile until {day}")
    return text.format(carer=carer, day=wording.day(day))


def ending_note(day: date, name: str) -> str:
    """The owner's side of the month-ahead reminder (Settings' access review)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "CaringView", "{name}'s access to your profile ends on {day}. Renew it if {name} "
        "still helps you.").format(name=name, day=wording.day(day))
