"""Re-keying a vault to a new data key, so taking a carer's access back means something
(issue #24): the copy of the old wrapped key they may keep no longer opens the vault.

Three steps, each one atomic, so a kill at any moment leaves one vault that opens with every
committed entry:

1. The header gains `rekey`: the new key already wrapped for everyone who keeps access (the
   passphrase, the recovery code, the remaining grants, the carer key pair re-sealed), beside
   the current wrappings of the old key. The revoked grant is gone from both.
2. SQLCipher copies the vault under the new key into `vault.db.rekey` beside it
   (`sqlcipher_export`), which is synced and renamed over `vault.db`. Until the rename the old
   file is whole; after it the new one is.
3. The header's current wrappings are replaced by the new ones and `rekey` is dropped.

Opening a profile whose header still has `rekey` (`resume`) tries the current key: if the
vault no longer opens with it, the rename happened and only step 3 is left; if it does, the
copy never landed and, when the profile can be written, the re-key is done again now. The
half-written `vault.db.rekey` of a killed copy is deleted: it was never the vault.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from planner.atomic import fsync_dir
from planner.errors import (
    CorruptVault,
    InputError,
    PlannerError,
    StorageError,
    WrongPassphrase,
    storage_error,
)

if TYPE_CHECKING:
    from planner.vault.carers import Grant
    from planner.vault.header import PendingKey, ProfileHeader
    from planner.vault.vault import Vault



class Profiles(Protocol):
    """What this module needs of `planner.vault.profiles.Profiles` (which imports this
    module, so this one names only the methods it calls)."""

    def folder_and_header(self, name: str) -> tuple[Path, ProfileHeader]: ...
    def write_header(self, folder: Path, header: ProfileHeader) -> None: ...
    def aad(self, profile_id: Any, purpose: str) -> bytes: ...
    def _params(self, floor: Any = None) -> Any: ...
    def _open_plain(self, folder: Path, header: ProfileHeader, key: bytearray, *,
                    read_only: bool = ..., take_over: bool = ..., why: Any = ...,
                    author: str | None = ...) -> Vault: ...
    def is_remembered(self, name: str) -> bool: ...
    def remember(self, vault: Vault) -> None: ...


Progress = Callable[[float], None]
SUFFIX = ".rekey"
CODE_PURPOSE = b"recovery-code"


def side_files(vault_path: Path) -> list[Path]:
    """What a killed copy may have left: the part-written file and its journal."""
    base = vault_path.with_name(vault_path.name + SUFFIX)
    return [base, *(base.with_name(base.name + tail) for tail in ("-journal", "-wal", "-shm"))]


def _clear_side_files(vault_path: Path) -> None:
    for each in side_files(vault_path):
        with contextlib.suppress(FileNotFoundError):
            each.unlink()


def swap(vault: Vault, new_key: bytearray, progress: Progress | None = None) -> None:
    """Step 2: write the vault under `new_key` beside the old file, then rename it over. The
    vault's connection is closed afterwards; `Vault.reopen` carries on under the new key."""
    import sqlcipher3

    store = vault.store
    path = vault.path
    side = path.with_name(path.name + SUFFIX)
    _clear_side_files(path)
    total = max(1, path.stat().st_size)
    conn = store.conn
    if progress is not None:
        def tick() -> int:
            with contextlib.suppress(OSError):
                progress(min(0.99, side.stat().st_size / total))
            return 0

        conn.set_progress_handler(tick, 200_000)
    store.settle()  # a bulk write's connection given up first: its checkpoint, then ours
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{bytes(new_key).hex()}'\"",
                     (str(side),))
        # The copy is not the vault until it is renamed, and it is synced before that: no
        # journal and no syncs while it is written. A small cache makes it reach the disk
        # (and the progress bar) steadily rather than all at the end.
        conn.execute("PRAGMA rekeyed.journal_mode = OFF")
        conn.execute("PRAGMA rekeyed.synchronous = OFF")
        conn.execute("PRAGMA rekeyed.cache_size = -4096")
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute(f"PRAGMA rekeyed.user_version = {store.schema_version}")
        conn.execute("DETACH DATABASE rekeyed")
    except sqlcipher3.Error as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("DETACH DATABASE rekeyed")
        _clear_side_files(path)
        mapped = storage_error(exc, where=path.parent)
        raise (mapped or PlannerError("The vault could not be copied under its new key.")) from exc
    finally:
        conn.set_progress_handler(None, 0)
    store.close()
    try:
        with open(side, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(side, path)
    except OSError as exc:
        # Not renamed: the old file is the vault still. Carry on with it.
        _clear_side_files(path)
        vault.reopen(bytearray(vault.data_key))
        raise (storage_error(exc) or exc) from exc
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    # The old file's WAL was emptied by the checkpoint and removed when its last connection
    # closed; an empty one left over is harmless, but none must outlive its file.
    for tail in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + tail).unlink()
    if progress is not None:
        # Nothing after the rename may fail the re-key: the caller would put the old
        # wrappings back over a vault that no longer opens with them.
        with contextlib.suppress(Exception):
            progress(1.0)


def promote(profiles: Profiles, folder: Path, header: ProfileHeader) -> ProfileHeader:
    """Step 3: the new wrappings become the current ones."""
    pending = header.rekey
    assert pending is not None
    done = header.model_copy(update={
        "passphrase": pending.passphrase, "recovery": pending.recovery,
        "grants": pending.grants, "identity": pending.identity, "rekey": None,
        "code_to_show": pending.new_code or header.code_to_show,
    })
    profiles.write_header(folder, done)
    return done


