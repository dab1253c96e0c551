"""Text a server sent, made safe to show a person or print on a terminal (issue #21).

A participation server is not trusted: its error messages, survey wording and directory
entries may carry terminal escape codes (clear the screen, retitle the window, fake a prompt),
carriage returns that overwrite a line, bidi overrides that reverse what is read, or a
megabyte of one word. `clean` is the one place that removes all of that; `sync.protocol`
applies it to every text field of a reply the client parses (see `UNTRUSTED`). Plain Python,
no Qt, so the command line and the app share it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["UNTRUSTED", "clean"]

UNTRUSTED: Final = {"untrusted": True}
"""Validation context for replies from a server (`Model.model_validate_json(raw, context=...)`)."""

_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]            # CSI: colours, cursor moves, clear screen
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])      # OSC, DCS, SOS, PM, APC: a string ...
      .*?(?:\x07|\x1b\\|\x9c|$)                 # ... up to BEL or ST (window titles, links)
    | \x1b[ -/]*[0-~]?                          # any other escape sequence, or a lone ESC
    """,
    re.VERBOSE | re.DOTALL,
)
_BIDI: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BREAKS = re.compile(r"\r\n?|[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean(text: str, limit: int = 300, *, lines: bool = False) -> str:
    """`text` without escape sequences, control characters (C0, C1, DEL), bidi controls or
    lone surrogates, cut to `limit` characters with an ellipsis. A message (`lines=False`)
    becomes one line with single spaces; a description (`lines=True`) keeps its line breaks,
    with at most one blank line in a row. Zero-width joiners stay: Urdu and emoji need them."""
    text = _BREAKS.sub("\n", _ESCAPES.sub("", text))
    kept = "".join(
        ch
        for ch in text
        if ch in "\n\t" or not (unicodedata.category(ch) in ("Cc", "Cs") or ch in _BIDI)
    )
    if lines:
        rows = [" ".join(row.split()) for row in kept.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(rows)).strip()
    else:
        text = " ".join(kept.split())
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "\u2026"
    return text
