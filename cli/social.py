"""Headless commands for social prescribing (issue #14).

    health-planner social refer --by gp|link-worker|self|other --on DATE --reason TEXT
                                [--referrer NAME] [--link-worker NAME --phone PHONE --email E]
                                [--what-matters TEXT]
    health-planner social list
    health-planner social add SERVICE_ID [--goal GOAL] [--on DATE]
    health-planner social went SERVICE_ID|NAME [--on DATE]
    health-planner social missed SERVICE_ID|NAME --reason cost|transport|unwell|not-for-me|other
                                 [--on DATE]
    health-planner social outcomes

Same style and contract as the other verb groups (cli/common.py): each command opens the profile,
does one thing and prints plain text; wrong input raises an `InputError` (exit code 2, one line on
stderr). `add` looks the service up in the directory this profile downloaded (`sync.directory`), so
it works offline once the directory is cached; `planner` gets it as plain values (`ServiceInfo`).

Wiring: cli/main.py calls `add_social_parsers(sub)`, and its `table()` adds
`**social.SOCIAL_COMMANDS`.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from cli.common import IO, Command, open_vault, parse_date, shown, valid
from planner.domain.plan import Supporter
from planner.domain.social import MissedReason, ReferredBy, SocialReferral
from planner.errors import InputError
from planner.services import social
from planner.vault import KdfParams, Vault

if TYPE_CHECKING:
    from sync.protocol import Service

REASON_WORDS = {
    MissedReason.COST: "cost",
    MissedReason.TRANSPORT: "transport",
    MissedReason.UNWELL: "felt unwell",
    MissedReason.NOT_FOR_ME: "not for me",
    MissedReason.OTHER: "other",
}


def _on(args: argparse.Namespace, what: str = "on") -> date:
    return parse_date(args.on, what) if args.on else date.today()


def _open_referral(vault: Vault) -> SocialReferral | None:
    return next((r for r in vault.referrals.all() if r.closed_on is None), None)


# -- refer / list ------------------------------------------------------------------------------


def _refer(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    worker = None
    if args.link_worker:
        worker = valid(lambda: Supporter(name=args.link_worker, phone=args.phone or "",
                                          email=args.email or ""))
    elif args.phone or args.email:
        raise InputError("--phone and --email are the link worker's: give --link-worker NAME.")
    referral = valid(lambda: SocialReferral(
        referred_by=ReferredBy(args.by),
        referrer_name=args.referrer or "",
        referred_on=_on(args),
        reason=args.reason,
        what_matters=(args.what_matters or "").replace("\\n", "\n"),
    ))
    saved = social.start_referral(vault, referral, link_worker=worker)
    io.say(f"Saved the referral of {saved.referred_on:%d %B %Y}.")
    if worker is not None:
        io.say(f"{worker.name} is in your plan's supporters.")
    due = [c for c in social.checkins(vault, saved) if c.state is social.CheckInState.DUE]
    if due:
        io.say("An ONS4 check-in is due now: health-planner checkin ons4")


def _list(vault: Vault, io: IO) -> None:
    referrals = vault.referrals.all()
    chosen = vault.chosen_services.all()
    if not referrals and not chosen:
        io.say("No social prescribing referral yet. Record one with 'health-planner social "
               "refer --by gp --reason TEXT'.")
        return
    current = vault.plans.current()
    supporters = {s.id: s for s in current.plan.supporters} if current else {}
    for r in referrals:
        who = {"gp": "your GP", "link-worker": "a link worker", "self": "yourself",
               "other": "someone else"}[r.referred_by.value]
        by = f"{who} ({r.referrer_name})" if r.referrer_name else who
        ended = f", ended {r.closed_on:%d %B %Y}" if r.closed_on else ""
        io.say(f"Referral of {r.referred_on:%d %B %Y} by {by}{ended}")
        if r.reason:
            io.say(f"  Why: {r.reason}")
        worker = supporters.get(r.link_worker_id) if r.link_worker_id else None
        if worker is not None:
            contact = ", ".join(x for x in (worker.phone, worker.email) if x)
            io.say(f"  Link worker: {worker.name}" + (f" ({contact})" if contact else ""))
        states = "; ".join(f"week {c.week} {c.state.value}" for c in social.checkins(vault, r))
        io.say(f"  ONS4 check-ins: {states}")
    summaries = social.attendance_summary(vault)
    if summaries:
        io.say("Services I chose:")
    for s in summaries:
        where = ", ".join(x for x in (s.chosen.category, s.chosen.borough) if x)
        io.say(f"  {s.chosen.name}" + (f" ({where})" if where else "")
               + f"  [id {s.chosen.service_id}]")
        last = f", last {s.last.on:%d %B %Y}" if s.last is not None else ""
        io.say(f"    Went {s.went}, not this time {s.missed}{last}")
        if s.reasons:
            io.say("    Why not: " + ", ".join(
                f"{REASON_WORDS[k]} {n}" for k, n in sorted(s.reasons.items(),
                                                              key=lambda x: -x[1])))
        for m in s.months[-6:]:
            io.say(f"    {m.month:%B %Y}: went {m.went}, not this time {m.missed}")


# -- add -----------------------------------------------------------------------------------------


def directory_service(vault: Vault, typed: str) -> Service:
    """The service in the downloaded directory with this id, else with exactly this name (in
    any case); `social add` and `feedback` name a service the same way."""
    from sync import directory

    services = directory.services(vault)
    if not services:
        raise InputError("The community directory has not been downloaded yet. Run "
                         "'health-planner sync' with the directory switched on first.")
    key = typed.strip()
    found = [s for s in services if s.id == key]
    if not found:
        found = [s for s in services if s.name.casefold() == key.casefold()]
    if len(found) != 1:
        raise InputError(f"No service in the directory has the id '{shown(key)}'.")
    return found[0]


def _add(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    found = directory_service(vault, args.service)
    info = social.ServiceInfo.from_directory(found.model_dump(mode="json"))
    goal_id = None
    if args.goal:
        wanted = args.goal.strip().casefold()
        goals = [g for g in vault.goals.all() if g.title.casefold() == wanted
                 or str(g.id) == args.goal.strip()]
        if not goals:
            raise InputError(f"There is no goal called '{shown(args.goal)}'. "
                             "'show goals' lists them.")
        goal_id = goals[0].id
    referral = _open_referral(vault)
    chosen = social.add_service(vault, info, referral_id=referral.id if referral else None,
                                goal_id=goal_id, start=_on(args))
    action = next((a for a in vault.plans.current().plan.actions  # type: ignore[union-attr]
                   if a.id == chosen.action_id), None)
    when = f", {action.recurrence.describe()}" if action and action.recurrence else ""
    io.say(f"Added {chosen.name} to your plan{when}.")


# -- went / missed -------------------------------------------------------------------------------


def _went(args: argparse.Namespace, vault: Vault, io: IO, attended: bool) -> None:
    chosen = social.find_chosen(vault, args.service)
    on = _on(args)
    if on > date.today():
        raise InputError("on: that day has not come yet.")
    reason = MissedReason(args.reason) if not attended and args.reason else None
    social.record_attendance(vault, chosen, on, attended=attended, reason=reason,
                             note=args.note or "")
    if attended:
        io.say(f"Went to {chosen.name} on {on:%d %B %Y}. Well done.")
    else:
        io.say(f"Not this time: {chosen.name} on {on:%d %B %Y}.")


def _outcomes(vault: Vault, io: IO) -> None:
    referrals = vault.referrals.all()
    if not referrals:
        raise InputError("There is no social prescribing referral yet ('social refer').")
    referral = referrals[0]
    io.say(f"ONS4 check-ins since the referral of {referral.referred_on:%d %B %Y}:")
    for c in social.checkins(vault, referral):
        done = (f"done {c.response.completed_at.astimezone():%d %B %Y}"
                if c.response is not None else c.state.value)
        io.say(f"  Week {c.week} (due {c.due:%d %B %Y}): {done}")
    result = social.outcome(vault, referral)
    if result is None:
        io.say("Fewer than two check-ins so far, so there is no change to show yet.")
        return
    io.say(f"Change from week {result.before.week} to week {result.after.week} (0 to 10):")
    for item in result.items:
        if item.change is None:
            io.say(f"  {item.item.replace('_', ' ').capitalize()}: not answered both times")
            continue
        word = "better" if item.better else ("no change" if not item.change else "worse")
        io.say(f"  {item.item.replace('_', ' ').capitalize()}: {item.before} -> {item.after} "
               f"({item.change:+d}, {word})")
    io.say("For anxiety a lower score is better.")


def cmd_social(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        if args.action == "refer":
            _refer(args, vault, io)
        elif args.action == "list":
            _list(vault, io)
        elif args.action == "add":
            _add(args, vault, io)
        elif args.action in ("went", "missed"):
            _went(args, vault, io, attended=args.action == "went")
        else:
            _outcomes(vault, io)
    return 0


# -- parsers -------------------------------------------------------------------------------------


def add_social_parsers(subparsers: Any) -> None:
    """Add `social` to `subparsers`; its function is in SOCIAL_COMMANDS."""
    parser = subparsers.add_parser(
        "social", help="social prescribing: a referral, services you chose, going, ONS4 change")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    refer = sub.add_parser("refer", help="record a social prescribing referral")
    refer.add_argument("--by", required=True, choices=[r.value for r in ReferredBy],
                       help="who referred you")
    refer.add_argument("--on", metavar="DATE", help="the day of the referral (default today)")
    refer.add_argument("--reason", required=True, metavar="TEXT", help="why, in your words")
    refer.add_argument("--referrer", metavar="NAME", help='who, e.g. "Dr Okafor"')
    refer.add_argument("--link-worker", metavar="NAME",
                       help="your link worker (added to your plan's supporters)")
    refer.add_argument("--phone", metavar="PHONE", help="the link worker's phone")
    refer.add_argument("--email", metavar="EMAIL", help="the link worker's email")
    refer.add_argument("--what-matters", metavar="TEXT",
                       help="what matters to you (one thing per line, or separated by \\n); "
                       "added to your plan's What matters")

    sub.add_parser("list", help="your referrals, the services you chose and how often you went")

    add = sub.add_parser("add", help="add a service from the downloaded directory to your plan")
    add.add_argument("service", metavar="SERVICE_ID", help="the service's id in the directory")
    add.add_argument("--goal", metavar="GOAL", help="a goal it helps with (its title)")
    add.add_argument("--on", metavar="DATE", help="the first day (default today)")

    went = sub.add_parser("went", help="record that you went to a service")
    went.add_argument("service", metavar="SERVICE_ID|NAME")
    went.add_argument("--on", metavar="DATE", help="the day (default today)")
    went.add_argument("--note", metavar="TEXT")

    missed = sub.add_parser("missed", help="record that you did not go this time")
    missed.add_argument("service", metavar="SERVICE_ID|NAME")
    missed.add_argument("--reason", choices=[r.value for r in MissedReason],
                        help="why not, if you want to say")
    missed.add_argument("--on", metavar="DATE", help="the day (default today)")
    missed.add_argument("--note", metavar="TEXT")

    sub.add_parser("outcomes", help="your ONS4 check-ins and the change since the first")


SOCIAL_COMMANDS: dict[str, Command] = {
    "social": cmd_social,
}
