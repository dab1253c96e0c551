"""Free text (remarks) in the console, for the editors of the organisation it was addressed to.

FFT comments and text answers are stored encrypted and never published; this page is the one
place they are read, by nobody else (not an admin, not an analyst), and each reading is audited.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from endpoint.console import web

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)


@router.get("/remarks")
def remarks(request: Request, session: web.SignedIn) -> Response:
    """Free-text remarks (FFT comments on one's services, text answers to one's consultations),
    decrypted by `Store.comments_for` for the editors of the organisation they were addressed
    to and nobody else (not an admin, not an analyst). No contributor, time or link between two
    texts is shown; they are grouped by service or question and sorted by text."""
    operator, csrf = session
    if operator.role != "editor":
        raise web.Refused(403, "Remarks are read only by the editors of the organisation they "
                          "were written to.")
    store = web.context(request).store
    names = web.operators(request).organisations()
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
        web.audit(request, operator, "remarks.view", org)
    return web.page(request, "remarks.html", **web.layout(operator, csrf, groups=groups))
