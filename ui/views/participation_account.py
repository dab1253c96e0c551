"""Taking part, issue #26: commitments people follow (point 4) and the assisted session at a
community centre (point 5). Kept apart from participation.py, which is near its size limit.

The assisted session: a helper reads a one-time code from the console and types it here; the
app spends it at the endpoint (network worker), then the person chooses their language and
reads the consent text in it, on the screen, before anything is recorded. Each answer is kept
in the vault at once (sync/assisted.py); the session ends when the person leaves (a button),
when the app locks, or after 30 minutes (checked every second against an injectable clock),
and its answers then leave under a contributor of their own, marked "assisted".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.vault import Vault
from sync import assisted, consent
from sync.access import VaultCall
from sync.client import EndpointClient
from sync.errors import SyncError
from sync.protocol import Commitment, Survey
from ui.dialogs.participation import ConsentDialog, SurveyDialog, server_text
from ui.i18n import LANGUAGES, RIGHT_TO_LEFT, translation_file
from ui.live import announce
from ui.views.base import heading, paragraph
from ui.widgets import wording
from ui.widgets.responsive import ResponsiveBox

D = TypeVar("D", bound=QDialog)

if TYPE_CHECKING:
    from ui.views.participation_actions import ParticipationActions

__all__ = [
    "AssistedPanel",
    "CodeDialog",
    "consent_dialog_in",
    "in_language",
    "show_commitments",
]


def status_words(status: str) -> str:
    return {
        "planned": QCoreApplication.translate("ParticipationView", "Planned"),
        "in_progress": QCoreApplication.translate("ParticipationView", "In progress"),
        "done": QCoreApplication.translate("ParticipationView", "Done"),
        "dropped": QCoreApplication.translate("ParticipationView", "Dropped"),
    }.get(status, status)


# --- commitments --------------------------------------------------------------------------


def _commitment_box(
    commitment: Commitment, following: bool, parent: QWidget, on_follow: Callable[[str, bool], None]
) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(server_text(heading(commitment.title, box, level=3)))
    layout.addWidget(
        server_text(
            paragraph(
                QCoreApplication.translate(
                    "ParticipationView", "{status}, {percent}% complete. {organisation}."
                ).format(
                    status=status_words(commitment.status),
                    percent=commitment.percent,
                    organisation=commitment.organisation,
                ),
                box,
            )
        )
    )
    bar = QProgressBar(box)
    bar.setRange(0, 100)
    bar.setValue(commitment.percent)
    bar.setAccessibleName(
        QCoreApplication.translate("ParticipationView", "{title}: {percent}% complete").format(
            title=commitment.title, percent=commitment.percent
        )
    )
    layout.addWidget(bar)
    follow = QCheckBox(
        QCoreApplication.translate("ParticipationView", "&Follow this commitment"), box
    )
    follow.setAccessibleName(
        QCoreApplication.translate("ParticipationView", "Follow this commitment: {title}").format(
            title=commitment.title
        )
    )
    follow.setChecked(following)
    follow.toggled.connect(lambda on: on_follow(commitment.id, on))
    layout.addWidget(follow)
    if following:
        for milestone in commitment.milestones:
            words = (
                QCoreApplication.translate("ParticipationView", "Reached: {title}")
                if milestone.done
                else QCoreApplication.translate("ParticipationView", "To come: {title}")
            )
            line = words.format(title=milestone.title)
            if milestone.due_on:
                line += " " + QCoreApplication.translate("ParticipationView", "(due {day})").format(
                    day=wording.day(milestone.due_on)
                )
            layout.addWidget(server_text(paragraph(line, box)))
        for update in reversed(commitment.updates):
            layout.addWidget(
                server_text(
                    paragraph(
                        QCoreApplication.translate(
                            "ParticipationView", "{day}: {status}, {percent}%. {text}"
                        ).format(
                            day=wording.day(update.on),
                            status=status_words(update.status),
                            percent=update.percent,
                            text=update.text,
                        ),
                        box,
                    )
                )
            )
    return box


def show_commitments(
    view: ParticipationActions,
    layout: QVBoxLayout,
    at: int,
    commitments: list[Commitment],
    followed: set[str],
) -> int:
    """Commitments of consultations this person answered, inserted into What people say at
    `at`; followed ones with their milestones and dated updates. Returns the next index."""
    if not commitments:
        return at
    page = layout.parentWidget() or view
    layout.insertWidget(
        at,
        heading(
            QCoreApplication.translate(
                "ParticipationView", "What they promised, and how far it has got"
            ),
            page,
            level=2,
        ),
    )
    for commitment in commitments:
        at += 1
        layout.insertWidget(
            at,
            _commitment_box(
                commitment,
                commitment.id in followed,
                page,
                lambda cid, on: view.call(lambda v: _follow(v, cid, on), changes="participation"),
            ),
        )
    return at + 1


def _follow(vault: Vault, commitment_id: str, on: bool) -> None:
    from sync import commitments

    commitments.follow(vault, commitment_id, on)


# --- the assisted session -----------------------------------------------------------------


def in_language(language: str, build: Callable[[], D]) -> D:
    """`build()` a dialog in `language`, whatever the app's own language: the language's
    translator is installed only while the dialog is built (its words are fixed then)."""
    app = QCoreApplication.instance()
    translator = QTranslator()
    installed = False
    if app is not None and language != "en_GB" and translator.load(translation_file(language)):
        installed = app.installTranslator(translator)
    try:
        dialog = build()
    finally:
        if installed and app is not None:
            app.removeTranslator(translator)
    dialog.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    return dialog


def consent_dialog_in(language: str, parent: QWidget | None) -> ConsentDialog:
    """The `surveys` consent dialog in the person's language."""
    return in_language(language, lambda: ConsentDialog("surveys", parent))


