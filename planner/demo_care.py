"""The demo's personalised care (issue #25): an open decision with three options and a
finished one with its collaboRATE answers, a treatment referral 14 weeks into its wait, and a
personal health budget with six months of spending and two receipts (a photo and a PDF,
made here in plain Python so the demo needs no image library)."""

from __future__ import annotations

import struct
import zlib
from datetime import date, timedelta

from planner.domain.budget import Budget, BudgetOutcome, HeldAs, PlannedSpend, Spend
from planner.domain.decision import (
    Certainty,
    Collaborate,
    ConversationNote,
    Decision,
    DecisionOption,
    DecisionOutcome,
    OptionEffect,
)
from planner.domain.treatment import TreatmentReferral
from planner.services.decision_aids import find_aid
from planner.vault.vault import Vault

__all__ = ["receipt_pdf", "receipt_png", "save_care"]


def receipt_png(width: int = 240, height: int = 320) -> bytes:
    """A till receipt's photo: white paper with grey lines of "print" (a real PNG)."""
    rows = []
    for y in range(height):
        printed = 24 <= y < height - 24 and (y // 6) % 3 == 0
        line = bytearray()
        for x in range(width):
            ink = printed and 20 <= x < (width - 20 if (y // 18) % 2 else width // 2)
            line.append(90 if ink else 250)
        rows.append(b"\x00" + bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def receipt_pdf(lines: list[str]) -> bytes:
    """A one-page PDF invoice with `lines` of text (ASCII), with a correct cross-reference."""
    text = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for ln in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("ascii") + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _decisions(vault: Vault, today: date) -> None:
    plan = vault.plans.current()
    matters = plan.plan.what_matters if plan is not None else ()
    walk = next((m for m in matters if "walk" in m.casefold()), None)
    home = next((m for m in matters if "home" in m.casefold()), None)
    linked = tuple(m for m in (walk, home) if m)
    aid = find_aid("knee osteoarthritis")
    operation = DecisionOption(
        title="Have a knee replacement",
        benefits="Most people have much less pain a year on.",
        risks="An operation and anaesthetic; 6 to 12 weeks before I walk far; a small "
              "chance of infection or a clot.",
        effects=tuple(OptionEffect(what_matters=m, meaning=meaning) for m, meaning in (
            (walk, "No walking to the shops for about two months, then further than now."),
            (home, "I would need Anita to stay for the first fortnight."),
        ) if m),
    )
    physio = DecisionOption(
        title="Physiotherapy and exercises first",
        benefits="No operation; the walking group already helps.",
        risks="The pain may carry on or get worse while I wait.",
        effects=tuple(OptionEffect(what_matters=m, meaning="I can keep walking, slowly.")
                      for m in (walk,) if m),
    )
    coming = [a for a in vault.appointments.all() if a.at.date() >= today]
    knee = Decision(
        question="Should I have a knee replacement?", created_on=today - timedelta(days=40),
        options=(operation, physio), what_matters=linked,
        aid_title=aid.title if aid else "", aid_url=aid.url if aid else "",
        leaning_id=physio.id, certainty=Certainty.FAIRLY_SURE,
        notes=(ConversationNote(on=today - timedelta(days=40), with_whom="Dr Okafor",
                                text="The surgeon will talk it through; there is no rush."),),
        # How involved Ann felt at that first talk with her GP: the trend's first point.
        collaborate=(Collaborate(on=today - timedelta(days=40), understand=6, listen=7,
                                 include=5),),
    )
    vault.decisions.save(knee)
    if coming:
        vault.decisions.prepare(knee.id, coming[0].id)
    past = [a for a in vault.appointments.all() if a.what_for.startswith("Blood pressure")]
    switch = DecisionOption(title="Switch to amlodipine", benefits="The cough should stop.",
                            risks="Ankles may swell a little at first.")
    stay = DecisionOption(title="Stay on ramipril", benefits="Nothing new to get used to.",
                          risks="The cough carries on.")
    decided_on = past[0].at.date() if past else today - timedelta(days=420)
    tablets = Decision(
        question="Which blood pressure tablet is right for me?",
        created_on=decided_on - timedelta(days=14), options=(switch, stay),
        appointment_ids=tuple(a.id for a in past[:1]),
        leaning_id=switch.id, certainty=Certainty.SURE,
        outcome=DecisionOutcome(option_id=switch.id, decided_on=decided_on,
                                with_whom="Dr Okafor"),
        collaborate=(Collaborate(on=decided_on, appointment_id=past[0].id if past else None,
                                 understand=9, listen=8, include=9),),
    )
    vault.decisions.save(tablets)


def _referral(vault: Vault, today: date) -> None:
    vault.treatment_referrals.save(TreatmentReferral(
        what_for="Knee pain: orthopaedic assessment",
        referred_by="Dr Okafor, Lea Surgery",
        referred_on=today - timedelta(weeks=14, days=2),
        choices_offered=("Homerton University Hospital", "Royal London Hospital",
                         "Whittington Hospital"),
        provider="Homerton University Hospital",
        why_chosen="Two stops on the bus, and my sister lives nearby.",
        booking_ref="000012345678",
        appointment_dates=(today + timedelta(days=20),),
    ))


def _budget(vault: Vault, today: date) -> None:
    goals = vault.goals.all()
    steps = next((g for g in goals if "steps" in g.title), None)
    starts = today - timedelta(days=182)
    budget = Budget(
        amount=720_000, starts=starts, ends=starts + timedelta(days=364),
        held_as=HeldAs.DIRECT_PAYMENT,
        outcomes=(BudgetOutcome(text="Walk to the shops on my own",
                                goal_id=steps.id if steps else None),
                  BudgetOutcome(text="Stay in my own home")),
        planned=(PlannedSpend(category="Personal assistant", amount=480_000),
                 PlannedSpend(category="Hydrotherapy", amount=90_000),
                 PlannedSpend(category="Equipment", amount=60_000),
                 PlannedSpend(category="Travel", amount=30_000)),
    )
    vault.budgets.save(budget)
    spends: list[tuple[Spend, bytes | None, str]] = []
    for month in range(6):
        day = starts + timedelta(days=30 * month + 3)
        spends.append((Spend(budget_id=budget.id, on=day, payee="Lea Care Agency",
                             category="Personal assistant", amount=40_000), None, ""))
        spends.append((Spend(budget_id=budget.id, on=day + timedelta(days=9),
                             payee="Hackney Taxis", category="Travel",
                             amount=1_850 + 150 * (month % 3)), None, ""))
    for fortnight in range(12):
        spends.append((Spend(budget_id=budget.id, on=starts + timedelta(days=14 * fortnight + 6),
                             payee="London Fields Lido hydrotherapy", category="Hydrotherapy",
                             amount=3_500), None, ""))
    spends.append((Spend(budget_id=budget.id, on=starts + timedelta(days=20),
                         payee="Mobility Shop, Mare Street", category="Equipment", amount=12_999,
                         note="Walking frame with a seat"), receipt_png(), "frame-receipt.png"))
    pdf = receipt_pdf(["Homerton Living Aids - invoice 4471", "Perching stool  45.99 GBP",
                       "Paid by card", "Thank you"])
    spends.append((Spend(budget_id=budget.id, on=starts + timedelta(days=75),
                         payee="Homerton Living Aids", category="Equipment", amount=4_599,
                         note="Perching stool for the kitchen"), pdf, "stool-invoice.pdf"))
    for spend, receipt, name in sorted(spends, key=lambda s: s[0].on):
        if spend.on <= today:
            vault.spends.add(spend, receipt, name)


def save_care(vault: Vault, today: date) -> None:
    _decisions(vault, today)
    _referral(vault, today)
    _budget(vault, today)
