"""Taking part: consents, local services, surveys, feedback, results, and what was sent.

Everything here is offline first. Consents, the outbox, the directory, the surveys and the
results all come from the vault; only "Sync now" talks to the network (through `sync.engine`,
in the worker), and it sends nothing for a purpose the person has not agreed to. Before anything
leaves, "Sent and waiting" shows the exact text that will be sent, with a button to hold it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.questionnaire import QuestionnaireResponse
from planner.errors import InputError
from planner.vault import Vault
from sync import consent, directory, engine, outbox, state
from sync.access import VaultCall
from sync.client import EndpointClient
from sync.consent import ConsentRecord, Purpose
from sync.engine import SyncReport
from sync.outbox import OutboxItem
from sync.privacy import DEFAULT_EPSILON
from sync.protocol import (
    FFT_QUESTION,
    FFT_RATING_LABELS,
    FFT_RATINGS,
    LONDON_BOROUGHS,
    ConsultationResponse,
    Results,
    Service,
    Survey,
    SurveyAnswer,
    rr_keep_probability,
)
from sync.tokens import token_store
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.widgets import wording
from ui.widgets.bars import Bar, BarChart
from ui.widgets.forms import user_message

# The Friends and Family Test wording, marked for translation (sync.protocol keeps the English
# that is sent; these are only what the person reads).
FFT_WORDS = str(
    QT_TRANSLATE_NOOP("Participation", "Overall, how was your experience of our service?")
)
FFT_LABELS = {
    "very_good": str(QT_TRANSLATE_NOOP("Participation", "Very good")),
    "good": str(QT_TRANSLATE_NOOP("Participation", "Good")),
    "neither": str(QT_TRANSLATE_NOOP("Participation", "Neither good nor poor")),
    "poor": str(QT_TRANSLATE_NOOP("Participation", "Poor")),
    "very_poor": str(QT_TRANSLATE_NOOP("Participation", "Very poor")),
    "dont_know": str(QT_TRANSLATE_NOOP("Participation", "Don't know")),
}
assert FFT_LABELS.keys() == FFT_RATING_LABELS.keys() and FFT_WORDS == FFT_QUESTION


@dataclass(frozen=True)
class ParticipationData:
    consents: dict[Purpose, ConsentRecord | None]
    agreed: dict[Purpose, bool]
    endpoint: str | None
    last_sync: str | None
    pending: list[OutboxItem]
    sent: list[OutboxItem]
    services: list[Service]
    surveys: list[Survey]
    results: Results | None
    latest_ons4: QuestionnaireResponse | None
    borough: str | None
    # "You said, we did" for the consultations this person answered (from the cache).
    responses: list[ConsultationResponse] = field(default_factory=list)


def answered_responses(vault: Vault, pending: list[OutboxItem], sent: list[OutboxItem]
                       ) -> list[ConsultationResponse]:
    """The cached "you said, we did" responses to consultations this person answered."""
    answered = {
        item.contribution.body.survey_id
        for item in (*pending, *sent)
        if isinstance(item.contribution.body, SurveyAnswer)
    }
    return [r for r in engine.cached_responses(vault).responses if r.survey_id in answered]


def load(vault: Vault) -> ParticipationData:
    person = vault.person.get()
    pending, sent = outbox.pending(vault), outbox.sent(vault)
    return ParticipationData(
        consents=consent.current(vault),
        agreed={p: consent.has_consent(vault, p) for p in consent.PURPOSES},
        endpoint=state.endpoint(vault),
        last_sync=state.get(vault, "last_sync"),
        pending=pending,
        sent=sent,
        services=directory.services(vault),
        surveys=engine.cached_surveys(vault).surveys,
        results=engine.cached_results(vault),
        latest_ons4=vault.questionnaires.latest("ONS4"),
        borough=person.borough if person else None,
        responses=answered_responses(vault, pending, sent),
    )


def server_text(label: QLabel) -> QLabel:
    """A label showing a server's words (already cleaned by sync.untrusted): plain text, never
    rich text, so a server cannot put a link or an image on the screen."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def literal(text: str) -> str:
    """A server's words on a button or group box: "&" is shown, not a keyboard shortcut."""
    return text.replace("&", "&&")


def consent_title(purpose: Purpose) -> str:
    return QCoreApplication.translate("Consent", consent.TEXTS[purpose].title)


def consent_body(purpose: Purpose) -> str:
    return QCoreApplication.translate("Consent", consent.TEXTS[purpose].body)


