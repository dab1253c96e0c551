"""Accountability and assisted sessions between the app's sync code and the real endpoint over
HTTP: commitments pulled with the `surveys` consent, conditionally, and readable offline; an
assisted session started with a helper's one-time code, ended at 30 minutes (injected clock),
its answers sent marked "assisted" under a contributor of their own, kept in the vault when the
centre is offline and sent at the next sync, with no trace of the helper anywhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from endpoint.app import create_app
from endpoint.store import assisted_contributions, contributions, contributors
from endpoint.testing import serve
from sync import assisted, commitments, consent, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import cached_commitments, cached_surveys, sync_now
from sync.errors import ServerRefused, SyncError
from sync.tokens import tokens_of
from tests.unit.endpoint.conftest import RunningEndpoint
from tests.unit.endpoint.test_console import PASSWORD, Console

TODAY = date(2026, 12, 1)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    app = create_app(f"sqlite:///{tmp_path / 'e.db'}", today=lambda: TODAY,
                     results_period=timedelta(0))
    with serve(app) as base:
        yield base, app


def _client(base: str) -> EndpointClient:
    return EndpointClient(base, retries=1, backoff=0.01)


def _commitment(app: Any, survey_id: str) -> str:
    from sqlalchemy import insert

    from endpoint.store import consultation_responses

    store = app.state.context.store
    with store.engine.begin() as conn:
        conn.execute(insert(consultation_responses).values(
            id="r1", survey_id=survey_id, organisation_id="org", organisation="Hackney Council",
            title="Buses", body="We asked TfL.", published_on=TODAY,
            last_modified=datetime(2026, 12, 1, 9, tzinfo=UTC).replace(tzinfo=None)))
    made: str = store.add_commitment("r1", "A bus every 12 minutes",
                                     [{"title": "Ask TfL", "due_on": None, "done": False}],
                                     datetime(2026, 12, 1, 9, tzinfo=UTC))
    return made


def test_commitments_are_pulled_followed_and_read_offline(vault: Any, live: tuple[str, Any]
                                                         ) -> None:
    base, app = live
    survey = app.state.context.store.list_surveys()[0]
    made = _commitment(app, survey["id"])
    state.set_endpoint(vault, base)
    consent.record(vault, "feedback", "given")
    sync_now(Here(vault), _client(base), tokens_of(vault))
    assert cached_commitments(vault).commitments == []  # not without `surveys`
    consent.record(vault, "surveys", "given")
    assert sync_now(Here(vault), _client(base), tokens_of(vault)).commitments_updated
    assert commitments.answered_commitments(vault) == []  # answered nothing yet
    question = cached_surveys(vault).surveys[0].questions[0]
    outbox.queue_survey_answer(vault, survey["id"], question.id, question.options[0].id)
    commitments.follow(vault, made)
    assert not sync_now(Here(vault), _client(base), tokens_of(vault)).commitments_updated  # 304
    app.state.context.store.update_commitment(
        made, on=TODAY, percent=40, status="in_progress", text="TfL said yes.",
        milestones_done=[0], now=datetime(2026, 12, 1, 10, tzinfo=UTC))
    assert sync_now(Here(vault), _client(base), tokens_of(vault)).commitments_updated
    # Offline now: the server is gone for this read, the cache answers.
    (shown,) = commitments.answered_commitments(vault)
    assert (shown.percent, shown.status, shown.milestones[0].done) == (40, "in_progress", True)
    assert [u.text for u in shown.updates] == ["TfL said yes."]
    assert commitments.followed(vault) == {made}


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


def _helper_code(app: Any, base: str) -> str:
    ops = app.state.operators
    ops.add("hal", PASSWORD, "helper", now=app.state.context.now())
    console = Console(RunningEndpoint(base_url=base, app=app))
    console.login("hal")
    page = console.post("/console/assisted/code").text
    return page.split("<strong>")[-1].split("</strong>")[0]


def test_an_assisted_session_ends_at_30_minutes_and_is_sent_on_its_own(
    vault: Any, live: tuple[str, Any]
) -> None:
    base, app = live
    survey = app.state.context.store.list_surveys()[0]
    question = survey["questions"][0]
    state.set_endpoint(vault, base)
    client = _client(base)
    code = _helper_code(app, base)
    assert client.start_assisted(code).minutes == 30
    with pytest.raises(ServerRefused):
        client.start_assisted(code)  # once only
    clock = Clock()
    session = assisted.AssistedSession(now=clock)
    session.start("pl")
    assisted.record_consent(vault, "pl", consent.TEXTS["surveys"].version, clock())
    session.answer(survey["id"], question["id"], question["options"][0]["id"], None)
    assisted.hold(vault, session.id, session.answers)
    clock.at += timedelta(minutes=29, seconds=59)
    assert not session.expired() and session.remaining() == timedelta(seconds=1)
    clock.at += timedelta(seconds=1)
    assert session.expired()
    with pytest.raises(SyncError):
        session.answer(survey["id"], question["id"], question["options"][0]["id"], None)
    session.end("timeout")
    # A second person on the same PC, who leaves early.
    other = assisted.AssistedSession(now=clock)
    other.start("ur")
    other.answer(survey["id"], question["id"], question["options"][1]["id"], None)
    assisted.hold(vault, other.id, other.answers)
    other.end("left")
    assert assisted.held_sessions(vault) == 2
    # The centre's own profile has agreed to nothing: the held sessions go all the same.
    report = sync_now(Here(vault), client, tokens_of(vault))
    assert report.assisted_sent == 2 and report.sent == 0
    assert assisted.held_sessions(vault) == 0
    store = app.state.context.store
    with store.engine.connect() as conn:
        people = conn.execute(select(func.count(func.distinct(contributions.c.contributor_id)))
                              ).scalar_one()
        marked = conn.execute(select(func.count()).select_from(assisted_contributions)
                              ).scalar_one()
        registered = conn.execute(select(func.count()).select_from(contributors)).scalar_one()
    assert (people, marked, registered) == (2, 2, 2)  # one contributor per session
    assert store.channel_people()[survey["id"]] == {"online": 0, "assisted": 2, "paper": 0}
    # Nothing about the helper or the code on this computer or at the endpoint.
    held = json.dumps([state.get(vault, key) for key in ("assisted:held", "assisted:consents")])
    assert "hal" not in held and code not in held
    assert [c["language"] for c in assisted.consents(vault)] == ["pl"]
    assert tokens_of(vault).get("surveys") is None  # the centre's own pseudonym was not used


def test_an_offline_centre_keeps_the_session_until_the_next_sync(
    vault: Any, live: tuple[str, Any]
) -> None:
    base, app = live
    survey = app.state.context.store.list_surveys()[0]
    question = survey["questions"][0]
    session = assisted.AssistedSession()
    session.start("en_GB")
    session.answer(survey["id"], question["id"], question["options"][0]["id"], None)
    assisted.hold(vault, session.id, session.answers)
    offline = EndpointClient("http://127.0.0.1:9", retries=0, backoff=0.01)
    with pytest.raises(SyncError):
        assisted.send_held(Here(vault), offline)
    assert assisted.held_sessions(vault) == 1
    state.set_endpoint(vault, base)
    assert sync_now(Here(vault), _client(base), tokens_of(vault)).assisted_sent == 1
    assert assisted.held_sessions(vault) == 0
