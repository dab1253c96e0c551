"""Social prescribing, as the person lives it: a referral, services chosen from the community
directory, going (or not this time), and whether it helped.

`planner` never imports `sync`, where the downloaded directory lives: callers (the UI, the
command line) pass a directory service in as plain values, `ServiceInfo.from_directory(
service.model_dump(mode="json"))`.

**Writes are all or nothing.** Starting a referral saves the referral and, when there is a link
worker or a "what matters" conversation, a new plan version in ONE transaction; adding a service
saves the new plan version (with the action) and the ChosenService in one transaction too. A
failure leaves neither, so there is no half-added service to roll back.

**ONS4 check-ins** (`checkins`). One is due `w` weeks after the referral for each `w` in its
`checkin_weeks` (0, 6 and 12 by default). A check-in's window is its due date +- 7 days
(`CHECKIN_WINDOW`): an ONS4 response completed inside it (by the person's local date) makes it
done; while today is inside and none is there, it is offered; before, upcoming; after, passed.
Each response counts for one check-in at most (the one whose due date is nearest).

**Did it help?** (`outcome`): per ONS4 item, the answer at the latest done check-in minus the
answer at the first one. With fewer than two done check-ins there is no change to show: the
result is None, because one score says nothing about change ("no claims from fewer than two
check-ins"). Anxiety is reverse scored: a fall is better, and `ItemChange.better` says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from uuid import UUID

from planner.domain.plan import Action, CarePlan, Supporter
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.recurrence import Frequency, Recurrence
from planner.domain.social import (
    Attendance,
    ChosenService,
    MissedReason,
    SocialReferral,
)
from planner.errors import InputError, shown
from planner.instruments.scoring import load_instrument
from planner.vault.plans import append_version, current_in
from planner.vault.social import save_chosen, save_referral
from planner.vault.vault import Vault

__all__ = [
    "CHECKIN_WINDOW",
    "LINK_WORKER_ROLE",
    "CheckIn",
    "CheckInState",
    "ItemChange",
    "MonthCount",
    "Outcome",
    "ScheduleInfo",
    "ServiceAttendance",
    "ServiceInfo",
    "add_service",
    "attendance_by_month",
    "attendance_summary",
    "checkin_due",
    "checkins",
    "find_chosen",
    "outcome",
    "record_attendance",
    "recurrence_for",
    "start_referral",
]

CHECKIN_WINDOW = timedelta(days=7)
LINK_WORKER_ROLE = "Social prescribing link worker"
ONS4 = "ONS4"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # as sync.directory has them


# -- directory services, as plain values ----------------------------------------------------


@dataclass(frozen=True)
class ScheduleInfo:
    """One HSDS 3.0 schedule: `freq` ("WEEKLY"), `byday` ("TU,FR"), `opens_at` ("10:30:00")."""

    freq: str | None = None
    byday: str | None = None
    opens_at: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class ServiceInfo:
    """What planner needs of a directory service (Open Referral UK shape, see sync.protocol)."""

    id: str
    name: str
    category: str = ""
    borough: str = ""
    schedules: tuple[ScheduleInfo, ...] = ()

    @classmethod
    def from_directory(cls, service: Mapping[str, Any]) -> ServiceInfo:
        """From a directory service as a plain mapping (`Service.model_dump(mode="json")`):
        the first taxonomy term's name is its category."""
        terms = service.get("taxonomy_terms") or []
        return cls(
            id=str(service["id"]),
            name=str(service["name"]),
            category=str(terms[0].get("name") or "") if terms else "",
            borough=str(service.get("borough") or ""),
            schedules=tuple(
                ScheduleInfo(
                    freq=s.get("freq"),
                    byday=s.get("byday"),
                    opens_at=s.get("opens_at"),
                    description=s.get("description"),
                )
                for s in service.get("schedules") or []
            ),
        )


def recurrence_for(service: ServiceInfo, start: date) -> Recurrence | None:
    """The action's repeat from the service's schedules: weekly on the days of its plain
    weekly schedules ("WEEKLY", "TU,FR"), or daily; None when it has no regular weekly one
    (monthly, "1MO" for the first Monday, or no schedule), so the action has no repeat
    rather than a wrong one."""
    days: set[int] = set()
    daily = False
    for schedule in service.schedules:
        freq = (schedule.freq or "").strip().upper()
        codes = [p.strip().upper() for p in (schedule.byday or "").split(",") if p.strip()]
        if freq == "DAILY" and not codes:
            daily = True
        elif freq == "WEEKLY" and codes and all(c in WEEKDAY_CODES for c in codes):
            days.update(WEEKDAY_CODES.index(c) for c in codes)
    if daily:
        return Recurrence(frequency=Frequency.DAILY, start=start)
    if days:
        return Recurrence(frequency=Frequency.WEEKLY, weekdays=tuple(sorted(days)), start=start)
    return None


