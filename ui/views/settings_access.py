"""Settings, "Who can see my profile" (issue #24): the person reviews their carers' access,
gives or renews it (a level and an end date), takes it back, and reads the access log.

Taking access back re-keys the whole vault (`planner.vault.rekey`): it runs in the task
runner with a progress bar, and the screen says what it cannot undo, that backups made
before still open with what opened them then. Every rule is `planner.vault.access.Access`'s;
this box only asks and shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.vault import Vault
from planner.vault.access import DEFAULT_TERM, Access, AccessSession, latest_end
from ui.read_only import mark_writes
from ui.session import Session
from ui.views.base import FeatureView, heading, paragraph
from ui.views.caring import ending_note, grant_sentence, level_text
from ui.widgets import wording
from ui.widgets.lists import fit_height
from ui.widgets.responsive import flow_row, labelled
from ui.widgets.wrapping import wrap_rows

if TYPE_CHECKING:
    from planner.vault.carers import Grant

CARER_ROLE = Qt.ItemDataRole.UserRole + 1



@dataclass(frozen=True)
class AccessData:
    name: str
    owner: bool
    grants: list[Grant] = field(default_factory=list)
    soon: set[object] = field(default_factory=set)
    others: list[str] = field(default_factory=list)
    log: list[AccessSession] = field(default_factory=list)
    code: str | None = None
    today: date = field(default_factory=date.today)


class AccessSettings(FeatureView[AccessData]):
    WATCHES = frozenset({"access"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Who can see my profile"))
        self.not_owner = paragraph("", self)
        self.grants_list = QListWidget(self)
        self.grants_list.setAccessibleName(self.tr(
            "People who can see your profile, with what they can do and until when"))
        wrap_rows(self.grants_list)
        self.grants_list.currentRowChanged.connect(self._grant_chosen)
        self.nobody = paragraph(self.tr("Nobody else can see your profile."), self)
        self.reminder = paragraph("", self)
        self.reminder.setAccessibleName(self.tr("Access that ends soon"))

        self.carer = QComboBox(self)
        self.carer.setAccessibleName(self.tr("Carer: a profile on this computer"))
        self.level = QComboBox(self)
        self.level.addItem(self.tr("Can see (view only)"), "view")
        self.level.addItem(self.tr("Can see and change (log, plan, doses)"), "manage")
        self.level.setCurrentIndex(1)
        self.level.setAccessibleName(self.tr("What the carer can do"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last day of access, at most three years away"))
        self.grant_button = QPushButton(self.tr("&Give or renew access"), self)
        self.grant_button.setAccessibleName(self.tr(
            "Give the chosen carer access, or renew theirs"))
        self.grant_button.clicked.connect(self.give)
        carer_row, carer_flow = flow_row(self)
        carer_flow.addWidget(labelled(QLabel(self.tr("&Carer:")), self.carer))
        carer_flow.addWidget(labelled(QLabel(self.tr("C&an:")), self.level))
        carer_flow.addWidget(labelled(QLabel(self.tr("&Until:")), self.until))
        carer_flow.addWidget(self.grant_button)

        self.revoke_note = paragraph(self.tr(
            "Taking access back gives your profile a new key, so a copy of the old one opens "
            "nothing. Backups made before now can still be opened with what opened them then: "
            "their own backup passphrase. Type your passphrase to go on; without your recovery "
            "code a new one is made and shown once."), self)
        self.revoke_passphrase = QLineEdit(self)
        self.revoke_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.revoke_passphrase.setAccessibleName(self.tr("Your passphrase, to take access back"))
        self.revoke_code = QLineEdit(self)
        self.revoke_code.setAccessibleName(self.tr(
            "Your recovery code, to keep it (you can leave this empty)"))
        self.revoke_button = QPushButton(self.tr("&Take access back"), self)
        self.revoke_button.setAccessibleName(self.tr("Take the chosen carer's access back"))
        self.revoke_button.clicked.connect(self.revoke)
        revoke_row, revoke_flow = flow_row(self)
        revoke_flow.addWidget(labelled(QLabel(self.tr("&Passphrase:")), self.revoke_passphrase))
        revoke_flow.addWidget(labelled(QLabel(self.tr("&Recovery code:")), self.revoke_code))
        revoke_flow.addWidget(self.revoke_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Giving your profile a new key"))
        self.progress.hide()
        self.code_label = paragraph("", self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Your new recovery code"))
        self.code_done = QPushButton(self.tr("I have &written it down"), self)
        self.code_done.setAccessibleName(self.tr("I have written down my new recovery code"))
        self.code_done.clicked.connect(self.code_written)
        self.code_label.hide()
        self.code_done.hide()
        mark_writes(self.grant_button, self.revoke_button)

        self.log = QListWidget(self)
        self.log.setAccessibleName(self.tr(
            "Access log: each carer's session, when, which access and how much it changed"))
        wrap_rows(self.log)
        self.no_log = paragraph(self.tr("No carer has opened your profile yet."), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Who can see my profile"), self, level=2))
        layout.addWidget(self.banner)
        layout.addWidget(self.not_owner)
        self.owner_part = QWidget(self)
        owner = QVBoxLayout(self.owner_part)
        owner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.grants_list, self.nobody, self.reminder, carer_row,
                       self.revoke_note, revoke_row, self.progress, self.code_label,
                       self.code_done,
                       heading(self.tr("Access log"), self.owner_part, level=2),
                       paragraph(self.tr("Counts of what each carer changed, never what it "
                                         "said."), self.owner_part),
                       self.log, self.no_log):
            owner.addWidget(widget)
        layout.addWidget(self.owner_part)
        self.not_owner.hide()
        self.reminder.hide()

    # -- loading --------------------------------------------------------------------------

    def _load(self, vault: Vault) -> AccessData:
        profiles = self.session.profiles
        owner = vault.author is None and not vault.view_only and self.session.home_name is None
        if not owner:
            return AccessData(vault.name, False)
        access = Access(profiles)
        name = vault.name
        return AccessData(
            name, True, access.grants(name), {g.id for g in access.ending_soon(name)},
            [n for n in profiles.names() if n != name], access.access_log(vault),
            access.code_to_show(vault), profiles.clock().date(),
        )

    def _show(self, data: AccessData) -> None:
        self.owner_part.setVisible(data.owner)
        self.not_owner.setVisible(not data.owner)
        if not data.owner:
            self.not_owner.setText(wording.directed(self.tr(
                "Only {name} can change who has access to their profile, from their own "
                "profile.").format(name=data.name)))
            return
        self.grants_list.clear()
        notes: list[str] = []
        for each in sorted(data.grants, key=lambda g: g.carer_name.casefold()):
            day = wording.day(each.until)
            if each.until < data.today:
                text = self.tr("{carer}: access ended on {day}").format(
                    carer=each.carer_name, day=day)
            else:
                text = grant_sentence(each.carer_name, each.level, each.until)
            if each.id in data.soon:
                notes.append(ending_note(each.until, each.carer_name))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(CARER_ROLE, each.carer_name)
            self.grants_list.addItem(item)
        self.grants_list.setVisible(bool(data.grants))
        self.nobody.setVisible(not data.grants)
        self.reminder.setText(wording.directed("\n".join(notes)))
        self.reminder.setVisible(bool(notes))
        fit_height(self.grants_list, min_lines=2, max_lines=8)
        chosen = self.carer.currentText()
        self.carer.clear()
        self.carer.addItems(data.others)
        if chosen in data.others:
            self.carer.setCurrentText(chosen)
        today = QDate(data.today.year, data.today.month, data.today.day)
        end = latest_end(data.today)
        self.until.setMinimumDate(today)
        self.until.setMaximumDate(QDate(end.year, end.month, end.day))
        default = data.today + DEFAULT_TERM
        self.until.setDate(QDate(default.year, default.month, default.day))
        self.log.clear()
        for session in data.log:
            text = self.session_text(session)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.log.addItem(item)
        self.log.setVisible(bool(data.log))
        self.no_log.setVisible(not data.log)
        fit_height(self.log, min_lines=2, max_lines=10)
        self.grant_button.setEnabled(bool(data.others))
        self._grant_chosen(self.grants_list.currentRow())
        if data.code is not None:
            self._show_code(data.code)

    def session_text(self, session: AccessSession) -> str:
        """One line of the access log: who, when, which grant, counts and never contents."""
        changes = [self.tr("{kind}: {count}").format(kind=self.kind_name(kind), count=n)
                   for kind, n in sorted(session.changes.items())]
        said = "; ".join(changes) if changes else self.tr("nothing changed")
        return self.tr("{when}: {carer} ({level}, access {grant}): {changes}").format(
            when=wording.moment(session.started), carer=session.carer,
            level=level_text(session.level), grant=str(session.grant_id)[:8], changes=said)

    def kind_name(self, kind: str) -> str:
        names = {
            "log entries": self.tr("log entries"), "doses": self.tr("doses"),
            "plan versions": self.tr("plan versions"),
            "goals": self.tr("goals"), "check-ins": self.tr("check-ins"),
            "appointments": self.tr("appointments"),
        }
        return names.get(kind, kind)

    def _clear(self) -> None:
        for view in (self.grants_list, self.log):
            view.clear()
        self.revoke_passphrase.clear()
        self.revoke_code.clear()
        self.code_label.clear()
        self.code_label.hide()
        self.code_done.hide()
        self.progress.hide()

    def _grant_chosen(self, row: int) -> None:
        self.revoke_button.setEnabled(row >= 0)
        item = self.grants_list.item(row) if row >= 0 else None
        if item is not None:
            self.carer.setCurrentText(item.data(CARER_ROLE))

    def chosen_carer(self) -> str | None:
        item = self.grants_list.currentItem()
        return None if item is None else item.data(CARER_ROLE)

    # -- acting ---------------------------------------------------------------------------

    def give(self) -> None:
        carer = self.carer.currentText()
        if not carer:
            return
        level = self.level.currentData()
        picked = self.until.date()
        until = date(picked.year(), picked.month(), picked.day())
        access = Access(self.session.profiles)

        def given(made: Grant) -> None:
            self.banner.show_message(grant_sentence(made.carer_name, made.level, made.until),
                                     "success", seconds=8)

        self.call(lambda vault: access.grant(vault, carer, level, until), given,
                  changes="access")

    def revoke(self) -> None:
        carer = self.chosen_carer()
        passphrase = self.revoke_passphrase.text()
        if carer is None:
            return
        if not passphrase:
            self.banner.show_message(self.tr("Type your passphrase to take access back."),
                                     "error")
            self.revoke_passphrase.setFocus()
            return
        code = self.revoke_code.text().strip() or None
        access = Access(self.session.profiles)
        self.revoke_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()

        def work(vault: Vault, progress: object) -> str | None:
            def moved(part: float) -> None:
                progress(int(part * 1000), 1000)  # type: ignore[operator]

            return access.revoke(vault, carer, passphrase, recovery_code=code,
                                 progress=moved)

        done, failed = self._guarded(lambda new_code: self._revoked(carer, new_code),
                                     self._revoke_failed)
        self.revoke_passphrase.clear()
        self.revoke_code.clear()
        self.session.run_with_progress(work, done, failed, self._moved, changes="access")

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _revoked(self, carer: str, new_code: str | None) -> None:
        self.progress.hide()
        self.banner.show_message(self.tr(
            "{carer} no longer has access. Your profile has a new key; backups made before "
            "now still open with their own backup passphrase.").format(carer=carer),
            "success", seconds=12)
        if new_code is not None:
            self._show_code(new_code)

    def _revoke_failed(self, exc: BaseException) -> None:
        from ui.widgets.forms import user_message

        self.progress.hide()
        self.revoke_button.setEnabled(self.grants_list.currentRow() >= 0)
        self.banner.show_message(user_message(exc), "error")

    def _show_code(self, code: str) -> None:
        self.code_label.setText(self.tr(
            "Your new recovery code (the old one no longer works). Write it down now: it is "
            "shown once.\n{code}").format(code=code))
        self.code_label.show()
        self.code_done.show()
        self.code_done.setFocus()

    def code_written(self) -> None:
        access = Access(self.session.profiles)

        def hidden(_none: object) -> None:
            self.code_label.clear()
            self.code_label.hide()
            self.code_done.hide()

        self.call(access.code_shown, hidden)
