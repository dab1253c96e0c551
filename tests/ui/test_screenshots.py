"""`screenshots --out DIR` draws every screen of the demo offscreen into PNG files."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from PySide6.QtGui import QImage

from cli.common import IO
from cli.screenshots import add_screenshot_parser, cmd_screenshots
from ui.mainwindow import feature_views


def test_screenshots_of_every_screen(qtbot, demo_profiles, data_dir: Path, tmp_path: Path,
                                     cheap_kdf) -> None:
    parser = argparse.ArgumentParser()
    add_screenshot_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["screenshots", "--out", str(tmp_path / "shots")])
    args.data_dir = str(data_dir)
    out = io.StringIO()
    assert cmd_screenshots(args, IO(io.StringIO(), out, io.StringIO()), cheap_kdf) == 0
    files = sorted((tmp_path / "shots").glob("*.png"))
    names = [f.stem.split("-", 1)[1] for f in files]
    assert len(files) >= 8
    assert names[0] == "unlock"
    for key, _title, _cls in feature_views():
        assert key in names
    assert "settings" in names
    assert any(n.endswith("urdu") for n in names)
    assert any(n.endswith("200-percent") for n in names)
    assert "checkins-phq9-help-urdu" in names and "checkins-phq9-help-polish" in names
    for path in files:
        image = QImage(str(path))
        assert image.width() >= 1000 and image.height() >= 700
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 41)}
        assert len(colours) > 3, f"{path.name} looks blank"
    assert f"Wrote {len(files)} screenshots" in out.getvalue()
    assert not (data_dir / "preferences.json").exists(), "the person's preferences are untouched"
