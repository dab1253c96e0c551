"""The community-services directory, searched offline from the copy in the vault."""

from __future__ import annotations

from planner.vault.vault import Vault
from sync import state
from sync.protocol import Service
from sync.untrusted import UNTRUSTED


def services(vault: Vault) -> list[Service]:
    """The downloaded copy ([] before the first download), its text cleaned again (a copy
    saved by an older app was not)."""
    saved = state.get_json(vault, "directory:services") or []
    return [Service.model_validate(s, context=UNTRUSTED) for s in saved]


def search(
    all_services: list[Service], need: str = "", borough: str | None = None
) -> list[Service]:
    """By need (words matched in name, description and categories) and borough."""
    words = [w for w in need.casefold().split() if w]
    found = []
    for service in all_services:
        if borough and service.borough != borough:
            continue
        haystack = " ".join(
            [
                service.name,
                service.description or "",
                service.organization.name,
                *(t.name for t in service.taxonomy_terms),
            ]
        ).casefold()
        if all(w in haystack for w in words):
            found.append(service)
    return sorted(found, key=lambda s: s.name.casefold())
