"""Published results: aggregates only, decided by `endpoint.disclosure` and published in steps
by `endpoint.publishing`.

This route reads the published bytes and nothing else; the operator console's results pages
read the very same bytes (endpoint/console/results.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from endpoint.deps import NOT_MODIFIED, Ctx, canonical_borough, conditional_json, error_responses
from sync.protocol import API_PREFIX, Results

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)


@router.get(
    "/results",
    response_model=Results,
    responses={**NOT_MODIFIED, **error_responses(422)},
    tags=["results"],
)
def results(
    request: Request,
    context: Ctx,
    borough: Annotated[str | None, Query(max_length=40, description="London borough")] = None,
) -> Response:
    """Published aggregates (public): counts and means with small-number suppression.

    Published in steps (a day by default), every view at once: see endpoint/publishing.py."""
    assert context.publisher is not None
    published = context.publisher.view(canonical_borough(borough))
    return conditional_json(request, published.body, published.data_as_of)
