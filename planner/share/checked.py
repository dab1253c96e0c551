"""What the import's dry run (`check_file`) leaves for the import that follows it.

The Share screen checks a file in full before the person says "Add these to my profile", then
adds it. Parsing a 100,000-row CSV and looking its ids up in a 1M-entry vault took seconds, and
the import did both again (issue #22). The dry run now keeps what it parsed (`CheckedCsv`), and
the import uses it when nothing it depended on can have changed:

- the file: same size and modification time, and the same bytes (a BLAKE2b digest of what
  was parsed against one of what is there now; reading and hashing 7 MB costs milliseconds,
  parsing it seconds, and a FAT drive's 2-second clock would let an edit keep size and time);
- the profile: the same open vault, with nothing written to it since (`bulk.change_mark`),
  so the ids looked up then are still the only ones it holds and the trackers are the same;
- the limits the file was checked against.

Anything else, and the import reads and checks the file again, exactly as without a preview.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.share.limits import Limits
from planner.vault.bulk import change_mark
from planner.vault.vault import Vault


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """Size, modification time and inode, or None when the file cannot be looked at (the read
    that follows says why in plain words)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


@dataclass(eq=False)
class CheckedCsv:
    """A CSV file parsed and checked against one open profile: its entries, in file order, as
    planner.share.csv.EntryRow tuples."""

    path: Path
    stamp: tuple[int, int, int] | None
    digest: bytes
    store: object  # the vault's Store, compared by identity (a relock opens another)
    mark: tuple[int, int]
    limits: Limits
    rows: list[Any] = field(repr=False)
    skipped: int = 0  # rows the profile holds already, left out (planner.vault.present)

    @property
    def entries(self) -> int:
        return len(self.rows)

    def take_rows(self) -> list[Any]:
        """The rows, handed over: the import that adds them (in the worker) is the last to
        hold them, so 100,000 of them are not freed on the UI thread later."""
        rows, self.rows = self.rows, []
        return rows

    def holds(self, vault: Vault, path: Path, data: bytes) -> bool:
        """Whether these entries are still what checking `data`, just read from `path`, in
        `vault` would give."""
        return (
            bool(self.rows)  # not already handed to an import
            and self.store is vault.store
            and self.path == path
            and self.stamp is not None
            and self.stamp == file_stamp(path)
            and self.mark == change_mark(vault)
            and self.digest == digest(data)
        )
