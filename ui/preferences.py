"""Machine-level preferences: how the app looks and behaves on this PC. Never health data.

They live in `preferences.json` in the data folder, beside the profiles, so a carer's USB stick
carries them too. The file is validated with pydantic: a damaged or hand-edited file falls back
to the defaults rather than stopping the app. Saves are atomic and run in the task runner, so the
UI thread never waits on a slow USB stick.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from PySide6.QtCore import QObject, Signal

from planner.atomic import atomic_write
from ui.tasks import TaskRunner

FILENAME = "preferences.json"
Language = Literal["en_GB", "pl", "ur"]

SHARED_PC_AUTO_LOCK_MINUTES = 2.0
SHARED_PC_CLIPBOARD_SECONDS = 30


class Preferences(BaseModel):
    """What the Settings screen changes. Secure defaults, as KeePassXC has them."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    auto_lock_minutes: float = Field(default=5.0, gt=0, le=240)
    shared_pc: bool = False
    language: Language = "en_GB"
    text_scale: int = Field(default=100, ge=100, le=200)
    theme: Literal["light", "dark"] = "light"
    high_contrast: bool = False
    reminders: bool = True
    clipboard_seconds: int = Field(default=30, ge=5, le=600)
    last_profile: str = Field(default="", max_length=40)

    # -- what the shared-PC switch implies ----------------------------------------------

    @property
    def effective_auto_lock_minutes(self) -> float:
        if self.shared_pc:
            return min(self.auto_lock_minutes, SHARED_PC_AUTO_LOCK_MINUTES)
        return self.auto_lock_minutes

    @property
    def effective_clipboard_seconds(self) -> int:
        if self.shared_pc:
            return min(self.clipboard_seconds, SHARED_PC_CLIPBOARD_SECONDS)
        return self.clipboard_seconds

    @property
    def lock_on_minimise(self) -> bool:
        return self.shared_pc

    @property
    def allow_remember(self) -> bool:
        return not self.shared_pc

    @property
    def theme_name(self) -> str:
        return "high-contrast" if self.high_contrast else self.theme

    @property
    def remembered_profile(self) -> str:
        """The profile to preselect; on a shared PC nobody's name is left on show."""
        return "" if self.shared_pc else self.last_profile


def load_preferences(folder: Path | None) -> Preferences:
    """Read the file, or the defaults when it is missing or damaged."""
    if folder is None:
        return Preferences()
    path = folder / FILENAME
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    try:
        return Preferences.model_validate(raw)
    except ValidationError:
        # Keep every field that is still valid, drop the rest.
        good: dict[str, Any] = {}
        for key, value in raw.items():
            try:
                Preferences.model_validate({key: value})
            except ValidationError:
                continue
            good[key] = value
        return Preferences.model_validate(good)


def save_preferences(folder: Path, prefs: Preferences) -> None:
    atomic_write(folder / FILENAME, prefs.model_dump_json(indent=2).encode("utf-8"))


class PreferenceStore(QObject):
    """The live preferences. `update(**changes)` validates, tells listeners at once and saves
    in the worker. `folder=None` keeps them in memory only (screenshots, tests)."""

    changed = Signal(object)  # the new Preferences

    def __init__(
        self,
        folder: Path | None,
        runner: TaskRunner | None = None,
        initial: Preferences | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self._value = initial if initial is not None else load_preferences(folder)

    @property
    def value(self) -> Preferences:
        return self._value

    def update(self, **changes: Any) -> Preferences:
        merged = {**self._value.model_dump(), **changes}
        new = Preferences.model_validate(merged)
        if new == self._value:
            return new
        self._value = new
        self.changed.emit(new)
        self._save(new)
        return new

    def _save(self, prefs: Preferences) -> None:
        folder = self.folder
        if folder is None:
            return
        if self.runner is None:
            save_preferences(folder, prefs)
        else:
            self.runner.run(lambda: save_preferences(folder, prefs))
