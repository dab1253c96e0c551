"""The service as a whole: health, error shapes, OpenAPI document, console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from endpoint.__main__ import main
from endpoint.app import openapi_json
from endpoint.limits import RateLimiter

ROOT = Path(__file__).resolve().parents[3]
COMMITTED_OPENAPI = ROOT / "docs" / "openapi.json"


def test_health(endpoint):
    response = endpoint.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "protocol_version": "1"}


def test_unknown_paths_and_methods_answer_with_the_error_shape(endpoint):
    missing = endpoint.get("/v1/nowhere")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    wrong = endpoint.session.put(endpoint.url("/v1/surveys"), timeout=10)
    assert wrong.status_code == 405
    assert wrong.json()["error"]["code"] == "method_not_allowed"


def test_committed_openapi_document_matches_the_app():
    """Regenerate with: health-planner-endpoint --write-openapi docs/openapi.json"""
    assert COMMITTED_OPENAPI.read_text(encoding="utf-8") == openapi_json()


def test_served_openapi_document_matches_the_committed_one(endpoint):
    served = endpoint.get("/v1/openapi.json").json()
    assert served == json.loads(COMMITTED_OPENAPI.read_text(encoding="utf-8"))
    paths = set(served["paths"])
    assert {
        "/v1/contributors",
        "/v1/contributions",
        "/v1/contributors/me",
        "/v1/contributors/me/contributions",
        "/v1/surveys",
        "/v1/directory/services",
        "/v1/results",
        "/v1/health",
    } <= paths
    post = served["paths"]["/v1/contributions"]["post"]
    assert post["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorResponse"
    )


def test_console_script_writes_openapi_and_rejects_bad_input(tmp_path, capsys):
    target = tmp_path / "openapi.json"
    assert main(["--write-openapi", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == openapi_json()

    assert main(["--db", "not a url", "--port", "8765"]) == 2
    assert "--db" in capsys.readouterr().err
    assert main(["--db", "mysql://user@127.0.0.1/x"]) == 2
    assert main(["--port", "0"]) == 2
    with pytest.raises(SystemExit) as excinfo:
        main(["--help"])
    assert excinfo.value.code == 0
    assert "health-planner-endpoint" in capsys.readouterr().out


def test_rate_limiter_allows_per_minute_in_each_window():
    # Fixed one-minute windows; the counts in the database: test_rate_limits.py.
    now = [600.0]
    limiter = RateLimiter(6, clock=lambda: now[0])
    assert [limiter.acquire("k") for _ in range(6)] == [None] * 6
    now[0] += 50.0
    wait = limiter.acquire("k")
    assert wait is not None and 9.9 < wait <= 10.0  # until the window ends
    assert limiter.acquire("other") is None
    now[0] += 10.0  # a new window
    assert limiter.acquire("k") is None
    assert RateLimiter(0).acquire("k") is None  # switched off


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(out.stdout.split())


def test_layers_endpoint_uses_only_the_protocol_and_the_protocol_stays_plain():
    """DESIGN.md: endpoint -> sync.protocol; the protocol imports no web, database or Qt code."""
    protocol = _loaded_after("import sync.protocol")
    heavy = {"fastapi", "starlette", "sqlalchemy", "requests", "PySide6", "uvicorn", "planner"}
    assert not {name.split(".")[0] for name in protocol} & heavy

    endpoint = _loaded_after(
        "import endpoint.app, endpoint.store, endpoint.aggregates, endpoint.testing, "
        "endpoint.__main__"
    )
    tops = {name.split(".")[0] for name in endpoint}
    assert not tops & {"PySide6", "requests", "planner", "ui"}
    # sync.untrusted is the protocol's plain text cleaner (reply models clean server text).
    # sync.protocol is a package; its submodules count as sync.protocol.
    assert {".".join(name.split(".")[:2]) for name in endpoint if name.startswith("sync.")} == {
        "sync.protocol", "sync.untrusted"
    }
