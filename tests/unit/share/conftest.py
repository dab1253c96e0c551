"""Fixtures for the sharing tests: real vault files on disk, cheap Argon2id, Qt offscreen.

The demo profile (two years of data) is built once per run and copied for each test that needs
it, so tests may change it freely and still stay fast.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sharekit import CHEAP, DEMO_PASS, Run

from planner import demo as demo_data
from planner.vault import Profiles, Vault


@pytest.fixture(scope="session")
def share_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("share-demo")
    made, _ = Profiles(folder, kdf=CHEAP).create(demo_data.DEMO_NAME, DEMO_PASS)
    demo_data.populate(made)
    made.lock()
    return folder


@pytest.fixture
def demo_home(share_template: Path, tmp_path: Path) -> Path:
    """A data folder holding a fresh copy of the demo profile ("Demo", passphrase "demo")."""
    home = tmp_path / "home-a"
    shutil.copytree(share_template, home)
    return home


@pytest.fixture
def demo(demo_home: Path) -> Iterator[Vault]:
    vault = Profiles(demo_home, kdf=CHEAP).unlock(demo_data.DEMO_NAME, DEMO_PASS)
    yield vault
    if vault.is_open:
        vault.lock()


@pytest.fixture
def other_home(tmp_path: Path) -> Path:
    """A second data folder: the other PC in the carer's USB-stick workflow."""
    home = tmp_path / "home-b"
    home.mkdir()
    return home


@pytest.fixture
def blank(other_home: Path) -> Iterator[Vault]:
    """An empty profile "Blank" (passphrase "blank pass") in the second data folder."""
    vault, _ = Profiles(other_home, kdf=CHEAP).create("Blank", "blank pass")
    yield vault
    if vault.is_open:
        vault.lock()


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Any:
    """cli(home, *argv, stdin="") runs `health-planner --data-dir home ...` in-process."""
    monkeypatch.delenv("HEALTH_PLANNER_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.delenv("HEALTH_PLANNER_PASSPHRASE", raising=False)
    from cli.main import main

    def run(home: Path, *argv: str, stdin: str = "") -> Run:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(home), *argv], kdf=CHEAP, stdin=io.StringIO(stdin),
                    stdout=out, stderr=err)
        return Run(code, out.getvalue(), err.getvalue())

    return run
