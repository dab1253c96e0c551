"""The demo profile: two years of realistic, clearly made-up data to explore the app with.

Deterministic (seeded), so screenshots and benchmarks see the same data every time, and dated
relative to today, so "Today" is never empty. The person is fictional; the NHS number is from
the 999 range the NHS keeps for testing and never belongs to anyone.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from uuid import UUID

from planner.domain.appointment import Appointment
from planner.domain.goal import Direction, Goal, GoalStatus, Measure
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine, MedicineForm
from planner.domain.person import Person
from planner.domain.plan import Action, CarePlan, Contingency, Supporter
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder, ReminderKind
from planner.domain.social import (
    Attendance,
    ChosenService,
    MissedReason,
    ReferredBy,
    SocialReferral,
)
from planner.domain.summary import (
    Allergy,
    AllergySeverity,
    Condition,
    EmergencyContact,
    HealthSummary,
)
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.services.doses import GRACE, local_zone
from planner.vault.vault import Vault

DEMO_NAME = "Demo"
DEMO_PASSPHRASE = "demo"  # noqa: S105 - published on purpose; the demo holds no real data
DAYS = 730

JOURNAL = (
    "Walked to the market with Priya. Knees fine.",
    "Tired today, rested in the afternoon.",
    "Went to the Thursday walking group in the park.",
    "Slept badly. Worried about the bills.",
    "Good day. Cooked a proper dinner.",
    "Called my sister. Felt better after.",
    "Rain all day, stayed in and read.",
    "Saw the social prescriber about the lunch club.",
)


def _trackers() -> dict[str, Tracker]:
    items = [
        Tracker(
            key="weight",
            label="Weight",
            kind=TrackerKind.NUMERIC,
            unit="kg",
            minimum=20,
            maximum=350,
            loinc="29463-7",
        ),
        Tracker(
            key="steps",
            label="Steps",
            kind=TrackerKind.NUMERIC,
            unit="steps",
            minimum=0,
            maximum=100_000,
            loinc="55423-8",
        ),
        Tracker(
            key="sleep",
            label="Sleep",
            kind=TrackerKind.NUMERIC,
            unit="hours",
            minimum=0,
            maximum=24,
            loinc="93832-4",
        ),
        Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE),
        Tracker(key="medication", label="Took my tablets", kind=TrackerKind.YES_NO),
        Tracker(key="journal", label="Journal", kind=TrackerKind.TEXT),
    ]
    return {t.key: t for t in items}


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
    trackers = _trackers()
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
    _plan(vault, goals, today)
    _reminders(vault, trackers, today)
    _medicines(vault, today, rng)
    _appointments(vault, today)
    _summary(vault)
    _social(vault, today, rng)


def _plan(vault: Vault, goals: list[Goal], today: date) -> None:
    walk = Recurrence(
        frequency=Frequency.WEEKLY, weekdays=(1, 3), start=today - timedelta(days=700)
    )
    daily = Recurrence(frequency=Frequency.DAILY, start=today - timedelta(days=700))
    priya = Supporter(name="Priya Shah", role="Neighbour and walking buddy", phone="07700 900123")
    nurse = Supporter(
        name="Nurse Grace Owusu", role="Practice nurse, Lea Surgery", phone="020 7946 0001"
    )
    first = CarePlan(
        what_matters=(
            "Seeing my grandchildren every week",
            "Staying in my own home",
            "Being able to walk to the shops",
        ),
        goal_ids=tuple(g.id for g in goals[:2]),
        actions=(
            Action(text="Walk with Priya", goal_id=goals[0].id, recurrence=walk, who="Priya"),
            Action(text="Take my blood pressure tablets", recurrence=daily),
        ),
        supporters=(priya, nurse),
        contingency=Contingency(
            warning_signs="I stop going out. I stop answering the phone.",
            what_i_do="Tell my sister. Go to the walking group even if I do not feel like it.",
            who_to_contact="My sister Anita: 07700 900456. Lea Surgery: 020 7946 0000.",
        ),
        review_date=today - timedelta(days=200),
        coordinator="Nurse Grace Owusu, Lea Surgery",
    )
    vault.plans.save(
        first,
        agreed_with="Nurse Grace Owusu",
        agreed_on=today - timedelta(days=700),
        change_note="First plan",
    )
    lunch = Action(
        text="Go to the Tuesday lunch club at St Mary's",
        recurrence=Recurrence(
            frequency=Frequency.WEEKLY, weekdays=(1,), start=today - timedelta(days=180)
        ),
    )
    # The two community services chosen with the link worker (`_social`), as plan actions.
    walk_group = Action(
        id=WALK_ACTION, text="London Fields Wednesday Walk", service_id=WALK_ID,
        goal_id=goals[0].id,
        recurrence=Recurrence(
            frequency=Frequency.WEEKLY, weekdays=(2,), start=today - timedelta(days=111)
        ),
    )
    lunch_club = Action(
        id=LUNCH_ACTION, text="Homerton Friday Lunch Club", service_id=LUNCH_ID,
        recurrence=Recurrence(
            frequency=Frequency.WEEKLY, weekdays=(4,), start=today - timedelta(days=104)
        ),
    )
    second = first.edit(
        what_matters=(*first.what_matters, "Feeling less lonely"),
        goal_ids=tuple(g.id for g in goals),
        actions=(*first.actions, lunch, walk_group, lunch_club),
        supporters=(
            *first.supporters,
            Supporter(
                name="Tom Green", role="Social prescriber, Hackney", email="tom.green@example.org"
            ),
        ),
        review_date=today + timedelta(days=25),
    )
    vault.plans.save(
        second,
        agreed_with="Nurse Grace Owusu",
        agreed_on=today - timedelta(days=180),
        change_note="Added the lunch club after talking to the social prescriber",
    )


def _reminders(vault: Vault, trackers: dict[str, Tracker], today: date) -> None:
    start = today - timedelta(days=700)
    items = [
        Reminder(
            title="Take my tablets",
            kind=ReminderKind.LOG,
            at=time(8, 0),
            recurrence=Recurrence(frequency=Frequency.DAILY, start=start),
            target="medication",
            target_id=trackers["medication"].id,
        ),
        Reminder(
            title="Weigh myself",
            kind=ReminderKind.LOG,
            at=time(7, 30),
            recurrence=Recurrence(frequency=Frequency.WEEKLY, weekdays=(0,), start=start),
            target="weight",
            target_id=trackers["weight"].id,
        ),
        Reminder(
            title="How am I feeling? (check-in)",
            kind=ReminderKind.CHECK_IN,
            at=time(10, 0),
            recurrence=Recurrence(frequency=Frequency.MONTHLY, start=start),
            target="ONS4",
        ),
    ]
    for reminder in items:
        vault.reminders.save(reminder)


def tracker_ids(vault: Vault) -> dict[str, UUID]:
    return {t.key: t.id for t in vault.trackers.all(include_archived=True)}


SKIP_REASONS = (
    "Stomach upset, did not want to take it on an empty stomach.",
    "Fasting for a blood test in the morning.",
    "Felt dizzy, rang the surgery and they said to leave it today.",
    "Away at my sister's and forgot to pack them.",
)


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


def _appointments(vault: Vault, today: date, zone: tzinfo | None = None) -> None:
    zone = zone or local_zone()

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(today + timedelta(days=days), time(hour, minute), tzinfo=zone)

    items = [
        Appointment(
            at=at(-420, 9, 40),
            what_for="Blood pressure and the cough",
            with_whom="Dr Okafor",
            where="Lea Surgery, 2 Lea Bridge Road",
            questions=("Could the cough be from my tablets?",),
            notes="The cough is probably from the ramipril. Stop it and start amlodipine 5 mg "
            "each morning. Ankles may swell a little at first.",
            follow_ups=(
                "Check my blood pressure at home twice a week",
                "Book a blood pressure review in 3 months",
            ),
        ),
        Appointment(
            at=at(-372, 11, 10),
            what_for="Knee pain",
            with_whom="Dr Okafor",
            where="Lea Surgery, 2 Lea Bridge Road",
            duration=timedelta(minutes=15),
            questions=("Is it arthritis?", "Will walking make it worse?"),
            notes="Wear in both knees (osteoarthritis). Paracetamol regularly helps; walking "
            "is good for the knees. Lose a little weight if I can.",
            follow_ups=(
                "Ask the social prescriber about the walking group",
                "Do the knee exercises from the leaflet each morning",
            ),
        ),
        Appointment(
            at=at(9, 10, 30),
            what_for="Yearly review: blood pressure, knees and breathing",
            with_whom="Nurse Grace Owusu",
            where="Lea Surgery, 2 Lea Bridge Road",
            questions=(
                "Is my blood pressure low enough now?",
                "Can I take something for my knees less often than paracetamol twice a day?",
                "Should I have a new inhaler check?",
            ),
        ),
    ]
    for appointment in items:
        vault.appointments.save(appointment)


def _summary(vault: Vault) -> None:
    vault.summary.save(
        HealthSummary(
            conditions=(
                Condition(
                    name="High blood pressure",
                    onset=date(2015, 6, 1),
                    concept_id="38341003",  # Hypertensive disorder
                ),
                Condition(
                    name="Osteoarthritis of both knees",
                    onset=date(2019, 10, 1),
                    concept_id="239873007",  # Osteoarthritis of knee
                ),
            ),
            allergies=(
                Allergy(
                    substance="Penicillin",
                    reaction="Itchy rash all over",
                    severity=AllergySeverity.MODERATE,
                    concept_id="764146007",  # Penicillin
                ),
            ),
            communication_needs="I hear better on my left side. Please face me and speak clearly.",
            carer="Anita Taylor (my sister)",
            about_me="I live on my own and want to stay independent. Mornings are my best "
            "time; I go to the lunch club on Tuesdays.",
            contacts=(
                EmergencyContact(name="Anita Taylor", relationship="Sister", phone="07700 900456"),
                EmergencyContact(name="Priya Shah", relationship="Neighbour", phone="07700 900123"),
            ),
        )
    )


# Two services from the seed directory (endpoint/seed/services.json), by their real ids and
# names; the demo may have no directory cached, so the ChosenService carries what it shows.
WALK_ID = "7e6c3a79-1de3-5e59-ace4-8d007f566884"  # London Fields Wednesday Walk, Hackney
LUNCH_ID = "d7a89b06-14cf-57c0-9e26-9fd3f9a5de2b"  # Homerton Friday Lunch Club, Hackney
# Their actions in the plan (fixed, so `_plan` and `_social` agree without passing them round).
WALK_ACTION = UUID("5e0c1a57-0d3b-4c2e-9a61-7a1f00000001")
LUNCH_ACTION = UUID("5e0c1a57-0d3b-4c2e-9a61-7a1f00000002")
ONS4_CHECKINS = (  # weeks after the referral: life, worthwhile, happiness, anxiety
    (0, (4, 5, 4, 7)),
    (6, (5, 6, 6, 5)),
    (12, (7, 7, 7, 3)),
)


def _social(vault: Vault, today: date, rng: random.Random) -> None:
    """A GP referral to the Hackney link worker (Tom Green, already in the plan) about four
    months ago; a Wednesday walk and a Friday lunch club chosen from the directory with their
    sessions (mostly went, a few missed, with reasons); ONS4 at 0, 6 and 12 weeks, improving.

    The plan's second version already holds their two actions (`_plan`), so the plan shows
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
