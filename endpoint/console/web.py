"""What every console page shares: the templates, the operator's session and its CSRF token,
refusals, and the audit log.

Every console route takes its operator from one dependency here (`SignedIn` for a page,
`Posted` for a form post, which also checks the form's CSRF token against the session's), so
no route can forget the check: without a live session the route answers 303 to the login
page before its own code runs, and a form without the session's token is refused (403).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, NamedTuple

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from endpoint.limits import client_address
from endpoint.operators import Operator, Operators, csrf_matches

__all__ = [
    "LOGIN_COOKIE",
    "SESSION_COOKIE",
    "TEMPLATES",
    "Post",
    "Posted",
    "Refused",
    "SignedIn",
    "SignedOut",
    "Visit",
    "address",
    "audit",
    "context",
    "form",
    "layout",
    "now",
    "operators",
    "page",
    "posted",
    "refused_page",
    "secure_cookie",
    "session",
    "signed_in",
    "slug",
    "to_login",
    "today",
]

SESSION_COOKIE = "hp_console"
LOGIN_COOKIE = "hp_console_login"

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
"""endpoint/templates: the pages and console.css."""

_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class SignedOut(Exception):
    """No live session: the route answers 303 to the login page (`to_login`)."""


# --- plumbing -----------------------------------------------------------------------------


def context(request: Request) -> Any:
    return request.app.state.context


def operators(request: Request) -> Operators:
    ops = request.app.state.operators
    assert isinstance(ops, Operators)
    return ops


def now(request: Request) -> datetime:
    moment = context(request).now()
    assert isinstance(moment, datetime)
    return moment


def today(request: Request) -> date:
    day = context(request).today()
    assert isinstance(day, date)
    return day


def address(request: Request) -> str:
    return client_address(request.scope, context(request).trusted_proxies)


def secure_cookie(request: Request) -> bool:
    """Secure cookies except over plain http to a loopback address (a local test server)."""
    if request.url.scheme == "https":
        return True
    host = (request.url.hostname or "").strip("[]")
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def page(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    body = _env.get_template(template).render(request=request, **values)
    return HTMLResponse(body, status_code=status, headers={
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
    })


def session(request: Request) -> tuple[Operator, str] | None:
    return operators(request).session(request.cookies.get(SESSION_COOKIE), now(request))


def to_login() -> RedirectResponse:
    return RedirectResponse("/console/login", status_code=303)


async def form(request: Request, csrf: str) -> Mapping[str, Any]:
    """The posted form, after its CSRF token is checked against the session's."""
    posted_form = await request.form()
    token = posted_form.get("csrf")
    if not isinstance(token, str) or not csrf_matches(csrf, token):
        raise Refused(403, "This form is out of date or did not come from this console. "
                           "Go back, reload the page and try again.")
    return posted_form


def audit(request: Request, operator: Operator, action: str, target: str) -> None:
    operators(request).audit(operator.username, action, target, now(request))


def layout(operator: Operator, csrf: str, **values: Any) -> dict[str, Any]:
    return {"operator": operator, "csrf": csrf, **values}


def slug(text: str) -> str:
    made = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40].strip("-")
    return made or "option"


def refused_page(request: Request, exc: Refused) -> HTMLResponse:
    found = session(request)
    values: dict[str, Any] = {"message": exc.message, "code": exc.status}
    if found is not None:
        values.update(layout(*found))
    return page(request, "refused.html", exc.status, **values)


# --- the session every route starts from --------------------------------------------------


class Visit(NamedTuple):
    """The signed-in operator of a page request, and their session's CSRF token."""

    operator: Operator
    csrf: str


class Post(NamedTuple):
    """A form post from a signed-in operator, its CSRF token already checked."""

    operator: Operator
    csrf: str
    form: Mapping[str, Any]


def signed_in(request: Request) -> Visit:
    """The operator of this request's session; without one, `SignedOut` (303 to the login)."""
    found = session(request)
    if found is None:
        raise SignedOut
    operator, csrf = found
    return Visit(operator, csrf)


SignedIn = Annotated[Visit, Depends(signed_in)]


async def posted(request: Request, visit: SignedIn) -> Post:
    """The posted form of a signed-in operator, after its CSRF token is checked (403 if not)."""
    return Post(visit.operator, visit.csrf, await form(request, visit.csrf))


Posted = Annotated[Post, Depends(posted)]
