"""PySide6, loaded with its per-import source check made cheap (issue #22, cold start).

PySide6 replaces `__import__`, and after every import asks whether the new module's source
mentions "PySide6" (for its opt-in `from __feature__ import ...` switches, PYSIDE-2029). It asks
through `inspect.getsource`, which decodes the whole file, splits it into lines and matches the
file against every loaded module. For the ~40 modules the start screen imports that is ~22M
instructions, 3 % of a cold start (callgrind, `benchmarks/README.md`), and the same again for
every module a worker imports while the window paints (napari#8584 measured it too).

Importing this module loads PySide6 and puts an equivalent check in that place: the same
question, asked of the file's bytes. A module that is not a plain `.py` file on disk, or whose
file cannot be read, is asked PySide's own way. If PySide6 no longer has the check (it was
renamed or fixed upstream), nothing is replaced and `tests/ui/test_pyside_feature_check.py`
says so. Only the answer's cost changes: no module is treated differently.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shiboken's support modules, the check among them

_CHECK = "_mod_uses_pyside"


def _from_file(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Put the cheap check in place once. False when PySide6 has no such check to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, _CHECK, None)
    if original is None:
        return False
    if not hasattr(original, "original"):
        setattr(feature, _CHECK, _from_file(original))
    return True


install()
