"""The citizens' panel on this computer: the bands a person chose, sending them, and the
consultations they were drawn for.

The bands wait in the vault (`panel:bands`) as the exact JSON that will be sent, so the
preview is the truth, and go with the next sync under the panel's own contributor (sync/tokens.py),
never the surveys one: the endpoint cannot link a member's bands to their answers. Each sync
then asks which consultations this member was invited to (`panel:invitations`); the invited
ones are marked in the survey list, which the `surveys` consent downloads as before.
Withdrawing (`sync.engine.withdraw`) deletes the membership at the server, and
`consent.record` forgets the local `panel:` keys in the same transaction as the ledger row.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.vault.vault import Vault
from sync import consent, state
from sync.access import VaultCall
from sync.client import EndpointClient
from sync.errors import ServerRefused
from sync.protocol import PanelMembership, Survey
from sync.tokens import TokenStore

BANDS = "panel:bands"
SENT = "panel:sent"
INVITATIONS = "panel:invitations"

Contributor = Callable[[VaultCall, EndpointClient, TokenStore, str], str]


def choose(vault: Vault, member: PanelMembership) -> None:
    """Keep the bands to send (validated by the model before anything is written)."""
    state.put(vault, BANDS, member.model_dump_json())


def chosen(vault: Vault) -> PanelMembership | None:
    raw = state.get(vault, BANDS)
    return PanelMembership.model_validate_json(raw) if raw else None


def preview(vault: Vault) -> str:
    """Exactly what the panel purpose sends (empty when nothing is chosen)."""
    return state.get(vault, BANDS) or ""


def invitations(vault: Vault) -> list[str]:
    found = state.get_json(vault, INVITATIONS)
    return [str(i) for i in found] if isinstance(found, list) else []


def invited_surveys(vault: Vault, surveys: list[Survey]) -> list[Survey]:
    ids = set(invitations(vault))
    return [survey for survey in surveys if survey.id in ids]


def sync_panel(at: VaultCall, client: EndpointClient, tokens: TokenStore,
               contributor: Contributor) -> list[str] | None:
    """Send the bands if they changed since last sent, then fetch the invitations. None when
    the person has not chosen bands (nothing is sent, not even a registration)."""
    if not at(lambda v: consent.has_consent(v, "panel")):
        return None
    bands, sent = at(lambda v: (state.get(v, BANDS), state.get(v, SENT)))
    if bands is None:
        return None
    member = PanelMembership.model_validate_json(bands)

    def send_and_ask(token: str, join: bool) -> list[str]:
        if join:
            client.panel_join(token, member)
            at(lambda v: state.put(v, SENT, bands))
        return client.panel_invitations(token).consultation_ids

    token = contributor(at, client, tokens, "panel")
    try:
        found = send_and_ask(token, bands != sent)
    except ServerRefused as exc:
        if exc.status != 401:
            raise
        # The server no longer knows this pseudonym (its database was reset, or a backup
        # restored): join afresh under a new one, as the outbox does for its purposes.
        tokens.put("panel", None)
        found = send_and_ask(contributor(at, client, tokens, "panel"), True)

    def save(v: Vault) -> None:
        if consent.has_consent(v, "panel"):  # withdrawn meanwhile: keep nothing
            state.put_json(v, INVITATIONS, found)

    at(save)
    return found
