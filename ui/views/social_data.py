"""What Community support and Today read from the vault about social prescribing (the chosen
services with their plan actions and sessions, the referral, the check-ins) and the one thing
both write (a session I went to, or not): plain functions and records, run in the worker, kept
apart from the widgets so the two screens and the shared "going" buttons use the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from planner.domain.goal import Goal, GoalStatus
from planner.domain.plan import Action, Supporter
from planner.domain.social import Attendance, ChosenService, SocialReferral
from planner.services import social as social_service
from planner.vault import Vault
from sync import consent, directory
from sync.protocol import Service


@dataclass(frozen=True)
class ChosenLine:
    """A service I chose, its plan action and every session recorded (oldest first)."""

    chosen: ChosenService
    action: Action | None
    records: list[Attendance]

    def on(self, day: date) -> Attendance | None:
        return next((r for r in self.records if r.on == day), None)


@dataclass(frozen=True)
class SocialData:
    referrals: list[SocialReferral]  # newest first
    supporters: dict[UUID, Supporter]
    chosen: list[ChosenLine]
    goals: list[Goal]
    services: list[Service]
    borough: str | None
    checkins: list[social_service.CheckIn] = field(default_factory=list)  # of the newest
    due: social_service.CheckIn | None = None  # the ONS4 check-in to offer now
    change: social_service.Outcome | None = None  # None: fewer than two check-ins
    feedback_agreed: bool = False
    today: date = field(default_factory=date.today)


def chosen_lines(vault: Vault) -> list[ChosenLine]:
    plan = vault.plans.current()
    actions = {a.id: a for a in plan.plan.actions} if plan else {}
    return [
        ChosenLine(
            c,
            actions.get(c.action_id) if c.action_id else None,
            sorted(vault.attendance.for_chosen(c.id), key=lambda a: a.on),
        )
        for c in sorted(vault.chosen_services.all(), key=lambda c: c.name.casefold())
    ]


def load_social(vault: Vault) -> SocialData:
    """Everything the Community support screen shows (runs in the worker)."""
    plan = vault.plans.current()
    person = vault.person.get()
    referrals = sorted(vault.referrals.all(), key=lambda r: r.referred_on, reverse=True)
    today = date.today()
    return SocialData(
        referrals=referrals,
        supporters={s.id: s for s in plan.plan.supporters} if plan else {},
        chosen=chosen_lines(vault),
        goals=vault.goals.all({GoalStatus.ACTIVE}),
        services=directory.services(vault),
        borough=person.borough if person else None,
        checkins=social_service.checkins(vault, referrals[0], today) if referrals else [],
        due=due[1] if (due := social_service.checkin_due(vault, today)) else None,
        change=social_service.outcome(vault, referrals[0], today) if referrals else None,
        feedback_agreed=consent.has_consent(vault, "feedback"),
        today=today,
    )


def today_sessions(vault: Vault, day: date | None = None) -> list[ChosenLine]:
    """The services whose plan action falls on `day` (Today's "Community support" box)."""
    on = day or date.today()
    found = []
    for line in chosen_lines(vault):
        action = line.action
        if action is None or action.done:
            continue
        due = action.recurrence.occurs_on(on) if action.recurrence is not None else action.due == on
        if due or line.on(on) is not None:
            found.append(line)
    return found


def record_attendance(vault: Vault, chosen: ChosenService, attendance: Attendance) -> None:
    """One record per service and day: saying again on the same day (I went, after all)
    replaces the first."""
    for old in vault.attendance.for_chosen(chosen.id):
        if old.on == attendance.on:
            vault.attendance.delete(old.id)
    social_service.record_attendance(
        vault,
        chosen,
        attendance.on,
        attended=attendance.attended,
        reason=attendance.reason,
        note=attendance.note,
    )
