"""Any ORUK 3.0 feed's services, read into ours and searched offline like our own directory."""

from __future__ import annotations

from oruk_feed import example_service, generated

from sync import directory
from sync.protocol import Service
from sync.protocol.oruk import borough_of, from_oruk
from sync.untrusted import UNTRUSTED


def _read(raw: dict) -> Service:
    return Service.model_validate(from_oruk(raw), context=UNTRUSTED)


def test_the_profiles_example_is_searched_by_words_day_category_and_cost():
    example = _read(example_service())
    others = [_read(raw) for raw in generated(14)]
    everything = [example, *others]
    assert example.borough is None  # "the MyCity area" is no London borough
    assert directory.search(everything, "counselling") == [example]
    thursday, monday = 3, 0
    assert example in directory.search(everything, weekday=thursday)
    assert example not in directory.search(everything, weekday=monday)
    assert directory.search(everything, category="name") == [example]  # its attribute's term
    assert directory.cost(example) == directory.PAID  # a cost option of 35
    kinds = dict(directory.categories(everything))
    assert kinds["name"] == "name" and kinds["Kind 3"] == "Kind 3"


def test_the_borough_is_found_however_the_feed_writes_it():
    def service(**parts: object) -> dict:
        return {"id": "x", "name": "n", "status": "active", **parts}

    assert borough_of(service(service_areas=[{"name": "London Borough of Tower Hamlets"}])) \
        == "Tower Hamlets"
    assert borough_of(service(service_areas=[{"service_area": "Hackney Council area"}])) \
        == "Hackney"
    assert borough_of(service(service_at_locations=[{"location": {"addresses": [
        {"state_province": "City of London"}]}}])) == "City of London"
    assert borough_of(service(service_areas=[{"name": "Manchester"}])) is None
    assert _read(generated(3)[2]).borough == "Lewisham"
