"""An auditor that plays the attacker (issue #21): what can a reader of `/v1/results` derive?

Give it everything the endpoint publishes for one data set (the JSON of `GET /v1/results`
London-wide and with every borough filter: all the views) and it writes down the equations a
reader can write down, then asks an integer linear program solver (HiGHS, through
`scipy.optimize.milp`) for the tightest bounds on every hidden cell and on groups of hidden cells.
No hand-written solver: the reader is assumed to be at least as clever as HiGHS.

What the reader knows, per published table (a table seen in several views is ONE set of
unknowns; each view adds its own equations, so views that disagree are played off against each
other, and views that contradict each other are reported):

* FFT per service (unknowns: the responses for each of the six ratings, integers >= 0):
  a published rating count fixes its unknown; published `responses` fixes their sum;
  a published `percent_positive` p (rounded to 0.1) gives
  (p - 0.05)/100 * sum <= very_good + good <= (p + 0.05)/100 * sum, which is linear in the
  unknowns, so it holds whether `responses` is published or not.
* a survey question (unknowns: the people per option): published options fix theirs, published
  `respondents` fixes their sum.
* wellbeing per borough: `reports`, a single count with no margins (the means are not counts).
* the citizens' panel per borough (the console's panel pages; unknowns: the members per age
  band and carer answer): each published node fixes the sum of the leaves it names.
* outcomes per (service category, borough): `people`, a single count with no margins; no
  category or borough totals are published, so each cell is its own table (`attendance` is a
  sum of sessions, at least `people`, and the mean changes are not counts of people).

Nothing caps a count from above except these equations, and a suppressed cell tells the reader
nothing by itself (it may be small, or hidden to protect another cell), so no other constraint.

The rule checked: a hidden cell or group of hidden cells must not be narrowed below the
threshold: if the largest value a reader can fit is < 10 ("fewer than 10 people"), including
pinned to an exact small number or to 0, it is a violation. Groups checked per table: the
hidden cells of each published equation (a total, the two halves of percent_positive), hidden
totals, every pair of hidden cells, and all hidden cells together. Every unknown is >= 0, so a
group can only reach below 10 when each of its cells does: groups are solved only then (the
cells alone would already be violations; the group makes the message say what was derived).

A published count below the threshold and views that no data set can satisfy are violations too.

    views = download_views(endpoint.base_url, endpoint.session)
    assert_no_disclosure(views)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import requests
from scipy.optimize import Bounds, LinearConstraint, milp  # type: ignore[import-untyped]

from sync.protocol import (
    FFT_POSITIVE_RATINGS,
    FFT_RATINGS,
    LONDON_BOROUGHS,
    SUPPRESSION_THRESHOLD,
)

__all__ = [
    "AuditReport",
    "CellBounds",
    "Violation",
    "assert_no_disclosure",
    "audit",
    "audit_views",
    "download_shift_views",
    "download_views",
]

LONDON_WIDE = "London-wide"
_PERCENT_HALF_STEP = 0.05  # percent_positive is published rounded to 0.1
_SLACK = 1e-9  # the rounding boundary itself stays possible for the reader


@dataclass(frozen=True, slots=True)
class Violation:
    """One thing a reader learns that the privacy promise says they must not."""

    kind: str  # "narrowed": hidden cells bounded below the threshold; "published"; "inconsistent"
    table: str
    cells: tuple[str, ...]
    low: int | None
    high: int | None
    known: str  # what the views publish for this table, for the message

    @property
    def message(self) -> str:
        what = " + ".join(self.cells)
        if self.kind == "published":
            return f"{self.table}: {what} is published as {self.low} (fewer than the threshold)"
        if self.kind == "inconsistent":
            return f"{self.table}: no data set fits what the views publish ({self.known})"
        if self.low == self.high:
            derived = f"pinned to exactly {self.low}"
        else:
            derived = f"narrowed to {self.low}..{self.high}"
        noun = "hidden cell" if len(self.cells) == 1 else "hidden cells"
        return (
            f"{self.table}: {noun} {what} {derived} (fewer than 10 people); "
            f"published: {self.known}"
        )

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class CellBounds:
    """What a reader can derive about one hidden cell: low..high (high None = no upper bound)."""

    table: str
    cell: str
    low: int
    high: int | None


@dataclass
class AuditReport:
    violations: list[Violation] = field(default_factory=list)
    bounds: list[CellBounds] = field(default_factory=list)

    def bounds_of(self, table_contains: str, cell: str) -> CellBounds:
        found = [b for b in self.bounds if table_contains in b.table and b.cell == cell]
        assert len(found) == 1, (table_contains, cell, found)
        return found[0]


@dataclass
class _Table:
    """The reader's system for one table: unknowns, equations, and what was published."""

    title: str
    cells: list[str]
    rows: list[tuple[dict[str, float], float, float]] = field(default_factory=list)
    published: dict[str, set[int]] = field(default_factory=dict)
    # groups a published equation runs over, and hidden totals: (label, cells of its sum)
    groups: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)  # "responses 10", ... in order
    where: dict[str, list[str]] = field(default_factory=dict)  # figure -> views showing it
    low_published: list[tuple[str, int]] = field(default_factory=list)

    def fix(self, cell: str, value: int) -> None:
        self.published.setdefault(cell, set()).add(value)
        self.rows.append(({cell: 1.0}, value, value))

    def equation(self, label: str, cells: Sequence[str], low: float, high: float) -> None:
        self.rows.append(({cell: 1.0 for cell in cells}, low, high))
        self.group(label, cells)

    def group(self, label: str, cells: Sequence[str]) -> None:
        entry = (label, tuple(cells))
        if entry not in self.groups:
            self.groups.append(entry)

    def note(self, figure: str, where: str) -> None:
        """Remember a published figure and the views showing it, for the messages."""
        if figure not in self.where:
            self.shown.append(figure)
            self.where[figure] = []
        if where not in self.where[figure]:
            self.where[figure].append(where)

    def known(self) -> str:
        return ", ".join(f"{f} ({', '.join(self.where[f])})" for f in self.shown) or "nothing"


