"""Personalised care (#25) with real widgets on real vaults: a decision from writing it down,
through preparing an appointment with the BRAN questions and recording the decision with the
collaboRATE answers, to the GP summary preview; a budget from setting it up, through a spend
with a receipt seen from memory, to the balance and the printed review statement."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from featurekit import idle, in_vault, open_dialog, open_view
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

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
