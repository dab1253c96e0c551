"""Reading and writing a whole profile at once, for backups, restores and imports.

The repositories write one aggregate per transaction, which is right for the app's screens but
wrong for an import: a restore that failed after the goals but before the log entries would leave
a profile that is neither the old one nor the new one. Here every write is ONE transaction, after
every check has passed, so an import either lands whole or changes nothing.

This module mirrors the column layout the repositories use (see codec.py and each repository);
a new migration that changes those tables must change this file too (the round-trip tests fail
if it does not).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from planner.domain.goal import Goal
from planner.domain.person import Person
from planner.domain.plan import PlanVersion
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.reminder import Reminder
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import ValidationFailed
from planner.instruments import AnswerError, validate_response
from planner.vault.codec import dump, to_ms
from planner.vault.vault import Vault

PERSON_KEY = "person"  # the meta row PersonRepository uses
PATIENT_ID_KEY = "share.patient_id"  # the FHIR Patient id, kept so it survives device moves

# Tables this module owns the contents of during replace_all, children first.
TABLES = (
    "log_entries",
    "trackers",
    "goals",
    "plan_versions",
    "questionnaire_responses",
    "reminders",
)


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

    def counts(self) -> dict[str, int]:
        """How many of each kind, for the "what will be imported" summary."""
        return {
            "trackers": len(self.trackers),
            "log entries": len(self.log_entries),
            "goals": len(self.goals),
            "plan versions": len(self.plan_versions),
            "questionnaires": len(self.questionnaires),
            "reminders": len(self.reminders),
        }


# -- reading ------------------------------------------------------------------------------


def stored_patient_id(vault: Vault) -> UUID | None:
    rows = vault.store.query("SELECT value FROM meta WHERE key = ?", (PATIENT_ID_KEY,))
    return UUID(rows[0][0]) if rows else None


def patient_id(vault: Vault) -> UUID:
    """The FHIR Patient id: the one kept from an earlier import or restore, else the profile's."""
    return stored_patient_id(vault) or vault.profile_id


def read_all(vault: Vault) -> Snapshot:
    """The whole profile as one snapshot (log entries oldest first, plan versions in order)."""
    return Snapshot(
        person=vault.person.get(),
        patient_id=patient_id(vault),
        trackers=tuple(vault.trackers.all(include_archived=True)),
        log_entries=tuple(vault.logs.iterate()),
        goals=tuple(vault.goals.all()),
        plan_versions=tuple(vault.plans.history()),
        questionnaires=tuple(vault.questionnaires.all()),
        reminders=tuple(vault.reminders.all()),
    )


# -- checking -----------------------------------------------------------------------------


def _repeats(kind: str, ids: Iterable[object]) -> list[str]:
    counts = Counter(ids)
    return [f"{kind} {value} appears {n} times" for value, n in counts.items() if n > 1]


def check(snapshot: Snapshot, existing_trackers: Iterable[Tracker] = ()) -> list[str]:
    """Problems inside the snapshot itself (repeated ids, entries for missing trackers, values a
    tracker would refuse, questionnaire answers that do not fit). [] when it can be written.

    The models validated each record on its own; these are the rules that need more than one
    record to check, which pydantic cannot see.
    """
    problems: list[str] = []
    problems += _repeats("tracker", (t.id for t in snapshot.trackers))
    problems += _repeats("tracker name", (t.key for t in snapshot.trackers))
    problems += _repeats("log entry", (e.id for e in snapshot.log_entries))
    problems += _repeats("goal", (g.id for g in snapshot.goals))
    problems += _repeats("plan version", (v.version for v in snapshot.plan_versions))
    problems += _repeats("questionnaire", (q.id for q in snapshot.questionnaires))
    problems += _repeats("reminder", (r.id for r in snapshot.reminders))

    trackers = {t.id: t for t in existing_trackers}
    trackers.update({t.id: t for t in snapshot.trackers})
    for entry in snapshot.log_entries:
        tracker = trackers.get(entry.tracker_id)
        if tracker is None:
            problems.append(f"log entry {entry.id} is for a tracker that is not there")
            continue
        try:
            if entry.value is not None:
                tracker.check_value(entry.value)
            elif tracker.kind is not TrackerKind.TEXT:
                raise ValueError(f"{tracker.label}: the entry has no value")
        except ValueError as exc:
            problems.append(f"log entry {entry.id}: {exc}")
    for response in snapshot.questionnaires:
        try:
            validate_response(response)
        except AnswerError as exc:
            problems.append(f"questionnaire {response.id}: {exc}")
    return problems


def existing_log_ids(vault: Vault, ids: Iterable[UUID]) -> set[UUID]:
    """Which of these log entry ids the profile already holds (for "line 7: already here")."""
    wanted = [i.bytes for i in ids]
    found: set[UUID] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = vault.store.query(f"SELECT id FROM log_entries WHERE id IN ({marks})", tuple(chunk))
        found.update(UUID(bytes=r[0]) for r in rows)
    return found


