"""Consent per purpose: the texts a person reads, and the ledger of what they agreed to.

Nothing leaves the computer for a purpose unless the latest ledger row for it says "given" for
the current text version. The ledger is append-only (in the vault), so a person can review every
agreement and withdrawal they ever made.

The texts live here rather than in resources/ so that `pyside6-lupdate` extracts them for
translation: `QT_TRANSLATE_NOOP` below is a local no-op that marks them, and the UI translates
them with `QCoreApplication.translate("Consent", ...)`. This package never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from planner.errors import InputError
from planner.vault.vault import Vault

Purpose = Literal["directory", "surveys", "feedback", "wellbeing", "outcomes", "panel"]
PURPOSES: tuple[Purpose, ...] = (
    "directory", "surveys", "feedback", "wellbeing", "outcomes", "panel"
)
SENDING: tuple[Purpose, ...] = ("surveys", "feedback", "wellbeing", "outcomes")
"""The purposes whose contributions travel through the outbox."""
HELD: tuple[Purpose, ...] = (*SENDING, "panel")
"""The purposes that leave something on the server, which a withdrawal asks it to delete (the
panel holds a membership, sent by sync/panel.py rather than the outbox)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


@dataclass(frozen=True)
class ConsentText:
    purpose: Purpose
    version: str
    title: str
    body: str  # plain English paragraphs separated by blank lines


TEXTS: dict[Purpose, ConsentText] = {
    "directory": ConsentText(
        "directory",
        "1",
        QT_TRANSLATE_NOOP("Consent", "Download the list of local services"),
        QT_TRANSLATE_NOOP(
            "Consent",
            "If you agree, the app downloads a list of community services in London, like walking "
            "groups, food banks and carers' groups. You can then search it, even with no internet."
            "\n\nThe app asks the server for the list. It sends nothing about you or your health. "
            "The server can see your computer's internet address, as any website can."
            "\n\nYou can stop this at any time. The app then stops downloading the list.",
        ),
    ),
    "surveys": ConsentText(
        "surveys",
        "1",
        QT_TRANSLATE_NOOP("Consent", "Answer local surveys and consultations"),
        QT_TRANSLATE_NOOP(
            "Consent",
            "If you agree, the app downloads open surveys about local health and care services. "
            "You choose which ones to answer. Only the answers you give are sent."
            "\n\nYour answers are sent with a random code, not your name. They never include your "
            "NHS number, your logs or your plan. Results are only shown for groups of 10 people or "
            "more, so no one can pick out your answers."
            "\n\nYou can stop at any time. If you stop, the app asks the server to delete every "
            "survey answer you sent.",
        ),
    ),
    "feedback": ConsentText(
        "feedback",
        "1",
        QT_TRANSLATE_NOOP("Consent", "Give feedback on services"),
        QT_TRANSLATE_NOOP(
            "Consent",
            "If you agree, you can tell services how they did, using the NHS Friends and Family "
            'Test question: "Overall, how was your experience of our service?" You can add a '
            "comment if you want to."
            "\n\nYour feedback is sent with a random code, not your name. You can read exactly "
            "what will be sent before it goes. Results are only shown for groups of 10 people "
            "or more."
            "\n\nYou can stop at any time. If you stop, the app asks the server to delete all the "
            "feedback you sent.",
        ),
    ),
    "wellbeing": ConsentText(
        "wellbeing",
        "1",
        QT_TRANSLATE_NOOP("Consent", "Share how you feel, privately"),
        QT_TRANSLATE_NOOP(
            "Consent",
            "If you agree, when you fill in the four wellbeing questions (ONS4), the app can send "
            "your scores and your borough to help show how people in London are feeling."
            "\n\nBefore your scores leave this computer, the app mixes in random noise. Many of "
            "the numbers sent are random, so no one can know your real answers, not even the "
            "server. Across many people, the noise cancels out and the average still shows."
            "\n\nYou can stop at any time. If you stop, the app asks the server to delete all the "
            "scores you sent.",
        ),
    ),
    "outcomes": ConsentText(
        "outcomes",
        "1",
        QT_TRANSLATE_NOOP("Consent", "Share what helped, privately"),
        QT_TRANSLATE_NOOP(
            "Consent",
            "If you agree, when you have gone to a community service from your plan and filled "
            "in the four wellbeing questions (ONS4) before and after, the app can send what "
            "changed. It sends the kind of service (for example, walking groups), its borough, "
            "roughly how many times you went, and how much each of your four scores went up or "
            "down."
            "\n\nIt never sends the name of the service, your scores themselves, dates, or "
            "anything you wrote. Before the changes leave this computer, the app mixes in random "
            "noise, so no one can know your real answers, not even the server. Results are only "
            "shown for groups of 10 people or more."
            "\n\nYou can stop at any time. If you stop, the app asks the server to delete "
            "everything you sent for this.",
        ),
    ),
    "panel": ConsentText(
        "panel",
        "1",
        QT_TRANSLATE_NOOP("Consent", "Join the citizens' panel"),
        QT_TRANSLATE_NOOP(
            "Consent",
            "If you agree, you join a standing panel of people from your borough. Now and then "
            "the panel is asked for its views, and the app tells you when you are invited to a "
            "consultation."
            "\n\nThe app sends your age band (for example 35-44), your borough and, only if you "
            "say, whether you look after someone. It sends them with a random code, not your "
            "name, and nothing else about you or your health. Staff only see how many members "
            "are in each band, for groups of 10 people or more. The server picks who is invited "
            "at random; staff never learn who was picked."
            "\n\nYou can leave at any time. If you leave, the app asks the server to delete your "
            "membership and your invitations.",
        ),
    ),
}


