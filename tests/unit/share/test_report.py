"""The GP summary: chosen sections in, unchosen out, in the HTML and in the printed PDF."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.share import report
from planner.share.report import ReportOptions
from planner.vault import Vault

TODAY = date.today()
HEADINGS = {
    "details": "About me",
    "what_matters": "What matters to me",
    "goals": "My goals",
    "plan": "My care and support plan",
    "crisis_plan": "If things go wrong",
    "questionnaires": "Questionnaires: my latest scores",
    "decisions": "Decisions I am making",  # printed after the appointments, before charts
    "charts": "My measurements",
}
# Words that appear only in one section of the demo profile.
MARKERS = {
    "details": ["999 000 0018", "12 April 1961", "Borough"],
    "what_matters": ["Seeing my grandchildren every week"],
    "goals": ["Get my weight down to 85 kg"],
    "plan": ["Walk with Priya", "Tom Green"],
    "crisis_plan": ["I stop answering the phone", "Samaritans"],
    "questionnaires": ["Patient Health Questionnaire (PHQ-9)", "out of 27"],
    "charts": ["Took my tablets", "Entries"],
    "decisions": ["Should I have a knee replacement?", "Decided: Switch to amlodipine"],
}


def pdf_text(path: Path) -> str:
    """All text, with pypdf's tabs and ligatures (ﬁ) normalised so phrases can be searched."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def printed(vault: Vault, options: ReportOptions, out: Path, charts: bool = True) -> str:
    from ui.printing import html_to_pdf, svg_to_png

    images = {}
    if charts:
        images = {s.tracker.key: svg_to_png(report.chart_svg(s))
                  for s in report.chart_series(vault, options)
                  if s.tracker.kind.value in ("numeric", "scale")}
    html_to_pdf(report.build_report(vault, options, charts=images), out)
    return pdf_text(out)


def test_the_whole_summary_prints_with_every_section(demo: Vault, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    text = printed(demo, ReportOptions(), out)
    for section, heading in HEADINGS.items():
        assert heading in text, section
        for marker in MARKERS[section]:
            assert marker in text, (section, marker)
    pages = len(PdfReader(out).pages)
    assert pages >= 2
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert f"Printed {TODAY.day} {TODAY:%B %Y}" in text
    reader = PdfReader(out)
    assert reader.metadata is not None and "Sam Taylor" in str(reader.metadata.title)
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=2)  # A4 in points
    assert reader.pages[0].mediabox.height == pytest.approx(842, abs=2)


@pytest.mark.parametrize("left_out", [
    ("details", "crisis_plan", "charts", "decisions"),
    ("what_matters", "goals", "plan", "questionnaires"),
])
def test_unchosen_sections_are_not_in_the_pdf(demo: Vault, tmp_path: Path,
                                              left_out: tuple[str, ...]) -> None:
    options = ReportOptions(**{name: False for name in left_out})
    text = printed(demo, options, tmp_path / "part.pdf", charts=False)
    for section, heading in HEADINGS.items():
        chosen = section not in left_out
        assert (heading in text) is chosen, section
        for marker in MARKERS[section]:
            assert (marker in text) is chosen, (section, marker)
    if "details" in left_out:
        assert "Sam Taylor" not in text  # not even in the title


def test_nhs_number_and_date_of_birth_can_be_left_out(demo: Vault) -> None:
    html = report.build_report(demo, ReportOptions(show_nhs_number=False,
                                                   show_date_of_birth=False))
    assert "Sam Taylor" in html
    assert "999 000 0018" not in html and "9990000018" not in html and "1961" not in html


def test_person_text_is_escaped(demo: Vault) -> None:
    current = demo.plans.current()
    assert current is not None
    demo.plans.save(current.plan.edit(what_matters=("<b>Tea</b> & <script>x</script>",)))
    html = report.build_report(demo)
    assert "&lt;b&gt;Tea&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "<script>" not in html


def test_right_to_left_summary(demo: Vault, tmp_path: Path) -> None:
    current = demo.plans.current()
    assert current is not None
    demo.plans.save(current.plan.edit(what_matters=("اپنے پوتے پوتیوں سے ملنا",)))
    options = ReportOptions(lang="ur", direction="rtl", charts=False,
                            labels={"what_matters": "میرے لیے کیا اہم ہے"})
    html = report.build_report(demo, options)
    assert '<html lang="ur" dir="rtl">' in html and '<body dir="rtl">' in html
    assert "میرے لیے کیا اہم ہے" in html
    assert '<th dir="rtl" align="right"' in html
    # columns run from the right: the label cell comes last in each row of "About me"
    assert re.search(r'<tr><td dir="rtl" align="right">\u2068Sam Taylor \(demo\)\u2069</td>'
                     r'<th dir="rtl" align="right" width="28%">\u2068Name\u2069</th></tr>', html)
    from ui.printing import html_to_pdf

    out = tmp_path / "ur.pdf"
    html_to_pdf(html, out)
    assert len(PdfReader(out).pages) >= 1
    with pytest.raises(ValueError):
        ReportOptions(direction="sideways")  # type: ignore[arg-type]


