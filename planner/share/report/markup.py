"""The HTML builder and style sheet of the GP summary, also used by the link worker's summary.

Every piece of person-typed text goes through one builder, so escaping and right-to-left
handling are decided in one place for every document the app prints.
"""

from __future__ import annotations

from html import escape

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
