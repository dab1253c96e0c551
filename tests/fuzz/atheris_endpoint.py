"""atheris harness: requests to the reference endpoint, in process (the real FastAPI app with its
middleware, over a real SQLite file). The first byte chooses the request; the rest is the body
or the query string. Never a 500; a refusal has the error shape and stores nothing.

Run by tests/fuzz/run_atheris.py (`make soak`).
"""

from __future__ import annotations

import contextlib
import json
import sys
import uuid
from datetime import UTC, datetime
from urllib.parse import quote

import atheris
import harness_kit as kit

with atheris.instrument_imports(include=kit.INSTRUMENTED):
    from endpoint.app import create_app
    from sync.protocol import ContributionBatch, ErrorResponse

from pydantic import ValidationError
from starlette.testclient import TestClient

DB = kit.fresh_dir("endpoint") / "endpoint.db"
APP = create_app(f"sqlite:///{DB}", rate_limit_per_minute=0, registrations_per_minute=0,
                 public_reads_per_minute=0, allowed_hosts=["testserver"])  # TestClient's Host
CLIENT = TestClient(APP, raise_server_exceptions=False)
CLIENT.__enter__()
TOKEN = CLIENT.post("/v1/contributors", json={}).json()["token"]
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
STORE = APP.state.context.store
REFUSED = {400, 401, 404, 405, 413, 414, 415, 422}


def batch() -> bytes:
    now = datetime.now(UTC).isoformat()
    return json.dumps({"items": [
        {"id": str(uuid.uuid4()), "purpose": "feedback", "created_at": now,
         "body": {"kind": "fft", "service_id": "svc-1", "rating": "good", "comment": "Kind"}},
        {"id": str(uuid.uuid4()), "purpose": "wellbeing", "created_at": now,
         "body": {"kind": "ons4", "borough": "Hackney", "satisfied": 7, "worthwhile": 8,
                  "happy": 6, "anxious": 3, "epsilon": 2.0}}]}).encode()


def TestOneInput(data: bytes) -> None:
    mode, rest = data[:1], data[1:]
    before = STORE.count_contributions()
    if mode == b"\x00":
        reply = CLIENT.post("/v1/contributions", content=rest, headers=AUTH)
    elif mode == b"\x01":
        reply = CLIENT.post("/v1/contributors", content=rest,
                            headers={"Content-Type": "application/json"})
    elif mode == b"\x02":
        query = quote(rest.decode("utf-8", "replace"), safe="=&")
        reply = CLIENT.get(f"/v1/directory/services?{query}")
    elif mode == b"\x03":
        reply = CLIENT.get("/v1/results", params={"borough": rest.decode("utf-8", "replace")})
    else:
        with contextlib.suppress(ValidationError):
            ContributionBatch.model_validate_json(rest)
        return
    if reply.status_code >= 500:
        raise kit.PropertyBroken(f"{reply.status_code} for mode {mode!r}: {reply.text[:200]}")
    if reply.status_code >= 400:
        if reply.status_code not in REFUSED:
            raise kit.PropertyBroken(f"unexpected status {reply.status_code}")
        ErrorResponse.model_validate_json(reply.content)
        if STORE.count_contributions() != before:
            raise kit.PropertyBroken("a refused request stored something")


if __name__ == "__main__":
    if kit.write_seeds({
        "batch": b"\x00" + batch(),
        "register": b"\x01{}",
        "directory": b"\x02page=2&per_page=5&borough=Hackney&q=walk&modified_after=2026-01-01",
        "results": b"\x03Tower Hamlets",
        "model": b"\x04" + batch(),
    }):
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
