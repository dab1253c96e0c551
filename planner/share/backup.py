"""The portable backup: one file holding a whole profile, locked with its own passphrase.

A carer copies it to a USB stick, takes it to another PC and restores it there, as a new profile
or over an existing one. The file does not depend on the profile's own keys, so it still opens
after the profile's passphrase changed or the PC died.

File layout (all integers big-endian):

    8 bytes   b"HPBACKUP"
    4 bytes   length of the header
    header    UTF-8 JSON: format, Argon2id parameters and salt, AES-GCM nonce, a key check value
    rest      AES-256-GCM(zlib(JSON contents)), with the magic, length and header as associated
              data, so changing any byte of the header is caught like changing the contents

The key is Argon2id(passphrase, salt) with the parameters stored in the header (tests inject
cheap ones, as `Profiles` does). Two keys are derived from it with HKDF: one encrypts, one makes
the check value, which lets us say "wrong passphrase" rather than "damaged file" when the person
mistypes. The check value is no help to a guesser: each guess still costs one Argon2id run.

Nothing readable is outside the encryption except the KDF parameters and the time the backup
was made; the profile name and everything else is inside, including the participation tables
(consent ledger, outbox, sync settings). Backups made before those were carried restore with
them empty.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets
import struct
import zlib
from datetime import datetime
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, ValidationError

from planner.atomic import atomic_write
from planner.domain.base import AwareDatetime, now
from planner.errors import InputError, InvalidFile, WrongPassphrase, shown
from planner.share.importing import ImportResult, Problems, read_limited, write_snapshot
from planner.share.limits import DEFAULT_LIMITS, Limits
from planner.vault.access import Access, grants_of
from planner.vault.bulk import (
    check,
    has_participation,
    insert_all,
    read_all,
    replace_all,
)
from planner.vault.carers import CarerRecord
from planner.vault.keys import (
    NONCE_BYTES,
    SALT_BYTES,
    KdfParams,
    RecoveryCode,
    calibrated,
    derive,
    passphrase_bytes,
    wipe,
)
from planner.vault.profiles import Profiles
from planner.vault.snapshot import Snapshot
from planner.vault.vault import Vault

MAGIC = b"HPBACKUP"
FORMAT: Literal[1] = 1
MAX_HEADER = 4096
MIN_BACKUP_PASSPHRASE = 8
CHECK_BYTES = 16
# A backup from a stranger could ask for 4 GiB and 100 passes and hang the PC for an hour
# before anything is verified; a real backup never needs more than this.
KDF_CEILING = KdfParams(memory_kib=1024 * 1024, time_cost=20, parallelism=16)


class BackupHeader(BaseModel):
    """The public part of a backup: enough to derive the key, nothing about the person."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal[1]
    kdf: Literal["argon2id"] = "argon2id"
    params: KdfParams
    salt: str
    nonce: str
    check: str
    cipher: Literal["AES-256-GCM"] = "AES-256-GCM"
    compression: Literal["zlib"] = "zlib"
    created_at: AwareDatetime


class BackupContents(BaseModel):
    """What is inside the encryption."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    app: Literal["health-planner"] = "health-planner"
    format: Literal[1] = FORMAT
    profile_name: str
    created_at: AwareDatetime
    snapshot: Snapshot
    # Who the person had given access to (issue #24); empty in older backups.
    carers: tuple[CarerRecord, ...] = ()


def check_backup_passphrase(passphrase: str) -> None:
    """A backup leaves the PC on a stick that can be lost, so it needs a longer passphrase
    than a profile, which also has the PC's own login in front of it."""
    if len(passphrase) < MIN_BACKUP_PASSPHRASE:
        raise InputError(
            f"Use a backup passphrase of at least {MIN_BACKUP_PASSPHRASE} characters."
        )


