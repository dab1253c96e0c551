"""The forms of the My health budget screen: the budget agreed, a spend with its receipt, and
looking at a receipt.

The receipt viewer shows the bytes from the vault in memory (`QPixmap.loadFromData`); nothing
is written to a temporary file. A PDF receipt cannot be drawn without a PDF library the app
does not ship, so it is offered as "Save a copy", a file the person chooses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.budget import (
    Budget,
    BudgetOutcome,
    HeldAs,
    PlannedSpend,
    Spend,
    parse_pence,
)
from planner.domain.goal import Goal
from ui.widgets.forms import FieldError, field_errors, save_cancel, with_error, wrapping_form
from ui.widgets.lists import TextListEditor, fit_height

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    return label


def _date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


class BudgetDialog(QDialog):
    """After `accept()`, `budget` is the validated budget."""

    def __init__(self, budget: Budget | None, goals: Sequence[Goal] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = budget
        self.budget: Budget | None = None
        self.setWindowTitle(self.tr("My personal health budget"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        today = date.today()
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("The amount agreed, in pounds"))
        self.starts = _date_edit(self, budget.starts if budget else today,
                                 self.tr("The first day of the budget"))
        self.ends = _date_edit(self, budget.ends if budget else today.replace(year=today.year + 1),
                               self.tr("The last day of the budget"))
        self.held = QComboBox(self)
        self.held.setAccessibleName(self.tr("How the budget is held"))
        for value, text in ((HeldAs.NOTIONAL, self.tr("Notional: the NHS holds the money")),
                            (HeldAs.THIRD_PARTY,
                             self.tr("Third party: an organisation holds it for me")),
                            (HeldAs.DIRECT_PAYMENT,
                             self.tr("Direct payment: the money is paid to me"))):
            self.held.addItem(text, value.value)
        self.planned = TextListEditor(self.tr("Planned spending"),
                                      self.tr("A category and amount, such as Equipment = 600"),
                                      self, fit=True)
        # The outcomes it is for: goals of the plan, ticked. An outcome written without a goal
        # (from an import, say) is kept as it is.
        self.goals = QListWidget(self)
        self.goals.setAccessibleName(self.tr("The goals in my plan this budget is for"))
        self.goals.setWordWrap(True)
        linked = {o.goal_id for o in budget.outcomes} if budget is not None else set()
        for goal in goals:
            row = QListWidgetItem(goal.title)
            row.setData(GOAL_ROLE, goal.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if goal.id in linked
                              else Qt.CheckState.Unchecked)
            self.goals.addItem(row)
        self.no_goals = QLabel(self.tr(
            "No goals in my plan yet. Add them on the Goals screen, then tick the ones this "
            "budget is for."), self)
        self.no_goals.setWordWrap(True)
        self.goals.setVisible(bool(goals))
        self.no_goals.setVisible(not goals)
        fit_height(self.goals, min_lines=2, max_lines=6)
        if budget is not None:
            self.amount.setText(f"{budget.amount // 100}.{budget.amount % 100:02d}")
            self.held.setCurrentIndex(self.held.findData(budget.held_as.value))
            self.planned.set_items([f"{p.category} = {p.amount // 100}.{p.amount % 100:02d}"
                                    for p in budget.planned])
        form = wrapping_form()
        box, self.amount_error = with_error(self.amount, self)
        form.addRow(_label(self.tr("&Amount (£)"), self.amount, self), box)
        form.addRow(_label(self.tr("&From"), self.starts, self), self.starts)
        form.addRow(_label(self.tr("&To"), self.ends, self), self.ends)
        form.addRow(_label(self.tr("&How it is held"), self.held, self), self.held)
        form.addRow(_label(self.tr("&Planned spending"), self.planned.line, self), self.planned)
        goals_box = QWidget(self)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.goals)
        goals_layout.addWidget(self.no_goals)
        form.addRow(_label(self.tr("For my &goals"), self.goals, self), goals_box)
        self.form_error = FieldError(self.amount, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Save the budget")))

    def build(self) -> Budget | None:
        self.amount_error.clear_error()
        self.form_error.clear_error()
        if self.planned.line.text().strip():
            self.planned.add()
        try:
            amount = parse_pence(self.amount.text())
        except ValueError:
            self.amount_error.show_error(self.tr("Write the amount in pounds, such as 7200."))
            return None
        planned = []
        for line in self.planned.items():
            category, sep, money = line.rpartition("=")
            try:
                if not sep:
                    raise ValueError(line)
                planned.append(PlannedSpend(category=category.strip(),
                                            amount=parse_pence(money)))
            except (ValueError, ValidationError):
                self.form_error.show_error(self.tr(
                    "Write each planned line as a category, = and an amount, such as "
                    "Equipment = 600."))
                return None
        data: dict[str, Any] = self.original.model_dump() if self.original else {}
        data.update(amount=amount, starts=self.starts.date().toPython(),
                    ends=self.ends.date().toPython(), held_as=HeldAs(self.held.currentData()),
                    planned=tuple(p.model_dump() for p in planned),
                    outcomes=self.outcomes())
        try:
            return Budget.model_validate(data)
        except ValidationError as exc:
            self.form_error.show_error(" ".join(dict.fromkeys(field_errors(exc).values())))
            return None

    def outcomes(self) -> tuple[BudgetOutcome, ...]:
        """The goals ticked, in the plan's order, then any outcome without a goal. A goal
        already linked keeps its outcome's own words ("Walk to the shops on my own"); a goal
        newly ticked is the outcome in the goal's words."""
        before = list(self.original.outcomes) if self.original else []
        words = {o.goal_id: o for o in before if o.goal_id is not None}
        ticked = [self.goals.item(i) for i in range(self.goals.count())
                  if self.goals.item(i).checkState() == Qt.CheckState.Checked]
        linked = [words.get(row.data(GOAL_ROLE))
                  or BudgetOutcome(text=row.text(), goal_id=row.data(GOAL_ROLE))
                  for row in ticked]
        return (*linked, *(o for o in before if o.goal_id is None))

    def accept(self) -> None:
        self.budget = self.build()
        if self.budget is not None:
            super().accept()


