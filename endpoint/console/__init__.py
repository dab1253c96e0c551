"""The operator console: server-rendered pages under /console (no JavaScript).

Who may do what is decided in endpoint/operators.py (`Operator.may_edit`); every page and every
form post checks it, after the session (and, for a post, the session's CSRF token) that each
route takes from one dependency in `endpoint.console.web`. Text from the database is escaped
by Jinja2's autoescaping on every page.

Results are never computed here: the results pages and their CSV read the very bytes that
`GET /v1/results` serves (endpoint/publishing.py, through endpoint/disclosure.py), for the
same views (London, or one borough) and nothing narrower. No page reads contributors or
contributions; operators see published, disclosure-controlled tables only.

One module per area (login, dashboard, consultations, budgets, results, directory, remarks,
admin);
`add_console` puts them on an app built by `endpoint.app.create_app`.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response

from endpoint.console import (
    accountability,
    admin,
    budgets,
    consultations,
    dashboard,
    deliberation,
    directory,
    login,
    panel,
    remarks,
    results,
    web,
)
from endpoint.operators import Operators
from endpoint.store import Store

__all__ = ["add_console", "router"]

router = APIRouter()
for _area in (login, dashboard, consultations, deliberation, budgets, results, directory,
              remarks, admin, panel, accountability):
    router.include_router(_area.router)


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, web.Refused)
    return web.refused_page(request, exc)


async def _signed_out(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, web.SignedOut)
    return web.to_login()


def add_console(app: FastAPI, store: Store) -> None:
    """Serve the console on `app`, with its operators in `store`'s database."""
    app.state.operators = Operators(store)
    app.include_router(router)
    app.add_exception_handler(web.Refused, _refused)
    app.add_exception_handler(web.SignedOut, _signed_out)
