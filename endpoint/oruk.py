"""Our stored directory documents as Open Referral UK 3.0 (the UK profile of HSDS 3.0).

The store keeps each service as the document editors and the seed write (with `borough` and a
flat `taxonomy_terms` list, which our own search indexes). Boroughs' tools, the ORUK validator
and other apps read the standard instead, so this module is the one place that turns a stored
document into the standard's shapes (full service, list item, service-at-location, taxonomy,
taxonomy term); reading one back is `sync.protocol.oruk.from_oruk`, which the app shares. It is
plain data in, plain data out: no database and no web framework, so the console's import and
export and the `/oruk` routes share it and the tests can check it against the published
schemas directly.

Two rules of the standard shape everything here. Optional fields are omitted, never `null`,
where the schema wants a string (a `null` fails validation, which is how our old list failed
all 55 services). Every id is a UUID: ids we derive (a service area, an attribute, a
taxonomy) are UUID 5 of a fixed namespace and what they stand for, so they are the same on
every worker and after every restart.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any, cast

from sync.protocol.oruk import pick, present

__all__ = [
    "DAYS",
    "ORUK_PROFILE",
    "ORUK_VERSION",
    "ServiceFilter",
    "full_service",
    "list_item",
    "service_at_location_items",
    "taxonomies",
    "taxonomy_terms",
]

ORUK_VERSION = "3.0"
ORUK_PROFILE = "https://openreferraluk.org/profile/3.0"
"""Where the UK profile is described; `GET /oruk/` names it, as the OpenAPI asks."""

_NAMESPACE = uuid.UUID("6f0f5c8e-2a36-5d0b-9d6c-6b3a0f2c1e77")
"""Fixed namespace for the ids we derive (see the module docstring)."""

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = {name: code for code, name in zip(DAYS, (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), strict=True)}

Doc = Mapping[str, Any]


def derived_id(*parts: str) -> str:
    """A stable UUID for something the stored document has no id of its own for."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def taxonomy_id(vocabulary: str) -> str:
    return derived_id("taxonomy", vocabulary)


def _term(term: Doc) -> dict[str, Any]:
    vocabulary = str(term.get("vocabulary") or "")
    return present({
        "id": term.get("id"),
        "name": term.get("name"),
        # Required by the profile: a term without a description gets its name.
        "description": term.get("description") or term.get("name"),
        "taxonomy": vocabulary,
        "taxonomy_id": taxonomy_id(vocabulary) if vocabulary else None,
        "term": term.get("code"),
    })


def _organization(doc: Doc) -> dict[str, Any]:
    organization = cast(Doc, doc.get("organization") or {})
    found = pick(organization, "id", "name", "email", "website")
    found["description"] = organization.get("description") or organization.get("name") or ""
    return found


def _location(service_id: str, location: Doc) -> dict[str, Any]:
    location_id = str(location.get("id"))
    addresses = [
        present({
            **pick(address, "id", "address_1", "address_2", "city", "state_province",
                    "postal_code", "country"),
            "location_id": location_id,
            "address_type": address.get("address_type") or "physical",
        })
        for address in cast(Sequence[Doc], location.get("addresses") or [])
    ]
    accessibility = [
        present({**pick(item, "id", "description", "details"), "location_id": location_id})
        for item in cast(Sequence[Doc], location.get("accessibility") or [])
    ]
    return present({
        **pick(location, "id", "name", "latitude", "longitude", "transportation"),
        "location_type": location.get("location_type") or "physical",
        "addresses": addresses,
        "accessibility": accessibility,
    })


def _service_at_locations(doc: Doc) -> list[dict[str, Any]]:
    service_id = str(doc["id"])
    found = []
    for item in cast(Sequence[Doc], doc.get("service_at_locations") or []):
        location = cast(Doc, item.get("location") or {})
        found.append(present({
            "id": item.get("id"),
            "service_id": service_id,
            "location_id": location.get("id"),
            "location": _location(service_id, location),
        }))
    return found


