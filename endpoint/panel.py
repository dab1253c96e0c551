"""The citizens' panel's rules, apart from HTTP and SQL: the population-shares file, the
published counts (through endpoint/disclosure.py), and the stratified draw.

**Counts.** A panel represents its borough, so each borough is ONE tree of sums: its members,
then each age band, then the carer answer (yes / no / not said) as the leaves.
`endpoint.disclosure.protect` decides once per tree which nodes are hidden; a filter (a
borough, an age band) only picks which nodes of those same protected trees a page shows. So no
filter can narrow a figure below what the whole tree allows: a filtered page is a subset of the
unfiltered figures, never a new table. No total across boroughs (London, or an age band in
every borough) is published: it would tie the trees into a two-way table, which the disclosure
module refuses to reason about.

**The draw.** Proportional allocation: a sample of n from a borough gives each age band
n x its population share, rounded by the largest remainder (Hamilton's method: floors first,
then one more to the bands with the largest fractions, ties to the younger band), so the
allocation sums to n exactly. Within a band, members are sorted by contributor id and a
simple random sample is taken with `random.Random(seed)` (Python's Mersenne Twister seeded from
the seed string through SHA-512: the same seed and the same members give the same sample on
any machine). A band with fewer members than its allocation sends all of them; the shortfall is
not made up from other bands (that would bias the sample towards them) and is not shown to the
operator (it would tell them how many members a small band has). The seed is written to the
audit log with the draw, so anyone with the database can redo it (`draw`).
"""

from __future__ import annotations

import csv
import io
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from endpoint.disclosure import Node, protect
from sync.protocol import AGE_BANDS, CARER_BANDS, LONDON_BOROUGHS

__all__ = [
    "MAX_SHARES_BYTES",
    "PanelCell",
    "SharesError",
    "allocate",
    "as_view",
    "draw",
    "parse_shares",
    "published_cells",
]

MAX_SHARES_BYTES = 16 * 1024
"""A shares file is eight short lines; anything much longer is not one."""

_SHARE_SUM_TOLERANCE = 0.001


class SharesError(ValueError):
    """A population-shares file that cannot be used, with a sentence saying why."""


