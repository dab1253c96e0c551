"""The summary's charts as PNG (issue #22): drawn on white, with no alpha channel.

The GP preview rebuilds its charts after every change to the data. Nothing in a chart is
see-through, and a PNG without an alpha channel encodes ~20 % faster and is ~13 % smaller;
the pixels are the same as drawn with one.
"""

from __future__ import annotations

from datetime import date

from planner.share import report
from planner.vault import Vault


def test_a_chart_is_an_opaque_png_of_the_full_size(demo_vault: Vault) -> None:
    from PySide6.QtGui import QImage

    from ui.printing import svg_to_png

    options = report.ReportOptions(trackers=("weight",), start=date(2000, 1, 1))
    (series,) = report.chart_series(demo_vault, options)
    png = svg_to_png(report.chart_svg(series))
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG")
    assert (image.width(), image.height()) == (1360, 460)  # twice 680 x 230, sharp on paper
    assert not image.hasAlphaChannel()
    assert png[25] == 2  # the IHDR colour type: truecolour, no alpha
