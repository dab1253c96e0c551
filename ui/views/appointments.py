"""Appointments: coming up and past, each with the questions to ask and, afterwards, what was
said and what to do next. Things to do next become actions in the care plan, so nothing agreed
with a clinician stays in a note nobody reads again.

A screen of its own rather than a tab of Medicines: appointments are not about medicines (a
physiotherapy session, a diabetes review), Today links straight to them, and one job per screen
keeps the keyboard path and the 200 % layout simple.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointment import Appointment
from planner.domain.base import now as utc_now
from planner.domain.plan import Action, CarePlan
from planner.vault import Vault
from ui.dialogs.appointment import AppointmentDialog
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.lists import fit_height
from ui.widgets.responsive import ResponsiveBox, flow_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def appointment_words(appointment: Appointment) -> str:
    """ "3 Mar 2026, 10:00 Diabetes review with Nurse Owusu at Lea Surgery"."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Appointments", "{when} {what}").format(
        when=wording.moment(appointment.at), what=appointment.what_for
    )
    if appointment.with_whom:
        text = QCoreApplication.translate("Appointments", "{text} with {who}").format(
            text=text, who=appointment.with_whom
        )
    if appointment.where:
        text = QCoreApplication.translate("Appointments", "{text} at {where}").format(
            text=text, where=appointment.where
        )
    if appointment.cancelled:
        text = QCoreApplication.translate("Appointments", "{text} (cancelled)").format(text=text)
    if appointment.author:
        text = f"{text} · {wording.entered_by(appointment.author)}"
    return text


def save_appointment(
    vault: Vault, appointment: Appointment, follow_ups: tuple[str, ...], note: str
) -> int:
    """Save the appointment; add `follow_ups` to the care plan as actions (a new plan version),
    skipping any the plan already has. Returns how many actions were added."""
    vault.appointments.save(appointment)
    if not follow_ups:
        return 0
    current = vault.plans.current()
    plan = current.plan if current is not None else CarePlan()
    have = {a.text.casefold() for a in plan.actions}
    new = [Action(text=text) for text in follow_ups if text.casefold() not in have]
    if new:
        vault.plans.save(plan.edit(actions=(*plan.actions, *new)), change_note=note)
    return len(new)


@dataclass(frozen=True)
class AppointmentsData:
    appointments: list[Appointment]  # in time order


