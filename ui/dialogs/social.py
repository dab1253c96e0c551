"""Forms for community support (social prescribing): record a referral (who referred me, when,
why in my own words, my link worker and the "what matters to me" conversation), add a service
from the directory to my plan (optionally for a goal), and say I went or not this time (with a
reason if I want to give one).

Each form builds its pydantic model and shows each problem next to its field; none touches the
vault (the Community support and Today views save through the session).
"""

from __future__ import annotations

import re
from datetime import date
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goal import Goal
from planner.domain.plan import Supporter
from planner.domain.social import MissedReason, ReferredBy, SocialReferral
from ui.widgets.forms import (
    FieldError,
    field_errors,
    find_data,
    save_cancel,
    with_error,
    wrapping_form,
)


def referred_by_name(who: ReferredBy) -> str:
    names = {
        ReferredBy.GP: QCoreApplication.translate("SocialDialogs", "My GP or practice"),
        ReferredBy.LINK_WORKER: QCoreApplication.translate("SocialDialogs", "A link worker"),
        ReferredBy.SELF: QCoreApplication.translate("SocialDialogs", "I referred myself"),
        ReferredBy.OTHER: QCoreApplication.translate("SocialDialogs", "Someone else"),
    }
    return names[who]


def reason_name(reason: MissedReason) -> str:
    names = {
        MissedReason.COST: QCoreApplication.translate("SocialDialogs", "It costs too much"),
        MissedReason.TRANSPORT: QCoreApplication.translate(
            "SocialDialogs", "Getting there was hard"
        ),
        MissedReason.UNWELL: QCoreApplication.translate("SocialDialogs", "I felt unwell"),
        MissedReason.NOT_FOR_ME: QCoreApplication.translate("SocialDialogs", "It is not for me"),
        MissedReason.OTHER: QCoreApplication.translate("SocialDialogs", "Something else"),
    }
    return names[reason]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()  # type: ignore[assignment]
    return value


def parse_weeks(text: str) -> tuple[int, ...] | None:
    """ "0, 6, 12" -> (0, 6, 12); None when a part is not a whole number."""
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


