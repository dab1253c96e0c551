"""`health-planner-endpoint operator ...`: accounts from the server's command line, with the
project's exit codes (0 done, 2 wrong input with one line on stderr, never a traceback)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from endpoint.__main__ import main
from endpoint.operators import Operators
from endpoint.store import Store

PASSWORD = "a long enough passphrase"


def _run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str,
         *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["operator", "--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_operator_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    store = Store(db)
    store.create_schema()
    store.seed_if_empty()
    store.dispose()
    code, out, _ = _run(capsys, monkeypatch, db, "organisations")
    assert code == 0
    org_id = out.splitlines()[0].split("\t")[0]
    assert _run(capsys, monkeypatch, db, "add", "Ana", "--role", "admin", "--password-stdin",
                stdin=PASSWORD + "\n")[0] == 0
    assert _run(capsys, monkeypatch, db, "add", "eve", "--role", "editor", "--org", org_id,
                "--password-stdin", stdin=PASSWORD + "\n")[0] == 0
    code, out, _ = _run(capsys, monkeypatch, db, "list")
    assert code == 0 and out.startswith("ana\tadmin\tactive") and "eve\teditor\tactive" in out

    for args, stdin, problem in (
        (("add", "bob", "--role", "editor", "--password-stdin"), PASSWORD, "organisation"),
        (("add", "bob", "--role", "analyst", "--password-stdin"), "short", "12 characters"),
        (("add", "eve", "--role", "analyst", "--password-stdin"), PASSWORD, "already"),
        (("add", "bob", "--role", "editor", "--org", "nope", "--password-stdin"), PASSWORD,
         "not an organisation"),
        (("add", "b o b", "--role", "analyst", "--password-stdin"), PASSWORD, "user name"),
        (("disable", "nobody"), "", "no operator"),
    ):
        code, _out, err = _run(capsys, monkeypatch, db, *args, stdin=stdin + "\n")
        assert code == 2 and problem in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1

    store = Store(db)
    ops = Operators(store)
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    session_id, _csrf = ops.start_session(ops.get("eve"), now)  # type: ignore[arg-type]
    assert _run(capsys, monkeypatch, db, "disable", "eve")[0] == 0
    assert ops.session(session_id, now) is None  # out at once
    assert ops.authenticate("eve", PASSWORD, "127.0.0.1", now) is None
    assert _run(capsys, monkeypatch, db, "enable", "eve")[0] == 0
    assert _run(capsys, monkeypatch, db, "passwd", "eve", "--password-stdin",
                stdin="another long passphrase\n")[0] == 0
    assert ops.authenticate("eve", "another long passphrase", "127.0.0.1", now) is not None
    actions = [row.action for row in ops.audit_rows()]
    assert {"operator.add", "operator.disable", "operator.enable", "operator.passwd"} <= set(
        actions)
    stored = {op.username: op for op in ops.list()}
    assert set(stored) == {"ana", "eve"} and stored["eve"].organisations == {org_id}
    store.dispose()