class CodeDialog(QDialog):
    """The helper types the console's one-time code; the person chooses their language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start an assisted session"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "For the helper: type the one-time code from the console. It is not linked "
                    "to you or to what the person says."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = QLineEdit(self)
        self.code.setMaxLength(8)
        self.code.setAccessibleName(self.tr("One-time code from the console"))
        form.addRow(self.tr("&One-time code"), self.code)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("The language of the person taking part"))
        form.addRow(self.tr("&Their language"), self.language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def typed_code(self) -> str:
        return self.code.text().strip().upper().replace(" ", "")


class AssistedPanel(QGroupBox):
    """Help at the community centre: start, run and end one person's assisted session."""

    def __init__(
        self,
        view: ParticipationActions,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Help at the community centre"))
        self.view = view
        self.now = now or (lambda: datetime.now(UTC))
        self.session: assisted.AssistedSession | None = None
        self.surveys: list[Survey] = []
        layout = QVBoxLayout(self)
        self.note = paragraph(
            self.tr(
                "A helper can start a session for someone who cannot take part alone. It ends "
                "when they leave, when the app locks, or after 30 minutes."
            ),
            self,
        )
        layout.addWidget(self.note)
        self.start_button = QPushButton(self.tr("S&tart an assisted session"), self)
        self.start_button.setAccessibleName(
            self.tr("Start an assisted session with a helper's code")
        )
        self.start_button.clicked.connect(self.start)
        layout.addWidget(self.start_button)
        self.active = QWidget(self)
        box = QVBoxLayout(self.active)
        box.setContentsMargins(0, 0, 0, 0)
        self.time_left = paragraph("", self.active)
        box.addWidget(self.time_left)
        box.addWidget(
            paragraph(
                self.tr(
                    "Nothing links these answers to you, so they cannot be taken back once "
                    "sent, like a paper form posted back."
                ),
                self.active,
            )
        )
        row = ResponsiveBox(min_chars=40)
        self.survey_choice = QComboBox(self.active)
        self.survey_choice.setAccessibleName(self.tr("Consultation to answer"))
        self.answer_button = QPushButton(self.tr("Answ&er it"), self.active)
        self.answer_button.setAccessibleName(self.tr("Answer the chosen consultation"))
        self.answer_button.clicked.connect(self.answer)
        row.addWidget(self.survey_choice, 1)
        row.addWidget(self.answer_button)
        box.addLayout(row)
        self.leave_button = QPushButton(
            self.tr("The person is &leaving: end the session"), self.active
        )
        self.leave_button.setAccessibleName(
            self.tr("The person is leaving: end the assisted session and send their answers")
        )
        self.leave_button.clicked.connect(lambda: self.end("left"))
        box.addWidget(self.leave_button)
        layout.addWidget(self.active)
        self.active.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    # -- starting ---------------------------------------------------------------------

    def show_surveys(self, surveys: list[Survey]) -> None:
        self.surveys = surveys
        self.survey_choice.clear()
        for survey in surveys:
            self.survey_choice.addItem(survey.title, survey.id)

    def start(self) -> None:
        dialog = CodeDialog(self)
        dialog.accepted.connect(
            lambda: self._redeem(dialog.typed_code(), str(dialog.language.currentData()))
        )
        self.view.show_dialog(dialog)

    def _redeem(self, code: str, language: str) -> None:
        def work(at: VaultCall, _progress: Any) -> None:
            from sync import state

            url = at(state.endpoint)
            if not url:
                raise SyncError(
                    QCoreApplication.translate("ParticipationView", "Set the server address first.")
                )
            client = EndpointClient(url)
            try:
                client.start_assisted(code)
            finally:
                client.close()

        self.view.call_network(work, lambda _r: self._ask_consent(language))

    def _ask_consent(self, language: str) -> None:
        dialog = consent_dialog_in(language, self)
        dialog.accepted.connect(lambda: self._begin(language))
        dialog.rejected.connect(
            lambda: self.view.banner.show_message(
                self.tr("They did not agree, so nothing was recorded."), "info"
            )
        )
        self.view.show_dialog(dialog)

    def _begin(self, language: str) -> None:
        self.session = assisted.AssistedSession(now=self.now)
        self.session.start(language)
        at = self.now()
        self.view.call(
            lambda v: assisted.record_consent(v, language, consent.TEXTS["surveys"].version, at)
        )
        self.start_button.setVisible(False)
        self.active.setVisible(True)
        self.timer.start()
        self.tick()
        self.survey_choice.setFocus()

    # -- during -----------------------------------------------------------------------

    def tick(self) -> None:
        session = self.session
        if session is None or not session.active:
            return
        if session.expired():
            self.end("timeout")
            return
        minutes = -(-int(session.remaining().total_seconds()) // 60)  # rounded up
        words = (
            self.tr("Assisted session: 1 minute left.")
            if minutes == 1
            else self.tr("Assisted session: {n} minutes left.", None, minutes).format(n=minutes)
        )
        if words != self.time_left.text():
            self.time_left.setText(words)
            if minutes in (5, 1):
                announce(self.time_left)

    def answer(self) -> None:
        survey = next((s for s in self.surveys if s.id == self.survey_choice.currentData()), None)
        if survey is None or self.session is None:
            return
        # The form's own words in the person's language (the questions are the server's).
        dialog = in_language(self.session.language or "en_GB", lambda: SurveyDialog(survey, self))
        dialog.accepted.connect(lambda: self._keep(survey, dialog.answers()))
        self.view.show_dialog(dialog)

    def _keep(self, survey: Survey, answers: list[tuple[str, str | None, str | None]]) -> None:
        session = self.session
        if session is None or not session.active or session.expired():
            self.end("timeout")
            return
        for question_id, option_id, text in answers:
            session.answer(survey.id, question_id, option_id, text)
        kept = list(session.answers)
        self.view.call(lambda v: assisted.hold(v, session.id, kept))
        self.view.banner.show_message(
            self.tr("Their answers are kept, marked as given with help."), "success"
        )

    # -- ending -----------------------------------------------------------------------

    def end(self, reason: str, *, send: bool = True) -> None:
        """End the session: the person left, time ran out, or the app locked (`send=False`:
        the vault is closing; the answers already in it go at the next sync)."""
        session, self.session = self.session, None
        self.timer.stop()
        self.active.setVisible(False)
        self.start_button.setVisible(True)
        self.time_left.clear()
        if session is None:
            return
        session.end(reason)
        if not send:
            return
        message = (
            self.tr("The 30 minutes are up, so the session has ended.")
            if reason == "timeout"
            else self.tr("The session has ended. Thank you.")
        )
        self.view.banner.show_message(message, "info")

        def work(at: VaultCall, _progress: Any) -> int:
            from sync import state

            url = at(state.endpoint)
            if not url:
                return 0
            client = EndpointClient(url)
            try:
                return assisted.send_held(at, client)
            finally:
                client.close()

        self.view.call_network(
            work,
            None,
            lambda _exc: self.view.banner.show_message(
                self.tr(
                    "Their answers could not be sent now; they are kept and go at the next sync."
                ),
                "info",
            ),
        )

    def end_on_lock(self) -> None:
        self.end("locked", send=False)
