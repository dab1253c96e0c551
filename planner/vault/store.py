"""The SQLCipher connection: opening with the data key, pragmas, migrations, transactions.

Everything that touches the database file goes through `Store`, so the security pragmas are set
in exactly one place and every write is one transaction (`with store.transaction():`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import sqlcipher3

from planner.errors import CorruptVault, PlannerError, StorageError, storage_error
from planner.vault.apart import Apart
from planner.vault.migrations import LATEST, MIGRATIONS

MIN_CIPHER_MAJOR = 4
T = TypeVar("T")
CACHE_KIB = 8192  # the page cache a vault keeps open (see _open)
# The most page cache a bulk write may use (see Store.bulk_cache): a 1,000,000-entry vault is
# ~110 MB, all of it fits; a larger one gets this much, still far more than its indexes' pages
# an import can dirty at a time.
BULK_CACHE_KIB = 256 * 1024
# From this many rows a bulk write goes over a connection of its own (`Store.bulk_write`): a
# few milliseconds to open, against a second or more saved for 100,000 rows.
BULK_WRITE_AT = 10_000


def _as_is(value: object) -> object:
    return value


# Binding a `bytes` or a None, sqlcipher3 first looks for `__adapt__` and `__conform__` on it,
# raising and clearing an AttributeError for each: about 1 us per parameter, a third of a
# 100,000-entry import's time in the binding layer (entry ids are bytes, and most entries
# have no text or no value). A registered adapter is found before that search; these two
# hand the value back unchanged, so what is stored is exactly what it was.
sqlcipher3.register_adapter(bytes, _as_is)
sqlcipher3.register_adapter(type(None), _as_is)


class Store:
    """One open, keyed connection to a vault file.

    `check_same_thread=False` because the UI's single serial worker owns the connection, and
    it is not always the thread that opened it. The serial worker is what keeps access exclusive.
    """

    def __init__(
        self,
        path: Path,
        data_key: bytearray,
        *,
        create: bool = False,
        schema: int = LATEST,
        read_only: bool = False,
    ) -> None:
        """`schema` below LATEST opens at an older version: only tests of migrations use it.
        `read_only` opens for reading only (read-only media, or another copy of the app holds
        the profile): SQLite's `mode=ro`, plus `immutable=1` when the folder cannot take the
        WAL's -shm file, and `query_only`, so any write fails as `StorageError(READ_ONLY)`."""
        self.path = path
        self.read_only = read_only
        self._side = Apart(self._apart)  # connections for bulk work (`apart`, `bulk_write`)
        self.gone = False  # the drive went away: no more writes until it is opened again
        # Set by `Vault` for a carer's session (issue #24): `refusal` (a view grant's ReadOnly)
        # refuses every transaction before it begins; `author` names the carer on what they
        # write; `session` is their access-log row, whose counts `changed` keeps.
        self.refusal: PlannerError | None = None
        self.author: str | None = None
        self.session: int | None = None
        if not create and not path.exists():
            raise CorruptVault(f"The vault file is missing: {path.name}")
        if read_only:
            self.conn: Any = _connect(_read_only_uri(path), uri=True)
            try:
                self._open(data_key, schema)
            except BaseException:
                self.conn.close()
                raise
            return
        try:
            _private(path, create=create)
        except OSError as exc:
            raise (storage_error(exc) or exc) from exc
        self.conn = _connect(str(path))
        try:
            self._open(data_key, schema)
        except BaseException:
            self.conn.close()
            raise

    def _setup(self, c: Any, data_key: bytearray) -> None:
        """Key `c` and set the pragmas every connection to the vault has."""
        # The key must be the first statement; a raw key skips SQLCipher's own slow KDF,
        # since ours (Argon2id) has already run.
        c.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        c.execute("PRAGMA cipher_memory_security = ON")
        version = c.execute("PRAGMA cipher_version").fetchone()
        if not version or int(str(version[0]).split(".")[0]) < MIN_CIPHER_MAJOR:
            raise PlannerError("SQLCipher 4 or newer is required to open the vault.")
        try:
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if self.read_only:
                c.execute("PRAGMA query_only = ON")
            else:
                c.execute("PRAGMA journal_mode = WAL")
        except sqlcipher3.DatabaseError as exc:
            # A full, read-only or vanished drive is not a damaged vault: say which it is.
            mapped = storage_error(exc, where=self.path.parent)
            if mapped is not None:
                raise mapped from None
            raise CorruptVault(
                "The vault file is damaged or is not a Health Planner vault."
            ) from None
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA temp_store = MEMORY")
        c.execute("PRAGMA foreign_keys = ON")
        # 8 MiB of page cache. A bulk import touches random pages of the id index, and a cache
        # far smaller than that working set makes SQLCipher decrypt and re-encrypt pages over
        # and over (SQLite's 2 MiB default: 100,000 entries 15% slower). 32 MiB was no faster
        # than 8 (benchmarks/README.md) and a scan of a million entries filled all of it,
        # which is most of the difference between an empty and a 1,000,000-entry vault's
        # peak memory. A CSV import into a big vault takes more for its one transaction
        # (`bulk_cache`).
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def _open(self, data_key: bytearray, schema: int) -> None:
        self._setup(self.conn, data_key)
        if self.read_only:
            if self.schema_version > LATEST:
                raise CorruptVault(
                    "This vault was made by a newer Health Planner. Update the app to open it."
                )
            if self.schema_version < schema:  # it would need a migration, which writes
                raise StorageError(StorageError.READ_ONLY)
            return
        self.migrate(schema)

    # -- schema ---------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, up_to: int = LATEST) -> None:
        """Apply pending migrations, copying the vault aside first if it already holds data."""
        current = self.schema_version
        if current > LATEST:
            raise CorruptVault(
                "This vault was made by a newer Health Planner. Update the app to open it."
            )
        pending = [(n, sql) for n, sql in MIGRATIONS if current < n <= up_to]
        if not pending:
            return
        if current > 0:
            self.copy_aside(f"before-v{pending[0][0]}")
        for number, sql in pending:
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {int(number)}")

    def copy_aside(self, label: str) -> Path:
        """An encrypted copy of the vault file next to it (same key), e.g. before a migration.
        Written to a temporary name and renamed, so a full drive leaves no half copy."""
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        self.settle()
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                       dir=self.path.parent)
            os.close(fd)
            try:
                shutil.copy2(self.path, tmp)
                with open(tmp, "rb") as handle:
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except (OSError, sqlcipher3.OperationalError) as exc:
            mapped = storage_error(exc, where=self.path.parent)
            if mapped is None:
                raise
            raise mapped from exc
        return target

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception: all or nothing. A full,
        read-only or vanished drive raises `StorageError` (the transaction is rolled back, or
        SQLite already did), never a damaged-vault error."""
        if self.refusal is not None:  # a view-only grant: no write starts, whoever asks
            raise self.refusal
        if self.gone:  # stop writing to a drive that went away; the app locks the profile
            raise StorageError(StorageError.GONE)
        with self._committed(self.conn) as c:
            yield c

    @contextmanager
    def _committed(self, c: Any) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT on `c`, or ROLLBACK on any exception; a full, read-only
        or vanished drive raised as its StorageError."""
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            self._raise_mapped(exc)
        try:
            yield c
            c.execute("COMMIT")
        except BaseException as exc:  # noqa: BLE001 - raised again (_raise_mapped)
            # After SQLITE_FULL or SQLITE_IOERR SQLite may have rolled back already.
            with suppress(sqlcipher3.Error):
                if c.in_transaction:
                    c.execute("ROLLBACK")
            # Only SQLite's own failures are about the vault's drive; an OSError from the
            # body (reading an import file) is about some other file and passes unchanged.
            self._raise_mapped(exc)

    @contextmanager
    def bulk_cache(self) -> Iterator[None]:
        """A page cache as big as the vault file (at most BULK_CACHE_KIB) for one bulk write,
        then the usual 8 MiB again (SQLite frees the pages above it).

        Rows added to a big vault land all over its indexes: in time order they append to
        the time indexes, but their random ids touch nearly every leaf of the id index, and
        with 8 MiB the cache was evicting, re-reading, decrypting and spilling those pages
        again and again (100,000 entries into 1,000,000: 8.3 s, 3.8 s with the pages kept;
        benchmarks/README.md). Memory grows only by the pages actually touched, and only for
        the write; a small vault keeps 8 MiB, which suits appends (a bigger cache there only
        adds locked allocations)."""
        c = self.conn
        c.execute(f"PRAGMA cache_size = -{self._bulk_kib()}")
        try:
            yield
        finally:
            c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def _bulk_kib(self) -> int:
        """A bulk write's page cache: as big as the vault file, at least the usual, at most
        BULK_CACHE_KIB (`bulk_cache` says why)."""
        try:
            kib = os.stat(self.path).st_size // 1024  # no SQL: nothing here can fail the write
        except OSError:
            kib = 0
        return min(max(kib, CACHE_KIB), BULK_CACHE_KIB)

    def prepare_bulk_write(self, data_key: bytearray, warm: Sequence[str]) -> None:
        """Start opening the next `bulk_write`'s connection, and reading `warm` into its page
        cache, in a thread (planner/vault/apart.py says why); `settle` gives it up unused."""
        if self._writes_apart:
            self._side.prepare_write(data_key, self._bulk_setup(), warm)

    def drop_prepared_write(self) -> None:
        """Give up the connection `prepare_bulk_write` warmed, unused (a check refused the
        file, the person cancelled), in a thread."""
        self._side.drop_prepared()

    @property
    def _writes_apart(self) -> bool:
        """Whether a write may go over a connection of its own: not on read-only media, a
        view-only grant or a drive gone (`transaction` refuses those, and says why)."""
        return not (self.read_only or self.refusal is not None or self.gone)

    def _bulk_setup(self) -> tuple[str, str]:
        return (f"PRAGMA cache_size = -{self._bulk_kib()}",
                "PRAGMA wal_autocheckpoint = 0")  # the thread giving it up checkpoints

    @contextmanager
    def bulk_write(self, data_key: bytearray, *, rows: int) -> Iterator[Any]:
        """`transaction` with the bulk page cache (`bulk_cache`) for a write of `rows` rows;
        from BULK_WRITE_AT rows over a connection of its own (the one `prepare_bulk_write`
        warmed, if any), given up afterwards in a thread (planner/vault/apart.py): on the
        vault's connection, 100,000 entries into a 1,000,000-entry vault took SQLCipher
        2.3-2.8 s to insert after the import's check, 1.3 s on a fresh one."""
        if rows < BULK_WRITE_AT or not self._writes_apart:
            self._side.drop_prepared()
            with self.bulk_cache(), self.transaction() as c:  # (refused as a write must be)
                yield c
            return
        c = self._side.take_prepared() or self._apart(data_key, *self._bulk_setup())
        try:
            with self._committed(c):
                yield c
        finally:
            self._side.retire(c, checkpoint=True)

    @contextmanager
    def apart(self, data_key: bytearray) -> Iterator[Any]:
        """A connection of its own, for a run of many queries that bind many values (an
        import's id lookups), given up afterwards in a thread (planner/vault/apart.py says
        why); the vault's own connection inside a transaction, or where no second one can be
        opened (read-only, gone). In the window, 1,000 lookups of 100 ids took 33,000 mlock
        calls and 0.45 s on the vault's connection, 2,700 and 0.26 s on a new one."""
        if self.read_only or self.gone or self.conn.in_transaction:
            yield self.conn
            return
        c = self._apart(data_key)
        try:
            yield c
        except sqlcipher3.Error as exc:
            self._raise_mapped(exc)
        finally:
            self._side.retire(c, checkpoint=False)

    def _apart(self, data_key: bytearray, *setup: str) -> Any:
        """A new connection to the vault file, keyed and set up as the first, then `setup`."""
        try:
            c = _connect(str(self.path))
        except sqlcipher3.Error as exc:  # the stick pulled out, the folder gone: say so
            raise self._drive_failed(exc) from None
        try:
            self._setup(c, data_key)
            for statement in setup:
                c.execute(statement)
        except BaseException as exc:  # noqa: BLE001 - raised again (_raise_mapped)
            c.close()
            self._raise_mapped(exc)
        return c

    def _mapped(self, exc: BaseException) -> BaseException:
        """What to raise for `exc`: a SQLite failure about the drive as its StorageError."""
        return self._drive_failed(exc) if isinstance(exc, sqlcipher3.Error) else exc

    def _raise_mapped(self, exc: BaseException) -> NoReturn:
        """Raise `exc` as `_mapped` says: itself, or the StorageError it means."""
        mapped = self._mapped(exc)
        if mapped is exc:
            raise exc
        raise mapped from exc

    def settle(self) -> None:
        """No connection apart left (`Apart.settle`): before closing, copying the file aside
        or re-keying it."""
        self._side.settle()

    def _drive_failed(self, exc: BaseException) -> BaseException:
        """The StorageError a SQLite failure means (or `exc` itself); a vanished drive also
        stops every later write (`gone`)."""
        mapped = storage_error(exc, where=self.path.parent)
        if mapped is None:
            return exc
        if mapped.kind == StorageError.GONE:
            self.gone = True
        return mapped

    def stamp(self, item: T) -> T:
        """`item` naming the carer whose session this is as its author, when it names none
        (what the person saves keeps what it says, so an import keeps who entered what)."""
        if self.author is None or getattr(item, "author", None) is not None:
            return item
        return item.model_copy(update={"author": self.author})  # type: ignore[attr-defined]

    def changed(self, c: Any, kind: str, count: int = 1) -> None:
        """Count `count` changes of `kind` against the carer's session, inside the caller's
        transaction (the access log says what a carer changed, in counts, never contents)."""
        if self.session is None or count <= 0:
            return
        c.execute(
            "INSERT INTO access_changes(session, kind, n) VALUES (?, ?, ?) "
            "ON CONFLICT(session, kind) DO UPDATE SET n = n + excluded.n",
            (self.session, kind, count),
        )
        c.execute("UPDATE access_sessions SET last = ? WHERE id = ?",
                  (datetime.now(UTC).isoformat(), self.session))

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    # -- integrity ------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems found by SQLCipher's page HMAC check and SQLite's own check; [] when sound."""
        problems: list[str] = []
        try:
            problems += [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            result = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            return [*problems, f"the database could not be read: {exc}"]
        if result != ["ok"]:
            problems += result
        if self.schema_version != LATEST:
            problems.append(f"schema version {self.schema_version}, expected {LATEST}")
        return problems

    def close(self) -> None:
        # sqlcipher3.Error: closing on a drive that went away may fail to checkpoint; the WAL
        # stays beside the vault and SQLite replays it at the next open.
        self.settle()
        with suppress(sqlcipher3.Error):
            self.conn.close()


def _connect(target: str, *, uri: bool = False) -> Any:
    """A connection to the vault file, not yet keyed, as every Store connection is made.

    No statement cache asked for. With cipher_memory_security ON every heap allocation SQLite
    makes costs an mlock, an munlock and a random fill when freed. Cached statements hold the
    connection's small "lookaside" memory (30 big slots), so once a dozen are cached every
    cursor an INSERT opens comes from the heap instead: 4 allocations per row, 3x slower bulk
    imports and 10x slower small queries (measured: benchmarks/README.md). Preparing again
    costs microseconds; the durable-save and dashboard figures include it. (sqlcipher3 still
    keeps five, the most used: hence bulk work on a connection of its own, `Store.apart`.)"""
    return sqlcipher3.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                              cached_statements=0)


