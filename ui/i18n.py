"""Translations: our own strings and Qt's, and the layout direction that goes with them.

Our strings come from `resources/translations/health_planner_<lang>.qm` (made by
`scripts/translations.py` from the `.ts` sources); Qt's own dialogs and buttons from the
`qtbase_<lang>.qm` that ships with PySide6, when there is one. Urdu is written right to left, so
the whole application is mirrored for it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.resources import resource

# (code, name in its own language). The names are never translated: a person looks for their
# own language written the way they read it.
LANGUAGES: list[tuple[str, str]] = [
    ("en_GB", "English (UK)"),
    ("pl", "Polski"),
    ("ur", "اردو"),
]
RIGHT_TO_LEFT = {"ur"}
CATALOGUE = "health_planner"

# The words on Qt's standard buttons (Save, Cancel, Yes, No in every dialog's button box and
# message box). Qt asks for them in the "QPlatformTheme" context; Qt ships no Urdu catalogue,
# so they would stay English. Marked here so lupdate keeps them in our catalogue, which Qt
# searches first.
STANDARD_BUTTONS = [
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
]


def translation_file(code: str) -> str:
    return str(resource("translations", f"{CATALOGUE}_{code}.qm"))


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en_GB"
        self._installed: list[QTranslator] = []

    def apply(self, code: str) -> bool:
        """Switch to `code`; returns False (and stays in English) if its catalogue is missing."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        if code != "en_GB":
            ours = QTranslator(self.app)
            if ours.load(translation_file(code)):
                from PySide6.QtCore import QLibraryInfo  # only for other languages than English

                qt = QTranslator(self.app)
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt.load(f"qtbase_{code}", qt_dir):
                    self._installed.append(qt)
                self._installed.append(ours)
            else:
                ok = False
                code = "en_GB"
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = code
        QLocale.setDefault(QLocale("ur_PK" if code == "ur" else code))
        if isinstance(self.app, QApplication):
            # By name, not Qt.LayoutDirection: this runs before the first paint (forms.set_enum).
            direction = "RightToLeft" if code in RIGHT_TO_LEFT else "LeftToRight"
            if not self.app.setProperty("layoutDirection", direction):
                raise ValueError(direction)
        return ok
