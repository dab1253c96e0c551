"""Helpers for the sharing tests (imported by name: the tests folder has no __init__.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner import demo as demo_data
from planner.vault import KdfParams, Profiles, Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
DEMO_PASS = demo_data.DEMO_PASSPHRASE


def content(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean equal contents, whatever the bytes
    on disk (SQLCipher pages differ after any write, even one that was rolled back)."""
    conn = vault.store.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"')) for t in tables}


def dump_profile(home: Path, name: str = demo_data.DEMO_NAME,
                 passphrase: str = DEMO_PASS) -> dict[str, list[tuple[Any, ...]]]:
    with Profiles(home, kdf=CHEAP).unlock(name, passphrase) as vault:
        return content(vault)


@dataclass
class Run:
    code: int
    out: str
    err: str


def one_clear_line(run: Run) -> str:
    """Exit code 2 and exactly one plain line on stderr: the command-line contract."""
    assert run.code == 2, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("health-planner: ")
    assert "Traceback" not in run.err
    return lines[0]


def prepared_statements(conn: Any) -> list[str]:
    """The SQL of every statement prepared on a sqlcipher3 connection and not yet finalized
    (sqlcipher3 keeps at least five, with the values last bound to them), asked of SQLite
    itself: `sqlite3_next_stmt` on the connection's handle, the first field after the
    object header of sqlcipher3's Connection (src/connection.h)."""
    import ctypes
    import glob

    import sqlcipher3

    lib = ctypes.CDLL(glob.glob(f"{sqlcipher3.__path__[0]}/_sqlite3*.so")[0])
    lib.sqlite3_next_stmt.restype = ctypes.c_void_p
    lib.sqlite3_next_stmt.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.sqlite3_sql.restype = ctypes.c_char_p
    lib.sqlite3_sql.argtypes = [ctypes.c_void_p]
    handle = ctypes.c_void_p.from_address(id(conn) + ctypes.sizeof(ctypes.c_ssize_t) * 2).value
    found: list[str] = []
    statement = lib.sqlite3_next_stmt(handle, None)
    while statement:
        found.append((lib.sqlite3_sql(statement) or b"").decode())
        statement = lib.sqlite3_next_stmt(handle, statement)
    return found
