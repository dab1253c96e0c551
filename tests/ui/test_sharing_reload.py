"""Share and back up after the data changed (issue #22): the GP summary's preview is rebuilt
only where it is seen, and put into the browser only when it differs.

Building the summary (charts included) costs the worker 25-90 ms on a large profile and setting
its ~470 KB of HTML into the browser 20-30 ms of the UI thread, on the path to the screen
painted with its data. A change heard while another tab is chosen waits for the GP tab; the
same summary again (a change it does not show) is not set again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from featurekit import idle, open_view

from planner.domain.tracker import LogEntry, TrackerKind
from ui.session import Session
from ui.views import sharing_gp
from ui.views.sharing import SharingView


def _add_entry(qtbot, session: Session, view: SharingView) -> None:
    """Save one entry as another screen would; the view hears `changed` and reloads."""
    tracker = next(t for t in view._trackers if t.kind is TrackerKind.NUMERIC)
    entry = LogEntry(tracker_id=tracker.id, value=71.5, at=datetime.now(UTC))
    failures: list[BaseException] = []
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        session.run(lambda v: v.logs.add(entry), None, failures.append, changes="logs")
    idle(qtbot, session)
    assert not failures


def test_a_change_heard_on_another_tab_builds_the_preview_when_the_gp_tab_is_chosen(
    qtbot, demo_session, monkeypatch
) -> None:
    built: list[object] = []
    real = sharing_gp.gp_preview

    def counting(vault, options):  # type: ignore[no-untyped-def]
        built.append(options)
        return real(vault, options)

    monkeypatch.setattr(sharing_gp, "gp_preview", counting)
    view = open_view(qtbot, SharingView, demo_session)
    assert view.preview_html
    view.tabs.setCurrentIndex(view.EXPORT)
    built.clear()
    _add_entry(qtbot, demo_session, view)
    assert built == []  # nobody sees the preview: nothing built
    assert view.preview_html == ""  # and the old one is not printed as if it were current
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tabs.setCurrentIndex(view.GP)
    idle(qtbot, demo_session)
    assert len(built) == 1
    assert "Health summary for" in view.preview.toPlainText()


def test_the_same_summary_is_not_set_into_the_browser_again(qtbot, demo_session) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    before = view.preview_html
    assert before
    set_again: list[str] = []
    view.preview.show_html = set_again.append  # type: ignore[method-assign]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.update_preview()
    assert view.preview_html == before
    assert set_again == []
    assert view.preview_state.text() == "Up to date."
