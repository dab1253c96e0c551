"""Taking part: consents, local services, surveys, feedback, results, and what was sent.

Everything here is offline first. Consents, the outbox, the directory, the surveys and the
results all come from the vault; only "Sync now" talks to the network (through `sync.engine`,
in the worker), and it sends nothing for a purpose the person has not agreed to. Before anything
leaves, "Sent and waiting" shows the exact text that will be sent, with a button to hold it back.

What the screen reads and what the person's choices do are the base class in
`participation_actions.py`; the forms are in `ui/dialogs/participation.py`.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.vault import Vault
from sync import consent, directory
from sync.consent import Purpose
from sync.outbox import OutboxItem
from sync.privacy import DEFAULT_EPSILON
from sync.protocol import LONDON_BOROUGHS, ConsultationResponse, rr_keep_probability
from ui.dialogs.participation import FFT_LABELS, consent_title, server_text
from ui.models.outbox import OutboxListModel
from ui.session import Session
from ui.views.base import heading, paragraph
from ui.views.participation_account import AssistedPanel, show_commitments
from ui.views.participation_actions import ParticipationActions, ParticipationData, load
from ui.views.participation_budget import BudgetPanel
from ui.views.participation_feeds import FeedsPanel
from ui.views.participation_panel import PanelPage
from ui.views.participation_results import ResultsShown
from ui.widgets import wording
from ui.widgets.responsive import ResponsiveBox
from ui.widgets.row_list import RowList
from ui.widgets.tabs import short_tabs


def item_summary(item: OutboxItem) -> str:
    body = item.contribution.body
    if body.kind == "fft":
        what = QCoreApplication.translate(
            "Participation", "Feedback on a service: {rating}"
        ).format(rating=QCoreApplication.translate("Participation", FFT_LABELS[body.rating]))
    elif body.kind == "survey":
        what = QCoreApplication.translate("Participation", "Survey answer")
    elif body.kind == "budget":
        what = QCoreApplication.translate("Participation", "Vote in a budget round")
    elif body.kind == "deliberation":
        what = QCoreApplication.translate("Participation", "Answer before and after reading")
    elif body.kind == "outcome":
        what = QCoreApplication.translate(
            "Participation", "What helped: {category} in {borough} (with random noise)"
        ).format(category=body.category, borough=body.borough)
    else:
        what = QCoreApplication.translate("Participation", "Wellbeing scores (with random noise)")
    return what


def _host(address: str) -> str:
    """Where a service came from, as a person recognises it: the feed's or server's host."""
    return urlsplit(address).hostname or address


class ParticipationView(ResultsShown, ParticipationActions):
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
        self._consent_tab(self._tab(self.tr("&Choices")))
        self._services_tab(self._tab(self.tr("Local &services")))
        self._surveys_tab(self._tab(self.tr("Su&rveys")))
        self.budget_panel = BudgetPanel(self, self)
        self.tabs.addTab(self.budget_panel, self.tr("&Budgets"))
        self._results_tab()
        self.outbox_page = self._tab(self.tr("Se&nt and waiting"))
        self._outbox_tab(self.outbox_page)
        # The queue is read while its tab is shown (see `participation_actions.load`).
        self._queue_wanted = False
        self.tabs.currentChanged.connect(self._tab_chosen)
        # Short names at large text sizes; the whole name stays in the tooltip (#23).
        self.tab_names = short_tabs(self.tabs, [
            (self.tr("&Choices"), self.tr("&Choices")),
            (self.tr("Local &services"), self.tr("&Services")),
            (self.tr("Su&rveys"), self.tr("Su&rveys")),
            (self.tr("&Budgets"), self.tr("&Budgets")),
            (self.tr("&What people say"), self.tr("Vie&ws")),
            (self.tr("Se&nt and waiting"), self.tr("Se&nt")),
        ])
        layout.addWidget(self.tabs, 1)

    # -- building ---------------------------------------------------------------------

    def _tab(self, title: str) -> QWidget:
        """An empty page, put in its tab before anything is made in it: under the app's style
        sheet a page moved into the tabs is restyled with all inside it (~8 ms of opening
        Taking part, #22), an empty one costs nothing."""
        page = QWidget()
        self.tabs.addTab(page, title)
        return page

    def _consent_tab(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        self.consent_rows: dict[Purpose, tuple[QLabel, QPushButton, QPushButton]] = {}
        for purpose in consent.PURPOSES:
            box = QGroupBox(consent_title(purpose), page)
            row = ResponsiveBox(box, min_chars=60)  # the buttons go below at large text sizes
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
        # The citizens' panel is one more choice about taking part, so it sits with the others
        # (a seventh tab did not fit the window's width at 200 % text).
        layout.addWidget(heading(self.tr("Citizens' panel"), page, level=2))
        self.panel_page = PanelPage(self, page)
        layout.addWidget(self.panel_page)
        layout.addStretch(1)

    def _services_tab(self, page: QWidget) -> None:
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
        self.feeds_panel = FeedsPanel(self, page)
        layout.addWidget(self.feeds_panel)

    def _surveys_tab(self, page: QWidget) -> None:
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
        row = ResponsiveBox(min_chars=40)  # the button goes below at large text sizes (#23)
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
        self.assisted = AssistedPanel(self, page)
        layout.addWidget(self.assisted)

    def _people(self, n: int) -> str:
        """ "1 person", "3 people" (three forms in Polish)."""
        return self.tr("1 person") if n == 1 else self.tr("{n} people", None, n).format(n=n)

    def _results_tab(self) -> None:
        area = QScrollArea()
        self.tabs.addTab(area, self.tr("&What people say"))
        area.setWidgetResizable(True)
        self.results_page = QWidget(area.viewport())
        self.results_layout = QVBoxLayout(self.results_page)
        area.setWidget(self.results_page)
        area.setAccessibleName(self.tr("What people say"))

    def _outbox_tab(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.addWidget(
            paragraph(
                self.tr("Waiting to be sent. Choose one to see exactly what will be sent."), page
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal, page)
        # Models, not QListWidgets: a queue may hold 10,000 items (ui/models/outbox.py).
        self.pending_model = OutboxListModel(item_summary, self)
        self.pending_list = RowList(self.pending_model, split)
        self.pending_list.setAccessibleName(self.tr("Waiting to be sent"))
        self.preview = QPlainTextEdit(split)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Exactly what will be sent"))
        self.pending_list.selectionModel().currentChanged.connect(self._show_preview)
        layout.addWidget(split, 1)
        self.hold_back = QPushButton(self.tr("&Do not send this"), page)
        self.hold_back.setAccessibleName(self.tr("Do not send the chosen item"))
        self.hold_back.clicked.connect(self.cancel_item)
        layout.addWidget(self.hold_back)
        layout.addWidget(heading(self.tr("Already sent"), page, level=2))
        self.sent_model = OutboxListModel(self._sent_words, self)
        self.sent_list = RowList(self.sent_model, page)
        self.sent_list.setAccessibleName(self.tr("Already sent: what, when and where"))
        layout.addWidget(self.sent_list, 1)

    # -- showing ----------------------------------------------------------------------

    def _load(self, vault: Vault) -> ParticipationData:
        return load(vault, queue=self._queue_wanted)

    def _tab_chosen(self, _index: int) -> None:
        """The queue is read while its tab is shown (and read now if it has not been)."""
        self._queue_wanted = self.tabs.currentWidget() is self.outbox_page
        if self._queue_wanted and (self.data is None or self.data.pending is None):
            self.refresh()

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
        if data.feeds:  # the directory consent covers every feed: name each one
            status = self.consent_rows["directory"][0]
            status.setText(status.text() + " " + self.tr(
                "It covers the participation server and these feeds: {feeds}.").format(
                feeds=", ".join(url for url, _count, _when in data.feeds)))
        self.endpoint_label.setText(data.endpoint or self.tr("None yet. Add one in Settings."))
        if data.last_sync:
            self.sync_status.setText(wording.moment(datetime.fromisoformat(data.last_sync)))
        else:
            self.sync_status.setText(self.tr("Never"))
        self.sync_button.setEnabled(bool(data.endpoint) and not self._syncing)
        self._filter_services()
        self.feeds_panel.show_feeds(data.feeds)
        self._show_surveys(data)
        self._show_results(data.results)
        self._show_responses(data.responses)
        show_commitments(self, self.results_layout, 1 + 3 * len(data.responses) if
                         data.responses else 0, data.commitments, data.followed)
        self.assisted.show_surveys(data.surveys)
        self._show_outbox(data)
        self.budget_panel.show_budgets(data.budgets)
        self.panel_page.show_state(data.panel, data.borough)

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
            count = len(found)
            self.services_note.setText(
                self.tr("1 service found.")
                if count == 1
                else self.tr("{count} services found.", None, count).format(count=count)
            )
        for service in found:
            where = service.borough or _host(service.sources[-1] if service.sources else "")
            item = QListWidgetItem(f"{service.name} ({where})" if where else service.name)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            self.service_list.addItem(item)
        self.feedback_button.setEnabled(bool(found) and data.agreed["feedback"])

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
        sources = [_host(source) for source in service.sources if source]
        if sources:
            lines.append(f"<p>{escape(self.tr('From'))}: {escape(', '.join(sources))}</p>")
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

    def _show_outbox(self, data: ParticipationData) -> None:
        # Worded row by row as they come into view; not read yet before its tab is chosen.
        self.pending_model.set_rows(data.pending or [])
        self.hold_back.setEnabled(bool(data.pending))
        self.preview.clear()
        self.sent_model.set_rows(data.sent)

    def _sent_words(self, item: OutboxItem) -> str:
        when = wording.moment(item.sent_at) if item.sent_at else ""
        return self.tr("{what}, sent {when} to {where}").format(
            what=item_summary(item), when=when, where=item.endpoint or ""
        )

    def _show_preview(self) -> None:
        row = self.pending_list.currentRow()
        if row < 0 or self.data is None:
            self.preview.clear()
            return
        self.preview.setPlainText(self.pending_model.item(row).json)

    def _clear(self) -> None:
        self.data = None
        self._queue_wanted = self.tabs.currentWidget() is self.outbox_page
        self.assisted.end_on_lock()
        self._show_syncing(False)  # a sync still running stops at its next vault step
        for status, _read, stop in self.consent_rows.values():
            status.clear()
            stop.setEnabled(False)
        for widget in (self.service_list, self.survey_list):
            widget.clear()
        self.pending_model.clear()
        self.sent_model.clear()
        self.service_detail.clear()
        self.preview.clear()
        self.endpoint_label.clear()
        self.sync_status.clear()
        self.panel_page.clear()
        self._show_results(None)
        self.budget_panel.clear()


def _keep_probability() -> float:
    return rr_keep_probability(DEFAULT_EPSILON)
