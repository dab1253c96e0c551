"""Personalised care (#25) with real widgets on real vaults: a decision from writing it down,
through preparing an appointment with the BRAN questions and recording the decision with the
collaboRATE answers, to the GP summary preview; a budget from setting it up, through a spend
with a receipt seen from memory, to the balance and the printed review statement."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from featurekit import idle, in_vault, open_dialog, open_view
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from planner.demo_care import receipt_png
from planner.domain.budget import HeldAs
from planner.domain.decision import BRAN_QUESTIONS
from planner.vault import Profiles
from ui.dialogs.budget import BudgetDialog, ReceiptDialog, SpendDialog
from ui.dialogs.decision import (
    EditDecisionDialog,
    NewDecisionDialog,
    OutcomeDialog,
    PrepareDialog,
)
from ui.session import Session
from ui.tasks import TaskRunner
from ui.views.budget import BudgetView
from ui.views.decisions import DecisionsView
from ui.views.sharing import SharingView
from ui.widgets import wording

MARKER = b"UI-RECEIPT-MARKER-5d2e"


@pytest.fixture
def fresh_session(qtbot, profiles: Profiles, runner: TaskRunner) -> Iterator[Session]:
    opened, _code = profiles.create("Ann", "correct horse")
    opened.lock()
    session = Session(profiles, runner)
    failures: list[BaseException] = []
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock("Ann", "correct horse", failures.append)
    assert not failures
    yield session
    session.lock()
    runner.wait()


def test_a_decision_from_writing_it_down_to_the_gp_summary(qtbot, demo_session) -> None:
    view = open_view(qtbot, DecisionsView, demo_session)
    before = view.decisions.count()
    view.new_button.click()
    dialog = open_dialog(qtbot, view, NewDecisionDialog)
    dialog.question.setText("Should I have a hearing aid?")
    for option in ("Try a hearing aid", "Lip-reading classes"):
        dialog.options.line.setText(option)
        dialog.options.add()
    dialog.matters.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    assert view.decisions.count() == before + 1
    assert view.selected() is not None and view.selected().question == (
        "Should I have a hearing aid?")
    assert "Not doing anything for now" in view.detail_text.text()

    view.edit_button.click()
    edit = open_dialog(qtbot, view, EditDecisionDialog)
    edit.option.setCurrentIndex(edit.option.findText("Try a hearing aid"))
    edit.benefits.setText("Hear the grandchildren")
    (matters,) = edit.effects.values()
    matters.setText("Easier at family lunches")
    edit.option.setCurrentIndex(edit.option.findText("Lip-reading classes"))
    edit.risks.setText("Slow to learn")
    edit.leaning.setCurrentIndex(edit.leaning.findText("Try a hearing aid"))
    edit.certainty.setCurrentIndex(edit.certainty.findText("Fairly sure"))
    edit.note.setText("The nurse showed me two kinds")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        edit.accept()
    text = view.detail_text.text()
    assert "• Try a hearing aid (I am leaning towards this)" in text
    assert "Benefits: Hear the grandchildren" in text and "Risks: Slow to learn" in text
    assert "Easier at family lunches" in text and "How sure I feel: fairly sure" in text
    assert "The nurse showed me two kinds" in text

    view.prepare_button.click()
    prepare = open_dialog(qtbot, view, PrepareDialog)
    chosen = prepare.appointment.currentData()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        prepare.accept()
    idle(qtbot, demo_session)
    appointment = in_vault(qtbot, demo_session, lambda v: v.appointments.get(chosen))
    assert all(q in appointment.questions for q in BRAN_QUESTIONS)
    decision = view.selected()
    assert decision is not None and decision.appointment_ids == (chosen,)

    view.outcome_button.click()
    outcome = open_dialog(qtbot, view, OutcomeDialog)
    outcome.option.setCurrentIndex(outcome.option.findText("Try a hearing aid"))
    outcome.with_whom.setText("Audiologist")
    outcome.answers[1].setValue(7)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        outcome.accept()
    text = view.detail_text.text()
    assert "Decided: Try a hearing aid" in text and ", with Audiologist" in text
    assert "all three answers 9 at 0 of 1 appointments; average 8.3 of 9" in text

    sharing = open_view(qtbot, SharingView, demo_session)
    preview = sharing.preview.toPlainText()
    assert "Decisions I am making" in preview and "Should I have a hearing aid?" in preview
    assert "Decided: Try a hearing aid" in preview


def test_a_budget_from_setting_it_up_to_the_statement(
    qtbot, fresh_session, tmp_path: Path
) -> None:
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    view = open_view(qtbot, BudgetView, fresh_session)
    assert not view.spend_button.isEnabled()
    view.set_button.click()
    dialog = open_dialog(qtbot, view, BudgetDialog)
    dialog.amount.setText("1,200")
    dialog.starts.setDate(QDate(2026, 1, 1))
    dialog.ends.setDate(QDate(2026, 12, 31))
    dialog.held.setCurrentIndex(dialog.held.findData(HeldAs.THIRD_PARTY.value))
    dialog.planned.line.setText("Equipment = 300")
    dialog.planned.add()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    assert "£1,200.00 from" in view.summary.text()

    photo = tmp_path / "till.png"
    photo.write_bytes(receipt_png() + MARKER)
    view.spend_button.click()
    spend = open_dialog(qtbot, view, SpendDialog)
    spend.on.setDate(QDate(2026, 2, 3))
    spend.payee.setText("Mobility Shop")
    spend.amount.setText("129.99")
    spend.receipt = photo
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        spend.accept()
    assert "Spent £129.99; balance £1,070.01." in view.summary.text()
    assert view.categories.item(0, 3).text() == "£170.01"
    photo.unlink()  # the vault's copy is the one shown

    view.spends.setCurrentRow(0)
    view.receipt_button.click()
    receipt = open_dialog(qtbot, view, ReceiptDialog)
    assert receipt.picture.pixmap() is not None and receipt.picture.pixmap().width() == 240
    receipt.reject()

    out = tmp_path / "review.pdf"
    view.write_statement(3, out)
    idle(qtbot, fresh_session)
    qtbot.waitUntil(out.exists, timeout=30_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "3-month review statement" in text and "Balance £1,070.01" in text
    new_temp = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
    assert [p for p in new_temp if p.is_file() and MARKER in p.read_bytes()] == []
    assert date(2026, 2, 3).isoformat()  # the spend's day, inside the 3-month review


def test_a_treatment_referral_with_its_wait_apart_from_social_prescribing(
    qtbot, demo_session
) -> None:
    from ui.dialogs.treatment import TreatmentDialog
    from ui.views.treatment import TreatmentView

    view = open_view(qtbot, TreatmentView, demo_session)
    first = view.referrals.item(0).text()
    assert "Knee pain: orthopaedic assessment" in first and "waiting 14 week(s) of 18" in first
    assert "Booking reference: 0000 1234 5678" in first
    assert "guide-to-nhs-waiting-times-in-england" in view.address.text()
    view.new_button.click()
    dialog = open_dialog(qtbot, view, TreatmentDialog)
    dialog.what_for.setText("Cataract")
    dialog.ubrn.setText("1234 5678 901")
    dialog.accept()
    assert dialog.isVisible()  # refused, the form stays open with the reason
    assert "12 digits" in dialog.errors["booking_ref"].text()
    dialog.ubrn.setText("1234 5678 9012")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    assert view.referrals.count() == 2
    social = in_vault(qtbot, demo_session, lambda v: len(v.referrals.all()))
    assert social == 1  # the social-prescribing referral stays the only one there


def test_an_appointment_date_added_to_a_referral_as_the_letter_comes(
    qtbot, demo_session
) -> None:
    from ui.dialogs.treatment import AppointmentDateDialog
    from ui.views.treatment import TreatmentView

    view = open_view(qtbot, TreatmentView, demo_session)
    referral = view.selected()
    assert referral is not None and view.date_button.isEnabled()
    (coming,) = referral.appointment_dates
    view.date_button.click()
    dialog = open_dialog(qtbot, view, AppointmentDateDialog)
    dialog.day.setDate(QDate(coming.year, coming.month, coming.day))
    dialog.accept()
    assert dialog.isVisible()  # the same day twice is refused, with the reason
    assert dialog.error.text() == "This appointment date is already there."
    early = referral.referred_on
    dialog.day.setDate(QDate(early.year, early.month, early.day).addDays(-1))
    dialog.accept()
    assert dialog.isVisible() and "cannot be before the referral" in dialog.error.text()
    later = coming + timedelta(days=35)
    dialog.day.setDate(QDate(later.year, later.month, later.day))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    saved = in_vault(qtbot, demo_session, lambda v: v.treatment_referrals.get(referral.id))
    assert saved.appointment_dates == (coming, later)
    assert view.referrals.item(0).text().endswith(
        f"Appointments: {wording.day(coming)}, {wording.day(later)}")


def test_the_budget_set_up_chooses_the_goals_it_is_for(qtbot, demo_session) -> None:
    view = open_view(qtbot, BudgetView, demo_session)
    assert "For: Walk to the shops on my own; Stay in my own home" in view.summary.text()
    view.set_button.click()
    dialog = open_dialog(qtbot, view, BudgetDialog)
    titles = {dialog.goals.item(i).text(): dialog.goals.item(i)
              for i in range(dialog.goals.count())}
    steps = titles["Walk 7,000 steps a day"]
    assert steps.checkState() == Qt.CheckState.Checked  # the demo links its walking outcome
    steps_id = steps.data(Qt.ItemDataRole.UserRole + 1)
    other = next(row for title, row in titles.items() if title != "Walk 7,000 steps a day")
    other.setCheckState(Qt.CheckState.Checked)
    other_title, other_id = other.text(), other.data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    budget = in_vault(qtbot, demo_session, lambda v: v.budgets.current())
    order = [dialog_title for dialog_title in titles]
    expected = sorted([("Walk to the shops on my own", steps_id), (other_title, other_id)],
                      key=lambda o: order.index(
                          "Walk 7,000 steps a day" if o[1] == steps_id else other_title))
    # the linked goal keeps the person's own words; the new one is in the goal's words
    assert [(o.text, o.goal_id) for o in budget.outcomes] == [
        *expected, ("Stay in my own home", None)]

    view.set_button.click()
    dialog = open_dialog(qtbot, view, BudgetDialog)
    for i in range(dialog.goals.count()):
        if dialog.goals.item(i).text() == "Walk 7,000 steps a day":
            dialog.goals.item(i).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    budget = in_vault(qtbot, demo_session, lambda v: v.budgets.current())
    assert [(o.text, o.goal_id) for o in budget.outcomes] == [
        (other_title, other_id), ("Stay in my own home", None)]
    assert f"For: {other_title}; Stay in my own home" in view.summary.text()


def test_how_involved_i_felt_is_charted_across_appointments(qtbot, demo_session) -> None:
    view = open_view(qtbot, DecisionsView, demo_session)
    today = date.today()
    first, latest = today - timedelta(days=420), today - timedelta(days=40)
    assert view.trend_text.text() == (
        "How involved I felt (collaboRATE): all three answers 9 at 0 of 2 appointments; "
        f"average 7.3 of 9. Latest, {wording.day(latest)}: 6 of 9. "
        f"First, {wording.day(first)}: 8.7 of 9.")
    assert [v for _ms, v in view.trend_chart.points] == [8.7, 6.0]
    assert view.trend_chart.accessibleName() == (
        "Chart of how involved I felt at each appointment (collaboRATE, 0 to 9)")
    assert view.trend_chart.accessibleDescription() == (
        "collaboRATE (0 to 9), all time: 2 entries, from 6 to 8.7, latest 6.")
    view.trend_chart.setFocus()
    qtbot.keyClick(view.trend_chart, Qt.Key.Key_End)
    assert view.trend_point.text().endswith(": 6")

    # a new appointment's answers join the trend
    view.decisions.setCurrentRow(0)
    view.outcome_button.click()
    outcome = open_dialog(qtbot, view, OutcomeDialog)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        outcome.accept()
    assert len(view.trend_chart.points) == 3
    assert "at 1 of 3 appointments" in view.trend_text.text()


def test_a_pdf_receipt_offers_a_copy_and_leaves_no_file_behind(
    qtbot, demo_session, tmp_path: Path
) -> None:
    """QtPdf (PySide6-Addons) is not installed, so a PDF receipt cannot be drawn: the dialog
    says so and offers Save a copy; only the file the person chose is written."""
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    view = open_view(qtbot, BudgetView, demo_session)
    newest_first = list(reversed(view._data.spends))  # the list's order
    row = next(i for i, s in enumerate(newest_first)
               if s.receipt is not None and s.receipt.media_type == "application/pdf")
    view.spends.setCurrentRow(row)
    chosen = view.selected()
    assert chosen is not None and chosen.payee in view.spends.item(row).text()
    view.receipt_button.click()
    dialog = open_dialog(qtbot, view, ReceiptDialog)
    assert dialog.picture.text() == (
        "This receipt is a PDF. Save a copy to open it in a PDF reader.")
    assert dialog.save_button.accessibleName() == "Save a copy of the receipt to a file"
    data = dialog.data
    assert data.startswith(b"%PDF")
    out = tmp_path / "stool.pdf"
    dialog.save_to = out
    dialog.accept()
    qtbot.waitUntil(out.exists, timeout=10_000)
    idle(qtbot, demo_session)
    stored = in_vault(qtbot, demo_session, lambda v: v.spends.receipt(chosen.id))
    assert out.read_bytes() == stored == data
    new_temp = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
    assert [p for p in new_temp if p.is_file() and data in p.read_bytes()] == []


def test_in_polish_the_questions_to_ask_are_polish_and_collaborate_stays_validated(
    qtbot, demo_session
) -> None:
    """Ask 3 Questions and BRAN are the app's own words: they go into the appointment in the
    person's language. collaboRATE is a validated measure with no published Polish version in
    the app: its items stay English, with a note in Polish saying why."""
    from shellkit import language

    from planner.domain.decision import ASK_3_QUESTIONS, COLLABORATE_ITEMS

    with language("pl"):
        view = open_view(qtbot, DecisionsView, demo_session)
        view.prepare_button.click()
        prepare = open_dialog(qtbot, view, PrepareDialog)
        chosen = prepare.appointment.currentData()
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            prepare.accept()
        idle(qtbot, demo_session)
        appointment = in_vault(qtbot, demo_session, lambda v: v.appointments.get(chosen))
        assert "Jakie mam możliwości?" in appointment.questions
        assert "Co się stanie, jeśli nic nie zrobię?" in appointment.questions
        assert not set(ASK_3_QUESTIONS) & set(appointment.questions[-7:])
        view.outcome_button.click()
        outcome = open_dialog(qtbot, view, OutcomeDialog)
        assert [spin.accessibleName() for spin in outcome.answers] == list(COLLABORATE_ITEMS)
        texts = [label.text() for label in outcome.findChildren(QLabel)]
        assert ("Te trzy pytania nie mają w aplikacji zweryfikowanego tłumaczenia, dlatego są "
                "po angielsku.") in texts
        outcome.reject()
