"""Horizontal bars for "what people say": one bar per answer, hidden numbers said in words.

A cell the endpoint suppressed (fewer than 10 people) is drawn as an empty, dashed bar with the
words "Hidden: fewer than 10 people", never as zero, so nobody mistakes privacy for silence.
Screen readers hear a chart (ui/accessible.py) whose description reads every bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.accessible import describe_as


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: suppressed
    shown: str  # the value as words, e.g. "12 people" or "64%"


def hidden_words() -> str:
    return QCoreApplication.translate("BarChart", "Hidden: fewer than 10 people")


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.maximum = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar], maximum: float | None = None) -> None:
        self.bars = bars
        values = [b.value for b in bars if b.value is not None]
        self.maximum = maximum or max(values, default=1.0) or 1.0
        self.setAccessibleDescription(
            "; ".join(
                f"{b.label}: {b.shown if b.value is not None else hidden_words()}" for b in bars
            )
        )
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.8)

    def sizeHint(self) -> QSize:
        return QSize(400, max(1, len(self.bars)) * self._row_height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        row = self._row_height()
        label_width = min(
            self.width() // 2,
            max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12,
        )
        bar_space = max(10, self.width() - label_width - metrics.horizontalAdvance("0" * 14))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index, bar in enumerate(self.bars):
            top = 4 + index * row
            text_rect = QRectF(0, top, label_width - 6, row)
            x0 = label_width
            if rtl:
                text_rect = QRectF(self.width() - label_width + 6, top, label_width - 6, row)
                x0 = self.width() - label_width
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
                bar.label,
            )
            height = row * 0.6
            y = top + (row - height) / 2
            if bar.value is None:
                pen = QPen(palette.color(QPalette.ColorRole.Mid))
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                width = bar_space * 0.25
                rect = QRectF(x0 - width if rtl else x0, y, width, height)
                painter.drawRect(rect)
                words = hidden_words()
            else:
                width = max(2.0, bar_space * bar.value / self.maximum)
                rect = QRectF(x0 - width if rtl else x0, y, width, height)
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
                words = bar.shown
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            after = QRectF(
                rect.left() - 8 - bar_space if rtl else rect.right() + 8, top, bar_space, row
            )
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(after, int(Qt.AlignmentFlag.AlignVCenter | align), words)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


describe_as(BarChart, QAccessible.Role.Chart)
