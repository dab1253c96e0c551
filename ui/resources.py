"""Where the shipped resources live: fonts, themes and translations.

From a source checkout, an editable install and an installed wheel they are in `resources/`
beside `ui/` (pyproject.toml lists it as a package for that); a PyInstaller build unpacks them
under `sys._MEIPASS/resources`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
