"""`health-planner screenshots --out DIR`: a PNG of every screen, drawn offscreen.

The command's headless half: it opens the demo profile (passphrase "demo") from the data folder,
or builds one in a temporary folder when there is none, and hands it to ui/screenshots.py through
ui/bridge.py, which draws the screens with Qt. Used for the user guide and to look at the app
without a display.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from planner import demo
from planner.errors import InputError
from planner.paths import data_dir
from planner.vault import KdfParams, Profiles


def add_screenshot_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "screenshots", help="save a picture (PNG) of every screen, using the demo profile"
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        required=True,
        help="folder to write the PNG files to (made if missing)",
    )
    return parser


def _demo_registry(args: argparse.Namespace, kdf: KdfParams | None, scratch: Path) -> Profiles:
    folder = data_dir(getattr(args, "data_dir", None))
    profiles = Profiles(folder, kdf=kdf)
    if profiles.exists(demo.DEMO_NAME):
        try:
            profiles.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE).lock()
            return profiles
        except InputError:
            pass  # a "Demo" with another passphrase: leave it alone, build our own
    profiles = Profiles(scratch, kdf=kdf)
    vault, _code = profiles.create(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    try:
        demo.populate(vault)
    finally:
        vault.lock()
    return profiles


def cmd_screenshots(args: argparse.Namespace, io: Any, kdf: KdfParams | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    from ui import bridge

    with tempfile.TemporaryDirectory(prefix="health-planner-shots-") as scratch:
        written = bridge.screenshots(_demo_registry(args, kdf, Path(scratch)), out)
    io.say(f"Wrote {len(written)} screenshots to {out}.")
    return 0