@dataclass(frozen=True)
class ConsentRecord:
    purpose: Purpose
    action: Literal["given", "withdrawn"]
    text_version: str
    at: datetime


def _check(purpose: str) -> Purpose:
    if purpose not in PURPOSES:
        raise InputError(f"Unknown purpose '{purpose}'. Choose from: {', '.join(PURPOSES)}.")
    return purpose


def history(vault: Vault) -> list[ConsentRecord]:
    rows = vault.store.query("SELECT purpose, action, text_version, at FROM consents ORDER BY n")
    return [ConsentRecord(p, a, v, datetime.fromisoformat(t)) for p, a, v, t in rows]


def current(vault: Vault) -> dict[Purpose, ConsentRecord | None]:
    """The latest ledger row per purpose (None when never asked)."""
    state: dict[Purpose, ConsentRecord | None] = dict.fromkeys(PURPOSES)
    for record in history(vault):
        state[record.purpose] = record
    return state


def has_consent(vault: Vault, purpose: str) -> bool:
    """Given, and for the text the person can read now: a new text version asks again."""
    record = current(vault).get(_check(purpose))
    return (
        record is not None
        and record.action == "given"
        and record.text_version == TEXTS[record.purpose].version
    )


def record(
    vault: Vault, purpose: str, action: Literal["given", "withdrawn"], at: datetime | None = None
) -> ConsentRecord:
    """Append to the ledger. Withdrawing also cancels anything still queued for the purpose,
    in the same transaction, so nothing queued can leave after the person said stop."""
    chosen = _check(purpose)
    entry = ConsentRecord(chosen, action, TEXTS[chosen].version, at or datetime.now(UTC))
    with vault.store.transaction() as c:
        c.execute(
            "INSERT INTO consents(purpose, action, text_version, at) VALUES (?, ?, ?, ?)",
            (entry.purpose, entry.action, entry.text_version, entry.at.isoformat()),
        )
        if action == "withdrawn":
            c.execute(
                "UPDATE outbox SET state = 'cancelled' WHERE purpose = ? AND state = 'queued'",
                (chosen,),
            )
            if chosen == "panel":  # the bands chosen and the invitations seen (sync/panel.py)
                c.execute("DELETE FROM sync_state WHERE key LIKE 'panel:%'")
    return entry
