"""Administration in the console: the audit log and the operator accounts, for administrators.

Accounts are created and changed with `health-planner-endpoint operator ...`
(endpoint/operators.py); the console only shows them beside the log.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from endpoint.console import web

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)


@router.get("/audit")
def audit(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    if not operator.is_admin:
        raise web.Refused(403, "Only administrators read the audit log.")
    return web.page(request, "audit.html", **web.layout(
        operator, csrf, rows=web.operators(request).audit_rows(),
        accounts=web.operators(request).list()))
