"""The real app for tests/e2e/test_screen_reader.py: `health-planner --data-dir DIR`, through
`cli.main.main` as the console script runs it, with two things injected as the other tests
inject them (never product defaults):

- cheap Argon2id parameters (`kdf=`), as tests/conftest.py uses for every profile;
- the reminders' clock, so a reminder falls due when the test asks: it reads 07:59 today until
  the file named by HP_TEST_CLOCK_FILE exists, then 08:01 (the demo's "Take my tablets" is due
  at 08:00), and reminders are checked every second instead of every 30.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, time
from pathlib import Path


def main() -> int:
    import ui.reminders as reminders
    from cli.main import main as health_planner
    from planner.vault import KdfParams

    jump = Path(os.environ["HP_TEST_CLOCK_FILE"])

    def clock() -> datetime:
        today = datetime.now().date()
        return datetime.combine(today, time(8, 1) if jump.exists() else time(7, 59))

    reminders._now = clock
    reminders.CHECK_EVERY_MS = 1000
    cheap = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
    return health_planner(sys.argv[1:], kdf=cheap)


if __name__ == "__main__":
    sys.exit(main())
