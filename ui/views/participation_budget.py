"""Taking part -> Budgets: participatory budgeting rounds, voted on offline.

Its own module and widget, which the Taking part screen holds as a tab. The rounds come from
the vault (the last sync's copy, `sync.budgets.cached_rounds`), so they read with no internet.
A vote is a ballot queued in the outbox under the `surveys` consent and sent at the next sync,
like a survey answer. The running total of the chosen projects' costs is shown as they are
ticked; in a "choose within the pot" round a ballot over the pot is refused here, with the
same rule the endpoint applies (`sync.protocol.ballot_problem`). After a round has closed the
tab shows the funded projects, the published vote counts and what became of each project.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.vault import Vault
from sync import consent
from sync.budgets import cached_rounds, my_ballots, queue_ballot
from sync.protocol import BudgetProject, BudgetRound, ballot_cost
from ui.views.base import heading, paragraph
from ui.widgets.forms import user_message

__all__ = ["BudgetPanel"]

BudgetData = tuple[list[BudgetRound], dict[str, list[str]], bool]
"""The cached rounds (server text already cleaned by `sync.untrusted` on reading, and shown
as plain text only), the projects this person chose in each, and the `surveys` consent."""


def load_budgets(vault: Vault) -> BudgetData:
    return (cached_rounds(vault).rounds, my_ballots(vault),
            consent.has_consent(vault, "surveys"))


class Host(Protocol):
    """What the panel needs of the screen that holds it (a `FeatureView`)."""

    def call(self, op: Any, on_done: Any = None, on_failed: Any = None, *,
             changes: str | None = None) -> None: ...
    @property
    def banner(self) -> Any: ...


def pounds(value: int) -> str:
    """Whole pounds written the British way (£1,500) in every language: the sums are the
    council's, as its papers print them."""
    return f"£{value:,}"


