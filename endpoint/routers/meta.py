"""Meta routes: whether this endpoint is up and which protocol it speaks.

Load balancers and the desktop app's "test the address" button call these, so they are kept
apart from every route that touches contributions.
"""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from endpoint.deps import Ctx
from endpoint.errors import ApiError
from sync.protocol import API_PREFIX, PROTOCOL_VERSION, HealthStatus

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)


@router.get("/health", response_model=HealthStatus, tags=["meta"])
def health(context: Ctx) -> HealthStatus:
    """Readiness: the app is up and its database answers."""
    try:
        context.store.ping()
    except SQLAlchemyError as exc:
        raise ApiError(503, "database_unavailable", "The database is not answering.") from exc
    return HealthStatus(status="ok", protocol_version=PROTOCOL_VERSION)
