"""Render packaging/health-planner.svg to the PNG, ICO and ICNS icons the bundle uses (Qt only)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "health-planner.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG does not render", file=sys.stderr)
        return 1
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    for suffix, kind in (("png", "PNG"), ("ico", "ICO"), ("icns", "ICNS")):
        target = HERE / f"health-planner.{suffix}"
        if not image.save(str(target), kind):
            print(f"make_icons: could not write {target.name}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(HERE.parent)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