def _keys(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytearray, bytes]:
    master = derive(passphrase_bytes(passphrase), salt, params)
    try:
        key = bytearray(HKDF(hashes.SHA256(), 32, salt=None,
                             info=b"health-planner backup/1 encrypt").derive(bytes(master)))
        check_value = HKDF(hashes.SHA256(), CHECK_BYTES, salt=None,
                           info=b"health-planner backup/1 check").derive(bytes(master))
    finally:
        wipe(master)
    return key, check_value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_backup(
    vault: Vault, passphrase: str, *, kdf: KdfParams | None = None, at: datetime | None = None
) -> bytes:
    """The whole profile, encrypted, as the bytes of a backup file. `kdf` None means the cost
    calibrated on this PC, the one new profiles get (`keys.calibrated`): a backup on a stick is
    guessed at offline, so it costs a guesser at least as much as the profile does."""
    check_backup_passphrase(passphrase)
    if kdf is None:
        kdf = calibrated()
    created = at or now()
    contents = BackupContents(profile_name=vault.name, created_at=created,
                              snapshot=read_all(vault),
                              carers=tuple(CarerRecord.of(g) for g in grants_of(vault)))
    plain = zlib.compress(contents.model_dump_json().encode("utf-8"), 6)
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    key, check_value = _keys(passphrase, salt, kdf)
    header = BackupHeader(format=FORMAT, params=kdf, salt=_b64(salt), nonce=_b64(nonce),
                          check=_b64(check_value), created_at=created)
    head = header.model_dump_json().encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    try:
        sealed = AESGCM(bytes(key)).encrypt(nonce, plain, prefix)
    finally:
        wipe(key)
    return prefix + sealed


def write_backup(
    vault: Vault, out: Path, passphrase: str, *, kdf: KdfParams | None = None
) -> None:
    """Write atomically: a full USB stick leaves the previous backup there, whole."""
    atomic_write(out, make_backup(vault, passphrase, kdf=kdf))


def save_backup(
    vault: Vault, out: Path, passphrase: str, *, kdf: KdfParams | None = None
) -> int:
    """Write the whole profile to `out`, locked with its own passphrase (at least 8
    characters). Returns the number of log entries in it, for the "Saved" message. The
    command line and the Share screen both save a backup through here."""
    check_backup_passphrase(passphrase)
    write_backup(vault, out, passphrase, kdf=kdf)
    return vault.logs.count()


