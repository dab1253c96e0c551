"""Tag a printed PDF: a structure tree (headings, paragraphs, lists, tables, figures) so a
screen reader can move from heading to heading and read tables cell by cell.

QPdfWriter draws the GP summary well (text shaping for Urdu, page breaks that keep a table row
whole) but writes no tags. The layout engine that drew the pages knows where every heading,
paragraph and table cell lies, so the printer hands us that map as `Part`s and we:

1. read each page's content stream and find every text object (BT ... ET) and image (Do), with
   the point on the page where it starts;
2. wrap each in a marked-content sequence (`/H2 <</MCID 7>> BDC ... EMC`) for the part whose
   box holds that point, and everything else (rules, table borders, bullets, the footer) in
   `/Artifact`, which a screen reader skips;
3. build the structure tree that ties the parts, in reading order, to those sequences.

Reading order comes from the parts, not from where things happen to be drawn, so a table's
cells are read row by row even if the engine painted its borders first.

This module knows PDF and nothing of Qt: the caller says how a point on a page maps to its
layout (`locate`). It reads content streams as Qt writes them; a page with what Qt never writes
(a literal string, an inline image) is left untagged, exactly as it was, rather than damaged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

ROLES = frozenset({"H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "TH", "TD", "Figure"})

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Locate = Callable[[int, float, float], tuple[float, float] | None]


@dataclass(frozen=True)
class Part:
    """One leaf of the document's logical structure and the box it fills in the layout.

    `box` is (left, top, right, bottom) in the layout's units, y growing down the pages (so a
    paragraph that runs onto the next page has one box across both). `table` is (table number,
    row, column) for a cell, `list_no` the list an item belongs to; `alt` describes a figure.
    `text`, when given, is the part's words in reading order (/ActualText), for when the drawn
    glyphs do not say it exactly: spaces that are gaps rather than glyphs, and right-to-left
    scripts drawn in visual order and joined letter forms, which a screen reader reading the
    glyphs would speak backwards.
    """

    role: str
    box: tuple[float, float, float, float]
    table: tuple[int, int, int] | None = None
    list_no: int | None = None
    alt: str = ""
    text: str = ""

    def holds(self, x: float, y: float, slack: float) -> bool:
        left, top, right, bottom = self.box
        return left - slack <= x <= right + slack and top - slack <= y <= bottom + slack


# What the tagger looks for in a content stream, found by the regex engine rather than token by
# token in Python (a page of tables is ~40,000 tokens): whole path objects (numbers and path
# operators up to a painting operator), the operands and operator of `cm`, `Tm` and `Td`, and the
# operators q, Q, BT, ET, Do and the text-showing ones. Names, hex strings, colours and the like
# are stepped over. A literal string or an inline image stops the fast reading (see `_scan`).
_S = rb"[\x00\t\n\x0c\r ]"
_N = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_END = rb"(?=[\x00\t\n\x0c\r ]|$)"
_EVENT = re.compile(
    rb"(?<![^\x00\t\n\x0c\r ])(?:"
    rb"(?P<path>(?:(?:" + _N + _S + rb"+)+(?:m|l|c|v|y|re)" + _S + rb"+|h" + _S + rb"+)+"
    rb"(?:W\*?" + _S + rb"+)?(?:f\*|B\*|b\*|S|s|f|F|B|b|n))" + _END +
    rb"|(?P<cm>(?:" + _N + _S + rb"+){6})cm" + _END +
    rb"|(?P<tm>(?:" + _N + _S + rb"+){6})Tm" + _END +
    rb"|(?P<td>(?:" + _N + _S + rb"+){2})T[dD]" + _END +
    rb"|(?P<do>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]+" + _S + rb"*)Do" + _END +
    rb"|(?P<op>q|Q|BT|ET|BI|sh|Tj|TJ|'|\")" + _END +
    rb")|(?P<string>\()",
    re.S,
)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: p' = p x m x n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return x * a + y * c + e, x * b + y * d + f


@dataclass
class _Drawn:
    """A graphics object found in a content stream: where its bytes are and what it is."""

    start: int
    end: int
    kind: str  # "text", "image" or "path"
    point: tuple[float, float] = (0.0, 0.0)


class _Unsupported(Exception):
    pass


_END_OF_TEXT = re.compile(rb"[()]|(?<![^\x00\t\n\x0c\r ])ET" + _END)


def _text_end(data: bytes, position: int) -> int:
    """Where to go on reading once a text object's start is known: just before its ET, as
    nothing between matters (a page is mostly one `Td <glyph> Tj` per letter)."""
    found = _END_OF_TEXT.search(data, position)
    if found is None or found.group() != b"ET":
        raise _Unsupported("a literal string in a text object")
    return found.start()


def _numbers(group: bytes) -> list[float]:
    return [float(v) for v in group.split()]


def _scan(data: bytes) -> list[_Drawn]:
    """The text objects, images and paths of one content stream, in drawing order.

    Raises _Unsupported for a literal string or an inline image: Qt writes neither (glyphs go
    as hex strings, images as XObjects), and reading them would need a full tokenizer."""
    found: list[_Drawn] = []
    ctm: Matrix = IDENTITY
    saved: list[Matrix] = []
    text: _Drawn | None = None
    text_matrix: Matrix = IDENTITY
    position = 0
    while (match := _EVENT.search(data, position)) is not None:
        position = match.end()
        kind = match.lastgroup
        if kind == "path":
            if text is None:
                found.append(_Drawn(match.start(), match.end(), "path"))
        elif kind == "cm":
            ctm = _times(cast(Matrix, tuple(_numbers(match.group("cm")))), ctm)
        elif kind == "tm" and text is not None:
            text_matrix = cast(Matrix, tuple(_numbers(match.group("tm"))))
        elif kind == "td" and text is not None:
            dx, dy = _numbers(match.group("td"))
            moved = _times((1.0, 0.0, 0.0, 1.0, dx, dy), text_matrix)
            text.point = _apply(_times(moved, ctm), 0.0, 0.0)
            position = _text_end(data, position)
        elif kind == "do":
            found.append(_Drawn(match.start(), match.end(), "image", _apply(ctm, 0.5, 0.5)))
        elif kind == "string":
            raise _Unsupported("a literal string")
        else:
            op = match.group("op")
            if op == b"q":
                saved.append(ctm)
            elif op == b"Q":
                ctm = saved.pop() if saved else IDENTITY
            elif op == b"BT":
                text = _Drawn(match.start(), 0, "text")
                text_matrix = IDENTITY
            elif op == b"ET" and text is not None:
                text.end = match.end()
                found.append(text)
                text = None
            elif op == b"BI":
                raise _Unsupported("an inline image")
            elif op == b"sh" and text is None:
                found.append(_Drawn(match.start(), match.end(), "path"))
            elif text is not None:  # text shown with no Td: it starts at the text matrix
                text.point = _apply(_times(text_matrix, ctm), 0.0, 0.0)
                position = _text_end(data, position)
    return found


@dataclass
class _Leaf:
    """A structure element that holds marked content: its part and (page, MCID) pairs."""

    part: Part
    marks: list[tuple[int, int]]


SLACK = 2.0  # layout units a glyph's origin may sit outside its block's box (rounding)
_BAND = 256.0


class _Boxes:
    """Which part's box holds a point, through horizontal bands of the layout, so a page of
    table cells costs a few box checks per text object rather than one per part."""

    def __init__(self, parts: Sequence[Part]) -> None:
        self.parts = parts
        self.bands: dict[int, list[int]] = {}
        for index, part in enumerate(parts):
            _, top, _, bottom = part.box
            for band in range(int((top - SLACK) // _BAND), int((bottom + SLACK) // _BAND) + 1):
                self.bands.setdefault(band, []).append(index)

    def owner(self, x: float, y: float) -> int | None:
        candidates = self.bands.get(int(y // _BAND), [])
        for slack in (0.0, SLACK):
            for index in candidates:
                if self.parts[index].holds(x, y, slack):
                    return index
        return None


def _mark_page(
    data: bytes, page: int, boxes: _Boxes, leaves: dict[int, _Leaf], locate: Locate
) -> tuple[bytes, list[int]]:
    """The page's content with marked content added, and which part each MCID belongs to."""
    owners: list[int] = []
    out: list[bytes] = []
    at = 0
    for drawn in _scan(data):
        out.append(data[at:drawn.start])
        body = data[drawn.start:drawn.end]
        owner = None
        if drawn.kind != "path":
            where = locate(page, *drawn.point)
            owner = None if where is None else boxes.owner(*where)
        if owner is None:
            kind = b"/Pagination" if drawn.kind == "text" else b"/Layout"
            out.append(b"/Artifact <</Type " + kind + b">> BDC\n" + body + b"\nEMC")
        else:
            mcid = len(owners)
            owners.append(owner)
            part = boxes.parts[owner]
            leaves.setdefault(owner, _Leaf(part, [])).marks.append((page, mcid))
            role = part.role.encode("ascii")
            out.append(b"/" + role + b" <</MCID " + str(mcid).encode() + b">> BDC\n" + body
                       + b"\nEMC")
        at = drawn.end
    out.append(data[at:])
    return b"".join(out), owners


