"""One sync run: send what is queued and consented, pull what is consented. Nothing else.

With no consent at all, `sync_now` returns before making a single request. Each purpose has its
own pseudonymous contributor (see tokens.py). Batches are marked sent only after the server
confirmed every id in them; if the run dies half way, the next run resends the same UUIDs and the
server reports them as duplicates, so nothing is lost and nothing is stored twice.

Every vault step goes through a `VaultCall` (sync/access.py), so the app runs a sync in its
network worker without the vault's worker waiting on the server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial

from planner.vault.vault import Vault
from sync import consent, outbox, panel, state
from sync.access import VaultCall
from sync.assisted import held_sessions, send_held
from sync.budgets import BUDGETS_KEY
from sync.client import EndpointClient
from sync.deliberation import pull_shifts
from sync.errors import BadReply, ServerRefused, SyncError
from sync.feeds import FeedReport, refresh_all
from sync.protocol import (
    MAX_BATCH_ITEMS,
    CommitmentList,
    ConsultationResponseList,
    Results,
    ServicePage,
    SurveyList,
)
from sync.tokens import TokenStore
from sync.untrusted import UNTRUSTED

Progress = Callable[[int, int], None]

DIRECTORY_MAX_SERVICES = 5000
"""Most services one directory may hold (a London borough's directory has a few hundred)."""

DIRECTORY_MAX_BYTES = 16 * 1024 * 1024
"""Most bytes all of a directory's pages may add up to."""

DIRECTORY_MAX_PAGES = 200
"""Most pages one directory download may take (pages of 100: four times the services cap)."""


@dataclass
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    directory_services: int | None = None  # None: not downloaded (no consent or unchanged)
    surveys: int | None = None
    results_updated: bool = False
    responses_updated: bool = False  # "you said, we did"
    budgets_updated: bool = False  # participatory budgeting rounds
    panel_invitations: list[str] | None = None  # None: not a panel member (or no consent)
    commitments_updated: bool = False  # their milestones and dated updates
    assisted_sent: int = 0  # answers from assisted sessions held back while offline
    # The boroughs' ORUK feeds refreshed with the directory (sync.feeds): a report or the
    # error of each, in the order they were added; one failing does not fail the sync.
    feeds: list[FeedReport | SyncError] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


def _contributor(at: VaultCall, client: EndpointClient, tokens: TokenStore, purpose: str) -> str:
    token = tokens.get(purpose)
    if token is None:
        created = client.register()
        tokens.put(purpose, created.token)
        at(lambda v: state.put(v, f"contributor:{purpose}", created.contributor_id))
        token = created.token
    return token


def _send(
    at: VaultCall,
    client: EndpointClient,
    tokens: TokenStore,
    report: SyncReport,
    progress: Progress | None,
    batch_size: int,
) -> None:
    """Batch by batch, each read from the vault just before it is sent: a purpose withdrawn
    during the run cancels its queue at once, so at most the batch already in flight leaves
    (and the withdrawal's deletion at the server runs after it, see ui/tasks.py)."""

    def sendable(v: Vault) -> tuple[tuple[str, ...], int]:
        purposes = tuple(p for p in consent.SENDING if consent.has_consent(v, p))
        return purposes, outbox.count_pending(v, purposes) if purposes else 0

    purposes, total = at(sendable)
    done = 0
    for purpose in purposes:
        while True:
            items = at(partial(outbox.pending, purposes=(purpose,), limit=batch_size))
            if not items:
                break
            token = _contributor(at, client, tokens, purpose)
            ids = [i.contribution.id for i in items]
            at(partial(outbox.mark_attempt, ids=ids))
            try:
                result = client.send(token, [i.contribution for i in items])
            except ServerRefused as exc:
                if exc.status != 401:
                    raise
                # The server no longer knows this pseudonym (its database was reset, or an
                # older backup was restored): start a new one. Consent is still given, and
                # the UUIDs keep the resend idempotent.
                tokens.put(purpose, None)
                token = _contributor(at, client, tokens, purpose)
                result = client.send(token, [i.contribution for i in items])
            at(partial(outbox.mark_sent, ids=ids, endpoint=client.base_url))
            report.sent += result.accepted
            report.duplicates += result.duplicate
            done += len(items)
            if progress is not None:
                progress(done, total)


def _pull_directory(at: VaultCall, client: EndpointClient, report: SyncReport) -> None:
    """Page by page, all in memory, then saved whole: a directory over the caps is refused
    and the copy already in the vault stays as it was."""
    first = client.directory_page(1, etag=at(lambda v: state.get(v, "directory:etag")))
    if first.model is None:
        return  # 304: the copy we have is current
    page: ServicePage = first.model
    services = [s.model_dump(mode="json") for s in page.contents]
    number, size = 1, first.size
    while True:
        if (
            len(services) > DIRECTORY_MAX_SERVICES
            or size > DIRECTORY_MAX_BYTES
            or number > DIRECTORY_MAX_PAGES
        ):
            raise BadReply(
                f"The participation server's directory is larger than this app accepts (more "
                f"than {DIRECTORY_MAX_SERVICES:,} services or {DIRECTORY_MAX_BYTES // 2**20} MB),"
                " so it was not saved. The copy you had is kept."
            )
        if page.last_page:
            break
        number += 1
        more = client.directory_page(number)
        if more.model is None:
            raise SyncError("The directory changed while downloading. Try again.")
        page, size = more.model, size + more.size
        services += [s.model_dump(mode="json") for s in page.contents]

    def save(v: Vault) -> None:
        state.put_json(v, "directory:services", services)  # replace the copy whole
        state.put(v, "directory:etag", first.etag)

    at(save)
    report.directory_services = len(services)


def _pull(at: VaultCall, client: EndpointClient, key: str, fetch: Callable[..., object]) -> bool:
    etag, modified = at(lambda v: (state.get(v, f"{key}:etag"), state.get(v, f"{key}:modified")))
    got = fetch(etag, modified)
    model = getattr(got, "model", None)
    if model is None:
        return False

    def save(v: Vault) -> None:
        state.put(v, key, model.model_dump_json())
        state.put(v, f"{key}:etag", getattr(got, "etag", None))
        state.put(v, f"{key}:modified", getattr(got, "last_modified", None))

    at(save)
    return True


def _may_write(vault: Vault) -> None:
    if vault.store.refusal is not None:
        raise vault.store.refusal


def sync_now(
    at: VaultCall,
    client: EndpointClient,
    tokens: TokenStore,
    progress: Progress | None = None,
    batch_size: int = MAX_BATCH_ITEMS,
) -> SyncReport:
    """Each step asks the vault for consent just before it makes its request: a withdrawal
    made while the run is under way is honoured by the next step."""

    def agreed(*purposes: str) -> bool:
        return at(lambda v: any(consent.has_consent(v, p) for p in purposes))

    at(_may_write)  # a carer's view-only access never syncs: not even a first request
    report = SyncReport()
    held = at(held_sessions)  # assisted sessions: each person agreed on the screen
    if not agreed(*consent.PURPOSES) and not held:
        return report  # no consent, no request: not even a health check
    _send(at, client, tokens, report, progress, batch_size)
    if held:
        report.assisted_sent = send_held(at, client)
    if agreed("directory"):
        _pull_directory(at, client, report)
        report.feeds = refresh_all(at)
    if agreed("surveys") and _pull(at, client, "surveys", client.surveys):
        report.surveys = len(at(cached_surveys).surveys)
    if agreed("surveys"):
        # Deliberative consultations' before/after figures (sync/deliberation.py).
        pull_shifts(at, client, at(cached_surveys).surveys)
    if agreed("surveys"):
        try:
            report.responses_updated = _pull(at, client, "responses", client.responses)
        except ServerRefused as exc:
            if exc.status != 404:  # an endpoint from before "you said, we did" has none
                raise
        try:
            report.budgets_updated = _pull(at, client, BUDGETS_KEY, client.budgets)
        except ServerRefused as exc:
            if exc.status != 404:  # an endpoint from before budget rounds has none
                raise
    if agreed("panel"):
        report.panel_invitations = panel.sync_panel(at, client, tokens, _contributor)
    if agreed("surveys"):
        try:
            report.commitments_updated = _pull(at, client, "commitments", client.commitments)
        except ServerRefused as exc:
            if exc.status != 404:  # an endpoint from before commitments has none
                raise
    if agreed(*consent.SENDING):
        report.results_updated = _pull(at, client, "results", client.results)
    at(lambda v: state.put(v, "last_sync", report.at.isoformat()))
    return report


def withdraw(
    at: VaultCall, purpose: str, client: EndpointClient | None, tokens: TokenStore
) -> int | None:
    """Record the withdrawal (cancelling the queue), then ask the server to delete what this
    purpose's contributor sent. Returns how many the server deleted, or None when it could not
    be reached: the deletion is then retried by the next `finish_withdrawals`."""
    at(lambda v: consent.record(v, purpose, "withdrawn"))
    if purpose == "directory":
        return 0
    return delete_at_server(at, purpose, client, tokens)


def delete_at_server(
    at: VaultCall, purpose: str, client: EndpointClient | None, tokens: TokenStore
) -> int | None:
    """The network half of `withdraw`, for a caller that has recorded the withdrawal itself
    (the app records it at once, then queues this behind any send in flight)."""
    token = tokens.get(purpose)
    if token is None:
        return 0
    if client is None:
        at(lambda v: state.put(v, f"withdraw:{purpose}", "pending"))
        return None
    try:
        deleted = client.withdraw(token).deleted_contributions
    except SyncError:
        at(lambda v: state.put(v, f"withdraw:{purpose}", "pending"))
        return None
    tokens.put(purpose, None)

    def forget(v: Vault) -> None:
        state.put(v, f"contributor:{purpose}", None)
        state.put(v, f"withdraw:{purpose}", None)

    at(forget)
    return deleted


def finish_withdrawals(at: VaultCall, client: EndpointClient, tokens: TokenStore) -> list[str]:
    """Deletions that could not reach the server earlier; withdrawal is the one request made
    without consent, because it is the person asking us to stop."""
    pending = at(
        lambda v: [p for p in consent.HELD if state.get(v, f"withdraw:{p}") == "pending"]
    )
    return [p for p in pending if delete_at_server(at, p, client, tokens) is not None]


def cached_surveys(vault: Vault) -> SurveyList:
    raw = state.get(vault, "surveys")  # cleaned again: a copy saved by an older app was not
    return SurveyList.model_validate_json(raw, context=UNTRUSTED) if raw else SurveyList(surveys=[])


def cached_responses(vault: Vault) -> ConsultationResponseList:
    """The last downloaded "you said, we did" responses (cleaned again on reading)."""
    raw = state.get(vault, "responses")
    if not raw:
        return ConsultationResponseList(responses=[])
    return ConsultationResponseList.model_validate_json(raw, context=UNTRUSTED)


def cached_commitments(vault: Vault) -> CommitmentList:
    """The last downloaded commitments (cleaned again on reading)."""
    raw = state.get(vault, "commitments")
    if not raw:
        return CommitmentList(commitments=[])
    return CommitmentList.model_validate_json(raw, context=UNTRUSTED)


def cached_results(vault: Vault) -> Results | None:
    raw = state.get(vault, "results")
    return Results.model_validate_json(raw, context=UNTRUSTED) if raw else None
