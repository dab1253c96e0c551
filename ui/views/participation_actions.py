"""The vault and network side of Taking part: what the screen reads (`load`) and what the
person's choices do (agree, stop sharing, sync now, give feedback, answer a survey, share
wellbeing scores, hold an item back). Only "Sync now" and stopping talk to the network, in the
network worker, and nothing is sent for a purpose the person has not agreed to.

`ParticipationActions` is the base class of `ui.views.participation.ParticipationView`, which
builds the widgets these actions read; the split keeps each module short. Its words keep the
screen's "ParticipationView" translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QMessageBox, QProgressBar, QPushButton

from planner.domain.questionnaire import QuestionnaireResponse
from planner.errors import InputError
from planner.vault import Vault
from sync import commitments, consent, directory, engine, outbox, state
from sync.access import VaultCall
from sync.client import EndpointClient
from sync.consent import ConsentRecord, Purpose
from sync.deliberation import cached_shifts
from sync.engine import SyncReport
from sync.privacy import DEFAULT_EPSILON
from sync.protocol import (
    Commitment,
    ConsultationResponse,
    DeliberationResults,
    Results,
    Service,
    Survey,
)
from sync.tokens import token_store
from ui.dialogs.participation import ConsentDialog, FeedbackDialog, SurveyDialog, consent_title
from ui.models.outbox import OutboxListModel
from ui.views.base import FeatureView
from ui.views.participation_budget import BudgetData, load_budgets
from ui.views.participation_deliberation import answer_deliberation
from ui.views.participation_feeds import FeedRow, feed_rows
from ui.views.participation_panel import PanelState, panel_state
from ui.widgets.forms import user_message
from ui.widgets.row_list import RowList


@dataclass(frozen=True)
class ParticipationData:
    consents: dict[Purpose, ConsentRecord | None]
    agreed: dict[Purpose, bool]
    endpoint: str | None
    last_sync: str | None
    # The outbox as stored, parsed only for the rows shown (ui/models/outbox.py): all that is
    # queued (None until "Sent and waiting" is first chosen: see `load`), and the newest
    # SENT_SHOWN of the ledger.
    pending: Sequence[outbox.Row] | None
    sent: list[outbox.Row]
    services: list[Service]
    surveys: list[Survey]
    results: Results | None
    latest_ons4: QuestionnaireResponse | None
    borough: str | None
    # "You said, we did" for the consultations this person answered (from the cache).
    responses: list[ConsultationResponse] = field(default_factory=list)
    feeds: list[FeedRow] = field(default_factory=list)  # the borough feeds added
    panel: PanelState | None = None  # the citizens' panel (ui/views/participation_panel.py)
    # Deliberative consultations' published before/after figures, per consultation id.
    shifts: dict[str, DeliberationResults] = field(default_factory=dict)
    # Commitments of consultations this person answered, and those they follow (#26).
    commitments: list[Commitment] = field(default_factory=list)
    followed: set[str] = field(default_factory=set)
    # The Budgets tab's rounds, ballots and consent, read with the rest: a load of its own
    # after the first answer was one more wait and one more paint before the screen settled.
    budgets: BudgetData = ([], {}, False)


SENT_SHOWN = 500  # the ledger lists the newest this many


def answered_responses(vault: Vault) -> list[ConsultationResponse]:
    """The cached "you said, we did" responses to consultations this person answered."""
    responses = engine.cached_responses(vault).responses
    if not responses:
        return []  # the outbox is not read for nothing
    answered = outbox.answered_surveys(vault)
    return [r for r in responses if r.survey_id in answered]


def load(vault: Vault, queue: bool = True) -> ParticipationData:
    """Runs in the serial worker. The outbox comes unparsed: a long queue costs a read here
    and nothing more until its rows are shown; with `queue` False not even the read. Taking
    part opens on its Choices tab, and reading 10,000 queued items there was a third of the
    time to open it (issue #22); the queue is read once the person opens the tab that
    lists it."""
    person = vault.person.get()
    return ParticipationData(
        consents=consent.current(vault),
        agreed={p: consent.has_consent(vault, p) for p in consent.PURPOSES},
        endpoint=state.endpoint(vault),
        last_sync=state.get(vault, "last_sync"),
        pending=outbox.pending_rows(vault) if queue else None,
        sent=outbox.sent_rows(vault, SENT_SHOWN),
        services=directory.services(vault),
        surveys=engine.cached_surveys(vault).surveys,
        results=engine.cached_results(vault),
        latest_ons4=vault.questionnaires.latest("ONS4"),
        borough=person.borough if person else None,
        responses=answered_responses(vault),
        feeds=feed_rows(vault),
        panel=panel_state(vault),
        shifts=cached_shifts(vault),
        commitments=commitments.answered_commitments(vault),
        followed=commitments.followed(vault),
        budgets=load_budgets(vault),
    )


class ParticipationActions(FeatureView[ParticipationData]):
    """What the person does on Taking part (see the module docstring)."""

    data: ParticipationData | None
    _syncing: bool
    progress: QProgressBar
    sync_button: QPushButton
    service_list: QListWidget
    survey_list: QListWidget
    wellbeing_borough: QComboBox
    pending_model: OutboxListModel
    pending_list: RowList

    def _service(self) -> Service | None:
        item = self.service_list.currentItem()
        if item is None or self.data is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.data.services if s.id == wanted), None)

    def ask_consent(self, purpose: Purpose) -> None:
        dialog = ConsentDialog(purpose, self)
        dialog.accepted.connect(
            lambda: self.call(
                lambda v: consent.record(v, purpose, "given"),
                lambda _r: self.banner.show_message(
                    QCoreApplication.translate("ParticipationView", "Thank you. This is now on."),
                    "success",
                ),
                changes="participation",
            )
        )
        self.show_dialog(dialog)

    def withdraw(self, purpose: Purpose) -> None:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ParticipationView", "Stop sharing?"),
            QCoreApplication.translate(
                "ParticipationView",
                'Stop "{title}"? Nothing more will be sent, and the app will ask the '
                "server to delete what you sent for this.",
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
                    QCoreApplication.translate(
                        "ParticipationView",
                        "Stopped. The server could not be reached; what you sent will be deleted "
                        "at the next sync.",
                    ),
                    "info",
                )
            else:
                self.banner.show_message(
                    QCoreApplication.translate(
                        "ParticipationView", "Stopped. Nothing more will be sent."
                    ),
                    "success",
                )
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
                    QCoreApplication.translate(
                        "ParticipationView", "You have not turned anything on, so nothing was sent."
                    ),
                    "info",
                )
            else:
                sent = report.sent
                self.banner.show_message(
                    (
                        QCoreApplication.translate(
                            "ParticipationView", "Sync finished. Sent 1 item."
                        )
                        if sent == 1
                        else QCoreApplication.translate(
                            "ParticipationView", "Sync finished. Sent {n} items.", None, sent
                        )
                    ).format(n=sent),
                    "success",
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
            self.banner.show_message(
                QCoreApplication.translate("ParticipationView", "Choose a service first."), "info"
            )
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
                QCoreApplication.translate(
                    "ParticipationView",
                    "Added to the send list. You can check it in Sent and waiting.",
                ),
                "success",
            ),
            changes="participation",
        )

    def answer_survey(self) -> None:
        row = self.survey_list.currentItem()
        if row is None or self.data is None:
            self.banner.show_message(
                QCoreApplication.translate("ParticipationView", "Choose a survey first."), "info"
            )
            return
        wanted = row.data(Qt.ItemDataRole.UserRole)
        survey = next((s for s in self.data.surveys if s.id == wanted), None)
        if survey is None:
            return
        if survey.deliberation is not None and survey.deliberation.paired:
            answer_deliberation(self, survey)
            return
        dialog = SurveyDialog(survey, self)
        dialog.accepted.connect(lambda: self._queue_answers(survey, dialog))
        self.show_dialog(dialog)

    def _queue_answers(self, survey: Survey, dialog: SurveyDialog) -> None:
        answers = dialog.answers()
        if not answers:
            self.banner.show_message(
                QCoreApplication.translate(
                    "ParticipationView", "You did not answer anything, so nothing was added."
                ),
                "info",
            )
            return

        def queue_all(vault: Vault) -> int:
            for question_id, option_id, text in answers:
                outbox.queue_survey_answer(vault, survey.id, question_id, option_id, text)
            return len(answers)

        self.call(
            queue_all,
            lambda n: self.banner.show_message(
                (
                    QCoreApplication.translate(
                        "ParticipationView", "1 answer added to the send list."
                    )
                    if n == 1
                    else QCoreApplication.translate(
                        "ParticipationView", "{n} answers added to the send list.", None, n
                    )
                ).format(n=n),
                "success",
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
                QCoreApplication.translate(
                    "ParticipationView", "Your scores, with noise added, are on the send list."
                ),
                "success",
            ),
            changes="participation",
        )

    def cancel_item(self) -> None:
        row = self.pending_list.currentRow()
        if row < 0:
            self.banner.show_message(
                QCoreApplication.translate("ParticipationView", "Choose an item first."), "info"
            )
            return
        item_id = self.pending_model.item_id(row)
        self.call(
            lambda v: outbox.cancel(v, item_id),
            lambda _r: self.banner.show_message(
                QCoreApplication.translate("ParticipationView", "That item will not be sent."),
                "success",
            ),
            changes="participation",
        )