def _schedules(doc: Doc) -> list[dict[str, Any]]:
    return [
        present({**pick(schedule, "id", "freq", "byday", "opens_at", "closes_at",
                          "description"), "service_id": doc["id"]})
        for schedule in cast(Sequence[Doc], doc.get("schedules") or [])
    ]


def _cost_options(doc: Doc) -> list[dict[str, Any]]:
    return [
        present({**pick(cost, "id", "option", "amount", "currency", "amount_description"),
                  "service_id": doc["id"]})
        for cost in cast(Sequence[Doc], doc.get("cost_options") or [])
    ]


def _service_areas(doc: Doc) -> list[dict[str, Any]]:
    borough = doc.get("borough")
    if not borough:
        return []
    return [{
        "id": derived_id("service_area", str(doc["id"]), str(borough)),
        "service_id": doc["id"],
        "name": borough,
        "service_area": f"London Borough of {borough}",
    }]


def _attributes(doc: Doc) -> list[dict[str, Any]]:
    """Taxonomy terms as HSDS 3.0 attributes: the standard links terms to a service this way."""
    found = []
    for term in cast(Sequence[Doc], doc.get("taxonomy_terms") or []):
        found.append({
            "id": derived_id("attribute", str(doc["id"]), str(term.get("id"))),
            "link_id": doc["id"],
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": term.get("id"),
            "taxonomy_term": _term(term),
        })
    return found


def list_item(doc: Doc) -> dict[str, Any]:
    """A service as `/services` lists it (the profile's `service_list` shape)."""
    organization = cast(Doc, doc.get("organization") or {})
    return present({
        **pick(doc, "id", "name", "description", "url", "email", "status", "minimum_age",
                "maximum_age", "fees"),
        "organization_id": organization.get("id"),
        "last_modified": doc.get("last_modified"),
        "organization": _organization(doc),
    })


def full_service(doc: Doc) -> dict[str, Any]:
    """A service whole, as `/services/{id}` serves it (the profile's compiled `service`)."""
    return present({
        **list_item(doc),
        "service_at_locations": _service_at_locations(doc),
        "schedules": _schedules(doc),
        "cost_options": _cost_options(doc),
        "service_areas": _service_areas(doc),
        "attributes": _attributes(doc),
    })


def service_at_location_items(doc: Doc) -> list[dict[str, Any]]:
    """Each place a service runs, with the service it belongs to (`service_at_location`)."""
    summary = list_item(doc)
    return [{**item, "service": summary} for item in _service_at_locations(doc)]


def taxonomy_terms(docs: Iterable[Doc]) -> list[dict[str, Any]]:
    """Every term the directory uses, once, ordered by name."""
    seen: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for term in cast(Sequence[Doc], doc.get("taxonomy_terms") or []):
            seen.setdefault(str(term.get("id")), _term(term))
    return sorted(seen.values(), key=lambda term: (term["name"], term["id"]))


def taxonomies(docs: Iterable[Doc]) -> list[dict[str, Any]]:
    """Each vocabulary our terms come from, as an ORUK taxonomy with its terms."""
    by_vocabulary: dict[str, list[dict[str, Any]]] = {}
    for term in taxonomy_terms(docs):
        by_vocabulary.setdefault(str(term.get("taxonomy") or ""), []).append(term)
    return [
        {
            "id": taxonomy_id(vocabulary),
            "name": vocabulary,
            "description": f"Health Planner's categories of community services ({vocabulary}).",
            "version": "1",
            "taxonomy_terms": terms,
        }
        for vocabulary, terms in sorted(by_vocabulary.items())
        if vocabulary
    ]


# --- filtering ------------------------------------------------------------------------------


def day_code(value: str) -> str | None:
    """`MO` or `monday` (any case) -> `MO`; anything else -> None."""
    text = value.strip().lower()
    if text.upper() in DAYS:
        return text.upper()
    return _DAY_NAMES.get(text)


def _clock(value: object) -> time | None:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return None


def _postcode(value: str) -> str:
    return "".join(value.split()).upper()


def _outward(value: str) -> str:
    """The postcode district (`E8 3QW` -> `E8`): the inward code is always three characters."""
    compact = _postcode(value)
    return compact[:-3] if len(compact) > 4 else compact


