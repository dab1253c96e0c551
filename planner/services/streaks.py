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
    end = at + timedelta(seconds=1)
    # Counted back from today, or from yesterday when today has nothing yet.
    return vault.logs.logged_run(tracker_id, today, end, offset_ms) or vault.logs.logged_run(
        tracker_id, today - 1, end, offset_ms
    )
