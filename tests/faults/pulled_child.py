"""Child for the pulled-out test: commits numbered log entries to a vault on the flaky stick
and prints each number only after its COMMIT returned. When the stick goes away it prints
"gone KIND", checks that the next write is refused without touching the drive, locks and exits.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.domain.tracker import LogEntry
from planner.errors import StorageError
from planner.vault import KdfParams, Profiles


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    profiles = Profiles(data_dir, kdf=KdfParams(memory_kib=64, time_cost=1, parallelism=1))
    vault = profiles.unlock("Stick", "stick pass")
    tracker = vault.trackers.by_key("count")
    base = datetime(2026, 1, 1, tzinfo=UTC)
    n = start
    print("ready", flush=True)
    try:
        while True:
            batch = [
                LogEntry(tracker_id=tracker.id, at=base + timedelta(seconds=n + i),
                         value=float(n + i))
                for i in range(n % 3 + 1)
            ]
            vault.logs.add_many(batch)  # one transaction; only then is it reported
            n += len(batch)
            print(n - 1, flush=True)
    except StorageError as exc:
        print(f"gone {exc.kind}", flush=True)
        try:
            vault.logs.add_many(batch)
        except StorageError as again:
            print(f"refused {again.kind}", flush=True)
        vault.lock()
        print("locked", flush=True)


if __name__ == "__main__":
    main()