def _places(doc: Doc) -> list[tuple[str, float | None, float | None]]:
    places = []
    for item in cast(Sequence[Doc], doc.get("service_at_locations") or []):
        location = cast(Doc, item.get("location") or {})
        for address in cast(Sequence[Doc], location.get("addresses") or []):
            places.append((str(address.get("postal_code") or ""),
                           cast(float | None, location.get("latitude")),
                           cast(float | None, location.get("longitude"))))
    return places


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine); a borough is small enough for any formula, and
    this one is right everywhere."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


def postcode_centroid(postcode: str, docs: Iterable[Doc]) -> tuple[float, float] | None:
    """The centre of the places we know with this postcode, else in its district.

    The endpoint carries no national postcode file (it would be the largest thing it holds and
    go stale); the places in its own directory are the postcodes it can place. A postcode it
    cannot place is refused with a clear message rather than matching nothing silently.
    """
    wanted = _postcode(postcode)
    exact: list[tuple[float, float]] = []
    district: list[tuple[float, float]] = []
    for doc in docs:
        for code, lat, lon in _places(doc):
            if lat is None or lon is None:
                continue
            if _postcode(code) == wanted:
                exact.append((lat, lon))
            if _outward(code) == _outward(wanted):
                district.append((lat, lon))
    points = exact or district
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


@dataclass(frozen=True, slots=True)
class ServiceFilter:
    """The profile's structured query parameters, applied to one stored document.

    `search` is done in SQL (it is the one that can narrow thousands of rows cheaply); these
    run over what it leaves, which for a directory of a city (thousands of services, not
    millions) costs less than keeping JSON-path queries that differ between SQLite and
    PostgreSQL.
    """

    taxonomy_term_id: str | None = None
    taxonomy_id: str | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    day: str | None = None
    start_time: time | None = None
    end_time: time | None = None
    postcode: str | None = None
    centre: tuple[float, float] | None = None
    proximity: float | None = None

    def matches(self, doc: Doc) -> bool:
        return (self._taxonomy(doc) and self._ages(doc) and self._times(doc)
                and self._place(doc))

    def _taxonomy(self, doc: Doc) -> bool:
        terms = cast(Sequence[Doc], doc.get("taxonomy_terms") or [])
        if self.taxonomy_term_id is not None and not any(
                str(term.get("id")) == self.taxonomy_term_id for term in terms):
            return False
        return self.taxonomy_id is None or any(
            taxonomy_id(str(term.get("vocabulary") or "")) == self.taxonomy_id for term in terms)

    def _ages(self, doc: Doc) -> bool:
        # A service that states no age limit is open to every age.
        low, high = doc.get("minimum_age"), doc.get("maximum_age")
        if self.minimum_age is not None and low is not None and float(low) < self.minimum_age:
            return False
        return not (self.maximum_age is not None and high is not None
                    and float(high) > self.maximum_age)

    def _times(self, doc: Doc) -> bool:
        if self.day is None and self.start_time is None and self.end_time is None:
            return True
        for schedule in cast(Sequence[Doc], doc.get("schedules") or []):
            days = {part.strip().upper() for part in str(schedule.get("byday") or "").split(",")}
            if self.day is not None and self.day not in days:
                continue
            opens, closes = _clock(schedule.get("opens_at")), _clock(schedule.get("closes_at"))
            if self.start_time is not None and (opens is None or opens < self.start_time):
                continue
            if self.end_time is not None and (closes is None or closes > self.end_time):
                continue
            return True
        return False

    def _place(self, doc: Doc) -> bool:
        if self.postcode is None:
            return True
        places = _places(doc)
        if self.centre is not None and self.proximity is not None:
            return any(lat is not None and lon is not None
                       and _metres(self.centre, (lat, lon)) <= self.proximity
                       for _code, lat, lon in places)
        # Without a distance, "covers this postcode" is "runs in its district".
        return any(_outward(code) == _outward(self.postcode) for code, _lat, _lon in places)
