"""Free text encrypted at rest: FFT comments and survey free-text answers (issue 15 part 5).

AES-256-GCM (`cryptography`) with a key from the environment (HEALTH_PLANNER_ENDPOINT_KEY,
32 random bytes, base64), a fresh random 96-bit nonce per value, and the contribution's id as
associated data: a value copied onto another row does not decrypt there. A stored value reads
`hpenc1:<key id>:<base64 nonce + ciphertext + tag>`; the key id (8 hex digits of the key's
SHA-256, not secret) says which key made it, so old keys can still read during a rotation
(HEALTH_PLANNER_ENDPOINT_OLD_KEYS, comma-separated) while `health-planner-endpoint db rekey`
re-encrypts every value under the current key. Values without the prefix are plaintext from
before encryption (or from a `--no-text-encryption` demonstration) and are read as they are.

A database dump, a backup or a stolen disk holds no readable free text without the key; the
key lives only in the server's environment (docs/DEPLOY.md). Withdrawal deletes the rows as
before; the key is never needed for that.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable, Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "KEY_VARIABLE",
    "OLD_KEYS_VARIABLE",
    "TextCipher",
    "TextKeyError",
    "generate_key",
]

KEY_VARIABLE = "HEALTH_PLANNER_ENDPOINT_KEY"
OLD_KEYS_VARIABLE = "HEALTH_PLANNER_ENDPOINT_OLD_KEYS"
PREFIX = "hpenc1:"
_NONCE = 12


class TextKeyError(ValueError):
    """A key that is not 32 bytes of base64, or a value no known key opens."""


def generate_key() -> str:
    """A new random key, base64 (what HEALTH_PLANNER_ENDPOINT_KEY holds)."""
    return base64.b64encode(os.urandom(32)).decode("ascii")


def _decode_key(text: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise TextKeyError("the text-encryption key is not base64") from exc
    if len(key) != 32:
        raise TextKeyError(f"the text-encryption key must be 32 bytes, not {len(key)}")
    return key


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"health-planner text key id\0" + key).hexdigest()[:8]


class TextCipher:
    """Encrypts new values with `key`; decrypts values made by it or by any of `old_keys`."""

    def __init__(self, key: str, old_keys: Iterable[str] = ()) -> None:
        current = _decode_key(key)
        self.key_id = _key_id(current)
        self._current = AESGCM(current)
        self._keys = {_key_id(k): AESGCM(k) for k in map(_decode_key, old_keys)}
        self._keys[self.key_id] = self._current

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> TextCipher | None:
        """The cipher HEALTH_PLANNER_ENDPOINT_KEY (and _OLD_KEYS) describe; None if unset."""
        key = environ.get(KEY_VARIABLE, "").strip()
        if not key:
            return None
        old = [k for k in environ.get(OLD_KEYS_VARIABLE, "").split(",") if k.strip()]
        return cls(key, old)

    def encrypt(self, plaintext: str, contribution_id: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._current.encrypt(nonce, plaintext.encode("utf-8"),
                                       contribution_id.encode("ascii"))
        return f"{PREFIX}{self.key_id}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def decrypt(self, stored: str, contribution_id: str) -> str:
        """The plaintext of a stored value (plaintext from before encryption passes through)."""
        if not stored.startswith(PREFIX):
            return stored
        key_id, _, body = stored[len(PREFIX):].partition(":")
        aead = self._keys.get(key_id)
        if aead is None:
            raise TextKeyError(f"no key for stored text made with key {key_id}")
        raw = base64.b64decode(body)
        try:
            plain = aead.decrypt(raw[:_NONCE], raw[_NONCE:], contribution_id.encode("ascii"))
        except InvalidTag as exc:
            raise TextKeyError("stored text does not belong to this row or key") from exc
        return plain.decode("utf-8")

    def is_current(self, stored: str) -> bool:
        """Encrypted under the current key (nothing for `rekey` to do)."""
        return stored.startswith(f"{PREFIX}{self.key_id}:")
