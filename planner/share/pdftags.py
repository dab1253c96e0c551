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
layout (`locate`). It handles what a content stream can hold except inline images (BI ... EI),
which Qt never writes; a page holding one is left untagged rather than damaged.
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


# One regex for every token of a content stream. Literal strings may nest balanced parentheses;
# Qt writes glyphs as hex strings, so one level of nesting is plenty in practice.
_TOKEN = re.compile(
    rb"""
    (?P<ws>[\x00\t\n\x0c\r ]+)
  | (?P<comment>%[^\r\n]*)
  | (?P<string>\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\))
  | (?P<dict><<|>>)
  | (?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)
  | (?P<array>[\[\]])
  | (?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)
  | (?P<number>[+-]?(?:\d+\.?\d*|\.\d+))
  | (?P<op>[A-Za-z'"][A-Za-z0-9*'"]*)
    """,
    re.X | re.S,
)

_PATH_START = {b"m", b"re"}
_PATH_BUILD = {b"m", b"l", b"c", b"v", b"y", b"h", b"re", b"W", b"W*"}
_PATH_END = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}
_TEXT_SHOW = {b"Tj", b"TJ", b"'", b'"'}


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


_END_OF_TEXT = re.compile(rb"[()]|(?<![^\x00\t\n\x0c\r ])ET(?![^\x00\t\n\x0c\r ])")


def _text_end(data: bytes, position: int) -> int:
    """Where to go on reading once a text object's start is known: just before its ET, as
    nothing between matters (a page is mostly one `Td <glyph> Tj` per letter). A literal
    string on the way might hide an "ET", so then reading goes on token by token."""
    found = _END_OF_TEXT.search(data, position)
    if found is None or found.group() != b"ET":
        return position
    return found.start()


def _scan(data: bytes) -> list[_Drawn]:
    """The text objects, images and paths of one content stream, in drawing order."""
    found: list[_Drawn] = []
    ctm: Matrix = IDENTITY
    saved: list[Matrix] = []
    operands: list[bytes] = []
    operands_start: int | None = None
    text: _Drawn | None = None
    text_matrix: Matrix = IDENTITY
    text_placed = False
    path_start: int | None = None
    depth = 0  # inside an array or dictionary operand

    position = 0
    while position < len(data):
        match = _TOKEN.match(data, position)
        if match is None:
            raise _Unsupported(f"unreadable content at byte {position}")
        position = match.end()
        kind = match.lastgroup
        token = match.group()
        if kind in ("ws", "comment"):
            continue
        if kind != "op" or depth:
            if operands_start is None:
                operands_start = match.start()
            if kind == "array" or kind == "dict":
                depth += 1 if token in (b"[", b"<<") else -1
            operands.append(token)
            continue
        start = operands_start if operands_start is not None else match.start()
        numbers = operands
        operands, operands_start = [], None
        op = token
        if op == b"BI":
            raise _Unsupported("inline image")
        if op == b"q":
            saved.append(ctm)
        elif op == b"Q":
            ctm = saved.pop() if saved else IDENTITY
        elif op == b"cm":
            ctm = _times(tuple(float(v) for v in numbers[-6:]), ctm)  # type: ignore[arg-type]
        elif op == b"BT":
            text = _Drawn(start, 0, "text")
            text_matrix, text_placed = IDENTITY, False
        elif op == b"ET" and text is not None:
            text.end = match.end()
            found.append(text)
            text = None
        elif text is not None and op == b"Tm":
            text_matrix = tuple(float(v) for v in numbers[-6:])  # type: ignore[assignment]
        elif text is not None and op in (b"Td", b"TD") and not text_placed:
            moved = _times((1.0, 0.0, 0.0, 1.0, float(numbers[-2]), float(numbers[-1])),
                           text_matrix)
            text.point = _apply(_times(moved, ctm), 0.0, 0.0)
            text_placed = True
            position = _text_end(data, position)
        elif text is not None and op in _TEXT_SHOW and not text_placed:
            text.point = _apply(_times(text_matrix, ctm), 0.0, 0.0)
            text_placed = True
            position = _text_end(data, position)
        elif op == b"Do":
            found.append(_Drawn(start, match.end(), "image", _apply(ctm, 0.5, 0.5)))
        elif op in _PATH_BUILD and text is None:
            if path_start is None and op in _PATH_START:
                path_start = start
        elif op in _PATH_END and path_start is not None:
            found.append(_Drawn(path_start, match.end(), "path"))
            path_start = None
        elif op == b"sh":
            found.append(_Drawn(start, match.end(), "path"))
    return found


