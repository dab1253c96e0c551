"""Medicines, appointments and the health summary (#13) with real widgets on real vaults: add a
medicine, its dose on Today and in the tray, Take, adherence; skip and snooze; a dose taken late
with its real time; an appointment with questions on Today, notes afterwards becoming a plan
action; the summary saved and read back."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from featurekit import all_texts, idle, in_vault, open_dialog, open_view

from planner.domain.medicine import DoseStatus, Medicine
from ui.dialogs.appointment import AppointmentDialog
from ui.dialogs.medicine import (
    DoseTimeDialog,
    MedicineDialog,
    SkipDoseDialog,
    SnoozeDialog,
    StopMedicineDialog,
)
from ui.dialogs.summary_items import AllergyDialog, ConditionDialog, ContactDialog
from ui.snoozes import snoozes
from ui.views.appointments import AppointmentsView
from ui.views.medicines import MedicinesView
from ui.views.summary import SummaryView
from ui.views.today import TodayView


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
    assert "Testopril" in view.low_note.text()
    view.select_medicine(medicine.id)
    assert "running low" in view.detail_text.text()


def put_medicine(qtbot, session, medicine: Medicine, days_ago: int = 3) -> Medicine:
    added = datetime.now(UTC) - timedelta(days=days_ago)
    in_vault(qtbot, session, lambda v: v.medicines.save(medicine, added=added))
    return medicine


def test_dose_on_today_take_there_and_adherence_updates(qtbot, demo_session) -> None:
    session = demo_session
    due = soon_time(45)
    medicine = put_medicine(qtbot, session, Medicine(
        name="Todaymycin", dose="1 capsule", times=(due,),
        started=(datetime.now() - timedelta(days=3)).date()), days_ago=1)
    today = open_view(qtbot, TodayView, session)
    meds = open_view(qtbot, MedicinesView, session)
    texts = [today.doses.list.item(i).text() for i in range(today.doses.list.count())]
    assert f"{due.strftime('%H:%M')} Todaymycin 1 capsule: To take" in texts
    before = meds.selected_medicine()
    meds.select_medicine(medicine.id)
    assert "Doses taken" in meds.detail_text.text()
    shown = f"{due.strftime('%H:%M')} Todaymycin 1 capsule: To take"
    today.doses.list.setCurrentRow(texts.index(shown))
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.doses.take_button.click()
    idle(qtbot, session)
    assert today.banner.text == "Taken: Todaymycin."
    line = next(item for item in today.doses.lines if item.medicine.id == medicine.id)
    assert line.record is not None and line.record.status is DoseStatus.TAKEN
    # Adherence counts doses due before now: take an earlier dose and see 100 % on Medicines.
    assert before is not None
    yesterday = datetime.combine((datetime.now() - timedelta(days=1)).date(), due).astimezone()
    in_vault(qtbot, session, lambda v: v.doses.take(medicine, yesterday, yesterday))
    session.changed.emit("doses")
    qtbot.waitUntil(lambda: meds.chart.bars and meds.chart.bars[0].shown == "100%", timeout=10_000)
    meds.select_medicine(medicine.id)
    assert "last 7 days: 100%" in meds.detail_text.text()
    assert meds.chart.accessibleDescription().startswith("Last 7 days: 100%")


def test_skip_and_snooze(qtbot, demo_session) -> None:
    session = demo_session
    first, second = soon_time(50), soon_time(55)
    medicine = put_medicine(qtbot, session, Medicine(
        name="Snoozeline", times=tuple(sorted({first, second})),
        started=(datetime.now() - timedelta(days=3)).date()))
    view = open_view(qtbot, MedicinesView, session)
    rows = [i for i, line in enumerate(view.doses.lines) if line.medicine.id == medicine.id]
    view.doses.list.setCurrentRow(rows[0])
    view.doses.snooze_button.click()
    dialog = open_dialog(qtbot, view, SnoozeDialog)
    assert (dialog.spin.minimum(), dialog.spin.maximum()) == (10, 60)
    dialog.spin.setValue(20)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    line = view.doses.lines[rows[0]]
    until = snoozes(session).until(medicine.id, line.due)
    assert until is not None
    assert timedelta(minutes=19) < until - datetime.now(UTC) <= timedelta(minutes=20)
    assert "Snoozed until" in view.doses.list.item(rows[0]).text()
    assert view.banner.text.startswith("I will remind you again at")
    if len(rows) > 1:
        view.doses.list.setCurrentRow(rows[1])
        view.doses.skip_button.click()
        skip = open_dialog(qtbot, view, SkipDoseDialog)
        skip.buttons.button(skip.buttons.StandardButton.Save).click()
        assert skip.isVisible() and skip.reason_error.message == "Please say why, in a few words."
        skip.reason.setCurrentText("I felt unwell")
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            skip.buttons.button(skip.buttons.StandardButton.Save).click()
        record = view.doses.lines[rows[1]].record
        assert record is not None and record.status is DoseStatus.SKIPPED
        assert record.reason == "I felt unwell"


def test_a_missed_dose_taken_late_with_its_real_time(qtbot, demo_session) -> None:
    session = demo_session
    medicine = put_medicine(qtbot, session, Medicine(
        name="Lateamol", times=(time(8, 0),),
        started=(datetime.now() - timedelta(days=5)).date()))
    view = open_view(qtbot, MedicinesView, session)
    yesterday = (datetime.now() - timedelta(days=1)).date()
    rows = [r for r in range(view.recent_model.rowCount())
            if (rec := view.recent_model.record(r)) is not None and rec.medicine_id == medicine.id
            and rec.due is not None and rec.due.astimezone().date() == yesterday]
    assert rows, "yesterday's dose is marked missed"
    record = view.recent_model.record(rows[0])
    assert record is not None and record.status is DoseStatus.MISSED
    view.recent.selectRow(rows[0])
    assert view.late_button.isEnabled()
    view.late_button.click()
    dialog = open_dialog(qtbot, view, DoseTimeDialog)
    real = datetime.combine(yesterday, time(9, 40)).astimezone()
    dialog.set_time(real)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    due = datetime.combine(yesterday, time(8, 0)).astimezone()
    found = in_vault(qtbot, session, lambda v: v.doses.for_due(medicine.id, due))
    assert found is not None and found.status is DoseStatus.TAKEN
    assert found.at == real and found.id == record.id
    # The time can be changed again later (the person remembers better).
    view.recent.selectRow(next(r for r in range(view.recent_model.rowCount())
                               if (x := view.recent_model.record(r)) and x.id == found.id))
    view.late_button.click()
    dialog = open_dialog(qtbot, view, DoseTimeDialog)
    dialog.set_time(real + timedelta(minutes=20))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    again = in_vault(qtbot, session, lambda v: v.doses.for_due(medicine.id, due))
    assert again is not None and again.at == real + timedelta(minutes=20)


def test_stop_a_medicine_with_a_reason(qtbot, demo_session) -> None:
    session = demo_session
    medicine = put_medicine(qtbot, session, Medicine(
        name="Stopazine", times=(time(9, 0),), started=(datetime.now() - timedelta(days=5)).date()))
    view = open_view(qtbot, MedicinesView, session)
    assert view.select_medicine(medicine.id)
    view.stop_button.click()
    dialog = open_dialog(qtbot, view, StopMedicineDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.reason_error.message.startswith("Say why")
    dialog.reason.setPlainText("It gave me a cough")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stopped = medicine_named(qtbot, session, "Stopazine")
    assert stopped.stop_reason == "It gave me a cough" and not stopped.active
    assert view.model.row_of(medicine.id) == -1
    view.show_stopped.setChecked(True)
    assert view.model.row_of(medicine.id) >= 0


def test_appointment_with_questions_on_today_then_notes_become_actions(qtbot, demo_session) -> None:
    session = demo_session
    view = open_view(qtbot, AppointmentsView, session)
    today = open_view(qtbot, TodayView, session)
    view.new_button.click()
    dialog = open_dialog(qtbot, view, AppointmentDialog)
    dialog.what_for.setText("Knee review")
    dialog.with_whom.setText("Dr Mensah")
    dialog.questions.line.setText("Can I keep swimming?")
    dialog.questions.add()
    dialog.questions.line.setText("How long until it heals?")  # typed, not added: still kept
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = next(a for a in in_vault(qtbot, session, lambda v: v.appointments.all())
                 if a.what_for == "Knee review")
    assert saved.questions == ("Can I keep swimming?", "How long until it heals?")
    idle(qtbot, session)
    qtbot.waitUntil(lambda: "Knee review" in all_texts(today.visits_box), timeout=10_000)
    assert "Questions to ask: Can I keep swimming?; How long until it heals?" in \
        all_texts(today.visits_box)

    assert view.select(saved.id)
    view.after_button.click()
    dialog = open_dialog(qtbot, view, AppointmentDialog)
    assert dialog.tabs.currentIndex() == 1
    dialog.notes.setPlainText("The knee is healing well.")
    dialog.follow_ups.line.setText("Book physiotherapy")
    dialog.follow_ups.add()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(qtbot, session)
    plan = in_vault(qtbot, session, lambda v: v.plans.current())
    assert "Book physiotherapy" in [a.text for a in plan.plan.actions]
    assert plan.change_note == "Things to do after the appointment: Knee review"
    assert view.banner.text == "Saved. 1 new action(s) are in your plan."
    assert "What was said: The knee is healing well." in view.detail_text.text()


def test_summary_saves_and_reloads(qtbot, demo_session) -> None:
    session = demo_session
    view = open_view(qtbot, SummaryView, session)
    view.conditions.add_button.click()
    dialog = open_dialog(qtbot, view, ConditionDialog)
    dialog.name.setText("Asthma")
    dialog.accept()
    view.allergies.add_button.click()
    allergy = open_dialog(qtbot, view, AllergyDialog)
    allergy.substance.setText("Peanuts")
    allergy.reaction.setText("swelling")
    allergy.severity.setCurrentIndex(3)
    allergy.accept()
    view.contacts.add_button.click()
    contact = open_dialog(qtbot, view, ContactDialog)
    contact.name.setText("Amina")
    contact.phone.setText("call me")
    contact.accept()
    assert contact.isVisible() and "digits" in contact.errors["phone"].message
    contact.phone.setText("07700 900123")
    contact.accept()
    view.communication.setPlainText("Large print, please.")
    assert view.undo_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.save_button.click()
        session.changed.emit("summary")
    back = in_vault(qtbot, session, lambda v: v.summary.get())
    assert "Asthma" in [c.name for c in back.conditions]
    assert back.allergies[-1].substance == "Peanuts"
    assert back.contacts[-1].phone == "07700 900123"
    assert back.communication_needs == "Large print, please."
    again = open_view(qtbot, SummaryView, session)
    lines = [again.allergies.list.item(i).text() for i in range(again.allergies.list.count())]
    assert "Peanuts · swelling · Severe" in lines
    assert again.communication.toPlainText() == "Large print, please."


def test_the_tray_reminds_of_a_dose_and_a_snooze_and_says_nothing_once_locked(
    qtbot, demo_profiles, runner
) -> None:
    from shellkit import close, make_window, type_into

    from planner import demo

    win = make_window(qtbot, demo_profiles, runner)
    try:
        type_into(qtbot, win.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
        with qtbot.waitSignal(win.session.unlocked, timeout=10_000):
            win.start.unlock_button.click()
        idle(qtbot, win.session)
        session = win.session
        due = soon_time(90)
        medicine = put_medicine(qtbot, session, Medicine(
            name="Trayzepam", dose="2 drops", times=(due,),
            started=(datetime.now() - timedelta(days=2)).date()), days_ago=1)
        notifier = win.reminders
        session.changed.emit("medicines")
        qtbot.waitUntil(lambda: any("Trayzepam" in w for _t, w in notifier.alerts),
                        timeout=10_000)
        at = datetime.combine(datetime.now().date(), due)
        notifier.check(at - timedelta(minutes=1))
        said = notifier.check(at + timedelta(seconds=30))
        assert ("Reminder", "Time to take Trayzepam 2 drops") in said
        # The demo's amlodipine is running low: the tray says so once a day, at 10:00.
        ten = datetime.combine(datetime.now().date(), time(10, 0))
        notifier.check(ten - timedelta(minutes=1))
        said = notifier.check(ten + timedelta(seconds=30))
        assert ("Reminder", "Running low on Amlodipine: time to order more.") in said
        assert notifier.check(ten + timedelta(minutes=1)) == []  # once, not every check
        # Snoozed: it comes back when the snooze ends.
        until = datetime.now(UTC) + timedelta(minutes=15)
        snoozes(session).snooze(medicine.id, at.astimezone(), until, "Time to take Trayzepam")
        notifier.check(until.astimezone().replace(tzinfo=None) - timedelta(minutes=1))
        said = notifier.check(until.astimezone().replace(tzinfo=None) + timedelta(seconds=1))
        assert ("Reminder", "Time to take Trayzepam") in said
        # Locked: the time is kept, the words are not.
        snoozes(session).snooze(medicine.id, at.astimezone(), until, "Time to take Trayzepam")
        win.lock_now()
        assert all(words == "-" for _when, words in notifier.alerts)
        notifier.check(until.astimezone().replace(tzinfo=None) - timedelta(minutes=1))
        said = notifier.check(until.astimezone().replace(tzinfo=None) + timedelta(seconds=1))
        assert said == [("Health Planner", "Health Planner has a reminder")]
    finally:
        close(win)
