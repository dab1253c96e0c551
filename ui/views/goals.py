"""What matters to me, and my goals: the list of what matters (part of the plan), SMART goals
with a progress chart from the linked tracker, and the goal lifecycle (done, on hold, again)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import TRANSITIONS, Goal, GoalStatus
from planner.domain.plan import CarePlan, PlanVersion
from planner.domain.tracker import Tracker
from planner.services.progress import Progress, goal_progress
from planner.vault import Vault
from ui.dialogs.goal_editor import GoalDialog
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.forms import field_errors
from ui.widgets.lists import TextListEditor
from ui.widgets.responsive import ResponsiveBox, flow_row
from ui.widgets.tracker_chart import TrackerChartPanel

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class GoalsData:
    what_matters: tuple[str, ...]
    goals: list[Goal]
    progress: dict[UUID, Progress]
    trackers: list[Tracker]


def save_what_matters(vault: Vault, items: tuple[str, ...], note: str) -> PlanVersion:
    """A new plan version with `items` as what matters (the first plan if there is none)."""
    current = vault.plans.current()
    plan = current.plan if current is not None else CarePlan()
    return vault.plans.save(plan.edit(what_matters=items), change_note=note)


def save_goal(vault: Vault, goal: Goal, add_to_plan: bool, note: str) -> Goal:
    saved = vault.goals.save(goal)
    if add_to_plan:
        current = vault.plans.current()
        plan = current.plan if current is not None else CarePlan()
        if goal.id not in plan.goal_ids:
            vault.plans.save(plan.edit(goal_ids=(*plan.goal_ids, goal.id)), change_note=note)
    return saved


class GoalsView(FeatureView[GoalsData]):
    WATCHES = frozenset({"goals", "plan", "logs", "trackers"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("What matters to me and my goals"))
        self._data: GoalsData | None = None
        self._keep: UUID | None = None

        # What matters
        self.matters_box = QGroupBox(self.tr("What matters to me"), self)
        self.matters = TextListEditor(
            self.tr("What matters to me"),
            self.tr("Something that matters to you"),
            self.matters_box,
        )
        self.matters.edited.connect(self._matters_edited)
        matters_layout = QVBoxLayout(self.matters_box)
        matters_layout.addWidget(
            paragraph(
                self.tr("The things that matter most to you. They are part of your plan."),
                self.matters_box,
            )
        )
        matters_layout.addWidget(self.matters, 1)

        # Goals
        self.goals_box = QGroupBox(self.tr("My goals"), self)
        self.goal_list = QListWidget(self.goals_box)
        self.goal_list.setAccessibleName(self.tr("My goals"))
        self.goal_list.setAccessibleDescription(self.tr("Press Enter to change the chosen goal."))
        self.goal_list.setWordWrap(True)
        self.goal_list.setSpacing(2)
        self.goal_list.currentItemChanged.connect(self._goal_chosen)
        self.goal_list.itemActivated.connect(lambda _item: self.edit_goal())
        self.new_button = QPushButton(self.tr("&New goal…"), self.goals_box)
        self.new_button.setAccessibleName(self.tr("Make a new goal"))
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button = QPushButton(self.tr("&Change…"), self.goals_box)
        self.edit_button.setAccessibleName(self.tr("Change the chosen goal"))
        self.edit_button.clicked.connect(self.edit_goal)
        self.done_button = QPushButton(self.tr("Mark as d&one"), self.goals_box)
        self.done_button.setAccessibleName(self.tr("Mark the chosen goal as done"))
        self.done_button.clicked.connect(lambda: self.move_goal(GoalStatus.COMPLETED))
        self.hold_button = QPushButton(self.tr("Put on ho&ld"), self.goals_box)
        self.hold_button.setAccessibleName(self.tr("Put the chosen goal on hold"))
        self.hold_button.clicked.connect(lambda: self.move_goal(GoalStatus.ON_HOLD))
        self.again_button = QPushButton(self.tr("&Start again"), self.goals_box)
        self.again_button.setAccessibleName(self.tr("Start working on the chosen goal again"))
        self.again_button.clicked.connect(lambda: self.move_goal(GoalStatus.ACTIVE))
        goals_layout = QVBoxLayout(self.goals_box)
        goals_layout.addWidget(self.goal_list, 1)
        row, flow = flow_row(self.goals_box)
        for button in (
            self.new_button,
            self.edit_button,
            self.done_button,
            self.hold_button,
            self.again_button,
        ):
            flow.addWidget(button)
        goals_layout.addWidget(row)
        self.no_goals = paragraph(
            self.tr("You have no goals yet. Choose New goal to make one."), self.goals_box
        )
        goals_layout.addWidget(self.no_goals)

        # Progress of the chosen goal
        self.detail_box = QGroupBox(self.tr("Progress"), self)
        self.detail_title = heading("", self.detail_box, level=2)
        self.detail_why = paragraph("", self.detail_box)
        self.detail_why.setAccessibleName(self.tr("Why it matters"))
        self.detail_progress = paragraph("", self.detail_box)
        self.detail_progress.setAccessibleName(self.tr("Progress"))
        self.chart_panel = TrackerChartPanel(session, self.detail_box)
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_why)
        detail_layout.addWidget(self.detail_progress)
        detail_layout.addWidget(self.chart_panel, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What matters to me and my goals"), self))
        layout.addWidget(self.banner)
        self.columns = ResponsiveBox(min_chars=100)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.matters_box, 2)
        left_layout.addWidget(self.goals_box, 3)
        self.columns.addWidget(left, 2)
        self.columns.addWidget(self.detail_box, 3)
        layout.addLayout(self.columns, 1)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> GoalsData:
        current = vault.plans.current()
        goals = vault.goals.all()
        progress = {}
        for goal in goals:
            found = goal_progress(vault, goal)
            if found is not None:
                progress[goal.id] = found
        return GoalsData(
            current.plan.what_matters if current is not None else (),
            goals,
            progress,
            vault.trackers.all(include_archived=True),
        )

    def _show(self, data: GoalsData) -> None:
        self._data = data
        self.matters.set_items(data.what_matters)
        keep = self._keep or self.selected_goal_id()
        self._keep = None
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        order = [
            GoalStatus.ACTIVE,
            GoalStatus.PROPOSED,
            GoalStatus.ON_HOLD,
            GoalStatus.COMPLETED,
            GoalStatus.CANCELLED,
        ]
        for goal in sorted(data.goals, key=lambda g: order.index(g.status)):
            item = QListWidgetItem(self.goal_text(goal))
            item.setData(GOAL_ROLE, goal.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.goal_text(goal))
            self.goal_list.addItem(item)
        self.goal_list.blockSignals(False)
        self.no_goals.setVisible(not data.goals)
        self.goal_list.setVisible(bool(data.goals))
        row = 0
        for index in range(self.goal_list.count()):
            if self.goal_list.item(index).data(GOAL_ROLE) == keep:
                row = index
        if self.goal_list.count():
            self.goal_list.setCurrentRow(row)
        self._goal_chosen()

    def _clear(self) -> None:
        self._data = None
        self._keep = None
        self.matters.set_items(())
        self.matters.line.clear()
        self.goal_list.clear()
        self.detail_title.clear()
        self.detail_why.clear()
        self.detail_progress.clear()
        self.chart_panel.clear()
        self._update_buttons()

    # -- words --------------------------------------------------------------------------

    def _tracker(self, tracker_id: UUID) -> Tracker | None:
        if self._data is None:
            return None
        return next((t for t in self._data.trackers if t.id == tracker_id), None)

    def target_words(self, goal: Goal) -> str:
        if goal.measure is None:
            return ""
        tracker = self._tracker(goal.measure.tracker_id)
        if tracker is None:
            return ""
        return wording.target_text(
            goal.measure.target, goal.measure.direction, tracker.unit, tracker.kind
        )

    def progress_words(self, goal: Goal) -> str:
        if self._data is None or goal.measure is None:
            return self.tr("This goal is not measured with a tracker.")
        tracker = self._tracker(goal.measure.tracker_id)
        progress = self._data.progress.get(goal.id)
        target = self.target_words(goal)
        if tracker is None or progress is None or progress.latest is None:
            return self.tr("Target: {target}. Nothing logged since the start yet.").format(
                target=target
            )
        latest = wording.value_text(tracker, progress.latest, None)
        if progress.met:
            return self.tr("Latest: {latest}. Target: {target}. You have reached it!").format(
                latest=latest, target=target
            )
        return self.tr(
            "Latest: {latest}. Target: {target}. You are {percent}% of the way there."
        ).format(latest=latest, target=target, percent=round(progress.fraction * 100))

    def goal_text(self, goal: Goal) -> str:
        parts = [wording.status_name(goal.status)]
        target = self.target_words(goal)
        if target:
            parts.append(self.tr("Target: {target}").format(target=target))
        if goal.due is not None:
            parts.append(self.tr("By {day}").format(day=wording.day(goal.due)))
        return f"{goal.title}\n" + " · ".join(parts)

    # -- selection ----------------------------------------------------------------------

    def selected_goal_id(self) -> UUID | None:
        item = self.goal_list.currentItem()
        value = item.data(GOAL_ROLE) if item is not None else None
        return value if isinstance(value, UUID) else None

    def selected_goal(self) -> Goal | None:
        goal_id = self.selected_goal_id()
        if goal_id is None or self._data is None:
            return None
        return next((g for g in self._data.goals if g.id == goal_id), None)

    def select_goal(self, goal_id: UUID) -> bool:
        for index in range(self.goal_list.count()):
            if self.goal_list.item(index).data(GOAL_ROLE) == goal_id:
                self.goal_list.setCurrentRow(index)
                return True
        return False

    def _goal_chosen(self, *_args: object) -> None:
        goal = self.selected_goal()
        self._update_buttons()
        if goal is None:
            self.detail_title.clear()
            self.detail_why.clear()
            self.detail_progress.clear()
            self.chart_panel.show_tracker(None)
            return
        self.detail_title.setText(goal.title)
        self.detail_title.setAccessibleName(goal.title)
        self.detail_why.setText(goal.why)
        self.detail_why.setVisible(bool(goal.why))
        self.detail_progress.setText(self.progress_words(goal))
        if goal.measure is not None:
            self.chart_panel.setVisible(True)
            self.chart_panel.show_tracker(
                goal.measure.tracker_id,
                target=goal.measure.target,
                direction=goal.measure.direction,
            )
        else:
            self.chart_panel.show_tracker(None)
            self.chart_panel.setVisible(False)

    def _update_buttons(self) -> None:
        goal = self.selected_goal()
        allowed = TRANSITIONS[goal.status] if goal is not None else frozenset()
        self.edit_button.setEnabled(goal is not None)
        self.done_button.setEnabled(GoalStatus.COMPLETED in allowed)
        self.hold_button.setEnabled(GoalStatus.ON_HOLD in allowed)
        self.again_button.setEnabled(GoalStatus.ACTIVE in allowed)

    # -- what matters -------------------------------------------------------------------

    def _matters_edited(self) -> None:
        items = self.matters.items()
        self.matters.error.clear_error()
        try:
            CarePlan(what_matters=items)
        except ValidationError as exc:
            self.matters.error.show_error(" ".join(dict.fromkeys(field_errors(exc).values())))
            return
        note = self.tr("Changed what matters to me.")

        def saved(_version: PlanVersion) -> None:
            self.banner.show_message(
                self.tr("Saved. Your plan has a new version."), "success", seconds=6
            )

        self.call(lambda vault: save_what_matters(vault, items, note), saved, changes="plan")

    # -- goals --------------------------------------------------------------------------

    def _open_dialog(self, goal: Goal | None) -> None:
        trackers = self._data.trackers if self._data is not None else []
        dialog = GoalDialog(trackers, goal, self)
        dialog.accepted.connect(lambda: self._save_goal(dialog))
        self.show_dialog(dialog)

    def new_goal(self) -> None:
        if self._data is not None:
            self._open_dialog(None)

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open_dialog(goal)

    def _save_goal(self, dialog: GoalDialog) -> None:
        goal = dialog.goal
        if goal is None:
            return
        add = dialog.add_to_plan.isChecked() and dialog.original is None
        note = self.tr("Added the goal: {title}").format(title=goal.title)
        self._keep = goal.id

        def saved(_goal: Goal) -> None:
            self.banner.show_message(self.tr("Goal saved."), "success", seconds=6)
            if add:
                self.session.changed.emit("plan")

        self.call(lambda vault: save_goal(vault, goal, add, note), saved, changes="goals")

    def move_goal(self, status: GoalStatus) -> None:
        goal = self.selected_goal()
        if goal is None or status not in TRANSITIONS[goal.status]:
            return
        goal_id = goal.id
        self._keep = goal_id
        messages = {
            GoalStatus.COMPLETED: self.tr("Well done! The goal is marked as done."),
            GoalStatus.ON_HOLD: self.tr("The goal is on hold. You can start again any time."),
            GoalStatus.ACTIVE: self.tr("You are working on this goal again."),
        }

        def moved(_goal: Goal) -> None:
            self.banner.show_message(messages.get(status, self.tr("Saved.")), "success", seconds=6)

        self.call(lambda vault: vault.goals.set_status(goal_id, status), moved, changes="goals")
