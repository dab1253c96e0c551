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
"""

from __future__ import annotations

import base64
import math
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.domain.appointment import Appointment
from planner.domain.goal import Direction, Goal
from planner.domain.medicine import Medicine
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.summary import HealthSummary
from planner.domain.tracker import Tracker, TrackerKind
from planner.instruments import INSTRUMENT_CODES, load_instrument, score_response
from planner.services.charts import downsample
from planner.services.progress import direction_word, goal_progress
from planner.share.fhir.medicines import dosage_text
from planner.vault.vault import Vault

DEFAULT_DAYS = 90

LABELS: dict[str, str] = {
    "title": "Health summary",
    "title_for": "Health summary for {name}",
    "intro": "I wrote this with the Health Planner app on {date}. It is my own record, not a "
    "medical record.",
    "details": "About me",
    "name": "Name",
    "nhs_number": "NHS number",
    "date_of_birth": "Date of birth",
    "borough": "Borough",
    "what_matters": "What matters to me",
    "goals": "My goals",
    "plan": "My care and support plan",
    "actions": "What I will do",
    "supporters": "Who supports me",
    "crisis": "If things go wrong: my crisis plan",
    "questionnaires": "Questionnaires: my latest scores",
    "charts": "My measurements",
    "medicines": "My medicines",
    "medicines_stopped": "Medicines stopped or finished, {start} to {end}",
    "allergies": "Allergies and intolerances",
    "conditions": "My health conditions",
    "appointments": "Coming appointments",
    "questions": "Questions I want to ask",
}


class ReportOptions(BaseModel):
    """What the person chose to put in the summary. Everything is on unless they turn it off,
    except that they can leave out the NHS number and date of birth even in "About me"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    details: bool = True
    show_nhs_number: bool = True
    show_date_of_birth: bool = True
    what_matters: bool = True
    goals: bool = True
    plan: bool = True
    crisis_plan: bool = True
    questionnaires: bool = True
    charts: bool = True
    medicines: bool = True  # current ones, and those stopped in the period with the reason
    allergies: bool = True
    conditions: bool = True
    appointments: bool = True  # the coming ones, with the questions to ask
    trackers: tuple[str, ...] = ()  # tracker keys; empty means every tracker that has numbers
    start: date | None = None  # first day of the charts' period; default 90 days before `end`
    end: date | None = None  # last day (included); default today
    lang: str = Field(default="en", pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
    direction: Literal["ltr", "rtl"] = "ltr"
    labels: dict[str, str] = Field(default_factory=dict)  # translated headings, by LABELS key

    def period(self, today: date) -> tuple[date, date]:
        end = self.end or today
        start = self.start or end - timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            start, end = end, start
        return start, end


# -- small formatting helpers -------------------------------------------------------------


def long_date(day: date) -> str:
    """3 March 2026: no leading zero, month in words, so nobody reads it the US way round."""
    return f"{day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def number(value: float) -> str:
    """7,000 or 82.4: thousands separated, at most two decimals, no trailing zeros."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def with_unit(value: float, tracker: Tracker) -> str:
    if tracker.kind is TrackerKind.YES_NO:
        return "yes" if value >= 0.5 else "no"
    if tracker.kind is TrackerKind.SCALE:
        return f"{number(value)} out of 10"
    return f"{number(value)} {tracker.unit}".strip()


def sentence(text: str) -> str:
    """First letter upper case, the rest untouched (str.capitalize would write "tuesday")."""
    return text[:1].upper() + text[1:]


def average(values: list[float]) -> float:
    """The mean, rounded the way the numbers came: whole steps stay whole, kg keep a decimal."""
    mean = sum(values) / len(values)
    whole = all(v == int(v) for v in values)
    return float(round(mean)) if whole and mean >= 10 else round(mean, 1)


def nhs_format(digits: str) -> str:
    """The NHS's own 3-3-4 grouping, the way it is printed on letters and cards."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# -- chart data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryRow:
    label: str  # "March 2026" or "week of 3 Mar 2026"
    count: int
    low: float
    mean: float  # not rounded: yes/no rows show it as a percentage
    high: float
    whole: bool = False  # every value a whole number (steps), so the average is shown whole

    @property
    def shown_mean(self) -> float:
        return float(round(self.mean)) if self.whole and self.mean >= 10 else round(self.mean, 1)


@dataclass(frozen=True)
class TrackerSeries:
    """One tracker over the report's period: what a chart and its table are drawn from."""

    tracker: Tracker
    start: date
    end: date
    points: list[tuple[int, float]]  # (ms since epoch UTC, value), oldest first
    target: float | None = None
    direction: Direction | None = None
    rows: list[SummaryRow] = field(default_factory=list)

    @property
    def title(self) -> str:
        unit = self.tracker.unit
        if self.tracker.kind is TrackerKind.SCALE:
            unit = "0 to 10"
        if not unit or unit.lower() == self.tracker.label.lower():
            return self.tracker.label
        return f"{self.tracker.label} ({unit})"


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _bucket(day: date, span_days: int) -> tuple[date, date]:
    """The week, month or quarter `day` is in, as (first day, last day)."""
    if span_days <= 62:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    months = 1 if span_days <= 550 else 3
    first = date(day.year, (day.month - 1) // months * months + 1, 1)
    after = date(first.year + (first.month + months - 1) // 12,
                 (first.month + months - 1) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def _span_label(first: date, last: date, start: date, end: date) -> str:
    """"March 2026" for a whole month; "27 to 31 August 2026" where the period cuts it, so a
    GP does not read five entries as a whole month's worth."""
    first, last = max(first, start), min(last, end)
    whole_month = first.day == 1 and (last + timedelta(days=1)).day == 1
    if whole_month and first.month == last.month:
        return f"{first:%B %Y}"
    if whole_month:
        return f"{first:%B} to {last:%B %Y}" if first.year == last.year else (
            f"{first:%B %Y} to {last:%B %Y}")
    if first.year != last.year:
        return f"{long_date(first)} to {long_date(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%B} to {long_date(last)}"
    return f"{first.day} to {long_date(last)}"


def summary_rows(points: list[tuple[int, float]], start: date, end: date) -> list[SummaryRow]:
    """Weekly, monthly or quarterly figures, whichever gives a table that fits on a page."""
    span = (end - start).days + 1
    buckets: list[tuple[date, date]] = []
    day = start
    while day <= end:
        buckets.append(_bucket(day, span))
        day = buckets[-1][1] + timedelta(days=1)
    # The instant each bucket starts (local midnight, so summer time is right); a point goes in
    # the last bucket starting at or before it. One bisect per point: a wearable's year is
    # 40,000 points, and a date conversion each took a seventh of a second.
    edges = [int(_local_midnight(first).timestamp() * 1000) for first, _ in buckets]
    groups: list[list[float]] = [[] for _ in buckets]
    for ms, value in points:
        groups[max(0, bisect_right(edges, ms) - 1)].append(value)
    return [
        SummaryRow(_span_label(first, last, start, end), len(values), min(values),
                   sum(values) / len(values), max(values), all(v == int(v) for v in values))
        for (first, last), values in zip(buckets, groups, strict=True) if values
    ]


def chosen_trackers(vault: Vault, options: ReportOptions) -> list[Tracker]:
    """The trackers to chart: the chosen keys in the order given, or every tracker that holds
    numbers (free-text journals stay private unless someone asks for them by name)."""
    trackers = vault.trackers.all(include_archived=True)
    if options.trackers:
        by_key = {t.key: t for t in trackers}
        return [by_key[k] for k in options.trackers if k in by_key]
    return [t for t in trackers if not t.archived and t.kind is not TrackerKind.TEXT]


def chart_series(vault: Vault, options: ReportOptions, today: date | None = None) -> list[
    TrackerSeries
]:
    """The data behind each chart, for the UI to draw and for the report's tables."""
    start, end = options.period(today or date.today())
    goals = [g for g in vault.goals.all() if g.measure is not None]
    out = []
    for tracker in chosen_trackers(vault, options):
        if tracker.kind is TrackerKind.TEXT:
            continue
        points = vault.logs.series(tracker.id, _local_midnight(start),
                                   _local_midnight(end + timedelta(days=1)))
        goal = next((g for g in goals if g.measure and g.measure.tracker_id == tracker.id
                     and g.status.value in ("active", "on-hold")), None)
        out.append(TrackerSeries(
            tracker=tracker, start=start, end=end, points=points,
            target=goal.measure.target if goal and goal.measure else None,
            direction=goal.measure.direction if goal and goal.measure else None,
            rows=summary_rows(points, start, end),
        ))
    return out


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(1, ticks)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def chart_svg(series: TrackerSeries, width: int = 680, height: int = 230) -> str:
    """A plain SVG chart: the person's data as points, the goal's target as a dashed line,
    axes labelled in words. Only shapes SVG Tiny has, so Qt's renderer draws it too."""
    left, right, top, bottom = 64, 16, 24, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    t0 = _local_midnight(series.start).timestamp() * 1000
    t1 = _local_midnight(series.end + timedelta(days=1)).timestamp() * 1000
    values = [v for _, v in series.points]
    if series.target is not None:
        values.append(series.target)
    if series.tracker.kind is TrackerKind.SCALE:
        low, high = 0.0, 10.0
    elif values:
        low, high = min(values), max(values)
    else:
        low, high = 0.0, 1.0
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step

    def x(ms: float) -> float:
        return left + (ms - t0) / max(1.0, t1 - t0) * plot_w

    def y(value: float) -> float:
        return top + plot_h - (value - low) / (high - low) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    tick = low
    while tick <= high + step / 2:
        ty = y(tick)
        parts.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{left + plot_w}" y2="{ty:.1f}" '
                     'stroke="#d0d0d0" stroke-width="1"/>')
        parts.append(f'<text x="{left - 6}" y="{ty + 4:.1f}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="end" fill="#333333">{number(tick)}</text>')
        tick += step
    # Month (or week) marks along the bottom.
    span_days = (series.end - series.start).days + 1
    day = series.start
    marks: list[tuple[date, str]] = []
    while day <= series.end:
        if span_days > 62 and day.day == 1:
            marks.append((day, f"{day:%b %Y}" if day.month == 1 or not marks else f"{day:%b}"))
        elif span_days <= 62 and day.weekday() == 0:
            marks.append((day, f"{day.day} {day:%b}"))
        day += timedelta(days=1)
    if span_days > 62 * 12:
        marks = [m for m in marks if m[0].month in (1, 4, 7, 10)]
    for mark, label in marks:
        mx = x(_local_midnight(mark).timestamp() * 1000)
        parts.append(f'<line x1="{mx:.1f}" y1="{top}" x2="{mx:.1f}" y2="{top + plot_h}" '
                     'stroke="#eeeeee" stroke-width="1"/>')
        parts.append(f'<text x="{mx:.1f}" y="{top + plot_h + 16}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="middle" fill="#333333">{escape(label)}</text>')
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" '
                 f'y2="{top + plot_h}" stroke="#555555" stroke-width="1"/>')
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" '
                 'stroke="#555555" stroke-width="1"/>')
    if series.target is not None:
        ty = y(series.target)
        words = f"Goal: {with_unit(series.target, series.tracker)}"
        if series.direction is not None:
            words += f" {direction_word(series.direction)}"
        parts.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{left + plot_w}" y2="{ty:.1f}" '
                     'stroke="#b03a2e" stroke-width="2" stroke-dasharray="8,5"/>')
        # The label sits above the plot, where no data point can cover it.
        parts.append(f'<line x1="{left + plot_w - 24}" y1="{top - 14}" x2="{left + plot_w}" '
                     f'y2="{top - 14}" stroke="#b03a2e" stroke-width="2" '
                     'stroke-dasharray="8,5"/>')
        parts.append(f'<text x="{left + plot_w - 30}" y="{top - 10}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="end" fill="#b03a2e">{escape(words)}</text>')
    shown = downsample(series.points, 400)
    radius = 2.5 if len(shown) <= 120 else 1.8
    for ms, value in shown:
        parts.append(f'<circle cx="{x(ms):.1f}" cy="{y(value):.1f}" r="{radius}" '
                     'fill="#1f4e79"/>')
    if not series.points:
        parts.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" '
                     'font-family="sans-serif" font-size="14" text-anchor="middle" '
                     'fill="#555555">No entries in this period</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 4}" font-family="sans-serif" '
                 'font-size="12" text-anchor="middle" fill="#333333">Date</text>')
    axis = "0 to 10" if series.tracker.kind is TrackerKind.SCALE else series.tracker.unit
    if axis:
        parts.append(f'<text x="{left - 6}" y="{top - 10}" font-family="sans-serif" '
                     f'font-size="12" text-anchor="end" fill="#333333">{escape(axis)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


# -- the HTML -----------------------------------------------------------------------------

STYLE = """
body { font-size: 11pt; color: #111111; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 16px; margin-bottom: 6px; color: #1f3b57; }
h3 { font-size: 12pt; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 6px; }
th { background-color: #e8eef4; font-weight: bold; }
td, th { padding: 4px; vertical-align: top; }
.intro { color: #444444; }
.note { color: #8a1c1c; font-weight: bold; }
.small { font-size: 9.5pt; color: #444444; }
"""


FSI, PDI = "\u2068", "\u2069"  # Unicode "first strong isolate" and "pop directional isolate"


class _Html:
    """A tiny builder so every piece of person-typed text goes through `escape`.

    Right to left, every block says so itself (QTextDocument decides each block's direction
    from its own first letter, not from <html dir>), table columns are written in reverse so
    the first column is on the right, and every value is wrapped in a Unicode isolate, so an
    English date or a phone number inside Urdu text keeps its own order ("12 April 1961", not
    "April 1961 12").
    """

    def __init__(self, direction: str) -> None:
        self.parts: list[str] = []
        self.rtl = direction == "rtl"
        self.align = "right" if self.rtl else "left"
        self.dir = ' dir="rtl"' if self.rtl else ""
        self.block = f'{self.dir} align="right"' if self.rtl else ""

    def add(self, raw: str) -> None:
        self.parts.append(raw)

    def t(self, text: str) -> str:
        """Escaped text, isolated in right-to-left documents."""
        return f"{FSI}{escape(text)}{PDI}" if self.rtl else escape(text)

    def h(self, level: int, text: str) -> None:
        self.add(f"<h{level}{self.block}>{self.t(text)}</h{level}>")

    def p(self, text: str, css: str = "") -> None:
        klass = f' class="{css}"' if css else ""
        self.add(f"<p{klass}{self.block}>{self.t(text)}</p>")

    def items(self, entries: list[tuple[str, str]]) -> None:
        """A bulleted list of (bold lead, text) pairs; the lead may be empty."""
        out = []
        for lead, text in entries:
            bold = f"<b>{self.t(lead)}</b>: " if lead else ""
            out.append(f"<li{self.block}>{bold}{self.t(text)}</li>")
        self.add(f"<ul{self.block}>" + "".join(out) + "</ul>")

    def _row(self, cells: list[str]) -> str:
        return "<tr>" + "".join(reversed(cells) if self.rtl else cells) + "</tr>"

    def table(self, header: list[str] | None, rows: list[list[str]],
              widths: list[int] | None = None) -> None:
        """A bordered table; `header` None means a two-column label/value table."""
        out = [f'<table{self.dir} border="1" cellspacing="0" cellpadding="4" width="100%" '
               'style="border-collapse: collapse; border-color: #8a8a8a;">']
        if header:
            cells = [f'<th{self.dir} align="{self.align}"'
                     + (f' width="{widths[i]}%"' if widths else "")
                     + f">{self.t(h)}</th>" for i, h in enumerate(header)]
            out.append(f"<thead>{self._row(cells)}</thead>")
        for row in rows:
            if header is None:
                out.append(self._row([
                    f'<th{self.dir} align="{self.align}" width="28%">{self.t(row[0])}</th>',
                    f"<td{self.block}>{self.t(row[1])}</td>"]))
            else:
                out.append(self._row([f"<td{self.block}>{self.t(c)}</td>" for c in row]))
        out.append("</table>")
        self.add("".join(out))


def _details(vault: Vault, options: ReportOptions, html: _Html, label: Mapping[str, str],
             today: date) -> None:
    person = vault.person.get()
    html.h(2, label["details"])
    if person is None:
        html.p("No details have been filled in.")
        return
    rows = [[label["name"], person.display_name]]
    if options.show_nhs_number and person.nhs_number:
        rows.append([label["nhs_number"], nhs_format(person.nhs_number)])
    if options.show_date_of_birth and person.date_of_birth:
        born = person.date_of_birth
        rows.append([label["date_of_birth"], f"{long_date(born)} (age {_age(born, today)})"])
    if person.borough:
        rows.append([label["borough"], person.borough])
    html.table(None, rows)


def _goal_row(vault: Vault, goal: Goal, trackers: dict[object, Tracker]) -> list[str]:
    target = latest = progress_text = ""
    if goal.measure is not None and goal.measure.tracker_id in trackers:
        tracker = trackers[goal.measure.tracker_id]
        target = (f"{with_unit(goal.measure.target, tracker)} "
                  f"{direction_word(goal.measure.direction)}")
        progress = goal_progress(vault, goal)
        if progress is None or progress.latest is None:
            progress_text = "No entries yet"
        else:
            latest = with_unit(progress.latest, tracker)
            state = "Target met" if progress.met else f"{progress.fraction:.0%} of the way"
            progress_text = f"{state}; met on {progress.days_met_last_week} of the last 7 days"
    status = goal.status.value.replace("-", " ").capitalize()
    due = long_date(goal.due) if goal.due else ""
    return [goal.title, target, latest, progress_text, status, due]


def _goals(vault: Vault, html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["goals"])
    goals = vault.goals.all()
    if not goals:
        html.p("No goals yet.")
        return
    trackers: dict[object, Tracker] = {t.id: t for t in vault.trackers.all(include_archived=True)}
    html.table(["Goal", "Target", "Latest", "Progress", "Status", "Due by"],
               [_goal_row(vault, g, trackers) for g in goals], [24, 16, 13, 21, 10, 16])
    reasons = [(g.title, g.why) for g in goals if g.why]
    if reasons:
        html.items(reasons)


def _plan(vault: Vault, html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["plan"])
    current = vault.plans.current()
    if current is None:
        html.p("No care and support plan yet.")
        return
    plan = current.plan
    facts = [["Plan", f"{plan.title} (version {current.version}, saved "
                      f"{long_date(current.saved_at.date())})"]]
    if current.agreed_with:
        agreed = current.agreed_with
        if current.agreed_on:
            agreed += f" on {long_date(current.agreed_on)}"
        facts.append(["Agreed with", agreed])
    if plan.coordinator:
        facts.append(["Care coordinator", plan.coordinator])
    if plan.review_date:
        facts.append(["Next review", long_date(plan.review_date)])
    html.table(None, facts)
    html.h(3, label["actions"])
    actions = [a for a in plan.actions if not a.done]
    if actions:
        rows = []
        for action in actions:
            how = sentence(action.recurrence.describe()) if action.recurrence else ""
            if action.due:
                how = f"{how}; by {long_date(action.due)}" if how else f"By {long_date(action.due)}"
            rows.append([action.text, how, action.who or "Me"])
        html.table(["Action", "How often", "Who"], rows, [50, 34, 16])
    else:
        html.p("No actions yet.")
    html.h(3, label["supporters"])
    if plan.supporters:
        html.table(["Name", "Role", "Phone or email"],
                   [[s.name, s.role, ", ".join(x for x in (s.phone, s.email) if x)]
                    for s in plan.supporters], [30, 40, 30])
    else:
        html.p("No supporters named yet.")


def _crisis(vault: Vault, html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["crisis"])
    current = vault.plans.current()
    if current is None:
        html.p("No crisis plan yet.")
        return
    c = current.plan.contingency
    rows = [[name, text] for name, text in (
        ("Warning signs", c.warning_signs),
        ("What I will do", c.what_i_do),
        ("Who to contact", c.who_to_contact),
        ("Urgent help", c.crisis_numbers),
    ) if text]
    if rows:
        html.table(None, rows)
    else:
        html.p("No crisis plan written yet.")


def _score_rows(response: QuestionnaireResponse) -> tuple[list[list[str]], list[str]]:
    instrument = load_instrument(response.instrument)
    result = score_response(response)
    when = long_date(response.completed_at.date())
    name = instrument.title
    rows: list[list[str]] = []
    if instrument.scoring == "sum":
        top = sum(max(i.values()) for i in instrument.items)
        if result.total is not None and result.band is not None:
            rows.append([name, when, f"{result.total} out of {top}", result.band.label])
        else:
            rows.append([name, when, "Not all questions answered", "No total score"])
    else:
        for item in instrument.items:
            band = result.item_bands.get(item.id)
            if band is None:
                continue
            words = item.id.replace("_", " ").capitalize()
            value = response.answers[item.id]
            rows.append([f"{instrument.code}: {words}", when, f"{value} out of 10", band.label])
    flags = []
    for alert in result.alerts:
        rule = next((r for r in instrument.alerts if r.code == alert.code), None)
        if rule is None:
            continue
        item = instrument.item(rule.item)
        number_ = [i.id for i in instrument.items].index(item.id) + 1
        option = next((o.label for o in item.options if o.value == response.answers[item.id]),
                      str(response.answers[item.id]))
        flags.append(f"Please note: {instrument.code} question {number_} (\u201c{item.text}\u201d) "
                     f"was answered \u201c{option}\u201d on {when}.")
    return rows, flags


def _questionnaires(vault: Vault, html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["questionnaires"])
    rows: list[list[str]] = []
    flags: list[str] = []
    for code in INSTRUMENT_CODES:
        latest = vault.questionnaires.latest(code)
        if latest is None:
            continue
        more_rows, more_flags = _score_rows(latest)
        rows += more_rows
        flags += more_flags
    if not rows:
        html.p("No questionnaires filled in yet.")
        return
    html.table(["Questionnaire", "Date", "Score", "What the score means"], rows, [38, 20, 18, 24])
    for flag in flags:
        html.p(flag, "note")


def _summary_sentence(series: TrackerSeries) -> str:
    tracker = series.tracker
    if not series.points:
        return "No entries in this period."
    values = [v for _, v in series.points]
    count = len(values)
    if tracker.kind is TrackerKind.YES_NO:
        yes = sum(1 for v in values if v >= 0.5)
        return f"{count:,} entries: yes {yes:,} times ({yes / count:.0%})."
    last_ms, last_value = series.points[-1]
    last_day = datetime.fromtimestamp(last_ms / 1000, UTC).astimezone().date()
    return (f"{count:,} entries. Average {with_unit(average(values), tracker)}; lowest "
            f"{with_unit(min(values), tracker)}; highest {with_unit(max(values), tracker)}. "
            f"Latest {with_unit(last_value, tracker)} on {long_date(last_day)}.")


def _charts(vault: Vault, options: ReportOptions, html: _Html, label: Mapping[str, str],
            charts: Mapping[str, bytes], today: date,
            known: list[TrackerSeries] | None) -> None:
    start, end = options.period(today)
    html.h(2, f"{label['charts']}, {long_date(start)} to {long_date(end)}")
    all_series = known if known is not None else chart_series(vault, options, today)
    if not all_series:
        html.p("No trackers chosen.")
        return
    for series in all_series:
        tracker = series.tracker
        html.h(3, series.title)
        html.p(_summary_sentence(series))
        png = charts.get(tracker.key)
        if png and series.points:
            data = base64.b64encode(png).decode("ascii")
            html.add(f'<p{html.block}><img src="data:image/png;base64,{data}" width="640" '
                     f'height="216" alt="{escape("Chart of " + tracker.label)}"></p>')
        if not series.rows:
            continue
        if tracker.kind is TrackerKind.YES_NO:
            html.table(["Period", "Entries", "Yes"],
                       [[r.label, f"{r.count:,}", f"{r.mean:.0%}"] for r in series.rows],
                       [50, 25, 25])
        else:
            html.table(["Period", "Entries", "Lowest", "Average", "Highest"],
                       [[r.label, f"{r.count:,}", with_unit(r.low, tracker),
                         with_unit(r.shown_mean, tracker), with_unit(r.high, tracker)]
                        for r in series.rows], [32, 12, 18, 20, 18])


def _medicine_name(medicine: Medicine) -> str:
    parts = [medicine.name]
    if medicine.strength:
        parts.append(medicine.strength)
    if medicine.form.value != "other":
        parts.append(medicine.form.value)
    return " ".join(parts)


def medicines_section(medicines: list[Medicine], html: _Html, label: Mapping[str, str],
                      start: date, end: date, today: date) -> None:
    """What I take now; then what was stopped (with the reason) or finished in the period."""
    html.h(2, label["medicines"])
    current = [m for m in medicines if m.stopped is None
               and (m.course_end is None or m.course_end >= today)]
    if current:
        rows = []
        for m in current:
            how = sentence(dosage_text(m))
            if m.course_end is not None:
                how += f"; until {long_date(m.course_end)}"
            rows.append([_medicine_name(m), how, m.reason, long_date(m.started),
                         m.prescriber])
        html.table(["Medicine", "How I take it", "What it is for", "Since", "Prescribed by"],
                   rows, [24, 28, 20, 14, 14])
    else:
        html.p("No medicines at the moment.")
    ended = []
    for m in medicines:
        if m.stopped is not None and start <= m.stopped <= end:
            ended.append((m.stopped, [_medicine_name(m), long_date(m.stopped),
                                      m.stop_reason or "No reason written"]))
        elif (m.stopped is None and m.course_end is not None
              and start <= m.course_end <= end and m.course_end < today):
            ended.append((m.course_end, [_medicine_name(m), long_date(m.course_end),
                                         "The course finished"]))
    if ended:
        html.h(3, label["medicines_stopped"].format(start=long_date(start), end=long_date(end)))
        html.table(["Medicine", "Stopped on", "Why"],
                   [row for _, row in sorted(ended, key=lambda pair: pair[0])], [34, 22, 44])


def allergies_section(summary: HealthSummary, html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["allergies"])
    if not summary.allergies:
        html.p("No allergies or intolerances known.")
        return
    rows = []
    for a in summary.allergies:
        name = f"{a.substance} (SNOMED CT {a.concept_id})" if a.concept_id else a.substance
        rows.append([name, "Intolerance" if a.intolerance else "Allergy", a.reaction,
                     a.severity.value.capitalize() if a.severity else ""])
    html.table(["What to", "Allergy or intolerance", "What happens", "How bad"], rows,
               [30, 20, 34, 16])


def conditions_section(summary: HealthSummary, html: _Html, label: Mapping[str, str]) -> None:
    html.h(2, label["conditions"])
    if not summary.conditions:
        html.p("No health conditions written down.")
        return
    ordered = sorted(summary.conditions, key=lambda c: c.resolved)  # current ones first
    rows = []
    for c in ordered:
        name = f"{c.name} (SNOMED CT {c.concept_id})" if c.concept_id else c.name
        rows.append([name, long_date(c.onset) if c.onset else "",
                     "Resolved" if c.resolved else "Current", c.note])
    html.table(["Condition", "Since", "Now", "Notes"], rows, [34, 18, 12, 36])


def appointments_section(appointments: list[Appointment], html: _Html,
                         label: Mapping[str, str], today: date) -> None:
    """The coming appointments, soonest first, each with the questions to ask."""
    html.h(2, label["appointments"])
    coming = sorted((a for a in appointments
                     if not a.cancelled and a.at.astimezone().date() >= today),
                    key=lambda a: a.at)
    if not coming:
        html.p("No appointments coming up.")
        return
    for a in coming:
        local = a.at.astimezone()
        html.h(3, f"{long_date(local.date())}, {local:%H:%M}: {a.what_for}")
        facts = [[name, text] for name, text in (("With", a.with_whom), ("Where", a.where))
                 if text]
        if facts:
            html.table(None, facts)
        if a.questions:
            html.p(label["questions"])
            html.items([("", q) for q in a.questions])


def build_report(
    vault: Vault,
    options: ReportOptions | None = None,
    *,
    charts: Mapping[str, bytes] | None = None,
    today: date | None = None,
    series: list[TrackerSeries] | None = None,
) -> str:
    """The summary as one HTML document. `charts` maps tracker keys to PNG images; `series`
    is `chart_series` for these options when the caller has already read it (for the PNGs)."""
    options = options or ReportOptions()
    today = today or date.today()
    label = {**LABELS, **options.labels}
    html = _Html(options.direction)
    person = vault.person.get()
    title = (label["title_for"].format(name=person.display_name)
             if options.details and person is not None else label["title"])
    html.h(1, title)
    html.p(label["intro"].format(date=long_date(today)), "intro")
    if options.details:
        _details(vault, options, html, label, today)
    if options.what_matters:
        html.h(2, label["what_matters"])
        current = vault.plans.current()
        matters = current.plan.what_matters if current else ()
        if matters:
            html.items([("", m) for m in matters])
        else:
            html.p("Nothing written here yet.")
    if options.goals:
        _goals(vault, html, label)
    if options.plan:
        _plan(vault, html, label)
    if options.crisis_plan:
        _crisis(vault, html, label)
    if options.questionnaires:
        _questionnaires(vault, html, label)
    start, end = options.period(today)
    if options.medicines:
        medicines_section(vault.medicines.all(include_stopped=True), html, label, start, end,
                          today)
    if options.allergies or options.conditions:
        summary = vault.summary.get()
        if options.allergies:
            allergies_section(summary, html, label)
        if options.conditions:
            conditions_section(summary, html, label)
    if options.appointments:
        appointments_section(vault.appointments.all(), html, label, today)
    if options.charts:
        _charts(vault, options, html, label, charts or {}, today, series)
    lang = escape(options.lang)
    direction = options.direction
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f'<body dir="{direction}">\n' + "\n".join(html.parts) + "\n</body>\n</html>\n"
    )
