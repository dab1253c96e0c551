"""The citizens' panel in the console: counts per band beside the borough's population shares,
the shares file, and the stratified invitation.

Every figure on these pages comes from `endpoint.panel.published_cells` (one protected tree
per borough, endpoint/disclosure.py) over counts frozen once per publication period; the
filters only choose which of those figures show. No
page, form or answer names a member or says how many were invited: the draw runs here on the
endpoint, its seed goes to the audit log, and the members learn of it when their app syncs.
Any signed-in operator sees the counts; editors (and admins) load shares, and invite to a
consultation of an organisation they edit for.
"""

from __future__ import annotations

import re
import secrets
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from endpoint.console import web
from endpoint.console.consultations import consultation_state
from endpoint.operators import Operator
from endpoint.panel import SharesError, as_view, draw, parse_shares, published_cells
from sync.protocol import AGE_BANDS, CARER_BANDS, LONDON_BOROUGHS

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)

MAX_SAMPLE = 10_000
_SEED = re.compile(r"[A-Za-z0-9-]{1,64}")
_CARER_WORDS = {"yes": "Carers", "no": "Not carers", "not_said": "Did not say"}


def _filters(borough: str | None, age_band: str | None) -> tuple[str | None, str | None]:
    """Unknown filter values are refused, not widened: a typo must not show another view."""
    chosen = borough or None
    band = age_band or None
    if chosen is not None and chosen not in LONDON_BOROUGHS:
        raise web.Refused(404, "There is no such London borough.")
    if band is not None and band not in AGE_BANDS:
        raise web.Refused(404, "There is no such age band.")
    return chosen, band


def _counts(request: Request) -> dict[tuple[str, str, str], int]:
    """The counts of this publication period (as `/v1/results`: a day by default), so looking
    before and after one person joins or leaves shows no difference; live when the period is 0
    (tests, demonstrations)."""
    context = web.context(request)
    publisher = context.publisher
    if publisher.period == timedelta(0):
        counts: dict[tuple[str, str, str], int] = context.store.panel_counts()
        return counts
    frozen: dict[tuple[str, str, str], int] = context.store.panel_counts_at(
        publisher.period_start(web.now(request)))
    return frozen


def _may_load(operator: Operator) -> bool:
    return operator.may_edit_anything


def _panel_page(request: Request, operator: Operator, csrf: str, *, borough: str | None,
                age_band: str | None, errors: list[str] | None = None, notice: str = "",
                status: int = 200) -> Response:
    store = web.context(request).store
    cells = published_cells(_counts(request), borough=borough, age_band=age_band)
    rows: list[dict[str, Any]] = []
    for cell in cells:
        if cell.carer is not None:
            rows[-1]["carers"].append({"label": _CARER_WORDS[cell.carer], "value": cell.value})
            continue
        rows.append({"cell": cell, "carers": []})
    shares = store.population(borough) if borough else {}
    total = next((c.value for c in cells if c.age_band is None and c.borough == borough), None)
    today = web.today(request)
    consultations = [
        doc for doc in store.list_surveys(drafts=True)
        if consultation_state(doc, today) == "open"
        and operator.may_edit(doc.get("organisation_id"))
    ]
    return web.page(request, "panel.html", status, **web.layout(
        operator, csrf, boroughs=LONDON_BOROUGHS, age_bands=AGE_BANDS, borough=borough,
        age_band=age_band, rows=rows, shares=shares, total=total, errors=errors or [],
        notice=notice, may_load=_may_load(operator), consultations=consultations,
        carer_words=[_CARER_WORDS[c] for c in CARER_BANDS]))


def _not_a_helper(operator: Operator) -> None:
    if operator.is_helper:
        raise web.Refused(403, "Helpers start assisted sessions; the panel is for analysts and "
                          "editors.")


