"""The front door: `health-planner` with no subcommand starts the GUI; with one, it runs headless.

The dispatch is the one thing the two front doors share: the headless commands live in cli/, one
module per verb group, and the GUI in ui/, reached through ui/bridge.py only when it starts.

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
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from planner import __version__

if TYPE_CHECKING:
    from cli.common import Command
    from planner.vault.keys import KdfParams


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
        "--carer",
        metavar="CARER",
        help="open --profile through the access its person gave CARER, with CARER's own "
        "passphrase",
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
            data_dir=None, profile=None, carer=None, passphrase_stdin=False, command=None
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


def _verbs() -> tuple[tuple[Callable[[Any], object], Mapping[str, Command]], ...]:
    """Each verb group's module as what it adds to the parser and to the command table, in the
    order `--help` lists them. The one place they are imported: only when a subcommand or
    `--help` needs them, never on the GUI's way in."""
    from cli import (
        access,
        care,
        checkins,
        directory,
        meds,
        participation,
        profiles,
        screenshots,
        sharing,
        show,
        social,
        trackers,
    )

    return (
        (profiles.add_profile_parsers, profiles.PROFILE_COMMANDS),
        (show.add_show_parsers, show.SHOW_COMMANDS),
        (trackers.add_tracker_parsers, trackers.TRACKER_COMMANDS),
        (checkins.add_checkin_parser, checkins.CHECKIN_COMMANDS),
        (participation.add_sync_parsers, {"sync": participation.cmd_sync,
                                          "consent": participation.cmd_consent,
                                          "feedback": participation.cmd_feedback}),
        (sharing.add_share_parsers, sharing.SHARE_COMMANDS),
        (meds.add_med_parsers, meds.MED_COMMANDS),
        (social.add_social_parsers, social.SOCIAL_COMMANDS),
        (directory.add_directory_parsers, directory.DIRECTORY_COMMANDS),
        (access.add_access_parsers, {"access": access.cmd_access}),
        (care.add_care_parsers, care.CARE_COMMANDS),
        (screenshots.add_screenshot_parser, {"screenshots": screenshots.cmd_screenshots}),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="health-planner",
        description="Plan and track your own health and care. Run without a command to open "
        "the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add_parsers, _ in _verbs():
        add_parsers(sub)
    return parser


def table() -> dict[str, Command]:
    """Every headless command by name; each verb group's module adds its own."""
    return {name: command for _, commands in _verbs() for name, command in commands.items()}


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
        from ui import bridge

        return bridge.run_gui(args, kdf=kdf)
    return _run_command(args, kdf=kdf, stdin=stdin, stdout=out, stderr=err)


def _run_command(
    args: argparse.Namespace,
    *,
    kdf: KdfParams | None,
    stdin: TextIO | None,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    from cli.common import IO
    from planner.errors import InputError, PlannerError

    out, err = stdout, stderr
    io = IO(stdin=stdin or sys.stdin, stdout=out, stderr=err)
    try:
        return table()[args.command](args, io, kdf)
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
