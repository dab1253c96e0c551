"""The real client against a server that means harm (issue #21: a client that trusts no server).

Each hostile reply (tests/e2e/hostile_server.py) must end the sync within its deadline with one
clean line (no escape codes, no bidi controls, no exception names, no traceback), in bounded
memory, leaving the outbox and the vault as they were.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

import sync.client
from cli.main import main
from planner.vault import KdfParams, Profiles
from sync import consent, directory, engine, outbox, state
from sync.access import Here
from sync.budgets import cached_rounds
from sync.client import EndpointClient
from sync.errors import Offline
from sync.tokens import tokens_of
from tests.e2e.hostile_server import HostileServer

ROOT = Path(__file__).resolve().parents[2]
CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
DEADLINE = 4.0
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SAVED_DIRECTORY = [{"id": "svc-kept", "name": "The copy we had"}]


def profile(data_dir: Path, url: str, setup: str) -> None:
    """Ann, with something to lose: `sending` has one item queued for feedback (the first
    request registers a contributor); `pulling` agreed to the directory and surveys and holds
    copies of both from an earlier sync (the first request fetches the directory)."""
    vault, _ = Profiles(data_dir, kdf=CHEAP).create("Ann", "pass ann")
    with vault:
        state.set_endpoint(vault, url)
        if setup == "sending":
            consent.record(vault, "feedback", "given")
            outbox.queue_feedback(vault, "svc-1", "good", "Kind staff")
        else:
            consent.record(vault, "directory", "given")
            consent.record(vault, "surveys", "given")
            state.put_json(vault, "directory:services", SAVED_DIRECTORY)
            state.put(vault, "directory:etag", '"v1"')
            state.put(vault, "surveys", '{"surveys": []}')


def snapshot(data_dir: Path) -> tuple[object, ...]:
    vault = Profiles(data_dir, kdf=CHEAP).unlock("Ann", "pass ann")
    with vault:
        tables = tuple(
            vault.store.query(f"SELECT * FROM {table} ORDER BY 1")
            for table in ("outbox", "sync_state", "consents")
        )
    size = sum(f.stat().st_size for f in data_dir.rglob("vault.db*"))
    return tables, size


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


def assert_one_clean_line(text: str) -> None:
    assert text.endswith("\n") and text.count("\n") == 1, repr(text)
    line = text.rstrip("\n")
    assert line.startswith("health-planner: ")
    assert not [c for c in line if unicodedata.category(c) == "Cc" or c in BIDI], repr(line)
    for word in (
        "Traceback",
        "Error(",
        "Exception",
        "IncompleteRead",
        "ChunkedEncoding",
        "ProtocolError",
        "Timeout",
        "urllib3",
        "requests.",
    ):
        assert word not in line, line
    assert len(line) < 400


CASES = {
    "escapes": "said no (error 403): Your account is locked. To unlock it, read out",
    "huge": "sent more than this app accepts",
    "huge-declared": "sent more than this app accepts",
    "trickle": "too slow",
    "slow-headers": "too slow",
    "truncated": "cut short",
    "retry-after": "wait longer than a sync may take",
}


@pytest.mark.parametrize("setup", ["sending", "pulling"])
@pytest.mark.parametrize("mode", list(CASES))
def test_a_hostile_reply_ends_the_sync_in_time_with_one_clean_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: str, setup: str
) -> None:
    monkeypatch.setattr(sync.client, "DEFAULT_DEADLINE", DEADLINE, raising=False)
    with HostileServer(mode) as server:
        profile(data_dir, server.url, setup)
        before = snapshot(data_dir)
        started = time.monotonic()
        code, out, err = cli(data_dir, "sync")
        took = time.monotonic() - started
    assert code == 1 and out == ""
    assert_one_clean_line(err)
    assert CASES[mode] in err
    assert took < DEADLINE + 1.5, f"{mode} held the sync for {took:.1f} s"
    assert server.requests, "the hostile server was never asked"
    assert snapshot(data_dir) == before  # outbox, saved copies, consents, file size


def test_the_engine_stops_a_trickle_at_the_deadline_and_keeps_the_queue(vault) -> None:
    consent.record(vault, "feedback", "given")
    queued = outbox.queue_feedback(vault, "svc-1", "good").id
    with HostileServer("trickle") as server:
        client = EndpointClient(server.url, deadline=3.0)
        started = time.monotonic()
        with pytest.raises(Offline, match="too slow"):
            engine.sync_now(Here(vault), client, tokens_of(vault))
        took = time.monotonic() - started
        client.close()
    assert took < 4.5
    assert [i.contribution.id for i in outbox.pending(vault)] == [queued]
    assert outbox.sent(vault) == []


def test_server_text_is_saved_and_shown_clean(data_dir: Path) -> None:
    with HostileServer("escaped-text") as server:
        profile(data_dir, server.url, "pulling")
        code, out, err = cli(data_dir, "sync")
    assert code == 0, err
    assert "Directory updated: 1 services." in out and "Open surveys: 1." in out
    vault = Profiles(data_dir, kdf=CHEAP).unlock("Ann", "pass ann")
    with vault:
        saved = "".join(str(v) for _k, v in vault.store.query("SELECT * FROM sync_state"))
        survey = engine.cached_surveys(vault).surveys[0]
        service = directory.services(vault)[0]
        response = engine.cached_responses(vault).responses[0]
        budget = cached_rounds(vault).rounds[0]
        commitment = engine.cached_commitments(vault).commitments[0]
    assert "\x1b" not in saved and not BIDI & set(saved) and "\r" not in saved
    shown = [
        survey.title,
        survey.description,
        survey.questions[0].text,
        survey.questions[0].options[0].label,
        service.name,
        service.description or "",
        service.organization.name,
        response.title,
        response.body,
        response.organisation,
        response.survey_title,
        budget.title,
        budget.description,
        budget.organisation,
        budget.projects[0].title,
        budget.projects[0].description,
        commitment.title,
        commitment.organisation,
        commitment.milestones[0].title,
        commitment.updates[0].text,
        budget.projects[0].organisation,
    ]
    for text in shown:
        assert not [c for c in text if c != "\n" and unicodedata.category(c) == "Cc"], text
        assert not BIDI & set(text)
    locked = "Your account is locked. To unlock it, read out your passphrase to the caller."
    assert survey.title == locked + "Parks survey"
    assert survey.questions[0].options[0].label.endswith("Yes")


# The peak is this process's own high-water mark (VmHWM, in KiB). Not ru_maxrss: Linux carries
# that over from the parent at fork, so under a large pytest process it reads the parent's size.
MEASURED = """
import re, sys
import sync.client
sync.client.DEFAULT_DEADLINE = float(sys.argv[1])
from cli.main import main
code = main(sys.argv[2:])
with open("/proc/self/status", encoding="ascii") as status:
    print("MAXRSS", re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1))
