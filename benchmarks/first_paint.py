"""Cold start to the first painted window: `python benchmarks/first_paint.py app DIR|bare`.

`app` starts the GUI exactly as a double-click on `health-planner` does: `cli.main.main()` with
no arguments, the data folder DIR given as HEALTH_PLANNER_HOME (as a carer's launcher would), so
the front door, the application, fonts, theme, translations, preferences, the profile list and
the start screen all count; `bare` shows a plain QWidget with nothing else imported. Either
exits the moment its window gets its first paint event, so the parent's wall clock around the
process is "start to first paint", interpreter start-up included for both.

The only thing added to the app's path is the watch for that paint, an event filter on the
window: `ui.app.build_shell` is wrapped so the filter goes on `shell.window` before `run_gui`
shows it. (A filter on the whole application would see every event in Python and make the app
look slower than it is: each new event class costs PySide a Python type.) The wrapping happens
as `ui.app` is first imported, by `run_gui` itself: importing it here first would move PySide's
and the start screen's imports ahead of what `run_gui` does before them (it turns the garbage
collector off for the start, ui/heap.py).

Bytecode: an installed Health Planner starts from compiled bytecode (pip compiles it at install
time, PyInstaller ships it). Where PYTHONDONTWRITEBYTECODE is set, as in some sandboxes and CI
images, every start would first compile the ~4,000 lines the start screen imports, which no
person double-clicking the app pays. So both variants keep bytecode under
benchmarks/.cache/pycache (`sys.pycache_prefix`), filled by the warm-up run; pass
`--no-bytecode-cache` to measure the compiling start instead.
"""

from __future__ import annotations

import os
import sys
from typing import Any

if "--no-bytecode-cache" not in sys.argv:
    sys.dont_write_bytecode = False
    sys.pycache_prefix = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache",
                                      "pycache")


def _exit_on_first_paint(widget: Any) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is widget and event.type() == QEvent.Type.Paint:
                sys.stdout.flush()
                os._exit(0)  # at once: no teardown in the figure
            return False

    keeper = FirstPaint()
    widget.installEventFilter(keeper)
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


class _WatchWhenImported:
    """A finder, first on sys.meta_path until `ui.app` is imported: then it wraps the module's
    `build_shell` so the window it builds is watched, and steps aside."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "ui.app":
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module  # type: ignore[union-attr]

        def exec_module(module: Any) -> None:
            run_module(module)
            build_shell = module.build_shell

            def watched(*args: Any, **kwargs: Any) -> Any:
                shell = build_shell(*args, **kwargs)
                _exit_on_first_paint(shell.window)
                return shell

            module.build_shell = watched

        spec.loader.exec_module = exec_module  # type: ignore[union-attr]
        return spec


def app(folder: str) -> None:
    from cli.main import main

    sys.meta_path.insert(0, _WatchWhenImported())
    os.environ["HEALTH_PLANNER_HOME"] = folder
    sys.argv = ["health-planner"]
    main()  # what the `health-planner` console script runs (cli.main.entry)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--no-bytecode-cache"]
    if args[0] == "bare":
        bare()
    else:
        app(args[1])
    sys.exit(1)  # the window was never painted
