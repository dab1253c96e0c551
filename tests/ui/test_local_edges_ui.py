"""Local edges on the start screen (issue #21, part 6): the back-off reads "Wait 1 second" for
one and "Wait 8 seconds" for many, in English and through Qt's plural forms in Polish and Urdu;
a wrong recovery code is called a recovery code."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from shellkit import close, language, make_window, type_into

from planner.errors import WrongPassphrase
from planner.vault import Profiles

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def failed_tries(profiles: Profiles, count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """`count` wrong tries, the last one just now (the clock stands still for the test)."""
    from planner.vault import profiles as profiles_module

    monkeypatch.setattr(profiles_module, "now", lambda: NOW)
    header = profiles.vault_path("Ann").with_name("profile.json")
    raw = json.loads(header.read_text("utf-8"))
    raw.update(failed_unlocks=count, last_failure=NOW.isoformat())
    header.write_text(json.dumps(raw), "utf-8")


@pytest.mark.parametrize(("count", "wait"), [(3, "1 second"), (6, "8 seconds")])
def test_the_start_screen_says_wait_1_second_and_wait_8_seconds(
    qtbot: Any, profiles: Profiles, runner: Any, monkeypatch: pytest.MonkeyPatch,
    count: int, wait: str,
) -> None:
    profiles.create("Ann", "correct horse")[0].lock()
    failed_tries(profiles, count, monkeypatch)
    win = make_window(qtbot, profiles, runner)
    try:
        start = win.start
        type_into(qtbot, start.unlock_passphrase.edit, "correct horse")
        start.unlock_button.click()
        qtbot.waitUntil(lambda: "Too many" in start.unlock_error.text(), timeout=10_000)
        assert start.unlock_error.text() == f"Too many wrong tries. Wait {wait}, then try again."
        assert not win.session.is_unlocked
    finally:
        close(win)


def _said(seconds: int) -> str:
    from planner.vault.profiles import wait_message
    from ui.forms import friendly_error

    return friendly_error(WrongPassphrase(wait_message(seconds)))


def test_polish_uses_its_three_plural_forms() -> None:
    with language("pl"):
        forms = {n: _said(n) for n in (1, 2, 4, 5, 12, 22, 300)}
    assert forms[1] == "Za dużo błędnych prób. Odczekaj 1 sekundę i spróbuj ponownie."
    assert forms[2] == "Za dużo błędnych prób. Odczekaj 2 sekundy i spróbuj ponownie."
    assert "4 sekundy" in forms[4] and "22 sekundy" in forms[22]
    assert "5 sekund " in forms[5] and "12 sekund " in forms[12] and "300 sekund " in forms[300]


def test_urdu_names_the_seconds_for_one_and_many() -> None:
    with language("ur"):
        one, many = _said(1), _said(8)
    assert one == "بہت زیادہ غلط کوششیں۔ 1 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔"
    assert many == "بہت زیادہ غلط کوششیں۔ 8 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔"


def test_english_reads_right_without_a_catalogue() -> None:
    assert _said(1) == "Too many wrong tries. Wait 1 second, then try again."
    assert _said(2) == "Too many wrong tries. Wait 2 seconds, then try again."


def test_a_backup_from_the_share_screen_costs_what_a_profile_costs(
    qtbot: Any, demo_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not the bare floor: the cost calibrated on this PC (a cheap stand-in here)."""
    from featurekit import idle, open_view

    from planner.share import backup as backups
    from planner.vault import KdfParams
    from planner.vault import keys as keys_module
    from ui.views.sharing import SharingView, default_name

    measured = KdfParams(memory_kib=256, time_cost=2, parallelism=2)
    monkeypatch.setattr(keys_module, "calibrate", lambda *_a, **_k: measured)
    monkeypatch.setattr(keys_module, "_calibrated", None, raising=False)
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.BACKUP)
    out = tmp_path / default_name("backup", "Demo")
    view.choose_save_path = lambda _kind: out  # type: ignore[method-assign]
    view.backup_secret.edit.setText("blue kettle river")
    view.backup_repeat.setText("blue kettle river")
    view.save_backup_button.click()
    idle(qtbot, demo_session)
    assert backups.header_of(out.read_bytes()).params == measured
