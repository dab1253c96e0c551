"""Taking part -> Local services: adding boroughs' ORUK 3.0 feeds in the window (real widgets,
a real vault, the tests' own feeds over HTTP on 127.0.0.1)."""

from __future__ import annotations

from featurekit import open_view, when_dialog_opens
from oruk_feed import Feed, example_service, generated, serve
from PySide6.QtWidgets import QDialog

from ui.dialogs.participation import ConsentDialog
from ui.views.participation import ParticipationView
from ui.views.social import SocialView


def agree(dialog: QDialog) -> None:
    assert isinstance(dialog, ConsentDialog)
    dialog.agree.click()


def test_feeds_added_searched_and_refreshed_from_the_window(qtbot, demo_session) -> None:
    view = open_view(qtbot, ParticipationView, demo_session, (1000, 700))
    panel = view.feeds_panel
    small = Feed([example_service(), *generated(30)], detail="summary")
    big = Feed(generated(5000))
    with serve(small), serve(big):
        panel.address.setText(small.url)
        with qtbot.waitSignal(view.loaded, timeout=20_000):
            panel.add_button.click()  # no consent yet: refused, nothing fetched
        assert small.requests == []
        assert "Download the list of local services" in view.banner.label.text()
        assert panel.list.count() == 0

        when_dialog_opens(ConsentDialog, agree)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.ask_consent("directory")
        for feed in (small, big):
            panel.address.setText(feed.url)
            with qtbot.waitSignal(view.loaded, timeout=120_000):
                panel.add_button.click()
        assert "Feed added: 5000 service(s) downloaded." in view.banner.label.text()
        texts = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert texts[0].startswith(f"{small.url}: 31 service(s), refreshed ")
        assert texts[1].startswith(f"{big.url}: 5000 service(s), refreshed ")

        covered = view.consent_rows["directory"][0].text()
        assert covered.endswith(f"these feeds: {small.url}, {big.url}.")

        view.tabs.setCurrentIndex(1)
        qtbot.keyClicks(view.need, "counselling")
        assert view.service_list.count() == 1
        assert view.service_list.item(0).text() == "Community Counselling (127.0.0.1)"
        view.service_list.setCurrentRow(0)
        assert "From: 127.0.0.1" in view.service_detail.toPlainText()

        # Community support (social prescribing) searches the same merged copy, by day too.
        social = SocialView(demo_session)
        qtbot.addWidget(social)
        social.show()
        with qtbot.waitSignal(social.loaded, timeout=10_000):
            social.refresh()
        social.borough.setCurrentIndex(0)  # All of London: the example names no borough
        social.weekday.setCurrentIndex(social.weekday.findData(3))  # Thursday
        qtbot.keyClicks(social.need, "counselling")
        assert [social.found.item(i).text() for i in range(social.found.count())] == [
            "Community Counselling"]
        social.weekday.setCurrentIndex(social.weekday.findData(0))  # Monday: it does not run
        assert social.found.count() == 0

        small.change(0, description="Counselling on Thursdays and Saturdays now.",
                     last_modified="2026-12-02T09:00:00Z")
        before = len(small.requests)
        with qtbot.waitSignal(view.loaded, timeout=120_000):
            panel.refresh_button.click()
        assert "Feeds refreshed: 1 service(s) new or changed." in view.banner.label.text()
        assert [p for p in small.requests[before:] if p.startswith("/services/")] == [
            f"/services/{small.services[0]['id']}"]

        panel.list.setCurrentRow(1)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            panel.remove_button.click()
        assert panel.list.count() == 1
        view.need.clear()
        qtbot.keyClicks(view.need, "community group")
        assert view.service_list.count() == 30  # the big feed's 5,000 went with it
