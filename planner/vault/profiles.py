"""The profile registry: which profiles live in a data folder, and how each one is unlocked.

Each profile is a folder named by a random id (so a name in Urdu or with a slash is safe) holding
`profile.json`, the plaintext header, and `vault.db`, the encrypted vault. The header holds the
profile's name, the KDF parameters, salts and the two wrapped copies of the data key, and a count
of failed unlocks: never health data.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.atomic import atomic_write
from planner.errors import (
    CorruptVault,
    InputError,
    ProfileExists,
    ProfileNotFound,
    StorageError,
    WrongPassphrase,
    storage_error,
)

if TYPE_CHECKING:
    import uuid
    from collections.abc import Callable
    from datetime import datetime

    from planner.vault.carers import OnBehalf
    from planner.vault.header import ProfileHeader
    from planner.vault.keys import KdfParams, RecoveryCode, WrappedKey
    from planner.vault.vault import Vault

# The header model, the key code (pydantic, argon2, cryptography) and the vault (SQLCipher) load
# inside the methods that need them, not with this module: the start screen lists the profiles
# with `quick_names()` before its first paint, and must not wait ~130 ms for them (issue #6).

HEADER = "profile.json"
VAULT = "vault.db"
KEYRING_SERVICE = "health-planner"
MIN_PASSPHRASE = 4


def __getattr__(name: str) -> Any:
    """`ProfileHeader`, `FREE_ATTEMPTS` and `MAX_DELAY` moved to `planner.vault.header`."""
    if name in ("ProfileHeader", "FREE_ATTEMPTS", "MAX_DELAY"):
        from planner.vault import header

        return getattr(header, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def now() -> datetime:
    """`planner.domain.base.now()` (loaded on first use, as it brings pydantic); the tests of
    the wrong-guess delays replace this one."""
    from planner.domain.base import now as current

    return current()


def _aad(profile_id: uuid.UUID, purpose: str) -> bytes:
    """Binds a wrapped key to its profile and purpose, so headers cannot be swapped."""
    return b"health-planner/1/" + profile_id.bytes + b"/" + purpose.encode("ascii")


def clean_name(name: str) -> str:
    import unicodedata  # not at import: the start screen loads this module before it paints

    name = unicodedata.normalize("NFC", name).strip()
    if not name:
        raise InputError("Give the profile a name.")
    if len(name) > 40:
        raise InputError("Profile names can be up to 40 characters.")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InputError("Profile names cannot contain control characters.")
    return name


UNOWNED = (
    "This profile has no passphrase yet: a carer keeps it. Open it through the "
    "carer, or with its recovery code, to set one."
)
WRONG_CODE = "That recovery code does not open this profile."


def wait_message(seconds: int) -> str:
    """The back-off refusal, in English that reads right for one second and for many (the
    start screen shows it through Qt's plural forms instead: ui/forms.py)."""
    unit = "second" if seconds == 1 else "seconds"
    return f"Too many wrong tries. Wait {seconds} {unit}, then try again."


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"Use a passphrase of at least {MIN_PASSPHRASE} characters.")


