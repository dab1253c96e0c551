"""Small sync settings and caches kept in the vault: endpoint URL, contributor ids, ETags and
the last downloaded directory, surveys and results (so they work offline)."""

from __future__ import annotations

import json
from typing import Any

from planner.vault.vault import Vault

ENDPOINT = "endpoint"


def get(vault: Vault, key: str) -> str | None:
    rows = vault.store.query("SELECT value FROM sync_state WHERE key = ?", (key,))
    return str(rows[0][0]) if rows else None


def put(vault: Vault, key: str, value: str | None) -> None:
    with vault.store.transaction() as c:
        if value is None:
            c.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            c.execute(
                "INSERT INTO sync_state(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def get_json(vault: Vault, key: str) -> Any:
    raw = get(vault, key)
    return None if raw is None else json.loads(raw)


def put_json(vault: Vault, key: str, value: Any) -> None:
    put(vault, key, json.dumps(value, separators=(",", ":")))


def endpoint(vault: Vault) -> str | None:
    """The participation endpoint's base URL; none is configured by default."""
    return get(vault, ENDPOINT)


def set_endpoint(vault: Vault, url: str | None) -> None:
    from sync.client import check_url

    put(vault, ENDPOINT, check_url(url) if url else None)