def _element(writer: PdfWriter, role: str, parent: IndirectObject,
             extra: dict[str, Any] | None = None) -> IndirectObject:
    """A new structure element under `parent` (the caller adds it to the parent's kids)."""
    element = DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"),
        NameObject("/S"): NameObject("/" + role),
        NameObject("/P"): parent,
        NameObject("/K"): ArrayObject(),
    })
    for key, value in (extra or {}).items():
        element[NameObject(key)] = value
    return writer._add_object(element)


def tag(writer: PdfWriter, parts: Sequence[Part], locate: Locate, title: str) -> int:
    """Add marked content and a structure tree to every page of `writer`, in place.

    `parts` are in reading order; `locate(page, x, y)` maps a point in a page's PDF user space
    to the layout's units (the coordinates of `Part.box`), or None outside the laid-out body
    (a running footer), which is marked as an artifact. Returns the number of parts that
    were found on the pages, for the caller's checks."""
    for part in parts:
        if part.role not in ROLES:
            raise ValueError(f"unknown structure role {part.role!r}")
    leaves: dict[int, _Leaf] = {}
    boxes = _Boxes(parts)
    page_owners: list[tuple[int, list[int]]] = []
    for number, page in enumerate(writer.pages):
        contents = page.get_contents()
        if contents is None:
            continue
        try:
            marked, owners = _mark_page(contents.get_data(), number, boxes, leaves, locate)
        except _Unsupported:
            continue
        stream = page[NameObject("/Contents")].get_object()
        if not isinstance(stream, StreamObject):  # several streams: keep one, marked
            page[NameObject("/Contents")] = writer._add_object(contents)
            stream = contents
        stream.set_data(marked)
        page_owners.append((number, owners))

    root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    root_ref = writer._add_object(root)
    document_ref = _element(
        writer, "Document", root_ref, {"/T": TextStringObject(title)})
    root[NameObject("/K")] = document_ref

    refs: dict[int, IndirectObject] = {}
    containers: dict[tuple[str, int] | tuple[str, int, int], IndirectObject] = {}

    def container(key: tuple[str, int] | tuple[str, int, int], role: str,
                  parent: IndirectObject) -> IndirectObject:
        if key not in containers:
            ref = _element(writer, role, parent)
            _kids(parent).append(ref)
            containers[key] = ref
        return containers[key]

    pages = writer.pages
    cells: dict[tuple[int, int, int], IndirectObject] = {}
    for index, part in enumerate(parts):
        leaf = leaves.get(index)
        if leaf is None:
            continue
        parent = document_ref
        if part.table is not None:
            table_no, row, _ = part.table
            table = container(("table", table_no), "Table", document_ref)
            parent = container(("row", table_no, row), "TR", table)
            if part.table in cells:  # a second paragraph in the same cell
                refs[index] = cells[part.table]
                _kids(cells[part.table]).extend(_marks(leaf.marks, pages))
                continue
        elif part.list_no is not None:
            items = container(("list", part.list_no), "L", document_ref)
            parent = _element(writer, "LI", items)
            _kids(items).append(parent)
        extra: dict[str, Any] = {}
        if part.alt:
            extra["/Alt"] = TextStringObject(part.alt)
        if part.text:
            extra["/ActualText"] = TextStringObject(part.text)
        role = "LBody" if part.list_no is not None else part.role
        ref = _element(writer, role, parent, extra)
        _kids(ref).extend(_marks(leaf.marks, pages))
        _kids(parent).append(ref)
        refs[index] = ref
        if part.table is not None:
            cells[part.table] = ref

    nums = ArrayObject()
    for key, (number, owners) in enumerate(page_owners):
        pages[number][NameObject("/StructParents")] = NumberObject(key)
        pages[number][NameObject("/Tabs")] = NameObject("/S")
        nums.append(NumberObject(key))
        nums.append(ArrayObject(refs[owner] for owner in owners))
    root[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): nums}))
    root[NameObject("/ParentTreeNextKey")] = NumberObject(len(page_owners))

    catalog = writer._root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)})
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)})
    return len(leaves)


def _kids(element: IndirectObject) -> ArrayObject:
    """The /K array of a structure element made by `_element`."""
    kids = cast(DictionaryObject, element.get_object())[NameObject("/K")]
    return cast(ArrayObject, kids)


def _marks(marks: list[tuple[int, int]], pages: Any) -> list[DictionaryObject]:
    return [DictionaryObject({
        NameObject("/Type"): NameObject("/MCR"),
        NameObject("/Pg"): pages[page].indirect_reference,
        NameObject("/MCID"): NumberObject(mcid),
    }) for page, mcid in marks]

