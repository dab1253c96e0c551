"""Cold start to the first painted window: `python benchmarks/first_paint.py app|bare`.

`app` builds the window the way `ui.app.run_gui` does (application, fonts, task runner,
preferences, translations, session, main window on the start screen) over an empty data folder;
`bare` shows a plain QWidget with nothing else imported. Either exits the moment the window
gets its first paint event, so the parent's wall clock around the process is "start to first
paint", interpreter start-up included for both.
"""

from __future__ import annotations

import os
import sys


def _exit_on_first_paint(widget: object) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is widget and event.type() == QEvent.Type.Paint:
                sys.stdout.flush()
                os._exit(0)  # at once: no teardown in the figure
            return False

    keeper = FirstPaint()
    widget.installEventFilter(keeper)  # type: ignore[attr-defined]
    _keep.append(keeper)


_keep: list[object] = []


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1024, 700)
    _exit_on_first_paint(window)
    window.show()
    app.exec()


def app(folder: str) -> None:
    from ui.app import application, build_shell

    application()
    shell = build_shell(__import__("pathlib").Path(folder))
    _exit_on_first_paint(shell.window)
    shell.window.show()
    shell.app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(sys.argv[2])
    sys.exit(1)  # the window was never painted
