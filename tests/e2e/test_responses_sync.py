"""'You said, we did' in the app: GET /v1/responses pulled by sync_now into the vault's cache,
only with the `surveys` consent, conditionally, tolerated when an older server lacks it, and
shown in Taking part only for consultations this person answered."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from endpoint.app import create_app
from endpoint.store import consultation_responses
from endpoint.testing import serve
from sync import consent, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import cached_responses, cached_surveys, sync_now
from sync.tokens import tokens_of

TODAY = date(2026, 12, 1)


def _respond(app: Any, survey_id: str, title: str) -> None:
    with app.state.context.store.engine.begin() as conn:
        conn.execute(insert(consultation_responses).values(
            id=str(uuid.uuid4()), survey_id=survey_id, organisation_id="org",
            organisation="Hackney Council", title=title,
            body="You said \u202eevil\u202c; we did\x07 this.", published_on=TODAY,
            last_modified=datetime.now(UTC).replace(tzinfo=None)))


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    app = create_app(f"sqlite:///{tmp_path / 'e.db'}", today=lambda: TODAY,
                     results_period=timedelta(0))
    with serve(app) as base:
        yield base, app


def _client(base: str) -> EndpointClient:
    return EndpointClient(base, retries=2, backoff=0.01)


def test_responses_come_only_with_the_surveys_consent(vault: Any, live: tuple[str, Any]
                                                      ) -> None:
    base, app = live
    surveys = app.state.context.store.list_surveys()
    _respond(app, surveys[0]["id"], "Buses every 12 minutes")
    _respond(app, surveys[1]["id"], "Lunch clubs stay open")
    state.set_endpoint(vault, base)
    consent.record(vault, "feedback", "given")
    sync_now(Here(vault), _client(base), tokens_of(vault))
    assert cached_responses(vault).responses == []

    consent.record(vault, "surveys", "given")
    report = sync_now(Here(vault), _client(base), tokens_of(vault))
    assert report.responses_updated
    cached = cached_responses(vault).responses
    assert {r.title for r in cached} == {"Buses every 12 minutes", "Lunch clubs stay open"}
    assert all("\u202e" not in r.body and "\x07" not in r.body for r in cached)  # cleaned
    again = sync_now(Here(vault), _client(base), tokens_of(vault))
    assert not again.responses_updated  # 304: the cache is current

    from ui.views import participation

    assert participation.load(vault).responses == []  # answered nothing yet
    survey = next(s for s in cached_surveys(vault).surveys if s.id == surveys[0]["id"])
    question = survey.questions[0]
    outbox.queue_survey_answer(vault, survey.id, question.id, question.options[0].id)
    shown = participation.load(vault).responses
    assert [r.title for r in shown] == ["Buses every 12 minutes"]


def test_an_older_server_without_responses_still_syncs(vault: Any, tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'old.db'}", today=lambda: TODAY)

    async def older(scope: Any, receive: Any, send: Any) -> None:
        """The same server as it was before /v1/responses: 404 with the API's error body."""
        if scope["type"] == "http" and scope["path"] == "/v1/responses":
            body = b'{"error": {"code": "not_found", "message": "Not Found", "details": []}}'
            await send({"type": "http.response.start", "status": 404,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    with serve(older) as base:
        state.set_endpoint(vault, base)
        consent.record(vault, "surveys", "given")
        report = sync_now(Here(vault), _client(base), tokens_of(vault))
    assert report.surveys == 2 and not report.responses_updated
    assert cached_responses(vault).responses == []
