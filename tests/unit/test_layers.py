"""The house keeps its shape: imports point down, no circles, the core loads no Qt or network.

DESIGN.md's layers are import-linter contracts in pyproject.toml (`make lint` runs them too);
running them here means a change that breaks them fails the suite, not only a lint step someone
may skip. Circles are checked apart because contracts between layers cannot see them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from import_cycles import circles  # noqa: E402


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run(
        [str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert " 0 broken" in out.stdout


def test_no_module_imports_itself_through_others() -> None:
    assert circles() == []


def test_importing_every_planner_module_loads_no_qt_or_network() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "planner").rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "top = ('PySide6', 'requests', 'sync', 'ui', 'cli', 'endpoint')\n"
        "net = ('http.client', 'urllib.request', 'httpx', 'ssl')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in top or m in net]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == ""
