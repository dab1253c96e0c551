"""HTML to PDF with QTextDocument and QPdfWriter: A4, page numbers, the date printed.

QTextDocument lays the report out in pages itself, which keeps a table row or a line of text
from being cut in half at a page end; we then paint each page with a footer ("Printed 3 March
2026" and "Page 2 of 3"), because a GP's printed bundle gets shuffled and pages must be easy to
put back in order.

Headless use (the `export --format pdf` command, tests) needs a QGuiApplication; one is made on
the offscreen platform when none exists, so no display is needed. The fonts shipped in
resources/fonts (Noto Sans, Noto Naskh Arabic) are loaded so Urdu and Arabic print on a bare PC.

The PDF is tagged for screen readers: the layout's blocks (headings, paragraphs, list items,
table cells, charts) and the boxes they landed in are handed to planner/share/pdftags.py, which
marks what Qt drew and writes the structure tree. Headings also become the outline (bookmarks,
shown beside the pages in every PDF reader), and the document's language is recorded.
"""

from __future__ import annotations

import os
import re
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from planner.atomic import atomic_write
from planner.share import link_worker, pdftags, report
from ui.resources import resource

FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "DejaVu Sans"]
BODY_POINTS = 10.5
FOOTER_POINTS = 9.0
RESOLUTION = 300

# The summary's headings, marked for translation; the rest of the summary stays in English,
# the language of the GP's records. The English must be the core's own (a test checks).
REPORT_LABELS: dict[str, str] = {
    "title": str(QT_TRANSLATE_NOOP("GpReport", "Health summary")),
    "title_for": str(QT_TRANSLATE_NOOP("GpReport", "Health summary for {name}")),
    "intro": str(
        QT_TRANSLATE_NOOP(
            "GpReport",
            "I wrote this with the Health Planner app on {date}. It is my own record, not a "
            "medical record.",
        )
    ),
    "details": str(QT_TRANSLATE_NOOP("GpReport", "About me")),
    "name": str(QT_TRANSLATE_NOOP("GpReport", "Name")),
    "nhs_number": str(QT_TRANSLATE_NOOP("GpReport", "NHS number")),
    "date_of_birth": str(QT_TRANSLATE_NOOP("GpReport", "Date of birth")),
    "borough": str(QT_TRANSLATE_NOOP("GpReport", "Borough")),
    "what_matters": str(QT_TRANSLATE_NOOP("GpReport", "What matters to me")),
    "goals": str(QT_TRANSLATE_NOOP("GpReport", "My goals")),
    "plan": str(QT_TRANSLATE_NOOP("GpReport", "My care and support plan")),
    "actions": str(QT_TRANSLATE_NOOP("GpReport", "What I will do")),
    "supporters": str(QT_TRANSLATE_NOOP("GpReport", "Who supports me")),
    "crisis": str(QT_TRANSLATE_NOOP("GpReport", "If things go wrong: my crisis plan")),
    "questionnaires": str(QT_TRANSLATE_NOOP("GpReport", "Questionnaires: my latest scores")),
    "charts": str(QT_TRANSLATE_NOOP("GpReport", "My measurements")),
    "medicines": str(QT_TRANSLATE_NOOP("GpReport", "My medicines")),
    "medicines_stopped": str(
        QT_TRANSLATE_NOOP("GpReport", "Medicines stopped or finished, {start} to {end}")
    ),
    "allergies": str(QT_TRANSLATE_NOOP("GpReport", "Allergies and intolerances")),
    "conditions": str(QT_TRANSLATE_NOOP("GpReport", "My health conditions")),
    "appointments": str(QT_TRANSLATE_NOOP("GpReport", "Coming appointments")),
    "questions": str(QT_TRANSLATE_NOOP("GpReport", "Questions I want to ask")),
    "decisions": str(QT_TRANSLATE_NOOP("GpReport", "Decisions I am making")),
    "communication": str(QT_TRANSLATE_NOOP("GpReport", "How to communicate with me")),
    "need_easy-read": str(
        QT_TRANSLATE_NOOP("GpReport", "Please give me information in easy read.")
    ),
    "need_large-print": str(
        QT_TRANSLATE_NOOP("GpReport", "Please give me information in large print.")
    ),
    "need_bsl-interpreter": str(
        QT_TRANSLATE_NOOP("GpReport", "I need a British Sign Language interpreter.")
    ),
    "need_someone-with-me": str(
        QT_TRANSLATE_NOOP("GpReport", "I would like someone to come with me.")
    ),
    # The link worker's summary (planner/share/link_worker.py) shares this mechanism.
    "lw_title": str(QT_TRANSLATE_NOOP("GpReport", "Social prescribing summary")),
    "lw_title_for": str(QT_TRANSLATE_NOOP("GpReport", "Social prescribing summary for {name}")),
    "lw_intro": str(
        QT_TRANSLATE_NOOP(
            "GpReport",
            "I wrote this with the Health Planner app on {date} for my link worker. It is my "
            "own record.",
        )
    ),
    "lw_referral": str(QT_TRANSLATE_NOOP("GpReport", "My referral")),
    "lw_chosen": str(QT_TRANSLATE_NOOP("GpReport", "The support I chose")),
    "lw_going": str(QT_TRANSLATE_NOOP("GpReport", "Going, month by month")),
    "lw_outcomes": str(QT_TRANSLATE_NOOP("GpReport", "How I have been: ONS4 check-ins")),
}

