"""The parent side of the SIGKILL tests: a child script that prints "ready" and then one number
per commit is started, left to commit for a random while and killed, so each test judges the
vault against what the child had reported before it died."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


def run_and_kill(
    child: Path, data_dir: Path, start: int, rng: random.Random, longest: float, *extra: str
) -> int:
    """Run `child` on `data_dir` counting from `start`, SIGKILL it after up to `longest` seconds
    of commits and return the last number it reported (start - 1 if it reported none)."""
    proc = subprocess.Popen(
        [sys.executable, str(child), str(data_dir), str(start), *extra],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    reported = [start - 1]
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "ready":
                ready.set()
            elif line.strip():
                reported.append(int(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), f"{child.name} did not start"
    time.sleep(rng.uniform(0.0, longest))
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    reader.join(10)
    return max(reported)
