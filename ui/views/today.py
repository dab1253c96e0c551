"""Today: what is due, a quick log for each tracker, the next plan review and gentle streaks.

Quick log is built for one or two keystrokes: type a number and press Enter; press Y or N for a
yes/no tracker; a digit and Enter for a 0 to 10 scale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointment import Appointment
from planner.domain.base import now as utc_now
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.services import doses as dose_service
from planner.services.today import DueItem, Today, TrackerToday, today
from planner.vault import Vault
from ui.dialogs.tracker import TrackerDialog, save_new_tracker
from ui.read_only import mark_writes
from ui.session import Session
from ui.views.appointments import appointment_words
from ui.views.base import FeatureView, bold, heading, paragraph
from ui.views.social_data import ChosenLine, today_sessions
from ui.widgets import wording
from ui.widgets.banner import announce
from ui.widgets.doses import DoseActions, DoseLine, today_lines
from ui.widgets.going import GoingActions
from ui.widgets.lists import fit_height
from ui.widgets.responsive import ResponsiveBox, flow_row
from ui.widgets.wrapping import wrap_rows

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class TodayData:
    today: Today
    trackers: list[Tracker]  # the same order as today.trackers
    latest: dict[UUID, LogEntry]  # each tracker's newest entry, if any
    doses: list[DoseLine] = field(default_factory=list)  # today's medicines
    appointments: list[Appointment] = field(default_factory=list)  # the next two weeks
    sessions: list[ChosenLine] = field(default_factory=list)  # community support today


class YesNoInput(QWidget):
    """Two buttons; with either focused, Y or N answers at once (one keystroke)."""

    answered = Signal(str)  # "yes" or "no"

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.yes = QPushButton(self.tr("Yes"), self)
        self.no = QPushButton(self.tr("No"), self)
        self.yes.setAccessibleName(self.tr("{label}: yes").format(label=label))
        self.no.setAccessibleName(self.tr("{label}: no").format(label=label))
        hint = self.tr("Press Y for yes or N for no.")
        self.yes.setAccessibleDescription(hint)
        self.no.setAccessibleDescription(hint)
        self.yes.setAutoDefault(False)
        self.no.setAutoDefault(False)
        self.yes.clicked.connect(lambda: self.answered.emit("yes"))
        self.no.clicked.connect(lambda: self.answered.emit("no"))
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        for button in (self.yes, self.no):
            button.installEventFilter(self)
        self.setFocusProxy(self.yes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if event.key() == Qt.Key.Key_Y:
                self.answered.emit("yes")
                return True
            if event.key() == Qt.Key.Key_N:
                self.answered.emit("no")
                return True
        return False


class QuickLogRow(QObject):
    """One tracker's line in the quick log: name, input, last value and streak, feedback."""

    submitted = Signal(object, str)  # (row, what was typed)

    def __init__(self, tracker: Tracker, parent: QWidget) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.name = QLabel(tracker.label, parent)
        bold(self.name)
        self.name.setWordWrap(True)
        self.field: QLineEdit | None = None
        self.yes_no: YesNoInput | None = None
        self.save: QPushButton | None = None
        if tracker.kind is TrackerKind.YES_NO:
            self.yes_no = YesNoInput(tracker.label, parent)
            self.yes_no.answered.connect(lambda raw: self.submitted.emit(self, raw))
            self.input: QWidget = self.yes_no
        else:
            field = QLineEdit(parent)
            self.field = field
            if tracker.kind is TrackerKind.SCALE:
                field.setValidator(QIntValidator(0, 10, field))
                field.setMaxLength(2)
                field.setPlaceholderText(self.tr("0 to 10"))
                hint = self.tr("Type a number from 0 to 10 and press Enter.")
            elif tracker.kind is TrackerKind.NUMERIC:
                field.setPlaceholderText(self.tr("Number in {unit}").format(unit=tracker.unit))
                hint = self.tr("Type a number and press Enter.")
            else:
                field.setMaxLength(5000)
                field.setPlaceholderText(self.tr("A few words"))
                hint = self.tr("Write a few words and press Enter.")
            field.setAccessibleName(self.tr("Log {label}").format(label=tracker.label))
            field.setAccessibleDescription(hint)
            field.setToolTip(hint)
            field.returnPressed.connect(lambda: self.submitted.emit(self, field.text()))
            self.save = QPushButton(self.tr("Save"), parent)
            self.save.setAccessibleName(self.tr("Save {label}").format(label=tracker.label))
            self.save.setAutoDefault(False)
            self.save.clicked.connect(lambda: self.submitted.emit(self, field.text()))
            self.input = field
        self.name.setBuddy(self.input)
        # Writes: greyed out with the reason when the profile is read-only (a view grant, #24).
        mark_writes(*(w for w in (self.input, self.save) if w is not None))
        self.field_cell = QWidget(parent)
        cell = QHBoxLayout(self.field_cell)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.addWidget(self.input, 1)
        if self.save is not None:
            cell.addWidget(self.save)
        self.info = QWidget(parent)
        info = QVBoxLayout(self.info)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(0)
        self.last = QLabel(self.info)
        self.last.setWordWrap(True)
        self.status = QLabel(self.info)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        info.addWidget(self.last)
        info.addWidget(self.status)

    def cells(self) -> tuple[QWidget, QWidget, QWidget]:
        """(name, field with its Save button, last value and feedback)."""
        return self.name, self.field_cell, self.info

    def show_state(self, state: TrackerToday, latest: LogEntry | None) -> None:
        parts = []
        if latest is not None:
            text = wording.value_text(self.tracker, latest.value, latest.text)
            parts.append(self.tr("Last: {value}").format(value=_short(text)))
            if latest.author:
                parts.append(wording.entered_by(latest.author))
        parts.append(streak_words(state))
        self.last.setText("\n".join(p for p in parts if p))
        if self.field is not None:
            self.field.setAccessibleDescription(
                f"{self.field.toolTip()} {self.last.text()}".strip()
            )


