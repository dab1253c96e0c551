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
