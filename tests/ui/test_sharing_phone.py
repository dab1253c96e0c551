"""Phone exports on the Share screen (#19): dropped on the screen or chosen, previewed per
tracker, added on the person's word; a long read shows its progress and can be stopped."""

from __future__ import annotations

import sys
from pathlib import Path

from featurekit import idle, in_vault, open_view
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ui.views.sharing import SharingView

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.phone_bench import HEAD, MB, write_export  # noqa: E402

EXPORT = (HEAD + ' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" '
          'unit="count" startDate="2019-05-01 08:00:00 +0000" endDate="2019-05-01 08:10:00 '
          '+0000" value="4321"/>\n</HealthData>\n')


def steps_entries(qtbot, session) -> int:
    return in_vault(qtbot, session, lambda vault: sum(
        1 for e in vault.logs.iterate() if e.note.startswith("from ")))


def drop(view: SharingView, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def test_a_dropped_apple_health_export_is_previewed_then_added(qtbot, demo_session,
                                                               tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    path = tmp_path / "export.xml"
    path.write_text(EXPORT, "utf-8")
    drop(view, path)
    idle(qtbot, demo_session)
    summary = view.import_summary.text()
    assert "is an Apple Health export" in summary, summary
    assert "Steps: 1 day, 2019-05-01 to 2019-05-01" in summary
    assert "Nothing has been added yet." in summary
    assert view.tabs.currentWidget() is view.import_page
    assert steps_entries(qtbot, demo_session) == 0
    view.import_button.click()
    idle(qtbot, demo_session)
    assert steps_entries(qtbot, demo_session) == 1


def test_stop_ends_a_long_read_and_nothing_is_added(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    path = tmp_path / "export.xml"
    write_export(path, 20 * MB)
    view.choose_open_path = lambda _kind: path  # type: ignore[method-assign]
    view.choose_import_button.click()
    qtbot.waitUntil(lambda: view.stop_button.isVisibleTo(view), timeout=10_000)
    view.stop_button.click()
    idle(qtbot, demo_session)
    assert "The import was stopped, and nothing was changed." in view.import_summary.text()
    assert not view.confirm_row.isVisibleTo(view)
    assert steps_entries(qtbot, demo_session) == 0
