"""The built one-folder app works on a PC with nothing else installed: run by `make bundle` after
packaging/smoke.sh (not by `make test`: it needs the bundle built first).

It runs the real executable in a throwaway data folder with the Qt offscreen platform, and checks
what the bundle holds (everything the app reads at run time, and nothing it does not need).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = Path(os.environ.get("HEALTH_PLANNER_BUNDLE", ROOT / "dist" / "health-planner"))
EXE = APP / ("health-planner.exe" if sys.platform == "win32" else "health-planner")
INTERNAL = APP / "_internal"
MAX_MB = 300  # the folder a community-centre PC downloads; today about 210 MB on Linux


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    assert EXE.is_file(), f"no bundle at {APP}: run `make bundle` first"


def run(home: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTH_PLANNER_")}
    env.update(QT_QPA_PLATFORM="offscreen", HEALTH_PLANNER_HOME=str(home))
    return subprocess.run([str(EXE), *argv], input=stdin, capture_output=True, text=True,  # noqa: S603 - our own build
                          env=env, timeout=300, check=False)


def test_version_matches_the_source_and_the_package(tmp_path: Path) -> None:
    done = run(tmp_path, "--version")
    version_file = ROOT / "planner" / "__init__.py"
    source = re.search(r'__version__ = "(.+)"', version_file.read_text()).group(1)
    package = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert done.returncode == 0
    assert done.stdout.strip() == f"health-planner {source}" == f"health-planner {package}"


def test_screenshots_draw_every_screen_headless(tmp_path: Path) -> None:
    done = run(tmp_path / "home", "screenshots", "--out", str(tmp_path / "shots"))
    assert done.returncode == 0, done.stderr
    shots = sorted((tmp_path / "shots").glob("*.png"))
    assert len(shots) >= 10
    for shot in shots:
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000, shot.name  # not blank
    assert any("urdu" in s.name for s in shots)


def test_a_person_can_create_log_verify_and_back_up(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "--passphrase-stdin", "profile", "create", "Sam",
               stdin="sam passphrase\nsam passphrase\n").returncode == 0
    logged = run(home, "--passphrase-stdin", "demo")
    assert logged.returncode == 0, logged.stderr
    verify = run(home, "--profile", "Demo", "--passphrase-stdin", "verify", stdin="demo\n")
    assert verify.returncode == 0, verify.stderr
    backup = tmp_path / "stick" / "demo.hpbackup"
    made = run(home, "--profile", "Demo", "--passphrase-stdin", "backup", "--out", str(backup),
               stdin="demo\nstick passphrase\n")
    assert made.returncode == 0, made.stderr
    assert backup.read_bytes().startswith(b"HPBACKUP")
    wrong = run(home, "--profile", "Demo", "--passphrase-stdin", "verify", stdin="nope\n")
    assert wrong.returncode == 2 and len(wrong.stderr.splitlines()) == 1
    assert "Traceback" not in wrong.stderr


def test_the_bundle_holds_what_the_app_reads_and_not_the_endpoint() -> None:
    resources = INTERNAL / "resources"
    assert {p.name for p in (resources / "fonts").glob("*.ttf")} >= {
        "NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf"}
    assert (resources / "fonts" / "OFL.txt").is_file()  # the font licence travels with it
    assert {p.name for p in (resources / "translations").glob("*.qm")} >= {
        "health_planner_pl.qm", "health_planner_ur.qm"}
    assert {p.stem for p in (resources / "themes").glob("*.qss")} >= {
        "light", "dark", "high-contrast"}
    assert {p.name for p in (INTERNAL / "planner" / "instruments").glob("*.json")} == {
        "ons4.json", "phq9.json", "gad7.json"}
    names = {p.name for p in INTERNAL.rglob("*")}
    for unwanted in ("endpoint", "fastapi", "uvicorn", "sqlalchemy", "pytest", "hypothesis"):
        assert unwanted not in names, f"{unwanted} should not be in the app"
    size = sum(p.stat().st_size for p in APP.rglob("*") if p.is_file()) / 1024 / 1024
    print(f"\nbundle: {size:.0f} MB in {APP}")
    assert size < MAX_MB
