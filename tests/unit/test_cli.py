"""The command line as scripts and carers' batch files use it (DESIGN.md's contract)."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from planner import demo
from planner.vault import KdfParams, Profiles

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(data_dir: Path, *argv: str, stdin: str = "") -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *argv],
        kdf=CHEAP,
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
    )
    return Run(code, out.getvalue(), err.getvalue())


def one_clear_line(run: Run) -> None:
    assert run.code == 2
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("health-planner: ")
    assert "Traceback" not in run.err


@pytest.fixture
def with_ann(data_dir: Path) -> Path:
    assert (
        cli(data_dir, "--passphrase-stdin", "profile", "create", "Ann", stdin="pass ann\n").code
        == 0
    )
    return data_dir


def test_help_lists_every_subcommand(capsys) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for name in ("profile", "demo", "log", "show", "verify"):
        assert name in text
    assert main(["show", "--help"]) == 0
    assert "today,goals,plan,logs" in capsys.readouterr().out


def test_profile_create_list_and_recovery_code(data_dir: Path) -> None:
    run = cli(data_dir, "--passphrase-stdin", "profile", "create", "Ann", stdin="pass ann\n")
    assert run.code == 0
    code_line = run.out.splitlines()[-1].strip()
    assert len(code_line.split("-")) == 8
    assert cli(data_dir, "profile", "list").out.split() == ["Ann"]
    again = cli(data_dir, "--passphrase-stdin", "profile", "create", "ann", stdin="x1234\n")
    one_clear_line(again)
    assert "already a profile" in again.err


def test_log_and_show_logs(with_ann: Path) -> None:
    vault = Profiles(with_ann, kdf=CHEAP).unlock("Ann", "pass ann")
    from planner.domain.tracker import Tracker, TrackerKind

    vault.trackers.save(
        Tracker(
            key="weight",
            label="Weight",
            kind=TrackerKind.NUMERIC,
            unit="kg",
            minimum=20,
            maximum=350,
        )
    )
    vault.lock()
    run = cli(
        with_ann,
        "--passphrase-stdin",
        "log",
        "weight",
        "82.5",
        "--at",
        "2026-03-01T08:30",
        "--note",
        "after breakfast",
        stdin="pass ann\n",
    )
    assert run.code == 0, run.err
    assert "82.5 kg" in run.out
    shown = cli(with_ann, "--passphrase-stdin", "show", "logs", stdin="pass ann\n")
    assert "2026-03-01" in shown.out and "82.5 kg" in shown.out and "after breakfast" in shown.out


def test_bad_values_are_refused_and_nothing_is_written(with_ann: Path) -> None:
    vault = Profiles(with_ann, kdf=CHEAP).unlock("Ann", "pass ann")
    from planner.domain.tracker import Tracker, TrackerKind

    vault.trackers.save(Tracker(key="mood", label="Mood", kind=TrackerKind.SCALE))
    vault.lock()
    for value in ("11", "seven", "nan", "-1"):
        one_clear_line(
            cli(with_ann, "--passphrase-stdin", "log", "mood", value, stdin="pass ann\n")
        )
    run = cli(with_ann, "--passphrase-stdin", "log", "pulse", "70", stdin="pass ann\n")
    one_clear_line(run)
    assert "No tracker called 'pulse'" in run.err and "mood" in run.err
    vault = Profiles(with_ann, kdf=CHEAP).unlock("Ann", "pass ann")
    assert vault.logs.count() == 0
    vault.lock()


def test_wrong_passphrase_missing_profile_and_no_passphrase(with_ann: Path, monkeypatch) -> None:
    run = cli(with_ann, "--passphrase-stdin", "show", "today", stdin="wrong\n")
    one_clear_line(run)
    assert "passphrase does not open" in run.err
    run = cli(
        with_ann, "--profile", "Zed", "--passphrase-stdin", "show", "today", stdin="pass ann\n"
    )
    one_clear_line(run)
    assert "no profile called 'Zed'" in run.err
    one_clear_line(cli(with_ann, "show", "today"))  # no tty, no env, no stdin flag
    monkeypatch.setenv("HEALTH_PLANNER_PASSPHRASE", "pass ann")
    assert cli(with_ann, "show", "today").code == 0


def test_demo_builds_two_years_of_realistic_data(data_dir: Path) -> None:
    run = cli(data_dir, "demo")
    assert run.code == 0, run.err
    vault = Profiles(data_dir, kdf=CHEAP).unlock(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    try:
        assert len(vault.goals.all()) == 3
        assert len(vault.plans.history()) == 2
        assert len(vault.trackers.all()) == 6
        assert 3_500 <= vault.logs.count() <= 4_500
        assert len(vault.questionnaires.all()) == 11  # PHQ-9, GAD-7 x4; ONS4 x3 (#14)
        assert len(vault.reminders.all()) >= 3
        first = vault.logs.find(newest_first=False, limit=1)[0].at
        last = vault.logs.find(limit=1)[0].at
        assert (last - first).days >= 700
    finally:
        vault.lock()
    assert "already exists" in cli(data_dir, "demo").out


def test_show_commands_print_the_demo_in_plain_text(data_dir: Path) -> None:
    cli(data_dir, "demo")
    args = ("--profile", "Demo", "--passphrase-stdin", "show")
    today = cli(data_dir, *args, "today", stdin="demo\n")
    assert today.code == 0 and "Today," in today.out and "Trackers:" in today.out
    goals = cli(data_dir, *args, "goals", stdin="demo\n").out
    assert "Walk 7,000 steps a day [active]" in goals and "Target: 7000 steps or more" in goals
    plan = cli(data_dir, *args, "plan", stdin="demo\n").out
    assert "version 2" in plan and "Feeling less lonely" in plan and "116 123" in plan
    logs = cli(data_dir, *args, "logs", "--tracker", "weight", "--limit", "3", stdin="demo\n")
    assert len(logs.out.strip().splitlines()) == 3 and " kg" in logs.out


def test_passwd_and_recover_through_the_cli(with_ann: Path) -> None:
    run = cli(
        with_ann, "--passphrase-stdin", "profile", "passwd", "Ann", stdin="pass ann\nnew pass\n"
    )
    assert run.code == 0, run.err
    one_clear_line(cli(with_ann, "--passphrase-stdin", "verify", stdin="pass ann\n"))
    assert cli(with_ann, "--passphrase-stdin", "verify", stdin="new pass\n").code == 0
    one_clear_line(
        cli(
            with_ann,
            "--passphrase-stdin",
            "profile",
            "recover",
            "Ann",
            "--code",
            "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
            stdin="third pass\n",
        )
    )


def test_recover_with_the_code_from_creation(data_dir: Path) -> None:
    made = cli(data_dir, "--passphrase-stdin", "profile", "create", "Bo", stdin="pass bo\n")
    code = made.out.splitlines()[-1].strip()
    run = cli(
        data_dir, "--passphrase-stdin", "profile", "recover", "Bo", stdin=f"{code}\nfresh pass\n"
    )
    assert run.code == 0, run.err
    assert cli(data_dir, "--passphrase-stdin", "verify", stdin="fresh pass\n").code == 0


def test_verify_reports_a_one_byte_flip(with_ann: Path) -> None:
    vault = Profiles(with_ann, kdf=CHEAP).unlock("Ann", "pass ann")
    from planner.domain.tracker import LogEntry, Tracker, TrackerKind

    steps = vault.trackers.save(
        Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC, unit="steps")
    )
    vault.logs.add_many(LogEntry.for_tracker(steps, str(i)) for i in range(3000))
    path = Profiles(with_ann, kdf=CHEAP).vault_path("Ann")
    vault.lock()
    assert cli(with_ann, "--passphrase-stdin", "verify", stdin="pass ann\n").code == 0
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit in one byte of a page in the middle
    path.write_bytes(bytes(data))
    run = cli(with_ann, "--passphrase-stdin", "verify", stdin="pass ann\n")
    one_clear_line(run)
    assert "damaged" in run.err
    assert "problem" in run.out


def test_verify_reports_a_daily_summary_out_of_step(with_ann: Path) -> None:
    """Streaks and long charts read a per-day summary; if it ever disagrees with the entries,
    `verify` says so and rebuilds it from them."""
    from planner.domain.tracker import LogEntry, Tracker, TrackerKind

    vault = Profiles(with_ann, kdf=CHEAP).unlock("Ann", "pass ann")
    steps = vault.trackers.save(
        Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC, unit="steps")
    )
    vault.logs.add_many(LogEntry.for_tracker(steps, str(i)) for i in range(50))
    assert vault.logs.check_days() == []
    with vault.store.transaction() as c:
        c.execute("UPDATE log_days SET high = high + 1")
    vault.lock()
    run = cli(with_ann, "--passphrase-stdin", "verify", stdin="pass ann\n")
    assert run.code == 0, run.err
    assert "daily summary" in run.out and "rebuilt" in run.out and "intact" in run.out
    again = cli(with_ann, "--passphrase-stdin", "verify", stdin="pass ann\n")
    assert again.code == 0 and "daily summary" not in again.out
    vault = Profiles(with_ann, kdf=CHEAP).unlock("Ann", "pass ann")
    assert vault.logs.check_days() == []
    vault.lock()


def test_a_foreign_or_truncated_file_is_reported_clearly(with_ann: Path) -> None:
    path = Profiles(with_ann, kdf=CHEAP).vault_path("Ann")
    path.unlink()
    plain = sqlite3.connect(path)  # a plain SQLite file where the vault should be
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    run = cli(with_ann, "--passphrase-stdin", "show", "today", stdin="pass ann\n")
    one_clear_line(run)
    assert "damaged or is not a Health Planner vault" in run.err
    path.write_bytes(b"\x00" * 10)
    one_clear_line(cli(with_ann, "--passphrase-stdin", "verify", stdin="pass ann\n"))


def test_delete_needs_confirmation_when_not_interactive(with_ann: Path) -> None:
    one_clear_line(cli(with_ann, "profile", "delete", "Ann"))
    assert cli(with_ann, "profile", "list").out.split() == ["Ann"]
    assert cli(with_ann, "profile", "delete", "Ann", "--yes").code == 0
    assert cli(with_ann, "profile", "list").out.strip() == ""


def test_the_installed_command_never_prints_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "HEALTH_PLANNER_HOME": str(tmp_path), "HEALTH_PLANNER_PASSPHRASE": "x"}
    exe = Path(sys.executable).with_name("health-planner")
    done = subprocess.run(
        [str(exe), "show", "today"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "health-planner: There are no profiles here yet. Create one with 'health-planner "
        "profile create NAME' or try 'health-planner demo'."
    )


def test_a_reader_that_stops_early_gets_no_error_line(with_ann: Path) -> None:
    """`health-planner show logs | head -1`: the pipe closes under us; that is the reader's
    choice, not a fault, so no "something went wrong" line appears on the terminal."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as `head` does after its line
    err = io.StringIO()
    closed_pipe = open(write_end, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    code = main(
        ["--data-dir", str(with_ann), "--passphrase-stdin", "show", "summary"],
        kdf=CHEAP, stdin=io.StringIO("pass ann\n"), stdout=closed_pipe, stderr=err,
    )
    with contextlib.suppress(BrokenPipeError):
        closed_pipe.close()
    assert code == 1
    assert err.getvalue() == ""
