"""Update and compile the app's translations (`make translations`).

    python scripts/translations.py            update the .ts files from ui/, compile them, and
                                              report how much of each language is translated
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
    """Run lupdate, then put back the plural forms it drops.

    pyside6-lupdate 6.11 does not see `QCoreApplication.translate(ctx, text, None, n)` as a
    plural unless `n` is a literal number, and would turn those messages into unfinished
    singulars, throwing away their Polish and Urdu forms. Every message that had plural forms
    before and is still in the code gets them back (`numerus` and the forms), so `make
    translations` can run with any PySide6 6 release."""
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        path = ts_file(lang)
        before = ET.parse(path) if path.exists() else None  # noqa: S314 - our own files
        subprocess.run(  # noqa: S603 - our own tool and file names
            [tool("pyside6-lupdate"), *sources(), "-source-language", "en_GB",
             "-target-language", lang, "-no-obsolete", "-locations", "relative",
             "-ts", str(path.relative_to(ROOT))],
            check=True, cwd=ROOT,
        )
        if before is not None:
            restored = _restore_plurals(path, before)
            if restored:
                print(f"{path.name}: kept the plural forms of {restored} message(s)")


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name", ""), message.findtext("source", "")): message
            for context in tree.getroot().iter("context") for message in context.iter("message")}


def _restore_plurals(path: Path, before: ET.ElementTree) -> int:
    """Give each message of `path` that was plural in `before` its old plural translation; put
    back whole the plural messages lupdate no longer finds (a count that is not a plain name,
    such as `series.total`) while their text is still in the code."""
    old = {key: m for key, m in _messages(before).items() if m.get("numerus") == "yes"}
    tree = ET.parse(path)  # noqa: S314 - written just now by lupdate
    now = _messages(tree)
    code = "\n".join(Path(ROOT, name).read_text("utf-8") for name in sources())
    contexts = {c.findtext("name", ""): c for c in tree.getroot().iter("context")}
    count = 0
    for (context, source), was in old.items():
        if (context, source) in now or repr(source)[1:-1] not in code:
            continue
        holder = contexts.get(context)
        if holder is None:
            holder = ET.SubElement(tree.getroot(), "context")
            ET.SubElement(holder, "name").text = context
            contexts[context] = holder
        holder.append(was)
        count += 1
    for key, message in now.items():
        was = old.get(key)
        if was is None or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        for translation in message.findall("translation"):
            message.remove(translation)
        copied = was.find("translation")
        if copied is not None:
            message.append(copied)
        count += 1
    if count:
        _write(path, tree)
    return count


def _write(path: Path, tree: ET.ElementTree) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")


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
    _write(path, tree)
    return count


def counts(lang: str) -> tuple[int, int, int]:
    """(messages, translated, plural messages with every form) in `lang`."""
    root = ET.parse(ts_file(lang)).getroot()  # noqa: S314 - our own files
    messages = [m for m in root.iter("message")
                if (m.find("translation") is None
                    or m.find("translation").get("type") not in ("obsolete", "vanished"))]
    forms = {"pl": 3, "ur": 2}.get(lang, 1)
    plural = sum(1 for m in messages if m.get("numerus") == "yes"
                 and len([f for f in m.iter("numerusform") if (f.text or "").strip()]) == forms)
    return len(messages), len(messages) - len(missing(lang)), plural


def status() -> int:
    todo = 0
    for lang in LANGUAGES:
        items = missing(lang)
        todo += len(items)
        total, done, plural = counts(lang)
        percent = 100 * done // total if total else 100
        print(f"{lang}: {done} of {total} translated ({percent} %), {plural} with all their "
              f"plural forms; {len(items)} to translate")
        for context, source in items:
            print(f"  [{context}] {source}")
    return 1 if todo else 0


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what in ("update", "all"):
        update()
    if what in ("release", "all"):
        release()
    if what in ("status", "all"):
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
