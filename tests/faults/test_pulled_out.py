"""The stick pulled out mid-write (issue #16): a real FUSE file system under the vault starts
failing every operation with EIO at a random moment while a child process commits numbered
entries. The child must be told the drive went away (`StorageError` GONE), write nothing
more and lock; when the stick is back the vault verifies and holds every entry whose COMMIT
returned (a commit whose last fsync failed may also be there: never less).

`make test` pulls the stick 4 times; `make soak` sets HEALTH_PLANNER_SOAK_PULLS (100) and prints
how many faults were injected and how many committed entries were lost (must be 0).
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from disks import FlakyStick, flaky_stick

from planner.domain.tracker import Tracker, TrackerKind
from planner.errors import StorageError
from planner.share.files import check_file, import_file
from planner.vault import KdfParams, Profiles, store

CHILD = Path(__file__).with_name("pulled_child.py")
PULLS = int(os.environ.get("HEALTH_PLANNER_SOAK_PULLS", "4"))
CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


def _write_then_pull(stick: FlakyStick, start: int, rng: random.Random) -> tuple[int, list[str]]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(stick.mount), str(start)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )
    reported = [start - 1]
    said: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.strip()
            if line == "ready":
                ready.set()
            elif line.isdigit():
                reported.append(int(line))
            elif line:
                said.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), "the writer did not start"
    time.sleep(rng.uniform(0.0, 0.3))
    stick.pull()
    try:
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(10)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    stick.put_back()
    return max(reported), said


def test_the_stick_pulled_out_mid_write_loses_nothing(tmp_path: Path) -> None:
    with flaky_stick(tmp_path) as stick:
        profiles = Profiles(stick.mount, kdf=CHEAP)
        vault, _ = profiles.create("Stick", "stick pass")
        vault.trackers.save(Tracker(key="count", label="Count", kind=TrackerKind.NUMERIC,
                                    unit="n"))
        vault.lock()
        rng = random.Random(16)
        start, lost, extra = 0, 0, 0
        for _ in range(PULLS):
            last, said = _write_then_pull(stick, start, rng)
            assert said[:1] == ["gone gone"], said
            assert "refused gone" in said and said[-1] == "locked", said
            # The stick is back: the vault opens, verifies, and holds every reported entry.
            again = profiles.unlock("Stick", "stick pass")
            try:
                assert again.verify() == [], again.verify()
                values = {int(r[0]) for r in again.store.query(
                    "SELECT value FROM log_entries")}
            finally:
                again.lock()
            lost += len(set(range(last + 1)) - values)
            extra += len(values - set(range(last + 1)))
            start = max(values | {last}) + 1
        print(f"\npulled-out stick: {PULLS} faults injected, {start} entries committed, "
              f"{lost} committed entries lost, {extra} unreported commits kept")
        assert lost == 0


def test_the_app_says_so_and_locks_the_profile(qtbot, tmp_path: Path) -> None:
    from ui.session import Session
    from ui.tasks import TaskRunner

    with flaky_stick(tmp_path) as stick:
        profiles = Profiles(stick.mount, kdf=CHEAP)
        vault, _ = profiles.create("Stick", "stick pass")
        tracker = vault.trackers.save(Tracker(key="count", label="Count",
                                              kind=TrackerKind.NUMERIC, unit="n"))
        runner = TaskRunner()
        session = Session(profiles, runner)
        session.adopt(vault)
        told: list[BaseException] = []
        runner.failed_unhandled.connect(told.append)
        view_failures: list[BaseException] = []
        stick.pull()
        from datetime import UTC, datetime

        from planner.domain.tracker import LogEntry

        with qtbot.waitSignal(session.locked, timeout=10_000):
            session.run(lambda v: v.logs.add(LogEntry(tracker_id=tracker.id,
                                                      at=datetime.now(UTC), value=1.0)),
                        on_failed=view_failures.append, changes="logs")
        runner.wait()
        assert [getattr(e, "kind", None) for e in told] == ["gone"]
        assert "went away" in str(told[0])
        assert not session.is_unlocked and not vault.is_open
        stick.put_back()
        again = profiles.unlock("Stick", "stick pass")
        assert again.verify() == []
        # A read that fails on the vanished drive (SQLite's bare "disk I/O error") is said
        # the same way and locks too.
        import sqlcipher3

        session.adopt(again)
        stick.pull()

        def read(_v: object) -> None:
            raise sqlcipher3.OperationalError("disk I/O error")

        told.clear()
        with qtbot.waitSignal(session.locked, timeout=10_000):
            session.run(read, on_failed=view_failures.append)
        runner.wait()
        assert [getattr(e, "kind", None) for e in told] == ["gone"]
        stick.put_back()


def test_a_big_import_whose_stick_is_pulled_out_says_so_and_adds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import is written over a connection of its own (`Store.bulk_write`, issue #22);
    opening it on a stick pulled out after the check is the stick gone, said as such, not a
    damaged profile, and nothing is added."""
    monkeypatch.setattr(store, "BULK_WRITE_AT", 10)
    csv = tmp_path / "counts.csv"
    csv.write_text("id,tracker,at,value\n" + "".join(
        f"{n:08x}-0000-4000-8000-000000000000,count,2026-01-01T00:{n:02d}:00+00:00,{n}\n"
        for n in range(40)), "utf-8")
    with flaky_stick(tmp_path / "stick") as stick:
        profiles = Profiles(stick.mount, kdf=CHEAP)
        vault, _ = profiles.create("Stick", "stick pass")
        vault.trackers.save(Tracker(key="count", label="Count", kind=TrackerKind.NUMERIC,
                                    unit="n"))
        seen = check_file(vault, csv)
        stick.pull()
        with pytest.raises(StorageError) as caught:
            import_file(vault, csv, previewed=seen)
        assert caught.value.kind == StorageError.GONE
        stick.put_back()
        with contextlib.suppress(StorageError):
            vault.lock()
        again = profiles.unlock("Stick", "stick pass")
        assert again.verify() == [] and again.logs.count() == 0
        import_file(again, csv)  # the stick back: the same file goes in whole
        assert again.logs.count() == 40
        again.lock()
