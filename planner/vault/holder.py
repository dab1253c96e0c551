"""Who has a profile open for writing: a lock file beside the vault, so two copies of the app
(or the app and the command line, on one PC or on two PCs through a shared folder) are never
both writing to it.

`vault.lock` holds the holder's PC name, process id, start time and a heartbeat. It is made
with O_CREAT | O_EXCL (only one maker wins) and, on this PC, the holder also keeps an
exclusive `flock` on it for as long as the profile is open, which the kernel drops when the
process ends however it ends.

A lock is stale, and is taken over, when
* it names this PC and its flock is free (the holder crashed or was killed: the process id it
  names is gone or is now some other program), or
* it names another PC and its heartbeat is older than `STALE_AFTER` (that PC crashed or lost
  the shared folder; a holder's thread rewrites the heartbeat every `BEAT_EVERY`), or
* it cannot be read as a lock at all (cut short by a crash while it was written).
Taking over happens under the lock file's own flock: the taker opens the existing file,
takes its flock (only one process can), checks it is still the file at that path, judges it,
and writes itself into it, keeping the flock. Releasing removes the file while still holding
the flock. So on one PC two writers are impossible (tests/faults/test_two_copies.py races 8
processes). Across PCs a network file system may not share flocks; there the O_EXCL create
and the heartbeat rule decide, which is safe unless two PCs take over the same stale lock in
the same instant. On Windows (no flock) O_EXCL and the process id decide. A person may also
take over by hand when a PC is gone for good: `Holder.acquire(..., force=True)`.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import threading
import uuid
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.errors import InputError, storage_error

LOCK = "vault.lock"
BEAT_EVERY = timedelta(minutes=1)
STALE_AFTER = timedelta(minutes=10)


def this_pc() -> str:
    return platform.node() or "this PC"


def this_machine() -> str:
    """Which PC this is, beyond its name: community-centre PCs made from one disk image often
    share a name, and a lock from a twin must not look like one of ours (its flock lives in
    another kernel). The name plus the network card's address (`uuid.getnode`), hashed."""
    import hashlib

    return hashlib.sha256(f"{this_pc()}|{uuid.getnode():012x}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class HolderInfo:
    host: str
    pid: int
    since: datetime
    beat: datetime
    token: str
    machine: str = ""

    def to_bytes(self) -> bytes:
        return json.dumps({
            "host": self.host, "pid": self.pid, "since": self.since.isoformat(),
            "beat": self.beat.isoformat(), "token": self.token, "machine": self.machine,
        }).encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> HolderInfo | None:
        try:
            raw = json.loads(data.decode("utf-8"))
            return cls(host=str(raw["host"])[:100], pid=int(raw["pid"]),
                       since=datetime.fromisoformat(raw["since"]),
                       beat=datetime.fromisoformat(raw["beat"]), token=str(raw["token"]),
                       machine=str(raw.get("machine", ""))[:64])
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    @property
    def here(self) -> bool:
        """Held on this PC: same machine id (a lock without one: same name)."""
        if self.machine:
            return self.machine == this_machine()
        return self.host == this_pc()


class ProfileInUse(InputError):
    """Another copy of Health Planner has this profile open for writing; `holder` says where
    and since when. The profile can still be opened read-only."""

    def __init__(self, holder: HolderInfo, now: datetime | None = None) -> None:
        local = holder.since.astimezone()
        today = (now or datetime.now(UTC)).astimezone().date()
        when = f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"
        if holder.here:
            text = f"This profile is open in another Health Planner on this PC since {when}."
        else:
            text = (f"This profile is open in Health Planner on the PC called "
                    f"'{holder.host}' since {when}.")
        super().__init__(text + " You can open it read-only.")
        self.holder = holder


def _flock(fd: int) -> bool:
    """An exclusive, non-blocking flock on `fd`; True when we have it (or the OS has none)."""
    try:
        import fcntl
    except ImportError:  # Windows: O_EXCL and the heartbeat do the work
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Holder:
    """This process's hold on a profile folder; `release()` lets go."""

    def __init__(self, path: Path, fd: int, info: HolderInfo, *, beating: bool = True) -> None:
        self.path, self._fd, self.info = path, fd, info
        self._guard = threading.Lock()
        self._stop = threading.Event()
        if beating:  # "still here" for other PCs, every BEAT_EVERY, until released
            threading.Thread(target=_beat_on, args=(weakref.ref(self), self._stop),
                             name="profile-heartbeat", daemon=True).start()

    @classmethod
    def acquire(cls, folder: Path, *, force: bool = False, now: datetime | None = None
                ) -> Holder:
        """Hold `folder`, or raise `ProfileInUse` naming who does."""
        path = folder / LOCK
        for _ in range(20):
            stamp = now or datetime.now(UTC)
            info = HolderInfo(this_pc(), os.getpid(), stamp, stamp, uuid.uuid4().hex,
                              this_machine())
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                taken = cls._take_over_if_stale(path, force=force, now=stamp)
                if taken is None:
                    continue  # it went away meanwhile: make a new one
                fd = taken
            except OSError as exc:
                raise (storage_error(exc) or exc) from exc
            else:
                if not _flock(fd):  # a taker judged our empty new file stale: theirs now
                    os.close(fd)
                    continue
            try:
                os.ftruncate(fd, 0)
                _write_at_start(fd, info.to_bytes())
                os.fsync(fd)
            except OSError as exc:  # a full or failing drive: leave no empty lock behind
                with contextlib.suppress(OSError):
                    path.unlink()
                os.close(fd)
                raise (storage_error(exc) or exc) from exc
            return cls(path, fd, info)
        raise InputError("The profile's lock file could not be made. Try again.")

    @staticmethod
    def read(folder: Path) -> HolderInfo | None:
        try:
            return HolderInfo.parse((folder / LOCK).read_bytes()[:4096])
        except OSError:
            return None

    @classmethod
    def _take_over_if_stale(cls, path: Path, *, force: bool, now: datetime) -> int | None:
        """The existing lock's fd, flocked by us, when it is stale (then the caller writes
        itself into it); None when it vanished meanwhile; `ProfileInUse` when it is live.
        On this PC the flock is the proof: a live holder keeps it, so only one taker can get
        it, and a holder's exit drops it."""
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return None
        keep = False
        try:
            if not _flock(fd):  # a live holder on this PC (or another taker, now holding)
                holder = HolderInfo.parse(_read_start(fd))
                raise ProfileInUse(holder or HolderInfo(this_pc(), 0, now, now, ""), now)
            if not _still_there(path, fd):
                return None  # released and removed while we opened it
            holder = HolderInfo.parse(_read_start(fd))
            if force or holder is None:
                stale = True  # by hand, or a lock cut short by a crash while written
            elif holder.here:  # we have its flock, so its holder is gone (POSIX)
                stale = os.name == "posix" or not _pid_alive(holder.pid)
            else:
                stale = now - holder.beat > STALE_AFTER
            if not stale and holder is not None:
                raise ProfileInUse(holder, now)
            keep = True
            return fd
        finally:
            if not keep:
                os.close(fd)

    def beat(self, now: datetime | None = None) -> None:
        """Say "still here" for holders on other PCs (call every `BEAT_EVERY`)."""
        with self._guard:
            if self._fd < 0:
                return
            self.info = HolderInfo(self.info.host, self.info.pid, self.info.since,
                                   now or datetime.now(UTC), self.info.token, self.info.machine)
            with contextlib.suppress(OSError):  # a full or vanished drive: the next beat
                data = self.info.to_bytes()
                os.ftruncate(self._fd, 0)
                _write_at_start(self._fd, data)
                os.fsync(self._fd)

    def release(self) -> None:
        """Remove the lock file while still holding its flock, then let go: a taker that
        opened it meanwhile finds it no longer at the path and starts again."""
        self._stop.set()
        with self._guard:
            if self._fd < 0:
                return
            if os.name == "nt":  # an open file cannot be removed there: close, then remove ours
                os.close(self._fd)
                self._fd = -1
                with contextlib.suppress(OSError):
                    if HolderInfo.parse(self.path.read_bytes()[:4096]) == self.info:
                        self.path.unlink()
                return
            with contextlib.suppress(OSError):
                if _still_there(self.path, self._fd):
                    self.path.unlink()
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1

    def __del__(self) -> None:
        # A Vault dropped without `lock()` (a script, a test) lets go of the profile too.
        with contextlib.suppress(Exception):
            self.release()


def _beat_on(holder: weakref.ref[Holder], stop: threading.Event) -> None:
    """The heartbeat thread. It holds the Holder weakly, so a Vault dropped without `lock()`
    still lets go of the profile when it is collected."""
    while not stop.wait(BEAT_EVERY.total_seconds()):
        alive = holder()
        if alive is None:
            return
        alive.beat()
        del alive


def _read_start(fd: int) -> bytes:
    """The first 4 KiB (os.pread is POSIX only; Windows has lseek and read)."""
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _write_at_start(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def _still_there(path: Path, fd: int) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
