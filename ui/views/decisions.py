"""Deciding together (NICE NG197): the decisions I am facing, their options, getting ready
for an appointment about one, and recording what was decided and how involved I felt.

The questions a person takes to an appointment (Ask 3 Questions, BRAN) go into that
appointment's questions to ask in one step (`DecisionRepository.prepare`), so the Appointments
screen and the GP summary show them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointment import Appointment
from planner.domain.base import now as utc_now
from planner.domain.decision import Collaborate, Decision
from planner.domain.tracker import TrackerKind
from planner.services.decisions import collaborate_summary, collaborate_trend
from planner.vault import Vault
from ui.dialogs.decision import (
    EditDecisionDialog,
    NewDecisionDialog,
    OutcomeDialog,
    PrepareDialog,
)
from ui.models.series import ChartSeries, Period
from ui.read_only import mark_writes
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.chart import ChartWidget
from ui.widgets.lists import refill
from ui.widgets.responsive import ResponsiveBox, flow_row
from ui.widgets.wrapping import wrap_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1


# NHS England's "Ask 3 Questions" and Choosing Wisely's BRAN, in the words the core writes
# (planner.domain.decision); each is translated when the person prepares an appointment.
PREPARE_QUESTIONS = (
    str(QT_TRANSLATE_NOOP("DecisionsView", "What are my options?")),
    str(QT_TRANSLATE_NOOP("DecisionsView", "What are the pros and cons of each option for me?")),
    str(QT_TRANSLATE_NOOP(
        "DecisionsView", "How do I get support to help me make a decision that is right for me?")),
    str(QT_TRANSLATE_NOOP("DecisionsView", "What are the benefits?")),
    str(QT_TRANSLATE_NOOP("DecisionsView", "What are the risks?")),
    str(QT_TRANSLATE_NOOP("DecisionsView", "What are the alternatives?")),
    str(QT_TRANSLATE_NOOP("DecisionsView", "What if I do nothing?")),
)


@dataclass(frozen=True)
class DecisionsData:
    decisions: list[Decision]
    coming: list[Appointment]
    what_matters: tuple[str, ...]


class DecisionsView(FeatureView[DecisionsData]):
    WATCHES = frozenset({"decisions", "appointments", "plan"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Deciding together"))
        self._data: DecisionsData | None = None
        self._keep: UUID | None = None

        self.list_box = QGroupBox(self.tr("Decisions I am making"), self)
        self.decisions = QListWidget(self.list_box)
        self.decisions.setAccessibleName(self.tr("Decisions I am making"))
        wrap_rows(self.decisions)
        self.decisions.currentItemChanged.connect(lambda _c, _o: self._choose())
        self.none = paragraph(
            self.tr("No decisions yet. Choose New decision to write one down."), self.list_box)
        self.new_button = QPushButton(self.tr("&New decision…"), self.list_box)
        self.new_button.setAccessibleName(self.tr("Write down a decision I am facing"))
        self.new_button.clicked.connect(self.new_decision)
        self.edit_button = QPushButton(self.tr("&Options and notes…"), self.list_box)
        self.edit_button.setAccessibleName(self.tr(
            "Write the benefits and risks of each option, my leaning and a note, for the "
            "chosen decision"))
        self.edit_button.clicked.connect(self.edit_decision)
        self.prepare_button = QPushButton(self.tr("Prepare an &appointment…"), self.list_box)
        self.prepare_button.setAccessibleName(self.tr(
            "Add the Ask 3 Questions and BRAN questions to a coming appointment about the "
            "chosen decision"))
        self.prepare_button.clicked.connect(self.prepare)
        self.outcome_button = QPushButton(self.tr("&Record the decision…"), self.list_box)
        self.outcome_button.setAccessibleName(self.tr(
            "Record what was decided for the chosen decision, and how involved I felt"))
        self.outcome_button.clicked.connect(self.record_outcome)
        list_layout = QVBoxLayout(self.list_box)
        list_layout.addWidget(self.decisions)
        list_layout.addWidget(self.none)
        row, flow = flow_row(self.list_box)
        for button in (self.new_button, self.edit_button, self.prepare_button,
                       self.outcome_button):
            flow.addWidget(button)
        list_layout.addWidget(row)

        self.detail_box = QGroupBox(self.tr("The chosen decision"), self)
        self.detail_title = heading("", self.detail_box, level=2)
        self.detail_text = paragraph("", self.detail_box)
        self.detail_text.setAccessibleName(self.tr("About the chosen decision"))
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addStretch(1)

        # How involved I felt (collaboRATE), appointment by appointment, across decisions.
        self.trend_box = QGroupBox(self.tr("How involved I felt, appointment by appointment"),
                                   self)
        self.trend_text = paragraph("", self.trend_box)
        self.trend_text.setAccessibleName(self.tr(
            "How involved I felt at my appointments, in words"))
        self.trend_chart = ChartWidget(self.trend_box)
        self.trend_chart.empty_text = self.tr("No collaboRATE answers yet.")
        self.trend_chart.setMaximumHeight(self.fontMetrics().height() * 14)
        self.trend_point = paragraph("", self.trend_box)
        self.trend_chart.point_selected.connect(self.trend_point.setText)
        trend_layout = QVBoxLayout(self.trend_box)
        trend_layout.addWidget(self.trend_text)
        trend_layout.addWidget(self.trend_chart)
        trend_layout.addWidget(self.trend_point)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Deciding together"), self))
        layout.addWidget(self.banner)
        self.columns = ResponsiveBox(min_chars=100)
        self.columns.addWidget(self.list_box, 1)
        self.columns.addWidget(self.detail_box, 1)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.trend_box)
        mark_writes(self.prepare_button, self.outcome_button)  # they change the profile
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> DecisionsData:
        moment = utc_now()
        current = vault.plans.current()
        return DecisionsData(
            vault.decisions.all(),
            [a for a in vault.appointments.all() if not a.cancelled and a.at > moment],
            current.plan.what_matters if current is not None else (),
        )

    def _show(self, data: DecisionsData) -> None:
        self._data = data
        keep = self._keep or (d.id if (d := self.selected()) is not None else None)
        self._keep = None
        rows: list[tuple[object, str]] = []
        for decision in data.decisions:
            if decision.outcome is None:
                text = self.tr("{question} (open)").format(question=decision.question)
            else:
                text = self.tr("{question} (decided {day})").format(
                    question=decision.question, day=wording.day(decision.outcome.decided_on))
            rows.append((decision.id, text))
        refill(self.decisions, rows, keep, ID_ROLE, min_lines=4, max_lines=10)
        self.none.setVisible(not data.decisions)
        self._choose()
        self._show_trend(collaborate_trend(data.decisions))

    def _show_trend(self, trend: list[Collaborate]) -> None:
        """The chart draws each appointment's mean of the three answers (0-9); the words say
        the published scores over them all, then the first and the latest."""
        self.trend_point.clear()
        if not trend:
            self.trend_text.setText(self.tr(
                "No collaboRATE answers yet. After an appointment, choose Record the decision "
                "to say how involved you felt."))
            self.trend_chart.set_series(None)
            self.trend_chart.setVisible(False)
            return
        summary = collaborate_summary(trend)
        first, latest = trend[0], trend[-1]
        scores = self.tr(
            "How involved I felt (collaboRATE): all three answers 9 at {top} of {count} "
            "appointments; average {mean} of 9").format(
                top=summary.top, count=summary.count,
                mean=wording.number(round(float(summary.mean), 1)))
        words = [self.tr("{sentence}.").format(sentence=scores)]  # Urdu ends with "۔"
        words.append(self.tr("Latest, {day}: {score} of 9.").format(
            day=wording.day(latest.on), score=wording.number(round(latest.total / 3, 1))))
        if len(trend) > 1:
            words.append(self.tr("First, {day}: {score} of 9.").format(
                day=wording.day(first.on), score=wording.number(round(first.total / 3, 1))))
        self.trend_text.setText(" ".join(words))
        points = [(int(datetime.combine(c.on, time(12), UTC).timestamp() * 1000),
                   round(c.total / 3, 1)) for c in trend]
        values = [v for _ms, v in points]
        # A short label: the chart paints it as its axis title on one line.
        self.trend_chart.set_series(ChartSeries(
            label=self.tr("collaboRATE (0 to 9)"), unit="",
            kind=TrackerKind.NUMERIC, period=Period.ALL, points=points, total=len(points),
            low=min(values), high=max(values), latest=points[-1], y_floor=0.0,
            y_ceiling=9.0))
        self.trend_chart.setAccessibleName(self.tr(
            "Chart of how involved I felt at each appointment (collaboRATE, 0 to 9)"))
        self.trend_chart.setVisible(True)

    def _clear(self) -> None:
        self._data = None
        self.decisions.clear()
        self.trend_text.clear()
        self.trend_point.clear()
        self.trend_chart.set_series(None)
        self.detail_title.clear()
        self.detail_text.clear()
        self._update_buttons()

    # -- the chosen one -------------------------------------------------------------------

    def selected(self) -> Decision | None:
        item = self.decisions.currentItem()
        if item is None or self._data is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((d for d in self._data.decisions if d.id == wanted), None)

    def option_names(self, decision: Decision) -> dict[UUID, str]:
        """Each option's title; "not doing anything for now" in the person's language."""
        return {o.id: self.tr("Not doing anything for now") if o.is_nothing else o.title
                for o in decision.options}

    def _choose(self) -> None:
        self._update_buttons()
        d = self.selected()
        if d is None:
            self.detail_title.clear()
            self.detail_text.clear()
            return
        self.detail_title.setText(d.question)
        self.detail_title.setAccessibleName(d.question)
        names = self.option_names(d)
        parts = [self.tr("Options:")]
        for option in d.options:
            lead = names[option.id]
            if option.id == d.leaning_id and d.outcome is None:
                lead = self.tr("{option} (I am leaning towards this)").format(option=lead)
            parts.append(f"• {lead}")
            if option.benefits:
                parts.append("    " + self.tr("Benefits: {text}").format(text=option.benefits))
            if option.risks:
                parts.append("    " + self.tr("Risks: {text}").format(text=option.risks))
            for effect in option.effects:
                parts.append("    " + self.tr("For \u201c{item}\u201d: {text}").format(
                    item=effect.what_matters, text=effect.meaning))
        if d.certainty is not None and d.outcome is None:
            parts.append(self.tr("How sure I feel: {certainty}").format(certainty={
                "unsure": self.tr("not sure yet"), "fairly-sure": self.tr("fairly sure"),
                "sure": self.tr("sure")}[d.certainty.value]))
        if d.aid_title:
            parts.append(self.tr("Decision aid: {title} ({address})").format(
                title=d.aid_title, address=d.aid_url))
        if d.outcome is not None:
            who = d.outcome.with_whom
            parts.append(self.tr("Decided: {option}, {day}").format(
                option=names[d.outcome.option_id], day=wording.day(d.outcome.decided_on))
                + (self.tr(", with {who}").format(who=who) if who else ""))
        if d.collaborate:
            summary = collaborate_summary(d.collaborate)
            parts.append(self.tr(
                "How involved I felt (collaboRATE): all three answers 9 at {top} of {count} "
                "appointments; average {mean} of 9", None, summary.count).format(
                    top=summary.top, count=summary.count,
                    mean=wording.number(round(float(summary.mean), 1))))
        for note in d.notes:
            parts.append(self.tr("Note of {day}: {text}").format(day=wording.day(note.on),
                                                                  text=note.text))
        self.detail_text.setText("\n".join(parts))

    def _update_buttons(self) -> None:
        d = self.selected()
        self.prepare_button.setEnabled(d is not None and d.outcome is None)
        self.outcome_button.setEnabled(d is not None)
        self.edit_button.setEnabled(d is not None)

    # -- actions ----------------------------------------------------------------------------

    def new_decision(self) -> None:
        if self._data is None:
            return
        dialog = NewDecisionDialog(self._data.what_matters, self)
        dialog.accepted.connect(lambda: self._save(dialog.decision))
        self.show_dialog(dialog)

    def _save(self, decision: Decision | None) -> None:
        if decision is None:
            return
        self._keep = decision.id
        self.call(lambda vault: vault.decisions.save(decision),
                  lambda _none: self.banner.show_message(self.tr("Decision saved."), "success",
                                                         seconds=6),
                  changes="decisions")

    def edit_decision(self) -> None:
        d = self.selected()
        if d is None:
            return
        dialog = EditDecisionDialog(d, self.option_names(d), self)
        dialog.accepted.connect(lambda: self._save(dialog.decision))
        self.show_dialog(dialog)

    def prepare(self) -> None:
        d = self.selected()
        if d is None or self._data is None:
            return
        if not self._data.coming:
            self.banner.show_message(self.tr(
                "No appointment is coming up. Add one on the Appointments screen first."),
                "info", seconds=8)
            return
        dialog = PrepareDialog(self._data.coming, self)
        dialog.accepted.connect(lambda: self._prepare(d.id, dialog.appointment.currentData()))
        self.show_dialog(dialog)

    def _prepare(self, decision_id: UUID, appointment_id: UUID) -> None:
        self._keep = decision_id

        def done(_result: object) -> None:
            self.banner.show_message(
                self.tr("The questions are in the appointment's questions to ask."),
                "success", seconds=8)
            self.session.changed.emit("appointments")

        asked = [self.tr(question) for question in PREPARE_QUESTIONS]  # in the person's language
        self.call(lambda vault: vault.decisions.prepare(decision_id, appointment_id, asked),
                  done, changes="decisions")

    def record_outcome(self) -> None:
        d = self.selected()
        if d is None:
            return
        dialog = OutcomeDialog(d, self.option_names(d), self)
        dialog.accepted.connect(lambda: self._save(dialog.decision))
        self.show_dialog(dialog)
