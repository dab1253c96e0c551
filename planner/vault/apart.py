"""Connections to a vault made apart from its own, for bulk work, given up in a thread.

Why apart: sqlcipher3 keeps at least five prepared statements on a connection, the ones used
most, each with the values last bound to it, and they hold part of the connection's pool of small
allocations ("lookaside", ~120 slots); past the pool every allocation is locked, wiped and
unlocked (cipher_memory_security). An import's thousand lookups of 100 ids, or its write of
100,000 rows, on the vault's own connection paid that on most bound values (benchmarks/README.md).

Why given up in a thread: a bulk connection's page cache (a 1,000,000-entry vault's indexes, up
to ~100 MB) is wiped page by page as SQLite frees it, and a write's WAL is copied into the vault
file (a checkpoint, which SQLite's documentation suggests running in a thread of its own). Both
are SQLite's own work, done without Python's lock, on the other core, while the window shows
the result.

Why warmed ahead: the write's 100,000 entries land all over three indexes, and reading and
decrypting their pages took a fifth of it. While the import's check reads the file, a thread
opens the write's connection and reads those indexes into its page cache (`prepare_write`), so
the write finds them there. SQLite drops the cached pages itself if anything else writes to the
vault in between; a check that refuses the file, a locked profile or a re-key give the
connection up unused (`drop_prepared`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any

import sqlcipher3

Opener = Callable[..., Any]  # (data_key, *setup statements) -> an open, keyed connection


class Apart:
    """The connections one Store makes apart from its own: one write's connection warmed
    ahead at a time (`prepare_write`, `take_prepared`), and each given up in a thread
    (`retire`), one after another. The serial worker is the only caller."""

    def __init__(self, opener: Opener) -> None:
        self._open = opener
        self._retiring: threading.Thread | None = None
        # The thread warming a write's connection, and the list it leaves that connection in.
        self._preparing: tuple[threading.Thread, list[Any]] | None = None

    def prepare_write(self, data_key: bytearray, setup: Sequence[str],
                      warm: Sequence[str]) -> None:
        """In a thread: open the next bulk write's connection (`setup` after the usual
        pragmas) and run the `warm` queries on it, whose pages its cache then holds. A
        failure leaves nothing prepared; the write opens its own and says what is wrong."""
        if self._preparing is not None:
            return
        key = bytearray(data_key)  # the vault may be locked, and its key wiped, meanwhile
        made: list[Any] = []

        def run() -> None:
            try:
                c = self._open(key, *setup)
            except Exception:  # noqa: BLE001 - the write meets it again, and says it
                return
            finally:
                key[:] = bytes(len(key))
            try:
                for sql in warm:
                    c.execute(sql).fetchall()  # one step each: without Python's lock
            except sqlcipher3.Error:
                _free(c)
                return
            made.append(c)

        thread = threading.Thread(target=run, name="vault-prepare", daemon=True)
        self._preparing = (thread, made)
        thread.start()

    def take_prepared(self) -> Any | None:
        """The warmed connection (waiting for its thread), or None if there is none."""
        preparing, self._preparing = self._preparing, None
        if preparing is None:
            return None
        thread, made = preparing
        thread.join()
        return made.pop() if made else None

    def drop_prepared(self) -> None:
        """Give a prepared connection up unused, without waiting for its thread."""
        preparing, self._preparing = self._preparing, None
        if preparing is None:
            return
        thread, made = preparing

        def run() -> None:
            thread.join()
            while made:
                _free(made.pop())

        self._start(run)

    def retire(self, c: Any, *, checkpoint: bool) -> None:
        """Checkpoint (after a write), free and close `c`, in a thread."""

        def run() -> None:
            if checkpoint:
                with suppress(sqlcipher3.Error):  # a drive gone: SQLite replays it at open
                    c.execute("PRAGMA wal_checkpoint(PASSIVE)")
            _free(c)

        self._start(run)

    def settle(self) -> None:
        """No connection apart left: a prepared one given up, the last one closed. Before
        the vault's own connection closes, and before anything that needs the WAL copied
        into the vault file or the file itself replaced (a backup copy, a re-key)."""
        self.drop_prepared()
        retiring, self._retiring = self._retiring, None
        if retiring is not None:
            retiring.join()

    def _start(self, run: Callable[[], None]) -> None:
        """Run `run` in a thread after the one before it (one connection freed at a time)."""
        before = self._retiring

        def after() -> None:
            _yield_to_the_window()
            if before is not None:
                before.join()
            run()

        self._retiring = threading.Thread(target=after, name="vault-retire", daemon=True)
        self._retiring.start()


def _yield_to_the_window() -> None:
    """Make this thread the first to wait for a core: it works beside the worker on a 2-core
    PC, and the window's thread must still get one when it wakes (Linux: a thread's own
    niceness; elsewhere nothing changes)."""
    with suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def _free(c: Any) -> None:
    """Free a connection's page cache (each page wiped) inside a statement, so without
    Python's lock, then close it (`close` itself holds the lock throughout)."""
    with suppress(sqlcipher3.Error):
        c.execute("PRAGMA shrink_memory")
        c.close()