class SpendDialog(QDialog):
    """After `accept()`, `spend` is the validated spend and `receipt` the file chosen (its bytes
    are read by the worker, not here)."""

    def __init__(self, budget: Budget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = budget
        self.spend: Spend | None = None
        self.receipt: Path | None = None
        self.setWindowTitle(self.tr("Log a spend"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.on = _date_edit(self, date.today(), self.tr("The day of the spend"))
        self.payee = QLineEdit(self)
        self.payee.setMaxLength(200)
        self.payee.setAccessibleName(self.tr("Who was paid"))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setAccessibleName(self.tr("What it was for (the category)"))
        self.category.addItems([p.category for p in budget.planned])
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("The amount, in pounds"))
        self.choose = QPushButton(self.tr("Choose a &receipt…"), self)
        self.choose.setAccessibleName(self.tr("Choose a photo or PDF of the receipt"))
        self.choose.clicked.connect(self._choose)
        self.chosen = QLabel(self.tr("No receipt"), self)
        self.chosen.setWordWrap(True)
        form = wrapping_form()
        form.addRow(_label(self.tr("&Day"), self.on, self), self.on)
        box, self.payee_error = with_error(self.payee, self)
        form.addRow(_label(self.tr("&Paid to"), self.payee, self), box)
        form.addRow(_label(self.tr("Cate&gory"), self.category, self), self.category)
        box, self.amount_error = with_error(self.amount, self)
        form.addRow(_label(self.tr("&Amount (£)"), self.amount, self), box)
        form.addRow(self.choose, self.chosen)
        self.form_error = FieldError(self.payee, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.tr("Save this spend")))

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a receipt"), "",
            self.tr("Photos and PDFs (*.jpg *.jpeg *.png *.pdf)"))
        if name:
            self.receipt = Path(name)
            self.chosen.setText(self.receipt.name)

    def build(self) -> Spend | None:
        for error in (self.payee_error, self.amount_error, self.form_error):
            error.clear_error()
        try:
            amount = parse_pence(self.amount.text())
        except ValueError:
            self.amount_error.show_error(self.tr("Write the amount in pounds, such as 12.50."))
            return None
        on: date = self.on.date().toPython()  # type: ignore[assignment]
        try:
            return Spend(budget_id=self.budget.id, on=on,
                         payee=self.payee.text(), category=self.category.currentText(),
                         amount=amount)
        except ValidationError as exc:
            errors = field_errors(exc)
            if "payee" in errors:
                self.payee_error.show_error(errors["payee"])
            else:
                self.form_error.show_error(" ".join(dict.fromkeys(errors.values())))
            return None

    def accept(self) -> None:
        self.spend = self.build()
        if self.spend is not None:
            super().accept()


class ReceiptDialog(QDialog):
    """A receipt shown from its bytes in memory; a PDF is offered as a copy to save."""

    def __init__(self, spend_id: UUID, data: bytes, media_type: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spend_id = spend_id
        self.data = data
        self.save_to: Path | None = None
        self.setWindowTitle(self.tr("Receipt"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        if media_type != "application/pdf" and pixmap.loadFromData(data):
            self.picture.setPixmap(pixmap)
            self.picture.setAccessibleName(self.tr("The photo of the receipt"))
            scroll = QScrollArea(self)
            scroll.setWidget(self.picture)
            scroll.setAccessibleName(self.tr("The photo of the receipt"))
            layout.addWidget(scroll, 1)
        else:
            self.picture.setText(self.tr(
                "This receipt is a PDF. Save a copy to open it in a PDF reader."))
            self.picture.setWordWrap(True)
            self.picture.setAccessibleName(self.picture.text())
            layout.addWidget(self.picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the receipt"))
        self.save_button = buttons.addButton(self.tr("&Save a copy…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAccessibleName(self.tr("Save a copy of the receipt to a file"))
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        suffix = "pdf" if self.data.startswith(b"%PDF") else "png" \
            if self.data.startswith(b"\x89PNG") else "jpg"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the receipt"), f"receipt.{suffix}")
        if name:
            self.save_to = Path(name)
            self.accept()
