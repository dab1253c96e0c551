"""Headless access commands (issue #24): `access grant|list|log|revoke`, run by the person
whose profile it is, with their own passphrase.

They call `planner.vault.access.Access`, the same object the app's screens use, so the rules
(only the person grants or revokes, end dates of at most three years, a revoke re-keys) are
the core's, not this module's.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import IO, Secrets, parse_date, profile_name, registry
from planner.errors import InputError
from planner.vault import KdfParams


def cmd_access(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    from planner.vault.access import Access

    if getattr(args, "carer", None):
        raise InputError("Only the person whose profile it is can change who has access: "
                         "run this without --carer.")
    profiles = registry(args, kdf)
    name = profile_name(args, profiles)
    profiles.header(name)
    access = Access(profiles)
    if args.action == "list":
        grants = access.grants(name)
        if not grants:
            io.say(f"Nobody else has access to {name}'s profile.")
        moment = profiles.clock()
        soon = {g.id for g in access.ending_soon(name, moment)}
        for each in sorted(grants, key=lambda g: g.carer_name.casefold()):
            state = ("ended" if each.ended(moment)
                     else "ends soon" if each.id in soon else "active")
            io.say(f"{each.carer_name}\t{each.level}\tuntil {each.until.isoformat()}\t{state}")
        return 0
    passphrase = Secrets(args, io).current()
    vault = profiles.unlock(name, passphrase)
    try:
        if args.action == "grant":
            until = parse_date(args.until, "--until") if args.until else None
            made = access.grant(vault, args.carer_name, args.level, until)
            verb = "see" if made.level == "view" else "see and change"
            io.say(f"{made.carer_name} can now {verb} {name}'s profile until "
                   f"{made.until.isoformat()}.")
        elif args.action == "log":
            for session in access.access_log(vault):
                counts = ", ".join(f"{n} {kind}" for kind, n in sorted(session.changes.items()))
                io.say(f"{session.started.astimezone():%Y-%m-%d %H:%M}\t{session.carer}\t"
                       f"{session.level}\t{counts or 'no changes'}")
        else:  # revoke
            code = access.revoke(vault, args.carer_name, passphrase,
                                 recovery_code=args.code)
            io.say(f"{args.carer_name} no longer has access; the profile has a new key, so "
                   "a copy of their old key opens nothing.")
            io.say("Backups made before now still open with their own backup passphrase.")
            if code is not None:
                io.say("Your new recovery code (the old one no longer works; write it down):")
                io.say(f"  {code}")
                access.code_shown(vault)
    finally:
        vault.lock()
    return 0


def add_access_parsers(sub: Any) -> None:
    p = sub.add_parser("access", help="who else may see or change this profile (carers)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    g = actions.add_parser("grant", help="let a carer (a profile here) see or manage this one")
    g.add_argument("carer_name", metavar="CARER")
    g.add_argument("--level", choices=("view", "manage"), required=True,
                   help="view: read and export; manage: also log, edit, take doses, sync")
    g.add_argument("--until", metavar="DATE",
                   help="last day of access (default a year from today, at most three)")
    actions.add_parser("list", help="who has access, at which level, until when")
    actions.add_parser("log", help="carers' sessions and how much each changed")
    r = actions.add_parser("revoke", help="take a carer's access back (re-keys the profile)")
    r.add_argument("carer_name", metavar="CARER")
    r.add_argument("--code", metavar="CODE",
                   help="your recovery code, to keep it (otherwise a new one is made)")