_app: QGuiApplication | None = None
_fonts_loaded = False


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one on the offscreen platform when run headless."""
    global _app, _fonts_loaded
    existing = QGuiApplication.instance()
    if existing is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication, not a bare QGuiApplication: the same process may go on to show
        # widgets (the GUI, or tests), and widgets need the widgets-flavoured application.
        _app = QApplication([])
        existing = _app
    if not _fonts_loaded:
        for font in sorted(resource("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        _fonts_loaded = True
    assert isinstance(existing, QGuiApplication)
    return existing


def report_labels() -> dict[str, str]:
    """The summary's headings in the person's language (only those that have a translation)."""
    found = {}
    sources = {**report.LABELS, **link_worker.LABELS}
    for key, source in REPORT_LABELS.items():
        if sources.get(key) != source:
            continue
        translated = QCoreApplication.translate("GpReport", source)
        if translated != source:
            found[key] = translated
    return found


def report_language() -> tuple[str, str]:
    """(lang, direction) for the summary, from the app's language and layout direction."""
    lang = QLocale().bcp47Name() or "en"
    if not re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", lang):
        lang = "en"
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return lang, "rtl" if rtl else "ltr"


def svg_to_png(svg: str, width: int = 680, height: int = 230, scale: float = 2.0) -> bytes:
    """Rasterise a chart from planner.share.report.chart_svg (QTextDocument cannot draw SVG).
    Drawn at twice the size so it stays sharp on paper."""
    return png_bytes(svg_to_image(svg, width, height, scale))


