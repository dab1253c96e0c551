"""Update and compile the app's translations (`make translations`).

    python scripts/translations.py            update the .ts files from ui/, then compile them
    python scripts/translations.py update     only run pyside6-lupdate over ui/
    python scripts/translations.py release    only run pyside6-lrelease (.ts -> .qm)
    python scripts/translations.py status     list strings still to translate; exit 1 if any
    python scripts/translations.py fill LANG FILE.json
                                              set translations from {"Context": {"source": "text"}}
                                              (a list of texts for a plural, one per form)

The .ts files in resources/translations/ are the sources translators edit (Qt Linguist,
`pyside6-linguist`, or any text editor); the .qm files are what the app loads. Strings that are
new or changed after `update` are "unfinished" until someone translates them; tests fail while any
shipped language has one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ui/ holds the app's words; sync/consent.py the consent texts (marked with QT_TRANSLATE_NOOP).
SOURCES = (ROOT / "ui", ROOT / "sync" / "consent.py")
OUT = ROOT / "resources" / "translations"
CATALOGUE = "health_planner"
LANGUAGES = ("pl", "ur")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project with its test extras.")
    return found


def ts_file(lang: str) -> Path:
    return OUT / f"{CATALOGUE}_{lang}.ts"


def sources() -> list[str]:
    files = [p for src in SOURCES for p in ([src] if src.is_file() else src.rglob("*.py"))]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def plurals(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in `path` that has plural forms."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own files
    return {(context.findtext("name", ""), message.findtext("source", ""))
            for context in root.iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"}


def update() -> None:
    """Run lupdate, refusing a result that loses plural forms still in the code.

    pyside6-lupdate 6.11 does not see `QCoreApplication.translate(ctx, text, None, n)` as a
    plural when `n` is a bare name, and would turn those messages into unfinished singulars,
    throwing away their Polish and Urdu forms; the files are then put back as they were."""
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        path = ts_file(lang)
        before = path.read_bytes() if path.exists() else None
        had = plurals(path) if before is not None else set()
        subprocess.run(  # noqa: S603 - our own tool and file names
            [tool("pyside6-lupdate"), *sources(), "-source-language", "en_GB",
             "-target-language", lang, "-no-obsolete", "-locations", "relative",
             "-ts", str(path.relative_to(ROOT))],
            check=True, cwd=ROOT,
        )
        lost = sorted(had - plurals(path))
        in_code = {source for _, source in _strings_in_code()}
        lost = [m for m in lost if m[1] in in_code]
        if lost and before is not None:
            path.write_bytes(before)
            raise SystemExit(
                f"{path.name}: this pyside6-lupdate would drop the plural forms of "
                f"{len(lost)} message(s), e.g. {lost[0]}; the file is unchanged. Use the "
                "PySide6 release that wrote it, or add the new strings by hand.")


def _strings_in_code() -> set[tuple[str, str]]:
    """(context, source) of every message lupdate finds in the code, into a scratch file."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete",  # noqa: S603
                        "-ts", str(scratch)], check=True, cwd=ROOT, capture_output=True)
        root = ET.parse(scratch).getroot()  # noqa: S314 - made just now
        return {(c.findtext("name", ""), m.findtext("source", ""))
                for c in root.iter("context") for m in c.iter("message")}


def release() -> None:
    for lang in LANGUAGES:
        ts = ts_file(lang)
        subprocess.run([tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm",  # noqa: S603
                        str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)


def missing(lang: str) -> list[tuple[str, str]]:
    """(context, source) of every message not yet translated in `lang`."""
    found = []
    root = ET.parse(ts_file(lang)).getroot()  # noqa: S314 - our own files
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            empty = translation is None or not (
                (translation.text or "").strip() or translation.findall("numerusform"))
            if kind == "unfinished" or empty:
                found.append((name, message.findtext("source", "")))
    return found


def fill(lang: str, table: dict[str, dict[str, str | list[str]]]) -> int:
    """Write translations from `table` into the .ts file of `lang`; returns how many."""
    path = ts_file(lang)
    tree = ET.parse(path)  # noqa: S314 - our own files
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source", ""))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                # Plural forms: a list, one per form of the language (pl: 3, ur: 2).
                forms = text if isinstance(text, list) else [text]
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")
    return count


def status() -> int:
    todo = 0
    for lang in LANGUAGES:
        items = missing(lang)
        todo += len(items)
        print(f"{lang}: {len(items)} to translate")
        for context, source in items:
            print(f"  [{context}] {source}")
    return 1 if todo else 0


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what in ("update", "all"):
        update()
    if what in ("release", "all"):
        release()
    if what == "status":
        return status()
    if what == "fill" and len(argv) == 3:
        import json

        table = json.loads(Path(argv[2]).read_text("utf-8"))
        print(f"{argv[1]}: {fill(argv[1], table)} translations written")
        return 0
    if what not in ("update", "release", "all", "status"):
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
