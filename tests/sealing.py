"""A correctly encrypted backup file around any contents, for tests that must get past the
decryption to reach the parser: the fuzzers (random contents) and the restore tests (contents
an older app or an edited file would hold)."""

from __future__ import annotations

import secrets
import struct
import zlib
from datetime import UTC, datetime

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from planner.share import backup
from planner.vault import KdfParams


def seal(plain: bytes, passphrase: str, kdf: KdfParams, *, compress: bool = True) -> bytes:
    """Built the way make_backup builds one: what reaches the parser after decryption is
    exactly `plain` (zlib-compressed unless `compress` is False)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check_value = backup._keys(passphrase, salt, kdf)
    header = backup.BackupHeader(
        format=1, params=kdf, salt=backup._b64(salt), nonce=backup._b64(nonce),
        check=backup._b64(check_value), created_at=datetime.now(UTC))
    head = header.model_dump_json().encode()
    prefix = backup.MAGIC + struct.pack(">I", len(head)) + head
    body = zlib.compress(plain) if compress else plain
    return prefix + AESGCM(bytes(key)).encrypt(nonce, body, prefix)
