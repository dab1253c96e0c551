"""Headless participation commands: `sync`, `consent` and `feedback`.

Their own module because they are the only commands that reach the network (the sync client);
the GUI's Participation screen calls the same `sync.engine` functions through the task runner.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import IO, open_vault, registry, shown, valid
from planner.errors import InputError
from planner.vault import KdfParams
from sync import consent, engine, feed_list, outbox, state
from sync.access import Here
from sync.client import EndpointClient
from sync.feeds import FeedReport
from sync.tokens import token_store


def add_sync_parsers(sub: Any) -> None:
    sync = sub.add_parser(
        "sync", help="send what you agreed to share and fetch the directory, surveys and results"
    )
    sync.add_argument(
        "--endpoint", metavar="URL", help="the participation server to use (saved for next time)"
    )
    sync.add_argument(
        "--preview", action="store_true", help="show exactly what would be sent, and send nothing"
    )
    agree = sub.add_parser("consent", help="see, give or withdraw consent, purpose by purpose")
    agree.add_argument("action", choices=["list", "show", "give", "withdraw"])
    agree.add_argument("purpose", nargs="?", choices=list(consent.PURPOSES))
    feedback = sub.add_parser(
        "feedback",
        help="rate a service from the directory (the Friends and Family Test), to send at the "
        "next sync",
    )
    feedback.add_argument("service", help="the service's id, or its name, in the directory")
    feedback.add_argument(
        "rating", help="very-good, good, neither, poor, very-poor or dont-know"
    )
    feedback.add_argument("--comment", metavar="TEXT", help="anything you want to add")


def fft_rating(typed: str) -> str:
    """The Friends and Family Test rating for what was typed: its name (very-good or
    very_good) or its words ("Very good", "Don't know"), in any case."""
    from sync.protocol import FFT_RATING_LABELS

    wanted = " ".join(typed.replace("-", " ").replace("_", " ").split()).casefold()
    for rating, label in FFT_RATING_LABELS.items():
        words = label.casefold()
        if wanted in (rating.replace("_", " "), words, words.replace("'", "")):
            return rating
    names = ", ".join(r.replace("_", "-") for r in FFT_RATING_LABELS)
    raise InputError(f"'{shown(typed)}' is not a rating. Choose one of: {names}.")


def cmd_feedback(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    """Queue feedback on one service, as the window's "Give feedback on this service" does:
    only with the `feedback` consent, only for a service in the downloaded directory."""
    from cli.social import directory_service
    from sync.protocol import FFT_QUESTION, FFT_RATING_LABELS

    rating = fft_rating(args.rating)
    with open_vault(args, io, kdf) as vault:
        if not consent.has_consent(vault, "feedback"):
            raise InputError(
                "You have not agreed to give feedback on services, so nothing was queued. Read "
                "'health-planner consent show feedback', then 'consent give feedback'."
            )
        service = directory_service(vault, args.service)
        comment = (args.comment or "").strip() or None
        valid(lambda: outbox.queue_feedback(vault, service.id, rating, comment))
    io.say(f"{FFT_QUESTION} {FFT_RATING_LABELS[rating]}.")
    io.say(f"Your feedback on {service.name} is in the send list. It leaves at the next "
           "'health-planner sync'; 'sync --preview' shows it first.")
    return 0


def cmd_consent(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    if args.action != "list" and not args.purpose:
        raise InputError(f"Name a purpose: {', '.join(consent.PURPOSES)}.")
    if args.action == "show":
        text = consent.TEXTS[args.purpose]
        io.say(f"{text.title} (version {text.version})\n\n{text.body}")
        return 0
    with open_vault(args, io, kdf) as vault:
        if args.action == "list":
            for purpose, record in consent.current(vault).items():
                status = (
                    "not asked yet"
                    if record is None
                    else (f"{record.action} on {record.at:%d %B %Y}")
                )
                if (
                    record is not None
                    and record.action == "given"
                    and not consent.has_consent(vault, purpose)
                ):
                    status += " (the text has changed: please read it again)"
                io.say(f"{purpose}: {status}")
                if purpose == "directory" and feed_list.feeds(vault):
                    io.say("  It covers the participation server and these feeds: "
                           + ", ".join(feed_list.feeds(vault)) + ".")
            return 0
        if args.action == "give":
            consent.record(vault, args.purpose, "given")
            io.say(f"Thank you. You agreed to: {consent.TEXTS[args.purpose].title}.")
            return 0
        profiles = registry(args, kdf)
        url = state.endpoint(vault)
        client = EndpointClient(url) if url else None
        here = Here(vault)
        deleted = engine.withdraw(
            here, args.purpose, client, token_store(here, profiles.keyring())
        )
        io.say("Consent withdrawn. Nothing more will be sent for this.")
        if deleted is None:
            io.say("The server could not be reached. Its copy will be deleted at the next sync.")
        elif deleted:
            io.say(f"The server deleted the {deleted} item(s) you had sent.")
    return 0


def cmd_sync(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        if args.endpoint:
            state.set_endpoint(vault, args.endpoint)
        if args.preview:
            items = outbox.pending(vault)
            io.say(f"{len(items)} item(s) waiting to be sent." if items else "Nothing to send.")
            for item in items:
                io.say(item.json)
            return 0
        url = state.endpoint(vault)
        if not url:
            raise InputError("No participation server is set. Use --endpoint URL.")
        here = Here(vault)
        tokens = token_store(here, registry(args, kdf).keyring())
        client = EndpointClient(url)
        try:
            engine.finish_withdrawals(here, client, tokens)
            if not any(consent.has_consent(vault, p) for p in consent.PURPOSES):
                io.say("You have not agreed to share anything, so nothing was sent.")
                return 0
            report = engine.sync_now(here, client, tokens)
        finally:
            client.close()
    io.say(
        f"Sent {report.sent} item(s)"
        + (f" ({report.duplicates} already there)" if report.duplicates else "")
        + "."
    )
    if report.directory_services is not None:
        io.say(f"Directory updated: {report.directory_services} services.")
    if report.surveys is not None:
        io.say(f"Open surveys: {report.surveys}.")
    for feed in report.feeds:
        io.say(f"Feed {feed.url}: {feed.services:,} services ({feed.changed:,} new or changed)."
               if isinstance(feed, FeedReport) else str(feed))
    return 0
