"""One sync run: send what is queued and consented, pull what is consented. Nothing else.

With no consent at all, `sync_now` returns before making a single request. Each purpose has its
own pseudonymous contributor (see tokens.py). Batches are marked sent only after the server
confirmed every id in them; if the run dies half way, the next run resends the same UUIDs and the
server reports them as duplicates, so nothing is lost and nothing is stored twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from planner.vault.vault import Vault
from sync import consent, outbox, state
from sync.client import EndpointClient
from sync.errors import ServerRefused, SyncError
from sync.protocol import MAX_BATCH_ITEMS, Results, ServicePage, SurveyList
from sync.tokens import TokenStore

Progress = Callable[[int, int], None]


@dataclass
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    directory_services: int | None = None  # None: not downloaded (no consent or unchanged)
    surveys: int | None = None
    results_updated: bool = False
    withdrawn: list[str] = field(default_factory=list)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


def _contributor(vault: Vault, client: EndpointClient, tokens: TokenStore, purpose: str) -> str:
    token = tokens.get(purpose)
    if token is None:
        created = client.register()
        tokens.put(purpose, created.token)
        state.put(vault, f"contributor:{purpose}", created.contributor_id)
        token = created.token
    return token


def _send(
    vault: Vault,
    client: EndpointClient,
    tokens: TokenStore,
    report: SyncReport,
    progress: Progress | None,
    batch_size: int,
) -> None:
    sendable = tuple(p for p in consent.SENDING if consent.has_consent(vault, p))
    total = len(outbox.pending(vault, sendable)) if sendable else 0
    done = 0
    for purpose in sendable:
        while True:
            items = outbox.pending(vault, (purpose,), limit=batch_size)
            if not items:
                break
            token = _contributor(vault, client, tokens, purpose)
            ids = [i.contribution.id for i in items]
            outbox.mark_attempt(vault, ids)
            try:
                result = client.send(token, [i.contribution for i in items])
            except ServerRefused as exc:
                if exc.status != 401:
                    raise
                # The server no longer knows this pseudonym (its database was reset, or an
                # older backup was restored): start a new one. Consent is still given, and
                # the UUIDs keep the resend idempotent.
                tokens.put(purpose, None)
                token = _contributor(vault, client, tokens, purpose)
                result = client.send(token, [i.contribution for i in items])
            outbox.mark_sent(vault, ids, client.base_url)
            report.sent += result.accepted
            report.duplicates += result.duplicate
            done += len(items)
            if progress is not None:
                progress(done, total)


def _pull_directory(vault: Vault, client: EndpointClient, report: SyncReport) -> None:
    first = client.directory_page(1, etag=state.get(vault, "directory:etag"))
    if first.model is None:
        return  # 304: the copy we have is current
    page: ServicePage = first.model
    services = [s.model_dump(mode="json") for s in page.contents]
    number = 1
    while not page.last_page and number < 1000:
        number += 1
        more = client.directory_page(number).model
        if more is None:
            raise SyncError("The directory changed while downloading. Try again.")
        page = more
        services += [s.model_dump(mode="json") for s in page.contents]
    state.put_json(vault, "directory:services", services)  # replace the copy whole
    state.put(vault, "directory:etag", first.etag)
    report.directory_services = len(services)


def _pull(vault: Vault, client: EndpointClient, key: str, fetch: Callable[..., object]) -> bool:
    got = fetch(state.get(vault, f"{key}:etag"), state.get(vault, f"{key}:modified"))
    model = getattr(got, "model", None)
    if model is None:
        return False
    state.put(vault, key, model.model_dump_json())
    state.put(vault, f"{key}:etag", getattr(got, "etag", None))
    state.put(vault, f"{key}:modified", getattr(got, "last_modified", None))
    return True


def sync_now(
    vault: Vault,
    client: EndpointClient,
    tokens: TokenStore,
    progress: Progress | None = None,
    batch_size: int = MAX_BATCH_ITEMS,
) -> SyncReport:
    report = SyncReport()
    if not any(consent.has_consent(vault, p) for p in consent.PURPOSES):
        return report  # no consent, no request: not even a health check
    _send(vault, client, tokens, report, progress, batch_size)
    if consent.has_consent(vault, "directory"):
        _pull_directory(vault, client, report)
    if consent.has_consent(vault, "surveys") and _pull(vault, client, "surveys", client.surveys):
        report.surveys = len(cached_surveys(vault).surveys)
    if any(consent.has_consent(vault, p) for p in consent.SENDING):
        report.results_updated = _pull(vault, client, "results", client.results)
    state.put(vault, "last_sync", report.at.isoformat())
    return report


def withdraw(
    vault: Vault, purpose: str, client: EndpointClient | None, tokens: TokenStore
) -> int | None:
    """Record the withdrawal (cancelling the queue), then ask the server to delete what this
    purpose's contributor sent. Returns how many the server deleted, or None when it could not
    be reached: the deletion is then retried by the next `finish_withdrawals`."""
    consent.record(vault, purpose, "withdrawn")
    if purpose == "directory":
        return 0
    return _delete_at_server(vault, purpose, client, tokens)


def _delete_at_server(
    vault: Vault, purpose: str, client: EndpointClient | None, tokens: TokenStore
) -> int | None:
    token = tokens.get(purpose)
    if token is None:
        return 0
    if client is None:
        state.put(vault, f"withdraw:{purpose}", "pending")
        return None
    try:
        deleted = client.withdraw(token).deleted_contributions
    except SyncError:
        state.put(vault, f"withdraw:{purpose}", "pending")
        return None
    tokens.put(purpose, None)
    state.put(vault, f"contributor:{purpose}", None)
    state.put(vault, f"withdraw:{purpose}", None)
    return deleted


def finish_withdrawals(vault: Vault, client: EndpointClient, tokens: TokenStore) -> list[str]:
    """Deletions that could not reach the server earlier; withdrawal is the one request made
    without consent, because it is the person asking us to stop."""
    pending = [p for p in consent.SENDING if state.get(vault, f"withdraw:{p}") == "pending"]
    return [p for p in pending if _delete_at_server(vault, p, client, tokens) is not None]


def cached_surveys(vault: Vault) -> SurveyList:
    raw = state.get(vault, "surveys")
    return SurveyList.model_validate_json(raw) if raw else SurveyList(surveys=[])


def cached_results(vault: Vault) -> Results | None:
    raw = state.get(vault, "results")
    return Results.model_validate_json(raw) if raw else None
