"""Consultations in the console: write a draft, open it, close it or move its closing date,
and publish "you said, we did" once it has closed.

Only the editors of the organisation a consultation belongs to may touch it, and an opened
consultation is never changed (people may have answered it). The form writes every question
type in the protocol's existing shape, so every client that answers consultations today
answers these.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping
from datetime import UTC, date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import insert, select

from endpoint.console import web
from endpoint.deliberation import carry_over
from endpoint.operators import Operator
from endpoint.store import consultation_responses, surveys, to_utc_naive
from sync.protocol import LONDON_BOROUGHS, Survey

__all__ = ["QUESTION_SLOTS", "QUESTION_TYPES", "YES", "consultation_state", "router"]

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

router = APIRouter(prefix="/console", include_in_schema=False)


def consultation_state(doc: Mapping[str, Any], today: date) -> str:
    if doc.get("draft"):
        return "draft"
    return "open" if date.fromisoformat(str(doc["closes_on"])) >= today else "closed"


# --- consultations ------------------------------------------------------------------------


def _survey_doc(request: Request, survey_id: str) -> dict[str, Any]:
    with web.context(request).store.engine.connect() as conn:
        doc = conn.execute(select(surveys.c.document).where(surveys.c.id == survey_id)).scalar()
    if doc is None:
        raise web.Refused(404, "There is no such consultation.")
    return dict(doc)


def _may_edit(operator: Operator, doc: Mapping[str, Any]) -> bool:
    return operator.may_edit(doc.get("organisation_id"))


@router.get("/consultations")
def consultations(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    today = web.today(request)
    rows = [
        {"doc": doc, "state": consultation_state(doc, today), "editable": _may_edit(operator, doc)}
        for doc in web.context(request).store.list_surveys(drafts=True)
    ]
    return web.page(request, "consultations.html", **web.layout(operator, csrf, rows=rows))


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
                base = f"q{number}-{web.slug(label)[:50]}"
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
            base = web.slug(label)
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
    stamped["last_modified"] = web.now(request).astimezone(UTC).isoformat()
    web.context(request).store.upsert_surveys([stamped])


def _consultation_form(request: Request, operator: Operator, csrf: str, *,
                       doc: Mapping[str, Any] | None, errors: list[str],
                       status: int = 200) -> HTMLResponse:
    orgs = web.operators(request).organisations()
    mine = {org: name for org, name in orgs.items() if operator.may_edit(org)}
    return web.page(request, "consultation_form.html", status, **web.layout(
        operator, csrf, doc=doc or {}, errors=errors, organisations=mine,
        boroughs=LONDON_BOROUGHS, types=QUESTION_TYPES,
        questions=_questions_for_form(doc) if doc else _blank_questions(),
        today=web.today(request).isoformat(),
    ))


@router.get("/consultations/new")
def new_consultation(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    if not operator.may_edit_anything:
        raise web.Refused(403, "Only editors can write consultations.")
    return _consultation_form(request, operator, csrf, doc=None, errors=[])


@router.post("/consultations/new")
async def create_consultation(request: Request, session: web.Posted) -> Response:
    operator, csrf, form = session
    if not operator.may_edit_anything:
        raise web.Refused(403, "Only editors can write consultations.")
    survey_id = f"{web.slug(str(form.get('title') or ''))}-{secrets.token_hex(3)}"
    doc, errors = _consultation_from_form(form, operator, web.operators(request).organisations(),
                                          survey_id, web.today(request))
    if doc is None:
        return _consultation_form(request, operator, csrf, doc=_echo(form, survey_id),
                                  errors=errors, status=422)
    _save_survey(request, doc)
    web.audit(request, operator, "consultation.create", survey_id)
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
        raise web.Refused(403, "This consultation belongs to an organisation you do not edit for.")
    return doc


@router.get("/consultations/{survey_id}/edit")
def edit_consultation(request: Request, session: web.SignedIn, survey_id: str) -> Response:
    operator, csrf = session
    doc = _editable(request, operator, survey_id)
    if not doc.get("draft"):
        raise web.Refused(409, "An opened consultation cannot be changed: people may have "
                          "answered it. Close it, or change its closing date.")
    return _consultation_form(request, operator, csrf, doc=doc, errors=[])


@router.post("/consultations/{survey_id}/edit")
async def save_consultation(request: Request, session: web.Posted, survey_id: str) -> Response:
    operator, csrf, form = session
    old = _editable(request, operator, survey_id)
    if not old.get("draft"):
        raise web.Refused(409, "An opened consultation cannot be changed.")
    doc, errors = _consultation_from_form(form, operator, web.operators(request).organisations(),
                                          survey_id, web.today(request))
    if doc is None:
        return _consultation_form(request, operator, csrf, doc=_echo(form, survey_id),
                                  errors=errors, status=422)
    carry_over(old, doc)  # the information pack (endpoint/console/deliberation.py)
    _save_survey(request, doc)
    web.audit(request, operator, "consultation.edit", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


@router.post("/consultations/{survey_id}/open")
async def open_consultation(request: Request, session: web.Posted, survey_id: str) -> Response:
    operator = session.operator
    doc = _editable(request, operator, survey_id)
    if date.fromisoformat(str(doc["closes_on"])) < web.today(request):
        raise web.Refused(409, "Its closing date has passed: edit the date first.")
    doc["draft"] = False
    _save_survey(request, doc)
    web.audit(request, operator, "consultation.open", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


@router.post("/consultations/{survey_id}/close")
async def close_consultation(request: Request, session: web.Posted, survey_id: str) -> Response:
    """Close now (the closing date becomes yesterday) or move the closing date."""
    operator, _csrf, form = session
    doc = _editable(request, operator, survey_id)
    today = web.today(request)
    wanted = str(form.get("closes_on") or "")
    if wanted:
        try:
            closes_on = date.fromisoformat(wanted)
        except ValueError:
            raise web.Refused(422, "Give the closing date as year-month-day.") from None
        if closes_on < today:
            raise web.Refused(422, "A new closing date must be today or later.")
    else:
        closes_on = date.fromordinal(today.toordinal() - 1)
    doc["closes_on"] = closes_on.isoformat()
    _save_survey(request, doc)
    web.audit(request, operator,
              "consultation.close" if not wanted else "consultation.closing_date", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)


# --- "you said, we did" -------------------------------------------------------------------


@router.get("/consultations/{survey_id}/response")
def response_form(request: Request, session: web.SignedIn, survey_id: str) -> Response:
    operator, csrf = session
    doc = _editable(request, operator, survey_id)
    if consultation_state(doc, web.today(request)) != "closed":
        raise web.Refused(409, "Publish a response once the consultation has closed.")
    return web.page(request, "response_form.html", **web.layout(operator, csrf, doc=doc, errors=[],
                                                                title="", body=""))


@router.post("/consultations/{survey_id}/response")
async def publish_response(request: Request, session: web.Posted, survey_id: str) -> Response:
    operator, csrf, form = session
    doc = _editable(request, operator, survey_id)
    if consultation_state(doc, web.today(request)) != "closed":
        raise web.Refused(409, "Publish a response once the consultation has closed.")
    title = str(form.get("title") or "").strip()
    body = str(form.get("body") or "").strip()
    errors = []
    if not 1 <= len(title) <= 200:
        errors.append("Give the response a title of at most 200 characters.")
    if not 1 <= len(body) <= 4000:
        errors.append("Write what you did, in at most 4000 characters.")
    if errors:
        return web.page(request, "response_form.html", 422, **web.layout(
            operator, csrf, doc=doc, errors=errors, title=title, body=body))
    org_id = str(doc.get("organisation_id") or "")
    org_name = str(doc.get("organisation") or "") or "London's integrated care boards"
    response_id = str(uuid.uuid4())
    now = web.now(request)
    with web.context(request).store.engine.begin() as conn:
        conn.execute(insert(consultation_responses).values(
            id=response_id, survey_id=survey_id, organisation_id=org_id, organisation=org_name,
            title=title, body=body, published_on=web.today(request),
            last_modified=to_utc_naive(now)))
    web.audit(request, operator, "response.publish", f"{survey_id} {response_id}")
    return RedirectResponse("/console/consultations", status_code=303)
