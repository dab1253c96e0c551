"""The printed summary is a tagged PDF: a screen reader finds its headings, reads its tables
cell by cell and its charts by their alt text, and skips the running footer."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter

from planner.share import report
from planner.share.report import ReportOptions
from planner.vault import Vault
from tests.unit.share.test_report import HEADINGS, MARKERS, printed


@dataclass
class Element:
    role: str
    text: str = ""  # the glyphs drawn in the element's marked content
    actual: str = ""  # its /ActualText, which a screen reader speaks in place of the glyphs
    alt: str = ""
    kids: list[Element] = field(default_factory=list)
    pages: set[int] = field(default_factory=set)

    def walk(self) -> list[Element]:
        return [self, *(e for kid in self.kids for e in kid.walk())]


def _marked_text(reader: PdfReader) -> tuple[dict[tuple[int, int], str], list[str]]:
    """Text inside each (page, MCID) sequence, and the text inside artifacts."""
    texts: dict[tuple[int, int], str] = defaultdict(str)
    artifacts: list[str] = []
    for number, page in enumerate(reader.pages):
        _read_page(number, page, texts, artifacts)
    return texts, artifacts


def _read_page(number: int, page: Any, texts: dict[tuple[int, int], str],
               artifacts: list[str]) -> None:
    stack: list[tuple[str, Any]] = []

    def before(op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
        if op == b"BDC":
            props = args[1] if len(args) > 1 else {}
            stack.append((str(args[0]), props.get("/MCID") if hasattr(props, "get") else None))
        elif op == b"BMC":
            stack.append((str(args[0]), None))
        elif op == b"EMC" and stack:
            stack.pop()

    def seen(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text.strip():
            return
        assert stack, f"text outside any tag or artifact on page {number + 1}: {text!r}"
        role, mcid = stack[-1]
        if role == "/Artifact":
            artifacts.append(text)
        else:
            texts[(number, int(mcid))] += text

    page.extract_text(visitor_operand_before=before, visitor_text=seen)


def structure(path: Path) -> tuple[Element, list[str]]:
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    texts, artifacts = _marked_text(reader)
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}

    def build(node: Any) -> Element:
        node = node.get_object()
        element = Element(str(node["/S"])[1:], alt=str(node.get("/Alt", "")))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object()
            if kid.get("/Type") == "/MCR":
                page = pages[kid.raw_get("/Pg").idnum]
                element.text += texts[(page, int(kid["/MCID"]))]
                element.pages.add(page)
            else:
                element.kids.append(build(kid))
        element.text = re.sub(r"\s+", " ", element.text).strip()
        element.actual = str(node.get("/ActualText", ""))
        return element

    return build(root["/StructTreeRoot"]["/K"]), artifacts


def test_headings_tables_lists_and_charts_are_tagged_in_reading_order(
    demo: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    printed(demo, ReportOptions(), out)
    document, artifacts = structure(out)
    assert document.role == "Document"
    elements = document.walk()

    headings = [e for e in elements if re.fullmatch(r"H[1-6]", e.role)]
    assert headings[0].role == "H1" and headings[0].text.startswith("Health summary for Sam")
    h2 = [e.text for e in headings if e.role == "H2"]
    order = [next(i for i, text in enumerate(h2) if text.startswith(heading))
             for heading in HEADINGS.values()]
    assert order == sorted(order), h2  # the sections in the order they are printed
    assert {"What I will do", "Who supports me", "Weight (kg)"} <= {
        e.text for e in headings if e.role == "H3"}

    # "About me" is a table of row headers and values, read as pairs
    about = next(e for e in document.kids if e.role == "Table")
    first_row = about.kids[0]
    assert first_row.role == "TR"
    assert [(c.role, c.text, c.actual) for c in first_row.kids] == [
        ("TH", "Name", "Name"), ("TD", "Sam Taylor (demo)", "Sam Taylor (demo)")]
    goals_table = [e for e in document.kids if e.role == "Table"][1]
    assert [c.text for c in goals_table.kids[0].kids][:3] == ["Goal", "Target", "Latest"]
    assert all(c.role == "TH" for c in goals_table.kids[0].kids)

    lists = [e for e in elements if e.role == "L"]
    assert lists and all(item.role == "LI" and item.kids[0].role == "LBody"
                         for item in lists[0].kids)
    # The first list says how to communicate with the person (#23), the next what matters.
    assert lists[0].kids[0].kids[0].text == "I hear better on my left side. Please face me and " \
        "speak clearly."
    assert lists[1].kids[0].kids[0].text == MARKERS["what_matters"][0]

    figures = [e for e in elements if e.role == "Figure"]
    assert {f.alt for f in figures} >= {"Chart of Weight", "Chart of Steps"}

    # every word of the body is in some tag; only the footer is skipped as an artifact
    tagged = " ".join(e.text for e in elements)
    squeezed = unicodedata.normalize("NFKC", tagged).replace(" ", "")  # lines wrap in cells
    for words in MARKERS.values():
        for phrase in words:
            assert phrase.replace(" ", "") in squeezed, phrase
    footer = " ".join(re.sub(r"\s+", " ", a) for a in artifacts)
    assert "Printed" in footer and "Page 1 of" in footer
    assert "Printed" not in tagged and "Page 1 of" not in tagged


def test_a_paragraph_that_runs_onto_the_next_page_is_one_element(tmp_path: Path) -> None:
    from ui.printing import html_to_pdf

    long_text = " ".join(f"word{n}" for n in range(4000))
    html = ('<html lang="en-GB"><head><title>Long</title></head><body><h1>Long</h1>'
            f"<p>{long_text}</p><h2>After</h2><p>The end.</p></body></html>")
    out = tmp_path / "long.pdf"
    html_to_pdf(html, out)
    document, _ = structure(out)
    roles = [(e.role, e.text[:6]) for e in document.kids]
    assert roles == [("H1", "Long"), ("P", "word0 "), ("H2", "After"), ("P", "The en")]
    paragraph = document.kids[1]
    assert len(paragraph.pages) >= 2
    assert "word3999" in paragraph.text and "word2000" in paragraph.text


def test_urdu_summary_is_tagged_right_to_left(demo: Vault, tmp_path: Path) -> None:
    from ui.printing import html_to_pdf

    options = ReportOptions(lang="ur", direction="rtl", charts=False,
                            labels={"what_matters": "میرے لیے کیا اہم ہے"})
    out = tmp_path / "ur.pdf"
    html_to_pdf(report.build_report(demo, options), out)
    document, _ = structure(out)
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "ur"
    h2 = [e for e in document.walk() if e.role == "H2"]
    assert "میرے لیے کیا اہم ہے" in [e.actual for e in h2]
    about = next(e for e in document.kids if e.role == "Table")
    # read from the right: the label comes before its value, as a reader of Urdu expects
    assert [c.role for c in about.kids[0].kids] == ["TH", "TD"]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """Whatever comes before it, a section heading prints on the page where its table
    starts (QTextDocument alone would break between the two)."""
    from ui.printing import html_to_pdf

    rows = "".join(f"<tr><td>Row {n}</td><td>{n * 7} steps</td></tr>" for n in range(8))
    moved_somewhere = False
    for filler in range(24, 40, 2):
        paragraphs = "".join(f"<p>Line {n} of the notes.</p>" for n in range(filler))
        html = ('<html lang="en-GB"><head><title>T</title></head><body><h1>Notes</h1>'
                f"{paragraphs}<h2>My steps</h2><table border=1>{rows}</table></body></html>")
        out = tmp_path / f"f{filler}.pdf"
        html_to_pdf(html, out)
        document, _ = structure(out)
        heading = next(e for e in document.kids if e.role == "H2")
        table = next(e for e in document.kids if e.role == "Table")
        first_row_pages = table.kids[0].kids[0].pages
        assert heading.pages == first_row_pages, filler
        last_line = [e for e in document.kids if e.role == "P"][-1]
        moved_somewhere |= min(heading.pages) > max(last_line.pages)
    assert moved_somewhere  # some filler length put the heading at a page foot, and it moved


def test_a_page_the_tagger_cannot_read_is_left_as_it_was() -> None:
    """Qt writes glyphs as hex strings; a page with a literal string (another writer's) keeps
    its content byte for byte and no tags, while the readable page is tagged."""
    from io import BytesIO

    from pypdf.generic import DecodedStreamObject, NameObject

    from planner.share import pdftags

    writer = PdfWriter()
    contents = [b"BT /F1 12 Tf 1 0 0 1 72 700 Tm (Hello) Tj ET",
                b"BT /F1 12 Tf 1 0 0 1 72 700 Tm 0 0 Td <0001> Tj ET"]
    for data in contents:
        page = writer.add_blank_page(595, 842)
        stream = DecodedStreamObject()
        stream.set_data(data)
        page[NameObject("/Contents")] = writer._add_object(stream)
    part = pdftags.Part("P", (0.0, 0.0, 600.0, 900.0), text="Hello")
    found = pdftags.tag(writer, [part], lambda _page, x, y: (x, 842 - y), "Test")
    out = BytesIO()
    writer.write(out)
    reader = PdfReader(out)
    assert found == 1
    assert reader.pages[0].get_contents().get_data() == contents[0]
    assert "/StructParents" not in reader.pages[0]
    assert b"/P <</MCID 0>> BDC" in reader.pages[1].get_contents().get_data()
    assert reader.pages[1]["/StructParents"] == 0
