"""The SQLCipher connection: opening with the data key, pragmas, migrations, transactions.

Everything that touches the database file goes through `Store`, so the security pragmas are set
in exactly one place and every write is one transaction (`with store.transaction():`).
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from planner.errors import CorruptVault, PlannerError
from planner.vault.migrations import LATEST, MIGRATIONS

MIN_CIPHER_MAJOR = 4


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
        self, path: Path, data_key: bytearray, *, create: bool = False, schema: int = LATEST
    ) -> None:
        """`schema` below LATEST opens at an older version: only tests of migrations use it."""
        self.path = path
        if not create and not path.exists():
            raise CorruptVault(f"The vault file is missing: {path.name}")
        _private(path, create=create)
        # No statement cache. With cipher_memory_security ON every heap allocation SQLite makes
        # costs an mlock, an munlock and a random fill when freed. Cached statements hold the
        # connection's small "lookaside" memory (30 big slots), so once a dozen are cached every
        # cursor an INSERT opens comes from the heap instead: 4 allocations per row, 3x slower
        # bulk imports and 10x slower small queries (measured: benchmarks/README.md). Preparing
        # again costs microseconds; the durable-save and dashboard figures include it.
        self.conn: Any = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, cached_statements=0
        )
        try:
            self._open(data_key, schema)
        except BaseException:
            self.conn.close()
            raise

    def _open(self, data_key: bytearray, schema: int) -> None:
        c = self.conn
        # The key must be the first statement; a raw key skips SQLCipher's own slow KDF,
        # since ours (Argon2id) has already run.
        c.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        c.execute("PRAGMA cipher_memory_security = ON")
        version = c.execute("PRAGMA cipher_version").fetchone()
        if not version or int(str(version[0]).split(".")[0]) < MIN_CIPHER_MAJOR:
            raise PlannerError("SQLCipher 4 or newer is required to open the vault.")
        try:
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
            c.execute("PRAGMA journal_mode = WAL")
        except sqlcipher3.DatabaseError:
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
        # peak memory.
        c.execute("PRAGMA cache_size = -8192")
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
        """An encrypted copy of the vault file next to it (same key), e.g. before a migration."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        shutil.copy2(self.path, target)
        return target

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception: all or nothing."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        else:
            c.execute("COMMIT")

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
        with suppress(sqlcipher3.ProgrammingError):
            self.conn.close()


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
