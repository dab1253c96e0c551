"""Forms of Taking part: the consent text with a clear choice (agreeing is never the default),
Friends and Family Test feedback on a service, and a survey's questions. A server's words are
shown as plain text, never as rich text, and "&" in them is never a keyboard shortcut.

Community support opens the feedback form too, so the forms live here rather than in the view.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sync import consent
from sync.consent import Purpose
from sync.protocol import FFT_QUESTION, FFT_RATING_LABELS, FFT_RATINGS, Service, Survey
from ui.views.base import heading, paragraph

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
        area.setAccessibleName(survey.title)
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
