"""Real file systems for the drive-fault tests (issue #16): a size-limited tmpfs for a full
disk, the same tmpfs remounted read-only for a stick with its lock switch on.

Mounting needs root (CI runs as root: .ci/run). Without it the test cannot prove anything, so
it fails with the reason (and a loud line at the end of the run, tests/faults/conftest.py):
a skipped fault test would let a run look green that proved nothing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

NOT_PROVEN: list[str] = []
"""Why drive-fault tests could not run here; printed at the end of the run."""


def _cannot(reason: str) -> None:
    NOT_PROVEN.append(reason)
    pytest.fail(f"drive-fault test cannot run here: {reason}")


def _mount(*args: str) -> str | None:
    """None when mount succeeded, else its complaint."""
    try:
        done = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    return None if done.returncode == 0 else (done.stderr.strip() or f"exit {done.returncode}")


@contextlib.contextmanager
def small_tmpfs(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted on `folder` for the block; unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0:
        _cannot("mounting a small file system needs root (run the suite as root, as CI does)")
    folder.mkdir(parents=True, exist_ok=True)
    failed = _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder))
    if failed:
        _cannot(f"could not mount a tmpfs here ({failed})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def remount(folder: Path, *, read_only: bool) -> None:
    failed = _mount("-o", "remount," + ("ro" if read_only else "rw"), str(folder))
    assert failed is None, failed


class Filler:
    """Fills a file system to the last byte, and frees it again."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "filler.bin"

    def fill(self) -> None:
        chunk = b"\0" * 4096
        with open(self.path, "ab", buffering=0) as handle:
            while True:
                try:
                    handle.write(chunk)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
                    break
            with contextlib.suppress(OSError):
                handle.write(b"\0")  # the last part-page
        left = os.statvfs(self.path.parent)
        assert left.f_bavail * left.f_frsize < 4096, "the disk did not fill"

    def free(self) -> None:
        self.path.unlink(missing_ok=True)


class FlakyStick:
    """A FUSE pass-through (tests/faults/flaky_fs.py, its own process) over `backing`, mounted
    on `mount`; `pull()` makes every operation fail with EIO, `put_back()` ends that."""

    def __init__(self, backing: Path, mount: Path, switch: Path) -> None:
        self.backing, self.mount, self.switch = backing, mount, switch
        self.process: subprocess.Popen[bytes] | None = None

    def pull(self) -> None:
        self.switch.touch()

    def put_back(self) -> None:
        self.switch.unlink(missing_ok=True)


@contextlib.contextmanager
def flaky_stick(folder: Path) -> Iterator[FlakyStick]:
    import sys
    import time

    if os.name != "posix" or os.geteuid() != 0:
        _cannot("mounting a FUSE file system needs root (run the suite as root, as CI does)")
    if not Path("/dev/fuse").exists():
        _cannot("/dev/fuse is missing (a container needs --device /dev/fuse)")
    try:
        import mfusepy  # noqa: F401 - only to know it loads (it needs libfuse: fuse3)
    except (ImportError, OSError) as exc:
        _cannot(f"mfusepy or libfuse 3 is missing ({exc}); run `make system-deps` and "
                "install the [test] extra")
    stick = FlakyStick(folder / "backing", folder / "stick", folder / "pulled")
    stick.backing.mkdir(parents=True)
    stick.mount.mkdir()
    log = open(folder / "flaky_fs.log", "wb")  # noqa: SIM115 - closed below
    stick.process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("flaky_fs.py")), str(stick.backing),
         str(stick.mount), str(stick.switch)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while not os.path.ismount(stick.mount):
            if stick.process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                said = (folder / "flaky_fs.log").read_text(errors="replace")[-500:]
                _cannot(f"the FUSE file system did not mount ({said.strip()})")
            time.sleep(0.05)
        yield stick
    finally:
        stick.put_back()
        subprocess.run(["umount", "-l", str(stick.mount)], capture_output=True, timeout=30)
        stick.process.terminate()
        try:
            stick.process.wait(10)
        except subprocess.TimeoutExpired:
            stick.process.kill()
        log.close()
