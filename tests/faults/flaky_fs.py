"""A FUSE pass-through file system that can be "pulled out": run as its own process,

    python flaky_fs.py BACKING MOUNTPOINT SWITCH

it mirrors BACKING at MOUNTPOINT until the file SWITCH exists; from then on every operation
fails with EIO (what Linux gives for a USB stick that went away mid-write), and works again
when SWITCH is removed ("the stick is back"). Writes are not cached in between: each reaches
BACKING or fails, so what is on BACKING is exactly what the stick would hold.

Needs /dev/fuse, libfuse 3 (Debian: fuse3; scripts/system-deps.sh installs it) and mfusepy.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

import mfusepy

Attrs = dict[str, Any]


class Flaky(mfusepy.Operations):
    def __init__(self, backing: str, switch: str) -> None:
        self.root = os.path.realpath(backing)
        self.switch = switch

    def _path(self, partial: str) -> str:
        # SQLite's -shm file is its shared-memory WAL index, memory-mapped: on a real stick its
        # pages sit in RAM and go on working after the pull (they are rebuilt at the next
        # open). FUSE drops its cached pages and would turn the next touch into SIGBUS, which
        # a stick does not do while the memory is there, so it is spared (docs/SECURITY.md).
        if os.path.exists(self.switch) and not partial.endswith("-shm"):
            raise mfusepy.FuseOSError(errno.EIO)
        return os.path.join(self.root, partial.lstrip("/"))

    # -- names --------------------------------------------------------------------------

    def access(self, path: str, amode: int) -> int:
        if not os.access(self._path(path), amode):
            raise mfusepy.FuseOSError(errno.EACCES)
        return 0

    def chmod(self, path: str, mode: int) -> int:
        os.chmod(self._path(path), mode)
        return 0

    def chown(self, path: str, uid: int, gid: int) -> int:
        os.chown(self._path(path), uid, gid)
        return 0

    def getattr(self, path: str, fh: int | None = None) -> Attrs:
        st = os.lstat(self._path(path))
        return {key: getattr(st, key) for key in (
            "st_atime", "st_ctime", "st_gid", "st_mode", "st_mtime", "st_nlink", "st_size",
            "st_uid", "st_ino")}

    def readdir(self, path: str, fh: int) -> list[str]:
        return [".", "..", *os.listdir(self._path(path))]

    def mkdir(self, path: str, mode: int) -> int:
        os.mkdir(self._path(path), mode)
        return 0

    def rmdir(self, path: str) -> int:
        os.rmdir(self._path(path))
        return 0

    def unlink(self, path: str) -> int:
        os.unlink(self._path(path))
        return 0

    def rename(self, old: str, new: str) -> int:
        os.replace(self._path(old), self._path(new))
        return 0

    def utimens(self, path: str, times: tuple[float, float] | None = None) -> int:
        os.utime(self._path(path), times)
        return 0

    def statfs(self, path: str) -> Attrs:
        sv = os.statvfs(self._path(path))
        return {key: getattr(sv, key) for key in (
            "f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree", "f_files",
            "f_flag", "f_frsize", "f_namemax")}

    # -- contents -----------------------------------------------------------------------

    def open(self, path: str, flags: int) -> int:
        return os.open(self._path(path), flags)

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        return os.open(self._path(path), os.O_RDWR | os.O_CREAT | os.O_TRUNC, mode)

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        self._path(path)
        return os.pread(fh, size, offset)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        self._path(path)
        return os.pwrite(fh, data, offset)

    def truncate(self, path: str, length: int, fh: int | None = None) -> int:
        os.truncate(self._path(path), length)
        return 0

    def flush(self, path: str, fh: int) -> int:
        self._path(path)
        return 0

    def fsync(self, path: str, datasync: int, fh: int) -> int:
        self._path(path)
        os.fsync(fh)
        return 0

    def release(self, path: str, fh: int) -> int:
        os.close(fh)  # always: a pulled stick still lets go of its handles
        return 0


def main() -> None:
    backing, mountpoint, switch = sys.argv[1:4]
    # FUSE without a write-back cache sends every write to `write` before it returns, so a
    # write either reached BACKING or failed; reads may be served from the page cache.
    mfusepy.FUSE(Flaky(backing, switch), mountpoint, foreground=True, nothreads=True)

if __name__ == "__main__":
    main()
