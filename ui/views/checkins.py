"""Check-ins: the ONS4, PHQ-9 and GAD-7 questionnaires, built from the instrument data files.

Each question is a row of radio buttons in its own button group (Tab moves between questions,
the arrow keys between answers, Space chooses). The score and its meaning show as soon as every
question is answered. An answer that needs action now (PHQ-9 question 9 above "Not at all")
shows the get-help message at once, before anything is saved, with the words from the data file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.base import now
from planner.domain.questionnaire import Instrument, QuestionnaireResponse, Score
from planner.domain.tracker import TrackerKind
from planner.instruments import score, validate_answers
from planner.instruments.scoring import AnswerError
from planner.vault import Vault
from ui.models.series import ChartSeries, Period
from ui.session import Session
from ui.views.base import FeatureView, bold, heading, paragraph
from ui.widgets import wording
from ui.widgets.banner import announce
from ui.widgets.chart import ChartWidget
from ui.widgets.flow import flow_widget
from ui.widgets.forms import user_message
from ui.widgets.responsive import ResponsiveBox, flow_row, reveal
from ui.widgets.tabs import short_tabs

CODES = ("ONS4", "PHQ9", "GAD7")

# Short names for the trend chart's axis; the long titles come from the data files.
SCORE_NAMES = {
    "PHQ9": str(QT_TRANSLATE_NOOP("CheckinsView", "PHQ-9 score")),
    "GAD7": str(QT_TRANSLATE_NOOP("CheckinsView", "GAD-7 score")),
}
ONS4_NAMES = {
    "life_satisfaction": str(QT_TRANSLATE_NOOP("CheckinsView", "Life satisfaction")),
    "worthwhile": str(QT_TRANSLATE_NOOP("CheckinsView", "Feeling that life is worthwhile")),
    "happiness": str(QT_TRANSLATE_NOOP("CheckinsView", "Happiness yesterday")),
    "anxiety": str(QT_TRANSLATE_NOOP("CheckinsView", "Anxiety yesterday")),
}


@dataclass(frozen=True)
class CheckinsData:
    responses: dict[str, list[QuestionnaireResponse]]  # by instrument, oldest first


def _item_name(item_id: str) -> str:
    if item_id in ONS4_NAMES:
        return QCoreApplication.translate("CheckinsView", ONS4_NAMES[item_id])
    return item_id


def max_total(instrument: Instrument) -> int:
    return sum(max(item.values()) for item in instrument.items)


def _option_text(value: int, label: str) -> str:
    return label if label.strip() == str(value) else f"{value} – {label}"


class AlertPanel(QFrame):
    """The get-help-now panel: a heading, the message from the instrument data, a thick border
    so it stands out in every theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alert-panel")
        self.setProperty("kind", "alert")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(
            "QFrame#alert-panel { border: 3px solid palette(text); border-radius: 6px; }"
        )
        layout = QHBoxLayout(self)
        icon = QLabel(self)
        size = self.fontMetrics().height() * 2
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.title = QLabel(self.tr("Please get help now"), self)
        font = QFont(self.title.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.title)
        text.addWidget(self.message)
        layout.addLayout(text, 1)
        self.setVisible(False)

    def show_messages(self, messages: list[str]) -> None:
        if not messages:
            self.setVisible(False)
            self.message.clear()
            self.setAccessibleDescription("")
            return
        was_visible = not self.isHidden()
        self.message.setText("\n\n".join(messages))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.message.text())
        self.setVisible(True)
        if not was_visible:
            announce(self.message)
            reveal(self)

    @property
    def text(self) -> str:
        return self.message.text() if not self.isHidden() else ""


