"""Searching the cached community directory offline: words, borough, category, day of the
week and cost (from cost options, else the service's own words)."""

from __future__ import annotations

import json
from pathlib import Path

from sync import directory
from sync.protocol import Service

SEED = Path(__file__).parents[2] / "endpoint" / "seed" / "services.json"


def service(ident: str, name: str, **extra: object) -> Service:
    body: dict[str, object] = {
        "id": ident,
        "name": name,
        "status": "active",
        "last_modified": "2026-01-01T09:00:00Z",
        "borough": "Hackney",
        "organization": {"id": "org", "name": "Hackney Walks"},
    }
    body.update(extra)
    return Service.model_validate(body)


def term(code: str, name: str) -> dict[str, str]:
    return {"id": code, "code": code, "name": name, "vocabulary": "test"}


WALK = service(
    "walk", "Park walk", description="A free walk every Wednesday.",
    taxonomy_terms=[term("walking", "Walking groups")],
    schedules=[{"id": "s1", "freq": "WEEKLY", "byday": "WE"}],
)
PANTRY = service(
    "pantry", "Food pantry", borough="Camden", description="Members pay a small weekly fee.",
    taxonomy_terms=[term("food", "Food banks and food support")],
    schedules=[{"id": "s2", "freq": "WEEKLY", "byday": "TU,FR"}],
)
YOGA = service(
    "yoga", "Chair yoga", description="Gentle movement.",
    taxonomy_terms=[term("exercise", "Gentle exercise")],
    schedules=[{"id": "s3", "freq": "MONTHLY", "byday": "1MO"}],
    cost_options=[{"id": "c1", "option": "Per class", "amount": 3.5, "currency": "GBP"}],
)
CAFE = service(
    "cafe", "Memory cafe", description="Tea and company.",
    schedules=[{"id": "s4", "freq": "DAILY"}],
    cost_options=[{"id": "c2", "amount": 0}],
)
ALL = [WALK, PANTRY, YOGA, CAFE]


def names(found: list[Service]) -> list[str]:
    return [s.name for s in found]


def test_days_of_the_week_from_schedules() -> None:
    assert directory.weekdays(WALK) == {2}
    assert directory.weekdays(PANTRY) == {1, 4}
    assert directory.weekdays(YOGA) == {0}  # the first Monday is still a Monday
    assert directory.weekdays(CAFE) == set(range(7))
    assert directory.weekdays(service("x", "No times")) == set()


def test_cost_from_cost_options_else_the_services_words() -> None:
    assert directory.cost(YOGA) == directory.PAID
    assert directory.cost(CAFE) == directory.FREE  # amount 0
    assert directory.cost(WALK) == directory.FREE  # "A free walk"
    assert directory.cost(PANTRY) == directory.PAID  # "a small weekly fee"
    assert directory.cost(service("x", "Quiet group", description="Come along.")) is None


def test_search_by_each_filter_and_together() -> None:
    assert names(directory.search(ALL)) == ["Chair yoga", "Food pantry", "Memory cafe", "Park walk"]
    assert names(directory.search(ALL, "walking")) == ["Park walk"]  # the category's words
    assert names(directory.search(ALL, borough="Camden")) == ["Food pantry"]
    assert names(directory.search(ALL, category="walking")) == ["Park walk"]
    assert names(directory.search(ALL, weekday=2)) == ["Memory cafe", "Park walk"]
    assert names(directory.search(ALL, weekday=0)) == ["Chair yoga", "Memory cafe"]
    assert names(directory.search(ALL, costs=directory.FREE)) == ["Memory cafe", "Park walk"]
    assert names(directory.search(ALL, costs=directory.PAID)) == ["Chair yoga", "Food pantry"]
    assert names(directory.search(
        ALL, "walk", borough="Hackney", category="walking", weekday=2, costs=directory.FREE
    )) == ["Park walk"]
    assert directory.search(ALL, "park", weekday=3) == []


def test_categories_are_listed_once_by_name() -> None:
    assert directory.categories(ALL) == [
        ("food", "Food banks and food support"),
        ("exercise", "Gentle exercise"),
        ("walking", "Walking groups"),
    ]


def test_how_to_get_there_accessibility_and_costs_are_read_and_cleaned() -> None:
    from sync.untrusted import UNTRUSTED

    body = json.loads(WALK.model_dump_json())
    body["service_at_locations"] = [{"id": "sl", "location": {
        "id": "l1", "transportation": "Bus 38 to\u202e the gate\x1b[31m",
        "accessibility": [{"id": "a1", "description": "Step-free route", "details": "Benches"}],
    }}]
    cleaned = Service.model_validate(body, context=UNTRUSTED)
    place = cleaned.service_at_locations[0].location
    assert place.transportation == "Bus 38 to the gate"
    assert place.accessibility[0].description == "Step-free route"


def test_the_seed_directory_searches_by_day_and_cost() -> None:
    seed = [Service.model_validate(s) for s in json.loads(SEED.read_text())["services"]]
    walks = directory.search(seed, borough="Hackney", category="walking", weekday=2)
    assert "London Fields Wednesday Walk" in names(walks)
    assert all(directory.cost(s) == directory.FREE for s in
               directory.search(seed, "walk", costs=directory.FREE))
