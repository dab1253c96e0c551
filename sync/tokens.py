"""Where contributor tokens live: the OS keyring when it is a real one, else the vault.

There is one pseudonymous contributor per purpose, so feedback cannot be linked to wellbeing
scores at the server, and withdrawing one purpose deletes exactly that purpose's data.
"""

from __future__ import annotations

from typing import Any, Protocol

from planner.vault.vault import Vault
from sync import state
from sync.access import Here, VaultCall

SERVICE = "health-planner-sync"


class TokenStore(Protocol):
    def get(self, purpose: str) -> str | None: ...
    def put(self, purpose: str, token: str | None) -> None: ...


class VaultTokens:
    def __init__(self, at: VaultCall) -> None:
        self._at = at

    def get(self, purpose: str) -> str | None:
        return self._at(lambda v: state.get(v, f"token:{purpose}"))

    def put(self, purpose: str, token: str | None) -> None:
        self._at(lambda v: state.put(v, f"token:{purpose}", token))


class KeyringTokens:
    def __init__(self, backend: Any, profile_id: str) -> None:
        self._backend = backend
        self._user = profile_id

    def get(self, purpose: str) -> str | None:
        value = self._backend.get_password(SERVICE, f"{self._user}:{purpose}")
        return str(value) if value else None

    def put(self, purpose: str, token: str | None) -> None:
        key = f"{self._user}:{purpose}"
        if token is None:
            try:
                self._backend.delete_password(SERVICE, key)
            except Exception:  # noqa: BLE001 - nothing stored is fine
                return
        else:
            self._backend.set_password(SERVICE, key, token)


def tokens_of(vault: Vault) -> VaultTokens:
    """The tokens kept in this vault, for code that holds the vault itself (tests, benchmarks)."""
    return VaultTokens(Here(vault))


def token_store(at: VaultCall, keyring_backend: Any | None) -> TokenStore:
    if keyring_backend:
        return KeyringTokens(keyring_backend, at(lambda v: str(v.profile_id)))
    return VaultTokens(at)
