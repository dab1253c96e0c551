"""Taking part -> Local services: the boroughs' Open Referral UK feeds a person reads.

Its own module (the screen's is long already) and its own widget, which the services tab
holds. Adding a feed checks and downloads it in the network worker, under the `directory`
consent, and keeps it only if it answers as ORUK 3.0 (`sync.feeds`), so a wrong address is
named at once; refreshing downloads only what changed, with a progress bar.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import InputError
from planner.vault import Vault
from sync import consent, feed_list
from sync.access import VaultCall
from ui.views.base import paragraph
from ui.widgets.forms import user_message

FeedRow = tuple[str, int, str | None]
"""A feed's address, how many services its offline copy holds, when it was refreshed."""


def feed_rows(vault: Vault) -> list[FeedRow]:
    return [(url, len(services), when) for url, services, when in feed_list.copies(vault)]


class Host(Protocol):
    """What the panel needs of the screen that holds it (a `FeatureView`)."""

    def call(self, op: Any, on_done: Any = None, on_failed: Any = None, *,
             changes: str | None = None) -> None: ...
    def call_network(self, op: Any, on_done: Any = None, on_failed: Any = None,
                     on_progress: Any = None) -> None: ...
    @property
    def banner(self) -> Any: ...
    @property
    def session(self) -> Any: ...


def _needs_consent() -> str:
    return QCoreApplication.translate(
        "FeedsPanel", 'Turn on "Download the list of local services" in Choices first.')


def _add_and_download(url: str) -> Any:
    def work(at: VaultCall, progress: Any) -> Any:
        from sync import feeds  # the HTTP client, only when a feed is read

        if not at(lambda v: consent.has_consent(v, "directory")):
            raise InputError(_needs_consent())
        base = at(lambda v: feed_list.add_feed(v, url))
        try:
            return feeds.pull_feed(at, base, progress=progress)
        except Exception:
            at(lambda v: feed_list.remove_feed(v, base))  # not readable: keep nothing
            raise

    return work


def _refresh(at: VaultCall, progress: Any) -> Any:
    from sync import feeds

    if not at(lambda v: consent.has_consent(v, "directory")):
        raise InputError(_needs_consent())
    return feeds.refresh_all(at, progress=progress)


class FeedsPanel(QGroupBox):
    """The feed list, an address box, Add, Remove and Refresh, and a progress bar."""

    def __init__(self, host: Host, parent: QWidget) -> None:
        super().__init__(self.tr("Borough directories (Open Referral UK feeds)"), parent)
        self.host = host
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Add the address of your borough's list of services, if it publishes one in the "
            "Open Referral UK format. The app downloads it and searches it with the rest, even "
            "with no internet. The feed sees only the app's requests, nothing about you."),
            self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Directory feeds you added"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        label = QLabel(self.tr("Feed &address:"), self)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("https://services.example.gov.uk/oruk")
        self.address.setAccessibleName(self.tr("Address of a directory feed to add"))
        self.address.returnPressed.connect(self.add_feed)
        label.setBuddy(self.address)
        self.add_button = QPushButton(self.tr("A&dd feed"), self)
        self.add_button.setAccessibleName(self.tr("Add this feed and download it"))
        self.add_button.clicked.connect(self.add_feed)
        row.addWidget(label)
        row.addWidget(self.address, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh feeds"), self)
        self.refresh_button.setAccessibleName(self.tr("Download every feed again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.remove_button = QPushButton(self.tr("Re&move feed"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected feed"))
        self.remove_button.clicked.connect(self.remove_feed)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Feed download progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self._busy = False
        self.show_feeds([])

    def show_feeds(self, rows: list[FeedRow]) -> None:
        self.list.clear()
        for url, count, when in rows:
            text = (self.tr("{url}: %n service(s), refreshed {when}", None, count).format(
                url=url, when=when.replace("T", " ")[:16]) if when
                else self.tr("{url}: not downloaded yet").format(url=url))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, url)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(rows) and not self._busy)
        self.refresh_button.setEnabled(bool(rows) and not self._busy)

    def _busy_now(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for button in (self.add_button, self.refresh_button, self.remove_button):
            button.setEnabled(not busy)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._busy_now(False)
        self.host.banner.show_message(user_message(error), "error")
        self.host.session.changed.emit("participation")

    def add_feed(self) -> None:
        url = self.address.text().strip()
        if not url or self._busy:
            return
        self._busy_now(True)

        def done(report: Any) -> None:
            self._busy_now(False)
            self.address.clear()
            self.host.banner.show_message(self.tr(
                "Feed added: %n service(s) downloaded.", None, report.services), "success")
            self.host.session.changed.emit("participation")

        self.host.call_network(_add_and_download(url), done, self._failed, self._step)

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy_now(True)

        def done(results: list[Any]) -> None:
            self._busy_now(False)
            problems = [str(r) for r in results if isinstance(r, Exception)]
            if problems:
                self.host.banner.show_message(" ".join(problems), "error")
            else:
                changed = sum(r.changed for r in results)
                self.host.banner.show_message(self.tr(
                    "Feeds refreshed: %n service(s) new or changed.", None, changed), "success")
            self.host.session.changed.emit("participation")

        self.host.call_network(_refresh, done, self._failed, self._step)

    def remove_feed(self) -> None:
        item = self.list.currentItem()
        if item is None or self._busy:
            return
        url = str(item.data(Qt.ItemDataRole.UserRole))
        self.host.call(lambda v: feed_list.remove_feed(v, url),
                       lambda _r: self.host.banner.show_message(
                           self.tr("Feed removed, with its offline copy."), "success"),
                       changes="participation")
