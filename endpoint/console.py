"""The operator console: server-rendered pages under /console (no JavaScript).

Who may do what is decided in endpoint/operators.py (`Operator.may_edit`); this module checks
it on every page and every form post, together with the session's CSRF token. Text from the
database is escaped by Jinja2's autoescaping on every page.

Results are never computed here: the results pages and their CSV read the very bytes that
`GET /v1/results` serves (endpoint/publishing.py, through endpoint/disclosure.py), for the
same views (London, or one borough) and nothing narrower. No page reads contributors or
contributions; operators see published, disclosure-controlled tables only.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import re
import secrets
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError
from sqlalchemy import insert, select

from endpoint.operators import Operator, Operators, csrf_matches
from endpoint.store import consultation_responses, surveys, to_utc_naive
from sync.protocol import LONDON_BOROUGHS, Results, Service, Survey

__all__ = ["SESSION_COOKIE", "router"]

SESSION_COOKIE = "hp_console"
LOGIN_COOKIE = "hp_console_login"
QUESTION_SLOTS = 6
QUESTION_TYPES = {
    "single": "Single choice",
    "scale": "Scale from 0 to 10",
    "multiple": "Multiple choice (tick all that apply)",
    "text": "Free text only",
}
"""Question types the console writes, all in the protocol's existing shape, so every client
that answers consultations today answers them: a 0-10 scale is a single-choice question with
the options 0..10; a free-text question has no options and invites text (which is stored, never
published); a multiple-choice question becomes one yes-only question per option, grouped by
`group` (see `sync.protocol.SurveyQuestion`), each counted on its own."""
YES = "yes"

_env = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

router = APIRouter(prefix="/console", include_in_schema=False)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --- plumbing -----------------------------------------------------------------------------


def _ctx(request: Request) -> Any:
    return request.app.state.context


def _ops(request: Request) -> Operators:
    ops = request.app.state.operators
    assert isinstance(ops, Operators)
    return ops


def _now(request: Request) -> datetime:
    now = _ctx(request).now()
    assert isinstance(now, datetime)
    return now


def _today(request: Request) -> date:
    today = _ctx(request).today()
    assert isinstance(today, date)
    return today


def _address(request: Request) -> str:
    from endpoint.app import client_address

    return client_address(request.scope, _ctx(request).trusted_proxies)


def _secure_cookie(request: Request) -> bool:
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


def _page(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    body = _env.get_template(template).render(request=request, **values)
    return HTMLResponse(body, status_code=status, headers={
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
    })


def _session(request: Request) -> tuple[Operator, str] | None:
    return _ops(request).session(request.cookies.get(SESSION_COOKIE), _now(request))


def _to_login() -> RedirectResponse:
    return RedirectResponse("/console/login", status_code=303)


async def _form(request: Request, csrf: str) -> Mapping[str, Any]:
    """The posted form, after its CSRF token is checked against the session's."""
    form = await request.form()
    token = form.get("csrf")
    if not isinstance(token, str) or not csrf_matches(csrf, token):
        raise _Refused(403, "This form is out of date or did not come from this console. "
                            "Go back, reload the page and try again.")
    return form


def _audit(request: Request, operator: Operator, action: str, target: str) -> None:
    _ops(request).audit(operator.username, action, target, _now(request))


def _layout(operator: Operator, csrf: str, **values: Any) -> dict[str, Any]:
    return {"operator": operator, "csrf": csrf, **values}


def refused_page(request: Request, exc: _Refused) -> HTMLResponse:
    session = _session(request)
    values: dict[str, Any] = {"message": exc.message, "code": exc.status}
    if session is not None:
        values.update(_layout(*session))
    return _page(request, "refused.html", exc.status, **values)


@router.get("/console.css")
def stylesheet() -> Response:
    css = (Path(__file__).resolve().parent / "templates" / "console.css").read_text("utf-8")
    return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


