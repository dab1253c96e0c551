"""A summary for the social-prescribing link worker (#14 part 6): one page of HTML, printed to
a tagged PDF by ui/printing.py (`html_to_pdf`, the GP summary's path), and a FHIR Bundle.

Both hold one referral (the newest, unless the caller names one): who referred the person and
why, what matters to them, the services they chose with how often they went, month by month,
and the ONS4 check-ins with the before/after change per question. The change is shown only
from two check-ins or more (`planner.services.social.outcome`): one score says nothing about
change, so the page says so instead of claiming any.

The HTML is built with the GP summary's `_Html` (every typed word escaped, right-to-left
blocks and isolates) and its labels mechanism: headings come from `LABELS` and can be
translated by passing `labels` (keys of `LABELS` here or of `report.LABELS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any, Literal
from uuid import UUID, uuid4

from planner.atomic import atomic_write
from planner.domain.base import now as utc_now
from planner.domain.plan import Action, Supporter
from planner.domain.social import MissedReason, ReferredBy, SocialReferral
from planner.errors import InputError
from planner.services import social
from planner.share import report
from planner.share.fhir import social as fhir_social
from planner.share.fhir.base import _instant
from planner.share.fhir.bundle import bundle_bytes
from planner.share.fhir.patient import _patient
from planner.share.fhir.questionnaires import _questionnaire_response
from planner.share.report.formatting import long_date, sentence, short_date
from planner.share.report.markup import STYLE, _Html
from planner.vault.bulk import patient_id
from planner.vault.vault import Vault

__all__ = [
    "LABELS",
    "choose_referral",
    "link_worker_bundle",
    "link_worker_html",
    "write_link_worker_fhir",
]

LABELS: dict[str, str] = {
    "lw_title": "Social prescribing summary",
    "lw_title_for": "Social prescribing summary for {name}",
    "lw_intro": "I wrote this with the Health Planner app on {date} for my link worker. It is "
    "my own record.",
    "lw_referral": "My referral",
    "lw_chosen": "The support I chose",
    "lw_going": "Going, month by month",
    "lw_outcomes": "How I have been: ONS4 check-ins",
    "what_matters": report.LABELS["what_matters"],
}

REFERRED_BY = {
    ReferredBy.GP: "My GP",
    ReferredBy.LINK_WORKER: "A link worker",
    ReferredBy.SELF: "I referred myself",
    ReferredBy.OTHER: "Someone else",
}
MISSED = {
    MissedReason.COST: "cost",
    MissedReason.TRANSPORT: "transport",
    MissedReason.UNWELL: "felt unwell",
    MissedReason.NOT_FOR_ME: "not for me",
    MissedReason.OTHER: "other",
}
MONTHS = 6  # the last months of going shown, so the page stays one page
STATE = {
    social.CheckInState.DONE: "Done",
    social.CheckInState.DUE: "Due now",
    social.CheckInState.UPCOMING: "Coming",
    social.CheckInState.PASSED: "Not done",
}


def choose_referral(vault: Vault, referral_id: UUID | None = None) -> SocialReferral:
    """The named referral, else the newest; InputError when there is none."""
    if referral_id is not None:
        found = vault.referrals.get(referral_id)
        if found is None:
            raise InputError("That referral is not in this profile.")
        return found
    everyone = vault.referrals.all()
    if not everyone:
        raise InputError(
            "There is no social prescribing referral to summarise yet "
            "(health-planner social refer records one)."
        )
    return everyone[0]


def _plan_parts(vault: Vault) -> tuple[dict[UUID, Supporter], dict[UUID, Action]]:
    current = vault.plans.current()
    if current is None:
        return {}, {}
    plan = current.plan
    return {s.id: s for s in plan.supporters}, {a.id: a for a in plan.actions}


def _contact(s: Supporter) -> str:
    return ", ".join(x for x in (s.name, s.phone, s.email) if x)


def link_worker_html(
    vault: Vault,
    referral_id: UUID | None = None,
    *,
    today: date | None = None,
    lang: str = "en",
    direction: Literal["ltr", "rtl"] = "ltr",
    labels: Mapping[str, str] | None = None,
) -> str:
    """The one-page summary as HTML for QTextDocument (ui/printing.html_to_pdf prints it)."""
    today = today or date.today()
    referral = choose_referral(vault, referral_id)
    label = {**report.LABELS, **LABELS, **(labels or {})}
    supporters, actions = _plan_parts(vault)
    html = _Html(direction)
    person = vault.person.get()
    title = (label["lw_title_for"].format(name=person.display_name)
             if person is not None else label["lw_title"])
    html.h(1, title)
    html.p(label["lw_intro"].format(date=long_date(today)), "intro")

    html.h(2, label["lw_referral"])
    by = REFERRED_BY[referral.referred_by]
    if referral.referrer_name and referral.referred_by is not ReferredBy.SELF:
        by = f"{by}: {referral.referrer_name}"
    facts = [["Referred by", f"{by}, on {long_date(referral.referred_on)}"]]
    worker = supporters.get(referral.link_worker_id) if referral.link_worker_id else None
    if worker is not None:
        facts.append(["Link worker", _contact(worker)])
    if referral.reason:
        facts.append(["Why, in my words", referral.reason])
    if referral.closed_on is not None:
        facts.append(["Ended", long_date(referral.closed_on)])
    matters = [line.strip() for line in referral.what_matters.splitlines() if line.strip()]
    if matters:
        facts.append([label["what_matters"], "; ".join(matters)])
    html.table(None, facts)

    html.h(2, label["lw_chosen"])
    summary = social.attendance_summary(vault, referral.id)
    if summary:
        rows = []
        for s in summary:
            action = actions.get(s.chosen.action_id) if s.chosen.action_id else None
            when = sentence(action.recurrence.describe()) if action and action.recurrence else ""
            where = ", ".join(x for x in (s.chosen.category, s.chosen.borough) if x)
            name = f"{s.chosen.name} ({where})" if where else s.chosen.name
            last = short_date(s.last.on) if s.last is not None else "Not yet"
            rows.append([name, when, str(s.went), str(s.missed), last])
        html.table(["Service", "When", "Went", "Not this time", "Last"],
                   rows, [46, 18, 8, 14, 14])
        reasons: dict[MissedReason, int] = {}
        for s in summary:
            for reason, n in s.reasons.items():
                reasons[reason] = reasons.get(reason, 0) + n
        if reasons:
            html.p("Why not, when I said: " + ", ".join(
                f"{MISSED[r]} {n}" for r, n in sorted(reasons.items(), key=lambda x: -x[1])),
                "small")
        months = sorted({m.month for s in summary for m in s.months})[-MONTHS:]
        if months:
            html.h(3, label["lw_going"])
            rows = []
            for s in summary:
                counts = {m.month: m for m in s.months}
                rows.append([s.chosen.name] + [
                    f"{counts[m].went} of {counts[m].went + counts[m].missed}"
                    if m in counts else "" for m in months])
            share = (100 - 30) // len(months)
            html.table(["Went, of the sessions recorded"] + [f"{m:%b %Y}" for m in months],
                       rows, [30] + [share] * len(months))
    else:
        html.p("No services chosen yet.")

    html.h(2, label["lw_outcomes"])
    checkins = social.checkins(vault, referral, today)
    html.p("Check-ins: " + "; ".join(
        f"week {c.week} ({short_date(c.due)}): "
        + (f"done {short_date(c.response.completed_at.date())}" if c.response is not None
           else STATE[c.state].lower())
        for c in checkins) + ".")
    result = social.outcome(vault, referral, today)
    if result is None:
        html.p("Fewer than two check-ins so far, so there is no change to show yet.")
    else:
        assert result.before.response is not None and result.after.response is not None
        start = short_date(result.before.response.completed_at.date())
        end = short_date(result.after.response.completed_at.date())
        rows = []
        for item in result.items:
            if item.change is None:
                change = "Not answered both times"
            else:
                direction_word = "better" if item.better else ("no change" if not item.change
                                                               else "worse")
                change = f"{item.change:+d} ({direction_word})"
            rows.append([sentence(item.item.replace("_", " ")),
                         "" if item.before is None else str(item.before),
                         "" if item.after is None else str(item.after), change])
        html.table(["ONS4 question (0 to 10)", f"Start, {start}", f"Latest, {end}", "Change"],
                   rows, [34, 20, 20, 26])
        html.p("For anxiety a lower score is better; for the other three, a higher one.", "small")

    safe_lang = escape(lang)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{safe_lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f'<body dir="{direction}">\n' + "\n".join(html.parts) + "\n</body>\n</html>\n"
    )


# -- the FHIR Bundle --------------------------------------------------------------------------


def link_worker_bundle(
    vault: Vault,
    referral_id: UUID | None = None,
    *,
    at: datetime | None = None,
    nhs_number: bool = True,
    date_of_birth: bool = True,
) -> dict[str, Any]:
    """A collection Bundle: the Patient, the referral (ServiceRequest), each chosen service
    (ServiceRequest based on it), each session (Observation based on its service) and the
    ONS4 check-ins from a week before the referral on (QuestionnaireResponse)."""
    referral = choose_referral(vault, referral_id)
    pid = patient_id(vault)
    supporters, actions = _plan_parts(vault)
    stamp = _instant(at or utc_now())
    resources: list[dict[str, Any]] = [
        _patient(vault.person.get(), pid, nhs_number, date_of_birth),
        fhir_social.service_request(referral, pid, supporters),
    ]
    closed = referral.closed_on is not None
    for chosen in vault.chosen_services.for_referral(referral.id):
        action = actions.get(chosen.action_id) if chosen.action_id else None
        resources.append(fhir_social.chosen_service_request(chosen, action, pid, closed))
        resources += [fhir_social.attendance_observation(a, chosen, pid)
                      for a in vault.attendance.for_chosen(chosen.id)]
    since = referral.referred_on - social.CHECKIN_WINDOW
    until = referral.closed_on + social.CHECKIN_WINDOW if referral.closed_on else None
    for response in vault.questionnaires.all("ONS4"):
        day = response.completed_at.astimezone().date()
        if day >= since and (until is None or day <= until):
            resources.append(_questionnaire_response(response, pid))
    return {
        "resourceType": "Bundle",
        "id": str(uuid4()),
        "meta": {"lastUpdated": stamp},
        "type": "collection",
        "timestamp": stamp,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def write_link_worker_fhir(
    vault: Vault, out: Path, referral_id: UUID | None = None, *, nhs_number: bool = True,
    date_of_birth: bool = True,
) -> int:
    """Write the link worker's Bundle atomically; the number of resources."""
    bundle = link_worker_bundle(vault, referral_id, nhs_number=nhs_number,
                                date_of_birth=date_of_birth)
    atomic_write(out, bundle_bytes(bundle))
    return len(bundle["entry"])