def _header(data: bytes) -> tuple[BackupHeader, bytes, bytes]:
    """(header, associated data, ciphertext) or InvalidFile with a plain reason."""
    if not data.startswith(MAGIC):
        raise InvalidFile("This is not a Health Planner backup file.")
    if len(data) < len(MAGIC) + 4:
        raise InvalidFile("The backup file is cut short. Copy it again from where it was made.")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length == 0 or length > MAX_HEADER:
        raise InvalidFile("The backup file is damaged (its header is the wrong size).")
    if len(data) < end + 16:
        raise InvalidFile("The backup file is cut short. Copy it again from where it was made.")
    try:
        raw = json.loads(data[len(MAGIC) + 4 : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidFile("The backup file is damaged (its header cannot be read).") from None
    version = raw.get("format") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise InvalidFile(
            "This backup was made by a newer Health Planner. Update the app to restore it."
        )
    try:
        fields = BackupHeader.model_validate(raw)
    except ValidationError:
        raise InvalidFile("The backup file is damaged (its header cannot be read).") from None
    if not KDF_CEILING.at_least(fields.params):
        raise InvalidFile("The backup file asks for more memory or time than a backup needs, "
                          "so it was not opened.")
    if fields.params.memory_kib < 8 * fields.params.parallelism:
        # Argon2 needs 8 KiB per lane; no backup we write asks for less (found by fuzzing).
        raise InvalidFile("The backup file is damaged (its header cannot be read).")
    return fields, data[:end], data[end:]


def open_backup(data: bytes, passphrase: str, limits: Limits = DEFAULT_LIMITS) -> BackupContents:
    """Decrypt, unpack and validate everything; nothing is written anywhere."""
    if len(data) > limits.max_backup_bytes:
        raise InvalidFile(
            f"The backup file is too big ({limits.describe_bytes(len(data))}; the most is "
            f"{limits.describe_bytes(limits.max_backup_bytes)})."
        )
    header, prefix, sealed = _header(data)
    try:
        salt = base64.b64decode(header.salt, validate=True)
        nonce = base64.b64decode(header.nonce, validate=True)
        expected = base64.b64decode(header.check, validate=True)
    except ValueError:
        raise InvalidFile("The backup file is damaged (its header cannot be read).") from None
    if len(salt) < 8 or len(nonce) != NONCE_BYTES:
        raise InvalidFile("The backup file is damaged (its header cannot be read).")
    key, check_value = _keys(passphrase, salt, header.params)
    try:
        if not hmac.compare_digest(check_value, expected):
            raise WrongPassphrase("That passphrase does not open this backup.")
        try:
            packed = AESGCM(bytes(key)).decrypt(nonce, sealed, prefix)
        except InvalidTag:
            raise InvalidFile(
                "The backup file has been changed or damaged since it was made, so it was not "
                "restored. Use another copy."
            ) from None
    finally:
        wipe(key)
    unpacker = zlib.decompressobj()
    try:
        plain = unpacker.decompress(packed, limits.max_backup_plain_bytes + 1)
    except zlib.error:
        raise InvalidFile("The backup file is damaged (its contents cannot be unpacked).") from None
    if len(plain) > limits.max_backup_plain_bytes or unpacker.unconsumed_tail:
        raise InvalidFile("The backup holds more than the planner can restore at once.")
    if not unpacker.eof:
        raise InvalidFile("The backup file is damaged (its contents are cut short).")
    try:
        contents = BackupContents.model_validate_json(plain)
    except ValidationError as exc:
        bad = Problems(limits)
        errors = exc.errors(include_url=False, include_input=False)
        for error in errors[: limits.max_problems_listed]:
            where = ".".join(shown(p) for p in error["loc"][1:4])
            bad.add(where, str(error["msg"]).removeprefix("Value error, "))
        bad.total = max(bad.total, exc.error_count())
        bad.raise_if_any("The backup")
        raise  # raise_if_any always raises here; this keeps type checkers content
    if len(contents.snapshot.log_entries) > limits.max_rows:
        raise InvalidFile(f"The backup has more than {limits.max_rows:,} log entries.")
    problems = check(contents.snapshot)
    if problems:
        found = Problems(limits)
        for problem in problems:
            found.add("", problem)
        found.raise_if_any("The backup")
    return contents


def read_backup(path: Path, passphrase: str, limits: Limits = DEFAULT_LIMITS) -> BackupContents:
    return open_backup(read_limited(path, limits.max_backup_bytes, limits), passphrase, limits)


def restore_as_new(
    profiles: Profiles, contents: BackupContents, name: str, profile_passphrase: str
) -> tuple[Vault, RecoveryCode]:
    """A new profile holding the backup; removed again if anything fails, so a failed restore
    leaves no half-filled profile behind."""
    vault, code = profiles.create(name, profile_passphrase)
    try:
        insert_all(vault, contents.snapshot)
        Access(profiles).regrant(vault, contents.carers)
    except BaseException:
        vault.lock()
        profiles.delete(name)
        raise
    return vault, code


def restore_replacing(vault: Vault, contents: BackupContents) -> Path:
    """Replace everything in `vault` with the backup, in one transaction. The old vault file
    is copied aside first (still encrypted with its own key), as a way back."""
    aside = vault.store.copy_aside(f"before-restore-{now():%Y%m%d%H%M%S}")
    replace_all(vault, contents.snapshot)
    return aside


def import_backup(
    vault: Vault, path: Path, passphrase: str, limits: Limits = DEFAULT_LIMITS
) -> ImportResult:
    """Add a backup's records to an open profile (refusing any it already has)."""
    contents = read_backup(path, passphrase, limits)
    snapshot = contents.snapshot
    notes = []
    if vault.person.get() is not None and snapshot.person is not None:
        notes.append("Your own details in this profile were kept.")
    if snapshot.has_participation and has_participation(vault):
        # insert_all would leave them out anyway; say so, and do not count them as imported.
        snapshot = snapshot.model_copy(update={"consents": (), "outbox": (), "sync_state": ()})
        notes.append("Your own choices about taking part, in this profile, were kept.")
    return write_snapshot(vault, snapshot, "backup", notes)


def is_backup(head: bytes) -> bool:
    return head.startswith(MAGIC)


def header_of(data: bytes) -> BackupHeader:
    """The public header (when the backup was made), without a passphrase."""
    return _header(data)[0]

