"""The shipped .ts files hold every string the code can show: lupdate finds nothing new.

A string added to the code but never extracted would show in English to a Polish or Urdu reader
while every .ts file still looked complete; this runs lupdate into a scratch file and compares.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402


def _strings(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    found = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((context.findtext("name", ""), message.findtext("source", "")))
    return found


def test_no_string_in_the_code_is_missing_from_the_shipped_translations(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch_pl.ts"
    subprocess.run([translations.tool("pyside6-lupdate"), *translations.sources(),
                    "-no-obsolete", "-ts", str(scratch)], check=True, cwd=ROOT,
                   capture_output=True)
    in_code = _strings(scratch)
    for lang in translations.LANGUAGES:
        shipped = _strings(translations.ts_file(lang))
        missing = sorted(in_code - shipped)
        assert not missing, f"{lang}: run `make translations` and translate: {missing[:15]}"
