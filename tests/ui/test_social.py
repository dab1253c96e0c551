"""Community support (#14) with real widgets on a real vault and the network unplugged: record a
referral, search the cached directory, add a walking group to the plan, mark it attended twice
(and a session missed from Today), complete the 6-week ONS4, see the change, print the
link-worker summary."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from featurekit import idle, in_vault, open_dialog, open_view, when_dialog_opens
from PySide6.QtWidgets import QMessageBox

from planner.domain.goal import Goal
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.social import MissedReason, ReferredBy
from planner.vault import Profiles
from sync import consent, directory, outbox, state
from sync.protocol import Service
from ui.dialogs.social import AddServiceDialog, AttendanceDialog, ReferralDialog
from ui.session import Session
from ui.tasks import TaskRunner
from ui.views.checkins import CheckinsView
from ui.views.plan import PlanView
from ui.views.social import SocialView
from ui.views.social_words import service_details
from ui.views.today import TodayView

SEED = Path(__file__).parents[2] / "endpoint" / "seed" / "services.json"
WALK = "London Fields Wednesday Walk"
DAILY = "Test Daily Cafe"


def directory_copy() -> list[dict]:
    """The reference endpoint's directory, plus a daily cafe with notes on getting there,
    access and cost (and words a hostile server might send: shown as plain text)."""
    services = json.loads(SEED.read_text())["services"]
    walk = next(s for s in services if s["name"] == WALK)
    cafe = json.loads(json.dumps(walk))
    cafe.update(
        id="test-daily-cafe",
        name=DAILY,
        description="Tea and <b>company</b> every day.",
        schedules=[{"id": "d1", "freq": "DAILY", "opens_at": "10:00:00", "closes_at": "12:00:00"}],
        cost_options=[{"id": "c1", "option": "Pay what you can", "amount": 0}],
        taxonomy_terms=[{"id": "t", "code": "lunch", "name": "Lunch clubs and social eating",
                         "vocabulary": "test"}],
    )
    cafe["service_at_locations"][0]["location"]["transportation"] = "Bus 38 to Richmond Road."
    cafe["service_at_locations"][0]["location"]["accessibility"] = [
        {"id": "a1", "description": "Step-free entrance", "details": "Accessible toilet"}
    ]
    return [*services, cafe]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def session(qtbot, profiles: Profiles, runner: TaskRunner, no_network: None) -> Iterator[Session]:
    vault, _code = profiles.create("Sam", "correct horse battery")
    state.put_json(vault, "directory:services", directory_copy())
    vault.goals.save(Goal(title="Get out of the house more", start=date.today()))
    vault.lock()
    unlocked = Session(profiles, runner)
    failures: list[BaseException] = []
    with qtbot.waitSignal(unlocked.unlocked, timeout=10_000):
        unlocked.unlock("Sam", "correct horse battery", failures.append)
    assert not failures
    yield unlocked
    unlocked.lock()
    runner.wait()


def ons4(on: datetime, satisfied: int, worthwhile: int, happy: int, anxious: int
         ) -> QuestionnaireResponse:
    return QuestionnaireResponse(instrument="ONS4", completed_at=on, answers={
        "life_satisfaction": satisfied, "worthwhile": worthwhile, "happiness": happy,
        "anxiety": anxious})


def save(qtbot, view, dialog) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        problems = {k: e.message for k, e in getattr(dialog, "errors", {}).items() if e.message}
        assert not problems and not dialog.isVisible(), problems
    idle(qtbot, view.session)


def test_from_a_referral_to_what_changed(qtbot, session: Session, tmp_path: Path) -> None:
    view = open_view(qtbot, SocialView, session)
    assert "Two check-ins are needed" in view.change_text.text()
    assert not view.print_button.isEnabled()

    # 1. Record a referral, six weeks ago, with a link worker and what matters.
    started = date.today() - timedelta(weeks=6)
    view.new_referral_button.click()
    dialog = open_dialog(qtbot, view, ReferralDialog)
    dialog.referred_by.setCurrentIndex(dialog.referred_by.findData(ReferredBy.GP))
    dialog.referrer.setText("Dr Okafor, Lea Surgery")
    dialog.referred_on.setDate(started)
    dialog.reason.setPlainText("I feel lonely since I retired.")
    dialog.worker_name.setText("Amira Hassan")
    dialog.worker_phone.setText("020 7946 0001")
    dialog.what_matters.setPlainText("Seeing people every week\nBeing outdoors")
    save(qtbot, view, dialog)
    referral = in_vault(qtbot, session, lambda v: v.referrals.all())[0]
    plan = in_vault(qtbot, session, lambda v: v.plans.current()).plan
    worker = next(s for s in plan.supporters if s.name == "Amira Hassan")
    assert referral.link_worker_id == worker.id and worker.phone == "020 7946 0001"
    assert {"Seeing people every week", "Being outdoors"} <= set(plan.what_matters)
    assert "Amira Hassan (020 7946 0001)" in view.referral_text.text()
    assert "I feel lonely since I retired." in view.referral_text.text()
    # The first check-in (at the start) was done then; the 6-week one is due now.
    in_vault(qtbot, session, lambda v: v.questionnaires.save(ons4(
        datetime.combine(started, time(10), UTC), 4, 5, 4, 7)))
    session.changed.emit("questionnaires")
    qtbot.waitUntil(lambda: "due now" in view.due_text.text(), timeout=10_000)
    assert "Two check-ins are needed before we can show a change." in view.change_text.text()

    # 2. Search the cached directory, offline, by words, borough, kind, day and cost.
    view.need.setText("walk")
    view.borough.setCurrentIndex(view.borough.findData("Hackney"))
    view.category.setCurrentIndex(view.category.findData("walking"))
    view.weekday.setCurrentIndex(view.weekday.findData(2))  # Wednesday
    view.cost.setCurrentIndex(view.cost.findData(directory.FREE))
    names = [view.found.item(i).text() for i in range(view.found.count())]
    assert f"{WALK} (Hackney)" in names
    assert all("(Hackney)" in n for n in names)
    view.weekday.setCurrentIndex(view.weekday.findData(6))  # nobody walks on Sunday here
    assert view.found.count() == 0 and view.found_note.text() == "Services found: 0"
    view.weekday.setCurrentIndex(view.weekday.findData(2))
    assert view.select_service(next(s["id"] for s in directory_copy() if s["name"] == WALK))
    text = view.details.toPlainText()
    assert "What happens\nA free, friendly walk" in text and "Where\n3 Richmond Road" in text
    assert "Cost\nFree" in text and "Meet at the lido entrance" in text

    # 3. Add the walking group to the plan, for a goal.
    view.add_button.click()
    add = open_dialog(qtbot, view, AddServiceDialog)
    add.goal.setCurrentIndex(1)
    save(qtbot, view, add)
    chosen = in_vault(qtbot, session, lambda v: v.chosen_services.all())
    assert [c.name for c in chosen] == [WALK] and chosen[0].referral_id == referral.id
    plan = in_vault(qtbot, session, lambda v: v.plans.current()).plan
    action = next(a for a in plan.actions if a.id == chosen[0].action_id)
    assert action.service_id == chosen[0].service_id and action.goal_id is not None
    assert action.recurrence is not None and action.recurrence.weekdays == (2,)
    assert view.banner.text == f"Added to your plan: {WALK}."

    # 4. Went twice: last week and today.
    for day in (date.today() - timedelta(days=7), date.today()):
        view.going.select(chosen[0].id)
        view.going.went_button.click()
        went = open_dialog(qtbot, view, AttendanceDialog)
        went.day.setDate(day)
        save(qtbot, view, went)
    records = in_vault(qtbot, session, lambda v: v.attendance.for_chosen(chosen[0].id))
    assert len(records) == 2 and all(r.attended for r in records)
    view.going.select(chosen[0].id)
    assert "Went 2 times, missed 0." in view.going_text.text()
    assert view.chart.isVisible() or not view.isVisible()
    assert "went 1 of 1" in view.chart.accessibleDescription() or \
        "went 2 of 2" in view.chart.accessibleDescription()
    # ... and My plan shows it beside the action.
    plan_view = open_view(qtbot, PlanView, session)
    lines = [plan_view.action_list.list.item(i).text()
             for i in range(plan_view.action_list.list.count())]
    assert any(line.startswith(WALK) and line.endswith("went 2, missed 0") for line in lines)

    # A daily service shows on Today: "Not this time", because of transport.
    view.need.setText("cafe")
    view.category.setCurrentIndex(0)
    view.weekday.setCurrentIndex(0)
    view.cost.setCurrentIndex(0)
    assert view.select_service("test-daily-cafe")
    shown = view.details.toPlainText()
    assert "Tea and <b>company</b> every day." in shown  # plain text, never rich text
    assert "How to get there\nBus 38 to Richmond Road." in shown
    assert "Accessibility\nStep-free entrance Accessible toilet" in shown
    assert "Pay what you can" in shown
    view.add_button.click()
    save(qtbot, view, open_dialog(qtbot, view, AddServiceDialog))
    today_view = open_view(qtbot, TodayView, session)
    assert today_view.going_box.isVisible()
    texts = [today_view.going.list.item(i).text() for i in range(today_view.going.list.count())]
    assert f"{DAILY}: not recorded yet" in texts
    today_view.going.list.setCurrentRow(texts.index(f"{DAILY}: not recorded yet"))
    today_view.going.missed_button.click()
    missed = open_dialog(qtbot, today_view, AttendanceDialog)
    missed.why.setCurrentIndex(missed.why.findData(MissedReason.TRANSPORT))
    save(qtbot, today_view, missed)
    assert any(today_view.going.list.item(i).text() ==
               f"{DAILY}: not this time (Getting there was hard)"
               for i in range(today_view.going.list.count()))

    # 5. The 6-week ONS4, from the link on this screen to Check-ins.
    with qtbot.waitSignal(view.navigate_requested, timeout=2_000) as asked:
        view.checkin_button.click()
    assert asked.args == ["checkins", "ONS4"]
    checkins = open_view(qtbot, CheckinsView, session)
    form = checkins.form("ONS4")
    for item, value in (("life_satisfaction", 6), ("worthwhile", 7), ("happiness", 6),
                        ("anxiety", 4)):
        form.answer(item, value)
    form.save_button.click()
    idle(qtbot, session)

    # 6. The change, per question, honestly.
    qtbot.waitUntil(lambda: "better by" in view.change_text.text(), timeout=10_000)
    change = view.change_text.text()
    assert "What changed from at the start to after 6 weeks:" in change
    assert "4 to 6 (better by 2)" in change  # life satisfaction
    assert "7 to 4 (better by 3)" in change  # anxiety: lower is better
    assert "No well-being check-in is due now." in view.due_text.text()

    # 7. Print the link worker's summary: a PDF with the service and the change.
    out = tmp_path / "link-worker.pdf"
    view.choose_save_path = lambda: out  # type: ignore[method-assign]
    assert view.print_button.isEnabled()
    view.print_button.click()
    qtbot.waitUntil(lambda: view.banner.text.startswith("Saved the summary"), timeout=30_000)
    from pypdf import PdfReader

    words = " ".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(words.split())
    assert WALK in flat and "Walking groups" in flat  # the service, and how it went
    assert "Amira Hassan, 020 7946 0001" in flat
    assert "4 6 +2 (better)" in flat and "7 4 -3 (better)" in flat  # the change, per question

    # 8. Share what helped (`outcomes`): refused without the consent, then queued once, with
    # the kind of service and the borough but never the service's id, and never twice.
    yes = QMessageBox.StandardButton.Yes
    view.going.select(chosen[0].id)
    when_dialog_opens(QMessageBox, lambda box: box.button(yes).click())
    view.share_button.click()
    qtbot.waitUntil(lambda: "first turn on" in view.banner.text, timeout=10_000)
    in_vault(qtbot, session, lambda v: consent.record(v, "outcomes", "given"))
    when_dialog_opens(QMessageBox, lambda box: box.button(yes).click())
    view.share_button.click()
    qtbot.waitUntil(lambda: view.banner.text.startswith("Added to the send list"),
                    timeout=10_000)
    queued = in_vault(qtbot, session, lambda v: outbox.pending(v, ("outcomes",)))
    assert len(queued) == 1
    sent = queued[0].contribution.body.model_dump()
    assert sent["category"] == "walking" and sent["borough"] == "Hackney"
    assert sent["attended"] == "2-3"
    assert chosen[0].service_id not in queued[0].contribution.model_dump_json()
    when_dialog_opens(QMessageBox, lambda box: box.button(yes).click())
    view.share_button.click()
    qtbot.waitUntil(lambda: "already shared" in view.banner.text, timeout=10_000)
    assert len(in_vault(qtbot, session, lambda v: outbox.pending(v, ("outcomes",)))) == 1


def test_service_details_are_plain_text_in_any_language(qtbot, session: Session) -> None:
    """The search controls carry codes, not words, so a Polish or Urdu screen searches the
    English directory; the details show a server's markup as it came, never as rich text."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan))
    try:
        view = open_view(qtbot, SocialView, session)
        assert view.weekday.itemText(3) == QLocale().dayName(3)  # Wednesday, in Urdu
        view.weekday.setCurrentIndex(3)
        view.cost.setCurrentIndex(view.cost.findData(directory.FREE))
        view.need.setText("Walk")
        names = [view.found.item(i).text() for i in range(view.found.count())]
        assert f"{WALK} (Hackney)" in names
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    cafe = Service.model_validate(directory_copy()[-1])
    assert "<b>company</b>" in service_details(cafe)
