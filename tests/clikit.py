"""Running `health-planner` in-process on a test's data folder, as the command-line tests do:
the real entry point with cheap Argon2id, Ann's passphrase on standard input, and what it
printed kept for asserting (DESIGN.md's contract: 0 done, 1 failed, 2 wrong input with one
clear line)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import NamedTuple

from cli.main import main
from planner.vault import KdfParams, Profiles, Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
PASS = "pass ann"


class Run(NamedTuple):
    """A tuple too, so `code, out, err = cli(...)` reads as well as `cli(...).code`."""

    code: int
    out: str
    err: str


def cli(home: Path, *argv: str, lines: str = "") -> Run:
    """`health-planner --data-dir home --passphrase-stdin ...`, the passphrase on the first
    line of standard input and `lines` after it."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(home), "--passphrase-stdin", *argv], kdf=CHEAP,
                stdin=io.StringIO(f"{PASS}\n{lines}"), stdout=out, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())


def wrong(run: Run, words: str) -> None:
    """Wrong input: exit 2 and one line on stderr that names the problem, no traceback."""
    assert run.code == 2, (run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("health-planner: "), run.err
    assert words in run.err, run.err
    assert "Traceback" not in run.err


def ann_vault(home: Path) -> Vault:
    """Ann's vault, unlocked the way the command line unlocked it."""
    return Profiles(home, kdf=CHEAP).unlock("Ann", PASS)
