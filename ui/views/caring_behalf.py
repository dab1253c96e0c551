"""People I care for: a profile made on someone's behalf, and that person taking it over
(issue #24, point 2).

A carer makes a profile for someone who cannot use the app themselves, recording who agreed
and on what basis (the person's consent, or a lasting power of attorney for health and
welfare). It has no passphrase: the carer opens it through the manage grant made with it, and
its recovery code is shown once, for the person's papers. Later the person, with the carer
there, sets a passphrase of their own ("take it over"). Key work runs in the task runner;
the rules are `planner.vault.access.Access`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.vault.access import Access
from ui.read_only import mark_writes
from ui.views.base import paragraph
from ui.widgets import wording
from ui.widgets.responsive import flow_row, labelled

if TYPE_CHECKING:
    from planner.vault import Vault
    from ui.views.base import FeatureView


class OnBehalfBox(QWidget):
    """The two forms under the list of people: make a profile for someone, and (in a profile
    made that way) let its person take it over."""

    def __init__(self, view: FeatureView[Any]) -> None:
        """`view`: People I care for, whose banner says what went wrong."""
        super().__init__(view)
        self.view = view
        self.session = view.session
        self.pending: Vault | None = None
        self.make_box = QGroupBox(self.tr("Make a profile for someone"), self)
        self.make_intro = paragraph(self.tr(
            "For someone who cannot use Health Planner themselves. Say who agreed and on what "
            "basis; the person can take the profile over later with a passphrase of their "
            "own."), self.make_box)
        self.person = QLineEdit(self.make_box)
        self.person.setAccessibleName(self.tr("The person's name for their profile"))
        self.agreed_by = QLineEdit(self.make_box)
        self.agreed_by.setAccessibleName(self.tr("Who agreed to this profile being made"))
        self.basis = QComboBox(self.make_box)
        self.basis.addItem(self.tr("The person's own consent"), "consent")
        self.basis.addItem(self.tr("A lasting power of attorney for health and welfare"),
                           "lpa-health-welfare")
        self.basis.setAccessibleName(self.tr("On what basis they agreed"))
        # Its own line, as wide as the box: the longest basis is a long phrase at 200 % text.
        self.basis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis.setMinimumContentsLength(16)
        self.make_button = QPushButton(self.tr("&Make the profile"), self.make_box)
        self.make_button.setAccessibleName(self.tr("Make a profile on this person's behalf"))
        self.make_button.clicked.connect(self.make)
        row, flow = flow_row(self.make_box)
        flow.addWidget(labelled(QLabel(self.tr("&Name:")), self.person))
        flow.addWidget(labelled(QLabel(self.tr("Agr&eed by:")), self.agreed_by))
        flow.addWidget(self.make_button)
        make = QVBoxLayout(self.make_box)
        make.addWidget(self.make_intro)
        make.addWidget(labelled(QLabel(self.tr("Ba&sis:")), self.basis))
        make.addWidget(row)

        self.own_box = QGroupBox(self.tr("Hand this profile over"), self)
        self.own_intro = paragraph("", self.own_box)
        self.new_passphrase = QLineEdit(self.own_box)
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("The person's new passphrase"))
        self.repeat = QLineEdit(self.own_box)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("The person's new passphrase again"))
        self.own_button = QPushButton(self.tr("&Hand it over"), self.own_box)
        self.own_button.setAccessibleName(self.tr(
            "Give this profile to its person, with their own passphrase"))
        self.own_button.clicked.connect(self.hand_over)
        mark_writes(self.own_button)
        own_row, own_flow = flow_row(self.own_box)
        own_flow.addWidget(labelled(QLabel(self.tr("New &passphrase:")), self.new_passphrase))
        own_flow.addWidget(labelled(QLabel(self.tr("Ag&ain:")), self.repeat))
        own_flow.addWidget(self.own_button)
        own = QVBoxLayout(self.own_box)
        own.addWidget(self.own_intro)
        own.addWidget(own_row)

        self.code = paragraph("", self)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("A recovery code, shown once"))
        self.code_done = QPushButton(self.tr("It is &written down"), self)
        self.code_done.setAccessibleName(self.tr("The recovery code is written down"))
        self.code_done.clicked.connect(self.forget_code)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.make_box, self.own_box, self.code, self.code_done):
            layout.addWidget(widget)
        self.own_box.hide()
        self.forget_code()

    def show_for(self, on_behalf_of: str | None) -> None:
        """`on_behalf_of`: the open profile's name when it was made on its person's behalf
        and the carer is in it now, else None."""
        self.own_box.setVisible(on_behalf_of is not None)
        if on_behalf_of is not None:
            self.own_intro.setText(wording.directed(self.tr(
                "{name}'s profile was made on their behalf. With {name} here, they can take "
                "it over with a passphrase of their own; you keep your access until they take "
                "it back.").format(name=on_behalf_of)))

    def _show_code(self, text: str) -> None:
        self.code.setText(wording.directed(text))
        self.code.show()
        self.code_done.show()
        self.code_done.setFocus()

    def forget_code(self) -> None:
        """Hide the code; a profile just made opens now (the carer's stays open)."""
        self.code.clear()
        self.code.hide()
        self.code_done.hide()
        pending, self.pending = self.pending, None
        if pending is not None:
            if self.session.is_unlocked:
                self.session.switch_to(pending)
            else:
                self.session.runner.run(pending.lock)

    def clear(self) -> None:
        """On lock: no code stays on screen and a profile made but not yet shown closes."""
        self.new_passphrase.clear()
        self.repeat.clear()
        pending, self.pending = self.pending, None
        if pending is not None:
            self.session.runner.run(pending.lock)
        self.forget_code()

    def _failed(self, exc: BaseException) -> None:
        from ui.widgets.forms import user_message

        self.make_button.setEnabled(True)
        self.own_button.setEnabled(True)
        self.view.banner.show_message(user_message(exc), "error")

    def make(self) -> None:
        name, agreed = self.person.text().strip(), self.agreed_by.text().strip()
        if not name or not agreed:
            self.view.banner.show_message(self.tr(
                "Type the person's name and who agreed to the profile."), "error")
            (self.person if not name else self.agreed_by).setFocus()
            return
        basis = self.basis.currentData()
        access = Access(self.session.profiles)
        self.make_button.setEnabled(False)

        def made(result: tuple[Vault, Any]) -> None:
            vault, code = result
            self.make_button.setEnabled(True)
            self.person.clear()
            self.agreed_by.clear()
            if not self.session.is_unlocked:
                self.session.runner.run(vault.lock)
                return
            self.pending = vault  # opened once the code is written down
            self._show_code(self.tr(
                "The recovery code of {name}'s profile. Give it to {name} or keep it with "
                "their papers: it opens the profile if you cannot.\n{code}").format(
                name=name, code=code.text))

        self.session.run_home(
            lambda home: access.create_on_behalf(home, name, agreed_by=agreed, basis=basis),
            made, self._failed)

    def hand_over(self) -> None:
        passphrase = self.new_passphrase.text()
        if passphrase != self.repeat.text():
            self.view.banner.show_message(self.tr("The two passphrases are not the same."),
                                          "error")
            self.repeat.setFocus()
            return
        access = Access(self.session.profiles)
        name = self.session.name or ""
        self.own_button.setEnabled(False)

        def owned(code: Any) -> None:
            self.own_button.setEnabled(True)
            self.new_passphrase.clear()
            self.repeat.clear()
            self.own_box.hide()
            self._show_code(self.tr(
                "{name}'s profile is now theirs, with their own passphrase. Their new recovery "
                "code (write it down for them):\n{code}").format(name=name, code=code.text))

        self.session.run(lambda vault: access.take_ownership(vault, passphrase), owned,
                         self._failed, changes="access")
