"""The panel purpose end to end without the screen: a real vault, the real endpoint over HTTP.
Nothing goes without the consent, the bands go once under the panel's own contributor, a server
that forgot the pseudonym gets a fresh join, and withdrawal deletes the membership there."""

from __future__ import annotations

import requests

from sync import consent, panel, state
from sync.access import Here
from sync.client import EndpointClient
from sync.engine import sync_now, withdraw
from sync.protocol import PanelMembership
from sync.tokens import tokens_of

CAMDEN = PanelMembership(age_band="65-74", borough="Camden")


def test_panel_bands_go_only_with_consent_once_and_rejoin_after_a_reset(vault, server) -> None:
    url, faults = server
    store = faults.app.state.context.store
    state.set_endpoint(vault, url)
    consent.record(vault, "surveys", "given")
    panel.choose(vault, CAMDEN)  # chosen, but the panel is not agreed: nothing may go
    client = EndpointClient(url, retries=1, backoff=0.01)
    assert sync_now(Here(vault), client, tokens_of(vault)).panel_invitations is None
    assert not any("/panel/" in r for r in faults.requests) and store.panel_counts() == {}

    consent.record(vault, "panel", "given")
    faults.requests.clear()
    assert sync_now(Here(vault), client, tokens_of(vault)).panel_invitations == []
    assert faults.requests.count("PUT /v1/panel/membership") == 1
    assert store.panel_counts() == {("Camden", "65-74", "not_said"): 1}
    faults.requests.clear()
    sync_now(Here(vault), client, tokens_of(vault))  # unchanged bands are not sent again
    assert "PUT /v1/panel/membership" not in faults.requests

    first = state.get(vault, "contributor:panel")
    gone = requests.delete(f"{url}/v1/contributors/me", timeout=5,  # the server forgets it
                           headers={"Authorization": f"Bearer {tokens_of(vault).get('panel')}"})
    assert gone.status_code == 200 and store.panel_counts() == {}
    sync_now(Here(vault), client, tokens_of(vault))
    second = state.get(vault, "contributor:panel")
    assert second is not None and second != first
    assert store.is_panel_member(second) and store.panel_counts() == {
        ("Camden", "65-74", "not_said"): 1}

    assert withdraw(Here(vault), "panel", client, tokens_of(vault)) == 0
    assert not store.is_panel_member(second) and store.panel_counts() == {}
    assert panel.chosen(vault) is None and not consent.has_consent(vault, "panel")
    client.close()
