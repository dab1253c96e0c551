"""SIGKILL at random moments never loses a reported commit or leaves the vault damaged.

`make test` runs 30 kills; `make soak` sets HEALTH_PLANNER_SOAK_KILLS=300 (or more).
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from sigkill import run_and_kill

from planner.domain.tracker import Tracker, TrackerKind
from planner.vault import Profiles

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = int(os.environ.get("HEALTH_PLANNER_SOAK_KILLS", "30"))


def test_sigkill_during_commits_loses_nothing_reported(profiles: Profiles, data_dir) -> None:
    vault, _ = profiles.create("Crash", "crash pass")
    vault.trackers.save(Tracker(key="count", label="Count", kind=TrackerKind.NUMERIC, unit="n"))
    vault.lock()
    rng = random.Random(7)
    start = 0
    survived = 0
    for _ in range(KILLS):
        last_reported = run_and_kill(CHILD, data_dir, start, rng, 0.25)
        vault = profiles.unlock("Crash", "crash pass")
        try:
            assert vault.verify() == []
            values = [v for _, v in vault.logs.series(vault.trackers.by_key("count").id)]
        finally:
            vault.lock()
        stored = {int(v) for v in values}
        missing = set(range(last_reported + 1)) - stored
        assert not missing, f"reported but lost after SIGKILL: {sorted(missing)[:5]}"
        # nothing half-written: the numbers are contiguous and end on a batch boundary
        assert stored == set(range(len(stored)))
        boundary = start
        while boundary < len(stored):
            boundary += boundary % 3 + 1  # the child's batch sizes
        assert boundary == len(stored), "a batch was partly written"
        start = len(stored)
        survived += 1
    print(f"\ncrash safety: {survived} SIGKILLs survived, {start} entries committed, none lost")
    assert survived == KILLS
