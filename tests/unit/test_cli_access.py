"""`health-planner access grant|list|log|revoke` and the global `--carer` (issue #24), on real
vaults: the exit-code contract holds, and a write through a view grant exits 2 with one line."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cli.main import main
from planner.domain.tracker import Tracker, TrackerKind
from planner.vault import KdfParams, Profiles

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


def cli(data_dir: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), "--passphrase-stdin", *argv], kdf=CHEAP,
                stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("health-planner: "), err
    return lines[0]


@pytest.fixture
def folder(data_dir: Path) -> Path:
    for name, passphrase in (("Amira", "amira pass"), ("Sam", "sam pass")):
        assert cli(data_dir, "profile", "create", name, stdin=f"{passphrase}\n")[0] == 0
    vault = Profiles(data_dir, kdf=CHEAP).unlock("Amira", "amira pass")
    vault.trackers.save(Tracker(key="weight", label="Weight", kind=TrackerKind.NUMERIC,
                                unit="kg", minimum=20, maximum=350))
    vault.lock()
    assert cli(data_dir, "--profile", "Amira", "log", "weight", "70",
               stdin="amira pass\n")[0] == 0
    return data_dir


def test_a_view_grant_reads_and_refuses_writes_with_one_line(folder: Path) -> None:
    until = (datetime.now(UTC).date() + timedelta(days=60)).isoformat()
    code, out, err = cli(folder, "--profile", "Amira", "access", "grant", "Sam", "--level",
                         "view", "--until", until, stdin="amira pass\n")
    assert (code, out.strip()) == (0, f"Sam can now see Amira's profile until {until}."), err
    code, out, _ = cli(folder, "--profile", "Amira", "access", "list")
    assert (code, out.strip()) == (0, f"Sam\tview\tuntil {until}\tactive")
    code, out, err = cli(folder, "--profile", "Amira", "--carer", "Sam", "show", "logs",
                         stdin="sam pass\n")
    assert code == 0, err
    assert "Weight: 70 kg" in out
    code, _, err = cli(folder, "--profile", "Amira", "--carer", "Sam", "log", "weight", "71",
                       stdin="sam pass\n")
    assert code == 2
    assert one_line(err) == ("health-planner: Sam's access to Amira is view only: nothing "
                             "can be changed.")
    _, out, _ = cli(folder, "--profile", "Amira", "show", "logs", stdin="amira pass\n")
    assert "71" not in out


def test_manage_carer_writes_are_named_logged_and_revoked(folder: Path) -> None:
    assert cli(folder, "--profile", "Amira", "access", "grant", "Sam", "--level", "manage",
               stdin="amira pass\n")[0] == 0
    code, out, err = cli(folder, "--profile", "Amira", "--carer", "Sam", "log", "weight",
                         "71.5", stdin="sam pass\n")
    assert code == 0, err
    _, out, _ = cli(folder, "--profile", "Amira", "show", "logs", stdin="amira pass\n")
    assert "Weight: 71.5 kg  [entered by Sam (carer)]" in out
    assert "Weight: 70 kg\n" in out + "\n"  # her own entry names nobody
    code, out, _ = cli(folder, "--profile", "Amira", "access", "log", stdin="amira pass\n")
    assert code == 0
    assert out.strip().endswith("Sam\tmanage\t1 log entries")
    code, out, err = cli(folder, "--profile", "Amira", "access", "revoke", "Sam",
                         stdin="amira pass\n")
    assert code == 0, err
    assert "Sam no longer has access" in out and "new recovery code" in out
    code, _, err = cli(folder, "--profile", "Amira", "--carer", "Sam", "show", "logs",
                       stdin="sam pass\n")
    assert code == 2
    assert "has not given Sam access, or has taken it back" in one_line(err)
    code, out, _ = cli(folder, "--profile", "Amira", "show", "logs", stdin="amira pass\n")
    assert code == 0 and "71.5 kg" in out


def test_access_is_changed_only_by_the_owner(folder: Path) -> None:
    assert cli(folder, "--profile", "Amira", "access", "grant", "Sam", "--level", "manage",
               stdin="amira pass\n")[0] == 0
    code, _, err = cli(folder, "--profile", "Amira", "--carer", "Sam", "access", "revoke",
                       "Sam", stdin="sam pass\n")
    assert code == 2 and "run this without --carer" in one_line(err)
    code, _, err = cli(folder, "--profile", "Amira", "access", "grant", "Nobody", "--level",
                       "view", stdin="amira pass\n")
    assert code == 2 and "no profile called 'Nobody'" in one_line(err)
    code, _, err = cli(folder, "--profile", "Amira", "access", "grant", "Sam", "--level",
                       "view", "--until", "2099-01-01", stdin="amira pass\n")
    assert code == 2 and "at most 3 years" in one_line(err)
    code, _, err = cli(folder, "--profile", "Amira", "access", "revoke", "Sam",
                       stdin="wrong pass\n")
    assert code == 2 and "passphrase does not open" in one_line(err)