@router.get("/panel")
def panel(request: Request, session: web.SignedIn, borough: str | None = None,
          age_band: str | None = None, drawn: str | None = None) -> Response:
    operator, csrf = session
    _not_a_helper(operator)
    chosen, band = _filters(borough, age_band)
    notice = ""
    if drawn and drawn.isdigit():
        notice = (f"Invitations were drawn for a sample of {int(drawn)}. Members learn of "
                  "theirs when their app next syncs; the seed is in the audit log.")
    return _panel_page(request, operator, csrf, borough=chosen, age_band=band, notice=notice)


@router.get("/panel/counts.json")
def panel_counts(request: Request, session: web.SignedIn, borough: str | None = None,
                 age_band: str | None = None) -> Response:
    """The figures of the same view as JSON (for a spreadsheet, and for the privacy auditor)."""
    _not_a_helper(session.operator)
    chosen, band = _filters(borough, age_band)
    cells = published_cells(_counts(request), borough=chosen, age_band=band)
    return JSONResponse(as_view(cells), headers={"Cache-Control": "no-store"})


@router.post("/panel/population")
async def load_population(request: Request, session: web.Posted) -> Response:
    """Replace a borough's population shares from an `age_band,share` CSV file."""
    operator, csrf, form = session
    if not _may_load(operator):
        raise web.Refused(403, "Only editors load population shares.")
    chosen, _ = _filters(str(form.get("borough") or ""), None)
    if chosen is None:
        raise web.Refused(422, "Choose the borough the shares are for.")
    upload = form.get("file")
    raw = b""
    if upload is not None and not isinstance(upload, str):
        raw = await upload.read(20_000)
    try:
        shares = parse_shares(raw)
    except SharesError as exc:
        return _panel_page(request, operator, csrf, borough=chosen, age_band=None,
                           errors=[str(exc)], status=422)
    web.context(request).store.set_population(chosen, shares, web.now(request))
    web.audit(request, operator, "panel.population", chosen)
    return RedirectResponse(f"/console/panel?borough={chosen}", status_code=303)


@router.post("/panel/invite")
async def invite(request: Request, session: web.Posted) -> Response:
    """Draw a sample of the borough's members, stratified by age band in proportion to the
    population shares (endpoint/panel.py), and invite it to an open consultation."""
    operator, csrf, form = session
    chosen, _ = _filters(str(form.get("borough") or ""), None)
    store = web.context(request).store
    errors: list[str] = []
    consultation_id = str(form.get("consultation") or "")
    doc = next((d for d in store.list_surveys(drafts=True) if d["id"] == consultation_id), None)
    if doc is None or consultation_state(doc, web.today(request)) != "open":
        errors.append("Choose an open consultation.")
    elif not operator.may_edit(doc.get("organisation_id")):
        raise web.Refused(403, "This consultation belongs to an organisation you do not edit for.")
    if chosen is None:
        errors.append("Choose the borough to draw from.")
    raw_size = str(form.get("size") or "").strip()
    size = int(raw_size) if raw_size.isdigit() else 0
    if not 1 <= size <= MAX_SAMPLE:
        errors.append(f"The sample size is a whole number from 1 to {MAX_SAMPLE:,}.")
    seed = str(form.get("seed") or "").strip() or secrets.token_hex(16)
    if not _SEED.fullmatch(seed):
        errors.append("A seed is up to 64 letters, digits or hyphens (or leave it empty).")
    shares = store.population(chosen) if chosen else {}
    if chosen and not shares:
        errors.append(f"Load {chosen}'s population shares first.")
    if errors:
        return _panel_page(request, operator, csrf, borough=chosen, age_band=None,
                           errors=errors, status=422)
    assert chosen is not None
    invited = draw(store.panel_members_of(chosen), shares, size, seed)
    store.invite(consultation_id, invited, web.now(request))
    web.audit(request, operator, "panel.invite",
              f"consultation={consultation_id} borough={chosen} size={size} seed={seed}")
    return RedirectResponse(f"/console/panel?borough={chosen}&drawn={size}", status_code=303)
