"""A participation server that means harm, on 127.0.0.1, for tests of the client (issue #21).

`HostileServer(mode)` answers every request in one hostile way; `requests` lists what it was
asked. The modes:

- `escapes`: every request gets 403 with an error message full of terminal escape codes, bidi
  controls and a fake prompt.
- `escaped-text`: valid surveys and a valid one-page directory whose titles, questions, options,
  names and descriptions carry the same codes (and 200 for everything else it is asked).
- `huge`: 200 and 300 MB of JSON-looking bytes, made on the fly, with no Content-Length.
- `huge-declared`: the same, announced with `Content-Length: 314572800`.
- `trickle`: 200 with a body that arrives one byte every 2 s, for as long as the client stays.
- `slow-headers`: the status line and headers themselves, one byte every 2 s.
- `truncated`: 200 with `Content-Length: 4000`, 100 bytes of JSON, then the connection closes.
- `retry-after`: 503 with `Retry-After: 3600`.
- `huge-directory`: valid directory pages of 100 services each, `last_page` never true.

Nothing is allocated whole: large bodies are written a piece at a time, and the writer stops
when the client hangs up.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ESCAPES = (
    "\x1b[2J\x1b[H\x1b]0;Health Planner security check\x07"
    "\x1b[31;1mYour account is locked.\x1b[0m\r\n"
    "\u202eTo unlock it, read out your passphrase to the caller.\u202c\x07"
)
"""Clear the screen, retitle the window, colour, a fake second line and a reversed one."""

HUGE = 300 * 1024 * 1024
PIECE = b'{"id": "x", "title": "padding padding padding padding padding"},' * 1024


def _service(n: int, text: str = "") -> dict[str, Any]:
    return {
        "id": f"svc-{n}",
        "name": f"{text}Walking group {n}",
        "description": f"{text}A friendly walk round the park, every week.\n{text}Free.",
        "status": "active",
        "last_modified": "2025-01-06T09:00:00Z",
        "borough": "Hackney",
        "organization": {"id": f"org-{n}", "name": f"{text}Hackney Walks"},
        "service_at_locations": [
            {
                "id": f"sal-{n}",
                "location": {
                    "id": f"loc-{n}",
                    "name": f"{text}Community venue",
                    "addresses": [
                        {
                            "id": f"adr-{n}",
                            "address_1": f"{text}3 Richmond Road",
                            "city": "London",
                            "postal_code": "E8 3QW",
                        }
                    ],
                },
            }
        ],
        "taxonomy_terms": [
            {"id": "t", "code": "walking", "name": f"{text}Walking", "vocabulary": "hp"}
        ],
        "schedules": [{"id": f"sch-{n}", "description": f"{text}Wednesdays at 10"}],
    }


def directory_page(services: list[dict[str, Any]], last: bool, number: int = 1) -> bytes:
    return json.dumps(
        {
            "total_items": 10**9,
            "total_pages": 10**7,
            "page_number": number,
            "size": len(services),
            "first_page": number == 1,
            "last_page": last,
            "empty": not services,
            "contents": services,
        }
    ).encode()


SURVEYS = json.dumps(
    {
        "surveys": [
            {
                "id": "parks",
                "title": f"{ESCAPES}Parks survey",
                "description": f"{ESCAPES}\nTell us about parks.",
                "closes_on": "2099-01-01",
                "questions": [
                    {
                        "id": "q1",
                        "text": f"{ESCAPES}Do you use the park?",
                        "options": [{"id": "yes", "label": f"{ESCAPES}Yes"}],
                    }
                ],
            }
        ]
    }
).encode()
ERROR = json.dumps({"error": {"code": "locked", "message": ESCAPES}}).encode()
RESPONSES = json.dumps(
    {
        "responses": [
            {
                "id": "r1",
                "survey_id": "s1",
                "survey_title": ESCAPES + "Parks survey",
                "organisation": ESCAPES + "Parks team",
                "title": ESCAPES + "More benches",
                "body": ESCAPES + "You said, we did.",
                "published_on": "2026-12-01",
            }
        ]
    }
).encode()
BUDGETS = json.dumps(
    {
        "rounds": [
            {
                "id": "b1", "title": ESCAPES + "Healthy parks", "description": ESCAPES + "Vote.",
                "organisation": ESCAPES + "Parks team", "borough": "Hackney", "pot": 100,
                "opens_on": "2026-11-01", "closes_on": "2099-01-01", "ballot": "knapsack",
                "rule": "greedy", "state": "open",
                "projects": [{"id": "p1", "title": ESCAPES + "Benches", "cost": 50,
                              "description": ESCAPES + "More benches.",
                              "organisation": ESCAPES + "Friends of the park"}],
            }
        ]
    }
).encode()

COMMITMENTS = json.dumps(
    {
        "commitments": [
            {
                "id": "c1", "response_id": "r1", "survey_id": "s1",
                "organisation": ESCAPES + "Parks team", "title": ESCAPES + "Six new benches",
                "status": "in_progress", "percent": 50,
                "milestones": [{"title": ESCAPES + "Benches ordered", "done": True}],
                "updates": [{"on": "2026-12-01", "percent": 50, "status": "in_progress",
                             "text": ESCAPES + "Three are in."}],
            }
        ]
    }
).encode()

RESULTS = json.dumps(
    {
        "borough": None,
        "suppression_threshold": 10,
        "data_as_of": None,
        "fft_question": f"{ESCAPES}How was it?",
        "surveys": [],
        "services": [],
        "wellbeing": [],
    }
).encode()
BIG_PAGE = directory_page([_service(n) for n in range(100)], last=False, number=2)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.requests.append(f"{self.command} {self.path}")
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client hung up
            getattr(self, "_" + self.server.mode.replace("-", "_"))()

    do_GET = do_POST = do_DELETE = _any

    def _head(self, status: int, length: int | None, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if length is not None:
            self.send_header("Content-Length", str(length))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _whole(self, status: int, body: bytes) -> None:
        self._head(status, len(body))
        self.wfile.write(body)

    def _escapes(self) -> None:
        self._whole(403, ERROR)

    def _escaped_text(self) -> None:
        if self.path.startswith("/v1/surveys"):
            self._whole(200, SURVEYS)
        elif self.path.startswith("/v1/directory/services"):
            self._whole(200, directory_page([_service(1, ESCAPES)], last=True))
        elif self.path.startswith("/v1/results"):
            self._whole(200, RESULTS)
        elif self.path.startswith("/v1/responses"):
            self._whole(200, RESPONSES)
        elif self.path.startswith("/v1/budgets"):
            self._whole(200, BUDGETS)
        elif self.path.startswith("/v1/commitments"):
            self._whole(200, COMMITMENTS)
        else:
            self._escapes()

    def _stream(self, pieces: Iterator[bytes], length: int | None) -> None:
        self._head(200, length)
        for piece in pieces:
            self.wfile.write(piece)
            if self.server.stopping.is_set():
                return

    def _huge(self, declared: bool = False) -> None:
        def pieces() -> Iterator[bytes]:
            yield b'{"surveys": ['
            for _ in range(HUGE // len(PIECE)):
                yield PIECE

        self._stream(pieces(), HUGE if declared else None)

    def _huge_declared(self) -> None:
        self._huge(declared=True)

    def _trickle(self) -> None:
        def pieces() -> Iterator[bytes]:
            for byte in b'{"surveys": [' + b" " * 1000:
                yield bytes([byte])
                if self.server.stopping.wait(2.0):
                    return

        self._stream(pieces(), None)

    def _slow_headers(self) -> None:
        self.close_connection = True
        for byte in (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"x" * 999
        ):
            self.wfile.write(bytes([byte]))
            if self.server.stopping.wait(2.0):
                return

    def _truncated(self) -> None:
        self._head(200, 4000)
        self.wfile.write(SURVEYS[:100])
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)

    def _retry_after(self) -> None:
        body = json.dumps({"error": {"code": "busy", "message": "Try later."}}).encode()
        self._head(503, len(body), Retry_After="3600")
        self.wfile.write(body)

    def _huge_directory(self) -> None:
        if self.path.startswith("/v1/directory/services"):
            self._whole(200, BIG_PAGE)
        else:
            self._escapes()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mode: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.requests: list[str] = []
        self.stopping = threading.Event()


class HostileServer:
    """`with HostileServer("trickle") as server: ... server.url ...`"""

    def __init__(self, mode: str) -> None:
        self._server = _Server(mode)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def requests(self) -> list[str]:
        return self._server.requests

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


if __name__ == "__main__":  # run one by hand: python -m tests.e2e.hostile_server trickle
    import sys

    with HostileServer(sys.argv[1] if len(sys.argv) > 1 else "escapes") as hostile:
        print(hostile.url, flush=True)
        while True:
            time.sleep(3600)