def parse_shares(data: bytes) -> dict[str, float]:
    """Read `age_band,share` lines (a header, then one line per age band, each band once, the
    shares between 0 and 1 adding up to 1) into {band: share}. Percentages are refused rather
    than guessed at: "12.5" could be a typo for "0.125" or for "1.25"."""
    if len(data) > MAX_SHARES_BYTES:
        raise SharesError("The file is too long for a shares file (8 lines expected).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SharesError("The file is not UTF-8 text. Save it as CSV (UTF-8).") from exc
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows or [cell.strip().casefold() for cell in rows[0]] != ["age_band", "share"]:
        raise SharesError('The first line must be the header "age_band,share".')
    shares: dict[str, float] = {}
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != 2:
            raise SharesError(f"Line {number} needs exactly two values: an age band and a share.")
        band, raw = row[0].strip(), row[1].strip()
        if band not in AGE_BANDS:
            raise SharesError(f"Line {number}: “{band}” is not an age band. "
                              f"Use: {', '.join(AGE_BANDS)}.")
        if band in shares:
            raise SharesError(f"Line {number}: the age band {band} is given twice.")
        try:
            share = float(raw)
        except ValueError:
            raise SharesError(f"Line {number}: “{raw}” is not a number.") from None
        if not math.isfinite(share) or not 0 <= share <= 1:
            raise SharesError(f"Line {number}: a share is between 0 and 1 (0.125 for 12.5 %).")
        shares[band] = share
    missing = [band for band in AGE_BANDS if band not in shares]
    if missing:
        raise SharesError(f"Missing age bands: {', '.join(missing)}.")
    total = sum(shares.values())
    if abs(total - 1) > _SHARE_SUM_TOLERANCE:
        raise SharesError(f"The shares add up to {total:.4f}; they must add up to 1.")
    return shares


def allocate(size: int, shares: Mapping[str, float]) -> dict[str, int]:
    """Proportional allocation of `size` places over the age bands, by largest remainder."""
    if size < 0:
        raise ValueError("a sample size is not negative")
    total = sum(shares.get(band, 0.0) for band in AGE_BANDS)
    if total <= 0:
        raise ValueError("no population shares to allocate by")
    # rounded so 20 x 0.15 is 3, not 2.9999999999999996 (a float must not move a place)
    quotas = {band: round(size * shares.get(band, 0.0) / total, 9) for band in AGE_BANDS}
    places = {band: math.floor(quota) for band, quota in quotas.items()}
    left = size - sum(places.values())
    order = sorted(AGE_BANDS, key=lambda b: (-(quotas[b] - places[b]), AGE_BANDS.index(b)))
    for band in order[:left]:
        places[band] += 1
    return places


def draw(members: Iterable[tuple[str, str]], shares: Mapping[str, float], size: int,
         seed: str) -> list[str]:
    """The contributor ids invited: `members` are (contributor id, age band) of one borough.
    Deterministic in (members, shares, size, seed); the result is sorted."""
    by_band: dict[str, list[str]] = {band: [] for band in AGE_BANDS}
    for contributor_id, band in members:
        by_band.setdefault(band, []).append(contributor_id)
    rng = random.Random(seed)
    chosen: list[str] = []
    for band, places in allocate(size, shares).items():
        pool = sorted(by_band[band])
        chosen += rng.sample(pool, min(places, len(pool)))
    return sorted(chosen)


@dataclass(frozen=True, slots=True)
class PanelCell:
    """One node of the panel's published tree, as a page or the JSON shows it."""

    key: str  # "all", "b:<borough>", "a:<borough>:<band>", "c:<borough>:<band>:<carer>"
    borough: str | None
    age_band: str | None
    carer: str | None
    value: int | None  # None: hidden
    leaves: tuple[str, ...]  # the leaf keys it sums, so a reader (and the auditor) knows


def _tree(borough: str, counts: Mapping[tuple[str, str, str], int]) -> Node:
    bands = []
    for band in AGE_BANDS:
        leaves = [Node(f"c:{borough}:{band}:{carer}", counts.get((borough, band, carer), 0),
                       counts.get((borough, band, carer), 0)) for carer in CARER_BANDS]
        bands.append(Node.total(f"a:{borough}:{band}", leaves))
    return Node.total(f"b:{borough}", bands)


def published_cells(counts: Mapping[tuple[str, str, str], int], *, borough: str | None = None,
                    age_band: str | None = None) -> list[PanelCell]:
    """The protected trees' nodes a filter shows: (borough, age band, carer) -> members in,
    nodes out, each hidden one with `value` None. No filter: each borough's total; a borough:
    it, its age bands and their carer split; an age band narrows to that band (in every
    borough, or the one chosen)."""
    cells: list[PanelCell] = []
    for name in LONDON_BOROUGHS:
        if borough is not None and name != borough:
            continue
        root = _tree(name, counts)
        hidden = protect(root)

        def add(node: Node, band: str | None, carer: str | None, where: str = name,
                hidden: frozenset[str] = hidden) -> None:
            cells.append(PanelCell(node.key, where, band, carer,
                                   None if node.key in hidden else node.value,
                                   tuple(leaf.key for leaf in node.leaves())))

        if age_band is None:
            add(root, None, None)
        if borough is None and age_band is None:
            continue
        for a_node, band in zip(root.children, AGE_BANDS, strict=True):
            if age_band is not None and band != age_band:
                continue
            add(a_node, band, None)
            for c_node, carer in zip(a_node.children, CARER_BANDS, strict=True):
                add(c_node, band, carer)
    return cells


def as_view(cells: Sequence[PanelCell]) -> dict[str, object]:
    """The JSON of one filtered page: what the auditor reads (tests/privacy_auditor.py)."""
    return {"panel": [{"key": c.key, "borough": c.borough, "age_band": c.age_band,
                       "carer": c.carer, "count": {"value": c.value,
                                                   "suppressed": c.value is None},
                       "leaves": list(c.leaves)} for c in cells]}
