"""A private PostgreSQL cluster for one benchmark run, started and stopped the way `.ci/run`
does it: `initdb -A trust` into a temporary folder, `pg_ctl start` listening on 127.0.0.1 only,
on a free port (never 54329, which CI and the test suite use), and always stopped again.

Why a cluster of its own: the endpoint's figures on PostgreSQL must not depend on whatever else
a shared server holds or is doing, and nothing is kept between runs (no cache to go stale).
The server runs with Debian's default settings (shared_buffers 128 MB, fsync and synchronous
commit on), as a fresh install would, so ingest figures include the WAL flush of each batch.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

__all__ = ["RESERVED_PORT", "cluster", "create_database", "pg_bin"]

RESERVED_PORT = 54329  # .ci/run's test cluster
USER = "hp"


def pg_bin() -> Path:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")


def _free_port() -> int:
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port != RESERVED_PORT:
            return port


def _run(command: list[str]) -> None:
    """Run a PostgreSQL tool as the `postgres` user when we are root (initdb refuses root)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command = ["su", "postgres", "-c", shlex.join(command)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed: {done.stderr[-2000:]}")


@contextmanager
def cluster() -> Iterator[str]:
    """Start a throwaway cluster; yield its server URL without a database name
    (`postgresql+psycopg://hp@127.0.0.1:PORT`). Stopped and deleted on the way out."""
    binary = pg_bin()
    folder = Path(tempfile.mkdtemp(prefix="hp-bench-pg-"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    started = False
    try:
        _run([str(binary / "initdb"), "-D", str(folder), "-A", "trust", "-U", USER,
              "--no-sync"])
        # The socket goes in the data folder, so nothing is left in /tmp or /run.
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}"
        started = True
        _run([str(binary / "pg_ctl"), "-D", str(folder), "-o", options,
              "-l", str(folder / "log"), "-w", "start"])
        yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}"
    finally:
        if started:
            try:
                _run([str(binary / "pg_ctl"), "-D", str(folder), "-m", "fast", "-w", "stop"])
            except RuntimeError as exc:  # never started, or already gone: say so, go on
                print(f"  (stopping the benchmark's PostgreSQL: {exc})", flush=True)
        shutil.rmtree(folder, ignore_errors=True)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def create_database(server: str, name: str) -> str:
    """A new empty database on the cluster at `server`; returns its SQLAlchemy URL."""
    with psycopg.connect(_libpq(server) + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def connect(url: str) -> psycopg.Connection:
    """A plain psycopg connection to the database at SQLAlchemy URL `url` (bulk SQL)."""
    return psycopg.connect(_libpq(url))
