"""The personalised-care part of reading and writing a whole profile (migration 8):
decisions, treatment referrals, budgets, their spending and the receipts' bytes.

Split from `bulk.py` along the migration's seam; `bulk` calls these inside its one
transaction, so a restore or import still lands whole or not at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from planner.vault.budgets import (
    INSERT_BUDGET,
    INSERT_RECEIPT,
    INSERT_SPEND,
    ReceiptRefused,
    budget_row,
    check_receipt,
    spend_row,
)
from planner.vault.decisions import INSERT_DECISION, decision_row
from planner.vault.snapshot import ReceiptBytes, Snapshot
from planner.vault.treatment import INSERT_TREATMENT, treatment_row

if TYPE_CHECKING:
    from planner.vault.vault import Vault

__all__ = ["CARE_TABLES", "CLASH_TABLES", "check_care", "read_care", "write_care"]

# Children first, for deleting (bulk.replace_all).
CARE_TABLES = ("receipts", "budget_spends", "budgets", "treatment_referrals", "decisions")
# (what, table, snapshot field) for "already in this profile".
CLASH_TABLES = (
    ("decision", "decisions", "decisions"),
    ("treatment referral", "treatment_referrals", "treatment_referrals"),
    ("budget", "budgets", "budgets"),
    ("spend", "budget_spends", "spends"),
)


def read_care(vault: Vault) -> dict[str, Any]:
    return {
        "decisions": tuple(vault.decisions.all()),
        "treatment_referrals": tuple(vault.treatment_referrals.all()),
        "budgets": tuple(vault.budgets.all()),
        "spends": tuple(vault.spends.all()),
        "receipts": tuple(
            ReceiptBytes(spend_id=k, data=v) for k, v in vault.spends.all_receipts().items()
        ),
    }


def _repeats(kind: str, ids: Iterable[object]) -> list[str]:
    return [f"{kind} {v} appears {n} times" for v, n in Counter(ids).items() if n > 1]


def check_care(snapshot: Snapshot, existing_budgets: Iterable[UUID] = ()) -> list[str]:
    """The rules across records: ids once, each spend's budget there, each receipt's bytes
    for a spend that says it has one, and fitting what the spend says of it."""
    problems: list[str] = []
    problems += _repeats("decision", (d.id for d in snapshot.decisions))
    problems += _repeats("treatment referral", (r.id for r in snapshot.treatment_referrals))
    problems += _repeats("budget", (b.id for b in snapshot.budgets))
    problems += _repeats("spend", (s.id for s in snapshot.spends))
    problems += _repeats("receipt", (r.spend_id for r in snapshot.receipts))
    budgets = {b.id for b in snapshot.budgets} | set(existing_budgets)
    spends = {s.id: s for s in snapshot.spends}
    for spend in snapshot.spends:
        if spend.budget_id not in budgets:
            problems.append(f"spend {spend.id} is for a budget that is not there")
    have = {r.spend_id for r in snapshot.receipts}
    for spend in snapshot.spends:
        if spend.receipt is not None and spend.id not in have:
            problems.append(f"spend {spend.id} has lost its receipt")
    for item in snapshot.receipts:
        owner = spends.get(item.spend_id)
        if owner is None or owner.receipt is None:
            problems.append(f"receipt for {item.spend_id} is for a spend that is not there")
            continue
        try:
            found = check_receipt(item.data)
        except ReceiptRefused as exc:
            problems.append(f"receipt for {item.spend_id}: {exc}")
            continue
        if (found.media_type, found.size) != (owner.receipt.media_type, owner.receipt.size):
            problems.append(f"receipt for {item.spend_id} is not the file the spend names")
    return problems


def write_care(c: Any, snapshot: Snapshot) -> None:
    """Insert every record with the connection `c` inside an open transaction."""
    c.executemany(INSERT_DECISION, [decision_row(d) for d in snapshot.decisions])
    c.executemany(INSERT_TREATMENT, [treatment_row(r) for r in snapshot.treatment_referrals])
    c.executemany(INSERT_BUDGET, [budget_row(b) for b in snapshot.budgets])
    c.executemany(INSERT_SPEND, [spend_row(s) for s in snapshot.spends])
    c.executemany(INSERT_RECEIPT, [(str(r.spend_id), r.data) for r in snapshot.receipts])
