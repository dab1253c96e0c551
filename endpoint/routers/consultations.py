"""Consultations: the surveys open today and what organisations did after closed ones.

Both are public reads that every desktop sync makes, answered with conditional GET so an
unchanged list costs a 304.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from endpoint.deps import NOT_MODIFIED, Ctx, conditional_json
from sync.protocol import (
    API_PREFIX,
    ConsultationResponse,
    ConsultationResponseList,
    Survey,
    SurveyList,
)

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)


@router.get(
    "/surveys",
    response_model=SurveyList,
    responses=NOT_MODIFIED,
    tags=["consultations"],
)
def open_surveys(request: Request, context: Ctx) -> Response:
    """Consultations still open today (public)."""
    documents = context.store.list_surveys(open_on=context.today())
    body = SurveyList(surveys=[Survey.model_validate(doc) for doc in documents])
    return conditional_json(request, body, context.store.surveys_last_modified())


@router.get(
    "/responses",
    response_model=ConsultationResponseList,
    responses=NOT_MODIFIED,
    tags=["consultations"],
)
def consultation_responses(request: Request, context: Ctx) -> Response:
    """"You said, we did": what organisations did after their consultations closed (public)."""
    documents, last_modified = context.store.consultation_responses()
    body = ConsultationResponseList(
        responses=[ConsultationResponse.model_validate(doc) for doc in documents])
    return conditional_json(request, body, last_modified)
