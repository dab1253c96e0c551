"""`directory`: the Open Referral UK feeds a person reads beside the endpoint, and the search.

`add` checks the feed there and then (under the `directory` consent) and keeps it only if it
answers as ORUK 3.0, so a wrong address is named at once rather than at some later sync;
`refresh` downloads every feed again (only what changed); `find` searches the merged offline
copy the same way the window does.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import IO, open_vault
from planner.errors import InputError
from planner.vault import KdfParams
from planner.vault.vault import Vault
from sync import consent, directory, feed_list
from sync.access import Here

DAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def add_directory_parsers(sub: Any) -> None:
    parser = sub.add_parser(
        "directory", help="the Open Referral UK feeds you read, and searching the directory")
    verbs = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="add a borough's Open Referral UK 3.0 feed and download it")
    add.add_argument("url", help="the feed's address, e.g. https://services.example.gov.uk/oruk")
    verbs.add_parser("list", help="the feeds you added, with how many services each holds")
    remove = verbs.add_parser("remove", help="remove a feed and its offline copy")
    remove.add_argument("url")
    verbs.add_parser("refresh", help="download every feed again (only what changed)")
    find = verbs.add_parser("find", help="search the offline directory")
    find.add_argument("words", nargs="*", help="words to look for")
    find.add_argument("--day", choices=list(DAYS), help="runs on this day of the week")
    find.add_argument("--borough", help="in this London borough")


def _need_consent(vault: Vault) -> None:
    if not consent.has_consent(vault, "directory"):
        raise InputError(
            "Reading a directory feed needs your agreement to "
            f"'{consent.TEXTS['directory'].title}': run 'health-planner consent give directory'.")


def _progress(io: IO) -> Any:
    shown = {"at": -1}

    def tick(done: int, total: int) -> None:
        step = 0 if total <= 0 else done * 10 // total
        if step != shown["at"]:
            shown["at"] = step
            io.say(f"  {done:,} of {total:,} services")

    return tick


def _report_line(report: Any) -> str:
    skipped = f", {report.skipped} broken service(s) skipped" if report.skipped else ""
    return (f"{report.url}: {report.services:,} services ({report.changed:,} new or changed"
            f"{skipped}).")


def cmd_directory(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        if args.action == "list":
            copies = feed_list.copies(vault)
            if not copies:
                io.say("No feeds added. 'directory add URL' adds a borough's ORUK 3.0 feed.")
            for url, services, when in copies:
                io.say(f"{url}: {len(services):,} services"
                       + (f", refreshed {when}" if when else ", not downloaded yet"))
            return 0
        if args.action == "remove":
            feed_list.remove_feed(vault, args.url)
            io.say("Feed removed, with its offline copy.")
            return 0
        if args.action == "find":
            return _find(args, vault, io)
        _need_consent(vault)
        from sync import feeds  # the HTTP client: only for the verbs that use the network

        here = Here(vault)
        if args.action == "add":
            url = feed_list.add_feed(vault, args.url)
            try:
                report = feeds.pull_feed(here, url, progress=_progress(io))
            except Exception:
                feed_list.remove_feed(vault, url)  # not a feed we can read: keep nothing
                raise
            io.say(_report_line(report))
            io.say(f"The '{consent.TEXTS['directory'].title}' agreement now covers this feed.")
            return 0
        failed = 0
        for result in feeds.refresh_all(here, progress=_progress(io)):
            if isinstance(result, feeds.FeedReport):
                io.say(_report_line(result))
            else:
                failed += 1
                print(f"health-planner: {result}", file=io.stderr)
        return 1 if failed else 0


def _find(args: argparse.Namespace, vault: Vault, io: IO) -> int:
    services = directory.services(vault)
    if not services:
        raise InputError("The directory is empty: add a feed or sync with the endpoint first.")
    found = directory.search(services, " ".join(args.words), args.borough or None,
                             weekday=DAYS[args.day] if args.day else None)
    for service in found:
        where = f" ({service.borough})" if service.borough else ""
        sources = ", ".join(s for s in service.sources if s)
        io.say(f"{service.name}{where}  [id {service.id}]"
               + (f"  from {sources}" if sources else ""))
    io.say(f"{len(found)} service(s) found.")
    return 0


DIRECTORY_COMMANDS = {"directory": cmd_directory}
