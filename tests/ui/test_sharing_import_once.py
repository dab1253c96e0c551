"""The Share screen's import adds what its preview checked (issue #22): the file is parsed
once, by the preview, and the parsed rows are freed in the worker, not on the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from featurekit import idle, in_vault, open_view

from planner.share import csv
from planner.vault import apart, store
from ui.views.sharing import SharingView


def _previewed(qtbot, session, folder: Path, month: int) -> SharingView:
    """Share and back up, Import: a pedometer's CSV of 28 days of `month` in 2020 chosen,
    read and checked, its preview shown."""
    view = open_view(qtbot, SharingView, session)
    view.tabs.setCurrentIndex(view.IMPORT)
    path = folder / "pedometer.csv"
    path.write_text("tracker,at,value\n" + "".join(
        f"steps,2020-{month:02d}-{day:02d}T21:00:00+00:00,{7000 + day}\n"
        for day in range(1, 29)), "utf-8")
    view.choose_open_path = lambda _kind: path  # type: ignore[method-assign]
    view.choose_import_button.click()
    idle(qtbot, session)
    assert "It holds: 28 log entries." in view.import_summary.text()
    return view


def test_adding_after_the_preview_does_not_parse_the_file_again(
    qtbot, demo_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses: list[int] = []
    real = csv.parse_rows

    def parse(text: str, *args: Any, **kwargs: Any) -> list[Any]:
        parses.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(csv, "parse_rows", parse)
    before = in_vault(qtbot, demo_session, lambda v: v.logs.count())
    view = _previewed(qtbot, demo_session, tmp_path, month=3)
    checked = view._import_checked
    assert checked is not None and checked.checked is not None

    view.import_button.click()
    idle(qtbot, demo_session)
    assert in_vault(qtbot, demo_session, lambda v: v.logs.count()) == before + 28
    assert len(parses) == 1, "the import parsed the file again"
    assert view._import_checked is None and not checked.checked.rows  # handed to the worker


def test_a_dismissed_preview_is_freed_in_the_worker(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.IMPORT)
    path = tmp_path / "pedometer.csv"
    path.write_text("tracker,at,value\nsteps,2020-03-01T21:00:00+00:00,8012\n", "utf-8")
    view.choose_open_path = lambda _kind: path  # type: ignore[method-assign]
    view.choose_import_button.click()
    idle(qtbot, demo_session)
    checked = view._import_checked.checked
    rows = checked.rows
    assert len(rows) == 1
    view.cancel_import_button.click()
    idle(qtbot, demo_session)
    assert view._import_checked is None
    assert rows == [] and checked.rows == []  # emptied by a job in the worker


def test_cancelling_a_big_preview_gives_the_warmed_write_connection_up(
    qtbot, demo_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a big file is checked a connection is warmed for its write (issue #22); "Cancel"
    closes it then, rather than keeping its page cache until the profile locks."""
    monkeypatch.setattr(store, "BULK_WRITE_AT", 10)
    freed: list[object] = []
    free = apart._free
    monkeypatch.setattr(apart, "_free", lambda c: (freed.append(c), free(c)))
    view = _previewed(qtbot, demo_session, tmp_path, month=4)
    assert freed == []  # the warmed connection waits for "Add these to my profile"
    view.cancel_import_button.click()
    idle(qtbot, demo_session)
    qtbot.waitUntil(lambda: len(freed) == 1, timeout=10_000)  # in a thread of its own
    with pytest.raises(Exception, match="closed"):
        freed[0].execute("SELECT 1")  # type: ignore[attr-defined]