def _cell(node: Any) -> Any:
    """The published value of a {"value", "suppressed"} cell, or None when hidden."""
    if not isinstance(node, Mapping):
        return None
    return node.get("value")


def _view_name(view: Mapping[str, Any]) -> str:
    return str(view.get("borough") or LONDON_WIDE)


def _tables(views: Iterable[Mapping[str, Any]], threshold: int) -> list[_Table]:
    tables: dict[tuple[str, ...], _Table] = {}

    def table(key: tuple[str, ...], title: str, cells: Sequence[str]) -> _Table:
        if key not in tables:
            tables[key] = _Table(title=title, cells=list(cells))
        found = tables[key]
        for cell in cells:
            if cell not in found.cells:
                found.cells.append(cell)
        return found

    def count(t: _Table, cell: str, value: Any, where: str) -> None:
        t.fix(cell, int(value))
        t.note(f"{cell} {value}", where)
        if int(value) < threshold:
            t.low_published.append((cell, int(value)))

    for view in views:
        where = _view_name(view)
        for service in view.get("services", []):
            sid = service["service_id"]
            place = service.get("borough") or "no borough"
            name = service.get("name") or "not in the directory"
            t = table(("service", sid), f"FFT service {sid} ({name}, {place})", FFT_RATINGS)
            for rating in service.get("ratings", []):
                value = _cell(rating.get("count"))
                if value is not None:
                    count(t, rating["rating"], value, where)
            positive = [r for r in FFT_RATINGS if r in FFT_POSITIVE_RATINGS]
            others = [r for r in FFT_RATINGS if r not in FFT_POSITIVE_RATINGS]
            responses = _cell(service.get("responses"))
            if responses is not None:
                t.equation("responses", FFT_RATINGS, responses, responses)
                t.note(f"responses {responses}", where)
                if int(responses) < threshold:
                    t.low_published.append(("responses", int(responses)))
            else:
                t.group("responses (hidden)", FFT_RATINGS)
            percent = _cell(service.get("percent_positive"))
            if percent is not None:
                # 100 * positive - p * (positive + others) within +-0.05 * (positive + others)
                for bound, sign in ((percent - _PERCENT_HALF_STEP - _SLACK, 1.0),
                                    (percent + _PERCENT_HALF_STEP + _SLACK, -1.0)):
                    coeffs = {r: sign * (100.0 - bound) for r in positive}
                    coeffs.update({r: sign * -bound for r in others})
                    t.rows.append((coeffs, 0.0, math.inf))
                t.group("very_good + good (percent_positive)", positive)
                t.group("other ratings (percent_positive)", others)
                t.note(f"percent_positive {percent}", where)
            else:
                t.group("very_good + good (percent_positive hidden)", positive)
        for survey in view.get("surveys", []):
            for question in survey.get("questions", []):
                options = [o["option_id"] for o in question.get("options", [])]
                key = ("question", survey["survey_id"], question["question_id"])
                title = f"survey {survey['survey_id']} question {question['question_id']}"
                t = table(key, title, options)
                for option in question.get("options", []):
                    value = _cell(option.get("count"))
                    if value is not None:
                        count(t, option["option_id"], value, where)
                respondents = _cell(question.get("respondents"))
                if respondents is not None:
                    t.equation("respondents", options, respondents, respondents)
                    t.note(f"respondents {respondents}", where)
                    if int(respondents) < threshold:
                        t.low_published.append(("respondents", int(respondents)))
                else:
                    t.group("respondents (hidden)", options)
        for wellbeing in view.get("wellbeing", []):
            borough = wellbeing["borough"]
            t = table(("wellbeing", borough), f"wellbeing {borough}", ["reports"])
            value = _cell(wellbeing.get("reports"))
            if value is not None:
                count(t, "reports", value, where)
        for outcome in view.get("outcomes", []):
            category, borough = outcome["category"], outcome["borough"]
            t = table(("outcome", category, borough), f"outcomes {category} in {borough}",
                      ["people"])
            value = _cell(outcome.get("people"))
            if value is not None:
                count(t, "people", value, where)
        for node in view.get("panel", []):
            # the citizens' panel (console): one tree per borough, each node naming its leaves
            leaves = [str(leaf) for leaf in node["leaves"]]
            t = table(("panel", node["borough"]), f"panel {node['borough']}", leaves)
            value = _cell(node.get("count"))
            if leaves == [node["key"]]:
                if value is not None:
                    count(t, node["key"], value, where)
            elif value is not None:
                t.equation(node["key"], leaves, value, value)
                t.note(f"{node['key']} {value}", where)
                if int(value) < threshold:
                    t.low_published.append((node["key"], int(value)))
            else:
                t.group(f"{node['key']} (hidden)", leaves)
        for shift in view.get("deliberations", []):
            _shift_tables(shift, where, table, count)
    return list(tables.values())