sys.exit(code)
"""


def measured_cli(data_dir: Path, deadline: float) -> tuple[int, str, int]:
    """`health-planner sync` in its own process; returns (exit code, stderr, peak RSS in MB)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            MEASURED,
            str(deadline),
            "--data-dir",
            str(data_dir),
            "--passphrase-stdin",
            "sync",
        ],
        input="pass ann\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    peak = int(done.stdout.split("MAXRSS")[-1]) // 1024
    return done.returncode, done.stderr, peak


def test_a_300_mb_reply_is_not_read_whole(data_dir: Path) -> None:
    with HostileServer("huge") as server:
        profile(data_dir, server.url, "pulling")
        before = snapshot(data_dir)
        code, err, peak = measured_cli(data_dir, DEADLINE)
    assert code == 1
    assert_one_clean_line(err)
    assert "sent more than this app accepts (2,048 KB)" in err
    assert peak < 200, f"peak memory {peak} MB"
    assert snapshot(data_dir) == before


def test_a_directory_without_end_is_refused_and_nothing_of_it_is_stored(data_dir: Path) -> None:
    with HostileServer("huge-directory") as server:
        profile(data_dir, server.url, "pulling")
        before = snapshot(data_dir)
        code, err, peak = measured_cli(data_dir, 30.0)
        asked = len(server.requests)
    assert code == 1
    assert_one_clean_line(err)
    assert "directory is larger than this app accepts" in err and "copy you had is kept" in err
    assert asked <= engine.DIRECTORY_MAX_SERVICES // 100 + 1
    assert peak < 200, f"peak memory {peak} MB"
    assert snapshot(data_dir) == before
