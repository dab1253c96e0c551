"""The Open Referral UK 3.0 API under `/oruk`: the directory as boroughs' tools read it.

`/v1/directory/services` stays the app's own paged feed (it carries `borough`, which the app's
offline search is keyed on, and its clients already sync it); `/oruk` is the same directory in
the standard, so the ORUK validator, the LGA's tools and other apps can read it. The routes,
parameters and shapes are the UK profile's OpenAPI description (vendored in tests/data/oruk,
which the tests validate every answer against); the shapes are built in `endpoint.oruk`.

These routes stay out of our own OpenAPI document (docs/openapi.json): their description is
the standard's, and `GET /oruk/` names it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from datetime import time
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from endpoint import oruk
from endpoint.deps import Ctx, conditional_json
from endpoint.errors import ApiError
from endpoint.routers.directory import MAX_PAGE
from sync.protocol import ErrorDetail

__all__ = ["OPENAPI_URL", "router"]

OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"
"""The UK profile's own OpenAPI description: the one these routes follow."""

router = APIRouter(prefix="/oruk", include_in_schema=False)

_Text = Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00-\x1f\x7f]*$")]
_Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]
_PerPage = Annotated[int, Query(ge=1, le=200)]
_Age = Annotated[float | None, Query(ge=0, le=150)]


def _bad(parameter: str, problem: str) -> ApiError:
    detail = ErrorDetail(location=f"{parameter} (query parameter)", problem=problem)
    return ApiError(422, "invalid_request", f"{parameter} {problem}.", details=[detail])


def _time(parameter: str, value: str | None) -> time | None:
    if value is None or not value.strip():
        return None
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        raise _bad(parameter, "must be a time such as 09:30 or 09:30:00") from None


def _page(request: Request, context: Ctx, items: Sequence[Any], page: int,
          per_page: int) -> Response:
    total_pages = math.ceil(len(items) / per_page)
    contents = list(items[(page - 1) * per_page: page * per_page])
    body = {
        "total_items": len(items),
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }
    return _json(request, context, body)


def _json(request: Request, context: Ctx, body: Any) -> Response:
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return conditional_json(request, raw, context.store.services_last_modified())


def _filter(
    context: Ctx, *, search: str | None, taxonomy_term_id: str | None, taxonomy_id: str | None,
    minimum_age: float | None, maximum_age: float | None, day: str | None,
    start_time: str | None, end_time: str | None, postcode: str | None = None,
    proximity: str | None = None,
) -> list[dict[str, Any]]:
    """The stored documents the profile's parameters select, ordered by name."""
    code = None
    if day is not None and day.strip():
        code = oruk.day_code(day)
        if code is None:
            raise _bad("day", "must be a day such as MO or Monday")
    documents = context.store.matching_services(search.strip() if search else None)
    centre, metres = None, None
    if proximity is not None and proximity.strip():
        try:
            metres = float(proximity)
        except ValueError:
            raise _bad("proximity", "must be a distance in metres, such as 1500") from None
        if not math.isfinite(metres) or metres < 0:
            raise _bad("proximity", "must be a distance in metres, such as 1500")
        if not postcode:
            raise _bad("proximity", "needs a postcode to measure from")
    wanted_postcode = postcode.strip() if postcode and postcode.strip() else None
    if wanted_postcode is not None and metres is not None:
        centre = oruk.postcode_centroid(wanted_postcode, context.store.all_services())
        if centre is None:
            raise _bad("postcode", "is not one this directory can place on a map")
    rule = oruk.ServiceFilter(
        taxonomy_term_id=taxonomy_term_id or None, taxonomy_id=taxonomy_id or None,
        minimum_age=minimum_age, maximum_age=maximum_age, day=code,
        start_time=_time("start_time", start_time), end_time=_time("end_time", end_time),
        postcode=wanted_postcode, centre=centre, proximity=metres,
    )
    return [doc for doc in documents if rule.matches(doc)]


@router.get("/")
def about() -> dict[str, str]:
    """Which standard this API speaks (the profile's `GET /`)."""
    return {"version": oruk.ORUK_VERSION, "profile": oruk.ORUK_PROFILE,
            "openapi_url": OPENAPI_URL}


@router.get("/services")
def services(
    request: Request, context: Ctx, search: _Text = None, page: _Page = 1,
    per_page: _PerPage = 50, taxonomy_term_id: _Text = None, taxonomy_id: _Text = None,
    minimum_age: _Age = None, maximum_age: _Age = None, day: _Text = None,
    start_time: _Text = None, end_time: _Text = None,
) -> Response:
    found = _filter(context, search=search, taxonomy_term_id=taxonomy_term_id,
                    taxonomy_id=taxonomy_id, minimum_age=minimum_age, maximum_age=maximum_age,
                    day=day, start_time=start_time, end_time=end_time)
    return _page(request, context, [oruk.list_item(doc) for doc in found], page, per_page)


@router.get("/services/{service_id}")
def service(request: Request, context: Ctx, service_id: str) -> Response:
    doc = context.store.service_document(service_id)
    if doc is None:
        raise ApiError(404, "not_found", "There is no service with that id in this directory.")
    return _json(request, context, oruk.full_service(doc))


@router.get("/service_at_locations")
def service_at_locations(
    request: Request, context: Ctx, search: _Text = None, page: _Page = 1,
    per_page: _PerPage = 50, taxonomy_term_id: _Text = None, taxonomy_id: _Text = None,
    minimum_age: _Age = None, maximum_age: _Age = None, day: _Text = None,
    start_time: _Text = None, end_time: _Text = None, postcode: _Text = None,
    proximity: _Text = None,
) -> Response:
    found = _filter(context, search=search, taxonomy_term_id=taxonomy_term_id,
                    taxonomy_id=taxonomy_id, minimum_age=minimum_age, maximum_age=maximum_age,
                    day=day, start_time=start_time, end_time=end_time, postcode=postcode,
                    proximity=proximity)
    items = [item for doc in found for item in oruk.service_at_location_items(doc)]
    return _page(request, context, items, page, per_page)


@router.get("/service_at_locations/{item_id}")
def service_at_location(request: Request, context: Ctx, item_id: str) -> Response:
    for doc in context.store.all_services():
        for item in oruk.service_at_location_items(doc):
            if item["id"] == item_id:
                return _json(request, context, item)
    raise ApiError(404, "not_found", "There is no service at a location with that id.")


def _listed(name: str, one_name: str,
            build: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
    """`/taxonomies` and `/taxonomy_terms`: a page of everything, and one by id."""

    def page_of(request: Request, context: Ctx, page: _Page = 1,
                per_page: _PerPage = 50) -> Response:
        return _page(request, context, build(context.store.all_services()), page, per_page)

    def one(request: Request, context: Ctx, item_id: str) -> Response:
        for item in build(context.store.all_services()):
            if item["id"] == item_id:
                return _json(request, context, item)
        raise ApiError(404, "not_found", f"There is no {one_name} with that id.")

    router.add_api_route(f"/{name}", page_of, methods=["GET"])
    router.add_api_route(f"/{name}/{{item_id}}", one, methods=["GET"])


_listed("taxonomies", "taxonomy", oruk.taxonomies)
_listed("taxonomy_terms", "taxonomy term", oruk.taxonomy_terms)
