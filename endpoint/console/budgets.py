"""Participatory budgeting in the console: write a round (the pot, the area, the projects, the
voting window, the kind of ballot and the counting rule), open it, close it (which counts it),
and say what became of each project afterwards.

Only the editors of the organisation a round belongs to may touch it. An opened round is never
changed (people may have voted in it); closing it counts the ballots once, by the round's
published rule, and the public then sees the funded projects through endpoint/budgets.py.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from endpoint.budgets import close_round, public_round
from endpoint.console import web
from endpoint.operators import Operator
from sync.protocol import LONDON_BOROUGHS, MAX_TEXT_LENGTH

__all__ = ["BALLOTS", "PROJECT_SLOTS", "RULES", "router"]

PROJECT_SLOTS = 8
BALLOTS = {"knapsack": "Choose within the pot (the chosen projects may cost no more than the pot)",
           "approval": "Approval (tick every project you support, whatever the cost)"}
RULES = {"equal-shares": "Method of Equal Shares, completed by adding £1 a person, then greedy",
         "greedy": "Greedy by votes (most votes first, skipping what no longer fits)"}
MAX_POUNDS = 1_000_000_000
CHANGED_AFTER_OPENING = "An opened round cannot be changed: people may have voted."
FATES_BEFORE_CLOSING = "Say what became of the projects once the round has closed."

router = APIRouter(prefix="/console", include_in_schema=False)


def _state(doc: Mapping[str, Any], today: date) -> str:
    if doc["state"] == "open" and date.fromisoformat(doc["opens_on"]) > today:
        return "opens later"
    if doc["state"] == "open" and date.fromisoformat(doc["closes_on"]) < today:
        return "voting ended: close to count"
    return str(doc["state"])


def _round(request: Request, round_id: str) -> dict[str, Any]:
    doc = web.context(request).store.budget_round(round_id)
    if doc is None or doc["state"] == "imported":
        raise web.Refused(404, "There is no such budget round.")
    return doc


def _editable(request: Request, operator: Operator, round_id: str) -> dict[str, Any]:
    doc = _round(request, round_id)
    if not operator.may_edit(doc.get("organisation_id")):
        raise web.Refused(403, "This round belongs to an organisation you do not edit for.")
    return doc


def _in_state(request: Request, operator: Operator, round_id: str, state: str,
              refusal: str) -> dict[str, Any]:
    """The round, if this operator edits for its organisation and it is in `state`; else 409
    with `refusal`, which says what the operator can do instead."""
    doc = _editable(request, operator, round_id)
    if doc["state"] != state:
        raise web.Refused(409, refusal)
    return doc


def _saved(request: Request, operator: Operator, round_id: str, doc: dict[str, Any],
           action: str) -> Response:
    """Store the round's new document, write `action` to the audit log, back to the list."""
    web.context(request).store.set_round_state(round_id, doc, web.now(request))
    web.audit(request, operator, action, round_id)
    return RedirectResponse("/console/budgets", status_code=303)


