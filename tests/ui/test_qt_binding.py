"""The Qt binding keeps Python's books: a long session must not end in a crash.

PySide6 6.12.0 drops a reference to None whenever a Qt call returns a null pointer. On Python
3.11 None is an ordinary object, so after enough such calls (the focus checks of a day's use, a
few printed summaries) the interpreter aborts with "Fatal Python error: none_dealloc" and the
person loses what they were typing. pyproject.toml excludes that release; this test fails if a
binding with the bug is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget


def test_qt_calls_that_return_nothing_keep_none_alive(qapp: QApplication) -> None:
    widget = QWidget()
    orphan = QObject()
    document = QTextDocument()
    document.setPlainText("a line that is in no list")
    block = document.begin()
    before = sys.getrefcount(None)
    for _ in range(200):
        assert widget.parentWidget() is None
        assert orphan.parent() is None
        assert block.textList() is None
        assert QApplication.activeModalWidget() is None
    # a few references may come and go with the interpreter's own work; 800 lost would be a leak
    assert sys.getrefcount(None) - before > -50