def _shift_tables(shift: Mapping[str, Any], where: str, table: Any, count: Any) -> None:
    """A deliberative consultation's shift (issue #26). The unknowns are what is never
    published: how many people moved from each answer to each answer (`b>a`), and the people
    who skipped the pack. A published "before" count fixes its row's sum, an "after" count its
    column's, `respondents` the sum of all moves, `skipped_pack` its own cell. The change the
    app shows is after minus before, two published figures, so it adds no equation.
    Every move is a hidden cell: a move narrowed below the threshold is one person's path."""
    for question in shift.get("questions", []):
        options = [cell["option_id"] for cell in question.get("before", [])]
        moves = [f"{b}>{a}" for b in options for a in options]
        title = f"shift of {shift['survey_id']} question {question['question_id']}"
        t = table(("shift", shift["survey_id"], question["question_id"]), title,
                  [*moves, "skipped"])
        for side in ("before", "after"):
            for cell in question.get(side, []):
                option = cell["option_id"]
                group = ([f"{option}>{a}" for a in options] if side == "before"
                         else [f"{b}>{option}" for b in options])
                label = f"{side} {option}"
                if cell.get("people") is None:
                    t.group(f"{label} (hidden)", group)
                    continue
                t.equation(label, group, cell["people"], cell["people"])
                t.note(f"{label} {cell['people']}", where)
                if int(cell["people"]) < SUPPRESSION_THRESHOLD:
                    t.low_published.append((label, int(cell["people"])))
        respondents = question.get("respondents")
        if respondents is not None:
            t.equation("respondents", moves, respondents, respondents)
            t.note(f"respondents {respondents}", where)
            if int(respondents) < SUPPRESSION_THRESHOLD:
                t.low_published.append(("respondents", int(respondents)))
        skipped = question.get("skipped_pack")
        if skipped is not None:
            count(t, "skipped", skipped, where)


