"""Headless commands for personalised care (issue #25): decisions, treatment referrals and the
personal health budget.

    health-planner decision add QUESTION [--option TITLE ...] [--matters ITEM ...] [--aid WORDS]
    health-planner decision list
    health-planner decision show DECISION
    health-planner decision option DECISION TITLE [--benefits TEXT] [--risks TEXT]
                                   [--effect ITEM=TEXT ...]
    health-planner decision lean DECISION --option TITLE [--certainty unsure|fairly-sure|sure]
    health-planner decision note DECISION TEXT [--with WHO] [--on DATE]
    health-planner decision prepare DECISION --appointment WHEN|WHAT
    health-planner decision decide DECISION --option TITLE [--with WHO] [--on DATE]
                                   [--collaborate N N N]
    health-planner referral add --for TEXT [--on DATE] [--by NAME] [--offered PROVIDER ...]
                                [--provider NAME] [--why TEXT] [--ubrn REF] [--clock-start DATE]
    health-planner referral list
    health-planner referral date REFERRAL DATE
    health-planner budget set --amount POUNDS --from DATE --to DATE --held HOW [--plan CAT=POUNDS]
                              [--goal TITLE ...]
    health-planner budget show
    health-planner budget spend AMOUNT --payee NAME --category CAT [--on DATE] [--receipt FILE]
    health-planner budget statement --months 3|6|12 --out FILE (.pdf or .csv)

Same contract as every verb group (cli/common.py). DECISION is its number in `decision list`
or its question; REFERRAL is its number in `referral list`, what it is for, or its booking
reference. Treatment referrals are not social-prescribing referrals (`social refer`).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cli.common import IO, Command, open_vault, parse_date, shown, valid
from planner.domain.budget import (
    MAX_RECEIPT_BYTES,
    Budget,
    BudgetOutcome,
    HeldAs,
    PlannedSpend,
    Spend,
    describe_mb,
    format_pence,
    parse_pence,
)
from planner.domain.decision import (
    Certainty,
    Collaborate,
    ConversationNote,
    Decision,
    DecisionOption,
)
from planner.domain.goal import Goal
from planner.domain.treatment import RIGHTS_NOTE, RIGHTS_URL, TreatmentReferral
from planner.errors import InputError
from planner.vault import KdfParams, Vault

PACE_WORDS = {
    "on-track": "Spending is on track.",
    "underspending": "Warning: spending is below plan for this point (underspend).",
    "overspending": "Warning: spending is above plan for this point (overspend).",
    "overspent": "Warning: more has been spent than the whole budget.",
}


def _day(text: str | None, what: str) -> date:
    return parse_date(text, what) if text else date.today()


def _money(text: str, what: str) -> int:
    try:
        return parse_pence(text)
    except ValueError as exc:
        raise InputError(f"{what}: {exc}") from None


# -- decisions ------------------------------------------------------------------------------


def find_decision(vault: Vault, key: str) -> Decision:
    decisions = vault.decisions.all()
    if key.strip().isdigit() and 1 <= int(key) <= len(decisions):
        return decisions[int(key) - 1]
    wanted = key.strip().casefold()
    found = [d for d in decisions if d.question.casefold() == wanted]
    if not found:
        raise InputError(f"There is no decision '{shown(key)}'. 'decision list' shows them.")
    return found[0]


def _decision_add(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    from planner.services.decision_aids import find_aid

    aid = None
    if args.aid:
        aid = find_aid(args.aid)
        if aid is None:
            raise InputError(f"No one NICE decision aid matches '{shown(args.aid)}'.")
    options = tuple(DecisionOption(title=t) for t in args.option or ())
    decision = valid(lambda: Decision(
        question=args.question, created_on=date.today(), options=options,
        what_matters=tuple(args.matters or ()),
        aid_title=aid.title if aid else "", aid_url=aid.url if aid else ""))
    vault.decisions.save(decision)
    io.say(f"Saved the decision with {len(decision.options)} options "
           f"(including \"{decision.nothing.title}\").")


def _decision_list(vault: Vault, io: IO) -> None:
    decisions = vault.decisions.all()
    if not decisions:
        io.say("No decisions yet. Add one with 'health-planner decision add QUESTION'.")
        return
    for n, d in enumerate(decisions, start=1):
        state = "open" if d.is_open else f"decided {d.outcome.decided_on:%d %B %Y}"  # type: ignore[union-attr]
        io.say(f"{n}. {d.question} ({len(d.options)} options, {state})")


def _decision_show(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    from planner.services.decisions import collaborate_summary, collaborate_trend

    d = find_decision(vault, args.decision)
    io.say(d.question)
    if d.what_matters:
        io.say("What matters to me: " + "; ".join(d.what_matters))
    for option in d.options:
        lean = "  <- leaning towards this" if option.id == d.leaning_id else ""
        io.say(f"  - {option.title}{lean}")
        if option.benefits:
            io.say(f"      Benefits: {option.benefits}")
        if option.risks:
            io.say(f"      Risks: {option.risks}")
        for effect in option.effects:
            io.say(f"      For \"{effect.what_matters}\": {effect.meaning}")
    if d.certainty is not None:
        io.say(f"How sure I feel: {d.certainty.value.replace('-', ' ')}")
    if d.aid_title:
        io.say(f"Decision aid: {d.aid_title} ({d.aid_url})")
    for note in d.notes:
        who = f" with {note.with_whom}" if note.with_whom else ""
        io.say(f"Note {note.on:%d %B %Y}{who}: {note.text}")
    if d.outcome is not None:
        who = f" with {d.outcome.with_whom}" if d.outcome.with_whom else ""
        io.say(f"Decided: {d.option(d.outcome.option_id).title}, "
               f"{d.outcome.decided_on:%d %B %Y}{who}")
    if d.collaborate:
        io.say(collaborate_summary(d.collaborate).describe())
    trend = collaborate_trend(vault.decisions.all())
    if trend:
        io.say("How involved I felt across my appointments (collaboRATE, the mean of the "
               "three answers, 0 to 9):")
        for answers in trend:
            io.say(f"  {answers.on:%d %B %Y}: {answers.total / 3:.1f} "
                   f"({', '.join(str(a) for a in answers.answers)})")
        io.say("  " + collaborate_summary(trend).describe())


def _option_of(d: Decision, title: str) -> DecisionOption:
    try:
        return d.option_named(title)
    except KeyError:
        raise InputError(f"'{shown(title)}' is not one of this decision's options.") from None


def _decision_option(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    """Add an option, or fill in one that is there: benefits, risks, and what it would mean
    for the 'what matters to me' items the decision is linked to."""
    d = find_decision(vault, args.decision)
    effects = []
    for item in args.effect or ():
        matters, sep, meaning = item.partition("=")
        if not sep or not matters.strip():
            raise InputError(f"effect: '{shown(item)}' should be ITEM=TEXT.")
        effects.append({"what_matters": matters.strip(), "meaning": meaning.strip()})
    try:
        option = d.option_named(args.title)
    except KeyError:
        option = DecisionOption(title=args.title)
    changed = option.model_dump()
    if args.benefits is not None:
        changed["benefits"] = args.benefits
    if args.risks is not None:
        changed["risks"] = args.risks
    if effects:
        kept = [e for e in changed["effects"]
                if e["what_matters"] not in {x["what_matters"] for x in effects}]
        changed["effects"] = (*kept, *effects)
    options = [changed if o.id == option.id else o.model_dump() for o in d.options]
    if option.id not in {o.id for o in d.options}:
        options.insert(len(options) - 1, changed)  # before "not doing anything for now"
    vault.decisions.save(valid(lambda: d.edit(options=tuple(options))))
    io.say(f"Saved the option '{option.title}'.")


def _decision_lean(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    d = find_decision(vault, args.decision)
    option = _option_of(d, args.option)
    certainty = Certainty(args.certainty) if args.certainty else d.certainty
    vault.decisions.save(valid(lambda: d.edit(leaning_id=option.id, certainty=certainty)))
    io.say(f"Leaning towards: {option.title}.")


def _decision_note(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    d = find_decision(vault, args.decision)
    note = valid(lambda: ConversationNote(on=_day(args.on, "on"), with_whom=args.with_ or "",
                                          text=args.text))
    vault.decisions.save(valid(lambda: d.edit(notes=(*(n.model_dump() for n in d.notes),
                                                     note.model_dump()))))
    io.say("Saved the note.")


def _decision_prepare(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    d = find_decision(vault, args.decision)
    wanted = args.appointment.strip().casefold()
    found = [a for a in vault.appointments.all()
             if not a.cancelled and (a.what_for.casefold() == wanted
                                     or a.at.astimezone().date().isoformat() == wanted)]
    if len(found) != 1:
        raise InputError(f"No one appointment matches '{shown(args.appointment)}'. "
                         "'appointments list' shows them.")
    _, appointment = vault.decisions.prepare(d.id, found[0].id)
    io.say(f"Added the Ask 3 Questions and BRAN questions to '{appointment.what_for}' "
           f"({len(appointment.questions)} questions to ask).")


def _decision_decide(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    d = find_decision(vault, args.decision)
    option = _option_of(d, args.option)
    on = _day(args.on, "on")
    changes: dict[str, Any] = {
        "outcome": {"option_id": option.id, "decided_on": on, "with_whom": args.with_ or ""},
        "leaning_id": option.id, "certainty": Certainty.SURE}
    if args.collaborate:
        scores = args.collaborate
        answers = valid(lambda: Collaborate(on=on, understand=scores[0], listen=scores[1],
                                            include=scores[2]))
        changes["collaborate"] = (*(c.model_dump() for c in d.collaborate),
                                  answers.model_dump())
    decided = valid(lambda: d.edit(**changes))
    vault.decisions.save(decided)
    io.say(f"Decided: {option.title}.")


def cmd_decision(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        {"add": lambda: _decision_add(args, vault, io),
         "list": lambda: _decision_list(vault, io),
         "show": lambda: _decision_show(args, vault, io),
         "option": lambda: _decision_option(args, vault, io),
         "lean": lambda: _decision_lean(args, vault, io),
         "note": lambda: _decision_note(args, vault, io),
         "prepare": lambda: _decision_prepare(args, vault, io),
         "decide": lambda: _decision_decide(args, vault, io)}[args.action]()
    return 0


# -- treatment referrals ----------------------------------------------------------------------


def _referral_add(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    referral = valid(lambda: TreatmentReferral(
        what_for=args.what_for, referred_on=_day(args.on, "on"), referred_by=args.by or "",
        clock_start=parse_date(args.clock_start, "clock-start") if args.clock_start else None,
        choices_offered=tuple(args.offered or ()), provider=args.provider or "",
        why_chosen=args.why or "", booking_ref=args.ubrn))
    vault.treatment_referrals.save(referral)
    io.say(f"Saved the referral for {referral.what_for}. Reminders are set for 12 and 18 "
           "weeks of waiting.")


def _referral_list(vault: Vault, io: IO) -> None:
    from planner.services.waits import wait_for

    referrals = vault.treatment_referrals.all()
    if not referrals:
        io.say("No treatment referrals yet. Add one with 'health-planner referral add --for "
               "TEXT'.")
        return
    for n, r in enumerate(referrals, start=1):
        wait = wait_for(r, date.today())
        io.say(f"{n}. {r.what_for} (referred {r.referred_on:%d %B %Y}"
               + (f" by {r.referred_by}" if r.referred_by else "") + ")")
        if r.provider:
            io.say(f"  Provider: {r.provider}" + (f" - {r.why_chosen}" if r.why_chosen else ""))
        if r.booking_ref:
            ref = r.booking_ref
            io.say(f"  Booking reference: {ref[:4]} {ref[4:8]} {ref[8:]}")
        for day in r.appointment_dates:
            io.say(f"  Appointment: {day:%d %B %Y}")
        if wait.stopped:
            io.say(f"  Treatment started after {wait.weeks} weeks.")
        else:
            io.say(f"  Waiting {wait.weeks} weeks of 18 (18 weeks on {wait.breach_on:%d %B %Y})")
    io.say("")
    io.say(RIGHTS_NOTE)
    io.say(f"More: {RIGHTS_URL}")


def find_referral(vault: Vault, key: str) -> TreatmentReferral:
    referrals = vault.treatment_referrals.all()
    if key.strip().isdigit() and 1 <= int(key) <= len(referrals):
        return referrals[int(key) - 1]
    wanted = key.strip().casefold()
    digits = "".join(c for c in key if c.isdigit())
    found = [r for r in referrals if r.what_for.casefold() == wanted
             or (len(digits) == 12 and r.booking_ref == digits)]
    if not found:
        raise InputError(f"There is no treatment referral '{shown(key)}'. 'referral list' "
                         "shows them.")
    return found[0]


def _referral_date(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    """An appointment date from a letter that came after the referral was written down."""
    referral = find_referral(vault, args.referral)
    day = parse_date(args.date, "date")
    try:
        changed = valid(lambda: referral.with_appointment(day))
    except ValueError as exc:
        raise InputError(f"date: {exc}.") from None
    vault.treatment_referrals.save(changed)
    io.say(f"Added an appointment on {day:%d %B %Y} to the referral for {referral.what_for} "
           f"({len(changed.appointment_dates)} appointment dates).")


def cmd_referral(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        {"add": lambda: _referral_add(args, vault, io),
         "list": lambda: _referral_list(vault, io),
         "date": lambda: _referral_date(args, vault, io)}[args.action]()
    return 0


# -- the budget ---------------------------------------------------------------------------------


def _current_budget(vault: Vault) -> Budget:
    budget = vault.budgets.current()
    if budget is None:
        raise InputError("There is no personal health budget yet. Add one with "
                         "'health-planner budget set'.")
    return budget


def _budget_set(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    planned = []
    for item in args.plan or ():
        category, sep, amount = item.rpartition("=")
        if not sep or not category.strip():
            raise InputError(f"plan: '{shown(item)}' should be CATEGORY=POUNDS.")
        planned.append(PlannedSpend(category=category, amount=_money(amount, "plan")))
    outcomes = [BudgetOutcome(text=g.title, goal_id=g.id) for g in _goals(vault, args.goal)]
    budget = valid(lambda: Budget(
        amount=_money(args.amount, "amount"), starts=parse_date(args.from_, "from"),
        ends=parse_date(args.to, "to"), held_as=HeldAs(args.held), planned=tuple(planned),
        outcomes=tuple(outcomes)))
    vault.budgets.save(budget)
    io.say(f"Saved a budget of {format_pence(budget.amount)}"
           + (f", for {len(outcomes)} of my goals." if outcomes else "."))


def _goals(vault: Vault, titles: list[str] | None) -> list[Goal]:
    """The goals a budget is for, by title (case ignored), each once, in the order given."""
    goals = vault.goals.all()
    chosen: list[Goal] = []
    for title in titles or ():
        wanted = title.strip().casefold()
        goal = next((g for g in goals if g.title.casefold() == wanted), None)
        if goal is None:
            raise InputError(f"goal: there is no goal called '{shown(title)}'. 'show goals' "
                             "lists them.")
        if goal not in chosen:
            chosen.append(goal)
    return chosen


def _budget_show(vault: Vault, io: IO) -> None:
    from planner.services.budget import budget_state

    budget = _current_budget(vault)
    state = budget_state(budget, vault.spends.all(budget.id), date.today())
    io.say(f"Personal health budget: {format_pence(budget.amount)}, "
           f"{budget.starts:%d %B %Y} to {budget.ends:%d %B %Y} "
           f"({budget.held_as.value.replace('-', ' ')})")
    io.say(f"Spent {format_pence(state.spent)}, balance {format_pence(state.balance)}")
    io.say(PACE_WORDS[state.pace.value])
    for outcome in budget.outcomes:
        io.say(f"For: {outcome.text}" + (" (a goal in my plan)" if outcome.goal_id else ""))
    for line in state.lines:
        plan = format_pence(line.planned) if line.planned_for else "not planned"
        io.say(f"  {line.category}: planned {plan}, spent {format_pence(line.spent)}")


def _budget_spend(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    budget = _current_budget(vault)
    receipt = None
    if args.receipt:
        path = Path(args.receipt)
        try:
            size = path.stat().st_size
            if size > MAX_RECEIPT_BYTES:
                raise InputError(f"The receipt is {describe_mb(size)}; a receipt can be at most "
                                 f"{describe_mb(MAX_RECEIPT_BYTES)}.")
            receipt = path.read_bytes()
        except OSError:
            raise InputError(f"'{shown(args.receipt)}' cannot be read.") from None
    spend = valid(lambda: Spend(
        budget_id=budget.id, on=_day(args.on, "on"), payee=args.payee,
        category=budget.category_named(args.category) or args.category,
        amount=_money(args.amount, "amount"), note=args.note or ""))
    vault.spends.add(spend, receipt, Path(args.receipt).name if args.receipt else "")
    io.say(f"Logged {format_pence(spend.amount)} to {spend.payee}"
           + (" with its receipt." if receipt else "."))


def _budget_statement(args: argparse.Namespace, vault: Vault, io: IO) -> None:
    from planner.share.statement import statement_for, write_statement_csv

    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".csv"):
        raise InputError("--out: give a file ending in .pdf or .csv.")
    statement = statement_for(vault, _current_budget(vault), args.months)
    if kind == ".csv":
        write_statement_csv(statement, out)
    else:
        from ui import bridge

        bridge.budget_statement_pdf(statement, out)
    io.say(f"Saved the {args.months}-month statement to {out}.")


def cmd_budget(args: argparse.Namespace, io: IO, kdf: KdfParams | None) -> int:
    with open_vault(args, io, kdf) as vault:
        {"set": lambda: _budget_set(args, vault, io),
         "show": lambda: _budget_show(vault, io),
         "spend": lambda: _budget_spend(args, vault, io),
         "statement": lambda: _budget_statement(args, vault, io)}[args.action]()
    return 0


# -- parsers ---------------------------------------------------------------------------------


def add_care_parsers(subparsers: Any) -> None:
    """Add `decision`, `referral` and `budget`; their functions are in CARE_COMMANDS."""
    decision = subparsers.add_parser("decision", help="decisions you are making (NICE NG197)")
    sub = decision.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help='a decision; "not doing anything for now" is always added')
    add.add_argument("question", help='e.g. "Should I have a knee replacement?"')
    add.add_argument("--option", action="append", metavar="TITLE", help="an option (repeat)")
    add.add_argument("--matters", action="append", metavar="ITEM",
                     help="a 'what matters to me' item it touches (repeat)")
    add.add_argument("--aid", metavar="WORDS", help="a NICE decision aid by title words")
    sub.add_parser("list", help="your decisions, open ones first")
    show = sub.add_parser("show", help="one decision: options, leaning, outcome")
    show.add_argument("decision", metavar="DECISION", help="its number in the list, or question")
    opt = sub.add_parser("option", help="add an option, or its benefits, risks and effects")
    opt.add_argument("decision", metavar="DECISION")
    opt.add_argument("title", metavar="TITLE")
    opt.add_argument("--benefits", metavar="TEXT")
    opt.add_argument("--risks", metavar="TEXT")
    opt.add_argument("--effect", action="append", metavar="ITEM=TEXT",
                     help="what it would mean for a linked 'what matters to me' item (repeat)")
    lean = sub.add_parser("lean", help="the option you are leaning towards, and how sure")
    lean.add_argument("decision", metavar="DECISION")
    lean.add_argument("--option", required=True, metavar="TITLE")
    lean.add_argument("--certainty", choices=[c.value for c in Certainty])
    note = sub.add_parser("note", help="a note from a conversation about the decision")
    note.add_argument("decision", metavar="DECISION")
    note.add_argument("text", metavar="TEXT")
    note.add_argument("--with", dest="with_", metavar="WHO")
    note.add_argument("--on", metavar="DATE")
    prep = sub.add_parser("prepare", help="add Ask 3 Questions and BRAN to an appointment")
    prep.add_argument("decision", metavar="DECISION")
    prep.add_argument("--appointment", required=True, metavar="DATE|WHAT",
                      help="the appointment's day (2026-03-01) or what it is for")
    decide = sub.add_parser("decide", help="record the decision made")
    decide.add_argument("decision", metavar="DECISION")
    decide.add_argument("--option", required=True, metavar="TITLE")
    decide.add_argument("--with", dest="with_", metavar="WHO")
    decide.add_argument("--on", metavar="DATE")
    decide.add_argument("--collaborate", nargs=3, type=int, metavar="N",
                        help="your three collaboRATE answers, 0 to 9 each")

    referral = subparsers.add_parser(
        "referral", help="treatment referrals: your choice of provider and the 18-week wait")
    sub = referral.add_subparsers(dest="action", metavar="ACTION", required=True)
    radd = sub.add_parser("add", help="record a referral for treatment")
    radd.add_argument("--for", dest="what_for", required=True, metavar="TEXT")
    radd.add_argument("--on", metavar="DATE", help="the day of the referral (default today)")
    radd.add_argument("--by", metavar="NAME", help="who referred you")
    radd.add_argument("--offered", action="append", metavar="PROVIDER",
                      help="a provider you were offered (repeat)")
    radd.add_argument("--provider", metavar="NAME", help="the provider you chose")
    radd.add_argument("--why", metavar="TEXT", help="why you chose it")
    radd.add_argument("--ubrn", metavar="REF", help="the e-Referral booking reference (12 digits)")
    radd.add_argument("--clock-start", metavar="DATE",
                      help="the day the wait started, if not the referral day")
    sub.add_parser("list", help="your referrals, weeks waited and your rights")
    rdate = sub.add_parser("date", help="add an appointment date as it comes")
    rdate.add_argument("referral", metavar="REFERRAL",
                       help="its number in the list, what it is for, or its booking reference")
    rdate.add_argument("date", metavar="DATE", help="the appointment's day, e.g. 2026-03-01")

    budget = subparsers.add_parser("budget", help="your personal health budget")
    sub = budget.add_subparsers(dest="action", metavar="ACTION", required=True)
    bset = sub.add_parser("set", help="the budget agreed")
    bset.add_argument("--amount", required=True, metavar="POUNDS")
    bset.add_argument("--from", dest="from_", required=True, metavar="DATE")
    bset.add_argument("--to", required=True, metavar="DATE")
    bset.add_argument("--held", required=True, choices=[h.value for h in HeldAs])
    bset.add_argument("--plan", action="append", metavar="CATEGORY=POUNDS",
                      help="planned spending for a category (repeat)")
    bset.add_argument("--goal", action="append", metavar="TITLE",
                      help="a goal in your plan the budget is for (repeat)")
    sub.add_parser("show", help="balance, planned and spent by category")
    spend = sub.add_parser("spend", help="log a spend")
    spend.add_argument("amount", metavar="AMOUNT", help="in pounds, e.g. 12.50")
    spend.add_argument("--payee", required=True, metavar="NAME")
    spend.add_argument("--category", required=True, metavar="CATEGORY")
    spend.add_argument("--on", metavar="DATE", help="the day (default today)")
    spend.add_argument("--receipt", metavar="FILE", help="a photo (JPEG, PNG) or PDF, up to 5 MB")
    spend.add_argument("--note", metavar="TEXT")
    stmt = sub.add_parser("statement", help="the review statement as PDF or CSV")
    stmt.add_argument("--months", type=int, choices=(3, 6, 12), default=3)
    stmt.add_argument("--out", required=True, metavar="FILE", help="ending in .pdf or .csv")


CARE_COMMANDS: dict[str, Command] = {
    "decision": cmd_decision,
    "referral": cmd_referral,
    "budget": cmd_budget,
}
