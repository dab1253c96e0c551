"""Social prescribing services on real vaults: starting a referral, adding a directory service
to the plan, attendance over time, ONS4 check-ins and the before/after change."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from unittest import mock

import pytest

from planner.domain.plan import CarePlan, Supporter
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.recurrence import Frequency
from planner.domain.social import MissedReason, ReferredBy, SocialReferral
from planner.errors import InputError
from planner.services import social
from planner.services.social import CheckInState, ServiceInfo
from planner.vault.vault import Vault

SEED = Path(__file__).resolve().parents[2] / "endpoint" / "seed" / "services.json"
START = date(2025, 1, 6)


def _directory() -> dict[str, ServiceInfo]:
    raw = json.loads(SEED.read_text(encoding="utf-8"))["services"]
    return {s["name"]: ServiceInfo.from_directory(s) for s in raw}


def _referral(**changes: object) -> SocialReferral:
    r = SocialReferral(referred_by=ReferredBy.GP, referrer_name="Dr Okafor", referred_on=START,
                       reason="Lonely since my wife died",
                       what_matters="Getting out of the house\nMeeting people")
    return r.edit(**changes) if changes else r


def _ons4(day: date, life: int, worth: int, happy: int, anxious: int) -> QuestionnaireResponse:
    return QuestionnaireResponse(
        instrument="ONS4", completed_at=datetime.combine(day, time(12), tzinfo=UTC),
        answers={"life_satisfaction": life, "worthwhile": worth, "happiness": happy,
                 "anxiety": anxious})


def test_starting_a_referral_adds_the_link_worker_and_what_matters_as_a_plan_version(
    vault: Vault,
) -> None:
    vault.plans.save(CarePlan(what_matters=("Meeting people",)))
    worker = Supporter(name="Tom Green", phone="020 7946 0002")
    saved = social.start_referral(vault, _referral(), link_worker=worker)
    assert saved.link_worker_id == worker.id
    assert vault.referrals.all() == [saved]
    history = vault.plans.history()
    assert len(history) == 2
    plan = history[-1].plan
    assert plan.what_matters == ("Meeting people", "Getting out of the house")  # not doubled
    assert plan.supporters == (worker.edit(role=social.LINK_WORKER_ROLE),)
    # A second referral with the same link worker reuses the supporter.
    again = social.start_referral(vault, _referral(referred_on=date(2025, 6, 1)),
                                  link_worker=Supporter(name="tom green"))
    assert again.link_worker_id == worker.id
    assert len(vault.plans.current().plan.supporters) == 1  # type: ignore[union-attr]


def test_a_failed_referral_changes_nothing(vault: Vault) -> None:
    with pytest.raises(InputError, match="200 characters"):
        social.start_referral(vault, _referral(what_matters="x" * 201),
                              link_worker=Supporter(name="Tom"))
    assert vault.referrals.all() == [] and vault.plans.history() == []
    with mock.patch.object(social, "save_referral", side_effect=RuntimeError("disk")), \
            pytest.raises(RuntimeError):
        social.start_referral(vault, _referral(), link_worker=Supporter(name="Tom"))
    assert vault.referrals.all() == [] and vault.plans.history() == []


def test_adding_a_directory_service_makes_a_weekly_action_and_a_chosen_service(
    vault: Vault,
) -> None:
    services = _directory()
    walk = services["London Fields Wednesday Walk"]
    lunch = services["Isle of Dogs Pensioners' Lunch"]  # Tuesdays and Thursdays
    r = social.start_referral(vault, _referral())
    chosen = social.add_service(vault, walk, referral_id=r.id, start=date(2025, 1, 8))
    assert (chosen.name, chosen.category, chosen.borough) == (
        "London Fields Wednesday Walk", "Walking groups", "Hackney")
    plan = vault.plans.current().plan  # type: ignore[union-attr]
    action = plan.actions[-1]
    assert action.id == chosen.action_id and action.service_id == walk.id
    assert action.recurrence is not None and action.recurrence.frequency is Frequency.WEEKLY
    assert action.recurrence.weekdays == (2,) and action.recurrence.occurs_on(date(2025, 1, 15))
    assert vault.chosen_services.by_action(action.id) == chosen
    other = social.add_service(vault, lunch, referral_id=r.id, start=date(2025, 1, 8))
    assert vault.plans.current().plan.actions[-1].recurrence.weekdays == (1, 3)  # type: ignore[union-attr]
    assert vault.chosen_services.for_referral(r.id) == [chosen, other]
    with pytest.raises(InputError, match="already in your plan"):
        social.add_service(vault, walk, referral_id=r.id)
    with pytest.raises(InputError, match="goal is not in this profile"):
        social.add_service(vault, services["Highbury Fields Health Walk"],
                           goal_id=chosen.id)


def test_a_service_without_a_plain_weekly_schedule_gets_no_repeat(vault: Vault) -> None:
    monthly = ServiceInfo(id="m1", name="First Monday Cafe",
                          schedules=(social.ScheduleInfo(freq="MONTHLY", byday="1MO"),))
    assert social.recurrence_for(monthly, START) is None
    daily = ServiceInfo(id="d1", name="Drop-in",
                        schedules=(social.ScheduleInfo(freq="DAILY"),))
    rec = social.recurrence_for(daily, START)
    assert rec is not None and rec.frequency is Frequency.DAILY
    # A failure while saving the chosen service leaves no plan version behind.
    with mock.patch.object(social, "save_chosen", side_effect=RuntimeError("disk")), \
            pytest.raises(RuntimeError):
        social.add_service(vault, monthly)
    assert vault.plans.history() == [] and vault.chosen_services.all() == []
    chosen = social.add_service(vault, monthly)
    assert vault.plans.current().plan.actions[0].recurrence is None  # type: ignore[union-attr]
    assert social.find_chosen(vault, "first monday") == chosen
    assert social.find_chosen(vault, "m1") == chosen
    with pytest.raises(InputError, match="No service you chose"):
        social.find_chosen(vault, "bingo")


def test_attendance_over_time_counts_went_and_missed_by_month(vault: Vault) -> None:
    walk = _directory()["London Fields Wednesday Walk"]
    chosen = social.add_service(vault, walk, start=date(2025, 1, 1))
    for day in (date(2025, 1, 8), date(2025, 1, 15), date(2025, 2, 5)):
        social.record_attendance(vault, chosen, day, attended=True)
    social.record_attendance(vault, chosen, date(2025, 1, 22), attended=False,
                             reason=MissedReason.COST)
    social.record_attendance(vault, chosen, date(2025, 2, 12), attended=False)
    with pytest.raises(InputError, match="already recorded"):
        social.record_attendance(vault, chosen, date(2025, 2, 12), attended=True)
    (summary,) = social.attendance_summary(vault)
    assert (summary.went, summary.missed) == (3, 2)
    assert summary.reasons == {MissedReason.COST: 1}
    assert [(m.month, m.went, m.missed) for m in summary.months] == [
        (date(2025, 1, 1), 2, 1), (date(2025, 2, 1), 1, 1)]
    assert summary.last is not None and summary.last.on == date(2025, 2, 12)


def test_checkins_are_due_in_a_window_and_done_by_a_response_within_7_days(
    vault: Vault,
) -> None:
    r = social.start_referral(vault, _referral())
    states = [c.state for c in social.checkins(vault, r, today=START - timedelta(days=8))]
    assert states == [CheckInState.UPCOMING] * 3
    first = social.checkins(vault, r, today=START)
    assert [c.due for c in first] == [START, START + timedelta(weeks=6),
                                      START + timedelta(weeks=12)]
    assert first[0].state is CheckInState.DUE
    assert social.checkin_due(vault, START) == (r, first[0])
    vault.questionnaires.save(_ons4(START + timedelta(days=2), 4, 5, 4, 7))
    later = social.checkins(vault, r, today=START + timedelta(weeks=6, days=8))
    assert [c.state for c in later] == [CheckInState.DONE, CheckInState.PASSED,
                                        CheckInState.UPCOMING]
    assert social.checkin_due(vault, START + timedelta(weeks=6, days=8)) is None
    assert social.outcome(vault, r) is None  # one check-in: no claims


def test_the_before_after_change_needs_two_checkins_and_knows_anxiety_is_reversed(
    vault: Vault,
) -> None:
    r = social.start_referral(vault, _referral())
    vault.questionnaires.save(_ons4(START, 4, 5, 4, 7))
    vault.questionnaires.save(_ons4(START + timedelta(weeks=6, days=-3), 5, 6, 5, 6))
    vault.questionnaires.save(_ons4(START + timedelta(weeks=20), 1, 1, 1, 10))  # outside
    assert social.outcome(vault, r, today=START + timedelta(weeks=7)) is not None
    vault.questionnaires.save(_ons4(START + timedelta(weeks=12, days=6), 7, 7, 6, 4))
    result = social.outcome(vault, r, today=START + timedelta(weeks=14))
    assert result is not None and result.after.week == 12
    changes = {i.item: (i.before, i.after, i.change, i.better) for i in result.items}
    assert changes == {
        "life_satisfaction": (4, 7, 3, True),
        "worthwhile": (5, 7, 2, True),
        "happiness": (4, 6, 2, True),
        "anxiety": (7, 4, -3, True),
    }
