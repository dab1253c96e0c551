"""The encrypted vault: keys, the SQLCipher store, repositories and the profile registry.

The names below load on first use (PEP 562), not with the package: `planner.vault.keys` brings
pydantic, and `planner.vault.vault` SQLCipher and every repository, together ~130 ms. The
start screen imports `planner.vault.profiles` to list the profiles and must paint before any of
that is needed (issue #6, cold start); a `from planner.vault import Vault` still works as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.vault.keys import DEFAULT_KDF, KdfParams, RecoveryCode
    from planner.vault.profiles import Profiles
    from planner.vault.vault import Vault

__all__ = ["DEFAULT_KDF", "KdfParams", "Profiles", "RecoveryCode", "Vault"]

_HOME = {
    "DEFAULT_KDF": "planner.vault.keys",
    "KdfParams": "planner.vault.keys",
    "RecoveryCode": "planner.vault.keys",
    "Profiles": "planner.vault.profiles",
    "Vault": "planner.vault.vault",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