def item_summary(item: OutboxItem) -> str:
    body = item.contribution.body
    if body.kind == "fft":
        what = QCoreApplication.translate(
            "Participation", "Feedback on a service: {rating}"
        ).format(rating=QCoreApplication.translate("Participation", FFT_LABELS[body.rating]))
    elif body.kind == "survey":
        what = QCoreApplication.translate("Participation", "Survey answer")
    elif body.kind == "outcome":
        what = QCoreApplication.translate(
            "Participation", "What helped: {category} in {borough} (with random noise)"
        ).format(category=body.category, borough=body.borough)
    else:
        what = QCoreApplication.translate("Participation", "Wellbeing scores (with random noise)")
    return what


class ConsentDialog(QDialog):
    """The whole text, then a clear choice. Agreeing is never the default button."""

    def __init__(self, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(consent_title(purpose))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(consent_title(purpose), self))
        text = QTextBrowser(self)
        text.setPlainText(consent_body(purpose))
        text.setAccessibleName(
            QCoreApplication.translate("Participation", "What you are agreeing to")
        )
        layout.addWidget(text)
        version = paragraph(
            QCoreApplication.translate("Participation", "Version {version} of this text.").format(
                version=consent.TEXTS[purpose].version
            ),
            self,
        )
        layout.addWidget(version)
        buttons = QDialogButtonBox(self)
        self.agree = buttons.addButton(
            QCoreApplication.translate("Participation", "I agree"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.decline = buttons.addButton(
            QCoreApplication.translate("Participation", "Not now"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.agree.setAccessibleName(
            QCoreApplication.translate("Participation", "I agree to: {title}").format(
                title=consent_title(purpose)
            )
        )
        self.decline.setAccessibleName(QCoreApplication.translate("Participation", "Not now"))
        self.agree.setAutoDefault(False)
        self.decline.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        text.setFocus()
        self.resize(560, 420)


class FeedbackDialog(QDialog):
    """The Friends and Family Test question about one service, word for word."""

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Participation", "Feedback on {name}").format(
                name=service.name
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(server_text(heading(service.name, self, level=2)))
        question = paragraph(QCoreApplication.translate("Participation", FFT_WORDS), self)
        layout.addWidget(question)
        self.group = QButtonGroup(self)
        for index, rating in enumerate(FFT_RATINGS):
            button = QRadioButton(
                QCoreApplication.translate("Participation", FFT_LABELS[rating]), self
            )
            button.setAccessibleName(
                QCoreApplication.translate("Participation", FFT_LABELS[rating])
            )
            button.setProperty("rating", rating)
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "Participation",
                    "Anything you want to add? (You do not have to.) "
                    "Please do not write your name or health details.",
                ),
                self,
            )
        )
        self.comment = QPlainTextEdit(self)
        self.comment.setAccessibleName(QCoreApplication.translate("Participation", "Your comment"))
        self.comment.setTabChangesFocus(True)
        layout.addWidget(self.comment)
        self.problem = QLabel(self)
        self.problem.setProperty("kind", "error")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            QCoreApplication.translate("Participation", "Add to the send list"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setAccessibleName(QCoreApplication.translate("Participation", "Add to the send list"))
        cancel = buttons.addButton(
            QCoreApplication.translate("Participation", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(QCoreApplication.translate("Participation", "Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rating(self) -> str | None:
        chosen = self.group.checkedButton()
        return str(chosen.property("rating")) if chosen else None

    def _check(self) -> None:
        if self.rating() is None:
            self.problem.setText(
                QCoreApplication.translate("Participation", "Choose an answer first.")
            )
            return
        if len(self.comment.toPlainText()) > 2000:
            self.problem.setText(
                QCoreApplication.translate(
                    "Participation", "Please keep your comment under 2,000 characters."
                )
            )
            return
        self.accept()


class SurveyDialog(QDialog):
    def __init__(self, survey: Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(survey.title)
        self.survey = survey
        outer = QVBoxLayout(self)
        outer.addWidget(server_text(heading(survey.title, self, level=2)))
        outer.addWidget(server_text(paragraph(survey.description, self)))
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        inner = QWidget(area)
        layout = QVBoxLayout(inner)
        self.groups: dict[str, QButtonGroup] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.ticks: dict[str, QCheckBox] = {}
        ticking: tuple[str, QGroupBox, QVBoxLayout] | None = None
        for question in survey.questions:
            if question.group is not None and question.options:
                # One option of a multiple-choice question: a tick box under its heading.
                if ticking is None or ticking[0] != question.group:
                    ticked = QGroupBox(literal(question.group), inner)
                    ticking = (question.group, ticked, QVBoxLayout(ticked))
                    ticking[2].addWidget(paragraph(QCoreApplication.translate(
                        "Participation", "Tick all that apply."), ticked))
                    layout.addWidget(ticked)
                tick = QCheckBox(literal(question.text), ticking[1])
                tick.setAccessibleName(question.text)
                tick.setProperty("option", question.options[0].id)
                ticking[2].addWidget(tick)
                self.ticks[question.id] = tick
                continue
            ticking = None
            box = QGroupBox(literal(question.text), inner)
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(box)
            for index, option in enumerate(question.options):
                button = QRadioButton(literal(option.label), box)
                button.setAccessibleName(option.label)
                button.setProperty("option", option.id)
                group.addButton(button, index)
                box_layout.addWidget(button)
            self.groups[question.id] = group
            if question.allow_text:
                text = QPlainTextEdit(box)
                text.setTabChangesFocus(True)
                text.setAccessibleName(
                    QCoreApplication.translate(
                        "Participation", "Your own words for: {question}"
                    ).format(question=question.text)
                )
                text.setPlaceholderText(
                    QCoreApplication.translate(
                        "Participation", "Your own words (you do not have to)"
                    )
                )
                text.setMaximumHeight(self.fontMetrics().height() * 5)
                box_layout.addWidget(text)
                self.texts[question.id] = text
            layout.addWidget(box)
        layout.addStretch(1)
        area.setWidget(inner)
        outer.addWidget(area, 1)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            QCoreApplication.translate("Participation", "Add my answers to the send list"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setAccessibleName(
            QCoreApplication.translate("Participation", "Add my answers to the send list")
        )
        cancel = buttons.addButton(
            QCoreApplication.translate("Participation", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(QCoreApplication.translate("Participation", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(600, 560)

    def answers(self) -> list[tuple[str, str | None, str | None]]:
        """(question id, option id, text) for every question answered; skipped ones left out."""
        found: list[tuple[str, str | None, str | None]] = []
        for question in self.survey.questions:
            tick = self.ticks.get(question.id)
            if tick is not None:
                if tick.isChecked():
                    found.append((question.id, str(tick.property("option")), None))
                continue
            chosen = self.groups[question.id].checkedButton()
            option = str(chosen.property("option")) if chosen else None
            editor = self.texts.get(question.id)
            text = editor.toPlainText().strip() if editor else ""
            if option or text:
                found.append((question.id, option, text or None))
        return found


class ParticipationView(FeatureView[ParticipationData]):
    WATCHES = frozenset({"participation", "questionnaires", "person"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: ParticipationData | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Taking part"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Share your views with local services and see what other people say. Nothing "
                    "leaves this computer unless you agree, one kind at a time."
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Taking part sections"))
        self.tabs.addTab(self._consent_tab(), self.tr("&Choices"))
        self.tabs.addTab(self._services_tab(), self.tr("Local &services"))
        self.tabs.addTab(self._surveys_tab(), self.tr("Su&rveys"))
        self.tabs.addTab(self._results_tab(), self.tr("&What people say"))
        self.tabs.addTab(self._outbox_tab(), self.tr("Se&nt and waiting"))
        layout.addWidget(self.tabs, 1)

    # -- building ---------------------------------------------------------------------

    def _consent_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.consent_rows: dict[Purpose, tuple[QLabel, QPushButton, QPushButton]] = {}
        for purpose in consent.PURPOSES:
            box = QGroupBox(consent_title(purpose), page)
            row = QHBoxLayout(box)
            status = QLabel(box)
            status.setWordWrap(True)
            read = QPushButton(self.tr("Read and choose"), box)
            read.setAccessibleName(
                self.tr("Read and choose: {title}").format(title=consent_title(purpose))
            )
            stop = QPushButton(self.tr("Stop sharing"), box)
            stop.setAccessibleName(self.tr("Stop: {title}").format(title=consent_title(purpose)))
            read.clicked.connect(lambda _=False, p=purpose: self.ask_consent(p))
            stop.clicked.connect(lambda _=False, p=purpose: self.withdraw(p))
            row.addWidget(status, 1)
            row.addWidget(read)
            row.addWidget(stop)
            layout.addWidget(box)
            self.consent_rows[purpose] = (status, read, stop)
        server = QGroupBox(self.tr("Participation server"), page)
        form = QFormLayout(server)
        self.endpoint_label = QLabel(server)
        self.endpoint_label.setWordWrap(True)
        self.endpoint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Address:"), self.endpoint_label)
        self.sync_status = QLabel(server)
        self.sync_status.setWordWrap(True)
        form.addRow(self.tr("Last sync:"), self.sync_status)
        self.sync_button = QPushButton(self.tr("S&ync now"), server)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar(server)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setVisible(False)
        self._syncing = False  # the screen may refresh during a sync; the button stays off
        form.addRow(self.sync_button, self.progress)
        layout.addWidget(server)
        layout.addStretch(1)
        return page

    def _services_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        search = QHBoxLayout()
        self.need = QLineEdit(page)
        self.need.setPlaceholderText(self.tr("What are you looking for? e.g. walking, food"))
        self.need.setAccessibleName(self.tr("Search local services"))
        self.need.textChanged.connect(self._filter_services)
        self.borough = QComboBox(page)
        self.borough.setAccessibleName(self.tr("Borough"))
        self.borough.addItem(self.tr("All of London"), "")
        for name in LONDON_BOROUGHS:
            self.borough.addItem(name, name)
        self.borough.currentIndexChanged.connect(self._filter_services)
        label = QLabel(self.tr("&Find:"), page)
        label.setBuddy(self.need)
        search.addWidget(label)
        search.addWidget(self.need, 2)
        search.addWidget(self.borough, 1)
        layout.addLayout(search)
        self.services_note = paragraph("", page)
        layout.addWidget(self.services_note)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        self.service_list = QListWidget(split)
        self.service_list.setAccessibleName(self.tr("Services found"))
        self.service_list.currentItemChanged.connect(self._show_service)
        self.service_detail = QTextBrowser(split)
        self.service_detail.setAccessibleName(self.tr("About this service"))
        self.service_detail.setOpenExternalLinks(False)
        layout.addWidget(split, 1)
        self.feedback_button = QPushButton(self.tr("Give &feedback on this service"), page)
        self.feedback_button.setAccessibleName(self.tr("Give feedback on this service"))
        self.feedback_button.clicked.connect(self.give_feedback)
        layout.addWidget(self.feedback_button)
        return page

    def _surveys_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.surveys_note = paragraph("", page)
        layout.addWidget(self.surveys_note)
        self.survey_list = QListWidget(page)
        self.survey_list.setAccessibleName(self.tr("Open surveys"))
        self.survey_list.itemActivated.connect(lambda _item: self.answer_survey())
        layout.addWidget(self.survey_list, 1)
        answer = QPushButton(self.tr("&Answer this survey"), page)
        answer.setAccessibleName(self.tr("Answer the chosen survey"))
        answer.clicked.connect(self.answer_survey)
        layout.addWidget(answer)
        self.wellbeing_box = QGroupBox(self.tr("Share how you feel (wellbeing)"), page)
        box = QVBoxLayout(self.wellbeing_box)
        self.wellbeing_note = paragraph("", self.wellbeing_box)
        box.addWidget(self.wellbeing_note)
        row = QHBoxLayout()
        self.wellbeing_borough = QComboBox(self.wellbeing_box)
        self.wellbeing_borough.setAccessibleName(self.tr("Your borough"))
        for name in LONDON_BOROUGHS:
            self.wellbeing_borough.addItem(name, name)
        self.share_wellbeing_button = QPushButton(
            self.tr("Share my latest scores"), self.wellbeing_box
        )
        self.share_wellbeing_button.setAccessibleName(self.tr("Share my latest wellbeing scores"))
        self.share_wellbeing_button.clicked.connect(self.share_wellbeing)
        row.addWidget(self.wellbeing_borough, 1)
        row.addWidget(self.share_wellbeing_button)
        box.addLayout(row)
        layout.addWidget(self.wellbeing_box)
        return page

    def _results_tab(self) -> QWidget:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        self.results_page = QWidget(area)
        self.results_layout = QVBoxLayout(self.results_page)
        area.setWidget(self.results_page)
        area.setAccessibleName(self.tr("What people say"))
        return area

    def _outbox_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            paragraph(
                self.tr("Waiting to be sent. Choose one to see exactly what will be sent."), page
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal, page)
        self.pending_list = QListWidget(split)
        self.pending_list.setAccessibleName(self.tr("Waiting to be sent"))
        self.preview = QPlainTextEdit(split)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Exactly what will be sent"))
        self.pending_list.currentItemChanged.connect(self._show_preview)
        layout.addWidget(split, 1)
        self.hold_back = QPushButton(self.tr("&Do not send this"), page)
        self.hold_back.setAccessibleName(self.tr("Do not send the chosen item"))
        self.hold_back.clicked.connect(self.cancel_item)
        layout.addWidget(self.hold_back)
        layout.addWidget(heading(self.tr("Already sent"), page, level=2))
        self.sent_list = QListWidget(page)
        self.sent_list.setAccessibleName(self.tr("Already sent: what, when and where"))
        layout.addWidget(self.sent_list, 1)
        return page

    # -- showing ----------------------------------------------------------------------

    def _load(self, vault: Vault) -> ParticipationData:
        return load(vault)

    def _show(self, data: ParticipationData) -> None:
        self.data = data
        for purpose, (status, _read, stop) in self.consent_rows.items():
            record = data.consents[purpose]
            if data.agreed[purpose] and record is not None:
                status.setText(
                    self.tr("On. You agreed on {day}.").format(day=wording.day(record.at.date()))
                )
            elif record is not None and record.action == "given":
                status.setText(self.tr("Off. The text has changed; please read it again."))
            elif record is not None:
                status.setText(
                    self.tr("Off. You stopped this on {day}.").format(
                        day=wording.day(record.at.date())
                    )
                )
            else:
                status.setText(self.tr("Off. Nothing is shared."))
            stop.setEnabled(data.agreed[purpose])
        self.endpoint_label.setText(data.endpoint or self.tr("None yet. Add one in Settings."))
        if data.last_sync:
            self.sync_status.setText(wording.moment(datetime.fromisoformat(data.last_sync)))
        else:
            self.sync_status.setText(self.tr("Never"))
        self.sync_button.setEnabled(bool(data.endpoint) and not self._syncing)
        self._filter_services()
        self._show_surveys(data)
        self._show_results(data.results)
        self._show_responses(data.responses)
        self._show_outbox(data)

    def _filter_services(self) -> None:
        data = self.data
        self.service_list.clear()
        if data is None:
            return
        if not data.services:
            self.services_note.setText(
                self.tr(
                    'No list of services yet. Turn on "Download the list of local services" '
                    "in Choices, then press Sync now."
                )
            )
        found = directory.search(
            data.services, self.need.text(), self.borough.currentData() or None
        )
        if data.services:
            self.services_note.setText(self.tr("{count} services found.").format(count=len(found)))
        for service in found:
            item = QListWidgetItem(f"{service.name} ({service.borough})")
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            self.service_list.addItem(item)
        self.feedback_button.setEnabled(bool(found) and data.agreed["feedback"])

    def _service(self) -> Service | None:
        item = self.service_list.currentItem()
        if item is None or self.data is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.data.services if s.id == wanted), None)

    def _show_service(self) -> None:
        service = self._service()
        if service is None:
            self.service_detail.clear()
            return
        lines = [
            f"<h3>{escape(service.name)}</h3>",
            f"<p>{escape(service.description or '')}</p>",
            f"<p>{escape(self.tr('Run by'))}: {escape(service.organization.name)}</p>",
        ]
        for place in service.service_at_locations:
            for address in place.location.addresses:
                lines.append(
                    f"<p>{escape(address.address_1)}, {escape(address.city)} "
                    f"{escape(address.postal_code)}</p>"
                )
        for schedule in service.schedules:
            if schedule.description:
                lines.append(f"<p>{escape(schedule.description)}</p>")
        contact = [x for x in (service.email, service.url) if x]
        if contact:
            lines.append(f"<p>{escape(' · '.join(contact))}</p>")
        self.service_detail.setHtml("".join(lines))

    def _show_surveys(self, data: ParticipationData) -> None:
        self.survey_list.clear()
        if not data.agreed["surveys"]:
            self.surveys_note.setText(
                self.tr('Turn on "Answer local surveys and consultations" in Choices to see them.')
            )
        elif not data.surveys:
            self.surveys_note.setText(
                self.tr("No open surveys right now. Press Sync now to check.")
            )
        else:
            self.surveys_note.setText(self.tr("Open surveys. Answer only what you want to."))
        for survey in data.surveys:
            item = QListWidgetItem(
                self.tr("{title} (closes {day})").format(
                    title=survey.title, day=wording.day(survey.closes_on)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, survey.id)
            self.survey_list.addItem(item)
        can_share = data.agreed["wellbeing"] and data.latest_ons4 is not None
        self.share_wellbeing_button.setEnabled(can_share)
        if not data.agreed["wellbeing"]:
            self.wellbeing_note.setText(
                self.tr('Turn on "Share how you feel, privately" in Choices to use this.')
            )
        elif data.latest_ons4 is None:
            self.wellbeing_note.setText(
                self.tr("Fill in the four wellbeing questions in Check-ins first.")
            )
        else:
            self.wellbeing_note.setText(
                self.tr(
                    "Your scores from {day} will be mixed with random noise before they leave. "
                    "About {n} in 10 of the numbers sent will be your real answers; the rest are "
                    "random. No one can tell which."
                ).format(
                    day=wording.day(data.latest_ons4.completed_at.date()),
                    n=max(1, round(_keep_probability() * 10)),
                )
            )
        if data.borough:
            index = self.wellbeing_borough.findData(data.borough)
            if index >= 0:
                self.wellbeing_borough.setCurrentIndex(index)

    def _show_responses(self, responses: list[ConsultationResponse]) -> None:
        """'You said, we did' at the top of What people say: each organisation's answer to a
        consultation this person took part in (plain text; from the cache, so offline too)."""
        if not responses:
            return
        page = self.results_page
        at = 0
        self.results_layout.insertWidget(
            at, heading(self.tr("You said, we did"), page, level=2))
        for response in responses:
            at += 1
            self.results_layout.insertWidget(
                at, server_text(heading(response.title, page, level=3)))
            at += 1
            self.results_layout.insertWidget(at, server_text(paragraph(
                self.tr("{organisation}, {day}, about “{survey}”").format(
                    organisation=response.organisation,
                    day=wording.day(response.published_on),
                    survey=response.survey_title,
                ), page)))
            at += 1
            self.results_layout.insertWidget(at, server_text(paragraph(response.body, page)))

    def _show_results(self, results: Results | None) -> None:
        while self.results_layout.count():
            taken = self.results_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        page = self.results_page
        if results is None:
            self.results_layout.addWidget(
                paragraph(
                    self.tr("No results yet. Results come with Sync now once you take part."), page
                )
            )
            self.results_layout.addStretch(1)
            return
        self.results_layout.addWidget(
            paragraph(
                self.tr(
                    "Numbers from fewer than 10 people are hidden, so no one can be picked out."
                ),
                page,
            )
        )
        data = self.data
        assert data is not None
        still_open = {survey.id for survey in data.surveys}
        for survey in results.surveys:
            self.results_layout.addWidget(server_text(heading(survey.title, page, level=2)))
            if data.agreed["surveys"] and survey.survey_id not in still_open:
                self.results_layout.addWidget(paragraph(
                    self.tr("This consultation has closed: these are its results."), page))
            for question in survey.questions:
                chart = BarChart(question.text, page)
                chart.set_bars(
                    [
                        Bar(o.label, o.count.value, self.tr("{n} people").format(n=o.count.value))
                        for o in question.options
                    ]
                )
                self.results_layout.addWidget(server_text(QLabel(question.text, page)))
                self.results_layout.addWidget(chart)
        rated = [s for s in results.services if s.responses.value]
        if rated:
            self.results_layout.addWidget(
                heading(self.tr("Services: people who said good or very good"), page, level=2)
            )
            chart = BarChart(self.tr("Services rated good or very good"), page)
            chart.set_bars(
                [
                    Bar(
                        s.name or s.service_id,
                        s.percent_positive.value,
                        f"{s.percent_positive.value or 0:.0f}%",
                    )
                    for s in rated
                ],
                maximum=100,
            )
            self.results_layout.addWidget(chart)
        shown = [w for w in results.wellbeing if not w.reports.suppressed]
        if shown:
            self.results_layout.addWidget(
                heading(
                    self.tr("How satisfied people are with life (0 to 10), by borough"),
                    page,
                    level=2,
                )
            )
            chart = BarChart(self.tr("Life satisfaction by borough"), page)
            chart.set_bars(
                [Bar(w.borough, w.satisfied.value, f"{w.satisfied.value or 0:.1f}") for w in shown],
                maximum=10,
            )
            self.results_layout.addWidget(chart)
        self._show_outcomes(results, page)
        self.results_layout.addStretch(1)

    def _show_outcomes(self, results: Results, page: QWidget) -> None:
        """Each published (category, borough) cell on its own; hidden cells are not listed."""
        for cell in results.outcomes:
            if cell.people.suppressed or cell.people.value is None:
                continue
            title = self.tr("What people who went to {category} in {borough} said").format(
                category=cell.category_name, borough=cell.borough
            )
            self.results_layout.addWidget(server_text(heading(title, page, level=2)))
            changes = [cell.satisfied.value, cell.worthwhile.value, cell.happy.value,
                       cell.anxious.value]
            if any(value is None for value in changes):
                continue
            said = self.tr(
                "{people} people went at least {sessions} times between them. On average, "
                "since they started: life satisfaction {satisfied}, feeling worthwhile "
                "{worthwhile}, happiness {happy}, anxiety {anxious} (each on a 0 to 10 scale; "
                "for anxiety, down is better)."
            ).format(
                people=cell.people.value,
                sessions=cell.attendance.value,
                satisfied=f"{cell.satisfied.value:+.1f}",
                worthwhile=f"{cell.worthwhile.value:+.1f}",
                happy=f"{cell.happy.value:+.1f}",
                anxious=f"{cell.anxious.value:+.1f}",
            )
            self.results_layout.addWidget(server_text(paragraph(said, page)))

    def _show_outbox(self, data: ParticipationData) -> None:
        self.pending_list.clear()
        for item in data.pending:
            row = QListWidgetItem(item_summary(item))
            row.setData(Qt.ItemDataRole.UserRole, str(item.contribution.id))
            self.pending_list.addItem(row)
        self.hold_back.setEnabled(bool(data.pending))
        self.preview.clear()
        self.sent_list.clear()
        for item in data.sent[:500]:
            when = wording.moment(item.sent_at) if item.sent_at else ""
            self.sent_list.addItem(
                self.tr("{what}, sent {when} to {where}").format(
                    what=item_summary(item), when=when, where=item.endpoint or ""
                )
            )

    def _show_preview(self) -> None:
        row = self.pending_list.currentItem()
        if row is None or self.data is None:
            self.preview.clear()
            return
        wanted = row.data(Qt.ItemDataRole.UserRole)
        found = next((i for i in self.data.pending if str(i.contribution.id) == wanted), None)
        self.preview.setPlainText(found.json if found else "")

    def _clear(self) -> None:
        self.data = None
        self._show_syncing(False)  # a sync still running stops at its next vault step
        for status, _read, stop in self.consent_rows.values():
            status.clear()
            stop.setEnabled(False)
        for widget in (self.service_list, self.survey_list, self.pending_list, self.sent_list):
            widget.clear()
        self.service_detail.clear()
        self.preview.clear()
        self.endpoint_label.clear()
        self.sync_status.clear()
        self._show_results(None)

    # -- actions ----------------------------------------------------------------------

    def ask_consent(self, purpose: Purpose) -> None:
        dialog = ConsentDialog(purpose, self)
        dialog.accepted.connect(
            lambda: self.call(
                lambda v: consent.record(v, purpose, "given"),
                lambda _r: self.banner.show_message(
                    self.tr("Thank you. This is now on."), "success"
                ),
                changes="participation",
            )
        )
        self.show_dialog(dialog)

    def withdraw(self, purpose: Purpose) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop sharing?"),
            self.tr(
                'Stop "{title}"? Nothing more will be sent, and the app will ask the '
                "server to delete what you sent for this."
            ).format(title=consent_title(purpose)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        profiles = self.session.profiles

        def ask_server(at: VaultCall, _progress: Any) -> int | None:
            url = at(state.endpoint)
            client = EndpointClient(url) if url else None
            try:
                return engine.delete_at_server(
                    at, purpose, client, token_store(at, profiles.keyring())
                )
            finally:
                if client is not None:
                    client.close()

        def done(deleted: int | None) -> None:
            if deleted is None:
                self.banner.show_message(
                    self.tr(
                        "Stopped. The server could not be reached; what you sent will be deleted "
                        "at the next sync."
                    ),
                    "info",
                )
            else:
                self.banner.show_message(self.tr("Stopped. Nothing more will be sent."), "success")
            self.session.changed.emit("participation")

        def recorded(_record: object) -> None:
            # Nothing queued can leave now. The request to delete goes in the network
            # worker, after any batch already on its way (ui/tasks.py).
            self.call_network(ask_server, done)

        self.call(
            lambda v: consent.record(v, purpose, "withdrawn"), recorded, changes="participation"
        )

    def sync_now(self) -> None:
        profiles = self.session.profiles
        self._show_syncing(True)
        self.progress.setRange(0, 0)

        def work(at: VaultCall, progress: Any) -> SyncReport:
            url = at(state.endpoint)
            if not url:
                raise InputError(
                    QCoreApplication.translate("Participation", "Set the server address first.")
                )
            client = EndpointClient(url)
            tokens = token_store(at, profiles.keyring())
            try:
                engine.finish_withdrawals(at, client, tokens)
                return engine.sync_now(at, client, tokens, progress)
            finally:
                client.close()

        def step(done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        def finished(report: SyncReport) -> None:
            self._show_syncing(False)
            if not any(self.data.agreed.values() if self.data else ()):
                self.banner.show_message(
                    self.tr("You have not turned anything on, so nothing was sent."), "info"
                )
            else:
                self.banner.show_message(
                    self.tr("Sync finished. Sent {n} item(s).").format(n=report.sent), "success"
                )
            self.session.changed.emit("participation")

        def failed(exc: BaseException) -> None:
            self._show_syncing(False)
            self.banner.show_message(user_message(exc), "error")

        self.call_network(work, finished, failed, step)

    def _show_syncing(self, syncing: bool) -> None:
        self._syncing = syncing
        self.progress.setVisible(syncing)
        self.sync_button.setEnabled(not syncing)

    def give_feedback(self) -> None:
        service = self._service()
        if service is None:
            self.banner.show_message(self.tr("Choose a service first."), "info")
            return
        dialog = FeedbackDialog(service, self)
        dialog.accepted.connect(lambda: self._queue_feedback(service, dialog))
        self.show_dialog(dialog)

    def _queue_feedback(self, service: Service, dialog: FeedbackDialog) -> None:
        rating = dialog.rating() or ""
        comment = dialog.comment.toPlainText().strip() or None
        self.call(
            lambda v: outbox.queue_feedback(v, service.id, rating, comment),
            lambda _r: self.banner.show_message(
                self.tr("Added to the send list. You can check it in Sent and waiting."), "success"
            ),
            changes="participation",
        )

    def answer_survey(self) -> None:
        row = self.survey_list.currentItem()
        if row is None or self.data is None:
            self.banner.show_message(self.tr("Choose a survey first."), "info")
            return
        wanted = row.data(Qt.ItemDataRole.UserRole)
        survey = next((s for s in self.data.surveys if s.id == wanted), None)
        if survey is None:
            return
        dialog = SurveyDialog(survey, self)
        dialog.accepted.connect(lambda: self._queue_answers(survey, dialog))
        self.show_dialog(dialog)

    def _queue_answers(self, survey: Survey, dialog: SurveyDialog) -> None:
        answers = dialog.answers()
        if not answers:
            self.banner.show_message(
                self.tr("You did not answer anything, so nothing was added."), "info"
            )
            return

        def queue_all(vault: Vault) -> int:
            for question_id, option_id, text in answers:
                outbox.queue_survey_answer(vault, survey.id, question_id, option_id, text)
            return len(answers)

        self.call(
            queue_all,
            lambda n: self.banner.show_message(
                self.tr("{n} answer(s) added to the send list.").format(n=n), "success"
            ),
            changes="participation",
        )

    def share_wellbeing(self) -> None:
        data = self.data
        if data is None or data.latest_ons4 is None:
            return
        response = data.latest_ons4
        borough = str(self.wellbeing_borough.currentData())
        self.call(
            lambda v: outbox.queue_wellbeing(v, response, borough, DEFAULT_EPSILON),
            lambda _r: self.banner.show_message(
                self.tr("Your scores, with noise added, are on the send list."), "success"
            ),
            changes="participation",
        )

    def cancel_item(self) -> None:
        row = self.pending_list.currentItem()
        if row is None:
            self.banner.show_message(self.tr("Choose an item first."), "info")
            return
        item_id = UUID(str(row.data(Qt.ItemDataRole.UserRole)))
        self.call(
            lambda v: outbox.cancel(v, item_id),
            lambda _r: self.banner.show_message(self.tr("That item will not be sent."), "success"),
            changes="participation",
        )


def _keep_probability() -> float:
    return rr_keep_probability(DEFAULT_EPSILON)
