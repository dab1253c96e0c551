"""The console's front page: how many consultations are in each state, how many services the
directory holds, and the operator's organisations."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from endpoint.console import web
from endpoint.console.consultations import consultation_state

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)


@router.get("/")
def dashboard(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    store, today = web.context(request).store, web.today(request)
    docs = store.list_surveys(drafts=True)
    states = [consultation_state(doc, today) for doc in docs]
    orgs = web.operators(request).organisations()
    return web.page(request, "dashboard.html", **web.layout(
        operator, csrf,
        counts={state: states.count(state) for state in ("draft", "open", "closed")},
        services=len(store.all_services()),
        my_orgs=[orgs.get(org, org) for org in sorted(operator.organisations)],
    ))
