"""Community support (social prescribing), end to end: my referral and the "what matters to me"
conversation; support found in the cached directory (offline) and added to my plan; going, or
not this time; and whether it helped (ONS4 check-ins at the start and after some weeks, the
change per question once there are two), with FFT feedback on a service and a one-page summary
for my link worker.

The questions (what is due, what changed, the plan action a service becomes) are answered by
`planner.services.social`; the directory is searched by `sync.directory`. Server text (the
directory) is shown as plain text only, never as rich text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import Goal, GoalStatus
from planner.domain.plan import Action, Supporter
from planner.domain.social import Attendance, ChosenService, SocialReferral
from planner.services import social as social_service
from planner.vault import Vault
from sync import consent, directory, outbox
from sync.protocol import LONDON_BOROUGHS, Service
from ui.dialogs.social import (
    AddServiceDialog,
    AttendanceDialog,
    ReferralDialog,
    reason_name,
    referred_by_name,
    weeks_words,
)
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.bars import Bar, BarChart
from ui.widgets.lists import fit_height
from ui.widgets.responsive import ResponsiveBox, flow_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MONTHS_SHOWN = 6


@dataclass(frozen=True)
class ChosenLine:
    """A service I chose, its plan action and every session recorded (oldest first)."""

    chosen: ChosenService
    action: Action | None
    records: list[Attendance]

    def on(self, day: date) -> Attendance | None:
        return next((r for r in self.records if r.on == day), None)


@dataclass(frozen=True)
class SocialData:
    referrals: list[SocialReferral]  # newest first
    supporters: dict[UUID, Supporter]
    chosen: list[ChosenLine]
    goals: list[Goal]
    services: list[Service]
    borough: str | None
    checkins: list[social_service.CheckIn] = field(default_factory=list)  # of the newest
    due: social_service.CheckIn | None = None  # the ONS4 check-in to offer now
    change: social_service.Outcome | None = None  # None: fewer than two check-ins
    feedback_agreed: bool = False
    today: date = field(default_factory=date.today)


def chosen_lines(vault: Vault) -> list[ChosenLine]:
    plan = vault.plans.current()
    actions = {a.id: a for a in plan.plan.actions} if plan else {}
    return [
        ChosenLine(
            c,
            actions.get(c.action_id) if c.action_id else None,
            sorted(vault.attendance.for_chosen(c.id), key=lambda a: a.on),
        )
        for c in sorted(vault.chosen_services.all(), key=lambda c: c.name.casefold())
    ]


def _isolated(words: str) -> str:
    """The person's own words, on a line of their own below the translated label: English
    typed into an Urdu line otherwise ran off the label's left edge when it wrapped (Qt lays
    a wrapped mixed-direction line out wider than the label)."""
    return f"\n{words}"


def load_social(vault: Vault) -> SocialData:
    """Everything the Community support screen shows (runs in the worker)."""
    plan = vault.plans.current()
    person = vault.person.get()
    referrals = sorted(vault.referrals.all(), key=lambda r: r.referred_on, reverse=True)
    today = date.today()
    return SocialData(
        referrals=referrals,
        supporters={s.id: s for s in plan.plan.supporters} if plan else {},
        chosen=chosen_lines(vault),
        goals=vault.goals.all({GoalStatus.ACTIVE}),
        services=directory.services(vault),
        borough=person.borough if person else None,
        checkins=social_service.checkins(vault, referrals[0], today) if referrals else [],
        due=due[1] if (due := social_service.checkin_due(vault, today)) else None,
        change=social_service.outcome(vault, referrals[0], today) if referrals else None,
        feedback_agreed=consent.has_consent(vault, "feedback"),
        today=today,
    )


def today_sessions(vault: Vault, day: date | None = None) -> list[ChosenLine]:
    """The services whose plan action falls on `day` (Today's "Community support" box)."""
    on = day or date.today()
    found = []
    for line in chosen_lines(vault):
        action = line.action
        if action is None or action.done:
            continue
        due = action.recurrence.occurs_on(on) if action.recurrence is not None else action.due == on
        if due or line.on(on) is not None:
            found.append(line)
    return found


def record_attendance(vault: Vault, chosen: ChosenService, attendance: Attendance) -> None:
    """One record per service and day: saying again on the same day (I went, after all)
    replaces the first."""
    for old in vault.attendance.for_chosen(chosen.id):
        if old.on == attendance.on:
            vault.attendance.delete(old.id)
    social_service.record_attendance(
        vault,
        chosen,
        attendance.on,
        attended=attendance.attended,
        reason=attendance.reason,
        note=attendance.note,
    )


def attendance_words(record: Attendance | None) -> str:
    if record is None:
        return QCoreApplication.translate("SocialView", "not recorded yet")
    if record.attended:
        return QCoreApplication.translate("SocialView", "I went")
    if record.reason is not None:
        return QCoreApplication.translate("SocialView", "not this time ({reason})").format(
            reason=reason_name(record.reason)
        )
    return QCoreApplication.translate("SocialView", "not this time")


def schedule_words(service: Service) -> str:
    """ "Wednesday 10:30 to 11:30. Meet at the lido entrance." per schedule, one a line."""
    lines = []
    for schedule in service.schedules:
        days = sorted(directory.weekdays(service.model_copy(update={"schedules": [schedule]})))
        parts = []
        if len(days) == 7:
            parts.append(QCoreApplication.translate("SocialView", "Every day"))
        elif days:
            parts.append(", ".join(wording.weekday_name(d) for d in days))
        if schedule.opens_at and schedule.closes_at:
            parts.append(
                QCoreApplication.translate("SocialView", "{start} to {end}").format(
                    start=schedule.opens_at[:5], end=schedule.closes_at[:5]
                )
            )
        text = " ".join(parts)
        if schedule.description:
            text = f"{text}. {schedule.description}" if text else schedule.description
        if text:
            lines.append(text)
    return "\n".join(lines)


def service_details(service: Service) -> str:
    """A service's details as plain text (never rich text: the words come from a server)."""

    def part(title: str, text: str | None) -> str:
        return f"{title}\n{text.strip()}" if text and text.strip() else ""

    places, getting_there, access = [], [], []
    for at in service.service_at_locations:
        place = at.location
        for address in place.addresses:
            words = [address.address_1, address.address_2, address.city, address.postal_code]
            places.append(", ".join(w for w in words if w))
        if place.name and not place.addresses:
            places.append(place.name)
        if place.transportation:
            getting_there.append(place.transportation)
        for note in place.accessibility:
            access.append(" ".join(w for w in (note.description, note.details) if w))
    costs = [
        " ".join(w for w in (c.option, c.amount_description) if w)
        or (
            QCoreApplication.translate("SocialView", "£{amount}").format(amount=f"{c.amount:.2f}")
            if c.amount
            else ""
        )
        for c in service.cost_options
    ]
    kind = directory.cost(service)
    cost_word = {
        directory.FREE: QCoreApplication.translate("SocialView", "Free"),
        directory.PAID: QCoreApplication.translate("SocialView", "There is a cost"),
    }.get(kind or "", QCoreApplication.translate("SocialView", "Not known: ask the service"))
    contact = [w for w in (service.email, service.url, service.organization.website) if w]
    sections = [
        service.name,
        part(QCoreApplication.translate("SocialView", "What happens"), service.description),
        part(QCoreApplication.translate("SocialView", "Run by"), service.organization.name),
        part(QCoreApplication.translate("SocialView", "When"), schedule_words(service)),
        part(QCoreApplication.translate("SocialView", "Where"), "\n".join(places)),
        part(
            QCoreApplication.translate("SocialView", "How to get there"), "\n".join(getting_there)
        ),
        part(
            QCoreApplication.translate("SocialView", "Cost"),
            "\n".join([cost_word, *[c for c in costs if c]]),
        ),
        part(QCoreApplication.translate("SocialView", "Contact"), "\n".join(contact)),
        part(
            QCoreApplication.translate("SocialView", "Accessibility"),
            "\n".join(access)
            or QCoreApplication.translate("SocialView", "No notes given: ask the service."),
        ),
        part(
            QCoreApplication.translate("SocialView", "Kind of support"),
            ", ".join(t.name for t in service.taxonomy_terms),
        ),
    ]
    return "\n\n".join(s for s in sections if s)


def months_back(today: date, count: int) -> list[tuple[int, int]]:
    """The last `count` (year, month) pairs, oldest first, ending with this month."""
    year, month = today.year, today.month
    found = []
    for _ in range(count):
        found.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(found))


