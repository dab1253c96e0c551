"""Small building blocks shared by the shell's screens: headings, hints, error lines,
buttons that Enter can press, a scroll wrapper, the passphrase-strength hint and the plain
message for an error.

Callers pass text that is already translated (`self.tr(...)`), so lupdate sees every string
where it is written.

The start screen is built from these before its first paint, so they set Qt's enums by name
(`set_enum`) and never touch PySide's `Qt` namespace (see `set_enum` for why).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from planner.errors import InputError
from ui.session import Locked


def set_enum(target: QObject, prop: str, key: str) -> None:
    """`target.setProp(Qt.Enum.key)` through Qt's property system, the enum given by name
    (flags joined by "|"). Code that runs before the first paint uses this instead of PySide's
    `Qt` namespace: the first use of `Qt` makes its 94 Python enums, ~13 ms, a tenth of a cold
    start (issue #6). A misspelt property or key raises rather than passing unnoticed."""
    if not target.setProperty(prop, key):
        raise ValueError(f"{type(target).__name__} has no property {prop!r} taking {key!r}")


def label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    set_enum(widget, "textFormat", "PlainText")
    if role:
        widget.setProperty("role", role)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def heading(text: str) -> QLabel:
    widget = label(text, "heading")
    widget.setAccessibleName(text)
    return widget


def message_label(role: str = "error") -> QLabel:
    """An initially empty line for errors or confirmations; screen readers get it as an alert
    because its accessible name changes with the text."""
    widget = label("", role)
    widget.setVisible(False)
    return widget


def show_message(widget: QLabel, text: str, role: str | None = None) -> None:
    if role is not None and widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setText(text)
    widget.setAccessibleName(text)
    widget.setVisible(bool(text))


def button(text: str, accessible: str, *, primary: bool = False) -> QPushButton:
    """A push button Enter and Space both press when it has focus."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible)
    widget.setAutoDefault(True)
    set_enum(widget, "focusPolicy", "StrongFocus")
    if primary:
        widget.setProperty("primary", True)
    return widget


def line_edit(accessible: str, *, password: bool = False) -> QLineEdit:
    widget = QLineEdit()
    widget.setAccessibleName(accessible)
    if password:
        widget.setEchoMode(QLineEdit.EchoMode.Password)
        set_enum(
            widget, "inputMethodHints", "ImhHiddenText|ImhNoPredictiveText|ImhSensitiveData"
        )
    return widget


def buddy(text: str, target: QWidget) -> QLabel:
    """A label with a mnemonic (&) that moves focus to `target`."""
    widget = label(text)
    set_enum(widget, "textFormat", "AutoText")
    widget.setBuddy(target)
    return widget


def guard(
    owner: Any, fn: Callable[[Any], None], orphan: Callable[[Any], None] | None = None
) -> Callable[[Any], None]:
    """A callback for the task runner that does nothing once `owner` (a widget) is gone, so a
    job that ends after its screen was closed or rebuilt cannot touch deleted widgets.
    `orphan(result)` then gets the result instead (to close a vault nobody will adopt)."""

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            fn(value)
        elif orphan is not None:
            orphan(value)

    return call


def tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through `widgets` in this order (mirrored for right-to-left languages)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def scroll(page: QWidget | None) -> QScrollArea:
    """Wrap a page so large text scrolls instead of being squashed. With `page` None the area
    is made empty, to be placed first and given its page last (see StartScreen._page)."""
    area = QScrollArea()
    area.setWidgetResizable(True)  # before the page: it is laid out once, at its final size
    area.setFrameShape(QFrame.Shape.NoFrame)
    set_enum(area, "focusPolicy", "NoFocus")
    if page is not None:
        area.setWidget(page)
    return area


def passphrase_hint(passphrase: str) -> tuple[int, str]:
    """(strength 0-3, a plain hint). A rough guide, not a promise: long and made of several
    random words beats short and clever."""
    words = [w for w in passphrase.split() if w]
    length = len(passphrase)
    if length < 4:
        return 0, QCoreApplication.translate("Forms", "Too short. Use at least 4 characters.")
    classes = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    if length >= 20 or len(words) >= 4 or (length >= 14 and classes >= 3):
        return 3, QCoreApplication.translate("Forms", "Strong. This passphrase is hard to guess.")
    if length >= 12 or len(words) >= 3:
        return 2, QCoreApplication.translate("Forms", "Good. One more word would make it stronger.")
    return 1, QCoreApplication.translate(
        "Forms", "Weak. Try 3 or 4 random words, like “yellow kettle river lamp”."
    )


# The core's messages are plain English; the ones people meet on the start and settings
# screens are listed here so lupdate offers them for translation. Others stay in English.
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("CoreMessages", "That passphrase does not open this profile."),
    QT_TRANSLATE_NOOP("CoreMessages", "This profile is not remembered on this computer."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give the profile a name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Profile names can be up to 40 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Profile names cannot contain control characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use a passphrase of at least 4 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "The profile is locked."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This computer has no secure keyring, so it cannot remember you."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The remembered key is damaged. Unlock with your passphrase."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "That recovery code does not open this profile."),
    # A carer's view grant (planner.errors.ReadOnly, issue #24).
    QT_TRANSLATE_NOOP("CoreMessages", "This access is view only: nothing can be changed."),
    # What a sync says when the network or a server lets it down (sync/client.py, engine.py).
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The endpoint's security certificate could not be checked, so nothing was sent.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Could not reach the participation server. Your contributions are kept and will be "
        "sent later.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The participation server is too slow, so this sync stopped. Your contributions are "
        "kept and will be sent later.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The participation server's reply was cut short, so nothing from it was saved. Your "
        "contributions are kept and will be sent later.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The participation server asked this app to wait longer than a sync may take. Your "
        "contributions are kept and will be sent later.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The participation server has a problem. Your contributions are kept and will be "
        "sent later.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The participation server sent a reply this app does not understand. Nothing from it "
        "was saved.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The participation server's reply did not match what was sent."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The directory changed while downloading. Try again."),
    # A drive that is full, read-only, refuses access or went away (planner/errors.py
    # STORAGE_MESSAGES; a test checks both lists hold the same sentences).
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "There is no space left on the drive that holds this profile. Free some space, "
        "then try again. Nothing was lost.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "There is no space left on the drive you chose for the file. Free some space or "
        "choose another place, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The drive that holds this profile is read-only, so nothing can be saved. It may "
        "be a USB stick with its lock switch on.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The drive you chose for the file is read-only. Choose another place, then try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This computer does not let Health Planner save in the folder that holds this "
        "profile, so nothing can be saved.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This computer does not let Health Planner save in the folder you chose. Choose "
        "another place, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The drive that holds this profile went away, so Health Planner stopped saving "
        "and locked the profile. Put it back, then open the profile again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The drive you chose for the file went away. Put it back or choose another place, "
        "then try again.",
    ),
)
# The back-off refusal ("Wait 1 second" / "Wait 8 seconds"), read with Qt's plural forms.
_WAIT = r"Too many wrong tries\. Wait (\d+) seconds?, then try again\."
# Messages with values in them: (pattern, template). Compiled on first use (`_patterns`), not at
# import: this module loads before the first paint, and nine regular expressions cost ~1 ms
# there that only an error message needs (issue #22, cold start).
_PATTERN_SOURCES: tuple[tuple[str, int, object], ...] = (
    (
        r"The participation server said no \(error (\d+)\)\.", 0,
        QT_TRANSLATE_NOOP("CoreMessages", "The participation server said no (error %1)."),
    ),
    (
        # %2 is the server's own words, already cleaned (sync/untrusted.py); never translated.
        r"The participation server said no \(error (\d+)\): (.*)", re.DOTALL,
        QT_TRANSLATE_NOOP("CoreMessages", "The participation server said no (error %1): %2"),
    ),
    (
        (
            r"The participation server sent more than this app accepts \(([\d,]+) KB\), so "
            r"nothing from it was saved\. Your contributions are kept and will be sent later\."
        ),
        0,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The participation server sent more than this app accepts (%1 KB), so nothing "
            "from it was saved. Your contributions are kept and will be sent later.",
        ),
    ),
    (
        (
            r"The participation server's directory is larger than this app accepts \(more "
            r"than ([\d,]+) services or (\d+) MB\), so it was not saved\. The copy you had "
            r"is kept\."
        ),
        0,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The participation server's directory is larger than this app accepts (more than "
            "%1 services or %2 MB), so it was not saved. The copy you had is kept.",
        ),
    ),
    (
        # Another copy of the app holds the profile (planner/vault/holder.py); %1 is a time.
        (
            r"This profile is open in another Health Planner on this PC since ([\d:\- ]+)\. "
            r"You can open it read-only\."
        ),
        0,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "This profile is open in another Health Planner on this PC since %1. You can "
            "open it read-only.",
        ),
    ),
    (
        (
            r"This profile is open in Health Planner on the PC called '(.*)' since "
            r"([\d:\- ]+)\. You can open it read-only\."
        ),
        0,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "This profile is open in Health Planner on the PC called “%1” since %2. You can "
            "open it read-only.",
        ),
    ),
    (
        # A carer's view grant (planner/vault/access.py, issue #24): %1 the carer, %2 the person.
        r"(.*)'s access to (.*) is view only: nothing can be changed\.", 0,
        QT_TRANSLATE_NOOP("CoreMessages",
                          "%1’s access to %2 is view only: nothing can be changed."),
    ),
    (
        r"(.*)'s access to (.*) ended on ([\d-]+)\. Ask (.*) to renew it\.", 0,
        QT_TRANSLATE_NOOP("CoreMessages",
                          "%1’s access to %2 ended on %3. Ask %4 to renew it."),
    ),
    (
        r"There is already a profile called '(.*)'\.", 0,
        QT_TRANSLATE_NOOP("CoreMessages", "There is already a profile called “%1”."),
    ),
    (
        r"There is no profile called '(.*)' here\.", 0,
        QT_TRANSLATE_NOOP("CoreMessages", "There is no profile called “%1” here."),
    ),
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], object], ...]]:
    """The back-off pattern and `_PATTERN_SOURCES` compiled, once, when a message first needs
    them."""
    return re.compile(_WAIT), tuple(
        (re.compile(source, flags), template) for source, flags, template in _PATTERN_SOURCES
    )


def _fill(template: str, values: dict[str, str]) -> str:
    """%1, %2 ... of a translated template, in one pass, so a value that itself contains
    "%2" (a server's words) is not replaced again."""
    return re.sub(r"%\d+", lambda found: values.get(found.group(0), found.group(0)), template)


def core_message(text: str) -> str:
    """The core's message in the person's language, when we have a translation of it."""
    if text in CORE_MESSAGES:
        return QCoreApplication.translate("CoreMessages", text)
    wait, patterns = _patterns()
    waited = wait.fullmatch(text)
    if waited:
        seconds = int(waited.group(1))
        # A plural: Polish has three forms (sekundę, sekundy, sekund). Added to the .ts files by
        # hand, as this pyside6-lupdate does not mark plurals (scripts/translations.py).
        said = QCoreApplication.translate(
            "CoreMessages", "Too many wrong tries. Wait %n second(s), then try again.",
            None, seconds,
        )
        # In English (no catalogue) Qt hands back "second(s)"; the core's own text already says
        # "1 second" or "8 seconds".
        return text if "second(s)" in said else said
    for pattern, template in patterns:
        match = pattern.fullmatch(text)
        if match:
            said = QCoreApplication.translate("CoreMessages", str(template))
            values = {f"%{n}": group for n, group in enumerate(match.groups(), start=1)}
            return _fill(said, values)
    return text


def friendly_error(exc: BaseException) -> str:
    """What to tell the person. Our own InputError messages are plain English already; anything
    else gets a kind, general message, never a traceback."""
    if isinstance(exc, InputError) and str(exc):
        return core_message(str(exc))
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "Forms", "This computer ran out of memory. Close some other programs and try again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Forms",
            "Health Planner could not read or save a file. Check the disk or USB stick "
            "is plugged in and not full, then try again.",
        )
    return QCoreApplication.translate(
        "Forms",
        "Sorry, something went wrong. Nothing was changed. Please try again. If it "
        "keeps happening, close Health Planner and open it again.",
    )


def is_quiet(exc: BaseException) -> bool:
    """Failures nobody needs to hear about: a job that found the profile already locked."""
    return isinstance(exc, Locked)
