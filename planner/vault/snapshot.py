"""A whole profile as validated values: what a backup holds, an import brings and a restore
writes, in the shape `planner.vault.bulk` reads and writes in one transaction.

The shape is shared by every file format in `planner.share` (backup, FHIR, CSV, phone exports),
so it lives apart from the SQL that moves it in and out of the vault.

The participation tables of migration 3 (`consents`, `outbox`, `sync_state`) belong to the
person too, so they travel in backups. `planner` never imports `sync`, so their rows are checked
here as plain row shapes (a purpose from the fixed list, a known state, an outbox body that is a
JSON object of at most 64 KB naming its own id and purpose); `sync` validates the body fully
before anything is sent.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from planner.domain.appointment import Appointment
from planner.domain.budget import MAX_RECEIPT_BYTES, Budget, Spend
from planner.domain.decision import Decision
from planner.domain.goal import Goal
from planner.domain.medicine import DoseRecord, Medicine
from planner.domain.person import Person
from planner.domain.plan import PlanVersion
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.reminder import Reminder
from planner.domain.social import Attendance, ChosenService, SocialReferral
from planner.domain.summary import HealthSummary
from planner.domain.tracker import LogEntry, Tracker
from planner.domain.treatment import TreatmentReferral

MAX_OUTBOX_BODY = 64 * 1024  # bytes of JSON; a real contribution is well under 4 KB
MAX_STATE_VALUE = 8 * 1024 * 1024  # the cached directory is the biggest value, ~150 KB today


def _aware_stamp(text: str) -> str:
    """An ISO 8601 time with its offset, kept as the exact text the vault holds."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("is not a date and time") from None
    if moment.tzinfo is None:
        raise ValueError("has no time zone")
    return text


Stamp = Annotated[str, Field(max_length=64), AfterValidator(_aware_stamp)]


class _Row(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class ConsentRow(_Row):
    """One line of the append-only consent ledger (table `consents`, in order)."""

    purpose: Literal["directory", "surveys", "feedback", "wellbeing"]
    action: Literal["given", "withdrawn"]
    text_version: str = Field(min_length=1, max_length=20)
    at: Stamp


class OutboxRow(_Row):
    """One contribution, queued, sent or cancelled (table `outbox`); `body` is the exact JSON
    that leaves (or left) the computer."""

    id: UUID
    purpose: Literal["surveys", "feedback", "wellbeing"]
    created_at: Stamp
    body: str
    state: Literal["queued", "sent", "cancelled"]
    attempts: int = Field(ge=0, le=1_000_000_000)
    sent_at: Stamp | None = None
    endpoint: str | None = Field(default=None, max_length=2048)

    @model_validator(mode="after")
    def _body_is_this_contribution(self) -> OutboxRow:
        if len(self.body.encode("utf-8")) > MAX_OUTBOX_BODY:
            raise ValueError(f"the outbox item is bigger than {MAX_OUTBOX_BODY // 1024} KB")
        try:
            body = json.loads(self.body)
        except (ValueError, RecursionError):
            raise ValueError("the outbox item is not JSON") from None
        if not isinstance(body, dict):
            raise ValueError("the outbox item is not a JSON object")
        if body.get("id") != str(self.id) or body.get("purpose") != self.purpose:
            raise ValueError("the outbox item's contents do not match its id and purpose")
        return self


class SyncStateRow(_Row):
    """A sync setting or cache (table `sync_state`): endpoint address, contributor ids,
    ETags, the downloaded directory, surveys and results."""

    key: str = Field(min_length=1, max_length=200)
    value: str

    @model_validator(mode="after")
    def _not_too_big(self) -> SyncStateRow:
        if len(self.value.encode("utf-8")) > MAX_STATE_VALUE:
            raise ValueError(f"the sync setting '{self.key[:40]}' is too big")
        return self


class ReceiptBytes(BaseModel):
    """A receipt's bytes as they travel in a backup (base64 in the JSON, so the bytes come
    back exactly; inside the backup's encryption, like everything else)."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True,
                              ser_json_bytes="base64", val_json_bytes="base64")

    spend_id: UUID
    data: bytes = Field(min_length=1, max_length=MAX_RECEIPT_BYTES)


class Snapshot(BaseModel):
    """Everything in a profile that belongs to the person, as validated domain models.

    `patient_id` is the id this person has in FHIR exports; it travels with backups so a GP
    system that has seen one export recognises the next one from a restored profile.
    """

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    person: Person | None = None
    patient_id: UUID | None = None
    trackers: tuple[Tracker, ...] = ()
    log_entries: tuple[LogEntry, ...] = ()
    goals: tuple[Goal, ...] = ()
    plan_versions: tuple[PlanVersion, ...] = ()
    questionnaires: tuple[QuestionnaireResponse, ...] = ()
    reminders: tuple[Reminder, ...] = ()
    # Participation (migration 3). Backups made before these were carried lack them: empty.
    consents: tuple[ConsentRow, ...] = ()
    outbox: tuple[OutboxRow, ...] = ()
    sync_state: tuple[SyncStateRow, ...] = ()
    # Medicines, doses, appointments, the health summary (migration 6); empty in older backups.
    medicines: tuple[Medicine, ...] = ()
    doses: tuple[DoseRecord, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    summary: HealthSummary | None = None
    # Social prescribing (migration 7); empty in older backups.
    referrals: tuple[SocialReferral, ...] = ()
    chosen_services: tuple[ChosenService, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    # Personalised care (migration 8, issue #25); empty in older backups.
    decisions: tuple[Decision, ...] = ()
    treatment_referrals: tuple[TreatmentReferral, ...] = ()
    budgets: tuple[Budget, ...] = ()
    spends: tuple[Spend, ...] = ()
    receipts: tuple[ReceiptBytes, ...] = ()

    @property
    def has_participation(self) -> bool:
        return bool(self.consents or self.outbox or self.sync_state)

    def counts(self) -> dict[str, int]:
        """How many of each kind, for the "what will be imported" summary."""
        return {
            "trackers": len(self.trackers),
            "log entries": len(self.log_entries),
            "goals": len(self.goals),
            "plan versions": len(self.plan_versions),
            "questionnaires": len(self.questionnaires),
            "reminders": len(self.reminders),
            "consent records": len(self.consents),
            "outbox items": len(self.outbox),
            "medicines": len(self.medicines),
            "doses": len(self.doses),
            "appointments": len(self.appointments),
            "social prescribing referrals": len(self.referrals),
            "chosen services": len(self.chosen_services),
            "attendance records": len(self.attendance),
            "decisions": len(self.decisions),
            "treatment referrals": len(self.treatment_referrals),
            "personal health budgets": len(self.budgets),
            "budget spends": len(self.spends),
            "receipts": len(self.receipts),
        }