class _Solver:
    """Integer programs over one table's unknowns, all >= 0, through HiGHS."""

    def __init__(self, t: _Table) -> None:
        self.index = {cell: i for i, cell in enumerate(t.cells)}
        n = len(t.cells)
        self.n = n
        matrix = np.zeros((len(t.rows), n))
        low = np.empty(len(t.rows))
        high = np.empty(len(t.rows))
        for row, (coeffs, lo, hi) in enumerate(t.rows):
            for cell, coefficient in coeffs.items():
                matrix[row, self.index[cell]] = coefficient
            low[row], high[row] = lo, hi
        self.constraints = [LinearConstraint(matrix, low, high)] if len(t.rows) else []
        self.points: list[np.ndarray] = []  # integer solutions met so far (all feasible)

    def _solve(self, objective: np.ndarray, extra: Sequence[LinearConstraint] = ()) -> Any:
        result = milp(
            objective,
            integrality=np.ones(self.n),
            bounds=Bounds(0, np.inf),
            constraints=[*self.constraints, *extra],
            options={"mip_rel_gap": 0.0},
        )
        if result.status == 0 and not extra:
            self.points.append(np.round(result.x))
        return result

    def vector(self, cells: Iterable[str]) -> np.ndarray:
        vector = np.zeros(self.n)
        for cell in cells:
            vector[self.index[cell]] = 1.0
        return vector

    def feasible(self) -> bool:
        return bool(self._solve(np.zeros(self.n)).status == 0)

    def minimum(self, cells: Iterable[str]) -> int:
        vector = self.vector(cells)
        if any(point @ vector == 0 for point in self.points):
            return 0  # a solution already met reaches 0, the least any count can be
        result = self._solve(vector)
        assert result.status == 0, result.message
        return round(result.fun)

    def maximum(self, cells: Sequence[str], threshold: int) -> int | None:
        """The largest value the reader can fit, or None when nothing caps it."""
        vector = self.vector(cells)
        result = self._solve(-vector)
        if result.status == 0:
            return round(-result.fun)
        # Unbounded (or "unbounded or infeasible" on a system known to be feasible): make sure
        # by asking for a solution at or above the threshold.
        reach = self._solve(np.zeros(self.n), [LinearConstraint(vector, threshold, np.inf)])
        assert reach.status == 0, (cells, result.message, reach.message)
        return None


def _below(high: int | None, threshold: int) -> bool:
    return high is not None and high < threshold


