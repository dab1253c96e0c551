"""The demo profile: two years of realistic, clearly made-up data to explore the app with.

Deterministic (seeded), so screenshots and benchmarks see the same data every time, and dated
relative to today, so "Today" is never empty. The person is fictional; the NHS number is from
the 999 range the NHS keeps for testing and never belongs to anyone.

The person's fixed story (plan, reminders, appointments, summary) is in `planner.demo_data`;
this module fills a vault with it and draws the years of entries, doses and attendance.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from uuid import UUID

from planner.demo_care import save_care
from planner.demo_data import (
    JOURNAL,
    LUNCH_ACTION,
    LUNCH_ID,
    ONS4_CHECKINS,
    SKIP_REASONS,
    WALK_ACTION,
    WALK_ID,
    new_trackers,
    save_appointments,
    save_plan,
    save_reminders,
    save_summary,
)
from planner.domain.goal import Direction, Goal, GoalStatus, Measure
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine, MedicineForm
from planner.domain.person import Person
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.social import (
    Attendance,
    ChosenService,
    MissedReason,
    ReferredBy,
    SocialReferral,
)
from planner.domain.tracker import LogEntry, Tracker
from planner.services.doses import GRACE, local_zone
from planner.vault.vault import Vault

DEMO_NAME = "Demo"
DEMO_PASSPHRASE = "demo"  # noqa: S105 - published on purpose; the demo holds no real data
DAYS = 730


def _at(day: date, hour: int, minute: int, rng: random.Random) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC) + timedelta(
        minutes=rng.randint(-20, 20)
    )


def _entries(trackers: dict[str, Tracker], today: date, rng: random.Random) -> list[LogEntry]:
    entries: list[LogEntry] = []
    first = today - timedelta(days=DAYS - 1)
    for i in range(DAYS):
        day = first + timedelta(days=i)
        progress = i / DAYS
        season = math.sin(2 * math.pi * day.timetuple().tm_yday / 365)
        if rng.random() < 0.85:
            kg = 92 - 7.5 * progress + 0.6 * season + rng.gauss(0, 0.4)
            entries.append(
                LogEntry(
                    tracker_id=trackers["weight"].id, at=_at(day, 7, 30, rng), value=round(kg, 1)
                )
            )
        steps = max(300, int(3500 + 4200 * progress + 900 * season + rng.gauss(0, 1400)))
        entries.append(
            LogEntry(tracker_id=trackers["steps"].id, at=_at(day, 21, 0, rng), value=float(steps))
        )
        hours = min(11.0, max(3.0, 6.4 + 0.6 * progress + rng.gauss(0, 0.8)))
        entries.append(
            LogEntry(
                tracker_id=trackers["sleep"].id, at=_at(day, 8, 0, rng), value=round(hours * 4) / 4
            )
        )
        mood = min(10, max(0, round(5 + 2 * progress + 0.5 * season + rng.gauss(0, 1.3))))
        entries.append(
            LogEntry(tracker_id=trackers["mood"].id, at=_at(day, 20, 0, rng), value=float(mood))
        )
        entries.append(
            LogEntry(
                tracker_id=trackers["medication"].id,
                at=_at(day, 8, 15, rng),
                value=1.0 if rng.random() < 0.93 else 0.0,
            )
        )
        if rng.random() < 0.45:
            entries.append(
                LogEntry(
                    tracker_id=trackers["journal"].id,
                    at=_at(day, 21, 30, rng),
                    text=rng.choice(JOURNAL),
                )
            )
    cutoff = datetime.now(UTC)
    return [e for e in entries if e.at <= cutoff]


def _questionnaires(today: date, rng: random.Random) -> list[QuestionnaireResponse]:
    out = []
    for n, months_ago in enumerate((21, 15, 9, 2)):
        at = datetime.combine(today - timedelta(days=30 * months_ago), time(10), tzinfo=UTC)
        level = 2 if n < 2 else 1
        out.append(
            QuestionnaireResponse(
                instrument="PHQ9",
                completed_at=at,
                answers={
                    f"phq9_{i}": 0 if i == 9 else min(3, max(0, level + rng.randint(-1, 1)))
                    for i in range(1, 10)
                },
            )
        )
        out.append(
            QuestionnaireResponse(
                instrument="GAD7",
                completed_at=at + timedelta(minutes=10),
                answers={
                    f"gad7_{i}": min(3, max(0, level + rng.randint(-1, 0))) for i in range(1, 8)
                },
            )
        )
    return out


def populate(vault: Vault, today: date | None = None, seed: int = 2026) -> None:
    """Fill an empty vault with the demo data."""
    today = today or date.today()
    rng = random.Random(seed)
    vault.person.save(
        Person(
            display_name="Sam Taylor (demo)",
            nhs_number="9990000018",
            date_of_birth=date(1961, 4, 12),
            borough="Hackney",
        )
    )
    trackers = new_trackers()
    for tracker in trackers.values():
        vault.trackers.save(tracker)
    vault.logs.add_many(_entries(trackers, today, rng))
    for response in _questionnaires(today, rng):
        vault.questionnaires.save(response)

    start = today - timedelta(days=DAYS - 1)
    goals = [
        Goal(
            title="Walk 7,000 steps a day",
            why="So I can keep up with my grandchildren.",
            measure=Measure(
                tracker_id=trackers["steps"].id, target=7000, direction=Direction.AT_LEAST
            ),
            start=start,
            due=today + timedelta(days=90),
            status=GoalStatus.ACTIVE,
        ),
        Goal(
            title="Get my weight down to 85 kg",
            why="My knees hurt less when I am lighter.",
            measure=Measure(
                tracker_id=trackers["weight"].id, target=85, direction=Direction.AT_MOST
            ),
            start=start,
            due=today + timedelta(days=60),
            status=GoalStatus.ACTIVE,
        ),
        Goal(
            title="Sleep 7 hours most nights",
            why="I cope better when I have slept.",
            measure=Measure(
                tracker_id=trackers["sleep"].id, target=7, direction=Direction.AT_LEAST
            ),
            start=today - timedelta(days=120),
            status=GoalStatus.ON_HOLD,
        ),
    ]
    for goal in goals:
        vault.goals.save(goal)
    save_plan(vault, goals, today)
    save_reminders(vault, trackers, today)
    _medicines(vault, today, rng)
    save_appointments(vault, today)
    save_summary(vault)
    _social(vault, today, rng)
    save_care(vault, today)


def tracker_ids(vault: Vault) -> dict[str, UUID]:
    return {t.key: t.id for t in vault.trackers.all(include_archived=True)}


def _medicines(vault: Vault, today: date, rng: random.Random, zone: tzinfo | None = None) -> None:
    """Four medicines and two years of dose logs: a few misses a month, more at weekends
    (the routine slips), skips with reasons, and an inhaler used more in winter.

    The doses are wall-clock times in this PC's zone, as the app schedules them; everything due
    more than the grace period ago is recorded, so nothing is marked missed when the demo opens.
    """
    zone = zone or local_zone()
    switched = today - timedelta(days=420)  # the GP changed ramipril to amlodipine
    start = today - timedelta(days=DAYS - 1)
    ramipril = Medicine(
        name="Ramipril",
        strength="2.5 mg",
        form=MedicineForm.CAPSULE,
        dose="1 capsule",
        times=(time(8),),
        reason="Blood pressure",
        prescriber="Dr Okafor, Lea Surgery",
        started=start,
        stopped=switched,
        stop_reason="A dry cough that would not go away; Dr Okafor changed it to amlodipine.",
    )
    amlodipine = Medicine(
        name="Amlodipine",
        strength="5 mg",
        dose="1 tablet",
        times=(time(8),),
        reason="Blood pressure",
        prescriber="Dr Okafor, Lea Surgery",
        started=switched,
        concept_id="319283006",  # Amlodipine 5 mg oral tablet
        stock=6,
        refill_at=7,
    )
    paracetamol = Medicine(
        name="Paracetamol",
        strength="500 mg",
        dose="2 tablets",
        times=(time(8), time(20)),
        reason="Knee pain (osteoarthritis)",
        prescriber="Dr Okafor, Lea Surgery",
        started=today - timedelta(days=370),
        concept_id="322236009",  # Paracetamol 500 mg oral tablet
        stock=48,
        refill_at=16,
    )
    inhaler = Medicine(
        name="Blue inhaler",
        strength="100 micrograms/dose",
        form=MedicineForm.INHALER,
        dose="1 to 2 puffs",
        as_needed=True,
        reason="Wheezy in cold, damp weather",
        prescriber="Lea Surgery",
        started=start,
    )
    medicines = (ramipril, amlodipine, paracetamol, inhaler)
    for medicine in medicines:
        # Added when it was started, as if the app had been used all along.
        vault.medicines.save(
            medicine, added=datetime.combine(medicine.started, time.min, tzinfo=zone)
        )
    cutoff = datetime.now(UTC) - GRACE
    records: list[DoseRecord] = []
    for i in range(DAYS):
        day = start + timedelta(days=i)
        weekend = day.weekday() >= 5
        for medicine in medicines[:3]:
            for at in medicine.scheduled_on(day):
                due = datetime.combine(day, at, tzinfo=zone)
                if due > cutoff:
                    continue
                roll = rng.random()
                miss = (0.10 if weekend else 0.03) + (0.02 if at.hour >= 18 else 0.0)
                if roll < miss:
                    records.append(
                        DoseRecord(
                            medicine_id=medicine.id,
                            due=due,
                            status=DoseStatus.MISSED,
                            at=due + GRACE,
                        )
                    )
                elif roll < miss + 0.012:
                    records.append(
                        DoseRecord(
                            medicine_id=medicine.id,
                            due=due,
                            status=DoseStatus.SKIPPED,
                            at=due + timedelta(minutes=rng.randint(0, 90)),
                            reason=rng.choice(SKIP_REASONS),
                        )
                    )
                else:
                    late = rng.choice((0, 5, 10, 15, 20, 30, 45, 60, 95))
                    records.append(
                        DoseRecord(
                            medicine_id=medicine.id,
                            due=due,
                            status=DoseStatus.TAKEN,
                            at=due + timedelta(minutes=late - 10),
                        )
                    )
        winter = day.month in (11, 12, 1, 2, 3)
        if rng.random() < (0.30 if winter else 0.06):
            puff = datetime.combine(day, time(rng.randint(7, 21), rng.randint(0, 59)), tzinfo=zone)
            if puff <= cutoff:
                records.append(DoseRecord(medicine_id=inhaler.id, status=DoseStatus.TAKEN, at=puff))
    vault.doses.add_many(records)


def _social(vault: Vault, today: date, rng: random.Random) -> None:
    """A GP referral to the Hackney link worker (Tom Green, already in the plan) about four
    months ago; a Wednesday walk and a Friday lunch club chosen from the directory with their
    sessions (mostly went, a few missed, with reasons); ONS4 at 0, 6 and 12 weeks, improving.

    The plan's second version already holds their two actions (`save_plan`), so the plan shows
    how going went beside each."""
    start = today - timedelta(days=120)
    current = vault.plans.current()
    worker = next((s for s in current.plan.supporters if s.name == "Tom Green"), None) \
        if current is not None else None
    referral = SocialReferral(
        referred_by=ReferredBy.GP,
        referrer_name="Dr Okafor, Lea Surgery",
        referred_on=start,
        link_worker_id=worker.id if worker is not None else None,
        reason="Since I stopped work I hardly see anyone, and the days are long.",
        what_matters="Feeling less lonely\nBeing able to walk to the shops",
    )
    vault.referrals.save(referral)
    walk = ChosenService(
        referral_id=referral.id, service_id=WALK_ID, name="London Fields Wednesday Walk",
        category="Walking groups", borough="Hackney", added_on=start + timedelta(days=9),
        action_id=WALK_ACTION,
    )
    lunch = ChosenService(
        referral_id=referral.id, service_id=LUNCH_ID, name="Homerton Friday Lunch Club",
        category="Lunch clubs and social eating", borough="Hackney",
        added_on=start + timedelta(days=16), action_id=LUNCH_ACTION,
    )
    vault.chosen_services.save(walk)
    vault.chosen_services.save(lunch)
    records = []
    for chosen, weekday, reasons in (
        (walk, 2, (MissedReason.UNWELL, MissedReason.UNWELL, MissedReason.OTHER)),
        (lunch, 4, (MissedReason.TRANSPORT, MissedReason.COST)),
    ):
        day = chosen.added_on + timedelta(days=(weekday - chosen.added_on.weekday()) % 7)
        while day < today:
            went = rng.random() < 0.82
            records.append(Attendance(
                chosen_id=chosen.id, on=day, attended=went,
                reason=None if went else rng.choice(reasons),
            ))
            day += timedelta(days=7)
    vault.attendance.add_many(records)
    for week, (life, worth, happy, anxious) in ONS4_CHECKINS:
        vault.questionnaires.save(QuestionnaireResponse(
            instrument="ONS4",
            completed_at=datetime.combine(start + timedelta(weeks=week, days=1), time(10, 30),
                                          tzinfo=UTC),
            answers={"life_satisfaction": life, "worthwhile": worth, "happiness": happy,
                     "anxiety": anxious},
        ))
