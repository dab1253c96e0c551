"""The citizens' panel on Taking part, with real widgets, a real vault and the real endpoint over
HTTP: join through the consent dialog and the band choices, sync, see the invitation the
endpoint made, leave, and the server forgets the membership."""

from __future__ import annotations

import os
from pathlib import Path

from featurekit import in_vault, open_view, when_dialog_opens
from PySide6.QtWidgets import QDialog, QMessageBox

from sync import consent, panel, state
from ui.dialogs.participation import ConsentDialog
from ui.views.participation import ParticipationView


def _pick(box, value: str) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def _shot(view: ParticipationView, name: str) -> None:
    """Screenshots for the lead when HP_PANEL_SHOTS names a folder (not part of the check)."""
    folder = os.environ.get("HP_PANEL_SHOTS")
    if folder:
        view.grab().save(str(Path(folder) / name))


def test_join_the_panel_sync_see_the_invitation_and_leave(qtbot, demo_session, server) -> None:
    url, faults = server
    store = faults.app.state.context.store
    in_vault(qtbot, demo_session, lambda v: state.set_endpoint(v, url))
    view = open_view(qtbot, ParticipationView, demo_session, (1000, 760))
    page = view.panel_page
    view.tabs.setCurrentIndex(0)  # the panel sits on Choices, with the other consents
    assert page.status.text() == "You are not on the panel."
    assert not page.leave_button.isEnabled()

    _pick(page.age_band, "35-44")
    _pick(page.borough, "Camden")
    _pick(page.carer, "yes")
    assert page.preview.toPlainText() == (  # what Join keeps, before anything is agreed
        '{"age_band":"35-44","borough":"Camden","carer":"yes"}')
    assert not page.invited.isVisible()
    _shot(view, "app-panel-before-joining.png")
    seen: list[str] = []

    def agree(dialog: QDialog) -> None:
        assert isinstance(dialog, ConsentDialog)
        seen.append(dialog.windowTitle())
        folder = os.environ.get("HP_PANEL_SHOTS")
        if folder and len(seen) == 1:
            dialog.grab().save(str(Path(folder) / "app-panel-consent.png"))
        dialog.agree.click()

    when_dialog_opens(ConsentDialog, agree)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        page.join_button.click()
    assert seen == ["Join the citizens' panel"]
    assert in_vault(qtbot, demo_session, lambda v: consent.has_consent(v, "panel"))
    assert page.preview.toPlainText() == (
        '{"age_band":"35-44","borough":"Camden","carer":"yes"}')
    assert "next Sync now" in page.status.text()
    assert faults.requests == []  # joining only queues: nothing leaves before Sync now
    _shot(view, "app-panel-join.png")

    when_dialog_opens(ConsentDialog, agree)  # the invitation's title comes with the surveys
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.ask_consent("surveys")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.sync_now()
    assert "PUT /v1/panel/membership" in faults.requests
    assert store.panel_counts() == {("Camden", "35-44", "yes"): 1}
    assert page.status.text() == "You are on the panel. The server has your answers."
    assert page.invited.count() == 0

    member = in_vault(qtbot, demo_session, lambda v: state.get(v, "contributor:panel"))
    answering = in_vault(qtbot, demo_session, lambda v: state.get(v, "contributor:surveys"))
    assert member is not None and member != answering  # bands never sit beside answers
    survey = store.list_surveys()[0]
    store.invite(survey["id"], [member], faults.app.state.context.now())
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.sync_now()
    assert page.invited.count() == 1
    assert page.invited.item(0).text() == survey["title"]
    assert "You are invited" in page.invited_note.text()
    _shot(view, "app-panel-invited.png")

    yes = QMessageBox.StandardButton.Yes
    when_dialog_opens(QMessageBox, lambda box: box.button(yes).click())
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        page.leave_button.click()
    qtbot.waitUntil(lambda: not store.is_panel_member(member), timeout=20_000)
    qtbot.waitUntil(lambda: page.status.text() == "You are not on the panel.", timeout=10_000)
    assert store.invited(survey["id"]) == []
    assert page.invited.count() == 0 and not page.invited.isVisible()
    assert in_vault(qtbot, demo_session, lambda v: (panel.chosen(v), panel.invitations(v))) == (
        None, [])  # the app forgot the bands and invitations with the ledger row
