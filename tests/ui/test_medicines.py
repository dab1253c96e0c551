"""Medicines, appointments and the health summary (#13) with real widgets on real vaults: add a
medicine, its dose on Today and in the tray, Take, adherence; skip and snooze; a dose taken late
with its real time; an appointment with questions on Today, notes afterwards becoming a plan
action; the summary saved and read back."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from featurekit import idle, in_vault, open_dialog, open_view

from planner.domain.medicine import DoseStatus, Medicine
from ui.dialogs.medicine import MedicineDialog
from ui.views.medicines import MedicinesView


def medicine_named(qtbot, session, name: str) -> Medicine:
    return next(m for m in in_vault(qtbot, session, lambda v: v.medicines.all()) if m.name == name)


def soon_time(minutes: int = 1) -> time:
    """A dose time later today (or 23:59), so the dose is open and not yet missed."""
    moment = datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=minutes)
    if moment.date() != datetime.now().date():
        return time(23, 59)
    return moment.time()


def add_medicine(qtbot, view: MedicinesView, name: str, times: str, **extra: str) -> None:
    view.new_button.click()
    dialog = open_dialog(qtbot, view, MedicineDialog)
    dialog.name.setText(name)
    dialog.strength.setText("5 mg")
    dialog.dose.setText("1 tablet")
    dialog.times.setText(times)
    dialog.started.setDate(dialog.started.date().addDays(-1))
    if "stock" in extra:
        dialog.stock.setValue(int(extra["stock"]))
        dialog.refill_at.setValue(int(extra["refill"]))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_a_medicine_is_validated_next_to_its_fields(qtbot, demo_session) -> None:
    view = open_view(qtbot, MedicinesView, demo_session)
    view.new_button.click()
    dialog = open_dialog(qtbot, view, MedicineDialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    dialog.times.setText("8:00, 25:00")
    dialog.concept_id.setText("1234")
    save.click()
    assert dialog.isVisible()
    assert dialog.errors["name"].message == "Please fill this in."
    assert dialog.errors["times"].message.startswith("Write times like 8:00")
    assert dialog.errors["concept_id"].message == "A SNOMED CT or dm+d code has 6 to 18 digits."
    dialog.name.setText("Ramipril")
    dialog.concept_id.setText("")
    dialog.times.setText("")
    save.click()
    assert dialog.errors["times"].message == (
        "Give at least one time to take it, or mark it 'as needed'.")
    assert dialog.times.accessibleDescription() == dialog.errors["times"].message
    dialog.times.setText("8:00")
    dialog.concept_id.setText("318420004")  # one digit changed from a real dm+d id
    save.click()
    assert "check digit" in dialog.errors["concept_id"].message
    dialog.reject()


def test_add_take_and_adherence(qtbot, demo_session) -> None:
    session = demo_session
    view = open_view(qtbot, MedicinesView, session)
    add_medicine(qtbot, view, "Testopril", soon_time(30).strftime("%H:%M"), stock="5", refill="4")
    medicine = medicine_named(qtbot, session, "Testopril")
    assert medicine.stock == 5 and medicine.times == (soon_time(30),)
    assert view.banner.text == "Saved: Testopril."
    lines = [line for line in view.doses.lines if line.medicine.id == medicine.id]
    assert len(lines) == 1 and lines[0].record is None
    row = view.doses.lines.index(lines[0])
    view.doses.list.setCurrentRow(row)
    assert view.doses.list.currentItem().text().endswith("Testopril 5 mg 1 tablet: To take")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.doses.take_button.click()
    idle(qtbot, session)
    taken = in_vault(qtbot, session, lambda v: v.doses.between(
        datetime.now(UTC) - timedelta(days=1), datetime.now(UTC) + timedelta(days=1),
        medicine.id))
    assert [d.status for d in taken] == [DoseStatus.TAKEN]
    assert medicine_named(qtbot, session, "Testopril").stock == 4  # one fewer, now running low
    assert "Running low: Testopril" in view.low_note.text()
    view.select_medicine(medicine.id)
    assert "running low" in view.detail_text.text()
