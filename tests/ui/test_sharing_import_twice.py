"""The Share screen says what a file holds that the profile has already (issue #23): the
preview and the result count what is left out, and the profile holds each entry once."""

from __future__ import annotations

from pathlib import Path

from featurekit import idle, in_vault, open_view

from planner.share import csv
from ui.views.sharing import SharingView

SIX = "tracker,at,value\n" + "".join(
    f"steps,2030-01-{day:02d}T21:00:00+00:00,{7000 + day}\n" for day in range(1, 7)
)


def _choose(qtbot, session, view: SharingView, path: Path) -> str:
    view.choose_open_path = lambda _kind: path  # type: ignore[method-assign]
    view.choose_import_button.click()
    idle(qtbot, session)
    assert view.import_button.isVisible()
    return view.import_summary.text()


def _add(qtbot, session, view: SharingView) -> str:
    view.import_button.click()
    idle(qtbot, session)
    return view.import_summary.text()


def test_the_same_file_twice_says_six_already_here_and_adds_nothing(
    qtbot, demo_session, tmp_path: Path
) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.IMPORT)
    path = tmp_path / "carer.csv"
    path.write_text(SIX, "utf-8")
    before = in_vault(qtbot, demo_session, lambda v: v.logs.count())
    assert _choose(qtbot, demo_session, view, path).splitlines()[0] == (
        "“carer.csv” is a spreadsheet file (CSV). It holds: 6 log entries."
    )
    assert _add(qtbot, demo_session, view) == (
        "Added to your profile from “carer.csv”: 6 log entries."
    )

    assert _choose(qtbot, demo_session, view, path).splitlines() == [
        "“carer.csv” is a spreadsheet file (CSV). Everything in it is in your profile "
        "already.",
        "Already in your profile, so left out: 6 log entries.",
        "Nothing has been added yet.",
    ]
    assert _add(qtbot, demo_session, view) == (
        "Added to your profile from “carer.csv”: nothing new. Already in your profile, so "
        "left out: 6 log entries."
    )
    assert in_vault(qtbot, demo_session, lambda v: v.logs.count()) == before + 6


def test_the_profiles_own_export_with_six_more_rows(
    qtbot, demo_session, tmp_path: Path
) -> None:
    path = tmp_path / "mine.csv"
    held = in_vault(qtbot, demo_session, lambda v: csv.write_csv(v, path))
    with path.open("a", encoding="utf-8", newline="") as out:
        for line in SIX.splitlines()[1:]:  # typed in below the export, with no id
            out.write(f",{line},,,\r\n")  # id,tracker,at,value,unit,text,note
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.IMPORT)
    assert _choose(qtbot, demo_session, view, path).splitlines()[:2] == [
        "“mine.csv” is a spreadsheet file (CSV). New to your profile: 6 log entries.",
        f"Already in your profile, so left out: {held:,} log entries.",
    ]
    assert _add(qtbot, demo_session, view) == (
        f"Added to your profile from “mine.csv”: 6 log entries. Already in your profile, so "
        f"left out: {held:,} log entries."
    )
    assert in_vault(qtbot, demo_session, lambda v: v.logs.count()) == held + 6