# --- login --------------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request) -> Response:
    token = secrets.token_urlsafe(32)
    response = _page(request, "login.html", login_csrf=token, error=None)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict",
                        secure=_secure_cookie(request), path="/console")
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    expected = request.cookies.get(LOGIN_COOKIE)
    token = form.get("csrf")
    if not expected or not isinstance(token, str) or not csrf_matches(expected, token):
        raise _Refused(403, "This login form is out of date. Reload it and try again.")
    username = str(form.get("username") or "")[:64]
    password = str(form.get("password") or "")[:1024]
    ops, now, address = _ops(request), _now(request), _address(request)
    # A failed login is audited under the account's name only when there is such an account:
    # whatever else was typed in the name field (a password, by a slip) never reaches the log.
    named = username.strip().lower()
    who = named if named and ops.get(named) is not None else "(no such account)"
    if ops.throttled(username, address, now):
        ops.audit(who, "login.throttled", "", now)
        response = _page(request, "login.html", 429, login_csrf=expected,
                         error="Too many failed attempts. Wait 15 minutes and try again.")
        response.headers["Retry-After"] = "900"
        return response
    operator = ops.authenticate(username, password, address, now)
    if operator is None:
        ops.audit(who, "login.failed", "", now)
        return _page(request, "login.html", 401, login_csrf=expected,
                     error="That user name and password do not match an active account.")
    session_id, _csrf = ops.start_session(operator, now)
    ops.audit(operator.username, "login", "", now)
    signed_in = RedirectResponse("/console/", status_code=303)
    signed_in.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict",
                         secure=_secure_cookie(request), path="/console",
                         max_age=8 * 3600)
    signed_in.delete_cookie(LOGIN_COOKIE, path="/console")
    return signed_in


