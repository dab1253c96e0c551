"""Accountability and help at the community centre (issue #26): commitments with their
milestones and dated updates, the start of an assisted session, and how people took part.

All three are public. Starting an assisted session spends a helper's one-time code and
answers only "yes, for 30 minutes": no helper, no session id, nothing the app could attach to
what the person then says.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from endpoint.channels import published_channels
from endpoint.deps import NOT_MODIFIED, Ctx, conditional_json
from endpoint.errors import ApiError
from endpoint.limits import client_address
from sync.protocol import (
    API_PREFIX,
    AssistedCodeRequest,
    AssistedSessionGranted,
    ChannelCountsList,
    Commitment,
    CommitmentList,
)

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)

@router.get("/commitments", response_model=CommitmentList, responses=NOT_MODIFIED,
            tags=["consultations"])
def commitments(request: Request, context: Ctx) -> Response:
    """"You said, we did" commitments: status, percentage, milestones, dated updates."""
    documents, last_modified = context.store.commitments()
    body = CommitmentList(commitments=[Commitment.model_validate(doc) for doc in documents])
    return conditional_json(request, body, last_modified)


@router.post("/assisted-sessions", response_model=AssistedSessionGranted, status_code=201,
             tags=["consultations"])
def start_assisted_session(request: Request, context: Ctx,
                           body: AssistedCodeRequest) -> AssistedSessionGranted:
    """Spend a helper's one-time code (from the console) to start an assisted session."""
    # Rate limited per address like registration: 40 bits of code cannot be guessed in time.
    context.registrations.check(f"assist:{client_address(request.scope, context.trusted_proxies)}")
    if not context.store.spend_helper_code(body.code, context.now()):
        raise ApiError(403, "invalid_code",
                       "This code is wrong, already used or out of date: ask the helper for a "
                       "new one from the console.")
    return AssistedSessionGranted()


@router.get("/channels", response_model=ChannelCountsList, responses=NOT_MODIFIED,
            tags=["results"])
def channels(request: Request, context: Ctx) -> Response:
    """How many took part in each consultation online, with a helper, or on paper (k >= 10).

    Built once per publication period and stored, like /v1/results, so two downloads in one
    period cannot be differenced."""
    return conditional_json(request, published_channels(context), None)
