"""The demo person's fixed story: their trackers, care plan, reminders, appointments, health
summary and the community services they chose.

It is kept apart from the builder in `planner.demo` (which draws two years of entries and doses
from a seeded random walk), so the story can be read and changed without reading the
generators, and the generators without wading through the story.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from uuid import UUID

from planner.domain.appointment import Appointment
from planner.domain.goal import Goal
from planner.domain.plan import Action, CarePlan, Contingency, Supporter
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.reminder import Reminder, ReminderKind
from planner.domain.summary import (
    Allergy,
    AllergySeverity,
    Condition,
    EmergencyContact,
    HealthSummary,
)
from planner.domain.tracker import Tracker, TrackerKind
from planner.services.doses import local_zone
from planner.vault.vault import Vault

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


def new_trackers() -> dict[str, Tracker]:
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


SKIP_REASONS = (
    "Stomach upset, did not want to take it on an empty stomach.",
    "Fasting for a blood test in the morning.",
    "Felt dizzy, rang the surgery and they said to leave it today.",
    "Away at my sister's and forgot to pack them.",
)


# Two services from the seed directory (endpoint/seed/services.json), by their real ids and
# names; the demo may have no directory cached, so the ChosenService carries what it shows.
WALK_ID = "7e6c3a79-1de3-5e59-ace4-8d007f566884"  # London Fields Wednesday Walk, Hackney
LUNCH_ID = "d7a89b06-14cf-57c0-9e26-9fd3f9a5de2b"  # Homerton Friday Lunch Club, Hackney
# Their actions in the plan (fixed, so `save_plan` and demo.py's `_social` agree without passing
# them round).
WALK_ACTION = UUID("5e0c1a57-0d3b-4c2e-9a61-7a1f00000001")
LUNCH_ACTION = UUID("5e0c1a57-0d3b-4c2e-9a61-7a1f00000002")
ONS4_CHECKINS = (  # weeks after the referral: life, worthwhile, happiness, anxiety
    (0, (4, 5, 4, 7)),
    (6, (5, 6, 6, 5)),
    (12, (7, 7, 7, 3)),
)


def save_plan(vault: Vault, goals: list[Goal], today: date) -> None:
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
    # The two community services chosen with the link worker (demo.py's `_social`), as plan
    # actions.
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


def save_reminders(vault: Vault, trackers: dict[str, Tracker], today: date) -> None:
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


def save_appointments(vault: Vault, today: date, zone: tzinfo | None = None) -> None:
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


def save_summary(vault: Vault) -> None:
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
