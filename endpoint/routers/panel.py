"""The citizens' panel: a panel contributor joins with its coarse bands, and reads the
consultations it was drawn for. Both need the member's own token; nothing here lists members.

Leaving the panel is the ordinary withdrawal (`DELETE /v1/contributors/me` with the panel
token): the membership and the invitations go with the contributor.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from endpoint.deps import ContributorId, Ctx, error_responses
from endpoint.errors import ApiError
from endpoint.store import PanelGoneError
from sync.protocol import API_PREFIX, PanelInvitations, PanelJoined, PanelMembership

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)


@router.put(
    "/panel/membership",
    response_model=PanelJoined,
    responses=error_responses(401, 422, 429),
    tags=["panel"],
)
def join(member: PanelMembership, contributor_id: ContributorId, context: Ctx) -> PanelJoined:
    """Join the citizens' panel with an age band, a borough and (optionally) whether one is a
    carer; sending again replaces the bands. Use a contributor kept for the panel alone."""
    try:
        context.store.join_panel(contributor_id, member, context.now())
    except PanelGoneError as exc:
        raise ApiError(401, "invalid_token", "This contributor has been withdrawn.") from exc
    return PanelJoined(age_band=member.age_band, borough=member.borough, carer=member.carer)


@router.get(
    "/panel/invitations",
    response_model=PanelInvitations,
    responses=error_responses(401, 429),
    tags=["panel"],
)
def invitations(contributor_id: ContributorId, context: Ctx) -> Response:
    """The consultations this member was drawn for (none when not a member)."""
    body = PanelInvitations(consultation_ids=context.store.invitations_for(contributor_id))
    return Response(content=body.model_dump_json(), media_type="application/json",
                    headers={"Cache-Control": "no-store"})