def _short(text: str, limit: int = 60) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def streak_words(state: TrackerToday) -> str:
    """Kind words: praise a run, never scold a gap."""
    if state.streak >= 2:
        return QCoreApplication.translate(
            "TodayView", "%n days in a row. Well done!", None, state.streak
        )
    if state.logged_today:
        return QCoreApplication.translate("TodayView", "Done for today.")
    return ""


class TodayView(FeatureView[TodayData]):
    WATCHES = frozenset(
        {
            "logs",
            "trackers",
            "plan",
            "reminders",
            "questionnaires",
            "goals",
            "medicines",
            "doses",
            "appointments",
            "attendance",
        }
    )

    navigate_requested = Signal(str, str)  # (view key, detail), e.g. ("checkins", "PHQ9")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Today"))
        self.rows: dict[UUID, QuickLogRow] = {}

        self.title = heading(self.tr("Today"), self)
        self._narrow = False

        # Quick log
        self.log_box = QGroupBox(self.tr("Log today"), self)
        self.log_box.setAccessibleName(self.tr("Log today"))
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addWidget(
            paragraph(
                self.tr("Type a value and press Enter. For yes or no, press Y or N."), self.log_box
            )
        )
        self.grid_host = QWidget(self.log_box)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid_host.installEventFilter(self)
        log_layout.addWidget(self.grid_host)
        self.empty_trackers = paragraph(self.tr("You are not tracking anything yet."), self.log_box)
        self.empty_trackers.setVisible(False)
        log_layout.addWidget(self.empty_trackers)
        self.new_tracker_button = QPushButton(self.tr("Track something &new…"), self.log_box)
        self.new_tracker_button.setAccessibleName(self.tr("Start tracking something new"))
        self.new_tracker_button.clicked.connect(self.new_tracker)
        new_row, flow = flow_row(self.log_box)
        flow.addWidget(self.new_tracker_button)
        log_layout.addWidget(new_row)
        log_layout.addStretch(1)

        # Due today
        self.due_box = QGroupBox(self.tr("To do today"), self)
        due_layout = QVBoxLayout(self.due_box)
        self.due_list = QListWidget(self.due_box)
        self.due_list.setAccessibleName(self.tr("Things to do today"))
        self.due_list.setAccessibleDescription(self.tr("Press Enter on a check-in to start it."))
        wrap_rows(self.due_list)
        self.due_list.itemActivated.connect(self._due_activated)
        self.nothing_due = paragraph(self.tr("Nothing else is planned for today."), self.due_box)
        self.nothing_due.setVisible(False)
        due_layout.addWidget(self.due_list)
        due_layout.addWidget(self.nothing_due)

        # Plan and goals
        self.plan_box = QGroupBox(self.tr("My plan"), self)
        plan_layout = QVBoxLayout(self.plan_box)
        self.review = paragraph("", self.plan_box)
        self.review.setAccessibleName(self.tr("Next plan review"))
        self.goals = paragraph("", self.plan_box)
        self.goals.setAccessibleName(self.tr("Goals"))
        self.open_plan = QPushButton(self.tr("Open my pl&an"), self.plan_box)
        self.open_plan.setAccessibleName(self.tr("Open my care and support plan"))
        self.open_plan.clicked.connect(lambda: self.navigate_requested.emit("plan", ""))
        self.open_goals = QPushButton(self.tr("See my g&oals"), self.plan_box)
        self.open_goals.setAccessibleName(self.tr("See my goals"))
        self.open_goals.clicked.connect(lambda: self.navigate_requested.emit("goals", ""))
        plan_layout.addWidget(self.review)
        plan_layout.addWidget(self.goals)
        buttons, flow = flow_row(self.plan_box)
        flow.addWidget(self.open_plan)
        flow.addWidget(self.open_goals)
        plan_layout.addWidget(buttons)

        # Medicines and appointments
        self.meds_box = QGroupBox(self.tr("Medicines today"), self)
        self.doses = DoseActions(self, self.meds_box)
        self.open_medicines = QPushButton(self.tr("Open my me&dicines"), self.meds_box)
        self.open_medicines.setAccessibleName(self.tr("Open my medicines"))
        self.open_medicines.clicked.connect(lambda: self.navigate_requested.emit("medicines", ""))
        meds_layout = QVBoxLayout(self.meds_box)
        meds_layout.addWidget(self.doses)
        meds_row, flow = flow_row(self.meds_box)
        flow.addWidget(self.open_medicines)
        meds_layout.addWidget(meds_row)
        self.going_box = QGroupBox(self.tr("Community support today"), self)
        self.going = GoingActions(self, False, self.going_box)
        self.open_social = QPushButton(self.tr("Open &community support"), self.going_box)
        self.open_social.setAccessibleName(self.tr("Open community support"))
        self.open_social.clicked.connect(lambda: self.navigate_requested.emit("social", ""))
        going_layout = QVBoxLayout(self.going_box)
        going_layout.addWidget(self.going)
        going_row, flow = flow_row(self.going_box)
        flow.addWidget(self.open_social)
        going_layout.addWidget(going_row)
        self.visits_box = QGroupBox(self.tr("Appointments coming up"), self)
        self.visits = QListWidget(self.visits_box)
        self.visits.setAccessibleName(self.tr("Appointments in the next two weeks"))
        self.visits.setAccessibleDescription(
            self.tr("Press Enter to see the questions you want to ask.")
        )
        wrap_rows(self.visits)
        self.visits.itemActivated.connect(
            lambda _item: self.navigate_requested.emit("appointments", "")
        )
        self.no_visits = paragraph(
            self.tr("No appointments in the next two weeks."), self.visits_box
        )
        self.open_visits = QPushButton(self.tr("A&ll my appointments"), self.visits_box)
        self.open_visits.setAccessibleName(self.tr("Open all my appointments"))
        self.open_visits.clicked.connect(lambda: self.navigate_requested.emit("appointments", ""))
        visits_layout = QVBoxLayout(self.visits_box)
        visits_layout.addWidget(self.visits)
        visits_layout.addWidget(self.no_visits)
        visits_row, flow = flow_row(self.visits_box)
        flow.addWidget(self.open_visits)
        visits_layout.addWidget(visits_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        self.columns = ResponsiveBox(min_chars=100)
        self.columns.addWidget(self.log_box, 3)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.meds_box)
        side_layout.addWidget(self.going_box)
        side_layout.addWidget(self.visits_box)
        side_layout.addWidget(self.due_box)
        side_layout.addWidget(self.plan_box)
        side_layout.addStretch(1)
        self.columns.addWidget(side, 2)
        layout.addLayout(self.columns)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid_host and event.type() == QEvent.Type.Resize:
            chars = self.fontMetrics().averageCharWidth()
            width = self.grid_host.width()
            narrow = width < 60 * chars if not self._narrow else width < 64 * chars
            if narrow != self._narrow:
                self._narrow = narrow
                self._place_rows()
        return False

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> TodayData:
        trackers = vault.trackers.all()
        latest = {t.id: e for t in trackers if (e := vault.logs.latest(t.id)) is not None}
        moment = utc_now()
        dose_service.mark_missed(vault, moment)
        medicines = vault.medicines.all(include_stopped=False)
        return TodayData(
            today(vault),
            trackers,
            latest,
            today_lines(vault, moment, medicines),
            dose_service.upcoming_appointments(vault, moment, timedelta(days=14)),
            today_sessions(vault),
        )

    def _show(self, data: TodayData) -> None:
        state = data.today
        self.title.setText(self.tr("Today, {day}").format(day=wording.long_day(state.day)))
        self.title.setAccessibleName(self.title.text())
        self._show_trackers(data.trackers, state.trackers, data.latest)
        self._show_due(state.due)
        self.doses.set_lines(data.doses)
        self.meds_box.setVisible(bool(data.doses))
        self.going.set_lines(data.sessions)
        self.going_box.setVisible(bool(data.sessions))
        self._show_visits(data.appointments)
        if state.review is None:
            self.review.setText(self.tr("No review date is set. You can add one in your plan."))
        elif state.review.overdue:
            self.review.setText(
                self.tr(
                    "Your plan review was due on {day}. You could ask your care coordinator "
                    "to book one."
                ).format(day=wording.day(state.review.on))
            )
        else:
            self.review.setText(
                self.tr("Your next plan review is on {day} ({when}).").format(
                    day=wording.day(state.review.on), when=wording.days_away(state.review.days_left)
                )
            )
        if state.active_goals == 1:
            self.goals.setText(self.tr("You are working on 1 goal."))
        elif state.active_goals:
            self.goals.setText(self.tr("You are working on %n goals.", None, state.active_goals))
        else:
            self.goals.setText(self.tr("You have no goals on the go. You can add one any time."))

    def _show_trackers(
        self, trackers: list[Tracker], states: list[TrackerToday], latest: dict[UUID, LogEntry]
    ) -> None:
        ids = [t.id for t in trackers]
        if ids != list(self.rows) or any(
            self.rows[t.id].tracker != t for t in trackers if t.id in self.rows
        ):
            self._rebuild_rows(trackers)
        by_key = {s.key: s for s in states}
        for tracker in trackers:
            state = by_key.get(tracker.key)
            if state is not None:
                self.rows[tracker.id].show_state(state, latest.get(tracker.id))
        self.empty_trackers.setVisible(not trackers)

    def _rebuild_rows(self, trackers: list[Tracker]) -> None:
        for row in self.rows.values():
            for widget in row.cells():
                self.grid.removeWidget(widget)
                widget.deleteLater()
            row.deleteLater()
        self.rows = {}
        previous: QWidget | None = None
        for tracker in trackers:
            row = QuickLogRow(tracker, self.grid_host)
            row.submitted.connect(self._submit)
            self.rows[tracker.id] = row
            focusables: list[QWidget] = (
                [row.yes_no.yes, row.yes_no.no]
                if row.yes_no is not None
                else [row.input] + ([row.save] if row.save is not None else [])
            )
            for widget in focusables:
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        self._place_rows()

    def _place_rows(self) -> None:
        """Name, field and words side by side; or, when text is big, one under the other."""
        for row in self.rows.values():
            for widget in row.cells():
                self.grid.removeWidget(widget)
        line = 0
        for row in self.rows.values():
            name, field, info = row.cells()
            if self._narrow:
                self.grid.addWidget(name, line, 0, 1, 3)
                self.grid.addWidget(field, line + 1, 0, 1, 3)
                self.grid.addWidget(info, line + 2, 0, 1, 3)
                line += 3
            else:
                self.grid.addWidget(name, line, 0, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(field, line, 1, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(info, line, 2)
                line += 1

    def _show_due(self, items: list[DueItem]) -> None:
        self.due_list.clear()
        for item in items:
            if item.kind == "check-in":
                text = self.tr("Check-in: {name}. Press Enter to start.").format(
                    name=wording.instrument_name(item.ref)
                )
            elif item.kind == "reminder" and item.at is not None:
                text = self.tr("{time} {title}").format(
                    time=item.at.strftime("%H:%M"), title=item.title
                )
            else:
                text = item.title
            entry = QListWidgetItem(text)
            entry.setData(KIND_ROLE, item.kind)
            entry.setData(REF_ROLE, item.ref)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.due_list.addItem(entry)
        self.due_list.setVisible(bool(items))
        self.nothing_due.setVisible(not items)
        fit_height(self.due_list, min_lines=2, max_lines=12)

    def _show_visits(self, appointments: list[Appointment]) -> None:
        self.visits.clear()
        for appointment in appointments:
            text = appointment_words(appointment)
            if appointment.questions:
                text += "\n" + self.tr("Questions to ask: {questions}").format(
                    questions="; ".join(appointment.questions)
                )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.visits.addItem(entry)
        self.visits.setVisible(bool(appointments))
        self.no_visits.setVisible(not appointments)
        fit_height(self.visits, min_lines=8, max_lines=12)

    def _clear(self) -> None:
        self._rebuild_rows([])
        self.doses.clear()
        self.going.clear()
        self.visits.clear()
        self.due_list.clear()
        self.review.clear()
        self.goals.clear()
        self.title.setText(self.tr("Today"))

    # -- actions ------------------------------------------------------------------------

    def _due_activated(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "check-in":
            self.navigate_requested.emit("checkins", str(item.data(REF_ROLE)))
        elif item.data(KIND_ROLE) == "action":
            self.navigate_requested.emit("plan", str(item.data(REF_ROLE)))

    def new_tracker(self) -> None:
        dialog = TrackerDialog(self)
        dialog.accepted.connect(lambda: self._save_tracker(dialog))
        self.show_dialog(dialog)

    def _save_tracker(self, dialog: TrackerDialog) -> None:
        tracker = dialog.tracker
        if tracker is None:
            return

        def saved(made: Tracker) -> None:
            self.banner.show_message(
                self.tr("You can now log {label} here each day.").format(label=made.label),
                "success",
                seconds=8,
            )

        self.call(lambda vault: save_new_tracker(vault, tracker), saved, changes="trackers")

    def row(self, key: str) -> QuickLogRow:
        """The quick log row of the tracker with this key (e.g. "weight")."""
        for row in self.rows.values():
            if row.tracker.key == key:
                return row
        raise KeyError(key)

    def _submit(self, row: QuickLogRow, raw: str) -> None:
        tracker = row.tracker
        if not raw.strip():
            return
        if tracker.kind in (TrackerKind.NUMERIC, TrackerKind.SCALE):
            raw = wording.typed_number(raw)
        try:
            entry = LogEntry.for_tracker(tracker, raw)
        except ValueError as exc:
            message = str(exc)
            row.status.setText(message[0].upper() + message[1:] + ".")
            row.input.setAccessibleDescription(row.status.text())
            announce(row.status)
            return
        shown = wording.value_text(tracker, entry.value, entry.text)

        def saved(_result: object) -> None:
            if row.field is not None:
                row.field.clear()
            row.status.setText(self.tr("Saved: {value}.").format(value=_short(shown)))
            announce(row.status)

        row.status.setText(self.tr("Saving…"))
        self.call(lambda vault: vault.logs.add(entry), saved, changes="logs")
