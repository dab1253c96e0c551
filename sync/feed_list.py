"""The directory feeds a person added, and the offline copy of each: no network here.

Kept apart from `sync.feeds` (which reads feeds over the network) so that searching the
offline directory, and the screens that list the feeds, never import the HTTP client.
"""

from __future__ import annotations

import json
from typing import Any

from planner.errors import InputError
from planner.vault.vault import Vault
from sync import state
from sync.errors import BadEndpointUrl

__all__ = ["MAX_FEEDS", "add_feed", "copies", "copy_key", "feeds", "normalise", "remove_feed"]

FEEDS = "directory:feeds"
MAX_FEEDS = 20


def copy_key(url: str) -> str:
    return f"directory:feed:{url}"


def feeds(vault: Vault) -> list[str]:
    """The feed addresses, in the order they were added."""
    return list(state.get_json(vault, FEEDS) or [])


def normalise(url: str) -> str:
    """The feed's base address: https (http only on this computer), no trailing `/services`
    (people paste the address of the list they looked at)."""
    from sync.client import check_url  # the one rule for addresses; requests only when used

    try:
        base = check_url(url)
    except BadEndpointUrl:
        raise InputError(
            "A feed address must start with https:// and name the feed, for example "
            "https://services.example.gov.uk/oruk.") from None
    for tail in ("/services", "/"):
        if base.endswith(tail):
            base = base[: -len(tail)]
    return base


def add_feed(vault: Vault, url: str) -> str:
    base = normalise(url)
    known = feeds(vault)
    if base in known:
        raise InputError("That feed is already in your list.")
    if len(known) >= MAX_FEEDS:
        raise InputError(f"You can add up to {MAX_FEEDS} feeds. Remove one first.")
    state.put_json(vault, FEEDS, [*known, base])
    return base


def remove_feed(vault: Vault, url: str) -> None:
    """Forget a feed and its offline copy (both in one transaction)."""
    base = normalise(url)
    known = feeds(vault)
    if base not in known:
        raise InputError("That feed is not in your list. 'directory list' shows them.")
    with vault.store.transaction() as c:
        c.execute("DELETE FROM sync_state WHERE key = ?", (copy_key(base),))
        c.execute("UPDATE sync_state SET value = ? WHERE key = ?",
                  (json.dumps([u for u in known if u != base]), FEEDS))


def copies(vault: Vault) -> list[tuple[str, list[dict[str, Any]], str | None]]:
    """Each feed's offline copy: (address, services as stored, when it was refreshed)."""
    found = []
    for url in feeds(vault):
        copy = state.get_json(vault, copy_key(url)) or {}
        services = [entry["doc"] for entry in (copy.get("services") or {}).values()]
        found.append((url, services, copy.get("refreshed")))
    return found
