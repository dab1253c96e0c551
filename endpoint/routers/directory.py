"""The community-services directory, paged in the Open Referral UK shape (public).

Its query parameters are the endpoint's widest public input (free-text search, a borough, a
time), so their bounds live beside the one route that reads them.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from endpoint.deps import NOT_MODIFIED, Ctx, canonical_borough, conditional_json, error_responses
from endpoint.errors import ApiError, summary
from sync.protocol import API_PREFIX, ErrorDetail, Service, ServicePage

__all__ = ["MAX_PAGE", "router"]

MAX_PAGE = 100_000
"""Highest directory page number: far past any real directory, and small enough that the SQL
OFFSET it becomes always fits a 64-bit integer (a bigger one made the database driver fail)."""

router = APIRouter(prefix=API_PREFIX)


@router.get(
    "/directory/services",
    response_model=ServicePage,
    responses={**NOT_MODIFIED, **error_responses(422)},
    tags=["directory"],
)
def directory_services(
    request: Request,
    context: Ctx,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")] = 1,
    per_page: Annotated[int, Query(ge=1, le=200, description="Services per page")] = 50,
    modified_after: Annotated[
        datetime | None,
        Query(description="Only services changed after this ISO 8601 time (UTC if no zone)"),
    ] = None,
    borough: Annotated[str | None, Query(max_length=40, description="London borough")] = None,
    q: Annotated[
        str | None,
        # No control characters: PostgreSQL refuses a NUL in text (that was a 500).
        Query(max_length=100, pattern=r"^[^\x00-\x1f\x7f]*$", description="Words to look for"),
    ] = None,
) -> Response:
    """The community-services directory, paged in the Open Referral UK shape (public)."""
    canonical = canonical_borough(borough)
    if modified_after is not None:
        if modified_after.tzinfo is None:
            modified_after = modified_after.replace(tzinfo=UTC)
        try:
            modified_after = modified_after.astimezone(UTC)
        except OverflowError:  # e.g. 9999-12-31T23:59:59-05:00 is past the last UTC moment
            detail = ErrorDetail(location="modified_after (query parameter)",
                                 problem="is too far in the past or future")
            raise ApiError(422, "invalid_request", summary([detail], stored_nothing=False),
                           details=[detail]) from None
    total, documents = context.store.query_services(
        page=page,
        per_page=per_page,
        modified_after=modified_after,
        borough=canonical,
        q=q.strip() if q else None,
    )
    total_pages = math.ceil(total / per_page)
    contents = [Service.model_validate(doc) for doc in documents]
    body = ServicePage(
        total_items=total,
        total_pages=total_pages,
        page_number=page,
        size=len(contents),
        first_page=page == 1,
        last_page=page >= total_pages,
        empty=not contents,
        contents=contents,
    )
    return conditional_json(request, body, context.store.services_last_modified())