# -- the referral ---------------------------------------------------------------------------


def _matters_lines(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    for line in lines:
        if len(line) > 200:
            raise InputError(
                "Each thing that matters to you fits in 200 characters; put each on a line of "
                "its own."
            )
    return lines


def start_referral(
    vault: Vault, referral: SocialReferral, *, link_worker: Supporter | None = None
) -> SocialReferral:
    """Save a referral. The link worker joins the plan's supporters (one already there with
    the same name is reused, not doubled) and each line of `what_matters` not already in the
    plan's What matters is added, as a new plan version; all in one transaction. Returns the
    referral as saved (with `link_worker_id` set)."""
    lines = _matters_lines(referral.what_matters)
    with vault.store.transaction() as c:
        current = current_in(c)
        plan = current.plan if current is not None else CarePlan()
        supporters = plan.supporters
        if link_worker is not None:
            same = [s for s in supporters if s.name.casefold() == link_worker.name.casefold()]
            if same:
                worker = same[0]
            else:
                worker = link_worker if link_worker.role else link_worker.edit(
                    role=LINK_WORKER_ROLE
                )
                supporters = (*supporters, worker)
            referral = referral.edit(link_worker_id=worker.id)
        known = {m.casefold() for m in plan.what_matters}
        added = [line for line in lines if line.casefold() not in known]
        new_plan = plan.edit(
            supporters=supporters, what_matters=(*plan.what_matters, *dict.fromkeys(added))
        )
        save_referral(c, referral)
        if new_plan != plan or current is None:
            append_version(
                c, new_plan, change_note="Social prescribing referral: what matters to me",
                author=vault.author,
            )
    return referral


def add_service(
    vault: Vault,
    service: ServiceInfo,
    *,
    referral_id: UUID | None = None,
    goal_id: UUID | None = None,
    start: date | None = None,
) -> ChosenService:
    """Add a directory service to the plan: an action named after it, linked by `service_id`,
    repeating on the service's weekly schedule (from `start`, default today), optionally for
    a goal; and the ChosenService, linked to the action. One transaction: both or neither.
    A service already chosen (for the same referral) is refused."""
    start = start or date.today()
    if goal_id is not None and vault.goals.get(goal_id) is None:
        raise InputError("That goal is not in this profile.")
    for chosen in vault.chosen_services.all():
        if chosen.service_id == service.id and chosen.referral_id == referral_id:
            raise InputError(f"{shown(chosen.name)} is already in your plan.")
    action = Action(
        text=service.name,
        goal_id=goal_id,
        recurrence=recurrence_for(service, start),
        service_id=service.id,
    )
    chosen = ChosenService(
        referral_id=referral_id,
        service_id=service.id,
        name=service.name,
        category=service.category[:100],
        borough=service.borough[:40],
        action_id=action.id,
        added_on=start,
    )
    with vault.store.transaction() as c:
        current = current_in(c)
        plan = current.plan if current is not None else CarePlan()
        goal_ids = plan.goal_ids
        if goal_id is not None and goal_id not in goal_ids:
            goal_ids = (*goal_ids, goal_id)
        append_version(
            c,
            plan.edit(actions=(*plan.actions, action), goal_ids=goal_ids),
            change_note=f"Added {service.name} from the community directory",
            author=vault.author,
        )
        save_chosen(c, chosen)
    return chosen


# -- going -----------------------------------------------------------------------------------


def find_chosen(vault: Vault, key: str) -> ChosenService:
    """A chosen service by its directory id, or by its name (whole, or the one name that
    contains `key`, ignoring case). InputError when none or several match."""
    key = key.strip()
    everyone = vault.chosen_services.all()
    for pick in (
        [c for c in everyone if c.service_id == key or str(c.id) == key],
        [c for c in everyone if c.name.casefold() == key.casefold()],
        [c for c in everyone if key and key.casefold() in c.name.casefold()],
    ):
        if len({c.service_id for c in pick}) == 1:
            return pick[-1]  # the most recently added, if chosen again for a new referral
        if len(pick) > 1:
            raise InputError(
                f"More than one chosen service matches '{shown(key)}'; use its id "
                "(health-planner social list)."
            )
    raise InputError(
        f"No service you chose matches '{shown(key)}' (health-planner social list shows them)."
    )


def record_attendance(
    vault: Vault,
    chosen: ChosenService,
    on: date,
    *,
    attended: bool,
    reason: MissedReason | None = None,
    note: str = "",
) -> Attendance:
    """Record one session (one per service and day; a second raises an InputError)."""
    if on < chosen.added_on - timedelta(days=366):
        raise InputError("That date is long before you chose this service.")
    record = Attendance(chosen_id=chosen.id, on=on, attended=attended, reason=reason, note=note)
    vault.attendance.record(record)
    return record


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    went: int
    missed: int


@dataclass(frozen=True)
class ServiceAttendance:
    chosen: ChosenService
    went: int
    missed: int
    months: tuple[MonthCount, ...]
    reasons: dict[MissedReason, int] = field(default_factory=dict)
    last: Attendance | None = None


def attendance_by_month(records: list[Attendance]) -> list[MonthCount]:
    """Went / not this time per calendar month, oldest first; months with no record left out."""
    went: Counter[date] = Counter()
    missed: Counter[date] = Counter()
    for r in records:
        month = r.on.replace(day=1)
        (went if r.attended else missed)[month] += 1
    return [MonthCount(m, went[m], missed[m]) for m in sorted(set(went) | set(missed))]


def attendance_summary(
    vault: Vault, referral_id: UUID | None = None
) -> list[ServiceAttendance]:
    """Each chosen service (of one referral, or all) with its attendance over time."""
    chosen = (
        vault.chosen_services.all()
        if referral_id is None
        else vault.chosen_services.for_referral(referral_id)
    )
    out = []
    for c in chosen:
        records = vault.attendance.for_chosen(c.id)
        reasons = Counter(r.reason for r in records if not r.attended and r.reason is not None)
        out.append(
            ServiceAttendance(
                chosen=c,
                went=sum(r.attended for r in records),
                missed=sum(not r.attended for r in records),
                months=tuple(attendance_by_month(records)),
                reasons=dict(reasons),
                last=records[-1] if records else None,
            )
        )
    return out


# -- did it help? ----------------------------------------------------------------------------


class CheckInState(StrEnum):
    DONE = "done"
    DUE = "due"  # offered now: today is in the window and nothing is recorded yet
    UPCOMING = "upcoming"
    PASSED = "passed"  # the window closed with no check-in


@dataclass(frozen=True)
class CheckIn:
    week: int
    due: date
    state: CheckInState
    response: QuestionnaireResponse | None = None

    @property
    def opens(self) -> date:
        return self.due - CHECKIN_WINDOW

    @property
    def closes(self) -> date:
        return self.due + CHECKIN_WINDOW


def _local_day(at: datetime) -> date:
    return at.astimezone().date()


def checkins(
    vault: Vault, referral: SocialReferral, today: date | None = None
) -> list[CheckIn]:
    """The referral's ONS4 check-ins in week order, each done, due, upcoming or passed."""
    today = today or date.today()
    responses = vault.questionnaires.all(ONS4)
    used: set[UUID] = set()
    out = []
    for week in sorted(referral.checkin_weeks):
        due = referral.referred_on + timedelta(weeks=week)
        inside = [
            r
            for r in responses
            if r.id not in used and abs((_local_day(r.completed_at) - due).days) <= 7
        ]
        if inside:
            best = min(
                inside, key=lambda r: (abs((_local_day(r.completed_at) - due).days),
                                       r.completed_at)
            )
            used.add(best.id)
            out.append(CheckIn(week, due, CheckInState.DONE, best))
        elif today < due - CHECKIN_WINDOW:
            out.append(CheckIn(week, due, CheckInState.UPCOMING))
        elif today <= due + CHECKIN_WINDOW:
            out.append(CheckIn(week, due, CheckInState.DUE))
        else:
            out.append(CheckIn(week, due, CheckInState.PASSED))
    return out


def checkin_due(vault: Vault, today: date | None = None) -> tuple[SocialReferral, CheckIn] | None:
    """The check-in to offer today, of the newest open referral that has one."""
    for referral in vault.referrals.all():
        if referral.closed_on is not None:
            continue
        for checkin in checkins(vault, referral, today):
            if checkin.state is CheckInState.DUE:
                return referral, checkin
    return None


@dataclass(frozen=True)
class ItemChange:
    item: str
    text: str
    before: int | None
    after: int | None
    change: int | None  # after - before; None when either is missing
    better: bool | None  # None when no change or not known
    reverse: bool  # a higher answer means worse (anxiety)


@dataclass(frozen=True)
class Outcome:
    before: CheckIn
    after: CheckIn
    items: tuple[ItemChange, ...]


def outcome(
    vault: Vault, referral: SocialReferral, today: date | None = None
) -> Outcome | None:
    """Per ONS4 item, the latest done check-in minus the first; None with fewer than two."""
    done = [c for c in checkins(vault, referral, today) if c.response is not None]
    if len(done) < 2:
        return None
    first, last = done[0], done[-1]
    assert first.response is not None and last.response is not None
    items = []
    for item in load_instrument(ONS4).items:
        before = first.response.answers.get(item.id)
        after = last.response.answers.get(item.id)
        change = None if before is None or after is None else after - before
        better = None if not change else (change < 0) == item.reverse
        items.append(ItemChange(item.id, item.text, before, after, change, better, item.reverse))
    return Outcome(first, last, tuple(items))
