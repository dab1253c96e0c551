"""The wait for treatment against the 18-week referral-to-treatment (RTT) standard.

Weeks are counted on calendar dates in the person's time zone, never as elapsed hours: a
week that holds the March or October clock change is 7 days of 23 or 25 hours' worth, and
dividing elapsed seconds by 7 x 24 h would make the wait a week short (March) or a week long
(October) for the hours around midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from planner.domain.treatment import RTT_WEEKS, TreatmentReferral

__all__ = ["Wait", "local_day", "wait_for", "weeks_between"]


def local_day(at: datetime, zone: tzinfo) -> date:
    """The calendar day `at` falls on where the person is."""
    return at.astimezone(zone).date()


def weeks_between(start: date, end: date) -> int:
    """Whole weeks from `start` to `end` (calendar days // 7)."""
    return (end - start).days // 7


@dataclass(frozen=True)
class Wait:
    days: int
    weeks: int
    stopped: bool  # treatment started: the clock stopped
    breach_on: date  # the day the wait reaches 18 weeks

    @property
    def over(self) -> bool:
        return self.weeks >= RTT_WEEKS

    @property
    def weeks_left(self) -> int:
        return max(0, RTT_WEEKS - self.weeks)


def wait_for(referral: TreatmentReferral, today: date) -> Wait:
    """The wait so far on `today` (or until treatment started, if it has)."""
    end = today
    if referral.treatment_started_on is not None and referral.treatment_started_on < today:
        end = referral.treatment_started_on
    days = max(0, (end - referral.starts).days)
    return Wait(
        days=days,
        weeks=days // 7,
        stopped=referral.treatment_started_on is not None
        and referral.treatment_started_on <= today,
        breach_on=referral.starts + timedelta(weeks=RTT_WEEKS),
    )
