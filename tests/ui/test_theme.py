"""Themes and fonts: text colours meet WCAG AA (4.5:1) in every theme, high contrast meets AAA
(7:1) for its main text, sizes scale with the text size setting, and the bundled fonts load
and cover Urdu."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QPalette, QRawFont
from PySide6.QtWidgets import QApplication
from shellkit import looks

from ui.resources import resource
from ui.theme import (
    PALETTES,
    THEMES,
    contrast_ratio,
    load_fonts,
    palette,
    point_size,
    stylesheet,
)

TEXT_PAIRS = [
    ("window_text", "window"), ("text", "base"), ("text", "alternate_base"),
    ("button_text", "button"), ("highlighted_text", "highlight"),
    ("tooltip_text", "tooltip_base"), ("placeholder", "base"), ("link", "base"),
    ("link", "window"), ("bright_text", "window"), ("disabled_text", "window"),
    ("disabled_text", "base"),
]
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
DECL = re.compile(r"(?<![-\w])(color|background-color)\s*:\s*(#[0-9a-fA-F]{6})")


def rules(name: str) -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", stylesheet(name), flags=re.S)
    found = []
    for selector, body in RULE.findall(text):
        found.append((selector.strip(), dict(DECL.findall(body))))
    return found


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_palette_text_is_readable(name: str) -> None:
    colours = PALETTES[name]
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(colours[fg], colours[bg])
        assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"
    if name == "high-contrast":
        for fg, bg in TEXT_PAIRS[:5]:
            assert contrast_ratio(colours[fg], colours[bg]) >= 7.0


@pytest.mark.parametrize("name", THEMES)
def test_stylesheet_text_is_readable_where_it_is_drawn(name: str) -> None:
    window = PALETTES[name]["window"]
    base = PALETTES[name]["base"]
    checked = 0
    for selector, decl in rules(name):
        colour = decl.get("color")
        if colour is None:
            continue
        backgrounds = [decl["background-color"]] if "background-color" in decl \
            else [window, base]
        for background in backgrounds:
            ratio = contrast_ratio(colour, background)
            assert ratio >= 4.5, f"{name}: {selector} text is {ratio:.2f}:1"
            checked += 1
    assert checked > 30


@pytest.mark.parametrize("name", THEMES)
def test_stylesheet_and_palette_agree(name: str) -> None:
    first = dict(rules(name))["QWidget"]
    assert first["color"] == PALETTES[name]["window_text"]
    assert first["background-color"] == PALETTES[name]["window"]
    pal = palette(name)
    assert pal.color(QPalette.ColorRole.Window).name() == PALETTES[name]["window"]
    assert pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name() == \
        PALETTES[name]["disabled_text"]


def test_font_sizes_follow_the_text_size_setting() -> None:
    def heading_pt(scale: int) -> float:
        match = re.search(r"QLabel\[role=\"heading\"\][^{]*\{[^}]*font-size:\s*([0-9.]+)pt",
                          stylesheet("light", scale))
        assert match
        return float(match.group(1))

    assert heading_pt(200) == pytest.approx(2 * heading_pt(100), abs=0.2)
    assert point_size(200) == 2 * point_size(100)
    assert point_size(500) == point_size(200), "capped at 200 %"
    assert "@pt(" not in stylesheet("dark", 150) and "@res(" not in stylesheet("dark", 150)


def test_applying_a_theme_changes_the_whole_app(qapp) -> None:
    with looks("dark", 150):
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#1b1f23"
        assert qapp.font().pointSizeF() == pytest.approx(point_size(150))
        assert qapp.style().name().lower() in ("fusion", "")  # "" once a stylesheet wraps it
        assert qapp.property("healthPlannerStyle") == "fusion"
    assert qapp.font().pointSizeF() == pytest.approx(point_size(100))


def test_the_stylesheet_pictures_exist() -> None:
    for name in THEMES:
        for path in re.findall(r'url\("([^"]+)"\)', stylesheet(name)):
            assert resource("themes", path.rsplit("/", 1)[-1]).is_file(), path


def test_bundled_fonts_load_and_cover_urdu(qapp) -> None:
    families = load_fonts()
    assert "Noto Sans" in families
    assert "Noto Naskh Arabic" in families
    licence = resource("fonts", "OFL.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    raw = QRawFont(str(resource("fonts", "NotoNaskhArabic-Regular.ttf")), 12)
    metrics = QFontMetrics(QFont("Noto Naskh Arabic", 12))
    for ch in "ہیلتھ پلانر میں خوش آمدید۔ گ ڈ ٹ ں ے":
        if not ch.isspace():
            assert raw.supportsCharacter(ord(ch)), f"{ch!r} has no glyph"
            assert metrics.inFontUcs4(ord(ch))
    assert "Noto Sans" in QFontDatabase.families()
    assert QFontMetrics(QFont("Noto Sans", 12)).horizontalAdvance("Health") > 0
    assert isinstance(QApplication.instance(), QApplication)
