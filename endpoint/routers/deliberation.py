"""Deliberative consultations: the published shift, and the checks on a before/after pair.

The shift is cut at the start of the current publication period (endpoint/publishing.py), like
`/v1/results`: two downloads in one period are the same, so a reader cannot learn one person's
pair by downloading just before and just after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from fastapi import APIRouter

from endpoint.deliberation import paired_questions, published_shift
from endpoint.deps import AppContext, Ctx
from endpoint.errors import ApiError, summary
from sync.protocol import (
    API_PREFIX,
    Contribution,
    DeliberationAnswer,
    DeliberationResults,
    ErrorDetail,
)

__all__ = ["check_pairs", "router", "shift_cut"]

router = APIRouter(prefix=API_PREFIX)


def shift_cut(context: AppContext) -> datetime | None:
    """The start of the current publication period (None when publishing live)."""
    publisher = context.publisher
    if publisher is None or not publisher.period:
        return None
    return publisher.period_start(context.now())


@router.get(
    "/surveys/{survey_id}/shift",
    response_model=DeliberationResults,
    tags=["consultations"],
)
def survey_shift(survey_id: str, context: Ctx) -> DeliberationResults:
    """The answers before and after the information pack, never who moved where (public,
    k >= 10; see endpoint/deliberation.py)."""
    document = next((d for d in context.store.list_surveys() if d["id"] == survey_id), None)
    if document is None or not document.get("deliberation"):
        raise ApiError(404, "not_found", "No deliberative consultation has this id.")
    return published_shift(context.store, document, shift_cut(context))


def check_pairs(context: AppContext, items: Sequence[Contribution]) -> None:
    """A pair must name an open deliberative consultation, one of its paired questions, and
    options of that question; otherwise the whole batch fails, as for survey answers."""
    pairs = [(i, item.body) for i, item in enumerate(items)
             if isinstance(item.body, DeliberationAnswer)]
    if not pairs:
        return
    documents = {d["id"]: d for d in context.store.list_surveys()}
    details = []
    for i, pair in pairs:
        assert isinstance(pair, DeliberationAnswer)
        where = f"items[{i}].body"
        document = documents.get(pair.survey_id)
        if document is None or not document.get("deliberation"):
            details.append(ErrorDetail(location=f"{where}.survey_id",
                                       problem="is not a deliberative consultation"))
            continue
        question = next((q for q in paired_questions(document) if q["id"] == pair.question_id),
                        None)
        if question is None:
            details.append(ErrorDetail(location=f"{where}.question_id",
                                       problem="is not asked before and after the pack"))
            continue
        options = {o["id"] for o in question["options"]}
        for name in ("before", "after"):
            if getattr(pair, name) not in options:
                details.append(ErrorDetail(location=f"{where}.{name}",
                                           problem="is not an option of this question"))
    if details:
        raise ApiError(422, "unknown_reference", summary(details), details=details)
