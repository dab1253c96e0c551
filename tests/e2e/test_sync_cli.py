"""`health-planner consent` and `health-planner sync` against the real endpoint."""

from __future__ import annotations

import io
from pathlib import Path

import requests

from cli.main import main
from planner.vault import KdfParams, Profiles
from sync import outbox
from tests.e2e.conftest import EndpointProcess

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), "--passphrase-stdin", *argv],
        kdf=CHEAP,
        stdin=io.StringIO("pass ann\n"),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_consent_then_sync_from_the_command_line(data_dir: Path, server) -> None:
    url, faults = server
    assert cli(data_dir, "profile", "create", "Ann")[0] == 0
    code, out, _ = cli(data_dir, "sync", "--endpoint", url)
    assert code == 0 and "nothing was sent" in out
    assert faults.requests == []
    code, out, _ = cli(data_dir, "consent", "give", "feedback")
    assert code == 0 and "Give feedback on services" in out
    vault = Profiles(data_dir, kdf=CHEAP).unlock("Ann", "pass ann")
    outbox.queue_feedback(vault, "svc-any", "good", "Kind staff")
    vault.lock()
    code, out, _ = cli(data_dir, "sync", "--preview")
    assert code == 0 and "1 item(s) waiting" in out and "Kind staff" in out
    assert faults.requests == []
    code, out, err = cli(data_dir, "sync")
    assert code == 0, err
    assert "Sent 1 item(s)." in out
    code, out, _ = cli(data_dir, "consent", "list")
    assert "feedback: given on" in out and "wellbeing: not asked yet" in out
    code, out, _ = cli(data_dir, "consent", "withdraw", "feedback")
    assert code == 0 and "deleted the 1 item(s)" in out


def test_a_plain_http_address_elsewhere_is_refused(data_dir: Path) -> None:
    cli(data_dir, "profile", "create", "Ann")
    code, _out, err = cli(data_dir, "sync", "--endpoint", "http://example.org")
    assert code == 2 and "https://" in err


def test_the_endpoint_command_takes_a_registration_limit_per_address(tmp_path: Path) -> None:
    """An operator behind one shared address (a community centre's PCs) can raise or lower how
    many new contributors one address may register per minute."""
    server = EndpointProcess(tmp_path / "limited.db", "--registrations-per-minute", "2")
    server.start()
    try:
        answers = [requests.post(f"{server.url}/v1/contributors", timeout=5).status_code
                   for _ in range(3)]
    finally:
        server.kill()
    assert answers == [201, 201, 429]
