"""Looks: the bundled fonts, the three themes and text size.

A theme is a QPalette (for everything the style paints itself) plus a stylesheet in
`resources/themes/<name>.qss`. The base text size is the application font; font sizes in the
stylesheets are written `@pt(n)`, meaning n times that size in points, and spacing is in em, so
200 % makes every text, padding and control bigger together. `@res(file)` names a file beside
the stylesheet (the tick of a check box). The colours meet WCAG AA (4.5:1) for text;
tests/ui/test_theme.py computes the ratios.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import resource

THEMES = ("light", "dark", "high-contrast")
FUSION_SET = "healthPlannerStyle"  # application property: "fusion" once the style is Fusion
BASE_POINT_SIZE = 11.0
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
FONT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]

# The colours each theme gives QPalette; the .qss files use the same values.
PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f0f4f5",
        "window_text": "#212b32",
        "base": "#ffffff",
        "alternate_base": "#e8edee",
        "text": "#212b32",
        "button": "#ffffff",
        "button_text": "#212b32",
        "highlight": "#005eb8",
        "highlighted_text": "#ffffff",
        "tooltip_base": "#212b32",
        "tooltip_text": "#ffffff",
        "placeholder": "#4c6272",
        "link": "#005eb8",
        "disabled_text": "#556570",
        "bright_text": "#b3261e",
    },
    "dark": {
        "window": "#1b1f23",
        "window_text": "#eef1f3",
        "base": "#262b30",
        "alternate_base": "#2f353b",
        "text": "#eef1f3",
        "button": "#2f353b",
        "button_text": "#eef1f3",
        "highlight": "#41b6e6",
        "highlighted_text": "#0b0c0c",
        "tooltip_base": "#eef1f3",
        "tooltip_text": "#1b1f23",
        "placeholder": "#b4bfc7",
        "link": "#7fd0f0",
        "disabled_text": "#9aa5ad",
        "bright_text": "#ff8a80",
    },
    "high-contrast": {
        "window": "#000000",
        "window_text": "#ffffff",
        "base": "#000000",
        "alternate_base": "#1a1a1a",
        "text": "#ffffff",
        "button": "#000000",
        "button_text": "#ffff00",
        "highlight": "#ffff00",
        "highlighted_text": "#000000",
        "tooltip_base": "#ffffff",
        "tooltip_text": "#000000",
        "placeholder": "#ffffff",
        "link": "#00ffff",
        "disabled_text": "#c8c8c8",
        "bright_text": "#ffff00",
    },
}

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText,
    "placeholder": QPalette.ColorRole.PlaceholderText,
    "link": QPalette.ColorRole.Link,
    "bright_text": QPalette.ColorRole.BrightText,
}

_PT = re.compile(r"@pt\(\s*([0-9.]+)\s*\)")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RES = re.compile(r"@res\(\s*([\w.-]+)\s*\)")


def load_fonts() -> list[str]:
    """Register the bundled fonts so Urdu renders on a PC without Arabic-script fonts.
    Returns the families that loaded."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def palette(name: str) -> QPalette:
    colours = PALETTES[name]
    pal = QPalette()
    for key, role in _ROLES.items():
        pal.setColor(role, QColor(colours[key]))
    disabled = QColor(colours["disabled_text"])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def point_size(scale_percent: int) -> float:
    return round(BASE_POINT_SIZE * max(100, min(200, scale_percent)) / 100, 1)


def stylesheet(name: str, scale_percent: int = 100) -> str:
    """The theme's stylesheet with every @pt(n) turned into points for this text size."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}")
    text = _COMMENT.sub("", resource("themes", f"{name}.qss").read_text("utf-8")).lstrip()
    base = point_size(scale_percent)
    text = _RES.sub(lambda m: resource("themes", m.group(1)).as_posix(), text)
    return _PT.sub(lambda m: f"{round(base * float(m.group(1)), 1)}pt", text)


def app_font(scale_percent: int = 100) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size(scale_percent))
    return font


def apply_theme(app: QApplication, name: str, scale_percent: int = 100) -> None:
    """Fusion style (the same on every platform), the palette, the font and the sheet."""
    if app.property(FUSION_SET) != "fusion":  # ui.app.application() starts with -style Fusion
        app.setStyle("Fusion")
        app.setProperty(FUSION_SET, "fusion")
    app.setPalette(palette(name))
    app.setFont(app_font(scale_percent))
    app.setStyleSheet(stylesheet(name, scale_percent))


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two colours, 1.0 to 21.0."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
