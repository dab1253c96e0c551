"""Where contributor tokens live: the OS keyring when it is a real one, else the vault.

There is one pseudonymous contributor per purpose, so feedback cannot be linked to wellbeing
scores at the server, and withdrawing one purpose deletes exactly that purpose's data.
"""

from __future__ import annotations

from typing import Any, Protocol

from planner.vault.vault import Vault
from sync import state

SERVICE = "health-planner-sync"


class TokenStore(Protocol):
    def get(self, purpose: str) -> str | None: ...
    def put(self, purpose: str, token: str | None) -> None: ...


class VaultTokens:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, purpose: str) -> str | None:
        return state.get(self._vault, f"token:{purpose}")

    def put(self, purpose: str, token: str | None) -> None:
        state.put(self._vault, f"token:{purpose}", token)


class KeyringTokens:
    def __init__(self, backend: Any, vault: Vault) -> None:
        self._backend = backend
        self._user = f"{vault.profile_id}"

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


def token_store(vault: Vault, keyring_backend: Any | None) -> TokenStore:
    return KeyringTokens(keyring_backend, vault) if keyring_backend else VaultTokens(vault)