def _clashes(vault: Vault, snapshot: Snapshot) -> list[str]:
    """Records the profile already holds: refused, because an import must never overwrite."""
    problems: list[str] = []
    have = {t.id: t for t in vault.trackers.all(include_archived=True)}
    keys = {t.key for t in have.values()}
    for tracker in snapshot.trackers:
        if tracker.id in have:
            problems.append(f"tracker '{tracker.key}' is already in this profile")
        elif tracker.key in keys:
            problems.append(f"there is already a tracker called '{tracker.key}'")

    def existing(table: str, column: str, values: list[Any]) -> set[Any]:
        found: set[Any] = set()
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = vault.store.query(
                f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", tuple(chunk)
            )
            found.update(r[0] for r in rows)
        return found

    for entry_id in existing("log_entries", "id", [e.id.bytes for e in snapshot.log_entries]):
        problems.append(f"log entry {UUID(bytes=entry_id)} is already in this profile")
    for kind, table, items in (
        ("goal", "goals", snapshot.goals),
        ("questionnaire", "questionnaire_responses", snapshot.questionnaires),
        ("reminder", "reminders", snapshot.reminders),
    ):
        for found in existing(table, "id", [str(x.id) for x in items]):
            problems.append(f"{kind} {found} is already in this profile")
    return problems


# -- writing ------------------------------------------------------------------------------


def _write(c: Any, snapshot: Snapshot, *, first_version: int) -> None:
    """Insert every record with the connection `c` inside an open transaction."""
    if snapshot.person is not None:
        c.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (PERSON_KEY, dump(snapshot.person)),
        )
    if snapshot.patient_id is not None:
        c.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
            (PATIENT_ID_KEY, str(snapshot.patient_id)),
        )
    c.executemany(
        "INSERT INTO trackers(id, key, body) VALUES (?, ?, ?)",
        [(str(t.id), t.key, dump(t)) for t in snapshot.trackers],
    )
    numbers = {UUID(i): int(n) for n, i in c.execute("SELECT n, id FROM trackers")}
    c.executemany(
        "INSERT INTO log_entries(id, tracker, at, value, text, note) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (e.id.bytes, numbers[e.tracker_id], to_ms(e.at), e.value, e.text, e.note)
            for e in snapshot.log_entries
        ),
    )
    c.executemany(
        "INSERT INTO goals(id, status, updated_at, body) VALUES (?, ?, ?, ?)",
        [(str(g.id), g.status.value, g.updated_at.isoformat(), dump(g)) for g in snapshot.goals],
    )
    versions = sorted(snapshot.plan_versions, key=lambda v: v.version)
    rows = []
    for offset, version in enumerate(versions):
        numbered = version.edit(version=first_version + offset)
        rows.append((numbered.version, numbered.saved_at.isoformat(), dump(numbered)))
    c.executemany("INSERT INTO plan_versions(version, saved_at, body) VALUES (?, ?, ?)", rows)
    c.executemany(
        "INSERT INTO questionnaire_responses(id, instrument, completed_at, body) "
        "VALUES (?, ?, ?, ?)",
        [
            (str(q.id), q.instrument, to_ms(q.completed_at), dump(q))
            for q in snapshot.questionnaires
        ],
    )
    c.executemany(
        "INSERT INTO reminders(id, body) VALUES (?, ?)",
        [(str(r.id), dump(r)) for r in snapshot.reminders],
    )


def insert_all(vault: Vault, snapshot: Snapshot) -> None:
    """Add everything in `snapshot` to the profile in one transaction, or nothing at all.

    Merging rules, chosen so an import never silently overwrites what the person has:
    records whose id is already in the profile are refused (ValidationFailed lists them);
    the person's details are taken only if the profile has none yet; plan versions are added
    after the profile's own, keeping their order, because the history only ever grows.
    """
    have = vault.trackers.all(include_archived=True)
    problems = check(snapshot, have) + _clashes(vault, snapshot)
    if problems:
        raise ValidationFailed(_summary(problems), problems)
    if vault.person.get() is not None:
        # The profile is someone's already: keep their details and their FHIR identity.
        snapshot = snapshot.model_copy(update={"person": None, "patient_id": None})
    try:
        with vault.store.transaction() as c:
            (last,) = c.execute("SELECT coalesce(max(version), 0) FROM plan_versions").fetchone()
            _write(c, snapshot, first_version=int(last) + 1)
    finally:
        vault.trackers.forget_cache()


def replace_all(vault: Vault, snapshot: Snapshot) -> None:
    """Make the profile hold exactly `snapshot` (a restore over an existing profile).

    One transaction: if anything fails the old contents are all still there. Tables this module
    does not know (added later by other features) are left alone.
    """
    problems = check(snapshot)
    if problems:
        raise ValidationFailed(_summary(problems), problems)
    first = min((v.version for v in snapshot.plan_versions), default=1)
    try:
        with vault.store.transaction() as c:
            for table in TABLES:
                c.execute(f"DELETE FROM {table}")
            c.execute("DELETE FROM meta WHERE key IN (?, ?)", (PERSON_KEY, PATIENT_ID_KEY))
            _write(c, snapshot, first_version=first)
    finally:
        vault.trackers.forget_cache()


def _summary(problems: list[str]) -> str:
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"Nothing was imported: {first}{more}."
