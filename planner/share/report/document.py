"""The GP summary's sections, in the fixed order a GP reads them, and the HTML document.

Each section reads the vault and writes through the `_Html` builder; `build_report` decides
which of them go in, from the person's `ReportOptions`.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, date, datetime
from html import escape

from planner.domain.appointment import Appointment
from planner.domain.goal import Goal
from planner.domain.medicine import Medicine
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.summary import HealthSummary
from planner.domain.tracker import Tracker, TrackerKind
from planner.instruments import INSTRUMENT_CODES, load_instrument, score_response
from planner.services.progress import direction_word, goal_progress
from planner.share.fhir.medicines import dosage_text
from planner.share.report.care import decisions_section
from planner.share.report.charts import TrackerSeries, chart_series
from planner.share.report.formatting import (
    average,
    long_date,
    nhs_format,
    sentence,
    with_unit,
)
from planner.share.report.markup import STYLE, _Html
from planner.share.report.options import LABELS, ReportOptions
from planner.vault.vault import Vault


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _details(vault: Vault, options: ReportOptions, html: _Html, label: Mapping[str, str],
             today: date) -> None:
    person = vault.person.get()
    html.h(2, label["details"])
    if person is None:
        html.p("No details have been filled in.")
        keepers = _keepers(vault, today)
        if keepers:
            html.table(None, keepers)
        return
    rows = [[label["name"], person.display_name]]
    if options.show_nhs_number and person.nhs_number:
        rows.append([label["nhs_number"], nhs_format(person.nhs_number)])
    if options.show_date_of_birth and person.date_of_birth:
        born = person.date_of_birth
        rows.append([label["date_of_birth"], f"{long_date(born)} (age {_age(born, today)})"])
    if person.borough:
        rows.append([label["borough"], person.borough])
    rows += _keepers(vault, today)
    html.table(None, rows)


def _keepers(vault: Vault, today: date) -> list[list[str]]:
    """Who keeps the record with the person (issue #24): each carer whose access runs."""
    from planner.vault.access import grants_of

    try:
        grants = grants_of(vault)
    except (OSError, ValueError):  # a vault without its header beside it (a test's copy)
        return []
    kept = [f"{g.carer_name} (carer, "
            f"{'can see it' if g.level == 'view' else 'can see and change it'}, "
            f"until {long_date(g.until)})"
            for g in sorted(grants, key=lambda g: g.carer_name.casefold())
            if g.until >= today]
    return [["Record kept with", "; ".join(kept)]] if kept else []


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
            charts: Mapping[str, bytes | str], today: date,
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
        chart = charts.get(tracker.key)
        if chart and series.points:
            source = (chart if isinstance(chart, str)
                      else "data:image/png;base64," + base64.b64encode(chart).decode("ascii"))
            html.add(f'<p{html.block}><img src="{escape(source)}" width="640" '
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


def communication_section(summary: HealthSummary, html: _Html,
                          label: Mapping[str, str]) -> None:
    """What the person needs to understand and take part (the Accessible Information
    Standard): near the top, where whoever books or sees them reads it first. Left out when
    nothing is written down."""
    if not summary.communication_support and not summary.communication_needs.strip():
        return
    html.h(2, label["communication"])
    lines = [("", label[f"need_{need.value}"]) for need in summary.communication_support]
    if summary.communication_needs.strip():
        lines.append(("", summary.communication_needs.strip()))
    html.items(lines)


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
    charts: Mapping[str, bytes | str] | None = None,
    today: date | None = None,
    series: list[TrackerSeries] | None = None,
) -> str:
    """The summary as one HTML document. `charts` maps tracker keys to PNG images, or to the
    address of an image the viewer holds already (the window's preview: no PNG made only to be
    decoded again); `series` is `chart_series` for these options when the caller has already
    read it (for the charts)."""
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
    if options.communication:
        communication_section(vault.summary.get(), html, label)
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
    if options.decisions:
        decisions_section(vault.decisions.all(), html, label)
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
