"""What the atheris harnesses share (tests/fuzz/atheris_*.py, run by tests/fuzz/run_atheris.py).

Each harness is its own program: libFuzzer calls `TestOneInput(data)` as fast as it can for a
bounded time, guided by the coverage of our own code (planner, sync, endpoint are instrumented
when imported). An input "crashes" when it raises anything but our refusal family or breaks a
property we assert (an import that was refused but changed the profile, say); libFuzzer then
saves it under build/fuzz/crashes/ and the runner fails.

`WORK` is a scratch folder the runner gives each harness (HEALTH_PLANNER_FUZZ_WORK); the runner
deletes it afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE.parent), str(HERE)):  # tests/ holds sealing.py
    if path not in sys.path:
        sys.path.insert(0, path)

WORK = Path(os.environ.get("HEALTH_PLANNER_FUZZ_WORK", ROOT / "build" / "fuzz" / "work"))
SEEDS = os.environ.get("HEALTH_PLANNER_FUZZ_SEEDS")  # set: write seed inputs here and exit
INSTRUMENTED = ["planner", "sync", "endpoint"]


class PropertyBroken(AssertionError):
    """A property of ours failed for this input (as opposed to an unexpected exception)."""


def write_seeds(seeds: dict[str, bytes]) -> bool:
    """When the runner asks for seeds, write them and say so (the harness then exits)."""
    if not SEEDS:
        return False
    folder = Path(SEEDS)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in seeds.items():
        (folder / name).write_bytes(data)
    return True


def fresh_dir(name: str) -> Path:
    folder = WORK / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def small_vault_home(name: str) -> Path:
    from fuzzkit import build_small

    return build_small(fresh_dir(name))


def must_not_change(before: Any, after: Any, what: str) -> None:
    if before != after:
        raise PropertyBroken(f"{what}: a refused input changed the stored data")