@router.get("/budgets")
def budgets(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    today = web.today(request)
    rows = [{"doc": doc, "state": _state(doc, today),
             "editable": operator.may_edit(doc.get("organisation_id")),
             "public": public_round(doc) if doc["state"] == "closed" else None}
            for doc in web.context(request).store.budget_rounds(("draft", "open", "closed"))]
    return web.page(request, "budgets.html", **web.layout(operator, csrf, rows=rows))


def _pounds(value: Any) -> int | None:
    text = str(value or "").replace(",", "").replace("£", "").strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_POUNDS:
        return None
    return int(text)


def _round_from_form(form: Mapping[str, Any], operator: Operator, orgs: Mapping[str, str],
                     round_id: str, today: date) -> tuple[dict[str, Any], list[str]]:
    """A round document from the form, and the problems to show (none: it can be saved)."""
    errors: list[str] = []
    text = {name: str(form.get(name) or "").strip()
            for name in ("title", "description", "organisation", "borough", "ward", "pot",
                         "opens_on", "closes_on", "ballot", "rule")}
    if not 1 <= len(text["title"]) <= 200:
        errors.append("Give the round a title of at most 200 characters.")
    if not 1 <= len(text["description"]) <= 4000:
        errors.append("Say in a few sentences what the money is for and who may vote.")
    if text["organisation"] not in orgs or not operator.may_edit(text["organisation"]):
        errors.append("Choose one of your organisations.")
    if text["borough"] not in LONDON_BOROUGHS:
        errors.append("Choose the borough the round is for.")
    pot = _pounds(text["pot"])
    if pot is None:
        errors.append("Give the pot in whole pounds, e.g. 50000.")
    days: dict[str, date] = {}
    for name, label in (("opens_on", "opening"), ("closes_on", "closing")):
        try:
            days[name] = date.fromisoformat(text[name])
        except ValueError:
            errors.append(f"Give the {label} date as year-month-day, e.g. 2027-03-31.")
    if len(days) == 2 and days["closes_on"] < max(days["opens_on"], today):
        errors.append("The closing date must be on or after the opening date, and not past.")
    if text["ballot"] not in BALLOTS:
        errors.append("Choose how people vote.")
    if text["rule"] not in RULES:
        errors.append("Choose the rule that decides which projects are funded.")
    projects: list[dict[str, Any]] = []
    for n in range(PROJECT_SLOTS):
        title = str(form.get(f"p{n}_title") or "").strip()
        if not title:
            continue
        cost = _pounds(form.get(f"p{n}_cost"))
        description = str(form.get(f"p{n}_description") or "").strip()
        proposer = str(form.get(f"p{n}_organisation") or "").strip()
        if len(title) > 200 or not 1 <= len(description) <= MAX_TEXT_LENGTH:
            errors.append(f"Project {n + 1} needs a title (at most 200 characters) and a "
                          "description.")
        if not 1 <= len(proposer) <= 200:
            errors.append(f"Project {n + 1}: say which organisation proposes it.")
        if cost is None:
            errors.append(f"Project {n + 1}: give its cost in whole pounds.")
        elif pot is not None and cost > pot:
            errors.append(f"Project {n + 1} costs more than the whole pot.")
        projects.append({"id": f"p{len(projects) + 1}", "title": title,
                         "description": description, "organisation": proposer,
                         "cost": cost or 0})
    if len(projects) < 2:
        errors.append("Describe at least two projects.")
    doc = {
        "id": round_id, "title": text["title"], "description": text["description"],
        "organisation": orgs.get(text["organisation"], ""),
        "organisation_id": text["organisation"], "borough": text["borough"],
        "ward": text["ward"][:200] or None, "pot": pot or text["pot"],
        "opens_on": text["opens_on"], "closes_on": text["closes_on"],
        "ballot": text["ballot"], "rule": text["rule"], "projects": projects, "state": "draft",
    }
    return doc, errors


def _form(request: Request, operator: Operator, csrf: str, *, doc: Mapping[str, Any] | None,
          errors: list[str], status: int = 200) -> HTMLResponse:
    orgs = web.operators(request).organisations()
    mine = {org: name for org, name in orgs.items() if operator.may_edit(org)}
    projects = list((doc or {}).get("projects") or [])
    blank = {"title": "", "cost": "", "description": "", "organisation": ""}
    return web.page(request, "budget_form.html", status, **web.layout(
        operator, csrf, doc=doc or {}, errors=errors, organisations=mine,
        boroughs=LONDON_BOROUGHS, ballots=BALLOTS, rules=RULES,
        projects=(projects + [blank] * PROJECT_SLOTS)[:max(PROJECT_SLOTS, len(projects))],
        today=web.today(request).isoformat()))


def _may_write(operator: Operator) -> None:
    if not operator.may_edit_anything:
        raise web.Refused(403, "Only editors can write budget rounds.")


@router.get("/budgets/new")
def new_round(request: Request, session: web.SignedIn) -> Response:
    _may_write(session.operator)
    return _form(request, session.operator, session.csrf, doc=None, errors=[])


@router.post("/budgets/new")
async def create_round(request: Request, session: web.Posted) -> Response:
    operator, csrf, form = session
    _may_write(operator)
    round_id = f"{web.slug(str(form.get('title') or ''))}-{secrets.token_hex(3)}"
    doc, errors = _round_from_form(form, operator, web.operators(request).organisations(),
                                   round_id, web.today(request))
    if errors:
        return _form(request, operator, csrf, doc={**doc, "id": None}, errors=errors,
                     status=422)
    web.context(request).store.save_round(doc, web.now(request))
    web.audit(request, operator, "budget.create", round_id)
    return RedirectResponse("/console/budgets", status_code=303)


@router.get("/budgets/{round_id}/edit")
def edit_round(request: Request, session: web.SignedIn, round_id: str) -> Response:
    doc = _in_state(request, session.operator, round_id, "draft", CHANGED_AFTER_OPENING)
    return _form(request, session.operator, session.csrf, doc=doc, errors=[])


@router.post("/budgets/{round_id}/edit")
async def save_round(request: Request, session: web.Posted, round_id: str) -> Response:
    operator, csrf, form = session
    _in_state(request, operator, round_id, "draft", CHANGED_AFTER_OPENING)
    doc, errors = _round_from_form(form, operator, web.operators(request).organisations(),
                                   round_id, web.today(request))
    if errors:
        return _form(request, operator, csrf, doc=doc, errors=errors, status=422)
    return _saved(request, operator, round_id, doc, "budget.edit")


@router.post("/budgets/{round_id}/open")
async def open_round(request: Request, session: web.Posted, round_id: str) -> Response:
    doc = _in_state(request, session.operator, round_id, "draft",
                    "Only a draft round can be opened.")
    if date.fromisoformat(doc["closes_on"]) < web.today(request):
        raise web.Refused(409, "Its closing date has passed: edit the dates first.")
    doc["state"] = "open"
    return _saved(request, session.operator, round_id, doc, "budget.open")


@router.post("/budgets/{round_id}/close")
async def close(request: Request, session: web.Posted, round_id: str) -> Response:
    """Close voting now and count the ballots, once, by the round's rule."""
    doc = _in_state(request, session.operator, round_id, "open",
                    "Only an open round can be closed.")
    store = web.context(request).store
    closed = close_round(store, doc)
    today = web.today(request)
    if date.fromisoformat(closed["closes_on"]) >= today:
        closed["closes_on"] = date.fromordinal(today.toordinal() - 1).isoformat()
    return _saved(request, session.operator, round_id, closed, "budget.close")


@router.get("/budgets/{round_id}/fates")
def fates_form(request: Request, session: web.SignedIn, round_id: str) -> Response:
    doc = _in_state(request, session.operator, round_id, "closed", FATES_BEFORE_CLOSING)
    return web.page(request, "budget_fates.html", **web.layout(
        session.operator, session.csrf, doc=doc, public=public_round(doc), errors=[],
        fates=doc.get("fates") or {}))


@router.post("/budgets/{round_id}/fates")
async def save_fates(request: Request, session: web.Posted, round_id: str) -> Response:
    operator, csrf, form = session
    doc = _in_state(request, operator, round_id, "closed", FATES_BEFORE_CLOSING)
    fates = {project["id"]: str(form.get(f"fate_{project['id']}") or "").strip()
             for project in doc["projects"]}
    errors = [f"What became of {project['title']}: at most 4000 characters."
              for project in doc["projects"] if len(fates[project["id"]]) > 4000]
    if errors:
        return web.page(request, "budget_fates.html", 422, **web.layout(
            operator, csrf, doc=doc, public=public_round(doc), errors=errors, fates=fates))
    doc["fates"] = {key: value for key, value in fates.items() if value}
    return _saved(request, operator, round_id, doc, "budget.fates")