class QuestionnaireForm(QWidget):
    """One instrument's questions, live score, alert panel and Save button."""

    save_requested = Signal(object)  # the QuestionnaireResponse to save
    answers_changed = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.groups: dict[str, QButtonGroup] = {}
        self.item_labels: dict[str, QLabel] = {}
        self.item_bands: dict[str, QLabel] = {}
        self.saved = False

        layout = QVBoxLayout(self)
        self.note: QLabel | None = None
        if instrument.note:
            # No validated translation of the items: say so, in the person's language, first.
            self.note = paragraph(instrument.note, self)
            bold(self.note)
            layout.addWidget(self.note)
        intro = paragraph(instrument.stem, self)
        intro.setAccessibleName(instrument.stem)
        layout.addWidget(intro)
        # The get-help panel goes right under the question that raises it, where the person
        # is looking, and is scrolled into view the moment it appears.
        alert_after = {rule.item for rule in instrument.alerts}
        self.alert = AlertPanel(self)
        for number, item in enumerate(instrument.items, start=1):
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 6, 0, 6)
            label = QLabel(self.tr("{n}. {text}").format(n=number, text=item.text), box)
            label.setWordWrap(True)
            bold(label)
            box_layout.addWidget(label)
            row, flow = flow_widget(box)
            row.setAccessibleName(label.text())  # the group of answers, named by its question
            group = QButtonGroup(row)
            group.setExclusive(True)
            for option in item.options:
                radio = QRadioButton(_option_text(option.value, option.label), row)
                radio.setAccessibleName(option.label)
                radio.setAccessibleDescription(
                    self.tr("Question {n}: {text}").format(n=number, text=item.text)
                )
                group.addButton(radio, option.value)
                flow.addWidget(radio)
            group.idToggled.connect(self._toggled)
            box_layout.addWidget(row)
            band = QLabel(box)
            band.setWordWrap(True)
            band.setVisible(False)
            box_layout.addWidget(band)
            self.groups[item.id] = group
            self.item_labels[item.id] = label
            self.item_bands[item.id] = band
            layout.addWidget(box)
            if item.id in alert_after:
                layout.addWidget(self.alert)

        if not instrument.alerts:
            layout.addWidget(self.alert)

        self.result = QGroupBox(self.tr("Your result"), self)
        result_layout = QVBoxLayout(self.result)
        self.score_label = QLabel(self.result)
        self.score_label.setWordWrap(True)
        bold(self.score_label)
        self.score_label.setAccessibleName(self.tr("Your score"))
        self.advice = paragraph("", self.result)
        self.advice.setAccessibleName(self.tr("What your score means"))
        result_layout.addWidget(self.score_label)
        result_layout.addWidget(self.advice)
        layout.addWidget(self.result)

        self.status = paragraph("", self)
        self.status.setAccessibleName(self.tr("Check-in status"))
        layout.addWidget(self.status)
        buttons, flow = flow_row(self)
        self.save_button = QPushButton(self.tr("&Save this check-in"), self)
        self.save_button.setAccessibleName(
            self.tr("Save this check-in: {name}").format(name=instrument.title)
        )
        self.save_button.clicked.connect(self.save)
        self.restart_button = QPushButton(self.tr("Start a &new check-in"), self)
        self.restart_button.setAccessibleName(self.tr("Clear the answers and start again"))
        self.restart_button.clicked.connect(self.reset)
        flow.addWidget(self.save_button)
        flow.addWidget(self.restart_button)
        layout.addWidget(buttons)
        licence = paragraph(instrument.licence, self)
        small = QFont(licence.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        licence.setFont(small)
        layout.addWidget(licence)
        layout.addStretch(1)
        self.update_score()

    # -- answers ------------------------------------------------------------------------

    def answers(self) -> dict[str, int]:
        return {
            item_id: group.checkedId()
            for item_id, group in self.groups.items()
            if group.checkedId() >= 0
        }

    def answer(self, item_id: str, value: int) -> None:
        """Choose an answer (as a click would)."""
        button = self.groups[item_id].button(value)
        if button is None:
            raise KeyError(value)
        button.click()

    def buttons(self, item_id: str) -> list[QAbstractButton]:
        return list(self.groups[item_id].buttons())

    def _toggled(self, _value: int, checked: bool) -> None:
        if checked:
            if self.saved:
                self.saved = False
                self.status.clear()
            self.update_score()
            self.answers_changed.emit()

    def current_score(self) -> Score:
        return score(self.instrument, self.answers())

    def update_score(self) -> None:
        result = self.current_score()
        # The alert first: it must appear the moment the answer is chosen.
        self.alert.show_messages([alert.message for alert in result.alerts])
        for item_id, band_label in self.item_bands.items():
            band = result.item_bands.get(item_id)
            band_label.setVisible(band is not None)
            if band is not None:
                band_label.setText(f"{band.label}. {band.advice}")
        self.show_score(result)
        self.save_button.setEnabled(not self.saved)

    def show_score(self, result: Score) -> None:
        instrument = self.instrument
        answered = len(instrument.items) - len(result.missing)
        if instrument.scoring == "sum":
            if result.total is not None and result.band is not None:
                self.score_label.setText(
                    self.tr("Score: {total} out of {most}. {band}.").format(
                        total=result.total, most=max_total(instrument), band=result.band.label
                    )
                )
                self.advice.setText(result.band.advice)
            else:
                left = len(result.missing)
                self.score_label.setText(
                    self.tr("Answer every question to see your score. 1 question to go.")
                    if left == 1
                    else self.tr(
                        "Answer every question to see your score. %n questions to go.", None, left
                    )
                )
                self.advice.clear()
        else:
            if answered == 0:
                self.score_label.setText(self.tr("Answer the questions to see what they mean."))
            else:
                self.score_label.setText(
                    self.tr("{done} of {all} answered.").format(
                        done=answered, all=len(instrument.items)
                    )
                )
            self.advice.setText(
                self.tr("There is no total score. Each answer has its own meaning, shown under it.")
            )
        self.score_label.setAccessibleDescription(self.advice.text())

    # -- saving -------------------------------------------------------------------------

    def build(self) -> QuestionnaireResponse | None:
        answers = self.answers()
        try:
            validate_answers(self.instrument, answers)
        except AnswerError as exc:
            missing = [
                i for i, item in enumerate(self.instrument.items, start=1) if item.id not in answers
            ]
            if missing:
                self.status.setText(
                    self.tr("Please answer question {numbers}.").format(
                        numbers=", ".join(str(n) for n in missing)
                    )
                )
                first = self.instrument.items[missing[0] - 1].id
                self.buttons(first)[0].setFocus()
            else:
                self.status.setText(str(exc))
            announce(self.status)
            return None
        return QuestionnaireResponse(
            instrument=self.instrument.code, completed_at=now(), answers=answers
        )

    def save(self) -> None:
        response = self.build()
        if response is not None:
            self.save_requested.emit(response)

    def mark_saved(self, at: datetime) -> None:
        self.saved = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saved on {when}. Thank you.").format(when=wording.moment(at)))
        announce(self.status)

    def reset(self) -> None:
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.saved = False
        self.status.clear()
        self.update_score()
        first = next(iter(self.groups.values()), None)
        if first is not None and first.buttons():
            first.buttons()[0].setFocus()


class TrendPanel(QWidget):
    """Past results of one instrument: a chart of totals (or of one ONS4 question) and a list."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.responses: list[QuestionnaireResponse] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.item_choice: QComboBox | None = None
        if instrument.scoring == "per_item":
            self.item_choice = QComboBox(self)
            self.item_choice.setAccessibleName(self.tr("Question to show on the chart"))
            for item in instrument.items:
                self.item_choice.addItem(_item_name(item.id), item.id)
            self.item_choice.currentIndexChanged.connect(lambda _i: self._draw())
            choice_label = QLabel(self.tr("Chart &of:"), self)
            choice_label.setBuddy(self.item_choice)
            row = QHBoxLayout()
            row.addWidget(choice_label)
            row.addWidget(self.item_choice, 1)
            layout.addLayout(row)
        self.chart = ChartWidget(self)
        self.chart.empty_text = self.tr("No check-ins saved yet.")
        layout.addWidget(self.chart, 1)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Past check-ins"))
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(self.history.fontMetrics().height() * 8)
        history_label = QLabel(self.tr("Past check-&ins"), self)
        history_label.setBuddy(self.history)
        layout.addWidget(history_label)
        layout.addWidget(self.history)

    def set_responses(self, responses: list[QuestionnaireResponse]) -> None:
        self.responses = responses
        self.history.clear()
        for response in reversed(responses):
            # Scored against this panel's instrument, so the band is in the person's language.
            result = score(self.instrument, response.answers)
            day = wording.day(response.completed_at.astimezone().date())
            if result.total is not None and result.band is not None:
                text = self.tr("{day}: {total} out of {most}, {band}").format(
                    day=day,
                    total=result.total,
                    most=max_total(self.instrument),
                    band=result.band.label,
                )
            else:
                text = f"{day}: " + ", ".join(
                    f"{_item_name(item_id)} {value}" for item_id, value in response.answers.items()
                )
            if response.author:
                text = f"{text} · {wording.entered_by(response.author)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.history.addItem(item)
        if not responses:
            self.history.addItem(self.tr("No check-ins saved yet."))
        self._draw()

    def _draw(self) -> None:
        instrument = self.instrument
        points: list[tuple[int, float]] = []
        if self.item_choice is not None:
            item_id = str(self.item_choice.currentData())
            label = self.item_choice.currentText()
            for response in self.responses:
                if item_id in response.answers:
                    points.append(
                        (
                            int(response.completed_at.timestamp() * 1000),
                            float(response.answers[item_id]),
                        )
                    )
            floor, ceiling = 0.0, 10.0
            kind = TrackerKind.SCALE
        else:
            label = QCoreApplication.translate(
                "CheckinsView", SCORE_NAMES.get(instrument.code, instrument.code)
            )
            for response in self.responses:
                total = score(instrument, response.answers).total
                if total is not None:
                    points.append((int(response.completed_at.timestamp() * 1000), float(total)))
            floor, ceiling = 0.0, float(max_total(instrument))
            kind = TrackerKind.NUMERIC
        values = [v for _, v in points]
        self.chart.set_series(
            ChartSeries(
                label=label,
                unit="",
                kind=kind,
                period=Period.ALL,
                points=points,
                total=len(points),
                low=min(values) if values else None,
                high=max(values) if values else None,
                latest=points[-1] if points else None,
                y_floor=floor,
                y_ceiling=ceiling,
                end_ms=int(now().timestamp() * 1000),
            )
        )

    def clear(self) -> None:
        self.responses = []
        self.history.clear()
        self.chart.set_series(None)


class CheckinsView(FeatureView[CheckinsData]):
    WATCHES = frozenset({"questionnaires"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Check-ins"))
        self.forms: dict[str, QuestionnaireForm] = {}
        self.trends: dict[str, TrendPanel] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Questionnaires"))
        for code in CODES:
            instrument = wording.instrument(code)
            page = QWidget(self.tabs)
            columns = ResponsiveBox(page, min_chars=90)
            form = QuestionnaireForm(instrument, page)
            form.save_requested.connect(lambda response, f=form: self._save(f, response))
            trend_box = QGroupBox(self.tr("How it has gone"), page)
            trend = TrendPanel(instrument, trend_box)
            QVBoxLayout(trend_box).addWidget(trend)
            columns.addWidget(form, 3, Qt.AlignmentFlag.AlignTop)
            columns.addWidget(trend_box, 2, Qt.AlignmentFlag.AlignTop)
            self.forms[code] = form
            self.trends[code] = trend
            self.tabs.addTab(page, wording.instrument_name(code))
        self.tab_names = short_tabs(self.tabs, [
            (wording.instrument_name(code), wording.instrument_short_name(code)) for code in CODES
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check-ins"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Short questionnaires about how you feel. Your answers stay on this computer."
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def select_instrument(self, code: str) -> None:
        """Show one questionnaire (e.g. when Today's "check-in due" is chosen)."""
        if code in self.forms:
            self.tabs.setCurrentIndex(list(self.forms).index(code))

    def form(self, code: str) -> QuestionnaireForm:
        return self.forms[code]

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> CheckinsData:
        return CheckinsData({code: vault.questionnaires.all(code) for code in CODES})

    def _show(self, data: CheckinsData) -> None:
        for code, trend in self.trends.items():
            trend.set_responses(data.responses.get(code, []))

    def _clear(self) -> None:
        for form in self.forms.values():
            form.reset()
        for trend in self.trends.values():
            trend.clear()

    # -- saving -------------------------------------------------------------------------

    def _save(self, form: QuestionnaireForm, response: QuestionnaireResponse) -> None:
        def saved(_result: object) -> None:
            form.mark_saved(response.completed_at)
            self.banner.show_message(self.tr("Check-in saved."), "success", seconds=6)

        form.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            form.save_button.setEnabled(True)
            self.banner.show_message(user_message(exc), "error")

        self.call(
            lambda vault: vault.questionnaires.save(response),
            saved,
            failed,
            changes="questionnaires",
        )
