"""Accountability and help at the community centre in the console (issue #26, points 4, 5).

* Commitments: an editor turns a published "you said, we did" response into commitments with
  milestones, then posts dated updates (percentage, status, what happened). Public at once.
* Paper responses: an editor types in a batch of paper forms for one of their consultations
  (how many forms, and per option how many ticked it); each batch is counted as "paper".
* Assisted sessions: a helper (or an admin) asks for a one-time code to type into the app on
  the centre's PC. The code is shown once, stored only as a hash with no operator id; the
  audit row says that this helper asked for a code, never which code.

Every page checks the role (403 otherwise), every post its CSRF token, every change is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from endpoint.console import web
from endpoint.console.consultations import consultation_state
from endpoint.operators import Operator
from endpoint.store import consultation_responses
from endpoint.store.accountability import HELPER_CODE_LIFETIME
from sync.protocol import COMMITMENT_STATUSES

__all__ = ["STATUS_WORDS", "router"]

router = APIRouter(prefix="/console", include_in_schema=False)

STATUS_WORDS = {"planned": "Planned", "in_progress": "In progress", "done": "Done",
                "dropped": "Dropped"}
MAX_PAPER_FORMS = 100_000


def _editor(operator: Operator) -> None:
    if not operator.may_edit_anything:
        raise web.Refused(403, "Only the editors of an organisation can do this.")


# --- commitments --------------------------------------------------------------------------


def _my_responses(request: Request, operator: Operator) -> list[dict[str, Any]]:
    r = consultation_responses.c
    with web.context(request).store.engine.connect() as conn:
        rows = conn.execute(select(r.id, r.survey_id, r.organisation_id, r.title)
                            .order_by(r.published_on.desc(), r.id)).all()
    return [dict(row._mapping) for row in rows if operator.may_edit(row.organisation_id)]


def _commitments_page(request: Request, operator: Operator, csrf: str, errors: list[str],
                      status: int = 200) -> Response:
    responses = _my_responses(request, operator)
    mine = {row["id"] for row in responses}
    docs, _ = web.context(request).store.commitments()
    return web.page(request, "commitments.html", status, **web.layout(
        operator, csrf, responses=responses, errors=errors, statuses=STATUS_WORDS,
        commitments=[doc for doc in docs if doc["response_id"] in mine],
        today=web.today(request).isoformat()))


@router.get("/commitments")
def commitments_page(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    _editor(operator)
    return _commitments_page(request, operator, csrf, [])


@router.post("/commitments/new")
async def add_commitment(request: Request, session: web.Posted) -> Response:
    operator, csrf, form = session
    _editor(operator)
    response_id = str(form.get("response") or "")
    if response_id not in {row["id"] for row in _my_responses(request, operator)}:
        raise web.Refused(403, "This response belongs to an organisation you do not edit for.")
    title = str(form.get("title") or "").strip()
    milestones, errors = _milestones(str(form.get("milestones") or ""))
    if not 1 <= len(title) <= 200:
        errors.insert(0, "Say what you committed to, in at most 200 characters.")
    if errors:
        return _commitments_page(request, operator, csrf, errors, 422)
    made = web.context(request).store.add_commitment(response_id, title, milestones,
                                                     web.now(request))
    web.audit(request, operator, "commitment.create", made)
    return RedirectResponse("/console/commitments", status_code=303)


def _milestones(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """One milestone a line: "2027-03-31 New ramp at the entrance", the date optional."""
    found: list[dict[str, Any]] = []
    errors: list[str] = []
    for number, line in enumerate((x.strip() for x in text.splitlines()), start=1):
        if not line:
            continue
        head, _, rest = line.partition(" ")
        due: str | None = None
        try:
            due = date.fromisoformat(head).isoformat()
            line = rest.strip()
        except ValueError:
            pass
        if not 1 <= len(line) <= 200:
            errors.append(f"Milestone {number} needs words after its date (at most 200).")
            continue
        found.append({"title": line, "due_on": due, "done": False})
    if len(found) > 20:
        errors.append("At most 20 milestones.")
    return found, errors


@router.post("/commitments/{commitment_id}/update")
async def update_commitment(request: Request, session: web.Posted, commitment_id: str) -> Response:
    operator, csrf, form = session
    store = web.context(request).store
    owner = store.commitment_owner(commitment_id)
    if owner is None:
        raise web.Refused(404, "There is no such commitment.")
    if not operator.may_edit(owner[0]):
        raise web.Refused(403, "This commitment belongs to an organisation you do not edit for.")
    errors: list[str] = []
    text = str(form.get("text") or "").strip()
    status = str(form.get("status") or "")
    try:
        percent = int(str(form.get("percent") or ""))
        if not 0 <= percent <= 100:
            raise ValueError
    except ValueError:
        percent = 0
        errors.append("Give the percentage complete as a whole number from 0 to 100.")
    try:
        on = date.fromisoformat(str(form.get("on") or ""))
        if on > web.today(request):
            errors.append("An update is about what has happened: its date cannot be later "
                          "than today.")
    except ValueError:
        on = web.today(request)
        errors.append("Give the update's date as year-month-day, e.g. 2027-03-31.")
    if status not in COMMITMENT_STATUSES:
        errors.append("Choose a status.")
    if not 1 <= len(text) <= 4000:
        errors.append("Say what happened, in at most 4000 characters.")
    if errors:
        return _commitments_page(request, operator, csrf, errors, 422)
    done = [int(key[10:]) for key in form if key.startswith("milestone-") and key[10:].isdigit()]
    store.update_commitment(commitment_id, on=on, percent=percent, status=status, text=text,
                            milestones_done=done, now=web.now(request))
    web.audit(request, operator, "commitment.update", commitment_id)
    return RedirectResponse("/console/commitments", status_code=303)


# --- paper responses ----------------------------------------------------------------------


def _paper_survey(request: Request, operator: Operator, survey_id: str) -> dict[str, Any]:
    _editor(operator)
    for doc in web.context(request).store.list_surveys():
        if doc["id"] == survey_id:
            if not operator.may_edit(doc.get("organisation_id")):
                raise web.Refused(403, "This consultation belongs to an organisation you do "
                                  "not edit for.")
            return doc
    raise web.Refused(404, "There is no such opened consultation.")


@router.get("/paper")
def paper_page(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    _editor(operator)
    store, today = web.context(request).store, web.today(request)
    surveys = [dict(doc, state=consultation_state(doc, today)) for doc in store.list_surveys()
               if operator.may_edit(doc.get("organisation_id"))]
    titles = {doc["id"]: doc["title"] for doc in surveys}
    batches = [b for b in store.paper_batches() if b["survey_id"] in titles]
    return web.page(request, "paper.html", **web.layout(
        operator, csrf, surveys=surveys, batches=batches, titles=titles))


def _paper_form(request: Request, operator: Operator, csrf: str, doc: Mapping[str, Any],
                errors: list[str], values: Mapping[str, Any], status: int = 200) -> Response:
    return web.page(request, "paper_form.html", status, **web.layout(
        operator, csrf, doc=doc, errors=errors, values=values,
        questions=[q for q in doc.get("questions", []) if q.get("options")]))


@router.get("/paper/{survey_id}")
def paper_form(request: Request, session: web.SignedIn, survey_id: str) -> Response:
    operator, csrf = session
    doc = _paper_survey(request, operator, survey_id)
    return _paper_form(request, operator, csrf, doc, [], {})


@router.post("/paper/{survey_id}")
async def add_paper_batch(request: Request, session: web.Posted, survey_id: str) -> Response:
    """One batch, checked whole before anything is stored: a question cannot have more ticks
    than there are forms (a multiple-choice option is its own yes-only question)."""
    operator, csrf, form = session
    doc = _paper_survey(request, operator, survey_id)
    errors: list[str] = []

    def number(key: str, label: str) -> int:
        raw = str(form.get(key) or "0").strip() or "0"
        if not raw.isdigit() or int(raw) > MAX_PAPER_FORMS:
            errors.append(f"{label}: give a whole number from 0 to {MAX_PAPER_FORMS:,}.")
            return 0
        return int(raw)

    forms = number("forms", "Paper forms in this batch")
    if not errors and forms == 0:
        errors.append("Say how many paper forms are in this batch.")
    counts: dict[str, dict[str, int]] = {}
    for question in doc.get("questions", []):
        per_option = {option["id"]: number(f"{question['id']}:{option['id']}",
                                           f"{question['text']} - {option['label']}")
                      for option in question.get("options", [])}
        if sum(per_option.values()) > forms:
            errors.append(f"{question['text']}: more answers than paper forms in the batch.")
        if any(per_option.values()):
            counts[str(question["id"])] = per_option
    if errors:
        return _paper_form(request, operator, csrf, doc, errors, form, 422)
    batch = web.context(request).store.add_paper_batch(survey_id, forms, counts,
                                                       web.today(request))
    web.audit(request, operator, "paper.batch", f"{survey_id} {batch}")
    return RedirectResponse("/console/paper", status_code=303)


# --- assisted sessions --------------------------------------------------------------------


def _helper(operator: Operator) -> None:
    if not operator.may_start_assisted:
        raise web.Refused(403, "Only helpers at a community centre start assisted sessions.")


@router.get("/assisted")
def assisted_page(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    _helper(operator)
    return web.page(request, "assisted.html", **web.layout(
        operator, csrf, code=None, minutes=int(HELPER_CODE_LIFETIME.total_seconds() // 60)))


@router.post("/assisted/code")
async def assisted_code(request: Request, session: web.Posted) -> Response:
    operator, csrf, _form = session
    _helper(operator)
    code = web.context(request).store.new_helper_code(web.now(request))
    web.audit(request, operator, "assisted.code", "one-time code")  # never the code itself
    return web.page(request, "assisted.html", **web.layout(
        operator, csrf, code=code, minutes=int(HELPER_CODE_LIFETIME.total_seconds() // 60)))
