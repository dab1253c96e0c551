"""The front door: `health-planner` with no subcommand starts the GUI; with one, it runs headless.

The command-line contract is in ../shared/DESIGN.md and scripts rely on it: exit 0 done, 1 failed,
2 the person's input was wrong, with one clear line on stderr and never a traceback. Qt is
imported only when the GUI starts, so headless commands stay quick on a slow PC.

The other way round too: the command modules (and the sync client, the sharing formats and the
vault they import, ~150 ms) load only when a subcommand or `--help` needs them. A double-click
starts with no arguments, or only the global options, and that is parsed by `_gui_args` without
building the subcommands' parsers (issue #6: the start screen must paint within 1.5x of a bare
Qt window).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from planner.vault.keys import KdfParams

__version__ = "0.1.0"


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder that holds the profiles (default: HEALTH_PLANNER_HOME, "
        "else your user data folder)",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="which profile to use (needed when there is more than one)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase (and any new passphrase) from standard input, one per line",
    )


class _NotJustGui(Exception):
    """The arguments need the full parser: a subcommand, --help, --version or a mistake."""


class _GuiParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotJustGui(message)


def _gui_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The namespace for "open the app" when `argv` holds nothing but the global options;
    None when anything else is there, so the full parser answers (help, errors and all)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:  # a double-click: nothing to parse (building a parser costs ~2 ms)
        return argparse.Namespace(
            data_dir=None, profile=None, passphrase_stdin=False, command=None
        )
    parser = _GuiParser(prog="health-planner", add_help=False)
    _add_global_options(parser)
    try:
        parsed, rest = parser.parse_known_args(args)
    except _NotJustGui:
        return None
    if rest:
        return None
    parsed.command = None
    return parsed


def build_parser() -> argparse.ArgumentParser:
    from ui import med_commands, screenshots, share_commands, social_commands, sync_commands

    parser = argparse.ArgumentParser(
        prog="health-planner",
        description="Plan and track your own health and care. Run without a command to open "
        "the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    profile = sub.add_parser("profile", help="create, list, delete or recover profiles")
    psub = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = psub.add_parser("create", help="make a new profile and show its recovery code")
    create.add_argument("name")
    psub.add_parser("list", help="list the profiles in the data folder")
    delete = psub.add_parser("delete", help="delete a profile and everything in it")
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="do not ask to confirm")
    passwd = psub.add_parser("passwd", help="change a profile's passphrase")
    passwd.add_argument("name")
    recover = psub.add_parser("recover", help="set a new passphrase using the recovery code")
    recover.add_argument("name")
    recover.add_argument("--code", help="the recovery code (asked for when not given)")

    sub.add_parser(
        "demo", help='create the profile "Demo" (passphrase "demo") with two years of made-up data'
    )

    log = sub.add_parser("log", help="log a value for a tracker, e.g. 'log weight 82.5'")
    log.add_argument("tracker", help="tracker name, e.g. weight, steps, mood")
    log.add_argument("value", help="number, 0-10, yes/no, or text, by tracker")
    log.add_argument(
        "--at", metavar="TIME", help="when (ISO 8601, e.g. 2026-03-01T08:30); default now"
    )
    log.add_argument("--note", metavar="TEXT", default="", help="a note to keep with it")

    show = sub.add_parser(
        "show", help="print today, goals, the plan, logs or my health summary as plain text"
    )
    show.add_argument("what", choices=["today", "goals", "plan", "logs", "summary"])
    show.add_argument("--tracker", help="logs: only this tracker")
    show.add_argument("--from", dest="start", metavar="DATE", help="logs: from this date")
    show.add_argument("--to", dest="end", metavar="DATE", help="logs: up to this date")
    show.add_argument("--limit", type=int, default=50, help="logs: at most this many (50)")

    sub.add_parser("verify", help="check the vault's encryption and integrity")
    sync_commands.add_sync_parsers(sub)
    share_commands.add_share_parsers(sub)
    med_commands.add_med_parsers(sub)
    social_commands.add_social_parsers(sub)
    screenshots.add_screenshot_parser(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    kdf: KdfParams | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code. `kdf` lets tests inject cheap Argon2id
    parameters for new profiles without touching the product defaults."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _gui_args(argv)
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse already printed usage or help
            return int(exc.code or 0)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args, kdf=kdf)
    return _run_command(args, kdf=kdf, stdin=stdin, stdout=out, stderr=err)


def _run_command(
    args: argparse.Namespace,
    *,
    kdf: KdfParams | None,
    stdin: TextIO | None,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    from planner.errors import InputError, PlannerError
    from ui import commands

    out, err = stdout, stderr
    io = commands.IO(stdin=stdin or sys.stdin, stdout=out, stderr=err)
    try:
        return commands.run(args, io, kdf=kdf)
    except InputError as exc:
        print(f"health-planner: {exc}", file=err)
        return 2
    except PlannerError as exc:
        print(f"health-planner: {exc}", file=err)
        return 1
    except KeyboardInterrupt:
        print("health-planner: stopped.", file=err)
        return 1
    except BrokenPipeError:
        # The reader went away (`show summary | head`): nothing to tell, and no second error
        # when Python flushes stdout on the way out (the Python docs' recipe, on signal).
        if out is sys.stdout:
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the contract: one line, never a traceback
        print(
            f"health-planner: something went wrong ({type(exc).__name__}). Nothing was changed.",
            file=err,
        )
        return 1


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
