"""Every user-facing string can be found by lupdate: translation contexts are string literals.

`QCoreApplication.translate(CONTEXT, "text")` with CONTEXT a variable looks fine at runtime but
lupdate cannot see it, so the string is never offered for translation and stays English in
Polish and Urdu. This test reads every module of ui/ and sync/ and refuses that pattern.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _calls(path: Path) -> list[tuple[int, str]]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        qt_translate = (isinstance(func, ast.Attribute) and func.attr == "translate"
                        and isinstance(func.value, ast.Name)
                        and func.value.id == "QCoreApplication")
        noop = isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"
        if not (qt_translate or noop) or len(node.args) < 2:
            continue
        context = node.args[0]
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            problems.append((node.lineno, "the context is not a string literal"))
    return problems


def test_translation_contexts_are_literals_lupdate_can_read() -> None:
    found = []
    for folder in ("ui", "sync"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found += [f"{path.relative_to(ROOT)}:{line}: {why}" for line, why in _calls(path)]
    assert found == []
