"""PySide6's per-import source check, made cheap (ui/pyside_feature_check.py, issue #22): it is
the one in use once the app's modules load, and it gives PySide's own answer for every module
a session loads, so only its cost changed."""

from __future__ import annotations

import sys

import pytest


def test_the_cheap_check_is_in_place_once_the_app_loads() -> None:
    import ui.app  # noqa: F401 - what `health-planner` imports first

    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert hasattr(check, "original"), (
        "PySide6 no longer checks imports through _mod_uses_pyside: see whether the slow "
        "check is gone upstream, and remove ui/pyside_feature_check.py if so")


# PySide's own check, asked of a built-in module, has `inspect` print the module, which on
# Python 3.11 goes through a deprecated importlib hook.
@pytest.mark.filterwarnings("ignore:BuiltinImporter.module_repr:DeprecationWarning")
def test_it_answers_as_pyside_does_for_every_loaded_module() -> None:
    import ui.app  # noqa: F401
    from ui.views.registry import FEATURE_VIEWS  # every screen, and what they pull in

    assert FEATURE_VIEWS
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    modules = [m for m in list(sys.modules.values()) if m is not None]
    ours = [check(m) for m in modules]
    theirs = [check.original(m) for m in modules]
    assert len(modules) > 500
    assert ours == theirs
    assert any(ours), "some loaded modules name PySide6"
    assert not all(ours), "and some do not"