class GoingActions(QWidget):
    """Services with "I went" and "Not this time": on Today (today's sessions, one click) and
    on Community support (every service I chose, any day). Records through its view's `call`
    and says what happened in the view's banner."""

    def __init__(
        self, view: FeatureView[Any], ask_day: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ask_day = ask_day
        self.lines: list[ChosenLine] = []
        self.day = date.today()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAccessibleName(
            self.tr("Community support I chose")
            if ask_day
            else self.tr("Community support sessions today")
        )
        self.list.setAccessibleDescription(self.tr("Choose a service, then say whether you went."))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.went_button = QPushButton(self.tr("I &went…") if ask_day else self.tr("I &went"), self)
        self.went_button.setAccessibleName(self.tr("Say that I went to the chosen service"))
        self.went_button.clicked.connect(self.went)
        self.missed_button = QPushButton(self.tr("&Not this time…"), self)
        self.missed_button.setAccessibleName(
            self.tr("Say that I did not go to the chosen service this time")
        )
        self.missed_button.clicked.connect(self.missed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        row, flow = flow_row(self)
        flow.addWidget(self.went_button)
        flow.addWidget(self.missed_button)
        layout.addWidget(row)
        self._update_buttons()

    def set_lines(self, lines: list[ChosenLine], day: date | None = None) -> None:
        keep = self.selected()
        self.day = day or date.today()
        self.lines = lines
        self.list.clear()
        for line in lines:
            if self.ask_day:
                went = sum(1 for r in line.records if r.attended)
                text = self.tr("{name}: went {count} times so far").format(
                    name=line.chosen.name, count=went
                )
            else:
                text = self.tr("{name}: {state}").format(
                    name=line.chosen.name, state=attendance_words(line.on(self.day))
                )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, line.chosen.id)
            self.list.addItem(item)
        fit_height(self.list, min_lines=1, max_lines=6)
        row = next(
            (i for i, line in enumerate(lines) if keep and line.chosen.id == keep.chosen.id), 0
        )
        if lines:
            self.list.setCurrentRow(row)
        self._update_buttons()

    def clear(self) -> None:
        self.lines = []
        self.list.clear()
        self._update_buttons()

    def selected(self) -> ChosenLine | None:
        row = self.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def select(self, chosen_id: UUID) -> None:
        for row, line in enumerate(self.lines):
            if line.chosen.id == chosen_id:
                self.list.setCurrentRow(row)

    def _update_buttons(self, *_args: object) -> None:
        enabled = self.selected() is not None
        self.went_button.setEnabled(enabled)
        self.missed_button.setEnabled(enabled)

    def went(self) -> None:
        line = self.selected()
        if line is None:
            return
        if not self.ask_day:
            self._save(Attendance(chosen_id=line.chosen.id, on=self.day, attended=True), line)
            return
        self._ask(line, attended=True)

    def missed(self) -> None:
        line = self.selected()
        if line is not None:
            self._ask(line, attended=False)

    def _ask(self, line: ChosenLine, attended: bool) -> None:
        dialog = AttendanceDialog(line.chosen.name, attended, self.view)
        if not self.ask_day:
            dialog.day.setEnabled(False)

        def done() -> None:
            self._save(
                Attendance(
                    chosen_id=line.chosen.id,
                    on=dialog.on,
                    attended=attended,
                    reason=dialog.reason,
                    note=dialog.note,
                ),
                line,
            )

        dialog.accepted.connect(done)
        self.view.show_dialog(dialog)

    def _save(self, attendance: Attendance, line: ChosenLine) -> None:
        name = line.chosen.name
        said = (
            self.tr("Saved: you went to {name}.")
            if attendance.attended
            else self.tr("Saved: not this time for {name}.")
        ).format(name=name)
        self.view.call(
            lambda vault: record_attendance(vault, line.chosen, attendance),
            lambda _r: self.view.banner.show_message(said, "success", seconds=6),
            changes="attendance",
        )


class SocialView(FeatureView[SocialData]):
    WATCHES = frozenset(
        {"referrals", "attendance", "plan", "goals", "questionnaires", "participation"}
    )

    navigate_requested = Signal(str, str)  # ("checkins", "ONS4")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Community support"))
        self.data: SocialData | None = None
        self._borough_set = False
        self._keep_chosen: UUID | None = None
        self._found: list[Service] = []

        intro = paragraph(
            self.tr(
                "Support in your community: groups, activities and advice a link worker or "
                "your GP can refer you to, or that you find yourself."
            ),
            self,
        )

        # My referral
        self.referral_box = QGroupBox(self.tr("My referral"), self)
        self.referral_text = paragraph("", self.referral_box)
        self.referral_text.setTextFormat(Qt.TextFormat.PlainText)
        self.referral_text.setAccessibleName(self.tr("About my referral"))
        self.referrals = QListWidget(self.referral_box)
        self.referrals.setWordWrap(True)
        self.referrals.setAccessibleName(self.tr("My referrals"))
        self.referrals.setAccessibleDescription(self.tr("Press Enter to change the referral."))
        self.referrals.itemActivated.connect(lambda _item: self.edit_referral())
        self.referrals.currentRowChanged.connect(self._referral_chosen)
        self.new_referral_button = QPushButton(self.tr("&Record a referral…"), self.referral_box)
        self.new_referral_button.setAccessibleName(self.tr("Record a new referral"))
        self.new_referral_button.clicked.connect(self.new_referral)
        self.edit_referral_button = QPushButton(self.tr("&Change…"), self.referral_box)
        self.edit_referral_button.setAccessibleName(self.tr("Change the chosen referral"))
        self.edit_referral_button.clicked.connect(self.edit_referral)
        referral_layout = QVBoxLayout(self.referral_box)
        referral_layout.addWidget(self.referral_text)
        referral_layout.addWidget(self.referrals)
        row, flow = flow_row(self.referral_box)
        flow.addWidget(self.new_referral_button)
        flow.addWidget(self.edit_referral_button)
        referral_layout.addWidget(row)

        # Find support
        self.find_box = QGroupBox(self.tr("Find support"), self)
        find = self.find_box
        self.need = QLineEdit(find)
        self.need.setAccessibleName(self.tr("Words to search for"))
        self.need.setPlaceholderText(self.tr("For example: walking, food, carers"))
        self.borough = QComboBox(find)
        self.borough.setAccessibleName(self.tr("Borough"))
        self.borough.addItem(self.tr("All of London"), "")
        for name in LONDON_BOROUGHS:
            self.borough.addItem(name, name)
        self.category = QComboBox(find)
        self.category.setAccessibleName(self.tr("Kind of support"))
        self.category.addItem(self.tr("Any kind of support"), "")
        self.weekday = QComboBox(find)
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        self.weekday.addItem(self.tr("Any day"), -1)
        for index in range(7):
            self.weekday.addItem(wording.weekday_name(index), index)
        self.cost = QComboBox(find)
        self.cost.setAccessibleName(self.tr("Cost"))
        self.cost.addItem(self.tr("Free or paid"), "")
        self.cost.addItem(self.tr("Free"), directory.FREE)
        self.cost.addItem(self.tr("Paid"), directory.PAID)
        self.need.textChanged.connect(self.search)
        for combo in (self.borough, self.category, self.weekday, self.cost):
            combo.currentIndexChanged.connect(self.search)
        need_label = QLabel(self.tr("&Search for"), find)
        need_label.setBuddy(self.need)
        self.found_note = paragraph("", find)
        self.found = QListWidget(find)
        self.found.setWordWrap(True)
        self.found.setAccessibleName(self.tr("Services found"))
        self.found.setAccessibleDescription(self.tr("Choose a service to read about it below."))
        self.found.currentRowChanged.connect(self._show_service)
        self.details = QPlainTextEdit(find)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("About the chosen service"))
        self.details.setMinimumHeight(self.fontMetrics().height() * 8)
        self.add_button = QPushButton(self.tr("&Add to my plan…"), find)
        self.add_button.setAccessibleName(self.tr("Add the chosen service to my plan"))
        self.add_button.clicked.connect(self.add_to_plan)
        find_layout = QVBoxLayout(find)
        find_layout.addWidget(need_label)
        find_layout.addWidget(self.need)
        filters, flow = flow_row(find)
        for combo in (self.borough, self.category, self.weekday, self.cost):
            flow.addWidget(combo)
        find_layout.addWidget(filters)
        find_layout.addWidget(self.found_note)
        find_layout.addWidget(self.found)
        find_layout.addWidget(self.details)
        row, flow = flow_row(find)
        flow.addWidget(self.add_button)
        find_layout.addWidget(row)

        # Going
        self.going_box = QGroupBox(self.tr("Going"), self)
        self.going = GoingActions(self, True, self.going_box)
        self.going.list.currentRowChanged.connect(self._chosen_changed)
        self.no_going = paragraph(
            self.tr("No services in your plan yet. Find one and choose Add to my plan."),
            self.going_box,
        )
        self.going_text = paragraph("", self.going_box)
        self.going_text.setTextFormat(Qt.TextFormat.PlainText)
        self.going_text.setAccessibleName(self.tr("Sessions of the chosen service"))
        self.chart = BarChart(self.tr("Sessions I went to, by month"), self.going_box)
        going_layout = QVBoxLayout(self.going_box)
        going_layout.addWidget(self.no_going)
        going_layout.addWidget(self.going)
        going_layout.addWidget(self.going_text)
        going_layout.addWidget(self.chart)

        # Did it help?
        self.help_box = QGroupBox(self.tr("Did it help?"), self)
        self.due_text = paragraph("", self.help_box)
        self.due_text.setAccessibleName(self.tr("Well-being check-ins"))
        self.checkin_button = QPushButton(self.tr("Start the we&ll-being check-in"), self.help_box)
        self.checkin_button.setAccessibleName(
            self.tr("Open the well-being check-in (ONS4) in Check-ins")
        )
        self.checkin_button.clicked.connect(
            lambda: self.navigate_requested.emit("checkins", "ONS4")
        )
        self.change_text = paragraph("", self.help_box)
        self.change_text.setAccessibleName(self.tr("What changed since the first check-in"))
        self.feedback_button = QPushButton(
            self.tr("Give &feedback on this service…"), self.help_box
        )
        self.feedback_button.setAccessibleName(
            self.tr("Give feedback on the chosen service (Friends and Family Test)")
        )
        self.feedback_button.clicked.connect(self.give_feedback)
        self.share_button = QPushButton(self.tr("Share what h&elped…"), self.help_box)
        self.share_button.setAccessibleName(
            self.tr("Share what changed for me with the chosen service's kind, with random noise")
        )
        self.share_button.clicked.connect(self.share_outcome)
        self.print_button = QPushButton(
            self.tr("Pr&int a summary for my link worker…"), self.help_box
        )
        self.print_button.setAccessibleName(
            self.tr("Save a one-page summary for my link worker as a PDF")
        )
        self.print_button.clicked.connect(self.print_summary)
        help_layout = QVBoxLayout(self.help_box)
        help_layout.addWidget(self.due_text)
        help_layout.addWidget(self.change_text)
        row, flow = flow_row(self.help_box)
        for button in (
            self.checkin_button, self.feedback_button, self.share_button, self.print_button
        ):
            flow.addWidget(button)
        help_layout.addWidget(row)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Community support"), self))
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        self.columns = ResponsiveBox(min_chars=100)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.referral_box)
        left_layout.addWidget(self.going_box)
        left_layout.addWidget(self.help_box)
        left_layout.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.find_box)
        right_layout.addStretch(1)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(right, 1)
        layout.addLayout(self.columns, 1)
        self._busy = False
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> SocialData:
        return load_social(vault)

    def _show(self, data: SocialData) -> None:
        self.data = data
        keep = self.referrals.currentRow()
        self.referrals.clear()
        for referral in data.referrals:
            item = QListWidgetItem(self.referral_line(referral))
            item.setData(ID_ROLE, referral.id)
            self.referrals.addItem(item)
        fit_height(self.referrals, min_lines=1, max_lines=4)
        self.referrals.setVisible(len(data.referrals) > 1)  # one is told in full above
        if data.referrals:
            self.referrals.setCurrentRow(max(0, min(keep, len(data.referrals) - 1)))
        else:
            self.referral_text.setText(
                self.tr(
                    "No referral recorded. If your GP or a link worker referred you to "
                    "community support, choose Record a referral."
                )
            )
        self._fill_filters(data)
        self.search()
        self.going.set_lines(data.chosen, data.today)
        self.no_going.setVisible(not data.chosen)
        self.going.setVisible(bool(data.chosen))
        self._chosen_changed()
        self._show_help(data)
        self._update_buttons()

    def _clear(self) -> None:
        self.data = None
        self.referrals.clear()
        self.referral_text.clear()
        self.found.clear()
        self.found_note.clear()
        self.details.clear()
        self.going.clear()
        self.going_text.clear()
        self.chart.set_bars([])
        self.due_text.clear()
        self.change_text.clear()
        self.need.clear()
        self._borough_set = False
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        data = self.data
        self.new_referral_button.setEnabled(data is not None)
        self.edit_referral_button.setEnabled(self.selected_referral() is not None)
        self.add_button.setEnabled(self.selected_service() is not None)
        line = self.going.selected()
        self.feedback_button.setEnabled(line is not None)
        self.share_button.setEnabled(line is not None)
        self.print_button.setEnabled(data is not None and bool(data.referrals) and not self._busy)

    # -- my referral ----------------------------------------------------------------------

    def referral_line(self, referral: SocialReferral) -> str:
        who = referred_by_name(referral.referred_by)
        if referral.referrer_name:
            who = f"{who} ({referral.referrer_name})"
        return self.tr("{day}: {who}").format(day=wording.day(referral.referred_on), who=who)

    def selected_referral(self) -> SocialReferral | None:
        row = self.referrals.currentRow()
        if self.data is None or not 0 <= row < len(self.data.referrals):
            return None
        return self.data.referrals[row]

    def _referral_chosen(self, *_args: object) -> None:
        referral = self.selected_referral()
        self._update_buttons()
        if referral is None or self.data is None:
            return
        parts = [self.referral_line(referral)]
        if referral.reason:
            parts.append(self.tr("Why: {reason}").format(reason=_isolated(referral.reason)))
        worker = (
            self.data.supporters.get(referral.link_worker_id) if referral.link_worker_id else None
        )
        if worker is not None:
            contact = ", ".join(p for p in (worker.phone, worker.email) if p)
            parts.append(
                self.tr("Link worker: {name}").format(name=worker.name)
                + (f" ({contact})" if contact else "")
            )
        if referral.what_matters:
            parts.append(
                self.tr("What matters to me: {words}").format(
                    words=_isolated(" · ".join(referral.what_matters.splitlines()))
                )
            )
        parts.append(
            self.tr("Well-being check-ins: {when}.").format(
                when=weeks_words(referral.checkin_weeks)
            )
        )
        self.referral_text.setText("\n".join(parts))

    def new_referral(self) -> None:
        if self.data is not None:
            self._open_referral(None)

    def edit_referral(self) -> None:
        referral = self.selected_referral()
        if referral is not None:
            self._open_referral(referral)

    def _open_referral(self, referral: SocialReferral | None) -> None:
        worker = None
        if referral is not None and referral.link_worker_id and self.data is not None:
            worker = self.data.supporters.get(referral.link_worker_id)
        dialog = ReferralDialog(referral, worker, self)
        dialog.accepted.connect(lambda: self._save_referral(dialog))
        self.show_dialog(dialog)

    def _save_referral(self, dialog: ReferralDialog) -> None:
        referral, worker = dialog.referral, dialog.link_worker
        if referral is None:
            return
        self.call(
            lambda vault: social_service.start_referral(vault, referral, link_worker=worker),
            lambda _r: self.banner.show_message(
                self.tr("Your referral is saved."), "success", seconds=6
            ),
            changes="referrals",
        )

    # -- find support ---------------------------------------------------------------------

    def _fill_filters(self, data: SocialData) -> None:
        if not self._borough_set and data.borough:
            index = self.borough.findData(data.borough)
            if index >= 0:
                self.borough.blockSignals(True)
                self.borough.setCurrentIndex(index)
                self.borough.blockSignals(False)
            self._borough_set = True
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Any kind of support"), "")
        for code, name in directory.categories(data.services):
            self.category.addItem(name.replace("&", "&&"), code)
        index = self.category.findData(chosen) if chosen else 0
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def search(self, *_args: object) -> None:
        data = self.data
        keep = self.selected_service()
        self.found.clear()
        if data is None:
            return
        if not data.services:
            self.found_note.setText(
                self.tr(
                    "No list of services on this computer yet. In Taking part, turn on "
                    '"Download the list of local services" and press Sync now once; after '
                    "that, searching works without the internet."
                )
            )
            self.found.setVisible(False)
            self.details.setVisible(False)
            self.add_button.setVisible(False)
            self._update_buttons()
            return
        day = self.weekday.currentData()
        found = directory.search(
            data.services,
            self.need.text(),
            self.borough.currentData() or None,
            category=self.category.currentData() or None,
            weekday=day if isinstance(day, int) and day >= 0 else None,
            costs=self.cost.currentData() or None,
        )
        self.found_note.setText(self.tr("Services found: {count}").format(count=len(found)))
        self.found.setVisible(bool(found))
        self.details.setVisible(bool(found))
        self.add_button.setVisible(True)
        self._found = found
        for service in found:
            item = QListWidgetItem(f"{service.name} ({service.borough})")
            item.setData(ID_ROLE, service.id)
            self.found.addItem(item)
        fit_height(self.found, min_lines=3, max_lines=8)
        row = next((i for i, s in enumerate(found) if keep and s.id == keep.id), 0)
        if found:
            self.found.setCurrentRow(row)
        self._show_service()

    def selected_service(self) -> Service | None:
        row = self.found.currentRow()
        found = self._found
        return found[row] if 0 <= row < len(found) and self.found.count() else None

    def select_service(self, service_id: str) -> bool:
        for row in range(self.found.count()):
            if self.found.item(row).data(ID_ROLE) == service_id:
                self.found.setCurrentRow(row)
                return True
        return False

    def _show_service(self, *_args: object) -> None:
        service = self.selected_service()
        self.details.setPlainText(service_details(service) if service else "")
        self._update_buttons()

    def add_to_plan(self) -> None:
        service = self.selected_service()
        if service is None or self.data is None:
            return
        dialog = AddServiceDialog(service.name, schedule_words(service), self.data.goals, self)
        dialog.accepted.connect(lambda: self._add(service, dialog))
        self.show_dialog(dialog)

    def _add(self, service: Service, dialog: AddServiceDialog) -> None:
        referral = self.data.referrals[0] if self.data and self.data.referrals else None
        goal_id = dialog.goal_id
        info = social_service.ServiceInfo.from_directory(service.model_dump(mode="json"))

        def add(vault: Vault) -> ChosenService:
            return social_service.add_service(
                vault, info, referral_id=referral.id if referral else None, goal_id=goal_id
            )

        def added(chosen: ChosenService) -> None:
            self._keep_chosen = chosen.id
            self.banner.show_message(
                self.tr("Added to your plan: {name}.").format(name=service.name),
                "success",
                seconds=6,
            )

        self.call(add, added, changes="plan")

    # -- going ----------------------------------------------------------------------------

    def _chosen_changed(self, *_args: object) -> None:
        keep = self._keep_chosen
        if keep is not None:
            self._keep_chosen = None
            self.going.select(keep)
        line = self.going.selected()
        self._update_buttons()
        if line is None or self.data is None:
            self.going_text.clear()
            self.chart.set_bars([])
            self.chart.setVisible(False)
            return
        went = [r for r in line.records if r.attended]
        missed = [r for r in line.records if not r.attended]
        parts = [line.chosen.name]
        if line.action is not None and line.action.recurrence is not None:
            parts.append(wording.repeat_text(line.action.recurrence))
        if line.records:
            parts.append(
                self.tr("Went {went} times, missed {missed}. Last time: {day}, {state}.").format(
                    went=len(went),
                    missed=len(missed),
                    day=wording.day(line.records[-1].on),
                    state=attendance_words(line.records[-1]),
                )
            )
            reasons = Counter(r.reason for r in missed if r.reason is not None)
            if reasons:
                parts.append(
                    self.tr("Why not: {reasons}").format(
                        reasons=", ".join(
                            f"{reason_name(reason)} ({count})"
                            for reason, count in reasons.most_common()
                        )
                    )
                )
        else:
            parts.append(self.tr("No sessions recorded yet."))
        self.going_text.setText("\n".join(parts))
        bars = []
        counts = {m.month: m for m in social_service.attendance_by_month(line.records)}
        for year, month in months_back(self.data.today, MONTHS_SHOWN):
            found = counts.get(date(year, month, 1))
            went_n = found.went if found else 0
            all_n = went_n + (found.missed if found else 0)
            label = QLocale().toString(QDate(year, month, 1), "MMM yyyy")
            bars.append(
                Bar(
                    label,
                    float(went_n),
                    self.tr("went {went} of {all}").format(went=went_n, all=all_n),
                )
            )
        self.chart.set_bars(bars, maximum=max(4.0, *(b.value or 0.0 for b in bars)))
        self.chart.setAccessibleName(
            self.tr("Sessions of {name} I went to, by month").format(name=line.chosen.name)
        )
        self.chart.setVisible(True)

    # -- did it help? ---------------------------------------------------------------------

    def _show_help(self, data: SocialData) -> None:
        if not data.referrals:
            self.due_text.setText(
                self.tr(
                    "Once you record a referral, a short well-being check-in is offered at the "
                    "start and after some weeks, to see what changed."
                )
            )
            self.checkin_button.setVisible(False)
        else:
            lines = []
            if data.due is not None:
                lines.append(
                    self.tr("A well-being check-in is due now ({when}).").format(
                        when=weeks_words((data.due.week,))
                    )
                )
            else:
                lines.append(self.tr("No well-being check-in is due now."))
            lines.extend(self.checkin_words(c) for c in data.checkins)
            self.due_text.setText("\n".join(lines))
            self.checkin_button.setVisible(True)
        self.change_text.setText(self.change_words(data.change))

    def checkin_words(self, checkin: social_service.CheckIn) -> str:
        when = weeks_words((checkin.week,))
        state = checkin.state
        if state is social_service.CheckInState.DONE and checkin.response is not None:
            return self.tr("{when}: done on {day}").format(
                when=when, day=wording.day(checkin.response.completed_at.astimezone().date())
            )
        if state is social_service.CheckInState.DUE:
            return self.tr("{when}: due now, until {day}").format(
                when=when, day=wording.day(checkin.closes)
            )
        if state is social_service.CheckInState.UPCOMING:
            return self.tr("{when}: from {day}").format(when=when, day=wording.day(checkin.opens))
        return self.tr("{when}: missed").format(when=when)

    def change_words(self, change: social_service.Outcome | None) -> str:
        if change is None:
            return self.tr("Two check-ins are needed before we can show a change.")
        from ui.views.checkins import ONS4_NAMES

        lines = [
            self.tr("What changed from {first} to {last}:").format(
                first=weeks_words((change.before.week,)), last=weeks_words((change.after.week,))
            )
        ]
        for item in change.items:
            if item.before is None or item.after is None or item.change is None:
                continue
            name = (
                QCoreApplication.translate("CheckinsView", ONS4_NAMES[item.item])
                if item.item in ONS4_NAMES
                else item.item
            )
            if item.change == 0:
                how = self.tr("no change")
            elif item.better:
                how = self.tr("better by {n}").format(n=abs(item.change))
            else:
                how = self.tr("worse by {n}").format(n=abs(item.change))
            lines.append(
                self.tr("{name}: {before} to {after} ({how})").format(
                    name=name, before=item.before, after=item.after, how=how
                )
            )
        lines.append(self.tr("For anxiety, a lower number is better."))
        return "\n".join(lines)

    def give_feedback(self) -> None:
        from ui.views.participation import FeedbackDialog

        line = self.going.selected()
        data = self.data
        if line is None or data is None:
            return
        if not data.feedback_agreed:
            self.banner.show_message(
                self.tr(
                    'To give feedback, first turn on "Send feedback about services" in Taking '
                    "part, under Choices."
                ),
                "info",
            )
            return
        service = next((s for s in data.services if s.id == line.chosen.service_id), None)
        if service is None:
            self.banner.show_message(
                self.tr(
                    "This service is no longer in the list of local services, so feedback "
                    "cannot be sent about it."
                ),
                "info",
            )
            return
        dialog = FeedbackDialog(service, self)
        dialog.accepted.connect(lambda: self._queue_feedback(service.id, dialog))
        self.show_dialog(dialog)

    def share_outcome(self) -> None:
        """Queue the chosen service's ONS4 change for `outcomes` (randomised on this computer;
        it leaves at the next sync, and the preview in Taking part shows it first)."""
        line = self.going.selected()
        data = self.data
        if line is None or data is None or not data.referrals:
            return
        referral = data.referrals[0]
        answer = QMessageBox.question(
            self,
            self.tr("Share what helped"),
            self.tr(
                "Send the kind of service ({category}), its borough, about how many times you "
                "went, and how much your four well-being scores changed, with random noise "
                "mixed in? Never the service's name, your scores themselves, or dates."
            ).format(category=line.chosen.category or "-"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = data.services
        self.call(
            lambda v: outbox.share_outcome(v, line.chosen, referral, services),
            lambda _r: self.banner.show_message(
                self.tr("Added to the send list. You can check it in Taking part."), "success"
            ),
            changes="participation",
        )

    def _queue_feedback(self, service_id: str, dialog: Any) -> None:
        rating = dialog.rating() or ""
        comment = dialog.comment.toPlainText().strip() or None
        self.call(
            lambda v: outbox.queue_feedback(v, service_id, rating, comment),
            lambda _r: self.banner.show_message(
                self.tr("Added to the send list. You can check it in Taking part."), "success"
            ),
            changes="participation",
        )

    # -- the link worker's summary ----------------------------------------------------------

    def choose_save_path(self) -> Path | None:
        suggested = str(Path.home() / f"link-worker-summary-{date.today().isoformat()}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the summary for my link worker"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def print_summary(self) -> None:
        if self._busy or self.data is None or not self.data.referrals:
            return
        out = self.choose_save_path()
        if out is None:
            return
        referral_id = self.data.referrals[0].id

        def work(vault: Vault) -> Path:
            from planner.share import link_worker
            from ui import printing

            lang, direction = printing.report_language()
            html = link_worker.link_worker_html(
                vault,
                referral_id,
                lang=lang,
                direction="rtl" if direction == "rtl" else "ltr",
                labels=printing.report_labels(),
            )
            printing.html_to_pdf(html, out)
            return out

        self._set_busy(True)

        def done(path: Path) -> None:
            self._set_busy(False)
            self.banner.show_message(
                self.tr("Saved the summary for your link worker to {path}.").format(path=path),
                "success",
                seconds=12,
            )

        def failed(exc: BaseException) -> None:
            from ui.widgets.forms import user_message

            self._set_busy(False)
            self.banner.show_message(user_message(exc), "error")

        self.banner.show_message(self.tr("Saving the summary as a PDF…"), "info")
        self.call(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()


__all__ = [
    "ChosenLine",
    "GoingActions",
    "SocialData",
    "SocialView",
    "load_social",
    "record_attendance",
    "service_details",
    "today_sessions",
]
