"""Shared fixtures: real vault files on disk, cheap Argon2id by injection, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HEALTH_PLANNER_PASSPHRASE", None)
os.environ.pop("HEALTH_PLANNER_HOME", None)

from planner import demo
from planner.vault import KdfParams, Profiles, Vault

# Cheap enough for hundreds of unlocks per run; the product defaults stay untouched.
CHEAP_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return CHEAP_KDF


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def profiles(data_dir: Path) -> Profiles:
    return Profiles(data_dir, kdf=CHEAP_KDF)


@pytest.fixture
def vault(profiles: Profiles) -> Iterator[Vault]:
    """An empty, unlocked profile called 'Ann' (passphrase 'correct horse')."""
    opened, _code = profiles.create("Ann", "correct horse")
    yield opened
    if opened.is_open:
        opened.lock()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo profile, built once per run and copied by `demo_profiles` (it takes a second)."""
    folder = tmp_path_factory.mktemp("demo-template")
    made = Profiles(folder, kdf=CHEAP_KDF)
    opened, _ = made.create(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    demo.populate(opened)
    opened.lock()
    return folder


@pytest.fixture
def demo_profiles(demo_template: Path, data_dir: Path) -> Profiles:
    """A fresh copy of the demo data folder for this test: tests may change it freely."""
    import shutil

    shutil.copytree(demo_template / "profiles", data_dir / "profiles")
    return Profiles(data_dir, kdf=CHEAP_KDF)


@pytest.fixture
def demo_vault(demo_profiles: Profiles) -> Iterator[Vault]:
    opened = demo_profiles.unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    yield opened
    if opened.is_open:
        opened.lock()
