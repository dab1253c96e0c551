"""My personal health budget: the amount agreed and how it is held, the balance and whether
spending is on track, planned against spent by category, the spending log with receipts, and
the 3-, 6- and 12-month review statements.

A receipt is read from the vault into memory and shown from there (`ReceiptDialog`); nothing
is written to a temporary file. Statements are printed in the helper process the GP summary
uses (`ui.print_apart`), from the worker, so the window never waits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.atomic import atomic_write
from planner.domain.budget import MAX_RECEIPT_BYTES, Budget, Spend, describe_mb, format_pence
from planner.domain.goal import Goal, GoalStatus
from planner.errors import InputError
from planner.services.budget import BudgetState, Pace, budget_state
from planner.vault import Vault
from ui.dialogs.budget import BudgetDialog, ReceiptDialog, SpendDialog
from ui.read_only import mark_writes
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.lists import fit_height
from ui.widgets.responsive import ResponsiveBox, flow_row
from ui.widgets.wrapping import wrap_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CLOSED = frozenset({GoalStatus.COMPLETED, GoalStatus.CANCELLED})


@dataclass(frozen=True)
class BudgetData:
    budget: Budget | None
    spends: list[Spend]
    state: BudgetState | None
    goals: list[Goal]


def add_spend(vault: Vault, spend: Spend, receipt: Path | None) -> Spend:
    """Read the receipt's file here, in the worker, refusing one too big before reading it."""
    data = None
    if receipt is not None:
        try:
            size = receipt.stat().st_size
            if size > MAX_RECEIPT_BYTES:
                raise InputError(f"The receipt is {describe_mb(size)}; a receipt can be at most "
                                 f"{describe_mb(MAX_RECEIPT_BYTES)}.")
            data = receipt.read_bytes()
        except OSError:
            raise InputError("The receipt's file cannot be read.") from None
    return vault.spends.add(spend, data, receipt.name if receipt else "")


def save_statement(vault: Vault, months: int, out: Path) -> None:
    from planner.share.statement import statement_for, statement_html, write_statement_csv

    budget = vault.budgets.current()
    if budget is None:
        raise InputError("There is no personal health budget yet.")
    statement = statement_for(vault, budget, months)
    if out.suffix.lower() == ".csv":
        write_statement_csv(statement, out)
    else:
        from ui.print_apart import html_to_pdf_apart

        html_to_pdf_apart(statement_html(statement), out)