class _Form(QDialog):
    """A width that fits, labels with buddies, an error line under each field."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.form = wrapping_form()
        self.errors: dict[str, FieldError] = {}

    def _row(self, key: str, text: str, widget: QWidget) -> None:
        box, error = with_error(widget, self)
        self.errors[key] = error
        label = QLabel(text, self)
        label.setBuddy(widget)
        label.setWordWrap(True)
        self.form.addRow(label, box)

    def _date_edit(self, name: str, value: date | None = None) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setDate(_qdate(value) if value else QDate.currentDate())
        return edit

    def _line(self, name: str, limit: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(limit)
        edit.setAccessibleName(name)
        return edit

    def _text(self, name: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(name)
        height = self.fontMetrics().height()
        edit.setMinimumHeight(height * 2 + 8)
        edit.setMaximumHeight(height * (lines + 2))
        return edit

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_error()

    def _show_errors(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for key, message in problems.items():
            label = self.errors.get(key) or self.errors.get(key.split(".")[0])
            if label is None:
                label = next(iter(self.errors.values()))
            label.show_error(message)
            first = first or label.field
        if first is not None:
            first.setFocus()


class ReferralDialog(_Form):
    """A social-prescribing referral. After `accept()`, `referral` is the validated referral and
    `link_worker` the supporter to add to the plan (None when no name was given)."""

    def __init__(
        self,
        referral: SocialReferral | None = None,
        link_worker: Supporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Change my referral") if referral else self.tr("Record a referral"), parent
        )
        self.original = referral
        self.original_worker = link_worker
        self.referral: SocialReferral | None = None
        self.link_worker: Supporter | None = None

        self.referred_by = QComboBox(self)
        self.referred_by.setAccessibleName(self.tr("Who referred me"))
        for who in ReferredBy:
            self.referred_by.addItem(referred_by_name(who), who)
        self.referrer = self._line(self.tr("Name of the person or practice that referred me"))
        self.referrer.setPlaceholderText(self.tr("For example: Dr Okafor, Lea Surgery"))
        self.referred_on = self._date_edit(self.tr("Date of the referral"))
        self.reason = self._text(self.tr("Why I was referred, in my own words"))
        self.worker_name = self._line(self.tr("My link worker's name"))
        self.worker_phone = self._line(self.tr("My link worker's phone number"), 40)
        self.worker_email = self._line(self.tr("My link worker's email address"))
        self.what_matters = self._text(self.tr("What matters to me, from our conversation"), 4)
        self.what_matters.setAccessibleDescription(
            self.tr("Each line is added to What matters to me in your plan.")
        )
        self.weeks = self._line(self.tr("Weeks after the start to ask how I am"), 40)
        self.weeks.setAccessibleDescription(
            self.tr("Write the weeks with commas between them, like 0, 6, 12.")
        )

        self._row("referred_by", self.tr("&Referred by"), self.referred_by)
        self._row("referrer_name", self.tr("&Name"), self.referrer)
        self._row("referred_on", self.tr("&Date"), self.referred_on)
        self._row("reason", self.tr("Why, in &my words"), self.reason)
        self._row("worker_name", self.tr("&Link worker"), self.worker_name)
        self._row("worker_phone", self.tr("&Phone"), self.worker_phone)
        self._row("worker_email", self.tr("&Email"), self.worker_email)
        self._row("what_matters", self.tr("&What matters to me"), self.what_matters)
        self._row("checkin_weeks", self.tr("Check-ins after (&weeks)"), self.weeks)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.buttons = save_cancel(self, self.tr("Save this referral"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._fill(referral, link_worker)

    def _fill(self, referral: SocialReferral | None, worker: Supporter | None) -> None:
        if referral is None:
            self.weeks.setText("0, 6, 12")
            return
        self.referred_by.setCurrentIndex(find_data(self.referred_by, referral.referred_by))
        self.referrer.setText(referral.referrer_name)
        self.referred_on.setDate(_qdate(referral.referred_on))
        self.reason.setPlainText(referral.reason)
        self.what_matters.setPlainText(referral.what_matters)
        self.weeks.setText(", ".join(str(w) for w in referral.checkin_weeks))
        if worker is not None:
            self.worker_name.setText(worker.name)
            self.worker_phone.setText(worker.phone)
            self.worker_email.setText(worker.email)

    def accept(self) -> None:
        self._clear_errors()
        weeks = parse_weeks(self.weeks.text())
        if weeks is None or not weeks:
            self._show_errors(
                {"checkin_weeks": self.tr("Write whole numbers of weeks, like 0, 6, 12.")}
            )
            return
        worker: Supporter | None = None
        name = self.worker_name.text().strip()
        if name:
            base = self.original_worker
            try:
                worker = Supporter(
                    id=base.id if base else Supporter(name=name).id,
                    name=name,
                    role=self.tr("Link worker (social prescribing)"),
                    phone=self.worker_phone.text().strip(),
                    email=self.worker_email.text().strip(),
                    notes=base.notes if base else "",
                )
            except ValidationError as exc:
                self._show_errors({f"worker_{k}": v for k, v in field_errors(exc).items()})
                return
        elif self.worker_phone.text().strip() or self.worker_email.text().strip():
            self._show_errors({"worker_name": self.tr("Please give your link worker's name.")})
            return
        data: dict[str, object] = dict(
            referred_by=ReferredBy(self.referred_by.currentData()),
            referrer_name=self.referrer.text().strip(),
            referred_on=_pydate(self.referred_on),
            reason=self.reason.toPlainText().strip(),
            what_matters=self.what_matters.toPlainText().strip(),
            checkin_weeks=tuple(sorted(weeks)),
            link_worker_id=worker.id if worker else None,
        )
        if self.original is not None:
            data = {**self.original.model_dump(), **data}
        try:
            self.referral = SocialReferral.model_validate(data)
        except ValidationError as exc:
            problems = field_errors(exc)
            self._show_errors(
                {("checkin_weeks" if k in ("", "__root__") else k): v for k, v in problems.items()}
            )
            return
        self.link_worker = worker
        super().accept()


class AddServiceDialog(_Form):
    """Add a directory service to my plan (an action that repeats when the service runs),
    optionally for one of my goals. `goal_id` holds the choice after `accept()`."""

    def __init__(
        self, name: str, when: str, goals: list[Goal], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add to my plan"), parent)
        self.goal_id: UUID | None = None
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(name)
        intro.setWordWrap(True)
        intro.setAccessibleName(name)
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("The goal it helps with, if any"))
        self.goal.addItem(self.tr("No goal"), None)
        for goal in goals:
            self.goal.addItem(goal.title, goal.id)
        self._row("goal_id", self.tr("For my &goal"), self.goal)
        when_label = QLabel(when or self.tr("No times are listed: ask the service."), self)
        when_label.setTextFormat(Qt.TextFormat.PlainText)
        when_label.setWordWrap(True)
        self.form.addRow(self.tr("When"), when_label)
        self.buttons = save_cancel(self, self.tr("Add this service to my plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.goal_id = self.goal.currentData()
        super().accept()


class AttendanceDialog(_Form):
    """I went, or not this time (with an optional reason and note), on a day. After
    `accept()`: `on`, `reason` (None: not said) and `note`."""

    def __init__(self, name: str, attended: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("I went") if attended else self.tr("Not this time"), parent)
        self.attended = attended
        self.on = date.today()
        self.reason: MissedReason | None = None
        self.note = ""
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(name)
        intro.setWordWrap(True)
        self.day = self._date_edit(self.tr("The day of the session"))
        self.day.setMaximumDate(QDate.currentDate())
        self._row("on", self.tr("&Day"), self.day)
        self.why = QComboBox(self)
        self.why.setAccessibleName(self.tr("Why not, if you want to say"))
        self.why.addItem(self.tr("I would rather not say"), None)
        for reason in MissedReason:
            self.why.addItem(reason_name(reason), reason)
        self.note_edit = self._text(self.tr("A note for myself"), 2)
        if not attended:
            self._row("reason", self.tr("&Why not"), self.why)
        else:
            self.why.setVisible(False)
        self._row("note", self.tr("&Note"), self.note_edit)
        self.buttons = save_cancel(
            self,
            self.tr("Save that I went") if attended else self.tr("Save that I did not go"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self._clear_errors()
        note = self.note_edit.toPlainText().strip()
        if len(note) > 5000:
            self._show_errors({"note": self.tr("Please keep the note under 5,000 characters.")})
            return
        self.on = _pydate(self.day)
        why = self.why.currentData()
        self.reason = MissedReason(why) if why and not self.attended else None
        self.note = note
        super().accept()


def weeks_words(weeks: tuple[int, ...]) -> str:
    """ "at the start, after 6 weeks and after 12 weeks"."""
    parts = [
        QCoreApplication.translate("SocialDialogs", "at the start")
        if w == 0
        else QCoreApplication.translate("SocialDialogs", "after {n} weeks", None, w).format(n=w)
        for w in weeks
    ]
    return ", ".join(parts)


__all__ = [
    "AddServiceDialog",
    "AttendanceDialog",
    "ReferralDialog",
    "parse_weeks",
    "reason_name",
    "referred_by_name",
    "weeks_words",
]