class Profiles:
    """Create, list, unlock, recover and delete profiles in one data folder.

    `kdf` is the cost for newly wrapped keys; None means the product default, calibrated to the
    PC. Tests pass cheap parameters here; unlocking always uses the parameters stored in the
    header, and rewrapping never lowers them.
    """

    def __init__(
        self, data_dir: Path, *, kdf: KdfParams | None = None, keyring_backend: Any | None = None
    ) -> None:
        self.data_dir = data_dir
        self.root = data_dir / "profiles"
        self._kdf = kdf
        self._keyring = keyring_backend

    # -- reading the registry -------------------------------------------------------------

    def _header_files(self) -> list[tuple[Path, bytes]]:
        found: list[tuple[Path, bytes]] = []
        if not self.root.is_dir():
            return found
        for folder in sorted(self.root.iterdir()):
            path = folder / HEADER
            if path.is_file():
                found.append((folder, path.read_bytes()))
        return found

    def _read_headers(self) -> tuple[list[tuple[Path, ProfileHeader]], list[Path]]:
        """The profiles whose header is sound, and the header files that are not."""
        from pydantic import ValidationError

        from planner.vault.header import ProfileHeader

        found: list[tuple[Path, ProfileHeader]] = []
        damaged: list[Path] = []
        for folder, raw in self._header_files():
            try:
                found.append((folder, ProfileHeader.model_validate_json(raw)))
            except ValidationError:
                damaged.append(folder / HEADER)
        return found, damaged

    def _headers(self) -> list[tuple[Path, ProfileHeader]]:
        return self._read_headers()[0]

    def damaged(self) -> list[Path]:
        """Profiles this PC cannot list or open: a header that is unreadable, or missing beside
        a vault. The start screen names them, so nobody takes a damaged header for lost data
        and starts again; the vault beside it is untouched."""
        damaged = self._read_headers()[1]
        if self.root.is_dir():
            damaged += [folder / HEADER for folder in sorted(self.root.iterdir())
                        if (folder / VAULT).is_file() and not (folder / HEADER).exists()]
        return damaged

    def names(self) -> list[str]:
        return sorted((h.name for _, h in self._headers()), key=str.casefold)

    def quick_names(self) -> list[str]:
        """The names in the plaintext headers, read with `json` alone. The start screen shows
        these at once, before pydantic and the key code have loaded (issue #6, cold start);
        `names()` validates every header in full and is what every other step relies on. The
        two differ only for a header damaged in a way plain JSON does not show."""
        files = self._header_files()
        if not files:
            return []
        import json  # here, not at the top: a first run has no header to read

        names: list[str] = []
        for _folder, raw in files:
            try:
                header = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(header, dict) or header.get("format", 1) != 1:
                continue
            name = header.get("name")
            if isinstance(name, str) and 1 <= len(name) <= 40 and all(
                key in header for key in ("id", "created_at", "passphrase", "recovery")
            ):
                names.append(name)
        return sorted(names, key=str.casefold)

    def _find(self, name: str) -> tuple[Path, ProfileHeader]:
        import unicodedata  # see clean_name

        wanted = unicodedata.normalize("NFC", name).strip().casefold()
        for folder, header in self._headers():
            if header.name.casefold() == wanted:
                return folder, header
        raise ProfileNotFound(f"There is no profile called '{name}' here.")

    def header(self, name: str) -> ProfileHeader:
        return self._find(name)[1]

    def exists(self, name: str) -> bool:
        try:
            self._find(name)
        except ProfileNotFound:
            return False
        return True

    def _params(self, floor: KdfParams | None = None) -> KdfParams:
        from planner.vault.keys import KdfParams, calibrated

        params = self._kdf if self._kdf is not None else calibrated()
        if floor is not None and not params.at_least(floor):
            # Parameters only go up: a rewrap keeps at least the cost already on disk.
            params = KdfParams(
                memory_kib=max(params.memory_kib, floor.memory_kib),
                time_cost=max(params.time_cost, floor.time_cost),
                parallelism=max(params.parallelism, floor.parallelism),
            )
        return params

    @staticmethod
    def clock() -> datetime:
        """`now()`, for modules that must not import this one."""
        return now()

    @staticmethod
    def aad(profile_id: uuid.UUID, purpose: str) -> bytes:
        return _aad(profile_id, purpose)

    def folder_and_header(self, name: str) -> tuple[Path, ProfileHeader]:
        """The profile's folder and header (for planner/vault/access.py and rekey.py)."""
        return self._find(name)

    def write_header(self, folder: Path, header: ProfileHeader) -> None:
        self._write_header(folder, header)

    def _write_header(self, folder: Path, header: ProfileHeader) -> None:
        atomic_write(
            folder / HEADER,
            header.model_dump_json(indent=2).encode("utf-8"),
            target=StorageError.PROFILE,
        )

    # -- life cycle -----------------------------------------------------------------------

    def create(
        self, name: str, passphrase: str | None, *, on_behalf: OnBehalf | None = None
    ) -> tuple[Vault, RecoveryCode]:
        """A new profile with its own carer key pair (issue #24: anyone may care for someone).
        `passphrase` None only with `on_behalf`: a carer makes it for someone who cannot use
        the app, and holds it through a grant (planner/vault/access.py) until they take it."""
        import uuid

        from planner.vault.carers import new_identity
        from planner.vault.header import ProfileHeader
        from planner.vault.keys import RecoveryCode, new_data_key, passphrase_bytes, wrap
        from planner.vault.vault import Vault

        name = clean_name(name)
        if passphrase is not None or on_behalf is None:
            check_passphrase(passphrase or "")
        if self.exists(name):
            raise ProfileExists(f"There is already a profile called '{name}'.")
        profile_id = uuid.uuid4()
        folder = self.root / profile_id.hex
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise (storage_error(exc) or exc) from exc
        key = new_data_key()
        code = RecoveryCode.generate()
        params = self._params()
        header = ProfileHeader(
            id=profile_id,
            name=name,
            created_at=now(),
            passphrase=None if passphrase is None else wrap(
                key, passphrase_bytes(passphrase), params, _aad(profile_id, "passphrase")
            ),
            recovery=wrap(
                key, RecoveryCode.normalise(code.text), params, _aad(profile_id, "recovery")
            ),
            identity=new_identity(key, profile_id),
            on_behalf=on_behalf,
        )
        try:
            from planner.vault.holder import Holder

            holder = Holder.acquire(folder)
            vault = Vault(profile_id, name, folder / VAULT, key, create=True, holder=holder)
            self._write_header(folder, header)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return vault, code

    def _open(
        self, folder: Path, header: ProfileHeader, key: bytearray, *, read_only: bool = False,
        take_over: bool = False, why: InputError | None = None, author: str | None = None,
        pending: Callable[[], bytearray] | None = None,
    ) -> Vault:
        """`_open_plain`, finishing first a re-key a crash cut short (planner/vault/rekey.py):
        `pending` unwraps the new data key the same way `key` was unwrapped. A profile with
        carers records this use, so a clock turned back cannot revive an ended grant."""
        if header.rekey is not None:
            from planner.vault.rekey import resume

            vault = resume(self, folder, header, key, pending, read_only=read_only,
                           take_over=take_over, why=why, author=author)
        else:
            vault = self._open_plain(folder, header, key, read_only=read_only,
                                     take_over=take_over, why=why, author=author)
        if header.grants and vault.read_only is None and author is None:
            from planner.vault.usage import touch

            touch(vault, now())
        return vault

    def _open_plain(
        self, folder: Path, header: ProfileHeader, key: bytearray, *, read_only: bool = False,
        take_over: bool = False, why: InputError | None = None, author: str | None = None,
    ) -> Vault:
        """`why` opens read-only for that reason without holding the profile (a carer's view
        grant). Read-only when the profile's folder or vault file cannot be written (a stick's lock
        switch, a folder without permission): the vault's `read_only` says why. Otherwise this
        process holds the profile (planner/vault/holder.py) or, when another copy of the app
        does, `ProfileInUse` says who, unless `read_only` asks to open it read-only anyway
        (then `read_only` is that ProfileInUse). `take_over` ends another PC's hold by hand."""
        from planner.vault.holder import Holder, ProfileInUse
        from planner.vault.keys import wipe
        from planner.vault.store import writable
        from planner.vault.vault import Vault

        if why is None:
            why = writable(folder)
        if why is None and not os.access(folder / VAULT, os.W_OK):
            why = StorageError(StorageError.NO_ACCESS)
        holder = None
        try:
            if why is None:
                try:
                    holder = Holder.acquire(folder, force=take_over)
                except ProfileInUse as in_use:
                    if not read_only:
                        raise
                    why = in_use
                except StorageError as full:  # no room even for the lock file
                    if full.kind != StorageError.FULL:
                        raise
                    why = full
            try:
                return Vault(header.id, header.name, folder / VAULT, key, read_only=why,
                             holder=holder, author=author)
            except StorageError as full:
                if why is not None or full.kind != StorageError.FULL:
                    raise
                # A drive too full even to open for writing (SQLite's -shm file): open it
                # read-only instead, saying why; with space freed it opens as usual again.
                return Vault(header.id, header.name, folder / VAULT, key, read_only=full,
                             holder=holder, author=author)
        except BaseException:
            if holder is not None:
                holder.release()
            wipe(key)
            raise

    def _record_failure(self, folder: Path, header: ProfileHeader) -> None:
        header = header.model_copy(
            update={"failed_unlocks": header.failed_unlocks + 1, "last_failure": now()}
        )
        # On read-only media the count cannot be kept; the person still hears "wrong passphrase".
        with contextlib.suppress(StorageError):
            self._write_header(folder, header)

    def _unwrap(
        self, folder: Path, header: ProfileHeader, wrapped: WrappedKey | None, secret: bytes,
        purpose: str,
    ) -> bytearray:
        from datetime import timedelta

        from planner.vault.keys import unwrap

        if wrapped is None:
            raise WrongPassphrase(UNOWNED)
        wait = header.retry_after(now())
        if wait > timedelta(0):
            raise WrongPassphrase(wait_message(max(1, int(wait.total_seconds() + 0.999))))
        try:
            key = unwrap(wrapped, secret, _aad(header.id, purpose))
        except WrongPassphrase:
            self._record_failure(folder, header)
            if purpose == "recovery":  # the person typed a code, not a passphrase
                raise WrongPassphrase(WRONG_CODE) from None
            raise
        if header.failed_unlocks:
            with contextlib.suppress(StorageError):
                self._write_header(
                    folder, header.model_copy(update={"failed_unlocks": 0, "last_failure": None})
                )
        return key

    def unlock(
        self, name: str, passphrase: str, *, read_only: bool = False, take_over: bool = False
    ) -> Vault:
        """`read_only`: open read-only if another copy of the app holds the profile (instead
        of `ProfileInUse`); `take_over`: end that hold (a PC that is gone for good)."""
        from planner.vault.keys import passphrase_bytes

        folder, header = self._find(name)
        secret = passphrase_bytes(passphrase)
        key = self._unwrap(folder, header, header.passphrase, secret, "passphrase")
        return self._open(
            folder, header, key, read_only=read_only, take_over=take_over,
            pending=self._pending(header, "passphrase", secret),
        )

    def _pending(
        self, header: ProfileHeader, purpose: str, secret: bytes
    ) -> Callable[[], bytearray] | None:
        """How to unwrap the new data key of a re-key in progress with the same secret."""
        if header.rekey is None:
            return None
        from planner.vault.keys import unwrap

        wrapped = header.rekey.passphrase if purpose == "passphrase" else header.rekey.recovery
        if wrapped is None:
            return None
        return lambda: unwrap(wrapped, secret, _aad(header.id, purpose))

    def change_passphrase(self, name: str, old: str, new: str) -> None:
        """Rewrap the data key under the new passphrase; the vault file is not touched."""
        from planner.vault.keys import passphrase_bytes, wipe

        check_passphrase(new)
        folder, header = self._find(name)
        if header.rekey is not None:  # a re-key a crash cut short: finish it first
            self.unlock(name, old).lock()
            folder, header = self._find(name)
        key = self._unwrap(folder, header, header.passphrase, passphrase_bytes(old), "passphrase")
        try:
            self._rewrap(folder, self._find(name)[1], key, new)
        finally:
            wipe(key)

    def recover(self, name: str, code: str, new_passphrase: str) -> tuple[Vault, RecoveryCode]:
        """Open with the recovery code, set a new passphrase and issue a new one-time code.
        For a profile a carer made on someone's behalf this is also how the person takes
        ownership: the passphrase is theirs, and the "on behalf" record is closed."""
        from planner.vault.keys import RecoveryCode

        check_passphrase(new_passphrase)
        folder, header = self._find(name)
        secret = RecoveryCode.normalise(code)
        key = self._unwrap(folder, header, header.recovery, secret, "recovery")
        vault = self._open(folder, header, key, pending=self._pending(header, "recovery", secret))
        try:
            new_code = self.set_owner_secrets(vault, new_passphrase)
        except BaseException:
            vault.lock()
            raise
        return vault, new_code

    def set_owner_secrets(self, vault: Vault, passphrase: str) -> RecoveryCode:
        """Wrap `vault`'s data key under `passphrase` and a new recovery code (returned), and
        end any "on behalf" record: the person now holds their own profile."""
        from planner.vault.keys import RecoveryCode, wrap

        check_passphrase(passphrase)
        folder, header = self._find(vault.name)
        new_code = RecoveryCode.generate()
        header = header.model_copy(
            update={
                "recovery": wrap(
                    vault.data_key,
                    RecoveryCode.normalise(new_code.text),
                    self._params(header.recovery.kdf),
                    _aad(header.id, "recovery"),
                ),
                "on_behalf": None,
            }
        )
        self._rewrap(folder, header, vault.data_key, passphrase)
        return new_code

    def _rewrap(self, folder: Path, header: ProfileHeader, key: bytearray, passphrase: str) -> None:
        from planner.vault.keys import passphrase_bytes, wrap

        floor = header.passphrase.kdf if header.passphrase is not None else None
        header = header.model_copy(
            update={
                "passphrase": wrap(
                    key,
                    passphrase_bytes(passphrase),
                    self._params(floor),
                    _aad(header.id, "passphrase"),
                ),
            }
        )
        self._write_header(folder, header)

    def delete(self, name: str) -> None:
        folder, header = self._find(name)
        self.forget(header.id)
        shutil.rmtree(folder)

    def vault_path(self, name: str) -> Path:
        return self._find(name)[0] / VAULT

    def raw_header(self, name: str) -> dict[str, Any]:
        import json

        return dict(json.loads((self._find(name)[0] / HEADER).read_text("utf-8")))

    # -- remember on this device ----------------------------------------------------------

    def keyring(self) -> Any | None:
        """The OS keyring, only if it is a real one: never the fail, null or plaintext backends,
        which would leave the data key readable by anyone who copies the home folder."""
        if self._keyring is not None:
            return self._keyring
        try:
            import keyring
            from keyring.backends import chainer, fail
        except ImportError:  # pragma: no cover - keyring is a dependency
            return None
        backend = keyring.get_keyring()
        candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
        for item in candidates:
            kind = f"{type(item).__module__}.{type(item).__name__}".lower()
            if isinstance(item, fail.Keyring) or any(
                bad in kind for bad in ("null", "plaintext", "fail", "uncrypted")
            ):
                continue
            if getattr(item, "priority", 0) > 0:
                return item
        return None

    def can_remember(self) -> bool:
        return self.keyring() is not None

    def can_remember_now(self) -> bool | None:
        """`can_remember()` if the answer needs no keyring library (a backend was given), else
        None: loading and asking the OS keyring can take a while, so the start screen asks
        `can_remember()` in the worker after its first paint (issue #6)."""
        return True if self._keyring is not None else None

    def remember(self, vault: Vault) -> None:
        backend = self.keyring()
        if backend is None:
            raise InputError("This computer has no secure keyring, so it cannot remember you.")
        backend.set_password(
            KEYRING_SERVICE, f"profile:{vault.profile_id}", bytes(vault.data_key).hex()
        )

    def forget(self, profile_id: uuid.UUID) -> None:
        backend = self.keyring()
        if backend is None:
            return
        try:
            backend.delete_password(KEYRING_SERVICE, f"profile:{profile_id}")
        except Exception:  # noqa: BLE001 - keyrings raise their own types; nothing stored is fine
            return

    def is_remembered(self, name: str) -> bool:
        backend = self.keyring()
        if backend is None:
            return False
        header = self.header(name)
        return backend.get_password(KEYRING_SERVICE, f"profile:{header.id}") is not None

    def unlock_remembered(self, name: str) -> Vault:
        backend = self.keyring()
        folder, header = self._find(name)
        stored = backend.get_password(KEYRING_SERVICE, f"profile:{header.id}") if backend else None
        if not stored:
            raise WrongPassphrase("This profile is not remembered on this computer.")
        try:
            key = bytearray(bytes.fromhex(stored))
        except ValueError:
            raise CorruptVault(
                "The remembered key is damaged. Unlock with your passphrase."
            ) from None
        return self._open(folder, header, key)
