"""The encrypted vault: keys, the SQLCipher store, repositories and the profile registry."""

from planner.vault.keys import DEFAULT_KDF, KdfParams, RecoveryCode
from planner.vault.profiles import Profiles
from planner.vault.vault import Vault

__all__ = ["DEFAULT_KDF", "KdfParams", "Profiles", "RecoveryCode", "Vault"]
