"""Assisted sessions at a community centre (issue #26, point 5), the part without Qt.

A helper (a console role) gives a one-time code; the app spends it at the endpoint, then the
person chooses their language, reads the consent text in it and agrees on the screen. What
they answer is held in memory, marked `assisted`, and sent when the session ends (the person
leaves, the app locks, or 30 minutes pass) under a contributor made for this session alone and
forgotten straight after: the endpoint counts each assisted person once, and nothing ties
their answers to the centre's own profile, to another person helped on the same PC, or to the
helper (the app never learns who the helper is; the code is dropped once spent).

Each answer is also written to the vault's sync state at once (one entry per session, keyed
by a random session id that never leaves the computer), so an app that locks or closes
mid-session loses nothing: the entry goes at the end of the session, or at the next sync when
the centre is offline, each session still under its own new contributor.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from planner.vault.vault import Vault
from sync import state
from sync.access import VaultCall
from sync.client import EndpointClient
from sync.errors import SyncError
from sync.protocol import ASSISTED_SESSION_MINUTES, Contribution, SurveyAnswer

__all__ = [
    "SESSION_LENGTH",
    "AssistedSession",
    "consents",
    "held_sessions",
    "hold",
    "record_consent",
    "send_held",
    "send_session",
]

SESSION_LENGTH = timedelta(minutes=ASSISTED_SESSION_MINUTES)
_HELD = "assisted:held"
_CONSENTS = "assisted:consents"


@dataclass
class AssistedSession:
    """One person's turn at the centre's PC. `now` is injected so tests can move time."""

    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    started_at: datetime | None = None
    ended_reason: str | None = None
    language: str | None = None
    answers: list[Contribution] = field(default_factory=list)
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def start(self, language: str) -> None:
        self.started_at = self.now()
        self.language = language

    @property
    def active(self) -> bool:
        return self.started_at is not None and self.ended_reason is None

    def remaining(self) -> timedelta:
        if self.started_at is None:
            return SESSION_LENGTH
        return max(timedelta(0), self.started_at + SESSION_LENGTH - self.now())

    def expired(self) -> bool:
        return self.started_at is not None and self.remaining() <= timedelta(0)

    def answer(self, survey_id: str, question_id: str, option_id: str | None,
               text: str | None) -> Contribution:
        """Validated now, like the outbox, so the person sees a problem while still here."""
        if not self.active or self.expired():
            raise SyncError("The assisted session has ended.")
        item = Contribution(
            id=uuid.uuid4(), purpose="surveys", created_at=self.now(),
            body=SurveyAnswer(survey_id=survey_id, question_id=question_id, option_id=option_id,
                              text=text or None, assisted=True),
        )
        self.answers.append(item)
        return item

    def end(self, reason: str) -> list[Contribution]:
        """End it (the person left, the app locked, time ran out); the answers to send."""
        if self.ended_reason is None:
            self.ended_reason = reason
        answers, self.answers = self.answers, []
        return answers


def record_consent(vault: Vault, language: str, version: str, at: datetime) -> None:
    """The person's agreement, shown and given on the screen: when, in which language, to
    which version of the text. No name: the person is not a user of this profile."""
    rows = state.get_json(vault, _CONSENTS) or []
    rows.append({"at": at.astimezone(UTC).isoformat(), "language": language,
                 "version": version, "purpose": "surveys"})
    state.put_json(vault, _CONSENTS, rows)


def consents(vault: Vault) -> list[dict[str, object]]:
    return list(state.get_json(vault, _CONSENTS) or [])


def send_session(client: EndpointClient, answers: list[Contribution]) -> int:
    """Send one session's answers under a contributor of its own, then forget its token."""
    if not answers:
        return 0
    created = client.register()
    result = client.send(created.token, answers)
    return result.accepted + result.duplicate


def hold(vault: Vault, session_id: str, answers: list[Contribution]) -> None:
    """Keep one session's answers in the vault until the endpoint confirms them."""
    held = state.get_json(vault, _HELD) or {}
    held[session_id] = [json.loads(item.model_dump_json()) for item in answers]
    state.put_json(vault, _HELD, held)


def held_sessions(vault: Vault) -> int:
    return len(state.get_json(vault, _HELD) or {})


def send_held(at: VaultCall, client: EndpointClient) -> int:
    """Every session kept in the vault, each under its own new contributor; a session leaves
    the vault only once the endpoint has confirmed it (its ids keep a resend harmless)."""
    held: dict[str, list[object]] = at(lambda v: state.get_json(v, _HELD) or {})
    sent = 0
    for session_id, items in held.items():
        answers = [Contribution.model_validate(item) for item in items]
        sent += send_session(client, answers)

        def forget(v: Vault, done: str = session_id) -> None:
            left = state.get_json(v, _HELD) or {}
            left.pop(done, None)
            if left:
                state.put_json(v, _HELD, left)
            else:
                state.put(v, _HELD, None)

        at(forget)
    return sent
