"""atheris harness: replies from the participation server. The input chooses the call, the HTTP
status and headers; the rest is the body. The client must return a validated model or raise a
SyncError, and `send` must never accept a reply about other ids.

Run by tests/fuzz/run_atheris.py (`make soak`).
"""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime

import atheris
import harness_kit as kit
import requests
from requests.structures import CaseInsensitiveDict

with atheris.instrument_imports(include=kit.INSTRUMENTED):
    from sync.client import EndpointClient
    from sync.errors import SyncError
    from sync.protocol import (
        BatchResult,
        Contribution,
        ContributorCreated,
        FFTFeedback,
        Results,
        ServicePage,
        SurveyList,
        WithdrawalResult,
    )

STATUSES = [200, 201, 204, 304, 400, 401, 404, 413, 422, 429, 500, 503]
HEADERS = ["Retry-After", "ETag", "Last-Modified", "Content-Type"]
ITEM = Contribution(id=uuid.UUID(int=7), purpose="feedback", created_at=datetime.now(UTC),
                    body=FFTFeedback(service_id="svc-1", rating="good"))


class OneReply:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.reply_headers, self.body = status, headers, body
        self.headers: dict[str, str] = {}
        self.trust_env = True

    def request(self, *args: object, **kwargs: object) -> requests.Response:
        reply = requests.Response()
        reply.status_code = self.status
        reply._content = self.body
        reply.headers = CaseInsensitiveDict(self.reply_headers)
        return reply

    def close(self) -> None:
        pass


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    call = fdp.ConsumeIntInRange(0, 6)
    status = (STATUSES[fdp.ConsumeIntInRange(0, len(STATUSES) - 1)] if fdp.ConsumeBool()
              else fdp.ConsumeIntInRange(100, 599))
    headers = {HEADERS[fdp.ConsumeIntInRange(0, 3)]: fdp.ConsumeUnicodeNoSurrogates(12)
               for _ in range(fdp.ConsumeIntInRange(0, 2))}
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    client = EndpointClient("http://127.0.0.1:9", retries=0, sleep=lambda _s: None,
                            session=OneReply(status, headers, body))  # type: ignore[arg-type]
    try:
        if call == 0:
            client.register()
        elif call == 1:
            result = client.send("token", [ITEM])
            if [i.id for i in result.items] != [ITEM.id]:
                raise kit.PropertyBroken("send accepted a reply about other ids")
        elif call == 2:
            client.withdraw("token")
        elif call == 3:
            client.surveys('"etag"')
        elif call == 4:
            client.results(None, "Wed, 21 Oct 2015 07:28:00 GMT")
        elif call == 5:
            client.directory_page(1)
        else:
            model = (ContributorCreated, BatchResult, WithdrawalResult, SurveyList, Results,
                     ServicePage)[status % 6]
            EndpointClient._parse(OneReply(status, headers, body).request(), model)
    except SyncError:
        return


if __name__ == "__main__":
    seeds = {
        "register": b'\x00\x00\x01\x00{"contributor_id": "c", "token": "t"}',
        "send": b'\x01\x00\x00\x00{"accepted": 1, "duplicate": 0, "items": [{"id": "'
                + str(ITEM.id).encode() + b'", "status": "accepted"}]}',
        "error": b'\x01\x00\x04\x00{"error": {"code": "invalid_request", "message": "no"}}',
        "surveys": b'\x03\x00\x00\x00{"surveys": [{"id": "s", "title": "t", "description": "d",'
                   b' "closes_on": "2030-01-01", "questions": []}]}',
    }
    if kit.write_seeds(seeds):
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