class BudgetView(FeatureView[BudgetData]):
    WATCHES = frozenset({"budget"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("My health budget"))
        self._data: BudgetData | None = None

        self.summary_box = QGroupBox(self.tr("My budget"), self)
        self.summary = paragraph("", self.summary_box)
        self.summary.setAccessibleName(self.tr("My budget at a glance"))
        self.pace = QLabel(self.summary_box)
        self.pace.setWordWrap(True)
        self.pace.setObjectName("budget_pace")
        self.set_button = QPushButton(self.tr("&Set up the budget…"), self.summary_box)
        self.set_button.setAccessibleName(self.tr("Set up or change the budget agreed"))
        self.set_button.clicked.connect(self.set_budget)
        self.categories = QTableWidget(0, 4, self.summary_box)
        self.categories.setAccessibleName(self.tr("Planned and spent, by category"))
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Planned"), self.tr("Spent"), self.tr("Left")])
        self.categories.verticalHeader().setVisible(False)
        self.categories.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.categories.setTabKeyNavigation(False)  # arrows move in it; Tab moves on (no trap)
        # Sums as wide as their figures (never "£2,40…"); the category takes the rest and
        # wraps onto a taller row, so a long name at 200 % text does not scroll sideways.
        header = self.categories.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.categories.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.categories.setTextElideMode(Qt.TextElideMode.ElideNone)
        summary_layout = QVBoxLayout(self.summary_box)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.pace)
        summary_layout.addWidget(self.categories)
        summary_layout.addWidget(self.set_button)

        self.spend_box = QGroupBox(self.tr("Spending"), self)
        self.spends = QListWidget(self.spend_box)
        self.spends.setAccessibleName(self.tr("What I have spent, newest first"))
        wrap_rows(self.spends)
        self.spends.currentItemChanged.connect(lambda _c, _o: self._update_buttons())
        self.spends.itemActivated.connect(lambda _item: self.view_receipt())
        self.spend_button = QPushButton(self.tr("&Log a spend…"), self.spend_box)
        self.spend_button.setAccessibleName(self.tr("Log a spend, with its receipt if I have one"))
        self.spend_button.clicked.connect(self.log_spend)
        self.receipt_button = QPushButton(self.tr("See the &receipt…"), self.spend_box)
        self.receipt_button.setAccessibleName(self.tr("See the receipt of the chosen spend"))
        self.receipt_button.clicked.connect(self.view_receipt)
        self.months = QComboBox(self.spend_box)
        self.months.setAccessibleName(self.tr("Which review the statement is for"))
        for months in (3, 6, 12):
            self.months.addItem(self.tr("%n-month review", None, months), months)
        self.statement_button = QPushButton(self.tr("Save the review s&tatement…"),
                                            self.spend_box)
        self.statement_button.setAccessibleName(
            self.tr("Save the review statement as a PDF or a spreadsheet (CSV)"))
        self.statement_button.clicked.connect(self.save_statement)
        spend_layout = QVBoxLayout(self.spend_box)
        spend_layout.addWidget(self.spends)
        row, flow = flow_row(self.spend_box)
        for widget in (self.spend_button, self.receipt_button, self.months,
                       self.statement_button):
            flow.addWidget(widget)
        spend_layout.addWidget(row)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My health budget"), self))
        layout.addWidget(self.banner)
        self.columns = ResponsiveBox(min_chars=100)
        self.columns.addWidget(self.summary_box, 1)
        self.columns.addWidget(self.spend_box, 1)
        layout.addLayout(self.columns, 1)
        mark_writes(self.set_button, self.spend_button)  # change the profile (ui/read_only.py)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> BudgetData:
        budget = vault.budgets.current()
        linked = {o.goal_id for o in budget.outcomes} if budget is not None else set()
        goals = [g for g in vault.goals.all()
                 if g.status not in CLOSED or g.id in linked]  # ones the budget names stay
        if budget is None:
            return BudgetData(None, [], None, goals)
        spends = vault.spends.all(budget.id)
        return BudgetData(budget, spends, budget_state(budget, spends, date.today()), goals)

    def _show(self, data: BudgetData) -> None:
        self._data = data
        budget, state = data.budget, data.state
        self.spends.clear()
        self.categories.setRowCount(0)
        if budget is None or state is None:
            self.summary.setText(self.tr(
                "No personal health budget yet. Choose Set up the budget to write down the "
                "one agreed with you."))
            self.pace.clear()
            self._update_buttons()
            return
        self.summary.setText(self.tr(
            "{amount} from {start} to {end}. Spent {spent}; balance {balance}.").format(
                amount=format_pence(budget.amount), start=wording.day(budget.starts),
                end=wording.day(budget.ends), spent=format_pence(state.spent),
                balance=format_pence(state.balance)))
        if budget.outcomes:
            self.summary.setText(self.summary.text() + "\n" + self.tr("For: {outcomes}").format(
                outcomes="; ".join(o.text for o in budget.outcomes)))
        warning = {
            Pace.ON_TRACK: self.tr("Spending is on track."),
            Pace.UNDERSPENDING: self.tr("Underspend: spending is below plan for now."),
            Pace.OVERSPENDING: self.tr("Overspend: spending is above plan for now."),
            Pace.OVERSPENT: self.tr("Overspent: more has been spent than the whole budget."),
        }[state.pace]
        self.pace.setText(warning)
        self.pace.setAccessibleName(warning)
        for line in state.lines:
            row = self.categories.rowCount()
            self.categories.insertRow(row)
            name = line.category if line.planned_for else self.tr("{category} (not planned)") \
                .format(category=line.category)
            for column, text in enumerate((name, format_pence(line.planned),
                                           format_pence(line.spent), format_pence(line.left))):
                self.categories.setItem(row, column, QTableWidgetItem(text))
        self._fit_categories()
        for spend in reversed(data.spends):
            text = self.tr("{day}: {amount} to {payee} ({category})").format(
                day=wording.day(spend.on), amount=format_pence(spend.amount), payee=spend.payee,
                category=spend.category)
            if spend.receipt is not None:
                text = self.tr("{text}, with a receipt").format(text=text)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, spend.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.spends.addItem(item)
        fit_height(self.spends, min_lines=5, max_lines=12)
        self._update_buttons()

    def _fit_categories(self) -> None:
        """The table as tall as its rows and at least as wide as its columns, so the layout
        makes room (or stacks the two columns) instead of a table scrolling by a pixel or two
        at 200 % text."""
        table = self.categories
        table.resizeColumnsToContents()
        frame = table.frameWidth() * 2
        header = table.horizontalHeader()
        table.setFixedHeight(header.sizeHint().height() + table.verticalHeader().length()
                             + frame)
        table.setMinimumWidth(header.length() + frame)

    def _clear(self) -> None:
        self._data = None
        self.spends.clear()
        self.categories.setRowCount(0)
        self.summary.clear()
        self.pace.clear()
        self._update_buttons()

    def selected(self) -> Spend | None:
        item = self.spends.currentItem()
        if item is None or self._data is None:
            return None
        return next((s for s in self._data.spends if s.id == item.data(ID_ROLE)), None)

    def _update_buttons(self) -> None:
        has_budget = self._data is not None and self._data.budget is not None
        spend = self.selected()
        self.spend_button.setEnabled(has_budget)
        self.statement_button.setEnabled(has_budget)
        self.receipt_button.setEnabled(spend is not None and spend.receipt is not None)

    # -- actions ----------------------------------------------------------------------------

    def set_budget(self) -> None:
        if self._data is None:
            return
        dialog = BudgetDialog(self._data.budget, self._data.goals, self)
        dialog.accepted.connect(lambda: self._save_budget(dialog.budget))
        self.show_dialog(dialog)

    def _save_budget(self, budget: Budget | None) -> None:
        if budget is not None:
            self.call(lambda vault: vault.budgets.save(budget),
                      lambda _none: self.banner.show_message(self.tr("Budget saved."),
                                                             "success", seconds=6),
                      changes="budget")

    def log_spend(self) -> None:
        if self._data is None or self._data.budget is None:
            return
        dialog = SpendDialog(self._data.budget, self)
        dialog.accepted.connect(lambda: self._save_spend(dialog.spend, dialog.receipt))
        self.show_dialog(dialog)

    def _save_spend(self, spend: Spend | None, receipt: Path | None) -> None:
        if spend is not None:
            self.call(lambda vault: add_spend(vault, spend, receipt),
                      lambda _saved: self.banner.show_message(self.tr("Spend saved."),
                                                              "success", seconds=6),
                      changes="budget")

    def view_receipt(self) -> None:
        spend = self.selected()
        if spend is None or spend.receipt is None:
            return
        media_type = spend.receipt.media_type

        def show(data: bytes | None) -> None:
            if data is None or spend is None:
                return
            dialog = ReceiptDialog(spend.id, data, media_type, self)
            dialog.accepted.connect(lambda: self._save_copy(dialog.data, dialog.save_to))
            self.show_dialog(dialog)

        self.call(lambda vault: vault.spends.receipt(spend.id), show)

    def _save_copy(self, data: bytes, out: Path | None) -> None:
        if out is not None:
            self.call(lambda _vault: atomic_write(out, data),
                      lambda _none: self.banner.show_message(self.tr("Copy saved."), "success",
                                                             seconds=6))

    def save_statement(self) -> None:
        months = int(self.months.currentData())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the review statement"), f"budget-{months}-months.pdf",
            self.tr("PDF (*.pdf);;Spreadsheet (*.csv)"))
        if not name:
            return
        self.write_statement(months, Path(name))

    def write_statement(self, months: int, out: Path) -> None:
        if out.suffix.lower() not in (".pdf", ".csv"):
            out = out.with_suffix(".pdf")
        self.call(lambda vault: save_statement(vault, months, out),
                  lambda _none: self.banner.show_message(
                      self.tr("Statement saved: {name}").format(name=out.name), "success",
                      seconds=8))
