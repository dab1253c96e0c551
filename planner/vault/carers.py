"""A carer's key pair and the grants that wrap a person's data key to it (issue #24).

A carer's profile holds an X25519 key pair. The public half sits in the carer's plaintext
header; the private half is sealed there with AES-256-GCM under a key derived (HKDF-SHA256)
from the carer's own data key, so unlocking the carer's profile is what opens it, and it is
re-sealed whenever that data key changes.

A grant is ECIES with X25519: the owner makes a fresh ephemeral key pair, agrees a secret with
the carer's public key, derives a wrapping key with HKDF-SHA256 (salt: both public keys) and
seals the data key with AES-256-GCM. The grant's metadata (profile, carer, level, end date,
when made) is the associated data: changing "view" to "manage" or moving the end date in the
plaintext header makes the tag fail, so the grant no longer opens anything. Nothing here
stops someone who already holds a decrypted data key (docs/SECURITY.md says so).
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from planner.domain.base import AwareDatetime
from planner.errors import AccessEnded, CorruptVault
from planner.vault.keys import NONCE_BYTES, wipe

Level = Literal["view", "manage"]
Basis = Literal["consent", "lpa-health-welfare"]
_IDENTITY_INFO = b"health-planner/1/identity"
_GRANT_INFO = b"health-planner/1/grant"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytearray:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return bytearray(HKDF(hashes.SHA256(), 32, salt, info).derive(secret))


class Identity(BaseModel):
    """The carer's key pair as stored in their header: public, and private sealed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    public: str  # base64 raw X25519 public key
    nonce: str
    sealed: str  # the raw private key + GCM tag


class Grant(BaseModel):
    """One carer's access to one profile, stored in the person's plaintext header."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    carer_id: uuid.UUID
    carer_name: str = Field(min_length=1, max_length=40)
    carer_public: str
    level: Level
    until: date
    created_at: AwareDatetime
    ephemeral: str
    nonce: str
    sealed: str
    # When a view-only session last opened it (a view session cannot write into the vault, so
    # the access log keeps it here). Informational, not authenticated.
    last_viewed: AwareDatetime | None = None

    def associated(self, profile_id: uuid.UUID) -> bytes:
        """What the tag covers: everything that decides what the grant allows."""
        return json.dumps(
            {
                "v": 1,
                "profile": str(profile_id),
                "grant": str(self.id),
                "carer": str(self.carer_id),
                "name": self.carer_name,
                "public": self.carer_public,
                "level": self.level,
                "until": self.until.isoformat(),
                "created": self.created_at.isoformat(),
                "ephemeral": self.ephemeral,
            },
            sort_keys=True,
            ensure_ascii=True,
        ).encode("ascii")

    def ended(self, at: datetime) -> bool:
        return at.date() > self.until


class OnBehalf(BaseModel):
    """A profile a carer made for someone who cannot use the app themselves: who agreed, and
    on what basis (the person's consent, or a lasting power of attorney for health and
    welfare). Cleared when the person takes ownership with a passphrase of their own."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    carer_name: str = Field(min_length=1, max_length=40)
    agreed_by: str = Field(min_length=1, max_length=80)
    basis: Basis
    at: AwareDatetime


@dataclass
class CarerKey:
    """An unlocked carer: their profile id, name and private key (zeroed by `wipe`)."""

    carer_id: uuid.UUID
    name: str
    public: str
    private: bytearray

    def wipe(self) -> None:
        wipe(self.private)


