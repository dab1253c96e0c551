"""Finding stored log entries by their ids, a hundred at a time (an import's "already here").

An import of 100,000 entries asks about 100,000 ids; each question costs the vault locked, wiped
allocations under cipher_memory_security, so how the ids are asked is measured here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from uuid import UUID

from planner.vault.bulk import sorted_in_steps
from planner.vault.vault import Vault

# Ids looked up per query. Each bound id is copied into memory SQLite allocates: from the
# connection's pool of small allocations while it lasts, past that as a locked, wiped heap
# allocation (cipher_memory_security); fewer, bigger queries prepare fewer statements. mlock
# calls for 100,000 sorted ids on the 1M-entry vault (strace), as `id IN (...)`: 16 a query
# 58,000, 32 30,000, 64 19,000, 100 11,000, 128 30,000, 200 58,000, 500 88,000; CPU 100 vs 64
# a query, alternating: 0.30/0.25/0.38 s vs 0.43/0.34/0.49 s. Unsorted, 500 a query (as
# before): 9.4 s vs 2.4 s wall. As a VALUES list (`_by_id`): 50 3,000, 100 3,400, 200 53,000.
LOOKUP_CHUNK = 100


def _by_id(n: int, columns: str) -> str:
    """The query finding the log entries of `n` ids, `columns` of each (names in `e`).

    The ids are a VALUES list walked in order, each found through the id index. Not
    `id IN (...)`: for that list SQLite builds a temporary index in every query, a b-tree
    with its own pager and cache, seven locked and wiped allocations each time (1,000
    queries for 100,000 ids: 11,800 mlock calls against 3,400; 0.21 -> 0.15 s in a worker
    thread)."""
    marks = ",".join(["(?)"] * n)
    return (f"WITH wanted(id) AS (VALUES {marks}) "
            f"SELECT {columns} FROM wanted AS w CROSS JOIN log_entries AS e ON e.id = w.id")


def entries_by_id(vault: Vault, ids: Iterable[bytes], columns: str) -> Iterator[Any]:
    """`columns` (names in `e`, e.g. "e.id") of the stored log entries with these ids.

    The ids are looked up in their index's order: each page of the 1M-row id index is then
    read (and decrypted) once, where random order read most pages again and again. The
    queries run on a connection of their own (`Store.apart` says why)."""
    wanted = sorted_in_steps(list(ids))
    if not wanted:
        return
    full = _by_id(LOOKUP_CHUNK, columns)
    with vault.store.apart(vault.data_key) as c:
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start : start + LOOKUP_CHUNK]
            sql = full if len(chunk) == LOOKUP_CHUNK else _by_id(len(chunk), columns)
            yield from fetch(c, sql, tuple(chunk))


def fetch(c: Any, sql: str, params: tuple[bytes, ...]) -> list[Any]:
    """One lookup's rows (a seam for tests that count the lookups)."""
    return list(c.execute(sql, params).fetchall())


def existing_log_ids(vault: Vault, ids: Iterable[UUID]) -> set[UUID]:
    """Which of these log entry ids the profile already holds (for "line 7: already here")."""
    return {UUID(bytes=row[0]) for row in entries_by_id(vault, (i.bytes for i in ids), "e.id")}
