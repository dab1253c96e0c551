"""The plaintext header of a profile, `profile.json`, as a validated model.

It lives apart from `planner.vault.profiles` so that listing the profiles for the start screen
does not load pydantic and the key code (issue #6, cold start): `Profiles` imports this module
the first time it reads or writes a header in full.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.domain.base import AwareDatetime
from planner.vault.keys import WrappedKey

FREE_ATTEMPTS = 3
MAX_DELAY = timedelta(minutes=5)


class ProfileHeader(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal[1] = 1
    id: uuid.UUID
    name: str = Field(min_length=1, max_length=40)
    created_at: AwareDatetime
    passphrase: WrappedKey
    recovery: WrappedKey
    failed_unlocks: int = 0
    last_failure: AwareDatetime | None = None

    def retry_after(self, at: datetime) -> timedelta:
        """How long to wait before another guess: doubling after three free tries, so guessing
        from a stolen laptop's header costs the thief time, and the count survives a restart."""
        if self.failed_unlocks < FREE_ATTEMPTS or self.last_failure is None:
            return timedelta(0)
        delay = min(timedelta(seconds=2 ** (self.failed_unlocks - FREE_ATTEMPTS)), MAX_DELAY)
        return max(timedelta(0), self.last_failure + delay - at)
