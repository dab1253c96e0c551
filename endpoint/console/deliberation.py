"""Deliberative consultations in the console (issue #26, point 2): an editor attaches an
information pack (sections of text and figures given as data) to a draft consultation and ticks
the questions asked before and again after it; once the consultation is open, everyone signed
in sees the pack and the published before/after figures, the same the app gets.

Like the rest of a consultation, the pack is changed only while it is a draft: people who
answered must all have read the same pack.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from endpoint.console import web
from endpoint.console.consultations import _save_survey, _survey_doc, consultation_state
from endpoint.deliberation import pairable, published_shift
from endpoint.operators import Operator
from endpoint.routers.deliberation import shift_cut
from sync.protocol import Deliberation, derived_shift

__all__ = ["FIGURE_SLOTS", "SECTION_SLOTS", "router"]

SECTION_SLOTS = 4
FIGURE_SLOTS = 3
_BAR = re.compile(r"^(?P<label>.+?)\s*[:=]\s*(?P<value>-?\d+(?:[.,]\d+)?)\s*$")

router = APIRouter(prefix="/console", include_in_schema=False)


def _form_values(doc: Mapping[str, Any]) -> dict[str, Any]:
    pack = (doc.get("deliberation") or {}).get("pack") or {}
    sections = list(pack.get("sections", []))
    figures = [
        {**f, "bars": "\n".join(f"{b['label']}: {b['value']:g}" for b in f.get("bars", []))}
        for f in pack.get("figures", [])
    ]
    blank_section = {"heading": "", "body": ""}
    blank_figure = {"title": "", "unit": "", "caption": "", "bars": ""}
    return {
        "pack_title": pack.get("title", ""),
        "sections": (sections + [blank_section] * SECTION_SLOTS)[:max(SECTION_SLOTS,
                                                                      len(sections))],
        "figures": (figures + [blank_figure] * FIGURE_SLOTS)[:max(FIGURE_SLOTS, len(figures))],
        "paired": set((doc.get("deliberation") or {}).get("paired", [])),
    }


def _from_form(form: Mapping[str, Any], doc: Mapping[str, Any]
               ) -> tuple[dict[str, Any] | None, list[str], dict[str, Any]]:
    """(the deliberation, or None to remove it; problems; what was typed, to show again)."""
    errors: list[str] = []
    title = str(form.get("pack_title") or "").strip()
    sections = []
    for n in range(SECTION_SLOTS):
        heading = str(form.get(f"s{n}_heading") or "").strip()
        body = str(form.get(f"s{n}_body") or "").strip()
        if heading or body:
            if not (heading and body):
                errors.append(f"Section {n + 1} needs both a heading and its text.")
            sections.append({"heading": heading, "body": body})
    figures = []
    typed_figures = []
    for n in range(FIGURE_SLOTS):
        fig = {name: str(form.get(f"f{n}_{name}") or "").strip()
               for name in ("title", "unit", "caption", "bars")}
        typed_figures.append(fig)
        if not any(fig.values()):
            continue
        bars = []
        for line in fig["bars"].splitlines():
            if not line.strip():
                continue
            found = _BAR.match(line.strip())
            if found is None:
                errors.append(f"Figure {n + 1}: write each bar as “label: number”, "
                              f"not “{line.strip()[:60]}”.")
                continue
            bars.append({"label": found["label"],
                         "value": float(found["value"].replace(",", "."))})
        if not fig["title"] or not bars:
            errors.append(f"Figure {n + 1} needs a title and at least one bar.")
        if not fig["caption"]:
            errors.append(f"Figure {n + 1} needs a caption saying what it shows, in words "
                          "(it is what a screen reader reads).")
        figures.append({"title": fig["title"], "unit": fig["unit"], "caption": fig["caption"],
                        "bars": bars})
    allowed = {q["id"] for q in pairable(doc)}
    paired = [q["id"] for q in doc.get("questions", [])
              if form.get(f"pair_{q['id']}") and q["id"] in allowed]
    typed = {"pack_title": title, "sections": sections, "figures": typed_figures,
             "paired": set(paired)}
    if not title and not sections and not figures and not paired:
        return None, errors, typed  # everything cleared: an ordinary consultation again
    if not title:
        errors.append("Give the information pack a title.")
    if not sections:
        errors.append("Write at least one section of the pack.")
    if not paired:
        errors.append("Tick at least one question to ask before and after the pack.")
    deliberation = {"pack": {"title": title, "sections": sections, "figures": figures},
                    "paired": paired}
    if not errors:
        try:
            Deliberation.model_validate(deliberation)
        except ValidationError as exc:
            errors.extend(f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return deliberation, errors, typed


def _page(request: Request, operator: Operator, csrf: str, doc: Mapping[str, Any],
          values: Mapping[str, Any], errors: list[str], status: int = 200) -> Response:
    state = consultation_state(doc, web.today(request))
    shift = None
    if state != "draft" and doc.get("deliberation"):
        published = published_shift(web.context(request).store, doc,
                                     shift_cut(web.context(request)))
        labels = {q["id"]: {o["id"]: o["label"] for o in q["options"]}
                  for q in doc.get("questions", [])}
        texts = {q["id"]: q["text"] for q in doc.get("questions", [])}
        shift = [
            {"text": texts.get(q.question_id, q.question_id), "respondents": q.respondents,
             "skipped": q.skipped_pack,
             "rows": [{"label": labels.get(q.question_id, {}).get(option, option),
                       "pair": pair} for option, pair in derived_shift(q).items()]}
            for q in published.questions
        ]
    return web.page(request, "deliberation_pack.html", status, **web.layout(
        operator, csrf, doc=doc, state=state, editable=state == "draft" and operator.may_edit(
            doc.get("organisation_id")), questions=pairable(doc), errors=errors, shift=shift,
        **values))


@router.get("/consultations/{survey_id}/pack")
def pack_page(request: Request, session: web.SignedIn, survey_id: str) -> Response:
    operator, csrf = session
    doc = _survey_doc(request, survey_id)
    if doc.get("draft") and not operator.may_edit(doc.get("organisation_id")):
        raise web.Refused(403, "This draft belongs to an organisation you do not edit for.")
    return _page(request, operator, csrf, doc, _form_values(doc), [])


@router.post("/consultations/{survey_id}/pack")
async def save_pack(request: Request, session: web.Posted, survey_id: str) -> Response:
    operator, csrf, form = session
    doc = _survey_doc(request, survey_id)
    if not operator.may_edit(doc.get("organisation_id")):
        raise web.Refused(403, "This consultation belongs to an organisation you do not edit "
                          "for.")
    if not doc.get("draft"):
        raise web.Refused(409, "An opened consultation cannot be changed: people may have "
                          "read its pack.")
    deliberation, errors, typed = _from_form(form, doc)
    if errors:
        return _page(request, operator, csrf, doc, typed, errors, 422)
    if deliberation is None:
        doc.pop("deliberation", None)
    else:
        doc["deliberation"] = deliberation
    _save_survey(request, doc)
    web.audit(request, operator,
              "consultation.pack" if deliberation else "consultation.pack_removed", survey_id)
    return RedirectResponse("/console/consultations", status_code=303)
