"""The GP summary on screen, exactly as it will be printed, charts included.

A `QTextBrowser` shows the summary's HTML; this one also keeps each chart no wider than the box
(the PDF prints them at their full width) and hides the sideways scroll bar a right-to-left
table's border would otherwise bring. It knows nothing of the summary itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget


class PreviewBrowser(QTextBrowser):
    """The summary on screen. Charts are drawn no wider than the box (the PDF prints them at
    their full width), so a narrow window shows the whole chart instead of a scroll bar."""

    NATURAL = QTextFormat.Property.UserProperty + 1  # the width the summary asks for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setMinimumHeight(200)
        self._filling = False  # inside show_html's setHtml (see there)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_html(self, html: str, images: Mapping[str, QImage] | None = None) -> None:
        """`images`: address -> drawn image, for `<img src>` addresses of the HTML that the
        browser holds rather than decodes (the preview's charts, ui.sharing_ops.gp_preview).
        They go into the document's own resources, which `clear()` drops with the text."""
        bar = self.verticalScrollBar()
        where = bar.value()
        # The scroll bar goes as the old text is cleared and comes back with the new: two
        # resizes inside setHtml, each of which fitted the charts (a walk over every piece of
        # the summary, in Python) and laid the whole summary out again. Once, after, is enough.
        self._filling = True
        try:
            self.setHtml(html)
        finally:
            self._filling = False
        document = self.document()
        for url, image in (images or {}).items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        self.fit_images()
        self._tidy_scroll_bar()
        bar.setValue(min(where, bar.maximum()))

    def fit_images(self) -> None:
        document = self.document()
        room = self.viewport().width() - 2 * document.documentMargin() - 16
        if room <= 0:
            return
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                if not fragment.isValid() or not fragment.charFormat().isImageFormat():
                    continue
                image = fragment.charFormat().toImageFormat()
                natural = image.property(self.NATURAL)
                if not natural:
                    natural = (image.width(), image.height())
                    image.setProperty(self.NATURAL, natural)
                width, height = natural
                if width <= 0 or height <= 0:
                    continue
                shown = min(width, room)
                if abs(image.width() - shown) < 1:
                    continue
                image.setWidth(shown)
                image.setHeight(height * shown / width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image)
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._filling:
            self.fit_images()
            self._tidy_scroll_bar()

    def _tidy_scroll_bar(self) -> None:
        """No sideways scroll bar for the pixel or two a right-to-left table's border can
        overhang; a real overflow (a wide table in a narrow box) still gets one."""
        overhang = self.document().size().width() - self.viewport().width()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if overhang <= 3
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
