"""Read-only media (a real tmpfs remounted read-only: a stick with its lock switch on) and a
folder without write permission: the profile opens for reading, says why, every read works,
every write is refused with one plain sentence, and the command line's writes exit 2 with one
line. The vault is unchanged afterwards."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from disks import remount, small_tmpfs

from cli.main import main
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import StorageError
from planner.vault import KdfParams, Profiles

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


@pytest.fixture
def locked_stick(tmp_path: Path) -> Iterator[Path]:
    """A data folder with one profile (Ann, 5 entries, closed cleanly) on a read-only mount."""
    with small_tmpfs(tmp_path / "stick", 8192) as disk:
        profiles = Profiles(disk, kdf=CHEAP)
        vault, _ = profiles.create("Ann", "correct horse")
        tracker = vault.trackers.save(
            Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC, unit="n"))
        base = datetime(2026, 3, 1, 9, tzinfo=UTC)
        vault.logs.add_many(LogEntry(tracker_id=tracker.id, at=base + timedelta(hours=i),
                                     value=float(i)) for i in range(5))
        vault.lock()
        remount(disk, read_only=True)
        try:
            yield disk
        finally:
            remount(disk, read_only=False)


def _check_read_only(profiles: Profiles, kind: str) -> None:
    vault = profiles.unlock("Ann", "correct horse")
    try:
        assert vault.read_only is not None and vault.read_only.kind == kind
        assert len(list(vault.logs.iterate())) == 5
        assert vault.verify() == []
        tracker = vault.trackers.by_key("steps")
        with pytest.raises(StorageError) as caught:
            vault.logs.add(LogEntry(tracker_id=tracker.id, at=datetime.now(UTC), value=1.0))
        assert caught.value.kind == StorageError.READ_ONLY
    finally:
        vault.lock()


def test_a_locked_stick_opens_read_only(locked_stick: Path) -> None:
    profiles = Profiles(locked_stick, kdf=CHEAP)
    _check_read_only(profiles, StorageError.READ_ONLY)
    # A wrong passphrase is still "wrong passphrase", though its count cannot be kept.
    from planner.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        profiles.unlock("Ann", "not it")


def test_the_command_line_on_a_locked_stick(locked_stick: Path) -> None:
    env = ["--data-dir", str(locked_stick), "--profile", "Ann", "--passphrase-stdin"]
    out, err = io.StringIO(), io.StringIO()
    code = main([*env, "show", "logs"], kdf=CHEAP, stdin=io.StringIO("correct horse\n"),
                stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    code = main([*env, "log", "steps", "7"], kdf=CHEAP, stdin=io.StringIO("correct horse\n"),
                stdout=out, stderr=err)
    assert code == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0], lines
    code = main([*env, "verify"], kdf=CHEAP, stdin=io.StringIO("correct horse\n"),
                stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0


def test_a_folder_without_write_permission_opens_read_only(
    request: pytest.FixtureRequest,
) -> None:
    """Run as a user who may not write there (root may write anywhere, so as root the check
    runs in a child that drops to `nobody`)."""
    shared = Path(tempfile.mkdtemp(prefix="hp-shared-"))  # tmp_path's parents are 0700
    request.addfinalizer(lambda: shutil.rmtree(shared, ignore_errors=True))
    data = shared / "data"
    profiles = Profiles(data, kdf=CHEAP)
    vault, _ = profiles.create("Ann", "correct horse")
    tracker = vault.trackers.save(
        Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC, unit="n"))
    vault.logs.add_many(LogEntry(tracker_id=tracker.id, at=datetime(2026, 3, 1, 9, tzinfo=UTC)
                                 + timedelta(hours=i), value=float(i)) for i in range(5))
    vault.lock()
    # Readable by everyone, writable by nobody but root.
    for root, _dirs, files in os.walk(shared):
        os.chmod(root, 0o755)
        for name in files:
            os.chmod(Path(root) / name, 0o644)
    if os.geteuid() != 0:  # an ordinary user cannot write a 0755 folder it does not own...
        for root, _dirs, _files in os.walk(shared):
            os.chmod(root, 0o555)  # ...nor its own once it is read-only to everyone
        try:
            _check_read_only(Profiles(data, kdf=CHEAP), StorageError.NO_ACCESS)
        finally:
            for root, _dirs, _files in os.walk(shared):
                os.chmod(root, 0o755)
        return
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from pathlib import Path
from test_read_only import CHEAP, _check_read_only
from planner.vault import Profiles
from planner.errors import StorageError
_check_read_only(Profiles(Path({str(data)!r}), kdf=CHEAP), StorageError.NO_ACCESS)
print("ok")
"""
    done = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
         script],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2],
        env={**os.environ, "HOME": "/tmp"},
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]
