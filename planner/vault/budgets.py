"""Personal health budgets and their spending (migration 8), and receipts as encrypted BLOBs.

A receipt's bytes live only in the `receipts` table, inside the SQLCipher vault; they are
checked (a JPEG, PNG or PDF by its first bytes, at most `MAX_RECEIPT_BYTES`) before anything
is written, and the spend and its receipt are written in one transaction. `receipt()` hands
the bytes back in memory, so a screen shows them without a temporary file.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from planner.domain.budget import (
    MAX_RECEIPT_BYTES,
    Budget,
    Receipt,
    Spend,
    describe_mb,
    receipt_type,
)
from planner.errors import InputError
from planner.vault.codec import dump, load
from planner.vault.store import Store

__all__ = [
    "INSERT_BUDGET",
    "INSERT_RECEIPT",
    "INSERT_SPEND",
    "BudgetRepository",
    "ReceiptRefused",
    "SpendRepository",
    "budget_row",
    "check_receipt",
    "spend_row",
]

INSERT_BUDGET = "INSERT INTO budgets(id, starts, body) VALUES (?, ?, ?)"
INSERT_SPEND = (
    "INSERT INTO budget_spends(id, budget_id, on_day, category, amount, body) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_RECEIPT = "INSERT INTO receipts(spend_id, data) VALUES (?, ?)"


class ReceiptRefused(InputError):
    """The receipt is too big, empty, or not a photo or PDF; nothing was saved."""


def budget_row(b: Budget) -> tuple[Any, ...]:
    return (str(b.id), b.starts.isoformat(), dump(b))


def spend_row(s: Spend) -> tuple[Any, ...]:
    return (str(s.id), str(s.budget_id), s.on.isoformat(), s.category, s.amount, dump(s))


def check_receipt(data: bytes, name: str = "") -> Receipt:
    """What describes these bytes as a receipt, or ReceiptRefused with the reason."""
    if not data:
        raise ReceiptRefused("The receipt file is empty.")
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptRefused(
            f"The receipt is {describe_mb(len(data))}; a receipt can be at most "
            f"{describe_mb(MAX_RECEIPT_BYTES)}. Take the photo again at a smaller size, or "
            "save the PDF in a smaller size, and add it again."
        )
    media_type = receipt_type(data)
    if media_type is None:
        raise ReceiptRefused("A receipt must be a photo (JPEG or PNG) or a PDF.")
    return Receipt(media_type=media_type, size=len(data), name=name[-200:])


class BudgetRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, budget: Budget) -> None:
        with self._store.transaction() as c:
            c.execute(
                INSERT_BUDGET + " ON CONFLICT(id) DO UPDATE SET starts = excluded.starts, "
                "body = excluded.body",
                budget_row(budget),
            )

    def get(self, budget_id: UUID) -> Budget | None:
        rows = self._store.query("SELECT body FROM budgets WHERE id = ?", (str(budget_id),))
        return load(Budget, rows[0][0]) if rows else None

    def all(self) -> list[Budget]:
        """Newest period first."""
        rows = self._store.query("SELECT body FROM budgets ORDER BY starts DESC, id")
        return [load(Budget, r[0]) for r in rows]

    def current(self) -> Budget | None:
        found = self.all()
        return found[0] if found else None

    def delete(self, budget_id: UUID) -> None:
        """The budget, its spending and their receipts, in one transaction."""
        with self._store.transaction() as c:
            c.execute(
                "DELETE FROM receipts WHERE spend_id IN "
                "(SELECT id FROM budget_spends WHERE budget_id = ?)",
                (str(budget_id),),
            )
            c.execute("DELETE FROM budget_spends WHERE budget_id = ?", (str(budget_id),))
            c.execute("DELETE FROM budgets WHERE id = ?", (str(budget_id),))


class SpendRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, spend: Spend, receipt: bytes | None = None, receipt_name: str = "") -> Spend:
        """Log a spend, with its receipt's bytes if there is one, in one transaction. The
        receipt is checked first (ReceiptRefused). A category the budget does not plan is
        kept as written and shown as unplanned. Returns the spend as saved (with its
        `Receipt`)."""
        if receipt is not None:
            spend = spend.edit(receipt=check_receipt(receipt, receipt_name).model_dump())
        elif spend.receipt is not None:
            raise ReceiptRefused("The receipt's file is missing.")
        with self._store.transaction() as c:
            rows = c.execute(
                "SELECT body FROM budgets WHERE id = ?", (str(spend.budget_id),)
            ).fetchall()
            if not rows:
                raise InputError("That budget is not in this profile.")
            c.execute(INSERT_SPEND, spend_row(spend))
            if receipt is not None:
                c.execute(INSERT_RECEIPT, (str(spend.id), receipt))
        return spend

    def all(self, budget_id: UUID | None = None) -> list[Spend]:
        """Oldest first (the statement's order)."""
        if budget_id is None:
            rows = self._store.query("SELECT body FROM budget_spends ORDER BY on_day, id")
        else:
            rows = self._store.query(
                "SELECT body FROM budget_spends WHERE budget_id = ? ORDER BY on_day, id",
                (str(budget_id),),
            )
        return [load(Spend, r[0]) for r in rows]

    def spent(self, budget_id: UUID) -> dict[str, int]:
        """Pence spent per category, summed by SQLite over integers (exact)."""
        rows = self._store.query(
            "SELECT category, sum(amount) FROM budget_spends WHERE budget_id = ? "
            "GROUP BY category",
            (str(budget_id),),
        )
        return {str(k): int(v) for k, v in rows}

    def receipt(self, spend_id: UUID) -> bytes | None:
        """The receipt's bytes, in memory (never a file), or None if the spend has none."""
        rows = self._store.query("SELECT data FROM receipts WHERE spend_id = ?", (str(spend_id),))
        return bytes(rows[0][0]) if rows else None

    def all_receipts(self) -> dict[UUID, bytes]:
        """Every receipt (for backups)."""
        rows = self._store.query("SELECT spend_id, data FROM receipts ORDER BY spend_id")
        return {UUID(k): bytes(v) for k, v in rows}

    def delete(self, spend_id: UUID) -> None:
        with self._store.transaction() as c:
            c.execute("DELETE FROM receipts WHERE spend_id = ?", (str(spend_id),))
            c.execute("DELETE FROM budget_spends WHERE id = ?", (str(spend_id),))
