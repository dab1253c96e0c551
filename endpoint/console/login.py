"""Signing in and out, and the stylesheet: what a visitor reaches before having a session.

The login form carries its own CSRF token in a short-lived cookie (there is no session yet);
failed logins are throttled per account and per address across every server on the database,
and audited under the account's name only when there is such an account.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from endpoint.console import web
from endpoint.operators import csrf_matches

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)


@router.get("/console.css")
def stylesheet() -> Response:
    css = (web.TEMPLATES / "console.css").read_text("utf-8")
    return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


# --- login --------------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request) -> Response:
    token = secrets.token_urlsafe(32)
    response = web.page(request, "login.html", login_csrf=token, error=None)
    response.set_cookie(web.LOGIN_COOKIE, token, httponly=True, samesite="strict",
                        secure=web.secure_cookie(request), path="/console")
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    expected = request.cookies.get(web.LOGIN_COOKIE)
    token = form.get("csrf")
    if not expected or not isinstance(token, str) or not csrf_matches(expected, token):
        raise web.Refused(403, "This login form is out of date. Reload it and try again.")
    username = str(form.get("username") or "")[:64]
    password = str(form.get("password") or "")[:1024]
    ops, now, address = web.operators(request), web.now(request), web.address(request)
    # A failed login is audited under the account's name only when there is such an account:
    # whatever else was typed in the name field (a password, by a slip) never reaches the log.
    named = username.strip().lower()
    who = named if named and ops.get(named) is not None else "(no such account)"
    if ops.throttled(username, address, now):
        ops.audit(who, "login.throttled", "", now)
        response = web.page(request, "login.html", 429, login_csrf=expected,
                            error="Too many failed attempts. Wait 15 minutes and try again.")
        response.headers["Retry-After"] = "900"
        return response
    operator = ops.authenticate(username, password, address, now)
    if operator is None:
        ops.audit(who, "login.failed", "", now)
        return web.page(request, "login.html", 401, login_csrf=expected,
                        error="That user name and password do not match an active account.")
    session_id, _csrf = ops.start_session(operator, now)
    ops.audit(operator.username, "login", "", now)
    signed_in = RedirectResponse("/console/", status_code=303)
    signed_in.set_cookie(web.SESSION_COOKIE, session_id, httponly=True, samesite="strict",
                         secure=web.secure_cookie(request), path="/console",
                         max_age=8 * 3600)
    signed_in.delete_cookie(web.LOGIN_COOKIE, path="/console")
    return signed_in


@router.post("/logout")
async def logout(request: Request, session: web.Posted) -> Response:
    operator = session.operator
    web.operators(request).end_session(request.cookies.get(web.SESSION_COOKIE, ""))
    web.audit(request, operator, "logout", "")
    response = web.to_login()
    response.delete_cookie(web.SESSION_COOKIE, path="/console")
    return response