def svg_to_image(svg: str, width: int = 680, height: int = 230, scale: float = 2.0) -> QImage:
    """The chart drawn, not yet encoded: what the window's preview shows as it is. Drawn on
    white with no alpha channel (RGB888): nothing is see-through, and a PNG without one
    encodes ~20 % faster and is ~13 % smaller."""
    ensure_app()
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """`image` as a PNG, for the summary's HTML that is printed. Encoding is ~85 % of a chart's
    cost (~20 ms of ~23 at print size), so the preview skips it (issue #22)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Quality 80 is light compression: a fifth faster, and the bytes only travel in memory
    # to QTextDocument, which decodes them and QPdfWriter compresses them again anyway.
    image.save(buffer, "PNG", 80)  # type: ignore[call-overload]  # stubs say bytes; Qt: str
    buffer.close()
    return bytes(data.data())


def _title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S | re.I)
    return unescape(found.group(1)).strip() if found else "Health summary"


def _is_rtl(html: str) -> bool:
    return re.search(r"<html[^>]*\bdir=\"rtl\"", html, re.I) is not None


def _heading_to_move(
    document: QTextDocument, page_height: float, start: QTextBlock
) -> QTextBlock | None:
    """From `start` on, the first h2/h3 whose following content would not start on the
    heading's page."""
    layout = document.documentLayout()
    block = start
    while block.isValid():
        if block.blockFormat().headingLevel() in (2, 3):
            rect = layout.blockBoundingRect(block)
            top, end = rect.top(), rect.bottom()
            follower = block.next()
            for _ in range(3):  # a summary line, a chart, a table's first row
                if not follower.isValid():
                    break
                end = max(end, layout.blockBoundingRect(follower).bottom())
                follower = follower.next()
            end = min(end, top + page_height * 0.45)
            page = int(top // page_height)
            if top - page * page_height > 2 and int((end - 1) // page_height) != page:
                return block
        block = block.next()
    return None


def lay_out(document: QTextDocument, html: str, page: QSizeF) -> int:
    """Set `html` into `document`, moving headings so none is left alone at the foot of a
    page with its table or chart overleaf (QTextDocument breaks between any two lines).
    Returns the number of headings moved.

    A moved heading gets a page break in its block format, and the search goes on from it:
    the layout updates from that block only, where setting the HTML again re-read the whole
    summary, its chart images included, once per heading moved."""
    document.setHtml(html)
    document.setPageSize(page)
    moved = 0
    start = document.begin()
    while (block := _heading_to_move(document, page.height(), start)) is not None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        # Lay out again from the heading to the end: Qt's own incremental update after a
        # format change left some later headings with no height (Qt 6.11), so their positions
        # were wrong. What comes before the heading cannot move, and laying it out again too
        # (as this did) cost ~40% more: this call holds the interpreter lock throughout.
        document.markContentsDirty(block.position(), document.characterCount() - block.position())
        moved += 1
        start = block.next()
    return moved


def footer_words(printed_on: date | None = None) -> tuple[str, str]:
    """The footer's words in the app's language: "Printed 3 March 2026" and "Page %1 of %2"
    (filled in per page). Worked out where the app's translator and locale are, so a helper
    process that prints (ui/print_apart.py) needs neither."""
    printed_on = printed_on or date.today()
    printed = QCoreApplication.translate("Printing", "Printed %1").replace(
        "%1",
        QLocale().toString(QDate(printed_on.year, printed_on.month, printed_on.day), "d MMMM yyyy"),
    )
    return printed, QCoreApplication.translate("Printing", "Page %1 of %2")


def html_to_pdf(html: str, out: Path, *, printed_on: date | None = None) -> None:
    """Print `html` to an A4 PDF at `out`, written atomically (no half-written file is left
    if anything fails, and an older file at `out` stays as it was)."""
    ensure_app()
    atomic_write(out, pdf_bytes(html, footer_words(printed_on)))


def pdf_bytes(html: str, footer: tuple[str, str]) -> bytes:
    """`html` printed as a tagged A4 PDF, with `footer_words` at the foot of each page."""
    ensure_app()
    printed, page_of = footer
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(_title(html))
    writer.setCreator("Health Planner")

    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BODY_POINTS)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    if _is_rtl(html):
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        document.setDefaultTextOption(option)

    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_POINTS)
    line = footer_font.pointSizeF() / 72 * RESOLUTION
    footer_height = line * 2.6
    width = float(writer.width())
    page_height = float(writer.height()) - footer_height
    lay_out(document, html, QSizeF(width, page_height))
    pages = document.pageCount()

    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#444444"))
            top = page_height + line * 0.8
            painter.drawLine(0, int(top), int(width), int(top))
            box = QRectF(0, top + line * 0.3, width, line * 1.5)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), printed
            )
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                page_of.replace("%1", str(page + 1))
                .replace("%2", str(pages)),
            )
    finally:
        painter.end()
    buffer.close()
    paint = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    full_height = writer.pageLayout().fullRect(QPageLayout.Unit.Point).height()
    per_point = RESOLUTION / 72

    def locate(page: int, x: float, y: float) -> tuple[float, float] | None:
        """A point on page `page` of the PDF (points, y up) in the document's layout units;
        None in the footer, below the part of the page the document was laid out on."""
        down = (full_height - y - paint.top()) * per_point
        if down > page_height:
            return None
        return (x - paint.left()) * per_point, down + page * page_height

    return finished(
        bytes(data.data()),
        headings(document, page_height),
        _language(html),
        structure(document, _alt_texts(html), _is_rtl(html)),
        locate,
        _title(html),
    )


