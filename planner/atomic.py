"""Atomic file writes: temp file in the same folder, fsync, rename.

A crash or a full USB stick half way leaves the old file untouched and no partial new one, which
is what a person expects from "Save" on a shared PC.
"""

import contextlib
import os
import tempfile
from pathlib import Path

from planner.errors import StorageError, storage_error


def atomic_write(path: Path, data: bytes, *, target: str = StorageError.FILE) -> None:
    """A full, read-only or vanished drive raises `StorageError` (about `target`: the file the
    person chose, or the profile for its own header) and leaves no `.part` file behind."""
    try:
        _write(path, data)
    except OSError as exc:
        mapped = storage_error(exc, target)
        if mapped is None:
            raise
        raise mapped from exc


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename into `folder` itself durable (POSIX), here and after the vault's re-key
    copy is renamed over it (planner/vault/rekey.py); Windows has no directory handles."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