@dataclass
class _Leaf:
    """A structure element that holds marked content: its part and (page, MCID) pairs."""

    part: Part
    marks: list[tuple[int, int]]


def _owner(parts: Sequence[Part], x: float, y: float, near: int) -> int | None:
    """The part whose box holds the point, looking first from `near` on: things are mostly
    drawn in reading order."""
    for slack in (0.0, 2.0):
        for index in (*range(near, len(parts)), *range(near)):
            if parts[index].holds(x, y, slack):
                return index
    return None


def _mark_page(
    data: bytes, page: int, parts: Sequence[Part], leaves: dict[int, _Leaf], locate: Locate
) -> tuple[bytes, list[int]]:
    """The page's content with marked content added, and which part each MCID belongs to."""
    owners: list[int] = []
    out: list[bytes] = []
    at = 0
    near = 0
    for drawn in _scan(data):
        out.append(data[at:drawn.start])
        body = data[drawn.start:drawn.end]
        owner = None
        if drawn.kind != "path":
            where = locate(page, *drawn.point)
            owner = None if where is None else _owner(parts, *where, near)
        if owner is None:
            kind = b"/Pagination" if drawn.kind == "text" else b"/Layout"
            out.append(b"/Artifact <</Type " + kind + b">> BDC\n" + body + b"\nEMC")
        else:
            mcid = len(owners)
            owners.append(owner)
            near = owner
            leaves.setdefault(owner, _Leaf(parts[owner], [])).marks.append((page, mcid))
            role = parts[owner].role.encode("ascii")
            out.append(b"/" + role + b" <</MCID " + str(mcid).encode() + b">> BDC\n" + body
                       + b"\nEMC")
        at = drawn.end
    out.append(data[at:])
    return b"".join(out), owners


def _element(writer: PdfWriter, role: str, parent: IndirectObject,
             extra: dict[str, Any] | None = None) -> tuple[DictionaryObject, IndirectObject]:
    element = DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"),
        NameObject("/S"): NameObject("/" + role),
        NameObject("/P"): parent,
        NameObject("/K"): ArrayObject(),
    })
    for key, value in (extra or {}).items():
        element[NameObject(key)] = value
    return element, writer._add_object(element)


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
    page_owners: list[tuple[int, list[int]]] = []
    for number, page in enumerate(writer.pages):
        contents = page.get_contents()
        if contents is None:
            continue
        try:
            marked, owners = _mark_page(contents.get_data(), number, parts, leaves, locate)
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
    _, document_ref = _element(
        writer, "Document", root_ref, {"/T": TextStringObject(title)})
    root[NameObject("/K")] = document_ref

    refs: dict[int, IndirectObject] = {}
    containers: dict[tuple[str, int] | tuple[str, int, int], IndirectObject] = {}

    def container(key: tuple[str, int] | tuple[str, int, int], role: str,
                  parent: IndirectObject) -> IndirectObject:
        if key not in containers:
            _, ref = _element(writer, role, parent)
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
            _, parent = _element(writer, "LI", items)
            _kids(items).append(parent)
        extra: dict[str, Any] = {}
        if part.alt:
            extra["/Alt"] = TextStringObject(part.alt)
        if part.text:
            extra["/ActualText"] = TextStringObject(part.text)
        role = "LBody" if part.list_no is not None else part.role
        _, ref = _element(writer, role, parent, extra)
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

