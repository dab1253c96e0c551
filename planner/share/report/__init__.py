"""The GP summary: an HTML document the person chooses the contents of, printed to PDF by ui/.

The HTML keeps to what Qt's QTextDocument renders (h1-h3, p, ul, tables, img), because the UI
prints it with QTextDocument and QPdfWriter. QTextDocument cannot draw SVG, so charts come in
three forms: `chart_svg` draws one in plain Python (for the UI and for browsers), the caller may
pass PNGs made from it (`charts={tracker key: png bytes}`; ui/printing.py has `svg_to_png`), and
every chart also has a small table of monthly figures, which is what shows when no PNG is given
and what a GP reads when they want numbers rather than shapes.

A GP has a few minutes: sections come in a fixed order, each with a plain heading, numbers carry
their units, and dates are written out ("3 March 2026") so no one mixes up US and UK formats.
The person decides what goes in (`ReportOptions`); a section that is not chosen is not in the
HTML at all, not merely hidden.

Right-to-left: `direction="rtl"` (with `lang`, e.g. "ur") sets `dir` on the document so headings,
paragraphs and tables run from the right. Heading words can be translated by passing `labels`.

The package holds one module per step: `options` (what the person chose, and the headings),
`charts` (the data behind each chart, and the SVG), `markup` (the escaping HTML builder, shared
with the link worker's summary), `formatting` (dates and numbers) and `document` (the sections
and `build_report`). Callers use the names below from `planner.share.report`.
"""

from __future__ import annotations

from planner.share.report.charts import (
    SummaryRow,
    TrackerSeries,
    chart_series,
    chart_svg,
    chosen_trackers,
    summary_rows,
)
from planner.share.report.document import build_report
from planner.share.report.formatting import long_date
from planner.share.report.options import DEFAULT_DAYS, LABELS, ReportOptions

__all__ = [
    "DEFAULT_DAYS",
    "LABELS",
    "ReportOptions",
    "SummaryRow",
    "TrackerSeries",
    "build_report",
    "chart_series",
    "chart_svg",
    "chosen_trackers",
    "long_date",
    "summary_rows",
]
