"""The personal health budget's review statement (3, 6 or 12 months): CSV and HTML for PDF.

The statement covers the budget's first N months: from its start to the day before the
review day. The PDF goes through the GP summary's path (the HTML is built with the same
escaping builder and style; ui/printing.py prints and tags it); the CSV opens safely in a
spreadsheet: every cell of the person's words is neutralised as in the logs' CSV
(`planner.share.csv.neutralised`), and amounts are written as plain numbers with two
decimals, from whole pence by integer maths, so a column sum in the spreadsheet is the
statement's total to the penny.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from planner.atomic import atomic_write
from planner.domain.budget import Budget, Spend, format_pence
from planner.errors import InputError
from planner.services.budget import BudgetState, Pace, budget_state, review_dates
from planner.share.csv import neutralised
from planner.share.report.formatting import long_date
from planner.share.report.markup import STYLE, _Html
from planner.vault.vault import Vault

__all__ = ["REVIEW_MONTHS", "Statement", "statement_csv", "statement_for", "statement_html",
           "write_statement_csv"]

REVIEW_MONTHS = (3, 6, 12)
HELD_AS = {
    "notional": "Notional budget (the NHS holds the money)",
    "third-party": "Third-party budget (an organisation holds the money for me)",
    "direct-payment": "Direct payment (the money is paid to me)",
}
PACE = {
    Pace.ON_TRACK: "Spending is on track.",
    Pace.UNDERSPENDING: "Spending is below plan for this point in the budget.",
    Pace.OVERSPENDING: "Spending is above plan for this point in the budget.",
    Pace.OVERSPENT: "More has been spent than the whole budget.",
}


def pounds(pence: int) -> str:
    """12.50 from 1250 (integer maths; a minus sign for a negative figure)."""
    sign = "-" if pence < 0 else ""
    whole, rest = divmod(abs(pence), 100)
    return f"{sign}{whole}.{rest:02d}"


@dataclass(frozen=True)
class Statement:
    budget: Budget
    months: int
    start: date
    through: date  # the last day counted
    spends: tuple[Spend, ...]
    state: BudgetState


def statement_for(vault: Vault, budget: Budget, months: int) -> Statement:
    if months not in REVIEW_MONTHS:
        raise InputError("A review statement is for 3, 6 or 12 months.")
    through = min(review_dates(budget)[months] - timedelta(days=1), budget.ends)
    spends = tuple(s for s in vault.spends.all(budget.id) if s.on <= through)
    return Statement(budget, months, budget.starts, through, spends,
                     budget_state(budget, spends, through))


def statement_csv(statement: Statement) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["date", "payee", "category", "amount", "receipt", "note"])
    for s in statement.spends:
        w.writerow([s.on.isoformat(), neutralised(s.payee), neutralised(s.category),
                    pounds(s.amount), "yes" if s.receipt else "no", neutralised(s.note)])
    w.writerow([])
    w.writerow(["category", "planned", "spent", "left"])
    for line in statement.state.lines:
        w.writerow([neutralised(line.category), pounds(line.planned), pounds(line.spent),
                    pounds(line.left)])
    w.writerow([])
    state = statement.state
    w.writerow(["budget", pounds(state.amount)])
    w.writerow(["spent", pounds(state.spent)])
    w.writerow(["balance", pounds(state.balance)])
    w.writerow(["from", statement.start.isoformat()])
    w.writerow(["to", statement.through.isoformat()])
    return out.getvalue()


def write_statement_csv(statement: Statement, path: Path) -> None:
    """UTF-8 with a byte-order mark (Excel on Windows), written atomically."""
    atomic_write(path, statement_csv(statement).encode("utf-8-sig"))


def statement_html(statement: Statement, *, lang: str = "en", direction: str = "ltr") -> str:
    """The statement as HTML for the printer (QTextDocument's subset, as the GP summary)."""
    b, state = statement.budget, statement.state
    html = _Html(direction)
    title = f"Personal health budget: {statement.months}-month review statement"
    html.h(1, title)
    html.p(f"{long_date(statement.start)} to {long_date(statement.through)}", "intro")
    html.table(None, [
        ["Budget agreed", f"{format_pence(b.amount)} for {long_date(b.starts)} to "
                          f"{long_date(b.ends)}"],
        ["How it is held", HELD_AS[b.held_as.value]],
        ["Spent so far", format_pence(state.spent)],
        ["Balance", format_pence(state.balance)],
    ])
    html.p(PACE[state.pace], "note" if state.pace is not Pace.ON_TRACK else "")
    if b.outcomes:
        html.h(2, "What the budget is for")
        html.items([("", o.text) for o in b.outcomes])
    html.h(2, "Planned and spent, by category")
    html.table(["Category", "Planned", "Spent", "Left"],
               [[line.category if line.planned_for else f"{line.category} (not planned)",
                 format_pence(line.planned), format_pence(line.spent), format_pence(line.left)]
                for line in state.lines], [40, 20, 20, 20])
    html.h(2, "Spending")
    if statement.spends:
        html.table(["Date", "Paid to", "Category", "Amount", "Receipt"],
                   [[long_date(s.on), s.payee, s.category, format_pence(s.amount),
                     "Yes" if s.receipt else "No"] for s in statement.spends],
                   [20, 28, 22, 16, 14])
    else:
        html.p("Nothing spent in this period.")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f'<body dir="{direction}">\n' + "\n".join(html.parts) + "\n</body>\n</html>\n"
    )
