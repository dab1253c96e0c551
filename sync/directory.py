"""The community-services directory, searched offline from the copy in the vault."""

from __future__ import annotations

import re

from planner.vault.vault import Vault
from sync import feed_list, state
from sync.protocol import Service
from sync.untrusted import UNTRUSTED


def services(vault: Vault) -> list[Service]:
    """The downloaded copies merged ([] before the first download), their text cleaned again
    (a copy saved by an older app was not): the endpoint's directory, then each feed the
    person added (`sync.feed_list`). A service id in two of them is one service, the first
    copy's, with every source named in `sources`."""
    merged: dict[str, Service] = {}
    endpoint = state.endpoint(vault) or ""
    sources = [(endpoint, state.get_json(vault, "directory:services") or [])]
    sources += [(url, docs) for url, docs, _when in feed_list.copies(vault)]
    for source, docs in sources:
        for doc in docs:
            service = Service.model_validate(doc, context=UNTRUSTED)
            seen = merged.get(service.id)
            if seen is None:
                merged[service.id] = service.model_copy(update={"sources": (source,)})
            elif source not in seen.sources:
                merged[service.id] = seen.model_copy(update={"sources": (*seen.sources, source)})
    return list(merged.values())


WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""iCalendar day codes, Monday first (as `datetime.date.weekday()` counts)."""

FREE, PAID = "free", "paid"
_FREE_WORDS = re.compile(r"\b(free|no charge|no cost)\b")
_PAID_WORDS = re.compile(r"(£\s*\d|\bfees?\b|\bpay\b|\bcharge[sd]?\b|\bcosts? \d)")


def weekdays(service: Service) -> frozenset[int]:
    """The days of the week (0 = Monday) a service runs on, from its schedules' `byday`
    ("TU,FR", "1MO" for the first Monday); a daily schedule runs every day. Empty when unknown."""
    days: set[int] = set()
    for schedule in service.schedules:
        if (schedule.freq or "").upper() == "DAILY" and not schedule.byday:
            days.update(range(7))
        for part in (schedule.byday or "").upper().split(","):
            code = part.strip()[-2:]
            if code in WEEKDAY_CODES:
                days.add(WEEKDAY_CODES.index(code))
    return frozenset(days)


def cost(service: Service) -> str | None:
    """FREE, PAID or None (not known). The service's cost options decide when it has any (an
    amount of 0 is free); otherwise its own words ("A free walk", "a small weekly fee")."""
    amounts = [c.amount for c in service.cost_options if c.amount is not None]
    if amounts:
        return PAID if any(a > 0 for a in amounts) else FREE
    words = " ".join(
        [
            service.description or "",
            *(c.option or "" for c in service.cost_options),
            *(c.amount_description or "" for c in service.cost_options),
            *(s.description or "" for s in service.schedules),
        ]
    ).casefold()
    if _FREE_WORDS.search(words):
        return FREE
    if _PAID_WORDS.search(words):
        return PAID
    return None


def categories(all_services: list[Service]) -> list[tuple[str, str]]:
    """Every category in the directory as (code, name), by name."""
    found = {t.code: t.name for s in all_services for t in s.taxonomy_terms}
    return sorted(found.items(), key=lambda item: item[1].casefold())


def search(
    all_services: list[Service],
    need: str = "",
    borough: str | None = None,
    *,
    category: str | None = None,
    weekday: int | None = None,
    costs: str | None = None,
) -> list[Service]:
    """By need (words matched in name, description, organisation and categories), borough,
    category (a taxonomy code), day of the week (0 = Monday) and cost (FREE or PAID; a service
    whose cost is not known matches neither)."""
    words = [w for w in need.casefold().split() if w]
    found = []
    for service in all_services:
        if borough and service.borough != borough:
            continue
        if category and all(t.code != category for t in service.taxonomy_terms):
            continue
        if weekday is not None and weekday not in weekdays(service):
            continue
        if costs and cost(service) != costs:
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


def category_code(all_services: list[Service], category: str) -> str | None:
    """The directory's taxonomy code for a category given by its name ("Walking groups", as a
    chosen service keeps it) or its code; None when the cached directory does not know it.
    `outbox.queue_outcome` sends codes only."""
    wanted = category.strip().casefold()
    for service in all_services:
        for term in service.taxonomy_terms:
            if wanted in (term.code.casefold(), term.name.casefold()):
                return term.code
    return None