@router.post("/logout")
async def logout(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    await _form(request, csrf)
    _ops(request).end_session(request.cookies.get(SESSION_COOKIE, ""))
    _audit(request, operator, "logout", "")
    response = _to_login()
    response.delete_cookie(SESSION_COOKIE, path="/console")
    return response


# --- dashboard ----------------------------------------------------------------------------


def _state(doc: Mapping[str, Any], today: date) -> str:
    if doc.get("draft"):
        return "draft"
    return "open" if date.fromisoformat(str(doc["closes_on"])) >= today else "closed"


@router.get("/")
def dashboard(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    store, today = _ctx(request).store, _today(request)
    docs = store.list_surveys(drafts=True)
    states = [_state(doc, today) for doc in docs]
    orgs = _ops(request).organisations()
    return _page(request, "dashboard.html", **_layout(
        operator, csrf,
        counts={state: states.count(state) for state in ("draft", "open", "closed")},
        services=len(store.all_services()),
        my_orgs=[orgs.get(org, org) for org in sorted(operator.organisations)],
    ))


# --- consultations ------------------------------------------------------------------------


def _survey_doc(request: Request, survey_id: str) -> dict[str, Any]:
    with _ctx(request).store.engine.connect() as conn:
        doc = conn.execute(select(surveys.c.document).where(surveys.c.id == survey_id)).scalar()
    if doc is None:
        raise _Refused(404, "There is no such consultation.")
    return dict(doc)


def _may_edit(operator: Operator, doc: Mapping[str, Any]) -> bool:
    return operator.may_edit(doc.get("organisation_id"))


@router.get("/consultations")
def consultations(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    today = _today(request)
    rows = [
        {"doc": doc, "state": _state(doc, today), "editable": _may_edit(operator, doc)}
        for doc in _ctx(request).store.list_surveys(drafts=True)
    ]
    return _page(request, "consultations.html", **_layout(operator, csrf, rows=rows))


def _blank_questions() -> list[dict[str, Any]]:
    return [{"text": "", "type": "single", "options": "", "allow_text": False}
            for _ in range(QUESTION_SLOTS)]


def _questions_for_form(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    shown: list[dict[str, Any]] = []
    for question in doc.get("questions", []):
        if question.get("group"):
            if shown and shown[-1]["type"] == "multiple" and shown[-1]["text"] == question[
                    "group"]:
                shown[-1]["options"] += "\n" + question["text"]
            else:
                shown.append({"text": question["group"], "type": "multiple",
                              "options": question["text"], "allow_text": False})
            continue
        labels = [option["label"] for option in question["options"]]
        scale = labels == [str(n) for n in range(11)]
        kind = question.get("type") or ("scale" if scale else "single" if labels else "text")
        shown.append({
            "text": question["text"],
            "type": kind,
            "options": "\n".join(labels) if kind == "single" else "",
            "allow_text": bool(question.get("allow_text")),
        })
    return (shown + _blank_questions())[:max(QUESTION_SLOTS, len(shown))]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40].strip("-")
    return slug or "option"


def _consultation_from_form(
    form: Mapping[str, Any], operator: Operator, orgs: Mapping[str, str],
    survey_id: str, today: date,
) -> tuple[dict[str, Any] | None, list[str]]:
    """A consultation document from the form, or the problems to show."""
    errors: list[str] = []
    title = str(form.get("title") or "").strip()
    description = str(form.get("description") or "").strip()
    org = str(form.get("organisation") or "")
    if not title:
        errors.append("Give the consultation a title.")
    if not description:
        errors.append("Say in a few sentences what the consultation is about and why.")
    if org not in orgs or not operator.may_edit(org):
        errors.append("Choose one of your organisations.")
    try:
        closes_on = date.fromisoformat(str(form.get("closes_on") or ""))
        if closes_on < today:
            errors.append("The closing date must be today or later.")
    except ValueError:
        closes_on = today
        errors.append("Give the closing date as year-month-day, e.g. 2027-03-31.")
    boroughs = [b for b in LONDON_BOROUGHS if form.get(f"borough_{b}")]
    questions: list[dict[str, Any]] = []
    for n in range(QUESTION_SLOTS):
        text = str(form.get(f"q{n}_text") or "").strip()
        if not text:
            continue
        kind = str(form.get(f"q{n}_type") or "single")
        if kind == "multiple":
            ticks = [line.strip() for line in str(form.get(f"q{n}_options") or "").splitlines()
                     if line.strip()]
            if len(ticks) < 2:
                errors.append(f"Question {n + 1} needs at least two options, one per line.")
            number = len(questions) + 1
            used: list[str] = []
            for label in ticks:
                base = f"q{number}-{_slug(label)[:50]}"
                candidate, k = base, 2
                while candidate in used:
                    candidate, k = f"{base}-{k}", k + 1
                used.append(candidate)
                questions.append({"id": candidate, "text": label, "group": text,
                                  "allow_text": False,
                                  "options": [{"id": YES, "label": "Yes"}]})
            continue
        if kind == "scale":
            labels = [str(n) for n in range(11)]
        elif kind == "text":
            labels = []
        else:
            labels = [line.strip() for line in str(form.get(f"q{n}_options") or "").splitlines()
                      if line.strip()]
            if len(labels) < 2:
                errors.append(f"Question {n + 1} needs at least two options, one per line.")
        ids: list[str] = []
        for label in labels:
            base = _slug(label)
            candidate, k = base, 2
            while candidate in ids:
                candidate, k = f"{base}-{k}", k + 1
            ids.append(candidate)
        questions.append({
            "id": f"q{len(questions) + 1}",
            "text": text,
            "allow_text": kind == "text" or bool(form.get(f"q{n}_allow_text")),
            "options": [{"id": i, "label": label} for i, label in zip(ids, labels, strict=True)],
        })
    if not questions:
        errors.append("Ask at least one question.")
    doc = {
        "id": survey_id, "title": title, "description": description,
        "closes_on": closes_on.isoformat(), "boroughs": boroughs, "questions": questions,
        "organisation": orgs.get(org, ""), "organisation_id": org, "draft": True,
    }
    if not errors:
        try:
            Survey.model_validate(doc)
        except ValidationError as exc:
            errors.extend(f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return (None if errors else doc), errors


def _save_survey(request: Request, doc: Mapping[str, Any]) -> None:
    stamped = dict(doc)
    stamped["last_modified"] = _now(request).astimezone(UTC).isoformat()
    _ctx(request).store.upsert_surveys([stamped])


def _consultation_form(request: Request, operator: Operator, csrf: str, *,
                       doc: Mapping[str, Any] | None, errors: list[str],
                       status: int = 200) -> HTMLResponse:
    orgs = _ops(request).organisations()
    mine = {org: name for org, name in orgs.items() if operator.may_edit(org)}
    return _page(request, "consultation_form.html", status, **_layout(
        operator, csrf, doc=doc or {}, errors=errors, organisations=mine,
        boroughs=LONDON_BOROUGHS, types=QUESTION_TYPES,
        questions=_questions_for_form(doc) if doc else _blank_questions(),
        today=_today(request).isoformat(),
    ))


@router.get("/consultations/new")
def new_consultation(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    if not operator.may_edit_anything:
        raise _Refused(403, "Only editors can write consultations.")
    return _consultation_form(request, operator, csrf, doc=None, errors=[])


@router.post("/consultations/new")
async def create_consultation(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    form = await _form(request, csrf)
    if not operator.may_edit_anything:
        raise _Refused(403, "Only editors can write consultations.")
    survey_id = f"{_slug(str(form.get('title') or ''))}-{secrets.token_hex(3)}"
    doc, errors = _consultation_from_form(form, operator, _ops(request).organisations(),
                                          survey_id, _today(request))
    if doc is None:
        return _consultation_form(request, operator, csrf, doc=_echo(form, survey_id),
                                  errors=errors, status=422)
    _save_survey(request, doc)
    _audit(request, operator, "consultation.create", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


def _echo(form: Mapping[str, Any], survey_id: str) -> dict[str, Any]:
    """What was typed, to fill the form again after a problem."""
    questions: list[dict[str, Any]] = []
    for n in range(QUESTION_SLOTS):
        kind = str(form.get(f"q{n}_type") or "single")
        text = str(form.get(f"q{n}_text") or "")
        labels = ([str(k) for k in range(11)] if kind == "scale" else
                  [x.strip() for x in str(form.get(f"q{n}_options") or "").splitlines()])
        if kind == "multiple":
            questions += [{"text": label, "group": text, "options": [{"label": "Yes"}]}
                          for label in labels if label]
            continue
        questions.append({"text": text, "type": kind,
                          "allow_text": bool(form.get(f"q{n}_allow_text")),
                          "options": [{"label": label} for label in labels if label]})
    return {"id": survey_id, "title": str(form.get("title") or ""),
            "description": str(form.get("description") or ""),
            "closes_on": str(form.get("closes_on") or ""),
            "organisation_id": str(form.get("organisation") or ""),
            "boroughs": [b for b in LONDON_BOROUGHS if form.get(f"borough_{b}")],
            "questions": [q for q in questions if q["text"]]}


def _editable(request: Request, operator: Operator, survey_id: str) -> dict[str, Any]:
    doc = _survey_doc(request, survey_id)
    if not _may_edit(operator, doc):
        raise _Refused(403, "This consultation belongs to an organisation you do not edit for.")
    return doc


@router.get("/consultations/{survey_id}/edit")
def edit_consultation(request: Request, survey_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    doc = _editable(request, operator, survey_id)
    if not doc.get("draft"):
        raise _Refused(409, "An opened consultation cannot be changed: people may have "
                            "answered it. Close it, or change its closing date.")
    return _consultation_form(request, operator, csrf, doc=doc, errors=[])


@router.post("/consultations/{survey_id}/edit")
async def save_consultation(request: Request, survey_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    form = await _form(request, csrf)
    old = _editable(request, operator, survey_id)
    if not old.get("draft"):
        raise _Refused(409, "An opened consultation cannot be changed.")
    doc, errors = _consultation_from_form(form, operator, _ops(request).organisations(),
                                          survey_id, _today(request))
    if doc is None:
        return _consultation_form(request, operator, csrf, doc=_echo(form, survey_id),
                                  errors=errors, status=422)
    _save_survey(request, doc)
    _audit(request, operator, "consultation.edit", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


@router.post("/consultations/{survey_id}/open")
async def open_consultation(request: Request, survey_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    await _form(request, csrf)
    doc = _editable(request, operator, survey_id)
    if date.fromisoformat(str(doc["closes_on"])) < _today(request):
        raise _Refused(409, "Its closing date has passed: edit the date first.")
    doc["draft"] = False
    _save_survey(request, doc)
    _audit(request, operator, "consultation.open", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


@router.post("/consultations/{survey_id}/close")
async def close_consultation(request: Request, survey_id: str) -> Response:
    """Close now (the closing date becomes yesterday) or move the closing date."""
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    form = await _form(request, csrf)
    doc = _editable(request, operator, survey_id)
    today = _today(request)
    wanted = str(form.get("closes_on") or "")
    if wanted:
        try:
            closes_on = date.fromisoformat(wanted)
        except ValueError:
            raise _Refused(422, "Give the closing date as year-month-day.") from None
        if closes_on < today:
            raise _Refused(422, "A new closing date must be today or later.")
    else:
        closes_on = date.fromordinal(today.toordinal() - 1)
    doc["closes_on"] = closes_on.isoformat()
    _save_survey(request, doc)
    _audit(request, operator, "consultation.close" if not wanted else "consultation.closing_date",
           survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


# --- "you said, we did" -------------------------------------------------------------------


@router.get("/consultations/{survey_id}/response")
def response_form(request: Request, survey_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    doc = _editable(request, operator, survey_id)
    if _state(doc, _today(request)) != "closed":
        raise _Refused(409, "Publish a response once the consultation has closed.")
    return _page(request, "response_form.html", **_layout(operator, csrf, doc=doc, errors=[],
                                                           title="", body=""))


@router.post("/consultations/{survey_id}/response")
async def publish_response(request: Request, survey_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    form = await _form(request, csrf)
    doc = _editable(request, operator, survey_id)
    if _state(doc, _today(request)) != "closed":
        raise _Refused(409, "Publish a response once the consultation has closed.")
    title = str(form.get("title") or "").strip()
    body = str(form.get("body") or "").strip()
    errors = []
    if not 1 <= len(title) <= 200:
        errors.append("Give the response a title of at most 200 characters.")
    if not 1 <= len(body) <= 4000:
        errors.append("Write what you did, in at most 4000 characters.")
    if errors:
        return _page(request, "response_form.html", 422, **_layout(
            operator, csrf, doc=doc, errors=errors, title=title, body=body))
    org_id = str(doc.get("organisation_id") or "")
    org_name = str(doc.get("organisation") or "") or "London's integrated care boards"
    response_id = str(uuid.uuid4())
    now = _now(request)
    with _ctx(request).store.engine.begin() as conn:
        conn.execute(insert(consultation_responses).values(
            id=response_id, survey_id=survey_id, organisation_id=org_id, organisation=org_name,
            title=title, body=body, published_on=_today(request),
            last_modified=to_utc_naive(now)))
    _audit(request, operator, "response.publish", f"{survey_id} {response_id}")
    return RedirectResponse("/console/consultations", status_code=303)


# --- results (the published tables only) --------------------------------------------------


def _published(request: Request, borough: str | None) -> tuple[str | None, Results]:
    """The view exactly as /v1/results serves it; an unknown borough is refused, never
    narrowed or widened."""
    from endpoint.app import _canonical_borough

    canonical = _canonical_borough(borough) if borough else None
    if borough and canonical is None:
        raise _Refused(422, "Results are published for London and for each London borough, "
                            "nothing narrower.")
    publisher = _ctx(request).publisher
    body = publisher.view(canonical).body
    return canonical, Results.model_validate_json(body)


def _results_operator(request: Request) -> tuple[Operator, str] | None:
    session = _session(request)
    if session is None:
        return None
    if len(request.query_params) > 1 or set(request.query_params) - {"borough"}:
        raise _Refused(422, "Results have no filters beyond the published views (a borough).")
    return session


@router.get("/results")
def results_page(request: Request, borough: str | None = None) -> Response:
    session = _results_operator(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    view, results = _published(request, borough)
    _audit(request, operator, "results.view", view or "London")
    # Words only (a multiple-choice option's question), never a figure: the cells shown are
    # the published ones above.
    groups = {
        (str(doc["id"]), str(q["id"])): str(q["group"])
        for doc in _ctx(request).store.list_surveys() for q in doc.get("questions", [])
        if q.get("group")
    }
    return _page(request, "results.html", **_layout(
        operator, csrf, view=view, results=results, boroughs=LONDON_BOROUGHS,
        rows=_cells(results), groups=groups))


_ROW_KEYS = ("survey_id", "question_id", "option_id", "service_id", "rating", "category",
             "borough")


def _cells(results: Results) -> list[tuple[str, str, str, str, str]]:
    """Every published cell as (table, row, cell, value, suppressed): the CSV's rows, read
    from the published body only (nothing is recomputed, so nothing can be narrowed)."""
    rows: list[tuple[str, str, str, str, str]] = []

    def walk(table: str, node: Any, path: list[str]) -> None:
        if isinstance(node, list):
            for item in node:
                walk(table, item, path)
            return
        if not isinstance(node, dict):
            return
        if set(node) == {"value", "suppressed"}:
            value = "" if node["value"] is None else str(node["value"])
            rows.append((table, "/".join(path[:-1]), path[-1], value,
                         "yes" if node["suppressed"] else "no"))
            return
        here = [str(node[k]) for k in _ROW_KEYS if node.get(k) is not None][:1]
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                walk(table, value, [*path, *here, key])

    data = results.model_dump(mode="json")
    for table in ("surveys", "services", "wellbeing", "outcomes"):
        walk(table, data.get(table, []), [])
    return rows


@router.get("/results.csv")
def results_csv(request: Request, borough: str | None = None) -> Response:
    session = _results_operator(request)
    if session is None:
        return _to_login()
    operator, _csrf = session
    view, results = _published(request, borough)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["view", "table", "row", "cell", "value", "suppressed"])
    for table, row, cell, value, suppressed in _cells(results):
        writer.writerow([_csv_safe(view or "London"), _csv_safe(table), _csv_safe(row),
                         _csv_safe(cell), value, suppressed])
    _audit(request, operator, "results.export", view or "London")
    name = f"results-{_slug(view or 'london')}.csv"
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _csv_safe(text: str) -> str:
    """No spreadsheet formulas out of ids or labels."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# --- directory ----------------------------------------------------------------------------


@router.get("/directory")
def directory(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    docs = sorted(_ctx(request).store.all_services(), key=lambda d: (d["borough"], d["name"]))
    rows = [{"doc": doc, "editable": operator.may_edit((doc.get("organization") or {}).get("id"))}
            for doc in docs]
    return _page(request, "directory.html", **_layout(operator, csrf, rows=rows, errors=[]))


@router.get("/directory/export.json")
def directory_export(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, _csrf = session
    services = [Service.model_validate(doc).model_dump(mode="json")
                for doc in _ctx(request).store.all_services()]
    _audit(request, operator, "directory.export", str(len(services)))
    return Response(json.dumps({"services": services}, indent=2, ensure_ascii=False),
                    media_type="application/json", headers={
                        "Content-Disposition": 'attachment; filename="directory.json"'})


@router.post("/directory/import")
async def directory_import(request: Request) -> Response:
    """Services in the Open Referral UK shape `/v1/directory/services` serves, as
    `{"services": [...]}` or a page `{"contents": [...]}`; an editor may import only
    services of their own organisations."""
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    form = await _form(request, csrf)
    upload = form.get("file")
    raw = b""
    if upload is not None and not isinstance(upload, str):
        raw = await upload.read(5_000_001)
    errors: list[str] = []
    docs: list[dict[str, Any]] = []
    if len(raw) > 5_000_000:
        errors.append("The file is larger than 5 MB.")
    else:
        try:
            data = json.loads(raw.decode("utf-8"))
            items = data.get("services", data.get("contents")) if isinstance(data, dict) else data
            if not isinstance(items, list) or not items:
                raise ValueError("no services in it")
            for item in items:
                service = Service.model_validate(item)
                if not operator.may_edit(service.organization.id):
                    errors.append(f"{service.name}: not one of your organisations' services.")
                docs.append(service.model_dump(mode="json"))
        except (UnicodeDecodeError, ValueError, AttributeError) as exc:
            errors.append(f"This is not an Open Referral UK services file ({str(exc)[:200]}).")
    if errors:
        docs_now = sorted(_ctx(request).store.all_services(),
                          key=lambda d: (d["borough"], d["name"]))
        rows = [{"doc": doc, "editable": operator.may_edit(
            (doc.get("organization") or {}).get("id"))} for doc in docs_now]
        return _page(request, "directory.html", 422, **_layout(operator, csrf, rows=rows,
                                                               errors=errors[:20]))
    now = _now(request).astimezone(UTC).isoformat()
    for doc in docs:
        doc["last_modified"] = now
    _ctx(request).store.upsert_services(docs)
    _audit(request, operator, "directory.import", str(len(docs)))
    return RedirectResponse("/console/directory", status_code=303)


_SERVICE_STATUSES = ("active", "temporarily closed", "inactive", "defunct")


def _org_documents(request: Request) -> dict[str, dict[str, Any]]:
    """Each directory organisation's Open Referral object, as its services carry it."""
    found: dict[str, dict[str, Any]] = {}
    for doc in _ctx(request).store.all_services():
        org = doc.get("organization") or {}
        if org.get("id"):
            found.setdefault(str(org["id"]), dict(org))
    return found


def _service_form(request: Request, operator: Operator, csrf: str, doc: Mapping[str, Any],
                  errors: list[str], status: int = 200, *, new: bool = False) -> HTMLResponse:
    orgs = _ops(request).organisations()
    mine = {org: name for org, name in orgs.items() if operator.may_edit(org)}
    return _page(request, "service_form.html", status, **_layout(
        operator, csrf, doc=doc, errors=errors, organisations=mine, boroughs=LONDON_BOROUGHS,
        statuses=_SERVICE_STATUSES, new=new))


def _service_doc(request: Request, service_id: str) -> dict[str, Any]:
    doc = next((d for d in _ctx(request).store.all_services() if d["id"] == service_id), None)
    if doc is None:
        raise _Refused(404, "There is no such service.")
    return dict(doc)


@router.get("/directory/new")
def new_service(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    if not operator.may_edit_anything:
        raise _Refused(403, "Only editors can add services.")
    return _service_form(request, operator, csrf, {"status": "active"}, [], new=True)


@router.get("/directory/{service_id}/edit")
def edit_service(request: Request, service_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    doc = _service_doc(request, service_id)
    if not operator.may_edit((doc.get("organization") or {}).get("id")):
        raise _Refused(403, "This service belongs to an organisation you do not edit for.")
    return _service_form(request, operator, csrf, doc, [])


@router.post("/directory/new")
@router.post("/directory/{service_id}/edit")
async def save_service(request: Request, service_id: str | None = None) -> Response:
    """Name, description, borough, organisation, web address, email and status; locations,
    schedules, costs and categories of an existing service are kept (import changes those)."""
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    form = await _form(request, csrf)
    if service_id is None:
        if not operator.may_edit_anything:
            raise _Refused(403, "Only editors can add services.")
        doc: dict[str, Any] = {"id": str(uuid.uuid4())}
    else:
        doc = _service_doc(request, service_id)
        if not operator.may_edit((doc.get("organization") or {}).get("id")):
            raise _Refused(403, "This service belongs to an organisation you do not edit for.")
    org_id = str(form.get("organisation") or "")
    organisations = _org_documents(request)
    errors: list[str] = []
    if org_id not in organisations or not operator.may_edit(org_id):
        errors.append("Choose one of your organisations.")
    doc.update({
        "name": str(form.get("name") or "").strip(),
        "description": str(form.get("description") or "").strip() or None,
        "url": str(form.get("url") or "").strip() or None,
        "email": str(form.get("email") or "").strip() or None,
        "status": str(form.get("status") or ""),
        "borough": str(form.get("borough") or ""),
        "organization": organisations.get(org_id, {"id": org_id, "name": ""}),
        "last_modified": _now(request).astimezone(UTC).isoformat(),
    })
    if not doc["name"]:
        errors.append("Give the service a name.")
    if doc["url"] and not str(doc["url"]).startswith(("https://", "http://")):
        errors.append("A web address starts with https://.")
    if not errors:
        try:
            doc = Service.model_validate(doc).model_dump(mode="json")
        except ValidationError as exc:
            errors.extend(f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    if errors:
        return _service_form(request, operator, csrf, doc, errors, 422, new=service_id is None)
    _ctx(request).store.upsert_services([doc])
    _audit(request, operator, "directory.add" if service_id is None else "directory.edit",
           str(doc["id"]))
    return RedirectResponse("/console/directory", status_code=303)


@router.post("/directory/{service_id}/retire")
async def retire_service(request: Request, service_id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    await _form(request, csrf)
    doc = next((d for d in _ctx(request).store.all_services() if d["id"] == service_id), None)
    if doc is None:
        raise _Refused(404, "There is no such service.")
    if not operator.may_edit((doc.get("organization") or {}).get("id")):
        raise _Refused(403, "This service belongs to an organisation you do not edit for.")
    doc = dict(doc)
    doc["status"] = "defunct"
    doc["last_modified"] = _now(request).astimezone(UTC).isoformat()
    _ctx(request).store.upsert_services([doc])
    _audit(request, operator, "directory.retire", service_id)
    return RedirectResponse("/console/directory", status_code=303)


# --- free text (remarks), for the editors of the organisation it was addressed to ---------


@router.get("/remarks")
def remarks(request: Request) -> Response:
    """Free-text remarks (FFT comments on one's services, text answers to one's consultations),
    decrypted by `Store.comments_for` for the editors of the organisation they were addressed
    to and nobody else (not an admin, not an analyst). No contributor, time or link between two
    texts is shown; they are grouped by service or question and sorted by text."""
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    if operator.role != "editor":
        raise _Refused(403, "Remarks are read only by the editors of the organisation they "
                            "were written to.")
    store = _ctx(request).store
    names = _ops(request).organisations()
    services = {str(doc["id"]): str(doc["name"]) for doc in store.all_services()}
    consultations = {str(doc["id"]): doc for doc in store.list_surveys(drafts=True)}
    groups: list[dict[str, Any]] = []
    for org in sorted(operator.organisations, key=lambda o: (names.get(o) or o).casefold()):
        by_target: dict[tuple[str, str, str], list[str]] = {}
        for item in store.comments_for(org):
            by_target.setdefault((item.source, item.target_id, item.detail), []).append(
                item.text)
        entries = []
        for (source, target, detail), texts in sorted(by_target.items()):
            if source == "fft":
                about = services.get(target, target)
                what = f"Feedback rated “{detail.replace('_', ' ')}”"
            else:
                survey = consultations.get(target, {})
                about = str(survey.get("title") or target)
                question = next((q for q in survey.get("questions", []) if q["id"] == detail),
                                None)
                what = str(question["text"]) if question else detail
            entries.append({"about": about, "what": what, "texts": texts})
        groups.append({"organisation": names.get(org, org), "entries": entries})
        _audit(request, operator, "remarks.view", org)
    return _page(request, "remarks.html", **_layout(operator, csrf, groups=groups))


# --- admin --------------------------------------------------------------------------------


@router.get("/audit")
def audit(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    operator, csrf = session
    if not operator.is_admin:
        raise _Refused(403, "Only administrators read the audit log.")
    return _page(request, "audit.html", **_layout(
        operator, csrf, rows=_ops(request).audit_rows(), accounts=_ops(request).list()))
