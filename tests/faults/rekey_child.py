"""Child process for the re-key crash test: commits numbered log entries and re-keys the vault
(grant Sam, revoke Sam) over and over, printing each number only after its COMMIT returned.
The parent kills it with SIGKILL at random moments, so some kills land inside a re-key.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.domain.tracker import LogEntry
from planner.vault import KdfParams, Profiles
from planner.vault.access import Access


def main() -> None:
    data_dir, start, code = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    profiles = Profiles(data_dir, kdf=KdfParams(memory_kib=64, time_cost=1, parallelism=1))
    access = Access(profiles)
    vault = profiles.unlock("Amira", "amira pass")
    tracker = vault.trackers.by_key("count")
    base = datetime(2026, 1, 1, tzinfo=UTC)
    n = start
    print("ready", flush=True)
    while True:
        vault.logs.add(LogEntry(tracker_id=tracker.id, at=base + timedelta(seconds=n),
                                value=float(n)))
        print(n, flush=True)
        n += 1
        access.grant(vault, "Sam", "view")
        access.revoke(vault, "Sam", "amira pass", recovery_code=code)


if __name__ == "__main__":
    main()