class BudgetPanel(QWidget):
    """The rounds, the chosen round's projects to tick, the running total and Send."""

    def __init__(self, host: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.rounds: list[BudgetRound] = []
        self.chosen: dict[str, list[str]] = {}
        self.agreed = False
        self._kept: tuple[str | None, list[str]] = (None, [])
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Decide with your neighbours how part of a budget is spent. Tick the projects you "
            "want; your vote is sent at the next sync, with your agreement to take part in "
            "surveys, and counted with nobody's name."), self))
        label = QLabel(self.tr("&Rounds:"), self)
        self.round_list = QListWidget(self)
        self.round_list.setAccessibleName(self.tr("Budget rounds, open and closed"))
        self.round_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.round_list.currentRowChanged.connect(self._show_round)
        label.setBuddy(self.round_list)
        layout.addWidget(label)
        layout.addWidget(self.round_list)
        self.title = heading("", self, level=2)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # server text is never markup
        layout.addWidget(self.title)
        self.details = paragraph("", self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAccessibleName(self.tr("About this round"))
        layout.addWidget(self.details)
        self.projects = QListWidget(self)
        self.projects.setAccessibleName(self.tr(
            "Projects: tick the ones you want, with the space bar"))
        self.projects.setWordWrap(True)
        self.projects.itemChanged.connect(lambda _item: self._show_total())
        layout.addWidget(self.projects, 1)
        row = QHBoxLayout()
        self.total = paragraph("", self)
        self.total.setAccessibleName(self.tr("Running total of the projects you chose"))
        self.send_button = QPushButton(self.tr("Send my &vote"), self)
        self.send_button.setAccessibleName(self.tr(
            "Add my vote to the send list; it leaves at the next sync"))
        self.send_button.clicked.connect(self.vote)
        row.addWidget(self.total, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self._show_round(-1)

    # -- showing -------------------------------------------------------------------------

    def show_budgets(self, data: BudgetData) -> None:
        """The rounds, this person's ballots and consent, as Taking part's load read them."""
        rounds, chosen, agreed = data
        current = self._current()
        wanted = current.id if current is not None else None
        # A reload (after a sync, or another change) keeps what the person has ticked so far.
        self._kept = (wanted, self.ticked()) if current is not None else (None, [])
        self.rounds = sorted(rounds, key=lambda r: (r.state != "open", r.closes_on))
        self.chosen, self.agreed = chosen, agreed
        self.round_list.blockSignals(True)
        self.round_list.clear()
        for budget_round in self.rounds:
            state = (self.tr("open until {day}").format(day=budget_round.closes_on.isoformat())
                     if budget_round.state == "open" else self.tr("closed: see the outcome"))
            item = QListWidgetItem(f"{budget_round.title} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, budget_round.id)
            self.round_list.addItem(item)
        self.round_list.blockSignals(False)
        ids = [r.id for r in self.rounds]
        self.round_list.setCurrentRow(ids.index(wanted) if wanted in ids else (0 if ids else -1))
        self._show_round(self.round_list.currentRow())
        self._kept = (None, [])

    def clear(self) -> None:
        self.show_budgets(([], {}, False))

    def _current(self) -> BudgetRound | None:
        row = self.round_list.currentRow()
        return self.rounds[row] if 0 <= row < len(self.rounds) else None

    def _show_round(self, _row: int) -> None:
        budget_round = self._current()
        self.projects.blockSignals(True)
        self.projects.clear()
        if budget_round is None:
            self.title.setText(self.tr("No budget rounds yet"))
            self.details.setText(self.tr(
                "Rounds appear here after a sync, once you agree to take part in surveys."))
            self.total.clear()
            self.send_button.setEnabled(False)
            self.projects.blockSignals(False)
            return
        self.title.setText(budget_round.title)
        area = budget_round.borough + (f", {budget_round.ward}" if budget_round.ward else "")
        how = (self.tr("Choose projects that together cost no more than the pot.")
               if budget_round.ballot == "knapsack"
               else self.tr("Tick every project you support."))
        rule = (self.tr("Funded by the Method of Equal Shares.")
                if budget_round.rule == "equal-shares"
                else self.tr("Funded by votes, most first, while the money lasts."))
        self.details.setText(" ".join([
            budget_round.description,
            self.tr("{area}. Pot: {pot}. Voting from {opens} to {closes}.").format(
                area=area, pot=pounds(budget_round.pot),
                opens=budget_round.opens_on.isoformat(),
                closes=budget_round.closes_on.isoformat()),
            how, rule]))
        kept_round, kept = self._kept
        mine = kept if kept_round == budget_round.id else self.chosen.get(budget_round.id, [])
        for project in budget_round.projects:
            item = QListWidgetItem(self._project_text(budget_round, project))
            item.setData(Qt.ItemDataRole.UserRole, project.id)
            if budget_round.state == "open":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if project.id in mine
                                   else Qt.CheckState.Unchecked)
            self.projects.addItem(item)
        self.projects.blockSignals(False)
        self._show_total()

    def _project_text(self, budget_round: BudgetRound, project: BudgetProject) -> str:
        text = self.tr("{title}: {cost}, proposed by {organisation}. {description}").format(
            title=project.title, cost=pounds(project.cost),
            organisation=project.organisation,
            description=project.description)
        if budget_round.state != "closed":
            return text
        votes = (self.tr("%n vote(s)", None, project.votes) if project.votes is not None
                 else self.tr("fewer than 10 votes"))
        verdict = self.tr("FUNDED") if project.funded else self.tr("not funded")
        text = f"{verdict}: {text} ({votes})"
        if project.fate:
            text += " " + self.tr("What became of it: {fate}").format(
                fate=project.fate)
        return text

    def ticked(self) -> list[str]:
        return [str(self.projects.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.projects.count())
                if self.projects.item(n).checkState() == Qt.CheckState.Checked]

    def _show_total(self) -> None:
        budget_round = self._current()
        if budget_round is None:
            return
        if budget_round.state == "closed":
            funded = [p for p in budget_round.projects if p.funded]
            self.total.setText(self.tr(
                "%n project(s) funded, costing {cost} of the {pot} pot.", None, len(funded)
            ).format(cost=pounds(sum(p.cost for p in funded)), pot=pounds(budget_round.pot)))
            self.send_button.setEnabled(False)
            return
        costs = {p.id: p.cost for p in budget_round.projects}
        chosen = self.ticked()
        total = ballot_cost(costs, chosen)
        over = budget_round.ballot == "knapsack" and total > budget_round.pot
        text = self.tr("Chosen: {total} of the {pot} pot.").format(
            total=pounds(total), pot=pounds(budget_round.pot))
        if over:
            text += " " + self.tr("That is {over} over the pot: untick a project.").format(
                over=pounds(total - budget_round.pot))
        elif budget_round.id in self.chosen:
            text += " " + self.tr("You have voted; sending again replaces your vote.")
        self.total.setText(text)
        self.send_button.setEnabled(bool(chosen) and not over and self.agreed)
        if not self.agreed:
            self.send_button.setToolTip(self.tr(
                'Turn on "Answer local surveys and consultations" in Choices to vote.'))

    # -- voting --------------------------------------------------------------------------

    def vote(self) -> None:
        budget_round = self._current()
        chosen = self.ticked()
        if budget_round is None or not chosen:
            return
        costs = {p.id: p.cost for p in budget_round.projects}
        if budget_round.ballot == "knapsack" and ballot_cost(costs, chosen) > budget_round.pot:
            self.host.banner.show_message(self.tr(
                "Your choice costs more than the pot, so it was not added. Untick a project."),
                "error")
            return
        self.host.call(
            lambda v: queue_ballot(v, budget_round, chosen),
            lambda _item: self.host.banner.show_message(self.tr(
                "Your vote was added to the send list. It leaves at the next sync."),
                "success"),
            lambda exc: self.host.banner.show_message(user_message(exc), "error"),
            changes="participation")
