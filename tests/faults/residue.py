"""Helpers for the residue tests: an in-memory keyring and a scanner for secrets on disk.

Imported by name (the tests folder has no __init__.py; pytest puts this folder on sys.path).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

BIG = 50_000_000  # files larger than this are not ours (no session writes one)




def key_needles(key: bytes) -> list[bytes]:
    """Every form a 256-bit key could take on disk: raw, hex either case, base64."""
    return [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
    ]


def text_needles(text: str) -> list[bytes]:
    """How a text shows up in a file: UTF-8, UTF-16 either way round (Windows, Qt)."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


@dataclass
class Scan:
    files: int = 0
    found: list[str] = field(default_factory=list)


def scan(roots: Iterable[Path], needles: dict[str, list[bytes]],
         skip: Iterable[Path] = ()) -> Scan:
    """Read every file under `roots` (not following links, not inside `skip`) and report each
    (file, what) where one of the needles occurs."""
    skipped = [p.resolve() for p in skip]
    result = Scan()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            here = Path(folder).resolve()
            if any(here == s or s in here.parents for s in skipped):
                dirs[:] = []
                continue
            for name in files:
                path = here / name
                try:
                    if path.is_symlink() or not path.is_file() or path.stat().st_size > BIG:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue  # another process's file vanished or is not ours to read
                result.files += 1
                for what, forms in needles.items():
                    if any(form in data for form in forms):
                        result.found.append(f"{what} in {path}")
    return result