def _private(path: Path, *, create: bool) -> None:
    """Make the vault file readable by its owner only (0600), like the header, before SQLite
    writes a byte: a new file is made empty with that mode, so the umask cannot widen it, and
    SQLite gives the -wal and -shm files beside it the main file's mode. A vault made by an
    older release with the umask's mode (often 0644) is narrowed when opened. Windows keeps
    its own access lists; there is nothing to do there."""
    if os.name != "posix":
        return
    if create:
        with suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        # OSError: a FAT-formatted USB stick has no modes to narrow (and refuses to try); a
        # carer's stick must still open.
        with suppress(OSError):
            mode = stat.S_IMODE(each.stat().st_mode)
            if mode & 0o077:
                each.chmod(mode & 0o700)


def _read_only_uri(path: Path) -> str:
    """`file:` URI opening `path` read-only. WAL needs the -shm file beside the vault; on
    read-only media that cannot be made, and SQLite is told the file is immutable (nothing can
    change it there) so it reads without one."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    # Never immutable while a WAL holds commits (a stick pulled out before the app closed):
    # SQLite would read past them. Then the open fails as read-only rather than lose them.
    if not shm.exists() and not _has_bytes(wal) and (
        writable(path.parent) is not None or _no_room(path.parent)
    ):
        uri += "&immutable=1"
    return uri


def _no_room(folder: Path) -> bool:
    """The drive is full: SQLite could not size a new -shm file there."""
    try:
        found = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False
    return found.f_bavail * found.f_frsize < 64 * 1024


def _has_bytes(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def writable(folder: Path) -> StorageError | None:
    """None when a file can be made in `folder`; else why not (READ_ONLY for read-only media,
    NO_ACCESS without permission, GONE when it vanished). It tries, as `os.access` says yes
    to root on a folder without write permission and knows nothing of a stick's lock."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-check.", dir=folder)
    except OSError as exc:
        return storage_error(exc) or StorageError(StorageError.NO_ACCESS)
    os.close(fd)
    with suppress(OSError):
        os.unlink(probe)
    return None


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements.

    Pieces between semicolons are joined until SQLite says they make a complete statement, so a
    trigger's BEGIN ... END body (semicolons inside) stays whole. Ours hold no semicolons inside
    strings, and `--` comments take whole lines.
    """
    pending = ""
    for part in script.split(";"):
        lines = [ln for ln in part.splitlines() if not ln.strip().startswith("--")]
        pending += "\n".join(lines) + ";"
        if sqlcipher3.complete_statement(pending):
            statement = pending.strip().removesuffix(";").strip()
            pending = ""
            if statement:
                yield statement
    if pending.strip(" \n;"):
        raise PlannerError("A migration ends in the middle of a statement.")