class CarerRecord(BaseModel):
    """A grant without its wrapped key, as a backup carries it: a profile restored from the
    backup (under a new data key) gives the same carers the same access again."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    carer_id: uuid.UUID
    carer_name: str = Field(min_length=1, max_length=40)
    carer_public: str = Field(min_length=1, max_length=100)
    level: Level
    until: date
    created_at: AwareDatetime

    @field_validator("carer_public")
    @classmethod
    def _a_public_key(cls, value: str) -> str:
        # A backup comes from outside: a key that is not 32 bytes of base64 is refused here,
        # with the rest of the file, not half way through a restore.
        try:
            raw = base64.b64decode(value, validate=True)
        except ValueError:
            raise ValueError("the carer's key is not readable") from None
        if len(raw) != 32:
            raise ValueError("the carer's key is not readable")
        return value

    @classmethod
    def of(cls, grant: Grant) -> CarerRecord:
        return cls(carer_id=grant.carer_id, carer_name=grant.carer_name,
                   carer_public=grant.carer_public, level=grant.level, until=grant.until,
                   created_at=grant.created_at)


def _seal_key(data_key: bytearray, profile_id: uuid.UUID) -> bytearray:
    return _hkdf(bytes(data_key), profile_id.bytes, _IDENTITY_INFO)


def new_identity(data_key: bytearray, profile_id: uuid.UUID) -> Identity:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    return seal_identity(bytearray(private.private_bytes_raw()), public, data_key, profile_id)


def seal_identity(
    private: bytearray, public: bytes, data_key: bytearray, profile_id: uuid.UUID
) -> Identity:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    key = _seal_key(data_key, profile_id)
    try:
        sealed = AESGCM(bytes(key)).encrypt(nonce, bytes(private), profile_id.bytes + public)
    finally:
        wipe(key)
        wipe(private)
    return Identity(public=_b64(public), nonce=_b64(nonce), sealed=_b64(sealed))


def open_identity(identity: Identity, data_key: bytearray, profile_id: uuid.UUID) -> bytearray:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _seal_key(data_key, profile_id)
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(
            _unb64(identity.nonce), _unb64(identity.sealed),
            profile_id.bytes + _unb64(identity.public)))
    except InvalidTag:
        raise CorruptVault("This profile's carer key is damaged.") from None
    finally:
        wipe(key)


def make_grant(
    data_key: bytearray, profile_id: uuid.UUID, *, carer_id: uuid.UUID, carer_name: str,
    carer_public: str, level: Level, until: date, created_at: datetime,
    grant_id: uuid.UUID | None = None,
) -> Grant:
    """Wrap `data_key` to the carer's public key, the metadata bound as associated data."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    theirs = _unb64(carer_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(theirs))
    unsealed = Grant(
        id=grant_id or uuid.uuid4(), carer_id=carer_id, carer_name=carer_name,
        carer_public=carer_public, level=level, until=until, created_at=created_at,
        ephemeral=_b64(ephemeral_public), nonce=_b64(secrets.token_bytes(NONCE_BYTES)),
        sealed="",
    )
    key = _hkdf(shared, ephemeral_public + theirs, _GRANT_INFO)
    try:
        sealed = AESGCM(bytes(key)).encrypt(
            _unb64(unsealed.nonce), bytes(data_key), unsealed.associated(profile_id))
    finally:
        wipe(key)
    return unsealed.model_copy(update={"sealed": _b64(sealed)})


def open_grant(grant: Grant, carer: CarerKey, profile_id: uuid.UUID) -> bytearray:
    """The data key, or AccessEnded when the grant is not this carer's or was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    mine = X25519PrivateKey.from_private_bytes(bytes(carer.private))
    ephemeral = _unb64(grant.ephemeral)
    shared = mine.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    key = _hkdf(shared, ephemeral + _unb64(carer.public), _GRANT_INFO)
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(
            _unb64(grant.nonce), _unb64(grant.sealed), grant.associated(profile_id)))
    except InvalidTag:
        raise AccessEnded(
            f"{carer.name}'s access to this profile does not open it: it was changed or "
            "taken back."
        ) from None
    finally:
        wipe(key)


def rewrap_grant(grant: Grant, data_key: bytearray, profile_id: uuid.UUID) -> Grant:
    """The same grant (id, carer, level, end date) wrapping a new data key."""
    return make_grant(
        data_key, profile_id, carer_id=grant.carer_id, carer_name=grant.carer_name,
        carer_public=grant.carer_public, level=grant.level, until=grant.until,
        created_at=grant.created_at, grant_id=grant.id,
    ).model_copy(update={"last_viewed": grant.last_viewed})


class Sealed(BaseModel):
    """A short secret sealed under a key derived from the profile's data key."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    nonce: str
    sealed: str


def seal_text(text: str, data_key: bytearray, profile_id: uuid.UUID, purpose: bytes) -> Sealed:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    key = _hkdf(bytes(data_key), profile_id.bytes, b"health-planner/1/" + purpose)
    try:
        sealed = AESGCM(bytes(key)).encrypt(nonce, text.encode("utf-8"), profile_id.bytes)
    finally:
        wipe(key)
    return Sealed(nonce=_b64(nonce), sealed=_b64(sealed))


def open_text(
    sealed: Sealed, data_key: bytearray, profile_id: uuid.UUID, purpose: bytes
) -> str | None:
    """The text, or None when `data_key` is not the one it was sealed under."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _hkdf(bytes(data_key), profile_id.bytes, b"health-planner/1/" + purpose)
    try:
        return AESGCM(bytes(key)).decrypt(
            _unb64(sealed.nonce), _unb64(sealed.sealed), profile_id.bytes).decode("utf-8")
    except InvalidTag:
        return None
    finally:
        wipe(key)
