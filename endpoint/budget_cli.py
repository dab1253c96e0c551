"""`health-planner-endpoint budget import|export|outcome`: participatory budgeting rounds from
and to Pabulib files, and a round's outcome under a published rule, for operators checking a
result with the field's own tools (or counting a round held elsewhere).

`outcome` prints the funded projects' ids, one a line, then their total cost, so its output
can be compared line by line with another tool's. Import and export are written to the audit
log: an export holds every ballot of the round (no contributor ids, in random order).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["budget_main"]


def _parser(default_db: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="health-planner-endpoint budget",
        description="Participatory budgeting rounds: Pabulib files and outcomes.",
    )
    parser.add_argument("--db", default=default_db, metavar="URL", help="database URL")
    commands = parser.add_subparsers(dest="command", required=True)
    read = commands.add_parser("import", help="hold a round from a Pabulib .pb file")
    read.add_argument("file", type=Path, metavar="FILE.pb")
    write = commands.add_parser("export", help="write a round as a Pabulib .pb file")
    write.add_argument("round", metavar="ROUND")
    write.add_argument("--out", type=Path, required=True, metavar="FILE.pb")
    outcome = commands.add_parser(
        "outcome", help="the funded projects' ids, one a line, then their total cost")
    which = outcome.add_mutually_exclusive_group(required=True)
    which.add_argument("round", nargs="?", metavar="ROUND")
    which.add_argument("--last", action="store_true", help="the round made or imported last")
    outcome.add_argument("--rule", choices=["greedy", "equal-shares"],
                         help="the rule to count by (default: the round's own)")
    return parser


def _fail(code: int, message: str) -> int:
    print(f"health-planner-endpoint budget: {message}", file=sys.stderr)
    return code


def budget_main(argv: Sequence[str], default_db: str) -> int:
    args = _parser(default_db).parse_args(argv)
    try:
        from sqlalchemy.exc import SQLAlchemyError

        from endpoint import pabulib
        from endpoint.budgets import tally
        from endpoint.command_db import CommandFailed, db_reason, open_store
        from endpoint.operators import Operators
        from endpoint.store import RoundExistsError
    except ImportError as exc:
        return _fail(1, f"missing dependency ({exc.name}); install health-planner[endpoint]")
    try:
        store = open_store(args.db)
    except CommandFailed as exc:
        return _fail(exc.code, exc.message)
    now = datetime.now(UTC)
    try:
        if args.command == "import":
            try:
                text = args.file.read_bytes().decode("utf-8-sig")
            except OSError as exc:
                return _fail(1, f"cannot read {args.file}: {exc.strerror}")
            except UnicodeDecodeError:
                return _fail(2, f"{args.file} is not UTF-8 text, so not a Pabulib file")
            fallback = re.sub(r"[^A-Za-z0-9._:-]+", "-", args.file.stem).strip("-.")[:64]
            doc, read_ballots = pabulib.read(text, fallback or "round")
            store.import_round(doc, read_ballots, now)
            Operators(store).audit("(command line)", "budget.import", doc["id"], now)
            print(f"imported {doc['id']}: {len(doc['projects'])} projects, "
                  f"{len(read_ballots)} ballots")
        elif args.command == "export":
            held = store.budget_round(args.round)
            if held is None:
                return _fail(2, f"there is no round {args.round!r}")
            body = pabulib.write(held, store.round_ballots(args.round))
            try:
                args.out.write_text(body, encoding="utf-8", newline="\n")
            except OSError as exc:
                return _fail(1, f"cannot write {args.out}: {exc.strerror}")
            Operators(store).audit("(command line)", "budget.export", args.round, now)
        else:
            round_id = store.last_round_id() if args.last else args.round
            found = None if round_id is None else store.budget_round(round_id)
            if found is None:
                return _fail(2, "there is no round yet" if args.last
                             else f"there is no round {args.round!r}")
            chosen = [ballot["projects"] for ballot in store.round_ballots(found["id"])]
            result = tally(found, chosen, args.rule)
            for project in result["funded"]:
                print(project)
            print(result["cost"])
    except (pabulib.PabulibError, RoundExistsError) as exc:
        return _fail(2, str(exc))
    except SQLAlchemyError as exc:
        return _fail(1, f"database error: {db_reason(exc)}")
    finally:
        store.dispose()
    return 0
