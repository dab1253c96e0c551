"""Sharing jobs that the command line (cli/sharing.py, through ui/bridge.py) and the Share screen
(ui/views/sharing.py) both run, so the PDF a GP gets is the same whichever way it was asked for.
The screen runs them in the serial worker. (The backup, which needs no Qt, is
planner.share.backup.save_backup.)

Nothing here touches a widget: QImage, QPainter, QTextDocument and QPdfWriter are safe in a worker
thread, which is where the screen draws charts and prints. Qt is imported only when a chart or a
PDF is made, so the other headless commands work without it.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from planner.domain.tracker import TrackerKind
from planner.errors import InputError
from planner.share import report
from planner.vault import Vault

CHARTED = (TrackerKind.NUMERIC, TrackerKind.SCALE)  # yes/no trackers get a table, not a chart


def _printing() -> ModuleType:
    try:
        from ui import printing
    except ImportError:
        raise InputError("Printing to PDF needs the full app (Qt) installed.") from None
    return printing


def report_charts(series: list[report.TrackerSeries]) -> dict[str, bytes]:
    """A PNG chart for each tracker that has numbers in the period (QTextDocument, which
    prints the report, cannot draw SVG)."""
    if not series:
        return {}
    printing = _printing()
    return {
        one.tracker.key: printing.svg_to_png(report.chart_svg(one))
        for one in series
        if one.points and one.tracker.kind in CHARTED
    }


class Preview(NamedTuple):
    """The GP summary as the window shows it: the HTML, with each chart's `<img>` pointing at
    an address (`CHART_URL` and a number), and those charts drawn (QImage, no PNG)."""

    html: str
    charts: dict[str, Any]  # address -> QImage


CHART_URL = "chart:"


def gp_preview(vault: Vault, options: report.ReportOptions) -> Preview:
    """What `gp_report` builds, for the screen: the charts stay images the preview shows as
    they are. Encoding each as a PNG (~20 ms a chart in the worker) only for the preview to
    decode it again (~8 ms of the UI thread) was most of the preview's cost after every
    change (issue #22); `printable` encodes them when the person saves the PDF."""
    series = report.chart_series(vault, options) if options.charts else []
    printing = _printing() if series else None
    drawn: dict[str, Any] = {}
    addresses: dict[str, bytes | str] = {}
    for one in series:
        if printing is not None and one.points and one.tracker.kind in CHARTED:
            url = f"{CHART_URL}{len(drawn)}"  # not the key: nothing in it to escape
            drawn[url] = printing.svg_to_image(report.chart_svg(one))
            addresses[one.tracker.key] = url
    html = report.build_report(vault, options, charts=addresses, series=series)
    return Preview(html, drawn)


def printable(preview: Preview) -> str:
    """The previewed summary with its charts as PNG data, as the PDF prints it: exactly what
    the person saw, at print size."""
    import base64

    html = preview.html
    printing = _printing() if preview.charts else None
    for url, image in preview.charts.items():
        assert printing is not None
        data = base64.b64encode(printing.png_bytes(image)).decode("ascii")
        html = html.replace(f'src="{url}"', f'src="data:image/png;base64,{data}"', 1)
    return html


def gp_report(vault: Vault, options: report.ReportOptions) -> str:
    """The GP summary as HTML, charts included: what the preview shows and the PDF prints.
    The trackers' data is read once, for both the charts and their tables."""
    series = report.chart_series(vault, options) if options.charts else []
    return report.build_report(vault, options, charts=report_charts(series), series=series)


def options_in_saved_language(folder: Path, **choices: object) -> report.ReportOptions:
    """For the command line: the summary's options in the language chosen in Settings on this
    PC (its headings, footer and direction), as the window prints it. Loads the translator."""
    printing = _printing()
    app = printing.ensure_app()
    from ui.i18n import Translations
    from ui.preferences import load_preferences

    Translations(app).apply(load_preferences(folder).language)
    lang, direction = printing.report_language()
    return report.ReportOptions.model_validate(
        {**choices, "lang": lang, "direction": direction, "labels": printing.report_labels()})


def save_gp_pdf(
    vault: Vault,
    options: report.ReportOptions,
    out: Path,
    *,
    html: str | None = None,
    apart: bool = False,
) -> None:
    """Print the summary to `out` (atomically). `html` is a summary already built for these
    options (the one the person previewed), so what they saw is what is printed. `apart`
    prints in a helper process (ui/print_apart.py), so a window stays responsive meanwhile;
    the command line, with no window to keep alive, prints in its own process."""
    printing = _printing()
    summary = html if html is not None else gp_report(vault, options)
    if apart:
        from ui.print_apart import html_to_pdf_apart

        html_to_pdf_apart(summary, out)
    else:
        printing.html_to_pdf(summary, out)
