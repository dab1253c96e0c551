"""Choosing where I am treated: referrals for treatment, the wait against the 18-week
standard and the rights that apply. A screen of its own, apart from Community support:
social prescribing carries neither the right to choose nor the 18-week standard.

Weeks are counted on calendar dates (`planner.services.waits`), so a clock change never
shifts them; the 12- and 18-week reminders are kept with the referral by the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.treatment import RIGHTS_URL, TreatmentReferral
from planner.services.waits import wait_for
from planner.vault import Vault
from ui.dialogs.treatment import AppointmentDateDialog, TreatmentDialog
from ui.read_only import mark_writes
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.lists import refill
from ui.widgets.responsive import ResponsiveBox, flow_row
from ui.widgets.wrapping import wrap_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1

@dataclass(frozen=True)
class TreatmentData:
    referrals: list[TreatmentReferral]
    today: date


class TreatmentView(FeatureView[TreatmentData]):
    WATCHES = frozenset({"treatment"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Choosing where I am treated"))
        self._data: TreatmentData | None = None
        self._keep: UUID | None = None
        self.list_box = QGroupBox(self.tr("My referrals for treatment"), self)
        self.referrals = QListWidget(self.list_box)
        self.referrals.setAccessibleName(self.tr("My referrals for treatment, with the wait"))
        wrap_rows(self.referrals)
        self.none = paragraph(self.tr(
            "No referrals for treatment yet. Choose New referral when your GP refers you."),
            self.list_box)
        self.new_button = QPushButton(self.tr("&New referral…"), self.list_box)
        self.new_button.setAccessibleName(self.tr("Record a referral for treatment"))
        self.new_button.clicked.connect(self.new_referral)
        self.date_button = QPushButton(self.tr("Add an appointment &date…"), self.list_box)
        self.date_button.setAccessibleName(self.tr(
            "Add an appointment date from a letter to the chosen referral"))
        self.date_button.clicked.connect(self.add_date)
        self.referrals.currentItemChanged.connect(lambda _c, _o: self._update_buttons())
        list_layout = QVBoxLayout(self.list_box)
        list_layout.addWidget(self.referrals)
        list_layout.addWidget(self.none)
        row, flow = flow_row(self.list_box)
        flow.addWidget(self.new_button)
        flow.addWidget(self.date_button)
        list_layout.addWidget(row)

        self.rights_box = QGroupBox(self.tr("My rights"), self)
        self.rights = paragraph(self.tr(
            "You have the legal right to choose which hospital or service you go to for your "
            "first appointment with a consultant-led team, for most non-urgent conditions. You "
            "also have the right to start non-urgent consultant-led treatment within 18 weeks "
            "of referral. If you are likely to wait longer, you can ask the hospital, or the "
            "integrated care board that pays for your care, to offer you other providers who "
            "can see you sooner. The right does not apply if you choose to wait longer or "
            "waiting is better for your health."), self.rights_box)
        self.rights.setAccessibleName(self.tr("My rights about where I am treated"))
        self.address = paragraph(self.tr("More on the NHS website: {address}").format(
            address=RIGHTS_URL), self.rights_box)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rights_layout = QVBoxLayout(self.rights_box)
        rights_layout.addWidget(self.rights)
        rights_layout.addWidget(self.address)
        rights_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Choosing where I am treated"), self))
        layout.addWidget(self.banner)
        self.columns = ResponsiveBox(min_chars=100)
        self.columns.addWidget(self.list_box, 1)
        self.columns.addWidget(self.rights_box, 1)
        layout.addLayout(self.columns, 1)
        mark_writes(self.new_button, self.date_button)  # they change the profile
        self._update_buttons()

    def _load(self, vault: Vault) -> TreatmentData:
        return TreatmentData(vault.treatment_referrals.all(), date.today())

    def _show(self, data: TreatmentData) -> None:
        self._data = data
        keep = self._keep or (r.id if (r := self.selected()) is not None else None)
        self._keep = None
        rows: list[tuple[object, str]] = []
        for r in data.referrals:
            wait = wait_for(r, data.today)
            if wait.stopped:
                state = self.tr("treatment started after %n week(s)", None, wait.weeks)
            else:
                state = self.tr("waiting %n week(s) of 18", None, wait.weeks)
            text = self.tr("{what}, referred {day}: {state}").format(
                what=r.what_for, day=wording.day(r.referred_on), state=state)
            if r.provider:
                text += "\n" + self.tr("Chosen: {provider}").format(provider=r.provider)
            if r.booking_ref:
                ref = r.booking_ref
                text += "\n" + self.tr("Booking reference: {ref}").format(
                    ref=f"{ref[:4]} {ref[4:8]} {ref[8:]}")
            if r.appointment_dates:
                text += "\n" + self.tr("Appointments: {days}").format(
                    days=", ".join(wording.day(d) for d in r.appointment_dates))
            rows.append((r.id, text))
        refill(self.referrals, rows, keep, ID_ROLE, min_lines=4, max_lines=12)
        self.none.setVisible(not data.referrals)
        self._update_buttons()

    def _clear(self) -> None:
        self._data = None
        self.referrals.clear()
        self._update_buttons()

    def selected(self) -> TreatmentReferral | None:
        item = self.referrals.currentItem()
        if item is None or self._data is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((r for r in self._data.referrals if r.id == wanted), None)

    def _update_buttons(self) -> None:
        self.date_button.setEnabled(self.selected() is not None)

    def add_date(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        dialog = AppointmentDateDialog(referral, self)
        dialog.accepted.connect(lambda: self._save(dialog.referral, self.tr(
            "Appointment date saved.")))
        self.show_dialog(dialog)

    def new_referral(self) -> None:
        dialog = TreatmentDialog(self)
        dialog.accepted.connect(lambda: self._save(dialog.referral))
        self.show_dialog(dialog)

    def _save(self, referral: TreatmentReferral | None, message: str | None = None) -> None:
        if referral is None:
            return
        said = message or self.tr("Referral saved. Reminders are set for 12 and 18 weeks.")
        self._keep = referral.id
        self.call(lambda vault: vault.treatment_referrals.save(referral),
                  lambda _none: self.banner.show_message(said, "success", seconds=8),
                  changes="treatment")
