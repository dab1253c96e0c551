"""My care and support plan: edit every section, save a new version (with who it was agreed
with and a note), and compare any two versions side by side (the "Versions" tab, a mixin in
plan_versions.py)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.plan import Action, CarePlan, Contingency, PlanVersion, Supporter
from planner.vault import Vault
from ui.dialogs.plan_items import ActionDialog, SaveVersionDialog, SupporterDialog
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.views.plan_compare import section_lines, section_name
from ui.views.plan_versions import ID_ROLE, PlanData, VersionsTab
from ui.widgets import wording
from ui.widgets.forms import FieldError, field_errors, side_by_side, with_error
from ui.widgets.item_list import ItemListEditor
from ui.widgets.lists import TextListEditor, fit_height
from ui.widgets.responsive import ResponsiveBox, flow_row


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()  # type: ignore[assignment]
    return value


def _text_edit(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    line = edit.fontMetrics().height()
    edit.setMinimumHeight(line * lines)
    edit.setMaximumHeight(line * (lines + 3))
    return edit


class PlanView(VersionsTab, FeatureView[PlanData]):
    WATCHES = frozenset({"plan", "goals"})

    share_requested = Signal()  # "Share with my GP…": the sharing screen is another job

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("My care and support plan"))
        self._data: PlanData | None = None
        self._actions: list[Action] = []
        self._supporters: list[Supporter] = []
        self._base: CarePlan | None = None  # the plan the form was filled from
        self._dirty = False
        self._filling = False

        self.share_button = QPushButton(self.tr("Share with &my GP…"), self)
        self.share_button.setAccessibleName(self.tr("Share my plan with my GP"))
        self.share_button.clicked.connect(self.share_requested.emit)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Plan pages"))
        self.tabs.addTab(self._build_editor(), self.tr("&Edit my plan"))
        self.tabs.addTab(self._build_history(), self.tr("&Versions"))

        layout = QVBoxLayout(self)
        top = ResponsiveBox(min_chars=50)
        top.addWidget(heading(self.tr("My care and support plan"), self), 1)
        top.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._connect_dirty()
        self._set_dirty(False)

    # -- building the editor ------------------------------------------------------------

    def _build_editor(self) -> QWidget:
        page = QWidget(self)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll)
        sections = QVBoxLayout(content)

        about = QGroupBox(self.tr("About this plan"), content)
        form = QFormLayout(about)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(about)
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("Plan title"))
        box, self.title_error = with_error(self.title, about)
        form.addRow(self._label(self.tr("&Title"), self.title, about), box)
        self.coordinator = QLineEdit(about)
        self.coordinator.setAccessibleName(self.tr("Care coordinator"))
        self.coordinator.setPlaceholderText(self.tr("For example: Dr A Khan, Lea Surgery"))
        box, self.coordinator_error = with_error(self.coordinator, about)
        form.addRow(self._label(self.tr("Care c&oordinator"), self.coordinator, about), box)
        self.has_review = QCheckBox(self.tr("Set a &review date"), about)
        self.has_review.setAccessibleName(self.tr("Set a review date"))
        self.review = QDateEdit(about)
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat("d MMM yyyy")
        self.review.setAccessibleName(self.tr("Review date"))
        self.review.setDate(QDate.currentDate().addMonths(6))
        self.has_review.toggled.connect(self.review.setEnabled)
        review_row = side_by_side(about, self.has_review, (self.review, 1))
        box, self.review_error = with_error(review_row, about, about=self.review)
        form.addRow(self.tr("Review"), box)
        sections.addWidget(about)

        matters = QGroupBox(section_name("what_matters"), content)
        self.matters = TextListEditor(
            section_name("what_matters"),
            self.tr("Something that matters to you"),
            matters,
            fit=True,
        )
        QVBoxLayout(matters).addWidget(self.matters)
        sections.addWidget(matters)

        goals = QGroupBox(section_name("goal_ids"), content)
        goals_layout = QVBoxLayout(goals)
        goals_layout.addWidget(
            paragraph(
                self.tr(
                    "Tick the goals that are part of this plan. You can make and change goals "
                    "on the Goals page."
                ),
                goals,
            )
        )
        self.goal_list = QListWidget(goals)
        self.goal_list.setAccessibleName(self.tr("Goals in this plan"))
        self.goal_list.setAccessibleDescription(self.tr("Press Space to tick or untick a goal."))
        goals_layout.addWidget(self.goal_list)
        self.goals_error = FieldError(self.goal_list, goals)
        goals_layout.addWidget(self.goals_error)
        sections.addWidget(goals)

        actions = QGroupBox(section_name("actions"), content)
        actions_layout = QVBoxLayout(actions)
        actions_layout.addWidget(
            paragraph(self.tr("What you, or the people who support you, will do."), actions)
        )
        self.action_list = ItemListEditor(self.tr("Actions"), self.tr("an action"), actions)
        self.action_list.add_requested.connect(lambda: self.edit_action(None))
        self.action_list.edit_requested.connect(self.edit_action)
        self.action_list.removed.connect(self._remove_action)
        actions_layout.addWidget(self.action_list)
        sections.addWidget(actions)

        supporters = QGroupBox(section_name("supporters"), content)
        supporters_layout = QVBoxLayout(supporters)
        self.supporter_list = ItemListEditor(
            self.tr("Who supports me"), self.tr("a supporter"), supporters
        )
        self.supporter_list.add_requested.connect(lambda: self.edit_supporter(None))
        self.supporter_list.edit_requested.connect(self.edit_supporter)
        self.supporter_list.removed.connect(self._remove_supporter)
        supporters_layout.addWidget(self.supporter_list)
        sections.addWidget(supporters)

        crisis = QGroupBox(section_name("contingency"), content)
        crisis_form = QFormLayout(crisis)
        crisis_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        crisis_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.warning_signs = _text_edit(crisis, self.tr("Signs that things are going wrong"))
        self.what_i_do = _text_edit(crisis, self.tr("What I will do"))
        self.who_to_contact = _text_edit(crisis, self.tr("Who to contact"))
        self.crisis_numbers = _text_edit(crisis, self.tr("Numbers to call in a crisis"))
        self.crisis_errors: dict[str, FieldError] = {}
        for key, text, edit in (
            ("warning_signs", self.tr("S&igns that things are going wrong"), self.warning_signs),
            ("what_i_do", self.tr("What I &will do"), self.what_i_do),
            ("who_to_contact", self.tr("Who to &contact"), self.who_to_contact),
            ("crisis_numbers", self.tr("&Numbers to call in a crisis"), self.crisis_numbers),
        ):
            box, error = with_error(edit, crisis)
            self.crisis_errors[key] = error
            crisis_form.addRow(self._label(text, edit, crisis), box)
        sections.addWidget(crisis)
        sections.addStretch(1)
        scroll.setWidget(content)
        self.editor_scroll = scroll

        # The save bar stays in view below the sections.
        save_box = QWidget(page)
        save_layout = QVBoxLayout(save_box)
        save_layout.setContentsMargins(0, 0, 0, 0)
        self.dirty_label = QLabel(save_box)
        self.dirty_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save my plan…"), save_box)
        self.save_button.setAccessibleName(self.tr("Save my plan as a new version"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Undo my changes"), save_box)
        self.revert_button.setAccessibleName(self.tr("Undo my changes since the last save"))
        self.revert_button.clicked.connect(self.revert)
        buttons, flow = flow_row(save_box)
        flow.addWidget(self.save_button)
        flow.addWidget(self.revert_button)
        flow.addWidget(self.dirty_label)
        save_layout.addWidget(buttons)

        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addWidget(save_box)
        return page

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def _connect_dirty(self) -> None:
        for edit in (self.title, self.coordinator):
            edit.textEdited.connect(self._mark_dirty)
        for text in (self.warning_signs, self.what_i_do, self.who_to_contact, self.crisis_numbers):
            text.textChanged.connect(self._mark_dirty)
        self.has_review.toggled.connect(self._mark_dirty)
        self.review.dateChanged.connect(self._mark_dirty)
        self.matters.edited.connect(self._mark_dirty)
        self.goal_list.itemChanged.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.dirty_label.setText(
            self.tr("You have changes that are not saved yet.") if dirty else ""
        )
        self.revert_button.setEnabled(dirty)

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> PlanData:
        going = {}
        for chosen in vault.chosen_services.all():
            if chosen.action_id is not None:
                records = vault.attendance.for_chosen(chosen.id)
                went = sum(1 for r in records if r.attended)
                going[chosen.action_id] = (went, len(records) - went)
        return PlanData(vault.plans.history(), vault.goals.all(), going)

    def _show(self, data: PlanData) -> None:
        changed_elsewhere = (
            self._dirty and self._data is not None and data.current != self._data.current
        )
        self._data = data
        if not self._dirty:
            self._fill_form(data.current.plan if data.current is not None else CarePlan())
        else:
            self._fill_goals(self.checked_goal_ids())
            if changed_elsewhere:
                self.banner.show_message(
                    self.tr(
                        "Your plan was changed on another page. If you save, your plan will be "
                        "what "
                        "you see here."
                    ),
                    "info",
                )
        self._fill_history(data)

    def _fill_form(self, plan: CarePlan) -> None:
        self._filling = True
        try:
            self._base = plan
            self.title.setText(plan.title)
            self.coordinator.setText(plan.coordinator)
            self.has_review.setChecked(plan.review_date is not None)
            self.review.setEnabled(plan.review_date is not None)
            if plan.review_date is not None:
                self.review.setDate(_qdate(plan.review_date))
            self.matters.set_items(plan.what_matters)
            self._fill_goals(set(plan.goal_ids))
            self._actions = list(plan.actions)
            self._supporters = list(plan.supporters)
            self._show_items()
            c = plan.contingency
            self.warning_signs.setPlainText(c.warning_signs)
            self.what_i_do.setPlainText(c.what_i_do)
            self.who_to_contact.setPlainText(c.who_to_contact)
            self.crisis_numbers.setPlainText(c.crisis_numbers)
        finally:
            self._filling = False
        self._set_dirty(False)

    def _fill_goals(self, checked: set[UUID]) -> None:
        goals = self._data.goals if self._data is not None else []
        self._filling, was = True, self._filling
        try:
            self.goal_list.clear()
            for goal in goals:
                item = QListWidgetItem(f"{goal.title} ({wording.status_name(goal.status)})")
                item.setData(ID_ROLE, goal.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if goal.id in checked else Qt.CheckState.Unchecked
                )
                self.goal_list.addItem(item)
            fit_height(self.goal_list, min_lines=2)
        finally:
            self._filling = was

    def checked_goal_ids(self) -> set[UUID]:
        found = set()
        for index in range(self.goal_list.count()):
            item = self.goal_list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                found.add(item.data(ID_ROLE))
        return found

    def _show_items(self) -> None:
        plan = CarePlan(actions=tuple(self._actions), supporters=tuple(self._supporters))
        lines = section_lines(plan, "actions", {})
        going = self._data.going if self._data is not None else {}
        for index, action in enumerate(self._actions):
            if action.id in going:
                went, missed = going[action.id]
                lines[index] += " · " + self.tr("went {went}, missed {missed}").format(
                    went=went, missed=missed
                )
        self.action_list.set_lines(lines)
        self.supporter_list.set_lines(section_lines(plan, "supporters", {}))

    def _clear(self) -> None:
        self._data = None
        self._base = None
        self._actions = []
        self._supporters = []
        self._filling = True
        try:
            for edit in (self.title, self.coordinator):
                edit.clear()
            for text in (
                self.warning_signs,
                self.what_i_do,
                self.who_to_contact,
                self.crisis_numbers,
            ):
                text.clear()
            self.has_review.setChecked(False)
            self.matters.set_items(())
            self.goal_list.clear()
            self.action_list.set_lines([])
            self.supporter_list.set_lines([])
            self.versions.clear()
            self.compare_old.clear()
            self.compare_new.clear()
            self.comparison.clear()
            self.changes_label.clear()
        finally:
            self._filling = False
        self._set_dirty(False)

    # -- actions and supporters ---------------------------------------------------------

    def _open(self, dialog: ActionDialog | SupporterDialog, done: Any) -> None:
        dialog.accepted.connect(lambda: done(dialog))
        self.show_dialog(dialog)

    def edit_action(self, row: int | None) -> None:
        goals = self._data.goals if self._data is not None else []
        original = self._actions[row] if row is not None else None

        def done(dialog: ActionDialog) -> None:
            if dialog.action is None:
                return
            if row is None:
                self._actions.append(dialog.action)
            else:
                self._actions[row] = dialog.action
            self._show_items()
            self._set_dirty(True)

        self._open(ActionDialog(goals, original, self), done)

    def _remove_action(self, row: int) -> None:
        del self._actions[row]
        self._show_items()
        self._set_dirty(True)

    def edit_supporter(self, row: int | None) -> None:
        original = self._supporters[row] if row is not None else None

        def done(dialog: SupporterDialog) -> None:
            if dialog.supporter is None:
                return
            if row is None:
                self._supporters.append(dialog.supporter)
            else:
                self._supporters[row] = dialog.supporter
            self._show_items()
            self._set_dirty(True)

        self._open(SupporterDialog(original, self), done)

    def _remove_supporter(self, row: int) -> None:
        del self._supporters[row]
        self._show_items()
        self._set_dirty(True)

    # -- saving -------------------------------------------------------------------------

    def _errors(self) -> dict[str, FieldError]:
        return {
            "title": self.title_error,
            "coordinator": self.coordinator_error,
            "review_date": self.review_error,
            "what_matters": self.matters.error,
            "goal_ids": self.goals_error,
            "actions": self.action_list.error,
            "supporters": self.supporter_list.error,
            **{f"contingency.{k}": v for k, v in self.crisis_errors.items()},
        }

    def build_plan(self) -> CarePlan | None:
        """The plan as the form shows it, validated; None with the problems shown."""
        errors = self._errors()
        for label in errors.values():
            label.clear_error()
        if not self._contingency_fits():
            return None
        base = self._base or CarePlan()
        order = [self.goal_list.item(i).data(ID_ROLE) for i in range(self.goal_list.count())]
        checked = self.checked_goal_ids()
        kept = [g for g in base.goal_ids if g in checked]
        goal_ids = (*kept, *(g for g in order if g in checked and g not in kept))
        data = base.model_dump()
        data.update(
            title=self.title.text(),
            coordinator=self.coordinator.text().strip(),
            review_date=_pydate(self.review) if self.has_review.isChecked() else None,
            what_matters=self.matters.items(),
            goal_ids=goal_ids,
            actions=tuple(a.model_dump() for a in self._actions),
            supporters=tuple(s.model_dump() for s in self._supporters),
            contingency=Contingency(
                warning_signs=self.warning_signs.toPlainText(),
                what_i_do=self.what_i_do.toPlainText(),
                who_to_contact=self.who_to_contact.toPlainText(),
                crisis_numbers=self.crisis_numbers.toPlainText(),
            ).model_dump(),
        )
        try:
            return CarePlan.model_validate(data)
        except ValidationError as exc:
            self._show_errors(field_errors(exc), errors)
            return None

    def _contingency_fits(self) -> bool:
        try:
            Contingency(
                warning_signs=self.warning_signs.toPlainText(),
                what_i_do=self.what_i_do.toPlainText(),
                who_to_contact=self.who_to_contact.toPlainText(),
                crisis_numbers=self.crisis_numbers.toPlainText(),
            )
        except ValidationError as exc:
            self._show_errors(
                {f"contingency.{k}": v for k, v in field_errors(exc).items()}, self._errors()
            )
            return False
        return True

    def _show_errors(self, problems: dict[str, str], errors: dict[str, FieldError]) -> None:
        first: QWidget | None = None
        for key, message in problems.items():
            parts = key.split(".")
            label = (
                errors.get(key)
                or errors.get(".".join(parts[:2]))
                or errors.get(parts[0])
                or self.title_error
            )
            label.show_error(message)
            first = first or label.field
        if first is not None:
            self.editor_scroll.ensureWidgetVisible(first)
            first.setFocus()

    def save(self) -> None:
        """Check the plan, then ask who agreed it and what changed, then save a version."""
        plan = self.build_plan()
        if plan is None:
            self.banner.show_message(self.tr("Please check the parts marked below."), "error")
            return
        dialog = SaveVersionDialog(self)
        dialog.accepted.connect(lambda: self._save_version(plan, dialog))
        self.show_dialog(dialog)

    def _save_version(self, plan: CarePlan, dialog: SaveVersionDialog) -> None:
        who, on, note = dialog.agreed_with_value, dialog.agreed_on_value, dialog.change_note_value
        if self._base is not None and plan == self._base and not who and not note.strip():
            self.banner.show_message(
                self.tr("Nothing has changed, so there is nothing to save."), "info", seconds=6
            )
            return

        def saved(version: PlanVersion) -> None:
            self._set_dirty(False)
            self.banner.show_message(
                self.tr("Your plan is saved as version {n}.").format(n=version.version),
                "success",
                seconds=8,
            )

        self.call(
            lambda vault: vault.plans.save(plan, agreed_with=who, agreed_on=on, change_note=note),
            saved,
            changes="plan",
        )

    def revert(self) -> None:
        self._set_dirty(False)
        if self._data is not None:
            current = self._data.current
            self._fill_form(current.plan if current is not None else CarePlan())
        self.banner.show_message(self.tr("Your changes were undone."), "info", seconds=6)
