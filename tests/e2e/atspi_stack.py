"""A private desktop for one screen-reader test: Xvfb with a window manager, a D-Bus session
bus, the AT-SPI bus.

Qt on Linux speaks to screen readers (Orca) over AT-SPI: a D-Bus bus of its own, found through
the session bus (`org.a11y.Bus`) and started by Debian's `at-spi2-core`
(`/usr/libexec/at-spi-bus-launcher`, which also starts the registry daemon). Each stack here has
its own X display, session bus and accessibility bus, so nothing else on the machine is walked
and nothing of ours is left running (`close()` ends exactly the processes it started).

The window manager is matchbox's, the kiosk one (a community centre's PC is set up much like
that): without one no window is ever active, so Qt never moves keyboard focus for real, and a
screen reader hears no focus change when Tab is pressed.

The packages (Debian): xvfb, matchbox-window-manager, at-spi2-core, dbus-daemon, python3-pyatspi,
gir1.2-atspi-2.0.
`.ci/run` installs them (scripts/system-deps.sh); `missing()` names whatever is not there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WINDOW_MANAGER = "matchbox-window-manager"
PACKAGES = ("xvfb matchbox-window-manager at-spi2-core dbus-daemon python3-pyatspi "
            "gir1.2-atspi-2.0; or, as root: bash scripts/system-deps.sh screen-reader")


def missing() -> str:
    """What of the stack is not installed, in words; '' when all is there."""
    gone = [name for name, there in (
        ("Xvfb", shutil.which("Xvfb")),
        (WINDOW_MANAGER, shutil.which(WINDOW_MANAGER)),
        ("dbus-daemon", shutil.which("dbus-daemon")),
        (LAUNCHER, os.access(LAUNCHER, os.X_OK)),
        (SYSTEM_PYTHON, os.access(SYSTEM_PYTHON, os.X_OK)),
    ) if not there]
    if not gone:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi; from gi.repository import Atspi"],
            capture_output=True, text=True, check=False)
        if probe.returncode:
            gone.append("pyatspi for /usr/bin/python3")
    return ", ".join(gone)


class Stack:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                            "AT_SPI_BUS_ADDRESS", "QT_QPA_PLATFORM")}
        env["XDG_RUNTIME_DIR"] = str(self._dir("runtime"))
        env["HOME"] = str(self._dir("home"))  # the bus launcher keeps its socket under ~/.cache
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten",
             "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = f":{display}"
        self.procs.append(subprocess.Popen(
            [WINDOW_MANAGER, "-use_titlebar", "no"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.procs.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(launcher)
        self.env = env
        self._wait_for_bus()

    def _dir(self, name: str) -> Path:
        path = self.folder / name
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        return path

    def _wait_for_bus(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            reply = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                env=self.env, capture_output=True, text=True, check=False)
            if reply.returncode == 0 and "unix:" in reply.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError("the AT-SPI bus did not start")

    def app_env(self) -> dict[str, str]:
        """Qt on X11 with its AT-SPI bridge on even though no screen reader said so through
        the desktop's settings (there is no desktop here)."""
        return {**self.env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1"}

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        self.procs.clear()
