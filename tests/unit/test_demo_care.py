"""The demo's personalised care (#25): what a person exploring the app finds."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.budget import format_pence
from planner.domain.decision import ASK_3_QUESTIONS, BRAN_QUESTIONS
from planner.services.budget import budget_state
from planner.services.decisions import collaborate_summary, collaborate_trend
from planner.services.waits import wait_for
from planner.share import report
from planner.share.report import ReportOptions
from planner.vault import Vault


def test_the_demo_has_decisions_a_referral_and_a_budget(demo_vault: Vault) -> None:
    today = date.today()
    open_one, done = demo_vault.decisions.all()
    assert open_one.is_open and len(open_one.options) == 3
    assert open_one.nothing.title == "Not doing anything for now"
    assert open_one.aid_url == "https://www.nice.org.uk/guidance/ng226/resources"
    (linked,) = open_one.appointment_ids
    appointment = demo_vault.appointments.get(linked)
    assert appointment is not None
    assert set(ASK_3_QUESTIONS + BRAN_QUESTIONS) <= set(appointment.questions)
    assert done.outcome is not None and done.option(done.outcome.option_id).title == (
        "Switch to amlodipine")
    summary = collaborate_summary(done.collaborate)
    assert (summary.count, summary.top) == (1, 0)
    assert summary.describe() == "collaboRATE top score 0% (mean 8.7 of 9) over 1 appointment"
    # the trend across appointments: the first talk about the knee, then the tablets
    trend = collaborate_trend(demo_vault.decisions.all())
    assert [(c.on, c.answers) for c in trend] == [
        (today - timedelta(days=420), (9, 8, 9)), (today - timedelta(days=40), (6, 7, 5))]

    (referral,) = demo_vault.treatment_referrals.all()
    assert wait_for(referral, today).weeks == 14
    assert len([r for r in demo_vault.reminders.all() if r.target_id == referral.id]) == 2

    budget = demo_vault.budgets.current()
    assert budget is not None and budget.starts == today - timedelta(days=182)
    spends = demo_vault.spends.all(budget.id)
    # Six monthly agency and taxi payments, 12 fortnightly hydrotherapy sessions (those due by
    # today), a frame and a stool: every spend is on or before today, none before the start.
    assert min(s.on for s in spends) == budget.starts + timedelta(days=3)
    assert max(s.on for s in spends) <= today
    with_receipts = [s for s in spends if s.receipt is not None]
    assert [s.receipt.media_type for s in with_receipts if s.receipt] == [
        "image/png", "application/pdf"]
    for spend in with_receipts:
        data = demo_vault.spends.receipt(spend.id)
        assert data is not None and spend.receipt is not None
        assert len(data) == spend.receipt.size
    state = budget_state(budget, spends, today)
    assert state.spent == sum(s.amount for s in spends)
    assert state.balance == 720_000 - state.spent
    assert format_pence(state.balance).startswith("£")


def test_the_gp_summary_has_decisions_only_when_ticked(demo_vault: Vault) -> None:
    ticked = report.build_report(demo_vault, ReportOptions())
    assert "Decisions I am making" in ticked
    assert "Should I have a knee replacement?" in ticked
    assert "Physiotherapy and exercises first (I am leaning towards this)" in ticked
    assert "Decided: Switch to amlodipine" in ticked
    unticked = report.build_report(demo_vault, ReportOptions(decisions=False))
    assert "Decisions I am making" not in unticked
    assert "Should I have a knee replacement?" not in unticked
