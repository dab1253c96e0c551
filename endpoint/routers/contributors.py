"""Contributors and their contributions: the only routes that write what people send.

A contributor is created from nothing (no name, no NHS number) and authenticates with a random
bearer token; a token only ever reaches its own contributor's rows. A batch is checked against
the surveys and the directory's categories before anything is stored, and each item's id is its
idempotency key, so a client may always retry. Withdrawal deletes everything the token sent.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Body, Request
from fastapi.responses import Response

from endpoint.budgets import check_ballots
from endpoint.deps import AppContext, ContributorId, Ctx, error_responses, hash_token
from endpoint.errors import ApiError, summary
from endpoint.limits import client_address
from endpoint.routers.deliberation import check_pairs
from endpoint.store import ContributorGoneError
from sync.protocol import (
    API_PREFIX,
    BatchResult,
    Contribution,
    ContributionBatch,
    ContributionList,
    ContributionRecord,
    ContributorCreated,
    ContributorRequest,
    ErrorDetail,
    ItemResult,
    OutcomeReport,
    SurveyAnswer,
    WithdrawalResult,
)

__all__ = ["router"]

router = APIRouter(prefix=API_PREFIX)


@router.post(
    "/contributors",
    status_code=201,
    response_model=ContributorCreated,
    responses=error_responses(400, 422, 429),
    tags=["contributors"],
)
def register(
    request: Request,
    context: Ctx,
    _body: Annotated[ContributorRequest | None, Body()] = None,
) -> ContributorCreated:
    """Create a pseudonymous contributor. Takes no input: no name, no NHS number, nothing.

    The body may be absent or `{}`; any field in it is refused (422).
    """
    context.registrations.check(f"address:{client_address(request.scope, context.trusted_proxies)}")
    contributor_id = str(uuid.uuid4())
    token = secrets.token_urlsafe(32)
    context.store.create_contributor(contributor_id, hash_token(token), context.now())
    return ContributorCreated(contributor_id=contributor_id, token=token)


def _check_references(context: AppContext, items: Sequence[Contribution]) -> set[str]:
    """Survey answers must name a real survey, question and option, and may carry free text
    only where the question invites it (`allow_text`); otherwise the whole batch fails.

    Service ids in feedback are not checked: the directory may drop a service while a person
    is offline, and their outbox must still drain. An outcome's category must be a taxonomy
    code the directory uses: a category is a short word from a closed list, and anything
    else is where identifying text could creep in. Budget ballots are checked by
    `endpoint.budgets.check_ballots`; the ids of those too late to count are returned.
    """
    _check_categories(context, items)
    late_ballots = check_ballots(context.store, items, context.today())
    check_pairs(context, items)
    answers = [
        (i, item.body) for i, item in enumerate(items) if isinstance(item.body, SurveyAnswer)
    ]
    if not answers:
        return late_ballots
    index = context.store.survey_index()
    details = []
    for i, answer in answers:
        assert isinstance(answer, SurveyAnswer)
        where = f"items[{i}].body"
        questions = index.get(answer.survey_id)
        if questions is None:
            details.append(
                ErrorDetail(location=f"{where}.survey_id", problem="is not a known survey")
            )
        elif answer.question_id not in questions:
            details.append(
                ErrorDetail(
                    location=f"{where}.question_id", problem="is not a question of this survey"
                )
            )
        else:
            rules = questions[answer.question_id]
            if answer.option_id is not None and answer.option_id not in rules.options:
                details.append(
                    ErrorDetail(
                        location=f"{where}.option_id", problem="is not an option of this question"
                    )
                )
            if answer.text is not None and not rules.allow_text:
                # Unasked-for free text is where identifying details creep in: refuse it.
                details.append(
                    ErrorDetail(location=f"{where}.text", problem="is not invited by this question")
                )
    if details:
        raise ApiError(422, "unknown_reference", summary(details), details=details)
    return late_ballots


def _check_categories(context: AppContext, items: Sequence[Contribution]) -> None:
    outcomes = [
        (i, item.body) for i, item in enumerate(items) if isinstance(item.body, OutcomeReport)
    ]
    if not outcomes:
        return
    known = context.store.category_codes()
    details = [
        ErrorDetail(location=f"items[{i}].body.category",
                    problem="is not a category of the directory")
        for i, body in outcomes
        if isinstance(body, OutcomeReport) and body.category not in known
    ]
    if details:
        raise ApiError(422, "unknown_reference", summary(details), details=details)


@router.post(
    "/contributions",
    response_model=BatchResult,
    responses=error_responses(400, 401, 413, 422, 429),
    tags=["contributions"],
)
def post_contributions(
    batch: ContributionBatch, contributor_id: ContributorId, context: Ctx
) -> BatchResult:
    """Store a batch of contributions in one transaction.

    Each item's `id` is its idempotency key: an id already stored (by an earlier attempt, or
    earlier in the same batch) is reported as `duplicate` and not stored again, so a client
    can always retry a batch whose answer it never saw.
    """
    late_ballots = _check_references(context, batch.items)
    seen: set[uuid.UUID] = set()
    first_time: list[Contribution] = []
    for item in batch.items:
        if item.id not in seen:
            seen.add(item.id)
            first_time.append(item)
    try:
        inserted = context.store.add_contributions(contributor_id, first_time, context.now(),
                                                   uncounted=late_ballots)
    except ContributorGoneError as exc:
        raise ApiError(401, "invalid_token", "This contributor has been withdrawn.") from exc
    results: list[ItemResult] = []
    reported: set[uuid.UUID] = set()
    for item in batch.items:
        is_new = str(item.id) in inserted and item.id not in reported
        reported.add(item.id)
        results.append(ItemResult(id=item.id, status="accepted" if is_new else "duplicate"))
    accepted = sum(result.status == "accepted" for result in results)
    return BatchResult(accepted=accepted, duplicate=len(results) - accepted, items=results)


@router.get(
    "/contributors/me/contributions",
    response_model=ContributionList,
    responses=error_responses(401, 429),
    tags=["contributors"],
)
def my_contributions(contributor_id: ContributorId, context: Ctx) -> Response:
    """The ledger of what this token has sent: ids, kinds and times, never the contents."""
    records = [
        ContributionRecord.model_validate(row)
        for row in context.store.list_contributions(contributor_id)
    ]
    body = ContributionList(contributor_id=contributor_id, items=records)
    return Response(
        content=body.model_dump_json(),
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


@router.delete(
    "/contributors/me",
    response_model=WithdrawalResult,
    responses=error_responses(401, 429),
    tags=["contributors"],
)
def withdraw(contributor_id: ContributorId, context: Ctx) -> WithdrawalResult:
    """Withdraw: delete this contributor and everything it sent. The token stops working."""
    deleted = context.store.withdraw(contributor_id, context.now())
    return WithdrawalResult(deleted_contributions=deleted)
