"""The key hierarchy: a random data key, wrapped twice.

The vault is encrypted with a random 256-bit data key. That key is stored only in wrapped form:
once under a key derived from the passphrase with Argon2id, once under a key derived from a
one-time recovery code. Changing the passphrase rewraps the data key and never rewrites the vault;
losing the passphrase is survivable with the recovery code. AES-256-GCM does the wrapping, so a
wrong passphrase is detected by the authentication tag, not by trying to open the database.

Key material lives in `bytearray`s so `wipe()` can zero it on lock. Python may still hold copies
(the hex string handed to SQLCipher, for example); that is a documented limit in docs/SECURITY.md.
"""

from __future__ import annotations

import base64
import math
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, model_validator

from planner.errors import WrongPassphrase

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_CODE_BYTES = 20  # 160 bits, shown as 8 groups of 4 base32 characters


class KdfParams(BaseModel):
    """Argon2id cost. Stored beside each wrapped key so old profiles keep opening after a raise.

    The defaults are the product's floor (64 MiB, 3 passes, 4 lanes). Tests inject cheaper
    parameters through the `kdf=` arguments; they never lower these defaults.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    memory_kib: int = Field(default=65536, ge=8, le=4 * 1024 * 1024)
    time_cost: int = Field(default=3, ge=1, le=100)
    parallelism: int = Field(default=4, ge=1, le=64)

    @model_validator(mode="after")
    def _argon2_minimum(self) -> KdfParams:
        # Argon2 needs at least 8 KiB per lane; a header edited below that must read as a
        # damaged file, not crash the KDF.
        if self.memory_kib < 8 * self.parallelism:
            raise ValueError("Argon2 memory must be at least 8 KiB per lane")
        return self

    def at_least(self, other: KdfParams) -> bool:
        """True when every cost is as high as `other`'s: parameters may only go up."""
        return (
            self.memory_kib >= other.memory_kib
            and self.time_cost >= other.time_cost
            and self.parallelism >= other.parallelism
        )


DEFAULT_KDF = KdfParams()


def load_crypto() -> None:
    """Import argon2 and cryptography now rather than at the first derivation: the start screen
    calls this in its worker once it has painted, so the first unlock does not wait for them."""
    import argon2.low_level  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401


def derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(secret, salt) -> 32-byte key-encryption key."""
    # argon2 and cryptography load here, not at import: together they cost ~80 ms, and the
    # start screen must paint before anyone has typed a passphrase (issue #6, cold start).
    from argon2.low_level import Type, hash_secret_raw

    return bytearray(
        hash_secret_raw(
            bytes(secret),
            salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=32,
            type=Type.ID,
        )
    )


# The most passes calibration asks for: the backup ceiling (planner/share/backup.py) is 20, so
# a backup made with calibrated costs always restores. A PC so fast that 20 passes of 64 MiB
# take less than the target is rare; it stops there.
MAX_CALIBRATED_TIME_COST = 20
CALIBRATION_RUNS = 3


def calibrate(
    floor: KdfParams = DEFAULT_KDF,
    target_seconds: float = 0.3,
    *,
    runs: int = CALIBRATION_RUNS,
    timer: Callable[[], float] | None = None,
) -> KdfParams:
    """The cost for new keys on this PC: `floor`, with more passes until one derivation takes
    at least `target_seconds` on this PC when it is idle.

    Each cost is timed `runs` times and the quickest run counts. A PC that is busy (an update,
    a virus scan, the first unlock warming its caches) makes some runs slow; judging by one slow
    run would stop too early, and every later guess on an idle PC would cost less than the
    target (a profile made under load got 0.13 s per guess). The quickest run is what a guesser
    with an idle PC pays. From it the passes needed are estimated in one step (Argon2id's time
    grows with its passes), then checked the same way. The floor is never lowered.
    """
    clock = timer or time.perf_counter
    salt = secrets.token_bytes(SALT_BYTES)
    params = floor
    while True:
        quickest = float("inf")
        for _ in range(max(1, runs)):
            started = clock()
            wipe(derive(b"calibration", salt, params))
            quickest = min(quickest, clock() - started)
        if quickest >= target_seconds or params.time_cost >= MAX_CALIBRATED_TIME_COST:
            return params
        per_pass = quickest / params.time_cost
        wanted = math.ceil(target_seconds / per_pass) if per_pass > 0 else params.time_cost * 2
        passes = min(MAX_CALIBRATED_TIME_COST, max(params.time_cost + 1, wanted))
        params = params.model_copy(update={"time_cost": passes})


_calibrated: KdfParams | None = None


def calibrated() -> KdfParams:
    """`calibrate()` for the product floor, measured once per run of the app: new profiles,
    rewraps and backups all use this one cost."""
    global _calibrated
    if _calibrated is None:
        _calibrated = calibrate(DEFAULT_KDF)
    return _calibrated


class WrappedKey(BaseModel):
    """A data key sealed with AES-256-GCM under a derived key; everything here is public."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kdf: KdfParams
    salt: str  # base64
    nonce: str  # base64
    sealed: str  # base64, ciphertext + tag


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def wrap(
    data_key: bytearray, secret: bytes | bytearray, params: KdfParams, aad: bytes
) -> WrappedKey:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive(secret, salt, params)
    try:
        sealed = AESGCM(bytes(kek)).encrypt(nonce, bytes(data_key), aad)
    finally:
        wipe(kek)
    return WrappedKey(kdf=params, salt=_b64(salt), nonce=_b64(nonce), sealed=_b64(sealed))


def unwrap(wrapped: WrappedKey, secret: bytes | bytearray, aad: bytes) -> bytearray:
    """The data key, or WrongPassphrase when the tag does not verify."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive(secret, base64.b64decode(wrapped.salt), wrapped.kdf)
    try:
        plain = AESGCM(bytes(kek)).decrypt(
            base64.b64decode(wrapped.nonce), base64.b64decode(wrapped.sealed), aad
        )
    except InvalidTag:
        raise WrongPassphrase("That passphrase does not open this profile.") from None
    finally:
        wipe(kek)
    return bytearray(plain)


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def wipe(buffer: bytearray) -> None:
    """Overwrite key bytes in place; callers drop their reference afterwards."""
    for i in range(len(buffer)):
        buffer[i] = 0


@dataclass(frozen=True)
class RecoveryCode:
    """A one-time code shown at creation: 8 groups of 4 characters, easy to copy by hand."""

    text: str

    @classmethod
    def generate(cls) -> RecoveryCode:
        raw = base64.b32encode(secrets.token_bytes(RECOVERY_CODE_BYTES)).decode("ascii")
        return cls("-".join(raw[i : i + 4] for i in range(0, len(raw), 4)))

    @staticmethod
    def normalise(typed: str) -> bytes:
        """Accept lower case, spaces and the letters people confuse with digits."""
        cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
        cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
        return cleaned.encode("ascii", errors="ignore")


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard layout still works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")
