"""Reading Open Referral UK 3.0: a feed's pages and services, turned into our `Service`.

Both sides read the standard: the endpoint's console imports a borough's export, and the app
downloads any borough's feed. What they need is the same (the borough from the service areas
or addresses, categories from the HSDS 3.0 attributes), so it is written once, here, beside the
`Service` model it produces. Plain data in, plain data out: what comes back is validated with
`Service` by the caller (with the untrusting context, in the app).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from pydantic import Field

from sync.protocol.common import LONDON_BOROUGHS, _Response

__all__ = ["OrukAbout", "OrukPage", "borough_of", "from_oruk", "has_detail", "pick", "present"]

Doc = Mapping[str, Any]


class OrukAbout(_Response):
    """`GET /`: which HSDS version and profile a feed speaks."""

    version: str | None = None
    profile: str | None = None


class OrukPage(_Response):
    """One page of a feed's `/services`: the items stay plain mappings here, because each is
    checked on its own (one broken service is skipped and counted, not the whole feed)."""

    total_items: int = Field(ge=0)
    total_pages: int = Field(ge=0)
    page_number: int = Field(ge=0)
    last_page: bool | None = None
    contents: list[dict[str, Any]]


def present(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the fields that are missing: ORUK wants them absent, not null or empty."""
    return {key: value for key, value in fields.items() if value not in (None, "", [], {})}


def pick(doc: Doc, *names: str) -> dict[str, Any]:
    return present({name: doc.get(name) for name in names})


_DETAIL = ("service_at_locations", "schedules", "attributes", "service_areas", "cost_options")


def has_detail(item: Doc) -> bool:
    """Whether a `/services` list item already carries the parts a person searches on (some
    feeds list services whole); if not, the reader fetches `/services/{id}`."""
    return any(name in item for name in _DETAIL)


def _places(service: Doc) -> list[Doc]:
    found: list[Doc] = []
    for item in cast(Sequence[Doc], service.get("service_at_locations") or []):
        location = cast(Doc, item.get("location") or {})
        found += cast(Sequence[Doc], location.get("addresses") or [])
    return found


def borough_of(service: Doc) -> str | None:
    """The London borough a service names in its areas or addresses, spelt as we spell it.

    Feeds write "London Borough of Hackney", "Hackney Council" or a bare "Hackney"; the longest
    borough name found wins ("City of London" over "London" never arises: no borough is called
    "London"). None for a service outside London or one that does not say.
    """
    texts = []
    for area in cast(Sequence[Doc], service.get("service_areas") or []):
        texts += [str(area.get(key) or "") for key in ("name", "service_area")]
    for address in _places(service):
        texts += [str(address.get(key) or "") for key in ("state_province", "region", "city")]
    for text in texts:
        folded = text.casefold()
        matches = [b for b in LONDON_BOROUGHS if b.casefold() in folded]
        if matches:
            return max(matches, key=len)
    return None


def _terms(service: Doc) -> list[dict[str, Any]]:
    terms = []
    for attribute in cast(Sequence[Doc], service.get("attributes") or []):
        term = cast(Doc, attribute.get("taxonomy_term") or {})
        if term.get("id") and term.get("name"):
            terms.append(present({
                "id": term["id"], "name": term["name"], "description": term.get("description"),
                "code": term.get("term") or term.get("code") or term["name"],
                "vocabulary": term.get("taxonomy") or "imported",
            }))
    if terms:
        return terms
    return [dict(term) for term in cast(Sequence[Doc], service.get("taxonomy_terms") or [])]


def from_oruk(service: Doc) -> dict[str, Any]:
    """An ORUK 3.0 service -> the mapping our `Service` model reads.

    Fields we do not model are dropped. `borough` is kept where the document carries it (our
    own feed's extension), else found in the service areas and addresses (None when it names
    no London borough).
    """
    doc: dict[str, Any] = pick(service, "id", "name", "description", "url", "email", "status",
                               "last_modified", "minimum_age", "maximum_age")
    doc["borough"] = service.get("borough") or borough_of(service)
    organization = cast(Doc, service.get("organization") or {})
    doc["organization"] = pick(organization, "id", "name", "description", "website", "email")
    if "name" not in doc["organization"]:  # optional in a list item, required by our model
        doc["organization"]["name"] = ""
    doc["organization"].setdefault("id", str(service.get("organization_id") or ""))
    places = []
    for item in cast(Sequence[Doc], service.get("service_at_locations") or []):
        location = cast(Doc, item.get("location") or {})
        places.append({
            "id": item.get("id"),
            "location": {
                **pick(location, "id", "location_type", "name", "latitude", "longitude",
                       "transportation"),
                "addresses": [
                    pick(address, "id", "address_1", "address_2", "city", "state_province",
                         "postal_code", "country", "address_type")
                    for address in cast(Sequence[Doc], location.get("addresses") or [])
                ],
                "accessibility": [
                    pick(entry, "id", "description", "details")
                    for entry in cast(Sequence[Doc], location.get("accessibility") or [])
                ],
            },
        })
    doc["service_at_locations"] = places
    doc["schedules"] = [pick(s, "id", "freq", "byday", "opens_at", "closes_at", "description")
                        for s in cast(Sequence[Doc], service.get("schedules") or [])]
    doc["cost_options"] = [pick(c, "id", "option", "amount", "currency", "amount_description")
                           for c in cast(Sequence[Doc], service.get("cost_options") or [])]
    doc["taxonomy_terms"] = _terms(service)
    return doc
