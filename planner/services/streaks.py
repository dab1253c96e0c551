"""Gentle streaks: how many days in a row a tracker was logged, ending today or yesterday.

Yesterday still counts so that a streak does not look broken at breakfast; a missed day ends it
without fuss (the UI words it kindly).
"""

from datetime import UTC, datetime, timedelta
from uuid import UUID

from planner.vault.vault import Vault


def current_streak(vault: Vault, tracker_id: UUID, at: datetime | None = None) -> int:
    at = at or datetime.now(UTC)
    offset = at.utcoffset() or timedelta(0)
    offset_ms = int(offset.total_seconds() * 1000)
    today = (int(at.timestamp() * 1000) + offset_ms) // 86_400_000
    streak = 0
    end = at + timedelta(seconds=1)
    day: int | None = None
    while True:  # look back a year at a time until the run of days breaks
        start = end - timedelta(days=366)
        days = vault.logs.days_logged(tracker_id, start, end, offset_ms)
        if day is None:
            day = today if today in days else today - 1
        while day in days:
            streak += 1
            day -= 1
        if not days or day * 86_400_000 - offset_ms >= start.timestamp() * 1000:
            return streak
        end = start
