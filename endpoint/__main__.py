"""`health-planner-endpoint`: run the reference participation endpoint with uvicorn.

Exit codes follow the project's command-line contract: 0 done, 1 failed, 2 the input was wrong
(a bad option or database URL), with one clear line on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

DEFAULT_DB = "sqlite:///./endpoint.db"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="health-planner-endpoint",
        description="Run the Health Planner reference participation endpoint.",
    )
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="URL",
        help="SQLAlchemy database URL: sqlite:///path/to/file.db (default %(default)s) or "
        "postgresql+psycopg://user@host/dbname",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on (%(default)s)")
    parser.add_argument(
        "--seed",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="load the demonstration directory and consultations into an empty database",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        metavar="N",
        help="requests per minute per contributor token (0 switches the limit off)",
    )
    parser.add_argument(
        "--registrations-per-minute",
        type=int,
        default=None,
        metavar="N",
        help="new contributors per minute from one address (0 switches the limit off); raise "
        "it when many PCs share one address, as in a community centre",
    )
    parser.add_argument(
        "--public-reads-per-minute",
        type=int,
        default=None,
        metavar="N",
        help="unauthenticated GETs (directory, surveys, results, ...) per minute from one "
        "address (default 120; 0 switches the limit off)",
    )
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDR",
        help="address or network (10.0.0.0/8) of a reverse proxy whose X-Forwarded-For names "
        "the client; repeatable. Without it X-Forwarded-For is ignored",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a name clients use for this endpoint (the Host header), e.g. hp.example.org or "
        "*.example.org; repeatable. localhost, 127.0.0.1, ::1 and --host are always allowed",
    )
    parser.add_argument(
        "--results-every",
        type=int,
        default=86_400,
        metavar="SECONDS",
        help="publish /v1/results anew once per this many seconds, every view at once "
        "(%(default)s: daily, so two downloads in one day cannot be differenced; 0 publishes "
        "every change at once, for demonstrations only)",
    )
    parser.add_argument(
        "--no-text-encryption",
        action="store_true",
        help="store free text (comments, text answers) as sent, for a demonstration only; "
        "otherwise HEALTH_PLANNER_ENDPOINT_KEY must hold the key (32 bytes, base64)",
    )
    parser.add_argument(
        "--generate-key",
        action="store_true",
        help="print a new random text-encryption key and exit",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (%(default)s); several need PostgreSQL in earnest: SQLite works "
        "but writes one at a time (docs/DEPLOY.md)",
    )
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="log level (%(default)s); logs never contain contribution contents",
    )
    parser.add_argument(
        "--write-openapi",
        type=Path,
        metavar="PATH",
        help="write the OpenAPI document to PATH and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db = commands.add_parser(
        "db", help="the database schema: `db upgrade` (run on each release), `db current`"
    )
    db.add_argument("action", choices=["upgrade", "current", "rekey"],
                    help="rekey: encrypt every free-text value under HEALTH_PLANNER_ENDPOINT_KEY "
                    "(plaintext from before, or an old key's during a rotation)")
    db.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL")
    return parser


def _db_command(url: str, action: str) -> int:
    """`db upgrade`: migrate to the newest revision; `db current`: print the revision."""
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from endpoint import migrations
    from endpoint.command_db import db_reason
    from endpoint.store import Store
    from endpoint.textcrypt import KEY_VARIABLE, TextCipher, TextKeyError

    try:
        cipher = TextCipher.from_environment()
    except TextKeyError as exc:
        return _fail(2, f"{KEY_VARIABLE}: {exc}")
    if action == "rekey" and cipher is None:
        return _fail(2, f"db rekey needs the key in {KEY_VARIABLE}")
    try:
        store = Store(url, cipher=cipher)
    except (ArgumentError, ValueError) as exc:
        return _fail(2, f"--db: {exc}")
    except ImportError as exc:
        return _fail(2, f"--db: database driver missing ({exc.name})")
    try:
        if action in {"upgrade", "rekey"}:
            store.create_schema()
        if action == "rekey":
            print(f"{store.rekey_text()} contributions re-encrypted")
        revision = store.schema_revision()
    except SQLAlchemyError as exc:
        return _fail(1, f"cannot open database: {db_reason(exc)}")
    finally:
        store.dispose()
    head = migrations.head()
    print("none" if revision is None else f"{revision}{' (head)' if revision == head else ''}")
    return 0


def _fail(code: int, message: str) -> int:
    print(f"health-planner-endpoint: {message}", file=sys.stderr)
    return code


def _operator_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="health-planner-endpoint operator",
        description="Manage the operator accounts of the web console (/console).",
    )
    parser.add_argument("--db", default=DEFAULT_DB, metavar="URL", help="database URL")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="a new operator (the password is asked for)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=["admin", "editor", "analyst", "helper"])
    add.add_argument("--org", action="append", default=[], metavar="ID",
                     help="a directory organisation an editor works for; repeatable")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    commands.add_parser("list", help="operators, roles, organisations, disabled or not")
    disable = commands.add_parser("disable", help="lock an operator out at once")
    disable.add_argument("username")
    enable = commands.add_parser("enable", help="let a disabled operator log in again")
    enable.add_argument("username")
    passwd = commands.add_parser("passwd", help="a new password (ends every session)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    commands.add_parser("organisations", help="the directory's organisations and their ids")
    return parser


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def operator_main(argv: Sequence[str]) -> int:
    """`health-planner-endpoint operator add|list|disable|enable|passwd|organisations`."""
    args = _operator_parser().parse_args(argv)
    try:
        from datetime import UTC, datetime

        from sqlalchemy.exc import SQLAlchemyError

        from endpoint.command_db import CommandFailed, db_reason, open_store
        from endpoint.operators import OperatorError, Operators
    except ImportError as exc:
        return _fail(1, f"missing dependency ({exc.name}); install health-planner[endpoint]")
    try:
        store = open_store(args.db)
    except CommandFailed as exc:
        return _fail(exc.code, exc.message)
    accounts = Operators(store)
    now = datetime.now(UTC)
    try:
        if args.command == "add":
            made = accounts.add(args.username, _read_password(args.password_stdin), args.role,
                                args.org, now=now)
            accounts.audit("(command line)", "operator.add", made.username, now)
            print(f"added {made.username} ({made.role})")
        elif args.command == "list":
            names = accounts.organisations()
            for op in accounts.list():
                orgs = ", ".join(names.get(org, org) for org in sorted(op.organisations))
                state = "disabled" if op.disabled else "active"
                print(f"{op.username}\t{op.role}\t{state}\t{orgs}")
        elif args.command in {"disable", "enable"}:
            accounts.set_disabled(args.username, args.command == "disable")
            accounts.audit("(command line)", f"operator.{args.command}",
                           args.username.strip().lower(), now)
            print(f"{args.command}d {args.username.strip().lower()}")
        elif args.command == "passwd":
            accounts.set_password(args.username, _read_password(args.password_stdin))
            accounts.audit("(command line)", "operator.passwd", args.username.strip().lower(),
                           now)
            print(f"new password for {args.username.strip().lower()}")
        else:
            for org_id, name in accounts.organisations().items():
                print(f"{org_id}\t{name}")
    except (OperatorError, ValueError) as exc:
        return _fail(2, str(exc))
    except SQLAlchemyError as exc:
        return _fail(1, f"database error: {db_reason(exc)}")
    finally:
        store.dispose()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["operator"]:
        return operator_main(arguments[1:])
    if arguments[:1] == ["budget"]:
        from endpoint.budget_cli import budget_main

        return budget_main(arguments[1:], DEFAULT_DB)
    args = _parser().parse_args(arguments)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(message)s")

    # Imported here so `--help` works even where the endpoint extras are not installed.
    try:
        import uvicorn
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, SQLAlchemyError

        from endpoint.app import (
            DEFAULT_ALLOWED_HOSTS,
            DEFAULT_PUBLIC_READS_PER_MINUTE,
            DEFAULT_RATE_LIMIT_PER_MINUTE,
            DEFAULT_REGISTRATIONS_PER_MINUTE,
            create_app,
            openapi_json,
        )
        from endpoint.command_db import db_reason
        from endpoint.limits import parse_networks
    except ImportError as exc:
        return _fail(1, f"missing dependency ({exc.name}); install health-planner[endpoint]")

    if args.generate_key:
        from endpoint.textcrypt import generate_key

        print(generate_key())
        return 0

    if args.command == "db":
        return _db_command(args.db, args.action)

    if args.write_openapi is not None:
        try:
            args.write_openapi.write_text(openapi_json(), encoding="utf-8")
        except OSError as exc:
            return _fail(1, f"cannot write {args.write_openapi}: {exc.strerror}")
        return 0

    if args.workers < 1:
        return _fail(2, f"--workers must be 1 or more, not {args.workers}")
    if not 0 < args.port < 65536:
        return _fail(2, f"--port must be between 1 and 65535, not {args.port}")
    if args.results_every < 0:
        return _fail(2, f"--results-every cannot be negative, not {args.results_every}")
    for proxy in args.trusted_proxy:
        try:
            parse_networks([proxy])
        except ValueError:
            return _fail(2, f"--trusted-proxy must be an address or network, not {proxy!r}")
    allowed_hosts = [*DEFAULT_ALLOWED_HOSTS, args.host, *args.allowed_host]
    try:
        shown_db = make_url(args.db).render_as_string(hide_password=True)
    except ArgumentError:
        return _fail(2, f"--db is not a database URL: {args.db!r}")
    from endpoint.textcrypt import KEY_VARIABLE, OLD_KEYS_VARIABLE, TextCipher, TextKeyError

    try:
        env_cipher = TextCipher.from_environment()
    except TextKeyError as exc:
        return _fail(2, f"{KEY_VARIABLE}: {exc}")
    if env_cipher is None and not args.no_text_encryption:
        return _fail(2, f"set {KEY_VARIABLE} to the text-encryption key (32 random bytes, "
                     "base64; --generate-key makes one; docs/DEPLOY.md), or pass "
                     "--no-text-encryption for a demonstration")
    try:
        settings: dict[str, Any] = dict(
            text_encryption=not args.no_text_encryption,
            text_key=os.environ.get(KEY_VARIABLE) if not args.no_text_encryption else None,
            old_text_keys=[key for key in os.environ.get(OLD_KEYS_VARIABLE, "").split(",")
                           if key.strip()],
            seed=args.seed,
            rate_limit_per_minute=(
                DEFAULT_RATE_LIMIT_PER_MINUTE if args.rate_limit is None else args.rate_limit
            ),
            registrations_per_minute=(
                DEFAULT_REGISTRATIONS_PER_MINUTE
                if args.registrations_per_minute is None
                else args.registrations_per_minute
            ),
            public_reads_per_minute=(
                DEFAULT_PUBLIC_READS_PER_MINUTE
                if args.public_reads_per_minute is None
                else args.public_reads_per_minute
            ),
            trusted_proxies=args.trusted_proxy,
            allowed_hosts=allowed_hosts,
            results_period=timedelta(seconds=args.results_every),
        )
        # Also with --workers: checks the settings, migrates and seeds once, before any worker.
        app = create_app(args.db, **settings)
    except (ArgumentError, ValueError) as exc:
        return _fail(2, f"--db {shown_db}: {exc}")
    except ImportError as exc:
        return _fail(2, f"--db {shown_db}: database driver missing ({exc.name})")
    except SQLAlchemyError as exc:
        return _fail(1, f"cannot open database {shown_db}: {db_reason(exc)}")

    log = logging.getLogger("endpoint")
    try:
        loopback = ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = args.host == "localhost"
    if not loopback:
        log.warning("listening on %s: put a TLS-terminating reverse proxy in front", args.host)
        if not args.allowed_host:
            log.warning("no --allowed-host given: only requests for localhost or %s are "
                        "answered", args.host)
    log.info("database %s", shown_db)
    served: Any = app
    if args.workers > 1:
        from endpoint.workers import environment_for

        if app.state.context.store.dialect == "sqlite":
            log.warning("%d workers on SQLite: they share one file and write one at a time; "
                        "use PostgreSQL for a city (docs/DEPLOY.md)", args.workers)
        app.state.context.store.dispose()
        # Each worker builds its own app from these (endpoint/workers.py).
        os.environ.update(environment_for({"db_url": args.db, **settings}))
        served = "endpoint.workers:app_from_environment"
    uvicorn.run(
        served,
        factory=args.workers > 1,
        workers=args.workers if args.workers > 1 else None,
        host=args.host,
        port=args.port,
        access_log=False,  # our AccessLogMiddleware logs paths only, never query strings
        # X-Forwarded-For is read by the app, and only from --trusted-proxy addresses;
        # uvicorn's own handling would believe any caller on 127.0.0.1.
        proxy_headers=False,
        server_header=False,
        log_level=args.log_level,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
