"""Tab names that fit: the whole name while every tab's whole name fits across, a short form
(given by the view, translated like the whole one) when they do not, with the whole name kept in
the tab's tooltip and accessible name, so a screen reader still says all of it.

Without this a QTabWidget at 200 % text elides ("Worry and anx…") or hides tabs behind scroll
arrows (issue #23). If the short forms do not fit either, the tabs lose some padding; if even
that is not enough, Qt's own eliding is what is left, and
tests/ui/test_text_fits.py fails on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabBar, QTabWidget


def _plain(text: str) -> str:
    """The name as a screen reader should say it: no mnemonic marker."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortTabs(QObject):
    """Watches one tab widget's width and picks whole or short tab names (module docstring)."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.names: dict[int, tuple[str, str]] = {}
        self._fitting = False
        tabs.installEventFilter(self)
        tabs.tabBar().installEventFilter(self)

    def name(self, index: int, whole: str, short: str) -> None:
        """Tab `index` is called `whole`, or `short` where there is no room for all names."""
        self.names[index] = (whole, short)
        bar = self.tabs.tabBar()
        bar.setTabToolTip(index, _plain(whole))
        bar.setAccessibleTabName(index, _plain(whole))
        self.fit()

    @staticmethod
    def _needed(bar: QTabBar, texts: list[str]) -> int:
        """How wide the bar would be with `texts`: today's tab widths, each changed by how much
        wider or narrower its new text is (padding and frame stay the same)."""
        metrics = bar.fontMetrics()
        total = 0
        for index, text in enumerate(texts):
            if not bar.isTabVisible(index):
                continue
            now = metrics.horizontalAdvance(_plain(bar.tabText(index)))
            total += bar.tabSizeHint(index).width() - now + metrics.horizontalAdvance(_plain(text))
        return total

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        """Whole names if they fit, else the short ones, else the short ones with less padding
        around each (the theme's `QTabBar[compact="true"]`)."""
        bar = self.tabs.tabBar()
        whole = [self.names.get(i, (bar.tabText(i),) * 2)[0] for i in range(bar.count())]
        short = [self.names.get(i, (bar.tabText(i),) * 2)[1] for i in range(bar.count())]
        room = self.tabs.width() - 2  # the frame's edges
        self._compact(bar, False)
        texts = whole if self._needed(bar, whole) <= room else short
        compact = texts is short and self._needed(bar, short) > room
        for index, text in enumerate(texts):
            if bar.tabText(index) != text:
                bar.setTabText(index, text)
        self._compact(bar, compact)

    @staticmethod
    def _compact(bar: QTabBar, on: bool) -> None:
        if bool(bar.property("compact")) == on:
            return
        bar.setProperty("compact", on)
        bar.style().unpolish(bar)
        bar.style().polish(bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.fit()
        return False


def short_tabs(tabs: QTabWidget, names: list[tuple[str, str]]) -> ShortTabs:
    """Give every tab of `tabs` its (whole, short) names; see `ShortTabs`."""
    fitter = ShortTabs(tabs)
    for index, (whole, short) in enumerate(names):
        fitter.name(index, whole, short)
    return fitter
