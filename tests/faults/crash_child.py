"""Child process for the crash-safety test: commits numbered log entries forever and prints
each number only after its COMMIT returned. The parent kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.domain.tracker import LogEntry
from planner.vault import KdfParams, Profiles


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    profiles = Profiles(data_dir, kdf=KdfParams(memory_kib=64, time_cost=1, parallelism=1))
    vault = profiles.unlock("Crash", "crash pass")
    tracker = vault.trackers.by_key("count")
    base = datetime(2026, 1, 1, tzinfo=UTC)
    n = start
    print("ready", flush=True)
    while True:
        batch = [
            LogEntry(tracker_id=tracker.id, at=base + timedelta(seconds=n + i), value=float(n + i))
            for i in range(n % 3 + 1)
        ]
        vault.logs.add_many(batch)  # one transaction; only then is it reported
        n += len(batch)
        print(n - 1, flush=True)


if __name__ == "__main__":
    main()