def headings(document: QTextDocument, page_height: float) -> list[tuple[int, str, int]]:
    """(level, text, page index) of every h1-h3, from the laid-out document."""
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = block.text().strip()
        if 1 <= level <= 3 and text:
            top = layout.blockBoundingRect(block).top()
            found.append((level, text, int(top // page_height)))
        block = block.next()
    return found


def _language(html: str) -> str:
    match = re.search(r'<html[^>]*\blang="([A-Za-z-]+)"', html)
    return match.group(1) if match else "en-GB"


def _alt_texts(html: str) -> dict[str, str]:
    """Each image's source mapped to its alt text (QTextDocument keeps the source only)."""
    found = {}
    for tag in re.findall(r"<img\b[^>]*>", html, re.I):
        src = re.search(r'\bsrc="([^"]*)"', tag)
        alt = re.search(r'\balt="([^"]*)"', tag)
        if src and alt:
            found[unescape(src.group(1))] = unescape(alt.group(1))
    return found


def structure(document: QTextDocument, alts: dict[str, str], rtl: bool = False
              ) -> list[pdftags.Part]:
    """The document's headings, paragraphs, list items, table cells and figures in reading
    order, each with the box the layout gave it, for tagging the PDF. Right to left, a row's
    cells are read from the right: report/markup.py writes them reversed to print that way."""
    layout = document.documentLayout()
    parts = []
    tables: dict[int, int] = {}
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        box = (rect.left(), rect.top(), rect.right(), rect.bottom())
        words = _reading_text(block.text())
        image = _image(block)
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        text_list = block.textList()
        if image is not None:
            parts.append(pdftags.Part("Figure", box, alt=alts.get(image, "")))
        elif not block.text().strip():
            pass  # an empty spacer paragraph: nothing to read
        elif table is not None:
            cell = table.cellAt(cursor)
            number = tables.setdefault(table.firstPosition(), len(tables))
            bold = cell.format().fontWeight() >= QFont.Weight.DemiBold.value
            header = cell.row() < table.format().headerRowCount() or bold
            parts.append(pdftags.Part(
                "TH" if header else "TD", box, table=(number, cell.row(), cell.column()),
                text=words))
        elif text_list is not None:
            parts.append(pdftags.Part("LI", box, list_no=text_list.objectIndex(), text=words))
        elif 1 <= block.blockFormat().headingLevel() <= 6:
            parts.append(pdftags.Part(f"H{block.blockFormat().headingLevel()}", box,
                                       text=words))
        else:
            parts.append(pdftags.Part("P", box, text=words))
        block = block.next()
    if rtl:
        parts = _cells_from_the_right(parts)
    return parts


def _cells_from_the_right(parts: list[pdftags.Part]) -> list[pdftags.Part]:
    ordered: list[pdftags.Part] = []
    row: list[pdftags.Part] = []
    row_key: tuple[int, int] | None = None
    for part in [*parts, None]:
        key = part.table[:2] if part is not None and part.table is not None else None
        if row and key != row_key:
            ordered.extend(sorted(row, key=lambda cell: -(cell.table or (0, 0, 0))[2]))
            row = []
        row_key = key
        if part is not None and key is not None:
            row.append(part)
        elif part is not None:
            ordered.append(part)
    return ordered


_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def _reading_text(text: str) -> str:
    """The block's words for the PDF's /ActualText. The drawn glyphs alone read badly: Qt
    places each letter on its own, draws no spaces (readers guess the gaps), and draws Urdu
    in visual order and joined letter forms. Qt writes a line break as U+2028."""
    return text.translate(_ISOLATES).replace("\u2028", "\n").strip()


def _image(block: QTextBlock) -> str | None:
    fragments = block.begin()
    while not fragments.atEnd():
        fmt = fragments.fragment().charFormat()
        if fmt.isImageFormat():
            return fmt.toImageFormat().name()
        fragments += 1
    return None


def finished(pdf: bytes, marks: list[tuple[int, str, int]], language: str,
             parts: list[pdftags.Part], locate: pdftags.Locate, title: str) -> bytes:
    """The PDF tagged (structure tree: headings, paragraphs, lists, tables, figures with alt
    text), with its headings as a nested outline opened beside the pages and /Lang set.
    pypdf (pure Python) edits the finished file because QPdfWriter can do none of this."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    pdftags.tag(writer, parts, locate, title)
    parents: dict[int, Any] = {}
    for level, text, page in marks:
        parent = next((parents[lv] for lv in range(level - 1, 0, -1) if lv in parents), None)
        item = writer.add_outline_item(
            title=text, page_number=min(page, len(writer.pages) - 1), parent=parent
        )
        parents[level] = item
        for deeper in [lv for lv in parents if lv > level]:
            del parents[deeper]
    writer.page_mode = "/UseOutlines"
    writer._root_object[NameObject("/Lang")] = TextStringObject(language)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
