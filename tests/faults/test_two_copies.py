"""Two copies of the app on one profile (issue #16): the second is told who holds it ("open
... on this PC since 10:32") and may open it read-only; a lock left by a crash (a SIGKILLed
writer) or by a PC that stopped beating is taken over; and of many processes racing for one
profile exactly one becomes its writer."""

from __future__ import annotations

import io
import json
import multiprocessing
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cli.main import main
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import StorageError
from planner.vault import KdfParams, Profiles
from planner.vault.holder import LOCK, STALE_AFTER, Holder, HolderInfo, ProfileInUse, this_pc

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
CHILD = Path(__file__).with_name("crash_child.py")


def _profile(data: Path, name: str = "Ann") -> Path:
    profiles = Profiles(data, kdf=CHEAP)
    vault, _ = profiles.create(name, "correct horse" if name == "Ann" else "crash pass")
    vault.trackers.save(Tracker(key="count", label="Count", kind=TrackerKind.NUMERIC,
                                unit="n"))
    folder = vault.store.path.parent
    vault.lock()
    return folder


def _entry(vault, n: int) -> LogEntry:  # type: ignore[no-untyped-def]
    tracker = vault.trackers.by_key("count")
    return LogEntry(tracker_id=tracker.id, at=datetime(2026, 1, 1, tzinfo=UTC)
                    + timedelta(minutes=n), value=float(n))


def test_a_second_copy_is_told_who_and_may_read(data_dir: Path) -> None:
    folder = _profile(data_dir)
    first = Profiles(data_dir, kdf=CHEAP).unlock("Ann", "correct horse")
    second = Profiles(data_dir, kdf=CHEAP)
    with pytest.raises(ProfileInUse) as caught:
        second.unlock("Ann", "correct horse")
    since = caught.value.holder.since.astimezone()
    assert str(caught.value).startswith(
        f"This profile is open in another Health Planner on this PC since {since:%H:%M}.")
    reader = second.unlock("Ann", "correct horse", read_only=True)
    assert isinstance(reader.read_only, ProfileInUse)
    first.logs.add(_entry(first, 1))
    assert len(list(reader.logs.iterate())) == 1  # sees the writer's commits
    with pytest.raises(StorageError):
        reader.logs.add(_entry(reader, 2))
    reader.lock()
    assert (folder / LOCK).exists()  # the reader never touched the writer's lock
    first.lock()
    assert not (folder / LOCK).exists()
    again = second.unlock("Ann", "correct horse")
    assert again.read_only is None and again.holder is not None
    again.lock()


def test_the_command_line_second_copy(data_dir: Path) -> None:
    _profile(data_dir)
    holder = Profiles(data_dir, kdf=CHEAP).unlock("Ann", "correct horse")
    base = ["--data-dir", str(data_dir), "--profile", "Ann", "--passphrase-stdin"]
    err = io.StringIO()
    code = main([*base, "log", "count", "3"], kdf=CHEAP, stdin=io.StringIO("correct horse\n"),
                stdout=io.StringIO(), stderr=err)
    assert code == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and "on this PC since" in lines[0], lines
    out, err = io.StringIO(), io.StringIO()
    code = main([*base, "show", "logs"], kdf=CHEAP, stdin=io.StringIO("correct horse\n"),
                stdout=out, stderr=err)
    assert code == 0 and "Opened read-only." in err.getvalue()
    holder.lock()


def test_a_lock_left_by_a_killed_copy_is_taken_over(data_dir: Path) -> None:
    folder = _profile(data_dir, "Crash")
    proc = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), "0"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    last = int(proc.stdout.readline())
    held = HolderInfo.parse((folder / LOCK).read_bytes())
    assert held is not None and held.pid == proc.pid and held.host == this_pc()
    with pytest.raises(ProfileInUse):  # alive: not stale
        Profiles(data_dir, kdf=CHEAP).unlock("Crash", "crash pass")
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert (folder / LOCK).exists()  # the crash left it
    vault = Profiles(data_dir, kdf=CHEAP).unlock("Crash", "crash pass")
    try:
        assert vault.holder is not None and vault.holder.info.pid != proc.pid
        assert vault.verify() == []
        assert len(list(vault.logs.iterate())) >= last + 1
    finally:
        vault.lock()


def _foreign(folder: Path, beat_age: timedelta) -> None:
    now = datetime.now(UTC)
    (folder / LOCK).write_text(json.dumps({
        "host": "LIBRARY-PC-3", "pid": 4242, "since": (now - timedelta(hours=2)).isoformat(),
        "beat": (now - beat_age).isoformat(), "token": "x"}))


def test_another_pc_through_a_shared_folder(data_dir: Path) -> None:
    folder = _profile(data_dir)
    profiles = Profiles(data_dir, kdf=CHEAP)
    _foreign(folder, timedelta(seconds=30))
    with pytest.raises(ProfileInUse, match="on the PC called 'LIBRARY-PC-3' since"):
        profiles.unlock("Ann", "correct horse")
    _foreign(folder, STALE_AFTER + timedelta(minutes=1))  # that PC stopped beating
    vault = profiles.unlock("Ann", "correct horse")
    assert vault.holder is not None and vault.holder.info.host == this_pc()
    vault.lock()
    _foreign(folder, timedelta(seconds=30))  # live, but the person says that PC is gone
    vault = profiles.unlock("Ann", "correct horse", take_over=True)
    vault.lock()
    # A twin made from the same disk image: same PC name, another machine. Live: refused.
    now = datetime.now(UTC)
    twin = HolderInfo(this_pc(), 4242, now, now, "y", machine="0123456789abcdef")
    (folder / LOCK).write_bytes(twin.to_bytes())
    with pytest.raises(ProfileInUse):
        profiles.unlock("Ann", "correct horse")


def _race(folder: str, start, done, results) -> None:  # type: ignore[no-untyped-def]
    start.wait(10)
    try:
        held = Holder.acquire(Path(folder))
    except ProfileInUse:
        results.put("refused")
        return
    results.put("holder")
    done.wait(30)  # hold until every racer has answered (letting go would be fair game)
    held.release()


def test_of_many_racing_copies_exactly_one_writes(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    for round_ in range(5):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        if round_ % 2:  # half the rounds start from a stale lock (a crash)
            (folder / LOCK).write_text("")
        start, done, results = ctx.Event(), ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_race, args=(str(folder), start, done, results))
                 for _ in range(8)]
        for p in procs:
            p.start()
        start.set()
        said = sorted(results.get(timeout=30) for _ in procs)
        done.set()
        for p in procs:
            p.join(30)
        assert said.count("holder") == 1, said


def test_a_running_holder_beats_and_a_dropped_one_lets_go(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from planner.vault import holder as holder_module

    monkeypatch.setattr(holder_module, "BEAT_EVERY", timedelta(milliseconds=50))
    folder = _profile(data_dir)
    vault = Profiles(data_dir, kdf=CHEAP).unlock("Ann", "correct horse")
    first = HolderInfo.parse((folder / LOCK).read_bytes())
    assert first is not None
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        now = HolderInfo.parse((folder / LOCK).read_bytes())
        if now is not None and now.beat > first.beat:
            break
        time.sleep(0.02)
    else:
        pytest.fail("the heartbeat never moved")
    del vault, now  # dropped without lock(): collected, it lets go
    import gc

    gc.collect()
    assert not (folder / LOCK).exists()
