"""What is due today: plan actions, reminders and check-ins, for the Today screen and
`show today`."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from planner.domain.goal import GoalStatus
from planner.domain.reminder import ReminderKind
from planner.instruments import load_instrument
from planner.services.reviews import Review, next_review
from planner.services.streaks import current_streak
from planner.vault.vault import Vault

CHECK_IN_EVERY = {"PHQ9": 14, "GAD7": 14, "ONS4": 7}  # days, as commonly used in primary care


@dataclass(frozen=True)
class DueItem:
    kind: str  # "action", "reminder", "check-in"
    title: str
    at: time | None = None
    ref: str = ""


@dataclass(frozen=True)
class TrackerToday:
    key: str
    label: str
    logged_today: bool
    latest: str
    streak: int


@dataclass(frozen=True)
class Today:
    day: date
    due: list[DueItem] = field(default_factory=list)
    trackers: list[TrackerToday] = field(default_factory=list)
    review: Review | None = None
    active_goals: int = 0


def today(vault: Vault, now: datetime | None = None) -> Today:
    if now is None:  # this PC's zone with its daylight-saving rules, for streaks
        from planner.services.doses import local_zone

        now = datetime.now(local_zone())
    day = now.date()
    due: list[DueItem] = []
    current = vault.plans.current()
    if current is not None:
        for action in current.plan.actions:
            if action.done:
                continue
            if (action.recurrence and action.recurrence.occurs_on(day)) or action.due == day:
                due.append(DueItem("action", action.text, ref=str(action.id)))
    for reminder in vault.reminders.all():
        if (
            reminder.enabled
            and reminder.recurrence.occurs_on(day)
            and reminder.kind is not ReminderKind.CHECK_IN
        ):
            due.append(DueItem("reminder", reminder.title, reminder.at, str(reminder.id)))
    for code, every in CHECK_IN_EVERY.items():
        last = vault.questionnaires.latest(code)
        if last is not None and (now - last.completed_at) < timedelta(days=every):
            continue
        if last is None and code != "ONS4":
            continue  # offer PHQ-9/GAD-7 only to people who already use them
        due.append(DueItem("check-in", load_instrument(code).title, ref=code))
    start_of_day = datetime.combine(day, time.min, tzinfo=now.tzinfo)
    trackers = []
    for tracker in vault.trackers.all():
        latest = vault.logs.latest(tracker.id)
        trackers.append(
            TrackerToday(
                key=tracker.key,
                label=tracker.label,
                logged_today=latest is not None and latest.at >= start_of_day,
                latest=tracker.format(latest.value, latest.text) if latest else "",
                streak=current_streak(vault, tracker.id, now),
            )
        )
    goals = vault.goals.all({GoalStatus.ACTIVE})
    return Today(
        day,
        sorted(due, key=lambda d: (d.at or time.min, d.title)),
        trackers,
        next_review(vault, day),
        len(goals),
    )
