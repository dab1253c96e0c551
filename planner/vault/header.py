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
from planner.vault.carers import Grant, Identity, OnBehalf, Sealed
from planner.vault.keys import WrappedKey

FREE_ATTEMPTS = 3
MAX_DELAY = timedelta(minutes=5)


class PendingKey(BaseModel):
    """A re-key in progress (planner/vault/rekey.py): the new data key, already wrapped for
    everyone who keeps access, written before the vault file is swapped. Whoever next opens the
    profile finishes the swap or the header, whichever a crash left undone."""

    model_config = ConfigDict(extra="forbid")

    passphrase: WrappedKey | None
    recovery: WrappedKey
    grants: list[Grant] = []
    identity: Identity | None = None
    # A recovery code made for the new key, sealed under it: shown once the re-key is done,
    # even when a crash came between making it and showing it.
    new_code: Sealed | None = None


class ProfileHeader(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal[1] = 1
    id: uuid.UUID
    name: str = Field(min_length=1, max_length=40)
    created_at: AwareDatetime
    # None for a profile a carer made on someone's behalf, until they take ownership.
    passphrase: WrappedKey | None
    recovery: WrappedKey
    failed_unlocks: int = 0
    last_failure: AwareDatetime | None = None
    identity: Identity | None = None  # a carer's key pair (issue #24)
    grants: list[Grant] = []
    on_behalf: OnBehalf | None = None
    rekey: PendingKey | None = None
    code_to_show: Sealed | None = None  # see PendingKey.new_code

    def retry_after(self, at: datetime) -> timedelta:
        """How long to wait before another guess: doubling after three free tries, so guessing
        from a stolen laptop's header costs the thief time, and the count survives a restart."""
        if self.failed_unlocks < FREE_ATTEMPTS or self.last_failure is None:
            return timedelta(0)
        delay = min(timedelta(seconds=2 ** (self.failed_unlocks - FREE_ATTEMPTS)), MAX_DELAY)
        return max(timedelta(0), self.last_failure + delay - at)
