"""Machine-level preferences: how the app looks and behaves on this PC. Never health data.

They live in `preferences.json` in the data folder, beside the profiles, so a carer's USB stick
carries them too. Every field is checked (the way pydantic's lax mode would: "150" and 150.0 are
150): a damaged or hand-edited file falls back to the defaults rather than stopping the app.
Saves are atomic and run in the task runner, so the UI thread never waits on a slow USB stick.

`Preferences` is a small frozen class, not a pydantic model (nor a dataclass), because the start
screen reads it before its first paint and pydantic alone would add ~30 ms to a cold start
(issue #6); it keeps the few pydantic methods the app uses (`model_validate`, `model_dump`,
`model_dump_json`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal

from planner.atomic import atomic_write
from ui.tasks import TaskRunner

FILENAME = "preferences.json"
Language = Literal["en_GB", "pl", "ur"]
LANGUAGE_CODES = ("en_GB", "pl", "ur")
THEME_NAMES = ("light", "dark")

SHARED_PC_AUTO_LOCK_MINUTES = 2.0
SHARED_PC_CLIPBOARD_SECONDS = 30

_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})


class InvalidPreference(ValueError):
    """A preference value out of range or of the wrong kind (names the field)."""


def _number(value: object) -> float:
    if isinstance(value, bool | int | float):
        return float(value)
    if isinstance(value, str):
        return float(value.strip())
    raise ValueError("not a number")


def _float(low: float, high: float) -> Callable[[object], float]:
    """low < value <= high."""

    def check(value: object) -> float:
        number = _number(value)
        if not (math.isfinite(number) and low < number <= high):
            raise ValueError(f"must be more than {low} and at most {high}")
        return number

    return check


def _int(low: int, high: int) -> Callable[[object], int]:
    """low <= value <= high, a whole number."""

    def check(value: object) -> int:
        if isinstance(value, bool):
            raise ValueError("not a whole number")
        if isinstance(value, int):
            number = value
        else:
            real = _number(value)
            if not (math.isfinite(real) and real.is_integer()):
                raise ValueError("not a whole number")
            number = int(real)
        if not low <= number <= high:
            raise ValueError(f"must be from {low} to {high}")
        return number

    return check


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    raise ValueError("not yes or no")


def _choice(*choices: str) -> Callable[[object], str]:
    def check(value: object) -> str:
        if isinstance(value, str) and value in choices:
            return value
        raise ValueError(f"must be one of {', '.join(choices)}")

    return check


def _text(longest: int) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str) or len(value) > longest:
            raise ValueError(f"must be text of at most {longest} characters")
        return value

    return check


_CHECKS: dict[str, Callable[[object], Any]] = {
    "auto_lock_minutes": _float(0, 240),
    "shared_pc": _bool,
    "language": _choice(*LANGUAGE_CODES),
    "text_scale": _int(100, 200),
    "theme": _choice(*THEME_NAMES),
    "high_contrast": _bool,
    "easy_read": _bool,
    "reminders": _bool,
    "clipboard_seconds": _int(5, 600),
    "last_profile": _text(40),
}


class Preferences:
    """What the Settings screen changes. Secure defaults, as KeePassXC has them.

    Immutable: `PreferenceStore.update(...)` makes a new one. Every value is checked (see
    `_CHECKS`); a wrong one raises InvalidPreference, a ValueError as pydantic's errors were."""

    __slots__ = tuple(_CHECKS)

    auto_lock_minutes: float  # more than 0, at most 240
    shared_pc: bool
    language: Language
    text_scale: int  # 100 to 200 (per cent)
    theme: Literal["light", "dark"]
    high_contrast: bool
    easy_read: bool  # short sentences, big controls, pictures (ui/easy_read.py)
    reminders: bool
    clipboard_seconds: int  # 5 to 600
    last_profile: str  # at most 40 characters

    def __init__(
        self,
        *,
        auto_lock_minutes: float = 5.0,
        shared_pc: bool = False,
        language: Language = "en_GB",
        text_scale: int = 100,
        theme: Literal["light", "dark"] = "light",
        high_contrast: bool = False,
        easy_read: bool = False,
        reminders: bool = True,
        clipboard_seconds: int = 30,
        last_profile: str = "",
    ) -> None:
        given = locals()
        for name, check in _CHECKS.items():
            try:
                object.__setattr__(self, name, check(given[name]))
            except ValueError as exc:
                raise InvalidPreference(f"{name}: {exc}") from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Preferences cannot change; use PreferenceStore.update({name}=…)")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preferences):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    def __hash__(self) -> int:
        return hash(tuple(self.model_dump().values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.model_dump().items())
        return f"Preferences({fields})"

    @classmethod
    def model_validate(cls, data: Mapping[str, Any]) -> Preferences:
        """Check `data` (unknown keys are ignored); raises InvalidPreference."""
        return cls(**{key: value for key, value in data.items() if key in _CHECKS})

    def model_dump(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _CHECKS}

    def model_dump_json(self, *, indent: int | None = None) -> str:
        import json

        return json.dumps(self.model_dump(), indent=indent, ensure_ascii=False)

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
        text = path.read_text("utf-8")
    except (OSError, ValueError):
        return Preferences()
    import json  # not on a first run, which has no file: ~1.5 ms of the cold start (#6)

    try:
        raw = json.loads(text)
    except ValueError:
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    try:
        return Preferences.model_validate(raw)
    except InvalidPreference:
        # Keep every field that is still valid, drop the rest.
        good: dict[str, Any] = {}
        for key, value in raw.items():
            try:
                Preferences.model_validate({key: value})
            except InvalidPreference:
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
