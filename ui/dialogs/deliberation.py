"""A deliberative consultation, answered in three steps: the chosen questions, then the
information pack (text and figures, from the cached consultation, so it reads offline), then
the same questions again. The person may skip the pack: "Skip reading" is recorded as
`read_pack = False` on each pair, so their answers are counted apart from those who read it.

A server's words are plain text (labels, never rich text), as in every Taking part form.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDialog,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sync.protocol import Survey, SurveyQuestion
from ui.dialogs.participation import literal, server_text
from ui.views.base import heading, paragraph
from ui.widgets.bars import Bar, BarChart
from ui.widgets.responsive import ResponsiveBox

__all__ = ["DeliberationDialog"]

BEFORE, PACK, AFTER = range(3)


class DeliberationDialog(QDialog):
    def __init__(self, survey: Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert survey.deliberation is not None
        self.survey = survey
        self.setWindowTitle(survey.title)
        paired = set(survey.deliberation.paired)
        self.questions = [q for q in survey.questions if q.id in paired and q.options]
        self.read_pack: bool | None = None  # None until the person reads or skips
        outer = QVBoxLayout(self)
        outer.addWidget(server_text(heading(survey.title, self, level=2)))
        self.steps = QStackedWidget(self)
        outer.addWidget(self.steps, 1)
        self.before: dict[str, QButtonGroup] = {}
        self.after: dict[str, QButtonGroup] = {}
        self.steps.addWidget(self._questions_page(self.before, self.tr(
            "Step 1 of 3. What do you think now? You will read some information next, then "
            "answer the same questions again.")))
        self.steps.addWidget(self._pack_page())
        self.steps.addWidget(self._questions_page(self.after, self.tr(
            "Step 3 of 3. Now that you have seen the information, what do you think?")))
        row = ResponsiveBox(min_chars=40)  # the buttons go one under another at large text
        self.back_button = self._button(self.tr("&Back"), self.tr("Back to the previous step"),
                                        self._back, row)
        self.cancel_button = self._button(self.tr("Cancel"), self.tr("Cancel, send nothing"),
                                          self.reject, row)
        row.addStretch(1)
        self.skip_button = self._button(
            self.tr("&Skip reading"), self.tr("Skip reading the information and go on"),
            lambda: self._leave_pack(read=False), row)
        self.next_button = self._button(self.tr("&Next: the information"),
                                        self.tr("Next: read the information"),
                                        lambda: self._go(PACK), row)
        self.read_button = self._button(self.tr("I have &read it, go on"),
                                        self.tr("I have read the information, go on"),
                                        lambda: self._leave_pack(read=True), row)
        self.done_button = self._button(self.tr("Add my answers to the send list"),
                                        self.tr("Add my answers to the send list"),
                                        self.accept, row)
        outer.addLayout(row)
        self._go(BEFORE)
        self.resize(640, 600)

    def _button(self, text: str, name: str, slot: object, row: QBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _scroll(self, name: str) -> tuple[QScrollArea, QVBoxLayout]:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setAccessibleName(name)
        inner = QWidget(area)
        area.setWidget(inner)
        return area, QVBoxLayout(inner)

    def _questions_page(self, groups: dict[str, QButtonGroup], intro: str) -> QWidget:
        area, layout = self._scroll(intro)
        inner = area.widget()
        assert inner is not None
        layout.addWidget(paragraph(intro, inner))
        for question in self.questions:
            layout.addWidget(self._question_box(question, groups, inner))
        layout.addStretch(1)
        return area

    def _question_box(self, question: SurveyQuestion, groups: dict[str, QButtonGroup],
                      parent: QWidget) -> QGroupBox:
        box = QGroupBox(literal(question.text), parent)
        box_layout = QVBoxLayout(box)
        group = QButtonGroup(box)
        for index, option in enumerate(question.options):
            button = QRadioButton(literal(option.label), box)
            button.setAccessibleName(option.label)
            button.setProperty("option", option.id)
            group.addButton(button, index)
            box_layout.addWidget(button)
        groups[question.id] = group
        return box

    def _pack_page(self) -> QWidget:
        assert self.survey.deliberation is not None
        pack = self.survey.deliberation.pack
        area, layout = self._scroll(self.tr("The information: {title}").format(title=pack.title))
        inner = area.widget()
        assert inner is not None
        layout.addWidget(paragraph(self.tr(
            "Step 2 of 3. Read this at your own pace; it is kept on this computer, so it reads "
            "without the internet. You may skip it: whether you read it or skipped it is sent "
            "with your answers."), inner))
        layout.addWidget(server_text(heading(pack.title, inner, level=2)))
        for section in pack.sections:
            layout.addWidget(server_text(heading(section.heading, inner, level=3)))
            layout.addWidget(server_text(paragraph(section.body, inner)))
        for figure in pack.figures:
            layout.addWidget(server_text(heading(figure.title, inner, level=3)))
            chart = BarChart(figure.title, inner)
            chart.set_bars([Bar(bar.label, bar.value, f"{bar.value:g} {figure.unit}".strip())
                            for bar in figure.bars])
            layout.addWidget(chart)
            if figure.caption:
                layout.addWidget(server_text(paragraph(figure.caption, inner)))
        layout.addStretch(1)
        return area

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step != BEFORE)
        self.next_button.setVisible(step == BEFORE)
        self.skip_button.setVisible(step == PACK)
        self.read_button.setVisible(step == PACK)
        self.done_button.setVisible(step == AFTER)
        page = self.steps.currentWidget()
        first = page.findChild(QRadioButton) if page is not None else None
        (first or self.steps).setFocus()

    def _leave_pack(self, *, read: bool) -> None:
        self.read_pack = read
        self._go(AFTER)

    def _back(self) -> None:
        self._go(max(BEFORE, self.steps.currentIndex() - 1))

    def pairs(self) -> list[tuple[str, str, str]]:
        """(question id, answer before, answer after) for each question answered both times;
        a question answered only once is not sent (there is no shift to count)."""
        found = []
        for question in self.questions:
            before = self.before[question.id].checkedButton()
            after = self.after[question.id].checkedButton()
            if before is not None and after is not None:
                found.append((question.id, str(before.property("option")),
                              str(after.property("option"))))
        return found
