"""Open Referral UK 3.0 feeds a person adds beside the participation endpoint.

London's boroughs and voluntary-sector networks already publish their services as ORUK 3.0;
a person (or the link worker beside them) adds a borough's feed address and the app keeps an
offline copy of it, merged with the endpoint's directory (`sync.directory.services`). The
`directory` consent covers every feed and the consent screens name each one; nothing is
fetched without it.

A feed is a stranger's server, read as untrustingly as the endpoint (`sync.client`: size caps
per reply and in all, one deadline per refresh, text cleaned before display). A refresh asks
each page with the ETag it had (a 304 keeps that page's services) and fetches a service's
detail (`/services/{id}`) only when the list lacks it and the service changed since the copy
we hold, so a daily refresh of an unchanged feed costs its pages' 304s. A feed that is not
ORUK 3.0 (an ORUK 2 / HSDS 2 feed, a web page, a login) is named in one sentence, and nothing
from it is kept. One broken service in a good feed is skipped and counted, not the feed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from pydantic import ValidationError

from planner.vault.vault import Vault
from sync import feed_list, state
from sync.access import VaultCall
from sync.client import CAPS, Cached, EndpointClient
from sync.errors import BadReply, NotAFeed, Offline, SyncError
from sync.protocol import Service
from sync.protocol.oruk import OrukAbout, OrukPage, from_oruk, has_detail
from sync.untrusted import UNTRUSTED

__all__ = ["FeedClient", "FeedReport", "pull_feed", "refresh_all"]

MAX_SERVICES = 5000
"""Most services one feed may hold (the same cap as the endpoint's directory)."""
MAX_BYTES = 32 * 1024 * 1024
"""Most bytes one refresh of one feed may read, pages and details together."""
MAX_PAGES = 500
PER_PAGE = 100

Progress = Callable[[int, int], None]


# -- reading a feed ----------------------------------------------------------------------------


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


class FeedClient(EndpointClient):
    """The endpoint client's transport (caps, deadline, retries, TLS), on a feed's paths."""

    def __init__(self, base_url: str, **options: Any) -> None:
        super().__init__(base_url, **options)
        self.api_prefix = ""
        self.read_bytes = 0
        self.details = 0
        self.etag: str | None = None  # the last reply's

    def _body(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
        reply = self._request("GET", path, headers=headers)
        status, kind = reply.status_code, reply.headers.get("Content-Type", "")
        self.etag = reply.headers.get("ETag")
        if status == 304 or status >= 300:
            reply.close()
            return status, kind, b""
        body = self._read(reply, CAPS["directory"], self.ends_at, self._clock, self.timeout[1])
        self.read_bytes += len(body)
        return status, kind, body

    def about(self) -> OrukAbout | None:
        """`GET /`, or None when the feed has none (the profile asks for it; not all do)."""
        status, _kind, body = self._body("/")
        if status != 200:
            return None
        try:
            return OrukAbout.model_validate_json(body, context=UNTRUSTED)
        except ValidationError:
            return None

    def page(self, number: int, etag: str | None) -> Cached:
        path = f"/services?page={number}&per_page={PER_PAGE}"
        status, kind, body = self._body(path, {"If-None-Match": etag} if etag else None)
        if status == 304:
            return Cached(None, etag, None)
        _refuse_unless_ok(self.base_url, status, kind, body)
        try:
            data = json.loads(body)
        except ValueError:
            raise NotAFeed(_what_it_is(self.base_url, kind, body)) from None
        if not isinstance(data, dict) or "contents" not in data:
            raise NotAFeed(_what_it_is(self.base_url, kind, body, data))
        try:
            page = OrukPage.model_validate(data, context=UNTRUSTED)
        except ValidationError:
            raise NotAFeed(
                f"{_host(self.base_url)} lists services, but its pages lack what Open Referral "
                "UK 3.0 pages carry (total_items, total_pages, page_number), so nothing from it "
                "was kept.") from None
        return Cached(page, self.etag, None, len(body))

    def service(self, service_id: str) -> dict[str, Any] | None:
        status, _kind, body = self._body(f"/services/{quote(service_id, safe='')}")
        self.details += 1
        if status != 200:
            return None
        try:
            data = json.loads(body)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


def _refuse_unless_ok(url: str, status: int, kind: str, body: bytes) -> None:
    host = _host(url)
    if status in (401, 403) or 300 <= status < 400:
        raise NotAFeed(f"{host} asks for a login or sends the app elsewhere: the app reads only "
                       "public Open Referral UK 3.0 feeds, so nothing from it was kept.")
    if status == 404:
        raise NotAFeed(f"{host} has no /services list at that address, so it is not an Open "
                       "Referral UK 3.0 feed. Check the address with its publisher.")
    if status >= 500:
        raise Offline(f"The directory feed at {host} has a problem (error {status}). The copy "
                      "you had is kept.")
    if status >= 400:
        raise NotAFeed(f"{host} refused the app (error {status}); nothing from it was kept.")


def _what_it_is(url: str, kind: str, body: bytes, data: object = None) -> str:
    """One sentence: what the address answered instead of ORUK 3.0, and what is missing."""
    host = _host(url)
    if "html" in kind.lower() or body.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        return (f"{host} sent a web page, not an Open Referral UK 3.0 feed: it has no list of "
                "services in ORUK form, so nothing from it was kept.")
    if isinstance(data, dict) and ("content" in data or "totalElements" in data):
        return (f"{host} is an older Open Referral UK (version 2 / HSDS 2) feed: its pages have "
                "`content` where ORUK 3.0 has `contents`, and no version 3.0 description. Ask "
                "its publisher for the ORUK 3.0 address; nothing from it was kept.")
    if isinstance(data, list):
        return (f"{host} sent a bare list of services (the HSDS 2 shape), not Open Referral UK "
                "3.0 pages with total_items and contents; nothing from it was kept.")
    return (f"{host} did not answer as an Open Referral UK 3.0 feed (no pages of services with "
            "`contents`), so nothing from it was kept.")


@dataclass
class FeedReport:
    url: str
    services: int = 0
    changed: int = 0  # services new or changed since the last refresh
    details: int = 0  # `/services/{id}` requests made
    skipped: int = 0  # services the feed sent that were broken
    bytes_read: int = 0


def _service(raw: dict[str, Any]) -> dict[str, Any] | None:
    try:
        return Service.model_validate(from_oruk(raw), context=UNTRUSTED).model_dump(mode="json")
    except (ValidationError, AttributeError, TypeError):
        return None


def pull_feed(at: VaultCall, url: str, *, progress: Progress | None = None,
              client: FeedClient | None = None) -> FeedReport:
    """Refresh one feed's offline copy: all in memory, saved whole at the end, so a feed that
    fails half way (or is not ORUK 3.0) leaves the copy as it was."""
    own = client is None
    client = client or FeedClient(url)
    host = _host(url)
    try:
        return _pull(at, url, client, progress)
    except NotAFeed:
        raise
    except Offline as error:
        if str(error).startswith("The directory feed"):
            raise
        # The client's own words speak of the participation server and contributions.
        raise Offline(f"The directory feed at {host} could not be reached, or was too slow. "
                      "The copy you had is kept.") from None
    except BadReply as error:
        if str(error).startswith("The directory feed"):
            raise
        raise BadReply(f"The directory feed at {host} sent too much, or a reply cut short, so "
                       "nothing from it was saved. The copy you had is kept.") from None
    finally:
        if own:
            client.close()


def _pull(at: VaultCall, url: str, client: FeedClient, progress: Progress | None) -> FeedReport:
    old = at(lambda v: state.get_json(v, feed_list.copy_key(url))) or {}
    old_pages: dict[str, Any] = old.get("pages") or {}
    old_services: dict[str, Any] = old.get("services") or {}
    if not old_services:
        about = client.about()
        if about is not None and about.version and not about.version.startswith("3."):
            raise NotAFeed(f"{_host(url)} speaks Open Referral UK {about.version[:20]}; the app "
                           "reads version 3.0, so nothing from it was kept.")
    report = FeedReport(url)
    pages: dict[str, Any] = {}
    services: dict[str, Any] = {}
    number = 1
    while True:
        if number > MAX_PAGES or len(services) > MAX_SERVICES or client.read_bytes > MAX_BYTES:
            raise BadReply(f"The directory feed at {_host(url)} is larger than this app accepts "
                           f"(more than {MAX_SERVICES:,} services), so it was not saved. The copy "
                           "you had is kept.")
        stored = old_pages.get(str(number))
        got = client.page(number, stored["etag"] if stored else None)
        if got.model is None and stored is not None:
            for service_id in stored["ids"]:
                if service_id in old_services:
                    services[service_id] = old_services[service_id]
            pages[str(number)] = stored
            last, total = bool(stored["last"]), int(stored["total"])
        else:
            page: OrukPage = got.model
            ids = _take_page(page, old_services, services, client, report)
            total = page.total_items
            last = page.last_page if page.last_page is not None else (
                page.page_number >= page.total_pages or not page.contents)
            pages[str(number)] = {"etag": got.etag, "ids": ids, "last": last, "total": total}
        if progress is not None:
            progress(min(len(services), total), total)
        if last:
            break
        number += 1
    report.services, report.details, report.bytes_read = (
        len(services), client.details, client.read_bytes)
    copy = {"pages": pages, "services": services,
            "refreshed": datetime.now(UTC).isoformat(timespec="seconds")}

    def save(v: Vault) -> None:
        if url in feed_list.feeds(v):  # removed while it downloaded: keep nothing
            state.put_json(v, feed_list.copy_key(url), copy)

    at(save)
    return report


def _take_page(page: OrukPage, old: dict[str, Any], services: dict[str, Any],
               client: FeedClient, report: FeedReport) -> list[str]:
    ids = []
    for item in page.contents:
        service_id = str(item.get("id") or "")
        if not service_id:
            report.skipped += 1
            continue
        modified = item.get("last_modified")
        before = old.get(service_id)
        if before is not None and modified is not None and before.get("modified") == modified:
            services[service_id] = before  # unchanged since the copy we hold
            ids.append(service_id)
            continue
        raw = item if has_detail(item) else client.service(service_id)
        doc = _service(raw) if raw is not None else None
        if doc is None:
            report.skipped += 1
            continue
        services[service_id] = {"doc": doc, "modified": modified}
        report.changed += 1
        ids.append(service_id)
    return ids


def refresh_all(at: VaultCall, *, progress: Progress | None = None,
                make: Callable[[str], FeedClient] = FeedClient) -> list[FeedReport | SyncError]:
    """Every feed in turn; one feed failing does not stop the others."""
    results: list[FeedReport | SyncError] = []
    for url in at(feed_list.feeds):
        client = make(url)
        try:
            results.append(pull_feed(at, url, progress=progress, client=client))
        except SyncError as error:
            results.append(error)
        finally:
            client.close()
    return results
