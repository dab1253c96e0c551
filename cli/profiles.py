"""Headless profile commands: `profile create|list|delete|passwd|recover` and `demo`.

The profiles' own verbs, apart from what is inside a profile: they work on the registry of the
data folder (planner.vault.Profiles) and ask for passphrases through cli/common.py's `Secrets`.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import IO, Command, Secrets, registry
from planner import demo
from planner.errors import InputError
from planner.vault import KdfParams


def cmd_profile(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    profiles = registry(args, kdf)
    secrets = Secrets(args, io)
    if args.action == "list":
        for name in profiles.names():
            io.say(name)
        return 0
    if args.action == "create":
        vault, code = profiles.create(args.name, secrets.new(first_use=True))
        vault.lock()
        io.say(f"Created the profile '{args.name}'.")
        io.say("Your recovery code (write it down and keep it safe; it is shown only once):")
        io.say(f"  {code.text}")
        return 0
    if args.action == "delete":
        profiles.header(args.name)
        if not args.yes:
            if not io.stdin.isatty():
                raise InputError("Deleting a profile needs --yes when not run at a keyboard.")
            answer = input(f"Delete '{args.name}' and everything in it? Type DELETE: ")
            if answer.strip() != "DELETE":
                io.say("Nothing was deleted.")
                return 0
        profiles.delete(args.name)
        io.say(f"Deleted the profile '{args.name}'.")
        return 0
    if args.action == "passwd":
        profiles.header(args.name)
        old = secrets.current()
        profiles.change_passphrase(args.name, old, secrets.new(first_use=False))
        io.say("Passphrase changed.")
        return 0
    # recover
    profiles.header(args.name)
    typed = args.code or secrets.recovery_code()
    vault, new_code = profiles.recover(args.name, typed, secrets.new(first_use=False))
    vault.lock()
    io.say("Passphrase reset. Your old recovery code no longer works. Your new one is:")
    io.say(f"  {new_code.text}")
    return 0


def cmd_demo(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    profiles = registry(args, kdf)
    if profiles.exists(demo.DEMO_NAME):
        io.say(
            f"The profile '{demo.DEMO_NAME}' already exists (passphrase '{demo.DEMO_PASSPHRASE}')."
        )
        return 0
    from sync.demo import create_demo

    with create_demo(profiles) as vault:
        entries = vault.logs.count()
    io.say(
        f"Created the profile '{demo.DEMO_NAME}' (passphrase '{demo.DEMO_PASSPHRASE}') "
        f"with {entries} log entries."
    )
    return 0


def add_profile_parsers(sub: Any) -> None:
    """Add `profile` and `demo` to `sub` (from add_subparsers); their functions are in
    PROFILE_COMMANDS."""
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


PROFILE_COMMANDS: dict[str, Command] = {
    "profile": cmd_profile,
    "demo": cmd_demo,
}
