"""The citizens' panel on Taking part: join with a few coarse bands, see exactly what will be
sent, see the consultations one was invited to, and leave.

Joining asks for the `panel` consent first (the same dialog and ledger as every purpose); the
bands wait in the vault until the next "Sync now" sends them (sync/panel.py), so the preview is
what will leave. Invitations arrive with a sync and are matched to the downloaded surveys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.vault import Vault
from sync import consent, engine, panel, state
from sync.protocol import AGE_BANDS, LONDON_BOROUGHS, PanelMembership
from ui.dialogs.participation import ConsentDialog
from ui.views.base import paragraph


@dataclass(frozen=True)
class PanelState:
    agreed: bool
    bands: PanelMembership | None
    sent: bool
    preview: str
    invited: list[tuple[str, str | None]] = field(default_factory=list)  # (id, title if known)


def panel_state(vault: Vault) -> PanelState:
    """Runs in the serial worker with the rest of Taking part's reading."""
    bands = panel.chosen(vault)
    surveys = {s.id: s.title for s in engine.cached_surveys(vault).surveys}
    invited: list[tuple[str, str | None]] = [(i, surveys.get(i)) for i in panel.invitations(vault)]
    if consent.has_consent(vault, "surveys"):  # a consultation no longer listed has closed
        invited = [(i, title) for i, title in invited if title is not None]
    return PanelState(
        agreed=consent.has_consent(vault, "panel"),
        bands=bands,
        sent=bands is not None and state.get(vault, panel.SENT) == state.get(vault, panel.BANDS),
        preview=panel.preview(vault),
        invited=invited,
    )


class Host(Protocol):
    """What the page needs of the screen that holds it (a `ParticipationActions`)."""

    def call(self, op: Any, on_done: Any = None, on_failed: Any = None, *,
             changes: str | None = None) -> None: ...
    def show_dialog(self, dialog: Any) -> None: ...
    def withdraw(self, purpose: Any) -> None: ...
    @property
    def banner(self) -> Any: ...


class PanelPage(QWidget):
    """The join screen: the bands, Join (or Save), the preview, invitations, Leave."""

    state: PanelState | None = None

    def __init__(self, host: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Join a standing panel of people from your borough, so that consultations hear "
            "from people like you. You give only a few answers in broad groups. The server "
            "picks who is invited at random; staff never learn who was picked."), self))
        self.status = paragraph("", self)
        layout.addWidget(self.status)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 200 % text (#23)
        self.age_band = QComboBox(self)
        self.age_band.setAccessibleName(self.tr("Your age group"))
        for band in AGE_BANDS:
            self.age_band.addItem(band, band)
        self.borough = QComboBox(self)
        self.borough.setAccessibleName(self.tr("The borough where you live"))
        for name in LONDON_BOROUGHS:
            self.borough.addItem(name, name)
        self.carer = QComboBox(self)
        self.carer.setAccessibleName(self.tr("Whether you look after someone (optional)"))
        self.carer.addItem(self.tr("I would rather not say"), "not_said")
        self.carer.addItem(self.tr("Yes, I look after someone"), "yes")
        self.carer.addItem(self.tr("No"), "no")
        form.addRow(self.tr("&Age group:"), self.age_band)
        form.addRow(self.tr("B&orough:"), self.borough)
        form.addRow(self.tr("Car&er:"), self.carer)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.join_button = QPushButton(self.tr("&Join the panel"), self)
        self.join_button.setAccessibleName(self.tr("Join the panel with these answers"))
        self.join_button.clicked.connect(self.join)
        self.leave_button = QPushButton(self.tr("&Leave the panel"), self)
        self.leave_button.setAccessibleName(
            self.tr("Leave the panel and ask the server to delete your membership"))
        self.leave_button.clicked.connect(lambda: self.host.withdraw("panel"))
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(paragraph(self.tr("Exactly what the panel sends:"), self))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Exactly what the panel sends"))
        self.preview.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.preview.setMaximumHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.preview)
        self.invited_note = paragraph("", self)
        layout.addWidget(self.invited_note)
        self.invited = QListWidget(self)
        self.invited.setAccessibleName(self.tr("Consultations you are invited to"))
        layout.addWidget(self.invited, 1)
        layout.addStretch(0)
        for box in (self.age_band, self.borough, self.carer):
            box.currentIndexChanged.connect(self._preview_choice)

    def _preview_choice(self) -> None:
        """Before joining, the preview follows the choices: it is what Join would keep."""
        if self.state is None or self.state.bands is None or not self.state.agreed:
            self.preview.setPlainText(self.chosen().model_dump_json())

    def chosen(self) -> PanelMembership:
        return PanelMembership(age_band=self.age_band.currentData(),
                               borough=self.borough.currentData(),
                               carer=self.carer.currentData())

    def join(self) -> None:
        member = self.chosen()

        def joined(_result: object) -> None:
            self.host.banner.show_message(self.tr(
                "You are on the panel list. Your answers go with the next Sync now."), "success")

        if self.state is not None and self.state.agreed:
            self.host.call(lambda v: panel.choose(v, member), joined, changes="participation")
            return
        dialog = ConsentDialog("panel", self)

        def agreed() -> None:
            def both(v: Vault) -> None:
                consent.record(v, "panel", "given")
                panel.choose(v, member)

            self.host.call(both, joined, changes="participation")

        dialog.accepted.connect(agreed)
        self.host.show_dialog(dialog)

    def show_state(self, found: PanelState | None, borough: str | None) -> None:
        self.state = found
        self.invited.clear()
        self.preview.clear()
        member = found.bands if found is not None else None
        if found is None or not found.agreed or member is None:
            self.status.setText(self.tr("You are not on the panel."))
            self.join_button.setText(self.tr("&Join the panel"))
            self.leave_button.setEnabled(bool(found and found.agreed))
            self.invited_note.setText("")
            self.invited.setVisible(False)
            if borough and self.borough.findData(borough) >= 0:
                self.borough.setCurrentIndex(self.borough.findData(borough))
            self._preview_choice()
            return
        self.invited.setVisible(True)
        self.status.setText(self.tr("You are on the panel. The server has your answers.")
                            if found.sent else
                            self.tr("You are joining the panel. Your answers go with the next "
                                    "Sync now."))
        self.join_button.setText(self.tr("Sa&ve my answers"))
        self.leave_button.setEnabled(True)
        for box, value in ((self.age_band, member.age_band), (self.borough, member.borough),
                           (self.carer, member.carer)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.preview.setPlainText(found.preview)
        if not found.invited:
            self.invited_note.setText(self.tr("No invitations yet. Sync now checks for them."))
        else:
            self.invited_note.setText(self.tr(
                "You are invited to give your views. Answer in Surveys; your answers are sent "
                "with the surveys code, not the panel's."))
        for survey_id, title in found.invited:
            self.invited.addItem(title or self.tr(
                'A consultation ({id}): turn on "Answer local surveys and consultations" to '
                "see it.").format(id=survey_id))

    def clear(self) -> None:
        self.state = None
        self.invited.clear()
        self.preview.clear()
        self.status.clear()
