"""A small Open Referral UK 3.0 feed of the tests' own, on 127.0.0.1 (a real HTTP server).

It serves what a borough's feed serves: `/`, `/services` in pages (with ETags and 304s),
and `/services/{id}`. `detail="list"` lists services whole (as some feeds do); `"summary"`
lists only the `service_list` fields, so the reader must fetch each service. It counts every
request, so tests can see what a refresh transferred. `shape` makes it something else: an
older ORUK 2 feed, a web page, or a login wall.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from oruk_standard import load

BOROUGHS = ("Hackney", "Camden", "Lewisham", "Newham", "Brent")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_LIST_FIELDS = ("id", "organization_id", "name", "description", "url", "email", "status",
                "minimum_age", "maximum_age", "last_modified", "organization")


def generated(count: int, *, stamp: str = "2026-11-01T09:00:00Z") -> list[dict[str, Any]]:
    """`count` valid ORUK 3.0 services across five boroughs and the week's days."""
    services = []
    for n in range(count):
        sid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"feed-service-{n}"))
        org = str(uuid.uuid5(uuid.NAMESPACE_URL, f"feed-org-{n % 40}"))
        borough = BOROUGHS[n % len(BOROUGHS)]
        term = str(uuid.uuid5(uuid.NAMESPACE_URL, f"feed-term-{n % 7}"))
        services.append({
            "id": sid, "name": f"Community group {n}", "status": "active",
            "description": f"A friendly group number {n} in {borough}.",
            "last_modified": stamp, "organization_id": org,
            "organization": {"id": org, "name": f"Network {n % 40}", "description": "A charity."},
            "service_areas": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"area-{n}")),
                               "name": f"London Borough of {borough}"}],
            "schedules": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"schedule-{n}")),
                           "freq": "WEEKLY", "byday": DAYS[n % 7], "opens_at": "10:00:00",
                           "closes_at": "12:00:00"}],
            "attributes": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"attr-{n}")),
                            "taxonomy_term_id": term,
                            "taxonomy_term": {"id": term, "name": f"Kind {n % 7}",
                                              "description": "A kind of group.",
                                              "taxonomy": "feed-kinds"}}],
        })
    return services


@dataclass
class Feed:
    services: list[dict[str, Any]]
    detail: str = "list"  # or "summary"
    shape: str = "oruk3"  # or "oruk2", "html", "login", "version2"
    version: str = "3.0"
    requests: list[str] = field(default_factory=list)
    bytes_sent: int = 0
    url: str = ""

    def change(self, index: int, **fields: Any) -> None:
        self.services[index] = {**self.services[index], **fields}

    def details_asked(self) -> int:
        return sum(1 for path in self.requests if path.startswith("/services/"))

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], Any]:
        if self.shape == "login":
            return 302, {"Location": "/login?next=/services"}, None
        if self.shape == "html":
            return 200, {"Content-Type": "text/html"}, "<!DOCTYPE html><html>Our services</html>"
        if path in ("", "/"):
            return 200, {}, {"version": self.version,
                             "profile": "https://openreferraluk.org/profile/3.0"}
        if path.startswith("/services/"):
            wanted = unquote(path[len("/services/"):])
            found = next((s for s in self.services if s["id"] == wanted), None)
            return (200, {}, found) if found else (404, {}, {"error": "not found"})
        if path != "/services":
            return 404, {}, {"error": "not found"}
        page = int(query.get("page", ["1"])[0])
        per_page = min(int(query.get("per_page", ["50"])[0]), 100)
        chunk = self.services[(page - 1) * per_page: page * per_page]
        items = chunk if self.detail == "list" else [
            {k: s[k] for k in _LIST_FIELDS if k in s} for s in chunk]
        pages = -(-len(self.services) // per_page)
        if self.shape == "oruk2":
            return 200, {}, {"totalElements": len(self.services), "number": page - 1,
                             "content": items}
        return 200, {}, {"total_items": len(self.services), "total_pages": pages,
                         "page_number": page, "size": len(items), "first_page": page == 1,
                         "last_page": page >= pages, "empty": not items, "contents": items}


def example_service() -> dict[str, Any]:
    """The UK profile's own full example service (vendored unchanged)."""
    return dict(load("examples/service_full.json"))


@contextmanager
def serve(feed: Feed) -> Iterator[Feed]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            path = parts.path.removeprefix("/oruk")
            feed.requests.append(path or "/")
            status, headers, body = feed.answer(path, parse_qs(parts.query))
            raw = b"" if body is None else (
                body.encode() if isinstance(body, str) else json.dumps(body).encode())
            etag = '"' + hashlib.sha256(raw).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, raw = 304, b""
            self.send_response(status)
            self.send_header("Content-Type", headers.pop("Content-Type", "application/json"))
            for name, value in headers.items():
                self.send_header(name, value)
            if status == 200:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
            feed.bytes_sent += len(raw)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    feed.url = f"http://127.0.0.1:{server.server_port}/oruk"
    try:
        yield feed
    finally:
        server.shutdown()
        server.server_close()
