"""How sync code reaches the vault: through a `VaultCall`, never by holding the vault.

A sync run mostly waits on the network. In the app it runs in the network worker, and each
vault step it takes (read a batch, mark it sent, save a download) is handed to the serial vault
worker and waited for there, so saving a log entry never queues behind a slow server. The
command line and tests have the vault on their own thread and use `Here`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:  # views import this; the vault's modules load when a profile opens
    from planner.vault.vault import Vault

T = TypeVar("T")


class VaultCall(Protocol):
    """Runs `op(vault)` where the vault may be used, and returns what it returned."""

    def __call__(self, op: Callable[[Vault], T], /) -> T: ...


class Here:
    """A `VaultCall` for code already on the vault's thread: the command line and tests."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def __call__(self, op: Callable[[Vault], T], /) -> T:
        return op(self._vault)
