"""The installable wheel carries what the app needs at run time besides code: the fonts that
make Urdu readable on a bare PC, the themes and the compiled translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_holds_every_shipped_resource_beside_ui(tmp_path: Path) -> None:
    # Built from the committed files alone: setuptools reuses a checkout's build/ folder,
    # which would hide a file the packaging rules leave out.
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True,
                             capture_output=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(tmp_path), str(source)],
        check=True, cwd=tmp_path, timeout=300,
    )
    (wheel,) = tmp_path.glob("health_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts"  # catalogues for translators; the app reads .qm
    }
    assert {"resources/translations/health_planner_ur.qm",
            "resources/fonts/NotoNaskhArabic-Regular.ttf",
            "resources/themes/high-contrast.qss"} <= shipped
    assert shipped - names == set()
    assert "ui/resources.py" in names  # looks for resources/ beside ui/
    # `health-planner-endpoint db upgrade` reads its revisions from the installed package.
    assert {"endpoint/migrations/env.py", "endpoint/migrations/script.py.mako",
            "endpoint/migrations/versions/0001_baseline.py"} <= names
    # The operator console renders its pages from the installed templates and stylesheet.
    console = {p.relative_to(ROOT).as_posix() for p in (ROOT / "endpoint" / "templates").iterdir()
               if p.suffix in {".html", ".css"}}
    assert "endpoint/templates/console.css" in console and console - names == set()