def audit(views: Sequence[Mapping[str, Any]], threshold: int | None = None) -> AuditReport:
    """Every violation, and the bounds a reader derives for every hidden cell."""
    if threshold is None:
        found = {int(v.get("suppression_threshold", SUPPRESSION_THRESHOLD)) for v in views}
        threshold = min(found | {SUPPRESSION_THRESHOLD})
    report = AuditReport()
    for t in _tables(views, threshold):
        known = t.known()
        for cell, value in t.low_published:
            report.violations.append(Violation("published", t.title, (cell,), value, value, known))
        if not t.rows:
            continue  # nothing published: every hidden cell is unbounded
        solver = _Solver(t)
        if not solver.feasible():
            report.violations.append(Violation("inconsistent", t.title, (), None, None, known))
            continue
        hidden = [cell for cell in t.cells if cell not in t.published]
        highest: dict[str, int | None] = {c: min(v) for c, v in t.published.items()}
        lows: dict[str, int] = {}
        for cell in hidden:
            highest[cell] = solver.maximum([cell], threshold)
            lows[cell] = solver.minimum([cell])
            report.bounds.append(CellBounds(t.title, cell, lows[cell], highest[cell]))
            if _below(highest[cell], threshold):
                report.violations.append(
                    Violation("narrowed", t.title, (cell,), lows[cell], highest[cell], known)
                )
        groups: list[tuple[str, ...]] = []
        for label, cells in t.groups:
            if label.endswith("hidden)"):
                groups.append(cells)  # a hidden total or half: its whole sum is a hidden figure
            else:
                groups.append(tuple(c for c in cells if c in hidden))  # equation minus the known
        groups += list(itertools.combinations(hidden, 2))
        groups.append(tuple(hidden))
        seen: set[frozenset[str]] = {frozenset([c]) for c in hidden} | {frozenset()}
        for cells in groups:
            if frozenset(cells) in seen:
                continue
            seen.add(frozenset(cells))
            # max(sum) >= max(any one member) since every unknown is >= 0: only a group whose
            # members all stay below the threshold can itself stay below it.
            if not all(_below(highest[c], threshold) for c in cells):
                continue
            top = solver.maximum(list(cells), threshold)
            if _below(top, threshold):
                low = solver.minimum(cells)
                report.violations.append(Violation("narrowed", t.title, cells, low, top, known))
    return report


def audit_views(views: Sequence[Mapping[str, Any]]) -> list[Violation]:
    """Every way a reader of these views learns a figure from fewer than 10 people."""
    return audit(views).violations


def assert_no_disclosure(views: Sequence[Mapping[str, Any]], limit: int = 60) -> None:
    """Fail with every violation, table by table: what is published, then what it gives away."""
    violations = audit_views(views)
    if not violations:
        return
    by_table: dict[tuple[str, str], list[Violation]] = {}
    for violation in violations:
        by_table.setdefault((violation.table, violation.known), []).append(violation)
    lines = []
    for (table, known), found in by_table.items():
        lines.append(f"{table}, which publishes: {known}")
        pairs = []
        for violation in found:
            cells = " + ".join(violation.cells)
            if violation.kind != "narrowed":
                lines.append(f"    {violation.message}")
                continue
            bound = (
                f"= exactly {violation.low}"
                if violation.low == violation.high
                else f"in {violation.low}..{violation.high}"
            )
            if len(violation.cells) == 2:
                pairs.append(f"{cells} {bound}")
            else:
                lines.append(f"    {cells} {bound}")
        if pairs:
            lines.append(f"    pairs: {'; '.join(pairs)}")
    more = f"\n  ... {len(lines) - limit} more lines" if len(lines) > limit else ""
    shown = "\n  ".join(lines[:limit])
    raise AssertionError(
        f"a reader of /v1/results ({len(views)} views) narrows {len(violations)} hidden "
        f"figure(s) below 10 people:\n  {shown}{more}"
    )


def download_shift_views(
    base_url: str, survey_ids: Sequence[str], session: requests.Session | None = None,
    timeout: float = 10,
) -> list[dict[str, Any]]:
    """The published shift of each deliberative consultation, as views `audit` reads."""
    http = session or requests.Session()
    shifts = []
    for survey_id in survey_ids:
        response = http.get(f"{base_url}/v1/surveys/{survey_id}/shift", timeout=timeout)
        assert response.status_code == 200, (survey_id, response.status_code, response.text)
        shifts.append(response.json())
    return [{"borough": "shift", "deliberations": shifts}]


def download_views(
    base_url: str, session: requests.Session | None = None, timeout: float = 10
) -> list[dict[str, Any]]:
    """Every view a reader can download: London-wide, then each borough's."""
    http = session or requests.Session()
    views = []
    for borough in (None, *LONDON_BOROUGHS):
        params = {} if borough is None else {"borough": borough}
        response = http.get(f"{base_url}/v1/results", params=params, timeout=timeout)
        assert response.status_code == 200, (borough, response.status_code, response.text[:200])
        views.append(response.json())
    return views