def begin(profiles: Profiles, folder: Path, header: ProfileHeader, pending: PendingKey,
          keep: list[Grant]) -> ProfileHeader:
    """Step 1: write the new wrappings beside the old ones; only grants in `keep` stay."""
    started = header.model_copy(update={"rekey": pending, "grants": keep})
    profiles.write_header(folder, started)
    return started


def resume(
    profiles: Profiles, folder: Path, header: ProfileHeader, key: bytearray,
    pending: Callable[[], bytearray] | None, *, read_only: bool = False,
    take_over: bool = False, why: Any = None, author: str | None = None,
) -> Vault:
    """Open a profile whose re-key a crash cut short, finishing what can be finished."""
    from planner.vault.keys import wipe

    open_kw: dict[str, Any] = {"read_only": read_only, "take_over": take_over, "why": why,
                               "author": author}
    try:
        vault = profiles._open_plain(folder, header, bytearray(key), **open_kw)
    except CorruptVault:
        # The rename happened: the vault is under the new key.
        if pending is None:
            wipe(key)
            raise WrongPassphrase(
                "This profile's key was changed. Unlock it with its passphrase.") from None
        new_key = pending()
        vault = profiles._open_plain(folder, header, new_key, **open_kw)
        wipe(key)
        if vault.read_only is None:
            _clear_side_files(vault.path)
            promote(profiles, folder, header)
        return vault
    wipe(key)
    if vault.read_only is not None or pending is None:
        return vault  # the old key still opens it; the person's next unlock finishes
    new_key = pending()
    try:
        swap(vault, new_key)
    except StorageError:
        wipe(new_key)
        return vault  # a full drive: the old key still opens it; the next unlock tries again
    vault.reopen(new_key)
    promote(profiles, folder, header)
    return vault


def rekey(
    profiles: Profiles, vault: Vault, passphrase: str, *, drop: set[object],
    recovery_code: str | None = None, progress: Progress | None = None,
) -> str | None:
    """Re-key `vault` (open by its owner, who typed `passphrase`), keeping every grant whose
    id is not in `drop`. The recovery code is re-wrapped when the person types it; otherwise
    a new one is made and returned (it is also kept, sealed, until `code_shown`)."""
    from planner.vault.carers import open_identity, rewrap_grant, seal_identity, seal_text
    from planner.vault.header import PendingKey
    from planner.vault.keys import (
        RecoveryCode,
        new_data_key,
        passphrase_bytes,
        unwrap,
        wipe,
        wrap,
    )

    _aad = profiles.aad
    if vault.author is not None or vault.read_only is not None:
        raise InputError("Only the person, with their passphrase, can take access back.")
    folder, header = profiles.folder_and_header(vault.name)
    if header.rekey is not None:
        raise InputError("Unlock the profile again first: a change of key is unfinished.")
    if header.passphrase is None:
        raise InputError("Set a passphrase for this profile first.")
    check = unwrap(header.passphrase, passphrase_bytes(passphrase), _aad(header.id, "passphrase"))
    same = bytes(check) == bytes(vault.data_key)
    wipe(check)
    if not same:
        raise WrongPassphrase("That passphrase does not open this profile.")
    made_code: str | None = None
    code_secret: bytes
    if recovery_code is not None:
        code_secret = RecoveryCode.normalise(recovery_code)
        try:
            wipe(unwrap(header.recovery, code_secret, _aad(header.id, "recovery")))
        except WrongPassphrase:
            raise WrongPassphrase("That recovery code does not open this profile.") from None
    else:
        made_code = RecoveryCode.generate().text
        code_secret = RecoveryCode.normalise(made_code)
    new_key = new_data_key()
    keep = [g for g in header.grants if g.id not in drop]
    identity = None
    if header.identity is not None:
        private = open_identity(header.identity, vault.data_key, header.id)
        import base64

        identity = seal_identity(private, base64.b64decode(header.identity.public), new_key,
                                 header.id)
    pending = PendingKey(
        passphrase=wrap(new_key, passphrase_bytes(passphrase),
                        profiles._params(header.passphrase.kdf), _aad(header.id, "passphrase")),
        recovery=wrap(new_key, code_secret, profiles._params(header.recovery.kdf),
                      _aad(header.id, "recovery")),
        grants=[rewrap_grant(g, new_key, header.id) for g in keep],
        identity=identity,
        new_code=None if made_code is None else seal_text(made_code, new_key, header.id,
                                                          CODE_PURPOSE),
    )
    before = header
    header = begin(profiles, folder, header, pending, keep)
    remembered = profiles.is_remembered(vault.name)
    try:
        swap(vault, new_key, progress)
    except BaseException:
        # Not swapped (a full drive): put the header back as it was, grant included, so the
        # person can try again; the vault is still under its old key.
        wipe(new_key)
        with contextlib.suppress(StorageError):
            profiles.write_header(folder, before)
        raise
    vault.reopen(bytearray(new_key))
    wipe(new_key)
    promote(profiles, folder, header)
    if remembered:
        with contextlib.suppress(InputError):
            profiles.remember(vault)
    return made_code


def code_to_show(profiles: Profiles, vault: Vault) -> str | None:
    """A recovery code made by a re-key and not yet shown to the person."""
    from planner.vault.carers import open_text

    header = profiles.folder_and_header(vault.name)[1]
    if header.code_to_show is None or vault.author is not None:
        return None
    return open_text(header.code_to_show, vault.data_key, header.id, CODE_PURPOSE)


def code_shown(profiles: Profiles, vault: Vault) -> None:
    folder, header = profiles.folder_and_header(vault.name)
    if header.code_to_show is not None:
        with contextlib.suppress(StorageError):
            profiles.write_header(folder, header.model_copy(update={"code_to_show": None}))