class AppointmentsView(FeatureView[AppointmentsData]):
    WATCHES = frozenset({"appointments"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("My appointments"))
        self._data: AppointmentsData | None = None
        self._keep: UUID | None = None

        self.coming_box = QGroupBox(self.tr("Coming up"), self)
        self.coming = self._list(self.tr("Appointments coming up"), self.coming_box)
        self.no_coming = paragraph(
            self.tr("No appointments are coming up. Choose New appointment to add one."),
            self.coming_box,
        )
        self.show_cancelled = QCheckBox(self.tr("Show &cancelled ones"), self.coming_box)
        self.show_cancelled.setAccessibleName(self.tr("Show cancelled appointments"))
        self.show_cancelled.toggled.connect(lambda _on: self._fill())
        self.new_button = QPushButton(self.tr("&New appointment…"), self.coming_box)
        self.new_button.setAccessibleName(self.tr("Add an appointment"))
        self.new_button.clicked.connect(self.new_appointment)
        self.edit_button = QPushButton(self.tr("Chang&e…"), self.coming_box)
        self.edit_button.setAccessibleName(self.tr("Change the chosen appointment"))
        self.edit_button.clicked.connect(lambda: self.edit_appointment(afterwards=False))
        self.after_button = QPushButton(self.tr("&Afterwards…"), self.coming_box)
        self.after_button.setAccessibleName(
            self.tr("Write what was said at the chosen appointment and what to do next")
        )
        self.after_button.clicked.connect(lambda: self.edit_appointment(afterwards=True))
        coming_layout = QVBoxLayout(self.coming_box)
        coming_layout.addWidget(self.coming)
        coming_layout.addWidget(self.no_coming)
        coming_layout.addWidget(self.show_cancelled)
        row, flow = flow_row(self.coming_box)
        for button in (self.new_button, self.edit_button, self.after_button):
            flow.addWidget(button)
        coming_layout.addWidget(row)

        self.past_box = QGroupBox(self.tr("Past appointments"), self)
        self.past = self._list(self.tr("Past appointments"), self.past_box)
        self.no_past = paragraph(self.tr("No past appointments yet."), self.past_box)
        past_layout = QVBoxLayout(self.past_box)
        past_layout.addWidget(self.past)
        past_layout.addWidget(self.no_past)

        self.detail_box = QGroupBox(self.tr("The chosen appointment"), self)
        self.detail_title = heading("", self.detail_box, level=2)
        self.detail_text = paragraph("", self.detail_box)
        self.detail_text.setAccessibleName(self.tr("About the chosen appointment"))
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My appointments"), self))
        layout.addWidget(self.banner)
        self.columns = ResponsiveBox(min_chars=100)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.coming_box)
        left_layout.addWidget(self.past_box)
        left_layout.addStretch(1)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(self.detail_box, 1)
        layout.addLayout(self.columns, 1)
        self._chosen: QListWidget = self.coming
        self._update_buttons()

    def _list(self, name: str, parent: QWidget) -> QListWidget:
        box = QListWidget(parent)
        box.setAccessibleName(name)
        box.setAccessibleDescription(self.tr("Press Enter to change the chosen appointment."))
        box.setWordWrap(True)
        box.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when the width changes
        box.itemActivated.connect(lambda _item: self.edit_appointment(afterwards=False))
        box.currentItemChanged.connect(lambda current, _old: self._choose(box, current))
        return box

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> AppointmentsData:
        return AppointmentsData(vault.appointments.all())

    def _show(self, data: AppointmentsData) -> None:
        self._data = data
        self._fill()

    def _fill(self) -> None:
        if self._data is None:
            return
        keep = self._keep or (a.id if (a := self.selected()) is not None else None)
        self._keep = None
        moment = utc_now()
        shown = [
            a for a in self._data.appointments if self.show_cancelled.isChecked() or not a.cancelled
        ]
        coming = [a for a in shown if a.ends > moment]
        past = list(reversed([a for a in shown if a.ends <= moment]))
        for box, items in ((self.coming, coming), (self.past, past)):
            box.blockSignals(True)
            box.clear()
            for appointment in items:
                text = appointment_words(appointment)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, appointment.id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                box.addItem(item)
            box.blockSignals(False)
            box.setVisible(bool(items))
            fit_height(box, min_lines=5, max_lines=10)
        self.no_coming.setVisible(not coming)
        self.no_past.setVisible(not past)
        if keep is None or not self.select(keep):
            if self.coming.count():
                self.coming.setCurrentRow(0)
                self._choose(self.coming, self.coming.currentItem())
            elif self.past.count():
                self.past.setCurrentRow(0)
                self._choose(self.past, self.past.currentItem())
            else:
                self._choose(self.coming, None)

    def _clear(self) -> None:
        self._data = None
        self._keep = None
        self.coming.clear()
        self.past.clear()
        self.detail_title.clear()
        self.detail_text.clear()
        self._update_buttons()

    # -- the chosen one -------------------------------------------------------------------

    def selected(self) -> Appointment | None:
        item = self._chosen.currentItem()
        if item is None or self._data is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((a for a in self._data.appointments if a.id == wanted), None)

    def select(self, appointment_id: UUID) -> bool:
        for box in (self.coming, self.past):
            for index in range(box.count()):
                if box.item(index).data(ID_ROLE) == appointment_id:
                    box.setCurrentRow(index)
                    self._choose(box, box.item(index))
                    return True
        return False

    def _choose(self, box: QListWidget, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._chosen = box
            other = self.past if box is self.coming else self.coming
            other.blockSignals(True)
            other.setCurrentRow(-1)
            other.blockSignals(False)
        appointment = self.selected()
        self._update_buttons()
        if appointment is None:
            self.detail_title.clear()
            self.detail_text.clear()
            return
        self.detail_title.setText(appointment.what_for)
        self.detail_title.setAccessibleName(appointment.what_for)
        parts = [appointment_words(appointment)]
        if appointment.questions:
            parts.append(self.tr("Questions I want to ask:"))
            parts += [f"• {q}" for q in appointment.questions]
        if appointment.notes:
            parts.append(self.tr("What was said: {notes}").format(notes=appointment.notes))
        if appointment.follow_ups:
            parts.append(self.tr("What to do next:"))
            parts += [f"• {f}" for f in appointment.follow_ups]
        self.detail_text.setText("\n".join(parts))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.after_button.setEnabled(has)

    # -- editing --------------------------------------------------------------------------

    def new_appointment(self) -> None:
        if self._data is not None:
            self._open(None, afterwards=False)

    def edit_appointment(self, *, afterwards: bool) -> None:
        appointment = self.selected()
        if appointment is not None:
            self._open(appointment, afterwards=afterwards)

    def _open(self, appointment: Appointment | None, *, afterwards: bool) -> None:
        dialog = AppointmentDialog(appointment, self, afterwards=afterwards)
        dialog.accepted.connect(lambda: self._save(dialog))
        self.show_dialog(dialog)

    def _save(self, dialog: AppointmentDialog) -> None:
        appointment = dialog.appointment
        if appointment is None:
            return
        follow_ups = dialog.new_follow_ups() if dialog.to_plan.isChecked() else ()
        note = self.tr("Things to do after the appointment: {what}").format(
            what=appointment.what_for
        )
        self._keep = appointment.id

        def saved(added: int) -> None:
            if added:
                self.banner.show_message(
                    self.tr("Saved. %n new action(s) are in your plan.", None, added),
                    "success",
                    seconds=8,
                )
                self.session.changed.emit("plan")
            else:
                self.banner.show_message(self.tr("Appointment saved."), "success", seconds=6)

        self.call(
            lambda vault: save_appointment(vault, appointment, follow_ups, note),
            saved,
            changes="appointments",
        )
