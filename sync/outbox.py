"""The outbox: contributions written to the vault first, sent later, never twice.

Each contribution gets a UUID when it is queued; the sync worker sends that UUID as the
idempotency key, so a retry after a timeout or a crash cannot store it twice. The same table is
the person's ledger of what was sent, when and where. The body stored is exactly the JSON that
will be sent, so the preview shows the truth.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast, overload

from pydantic import ValidationError

from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.social import ChosenService, SocialReferral
from planner.errors import InputError
from planner.services.social import outcome as social_outcome
from planner.vault.vault import Vault
from sync import consent, state
from sync.directory import category_code
from sync.privacy import DEFAULT_EPSILON, randomise, randomise_change
from sync.protocol import (
    ATTENDANCE_LOW,
    PURPOSE_FOR_KIND,
    Contribution,
    ContributionBody,
    DeliberationAnswer,
    FFTFeedback,
    OutcomeReport,
    Service,
    SurveyAnswer,
    WellbeingONS4,
)


@dataclass(frozen=True)
class OutboxItem:
    contribution: Contribution
    state: str
    attempts: int
    sent_at: datetime | None
    endpoint: str | None

    @property
    def json(self) -> str:
        return self.contribution.model_dump_json(indent=2)


def queue(vault: Vault, body: ContributionBody, at: datetime | None = None) -> Contribution:
    """Validate and queue one contribution; refused without consent for its purpose."""
    purpose = PURPOSE_FOR_KIND[body.kind]
    if not consent.has_consent(vault, purpose):
        raise InputError("You have not agreed to share this. Turn it on in Taking part first.")
    item = Contribution(
        id=uuid.uuid4(), purpose=purpose, created_at=at or datetime.now(UTC), body=body
    )
    with vault.store.transaction() as c:
        c.execute(
            "INSERT INTO outbox(id, purpose, created_at, body) VALUES (?, ?, ?, ?)",
            (str(item.id), item.purpose, item.created_at.isoformat(), item.model_dump_json()),
        )
    return item


def queue_feedback(
    vault: Vault, service_id: str, rating: str, comment: str | None = None
) -> Contribution:
    return queue(vault, FFTFeedback(service_id=service_id, rating=rating, comment=comment or None))


def queue_survey_answer(
    vault: Vault,
    survey_id: str,
    question_id: str,
    option_id: str | None = None,
    text: str | None = None,
) -> Contribution:
    return queue(
        vault,
        SurveyAnswer(
            survey_id=survey_id, question_id=question_id, option_id=option_id, text=text or None
        ),
    )


def queue_wellbeing(
    vault: Vault,
    response: QuestionnaireResponse,
    borough: str,
    epsilon: float = DEFAULT_EPSILON,
    rng: random.Random | None = None,
) -> Contribution:
    """Randomise at queue time, so the preview shows the noisy numbers that will leave."""
    if response.instrument != "ONS4":
        raise InputError("Only the four wellbeing questions (ONS4) can be shared.")
    names = {
        "life_satisfaction": "satisfied",
        "worthwhile": "worthwhile",
        "happiness": "happy",
        "anxiety": "anxious",
    }
    missing = [item for item in names if item not in response.answers]
    if missing:
        raise InputError("Answer all four wellbeing questions to share them.")
    noisy = {wire: randomise(response.answers[item], epsilon, rng) for item, wire in names.items()}
    return queue(vault, WellbeingONS4(borough=borough, epsilon=epsilon, **noisy))


ONS4_WIRE_NAMES = {
    "life_satisfaction": "satisfied",
    "worthwhile": "worthwhile",
    "happiness": "happy",
    "anxiety": "anxious",
}
"""ONS4 item ids in the vault -> field names on the wire."""


def attendance_bucket(sessions: int) -> str:
    """The bucket a number of sessions attended falls in (1, 2-3, 4-7, 8-15, 16+)."""
    if sessions < 1:
        raise InputError("Share what helped once you have gone at least once.")
    for bucket, low in reversed(ATTENDANCE_LOW.items()):
        if sessions >= low:
            return bucket
    raise AssertionError("unreachable")  # pragma: no cover


def queue_outcome(
    vault: Vault,
    category: str,
    borough: str,
    sessions: int,
    before: Mapping[str, int],
    after: Mapping[str, int],
    epsilon: float = DEFAULT_EPSILON,
    rng: random.Random | None = None,
) -> Contribution:
    """Queue what going to one kind of service did (purpose `outcomes`), from plain values.

    `category` is the directory's taxonomy code of the service (never its id), `borough` the
    service's borough, `sessions` how many times the person went (sent as a bucket), `before`
    and `after` two ONS4 check-ins by item id (`life_satisfaction`, ...; 0-10). Each change is
    randomised here, so the preview shows the noisy values that will leave.
    """
    missing = [i for i in ONS4_WIRE_NAMES if i not in before or i not in after]
    if missing:
        raise InputError("Answer all four wellbeing questions, before and after, to share this.")
    for scores in (before, after):
        if any(not 0 <= scores[i] <= 10 for i in ONS4_WIRE_NAMES):
            raise InputError("Wellbeing scores are whole numbers from 0 to 10.")
    noisy = {
        wire: randomise_change(after[item] - before[item], epsilon, rng)
        for item, wire in ONS4_WIRE_NAMES.items()
    }
    try:
        body = OutcomeReport(
            category=category,
            borough=cast(Any, borough),
            attended=cast(Any, attendance_bucket(sessions)),
            epsilon=epsilon,
            **noisy,
        )
    except ValidationError as exc:
        raise InputError(
            "This service has no category or borough the app can share."
        ) from exc
    return queue(vault, body)


def share_outcome(
    vault: Vault,
    chosen: ChosenService,
    referral: SocialReferral,
    services: list[Service],
    today: date | None = None,
    rng: random.Random | None = None,
) -> Contribution:
    """Queue what going to `chosen` did, from the referral's first and latest ONS4 check-ins.

    Refused, with a sentence the person can act on, without the `outcomes` consent, with fewer
    than two check-ins, for a kind of service the directory (`services`, the cached copy) does
    not name, or when the change after this check-in was already shared: sending it twice
    would count it twice.
    """
    if not consent.has_consent(vault, "outcomes"):
        raise InputError(
            'To share what helped, first turn on "Share what helped, privately" in Taking part.'
        )
    change = social_outcome(vault, referral, today)
    if change is None:
        raise InputError("Two check-ins are needed before what changed can be shared.")
    shared = f"outcome-shared:{chosen.id}:{change.after.week}"
    if state.get(vault, shared) is not None:
        raise InputError("What changed after this check-in was already shared.")
    code = category_code(services, chosen.category) if chosen.category else None
    if code is None:
        raise InputError(
            "This kind of service is not in the list of local services, so it cannot be shared."
        )
    before = {i.item: i.before for i in change.items if i.before is not None}
    after = {i.item: i.after for i in change.items if i.after is not None}
    went = sum(1 for a in vault.attendance.for_chosen(chosen.id) if a.attended)
    if went == 0:
        raise InputError("Mark a session you went to before sharing what helped.")
    contribution = queue_outcome(vault, code, chosen.borough, went, before, after, rng=rng)
    state.put(vault, shared, str(contribution.id))
    return contribution


Row = tuple[str, str, int, str | None, str | None]
"""One outbox row as stored: body (the JSON that will be sent), state, attempts, sent_at,
endpoint. A list of thousands holds these and parses only the rows it shows (`parse_row`)."""

_SELECT = "SELECT body, state, attempts, sent_at, endpoint FROM outbox"


def parse_row(row: Row) -> OutboxItem:
    """Parse one stored row (`Row`) into an `OutboxItem`."""
    body, state, attempts, sent_at, endpoint = row
    return OutboxItem(
        Contribution.model_validate_json(body),
        state,
        int(attempts),
        datetime.fromisoformat(sent_at) if sent_at else None,
        endpoint,
    )


def _purpose_filter(purposes: tuple[str, ...] | None) -> tuple[str, list[object]]:
    """The `AND purpose IN (?, ...)` for `purposes` (none: every purpose), and its values."""
    if purposes is None:
        return "", []
    return " AND purpose IN (" + ",".join("?" * len(purposes)) + ")", list(purposes)


class QueuedRows(Sequence[Row]):
    """The queue, oldest first, held as two flat lists (bodies, attempts); a row's `Row`
    tuple is made only when asked for. Ten thousand row tuples kept alive cost twice the time
    to read and give the garbage collector ten thousand objects to count; strings and small
    numbers are nothing to it."""

    def __init__(self, bodies: list[str], attempts: list[int]) -> None:
        self._bodies = bodies
        self._attempts = attempts

    def __len__(self) -> int:
        return len(self._bodies)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        return (self._bodies[index], "queued", self._attempts[index], None, None)


def pending_rows(vault: Vault, purposes: tuple[str, ...] | None = None) -> QueuedRows:
    """Every queued row, unparsed, oldest first (items queued in the same instant in the
    order they were queued, where `pending` orders those by id).

    The order is the `outbox_by_state` index's own, so SQLCipher reads the rows in order.
    `ORDER BY created_at, id`, as `pending` has it, makes SQLite sort the whole queue, bodies
    and all, in a temporary B-tree: for 10,000 queued items about 150 ms against 15 ms, on
    the way to opening Taking part."""
    where, params = _purpose_filter(purposes)
    sql = "SELECT body, attempts FROM outbox WHERE state = 'queued'"
    order = " ORDER BY created_at, rowid"
    bodies: list[str] = []
    attempts: list[int] = []
    for body, tries in vault.store.conn.execute(sql + where + order, params):
        bodies.append(body)
        attempts.append(tries)
    return QueuedRows(bodies, attempts)


def count_pending(vault: Vault, purposes: tuple[str, ...] | None = None) -> int:
    """How many items are queued, counted by SQLite: reading and checking 10,000 queued
    items only to count them held the interpreter lock for ~0.3 s at the start of every sync
    (issue #22)."""
    where, params = _purpose_filter(purposes)
    sql = "SELECT count(*) FROM outbox WHERE state = 'queued'"
    found = vault.store.query(sql + where, tuple(params))
    return int(found[0][0])


def pending(
    vault: Vault, purposes: tuple[str, ...] | None = None, limit: int | None = None
) -> list[OutboxItem]:
    """Queued items, oldest first: the preview of what the next sync will send."""
    where, params = _purpose_filter(purposes)
    sql = _SELECT + " WHERE state = 'queued'" + where + " ORDER BY created_at, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [parse_row(r) for r in vault.store.query(sql, tuple(params))]


def sent_rows(vault: Vault, limit: int | None = None) -> list[Row]:
    """The ledger's rows, unparsed, newest first; at most `limit` of them."""
    sql = _SELECT + " WHERE state = 'sent' ORDER BY sent_at DESC, id"
    if limit is None:
        return list(vault.store.query(sql))
    return list(vault.store.query(sql + " LIMIT ?", (limit,)))


def sent(vault: Vault) -> list[OutboxItem]:
    """The ledger: what was sent, when and where, newest first."""
    return [parse_row(r) for r in sent_rows(vault)]


def answered_surveys(vault: Vault) -> set[str]:
    """The surveys this person answered (queued or sent): only survey answers are parsed."""
    rows = vault.store.query(
        "SELECT body FROM outbox WHERE purpose = 'surveys' AND state IN ('queued', 'sent')"
    )
    answered: set[str] = set()
    for (body,) in rows:
        found = Contribution.model_validate_json(body).body
        if isinstance(found, SurveyAnswer | DeliberationAnswer):
            answered.add(found.survey_id)
    return answered


def cancel(vault: Vault, item_id: uuid.UUID) -> None:
    """Take a queued item back before it leaves."""
    with vault.store.transaction() as c:
        c.execute(
            "UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state = 'queued'",
            (str(item_id),),
        )


def mark_attempt(vault: Vault, ids: list[uuid.UUID]) -> None:
    with vault.store.transaction() as c:
        c.executemany(
            "UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", [(str(i),) for i in ids]
        )


def mark_sent(
    vault: Vault, ids: list[uuid.UUID], endpoint: str, at: datetime | None = None
) -> None:
    stamp = (at or datetime.now(UTC)).isoformat()
    with vault.store.transaction() as c:
        c.executemany(
            "UPDATE outbox SET state = 'sent', sent_at = ?, endpoint = ? "
            "WHERE id = ? AND state = 'queued'",
            [(stamp, endpoint, str(i)) for i in ids],
        )