def test_chart_svg_is_well_formed_and_shows_the_target(demo: Vault) -> None:
    series = {s.tracker.key: s for s in report.chart_series(demo, ReportOptions())}
    svg = report.chart_svg(series["weight"])
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "Goal: 85 kg or less" in svg and 'stroke-dasharray="8,5"' in svg
    assert svg.count("<circle") == len(series["weight"].points)
    assert "Date" in svg and ">kg<" in svg
    from ui.printing import svg_to_png

    assert svg_to_png(svg).startswith(b"\x89PNG")


def test_period_and_tables(demo: Vault) -> None:
    end = TODAY
    start = date(end.year, end.month, 1)
    options = ReportOptions(trackers=("steps",), start=start, end=end)
    (series,) = report.chart_series(demo, options)
    assert series.tracker.key == "steps"
    assert sum(row.count for row in series.rows) == len(series.points)
    html = report.build_report(demo, options)
    assert f"{report.long_date(start)} to {report.long_date(end)}" in html
    assert "<h3>Weight" not in html


def test_empty_profile_still_makes_a_summary(blank: Vault) -> None:
    html = report.build_report(blank)
    assert "No goals yet." in html and "No care and support plan yet." in html
    assert "<h1>Health summary</h1>" in html


def test_ons4_rows_and_a_phq9_item_9_note(demo: Vault) -> None:
    from datetime import UTC, datetime

    from planner.domain.questionnaire import QuestionnaireResponse

    now = datetime.now(UTC)
    demo.questionnaires.save(QuestionnaireResponse(
        instrument="ONS4", completed_at=now,
        answers={"life_satisfaction": 7, "worthwhile": 8, "happiness": 5, "anxiety": 6}))
    demo.questionnaires.save(QuestionnaireResponse(
        instrument="PHQ9", completed_at=now,
        answers={f"phq9_{n}": 1 for n in range(1, 10)}))
    html = report.build_report(demo, ReportOptions())
    assert "ONS4: Life satisfaction" in html and "7 out of 10" in html
    assert "ONS4: Anxiety" in html and "High" in html
    assert "9 out of 27" in html and "Mild" in html
    assert "Please note: PHQ9 question 9" in html and "Several days" in html


def test_the_summary_pdf_has_its_headings_as_an_outline_and_a_language(
    demo: Vault, tmp_path: Path
) -> None:
    """PDF readers list the sections beside the pages and jump to them; the outline follows
    the printed headings, on the pages where they landed."""
    out = tmp_path / "summary.pdf"
    printed(demo, ReportOptions(), out)
    reader = PdfReader(out)
    titles = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    names = [t for t, _ in titles]
    for heading in HEADINGS.values():
        assert any(name.startswith(heading) for name in names), heading
    pages = [p for _, p in titles]
    assert pages == sorted(pages) and pages[-1] > 0  # in reading order, across pages
    assert reader.trailer["/Root"]["/Lang"] == "en"  # the report says <html lang="en">
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_monthly_rows_follow_london_midnight(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry at half past midnight on 1 July, summer time, is July's (23:30 UTC on 30 June),
    and the table counts every entry once."""
    import time
    from datetime import UTC, datetime

    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        def at(*when: int) -> int:
            return int(datetime(*when, tzinfo=UTC).timestamp() * 1000)

        points = [(at(2026, 6, 1, 9), 80.0), (at(2026, 6, 30, 22, 30), 81.0),
                  (at(2026, 6, 30, 23, 30), 90.0), (at(2026, 8, 31, 12), 70.5)]
        rows = report.summary_rows(points, date(2026, 6, 1), date(2026, 8, 31))
        assert [(r.label, r.count, r.low, r.high) for r in rows] == [
            ("June 2026", 2, 80.0, 81.0), ("July 2026", 1, 90.0, 90.0),
            ("August 2026", 1, 70.5, 70.5)]
        weekly = report.summary_rows(points[:3], date(2026, 6, 1), date(2026, 7, 1))
        assert [r.count for r in weekly] == [1, 2]  # Monday 1 June; Monday 29 June (both)
    finally:
        monkeypatch.undo()
        time.tzset()
