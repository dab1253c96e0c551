"""When a profile was last used, kept inside its encrypted vault (issue #24): an ended grant
is judged by the later of the PC's clock and this, so turning the clock back revives nothing.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.errors import StorageError

if TYPE_CHECKING:
    from planner.vault.vault import Vault

LAST_USE = "last_use"


def last_use(vault: Vault) -> datetime | None:
    """The latest time this vault was opened by its owner or a carer (inside the vault)."""
    rows = vault.store.query("SELECT value FROM meta WHERE key = ?", (LAST_USE,))
    return datetime.fromisoformat(rows[0][0]) if rows else None


def touch(vault: Vault, at: datetime) -> None:
    """Record `at` as the vault's last use, never moving it back."""
    if vault.read_only is not None:
        return
    seen = last_use(vault)
    if seen is not None and seen >= at:
        return
    with contextlib.suppress(StorageError), vault.store.transaction() as c:
        c.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (LAST_USE, at.astimezone(UTC).isoformat()),
        )
